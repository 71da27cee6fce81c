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

# First-person words, matched against one whole word (a run of \w) at a time, so "I'm" counts as
# "I". "I" and "us" are case-sensitive: "US" is the country.
FIRST_PERSON: Final = re.compile(
    r"I|us|Us|(?i:we|our|ours|my|me|myself|ourselves)|(?i:я|мы|нас|нам|наш\w*|мой|моя|моё|мои|мне|меня)"
)
# Reporting verbs and phrases. A verb is matched against one whole word (a run of \w) at a time,
# so a Russian stem ("заявил") matches all its endings ("заявила"). No word of a phrase is a verb:
# verbs and phrases are counted apart, and phrases are only searched for after a PHRASE_START word.
REPORTING_VERB: Final = re.compile(
    r"said|says|told|added|stated|noted|stressed|explained|reported|announced|claimed|confirmed|denied|"
    r"insisted|warned|urged|underlined|emphasi[sz]ed|remarked|"
    r"заявил\w*|сказал\w*|сообщил\w*|отметил\w*|подчеркнул\w*|добавил\w*",
    _FLAGS,
)
REPORTING_PHRASE: Final = re.compile(r"\b(?:according to|pointed out|по словам|по данным)\b", _FLAGS)
PHRASE_START: Final = re.compile(r"according|pointed|по", _FLAGS)
# The three above in one pattern, for one word at a time: the name of the group that matches is
# the word's role (no word has two).
WORD_ROLE: Final = re.compile(
    rf"(?P<verb>(?i:{REPORTING_VERB.pattern}))|(?P<phrase_start>(?i:{PHRASE_START.pattern}))|"
    rf"(?P<first_person>{FIRST_PERSON.pattern})"
)
# Quoted speech is someone else's first person: sentences with quotation marks are not narration.
QUOTE_MARK: Final = re.compile(r"[\"“”«»„]")
SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+")
WORD: Final = re.compile(r"\w+")
ASCII_WORD: Final = re.compile(r"\w+", re.ASCII)  # WORD for ASCII text (the same matches, faster)
