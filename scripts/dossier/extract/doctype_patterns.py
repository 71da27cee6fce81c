"""Data for document-type classification: title shapes, salutations, pronouns, reporting verbs.

A title names a transcript or a statement by its shape ("Remarks by ...", "Statement of ...",
"Interview with ..."), not by the bare word: "Lavrov's remarks anger London" is a report.
"""

from __future__ import annotations

import re
from typing import Final

_FLAGS = re.IGNORECASE

TRANSCRIPT_TITLE: Final = re.compile(
    r"\b(?:opening|closing|concluding|introductory|welcoming|keynote)\s+(?:remarks|speech|address|statement)\b|"
    r"\bremarks\s+(?:by|at|of|to|during|before|following|on the occasion)\b|"
    r"\bspeech\s+(?:by|at|to|of|during|before|delivered)\b|\baddress\s+(?:by|to|at|before)\b|"
    r"\btranscript\b|\bverbatim\b|\binterview\s+(?:with|to|given|by|granted)\b|"
    r"\b(?:press|news)\s+conference\b|\b(?:joint\s+)?press\s+(?:briefing|availability)\b|"
    r"\banswers?\s+to\s+(?:(?:the\s+)?media|journalists'?|reporters'?)?\s*questions\b|\bq\s*&\s*a\b|"
    r"выступлени|стенограмм|интервью|ответы\s+на\s+вопросы|пресс-конференци|вступительное\s+слово",
    _FLAGS,
)
STATEMENT_TITLE: Final = re.compile(
    r"^(?:joint\s+)?(?:statement|declaration|communiqu[eé]|press\s+release|announcement|notice|"
    r"media\s+release|news\s+release|readout)\b|"
    r"\b(?:statement|declaration|communiqu[eé]|readout)\s+(?:by|of|from|on|following|after|issued)\b|"
    r"\b(?:joint|official|final)\s+(?:statement|declaration|communiqu[eé])\b|\bpress\s+release\b|"
    r"^заявлени|\bзаявление\s+(?:МИД|министр|председател|президент)|коммюнике|пресс-релиз|совместное\s+заявление",
    _FLAGS,
)
# A line of its own that addresses the audience: "Madam Minister,", "Colleagues,", "Dear friends!"
SALUTATION: Final = re.compile(
    r"^(?:(?:dear|distinguished|esteemed|honou?rable|my\s+dear)\s+[\w\s,]{2,40}|"
    r"(?:madam|mister|mr\.?|mrs\.?|ms\.?)\s+[\w\s]{2,40}|your\s+(?:excellency|excellencies|majesty|highness)|"
    r"excellenc(?:y|ies)|ladies\s+and\s+gentlemen|colleagues|friends|comrades|"
    r"уважаем\w+\s*[\w\s,]{0,40}|коллеги|друзья|дамы\s+и\s+господа|господин\s+[\w\s]{2,30}|госпожа\s+[\w\s]{2,30})"
    r"\s*[,!:]$",
    _FLAGS,
)
QA_LINE: Final = re.compile(r"^(?:question|answer|q|a|вопрос|ответ)\s*[:.\-–—]", _FLAGS)

# "I" and "us" are case-sensitive: "US" is the country.
FIRST_PERSON: Final = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|us|Us)\b|(?i:\b(?:we|our|ours|my|me|myself|ourselves|we're|we've)\b)|"
    r"(?i:\b(?:я|мы|нас|нам|наш\w*|мой|моя|моё|мои|мне|меня)\b)"
)
REPORTING: Final = re.compile(
    r"\b(?:said|says|told|added|stated|noted|stressed|explained|according to|reported|announced|"
    r"claimed|confirmed|denied|insisted|warned|urged|pointed out|underlined|emphasi[sz]ed|remarked)\b|"
    r"\b(?:заявил\w*|сказал\w*|сообщил\w*|отметил\w*|подчеркнул\w*|по словам|по данным|добавил\w*)\b",
    _FLAGS,
)
# Quoted speech is someone else's first person: sentences with quotation marks are not narration.
QUOTE_MARK: Final = re.compile(r"[\"“”«»„]")
SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+")
WORD: Final = re.compile(r"\w+")
