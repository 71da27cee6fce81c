"""Names of works and bands, not bodies: a name a work's word introduces ("the comedy Meet the
Fockers", "the film Polar Express", "the UK premiere of Polar Express", "the band Kaiser Chiefs")
names a film, a book, a show or a band in the whole document, though a head word ("Express",
"Party") or a company's cue elsewhere would make it an organisation. People named so were
already left out (shapes.py); this does the same for organisations.

A work's word is one of patterns.WORK_WORDS that names no body: "magazine", "newspaper",
"website", "label", "brand" and "group" introduce organisations ("gadget magazine Stuff"). Nor
is it a word that is also a verb or a word of sport: "play", "hit", "show", "game".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.model import Mention

WORKS: Final = pat.WORK_WORDS - frozenset(
    """
    group groups magazine newspaper website brand label franchise character characters
    play plays hit hits single singles game games show track tracks
    """.split()
)  # the second line: verbs and words of sport too ("England play France", "hits BA", "games against Wales")
# the work's word, then up to three words of the title before the name ("comedy Meet the Fockers")
_WORK_BEFORE = re.compile(
    r"\b(?i:" + "|".join(sorted(WORKS)) + r"|premiere of),?\s+[\"“‘']?(?:(?:[A-Z][\w'’-]*|the|of|a)\s+){0,3}$"
)
_SPAN = 60  # characters read before a name
_CLUES = (*sorted(WORKS), "premiere")


def work_names(mentions: Iterable[Mention], texts: dict[int, str]) -> frozenset[str]:
    """The organisations' names that a work's word introduces somewhere in the document."""
    works: set[str] = set()
    folded = "\n".join(texts.values()).casefold()
    if not any(word in folded for word in _CLUES):
        return frozenset()  # most documents: no work's word at all, known without the pattern
    for mention in mentions:
        if mention.kind == "organisation" and mention.name not in works:
            text = texts[mention.paragraph]
            if _WORK_BEFORE.search(text, max(0, mention.start - _SPAN), mention.start):
                works.add(mention.name)
    return frozenset(works)
