"""Organisations named without a head word ("Euronext", "Sony"), found by what the text says
around them, and political parties named by their short forms ("Labour", "the Tories").

A capitalised run that no other rule took is an organisation when a word that only names an
organisation stands just before it ("handset maker Ericsson", "German magazine Der Spiegel",
"anti-virus firm Sophos", "shares in Corus") or a company's words just after it ("Euronext chief
executive", "Nike's profits"). Once named so, every other use of the same run in the document
is the same organisation. Party short forms are keyed by the party's full name, so "Labour",
"Labour's" and "the Labour Party" are one organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.registry import Registry, entity_key
from dossier.enrich.entities.shapes import Token

# Words just before a name that make it an organisation's.
BEFORE: Final = frozenset(
    """
    firm firms company companies group giant giants maker makers rival rivals bank banks broker carrier
    airline retailer publisher publishers studio studios label newspaper paper tabloid magazine
    broadcaster channel network insurer chain developer operator agency watchdog regulator charity
    consultancy subsidiary manufacturer supplier exchange exchanges conglomerate lender bookmaker
    outfit start-up startup club clubs in-house
    """.split()
)
# Words just after a name that make it an organisation's ("Nike's profits", "Euronext chief executive").
AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:chief executive|chairman|chairwoman|shares|share price|boss|bosses|profits?|revenues?"
    r"|spokesman|spokeswoman|spokesperson|board|shareholders|subsidiary|stock)\b"
)
_GENERIC = pat.ROLE_MODIFIERS | pat.ORG_HEADS | pat.GENERIC_WORDS | pat.FUNCTION_WORDS
_SHARES_IN = re.compile(r"\bshares in\s+$")
# Party short forms (capitalised) and the party each names.
PARTIES: Final = {
    "labour": "Labour Party",
    "new labour": "Labour Party",
    "tory": "Conservative Party",
    "tories": "Conservative Party",
    "conservative": "Conservative Party",
    "conservatives": "Conservative Party",
    "liberal democrat": "Liberal Democrats",
    "liberal democrats": "Liberal Democrats",
    "lib dems": "Liberal Democrats",
    "lib dem": "Liberal Democrats",
    "republicans": "Republican Party",
    "democrats": "Democratic Party",
}


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return ""
    return re.split(r"[^\w-]+", before.rstrip())[-1].casefold()


def _free(run: list[Token], spans: list[tuple[int, int]]) -> bool:
    return not any(s < run[-1].end and run[0].start < e for s, e in spans)


def _trim(run: list[Token]) -> list[Token]:
    first = 0
    while first < len(run) and run[first].key in pat.FUNCTION_WORDS:
        first += 1
    return run[first:]


def organisation_mentions(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
    registry: Registry,
) -> list[Mention]:
    """Parties and the organisations the words around them name, in runs nothing else took."""
    units = list(units)
    named: dict[str, tuple[str, str]] = {}  # run text -> (key, name)
    for paragraph, text in units:
        for run in unit_runs[paragraph]:
            run = _trim(run)
            if not run or not _free(run, taken.get(paragraph, [])):
                continue
            surface = text[run[0].start : run[-1].end]
            party = PARTIES.get(" ".join(t.key for t in run))
            if party:
                entity = registry.lookup(party)
                named.setdefault(surface, (entity.key, entity.name) if entity else (entity_key(party), party))
            elif _cued(text, run) and surface.casefold() not in registry.ignored:
                entity = registry.lookup(surface)
                named.setdefault(surface, (entity.key, entity.name) if entity else (entity_key(surface), surface))
    mentions: list[Mention] = []
    for paragraph, text in units:
        for run in unit_runs[paragraph]:
            run = _trim(run)
            surface = text[run[0].start : run[-1].end] if run else ""
            if surface in named and _free(run, taken.get(paragraph, [])):
                key, name = named[surface]
                mentions.append(
                    Mention(key, name, "organisation", surface, paragraph, run[0].start, run[-1].end, "organisation")
                )
    return mentions


def _cued(text: str, run: list[Token]) -> bool:
    """Whether the words around a run say it names an organisation (see the module)."""
    if len(run) > 4 or any(t.key in pat.ROLES or t.key in pat.HONORIFICS for t in run):
        return False
    if all(t.key in _GENERIC for t in run):
        return False  # "Foreign Ministry spokesman": no country, no name
    before = _word_before(text, run[0].start)
    if before in BEFORE or _SHARES_IN.search(text, max(0, run[0].start - 12), run[0].start):
        return True
    return bool(AFTER.match(text, run[-1].end))
