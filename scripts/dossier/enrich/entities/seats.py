"""Constituencies: the place a member sits for ("Labour MP for West Ham", "the AM for Aberavon",
"entered Parliament for Sheffield Brightside", "the constituency of Bethnal Green and Bow", "the
seat of Erewash"), and seats named by a British place ("the Sheffield Hallam seat", "62% in
Bristol South and Leeds Central": a town and a compass word).

A constituency is a place whatever its name, and most are no gazetteer name ("West Ham",
"Sleaford and North Hykeham"), so the words before it are the evidence: a member's title and
"for", or "constituency"/"seat" and "of". The place is the gazetteer's (or a town's) when its
name is one in the United Kingdom ("Sedgefield", "Birkenhead"); else a place of its own, keyed by
its name, with no coordinates (as landmarks.py's are). A name already taken (a registry place,
a person) stays as it was, and a role or a body's word after "for" ("candidate for Mayor") is
no constituency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer import Gazetteer, Place, name_key
from dossier.enrich.entities.landmarks import ground
from dossier.enrich.entities.model import Mention
from dossier.enrich.slugs import slugify

_NAME = r"([A-Z][\w'’-]+(?: (?:and )?[A-Z][\w'’-]+)*)"
_SEAT = re.compile(
    r"\b(?:MPs?|MSPs?|AMs?|MEPs?|[Mm]ember|[Cc]andidate|Parliament) for "
    + _NAME
    + r"|\b(?:constituency|seat) of "
    + _NAME
    # named by a British place: "the Sheffield Hallam seat", "the Sedgefield constituency", "in
    # Bristol South and Leeds Central" (a town and a compass word, no other name after it: not
    # "Preston North End"), never "the Labour seat"; "the Derbyshire seat of Erewash" is Erewash
    + r"|\bthe (?P<named>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) (?:seat|constituency)\b(?! of )"
    + r"|\b(?:in|and) (?P<compass>[A-Z][\w'’-]+ (?:North|South|East|West|Central)(?: (?:East|West))?)\b(?! [A-Z])"
)
_NOT_SEATS = pat.ROLES | pat.ORG_HEADS | pat.GENERIC_WORDS | pat.FUNCTION_WORDS | pat.ROLE_MODIFIERS
_HINTS: tuple[str, ...] = ("MP", "MSP", "AM", "MEP", "ember for", "andidate for", "arliament for", "constituency")
_HINTS += ("seat", "North", "South", "East", "West", "Central")
COUNTRY = "GB"  # the members and seats of British news: a name is looked up among this country's places


def seat_mentions(
    units: Iterable[tuple[int, str]], taken: dict[int, list[tuple[int, int]]], gazetteer: Gazetteer
) -> list[Mention]:
    """The constituencies named in the units (see the module docstring)."""
    found: list[Mention] = []
    for paragraph, text in units:
        if not any(hint in text for hint in _HINTS):
            continue  # most paragraphs: no member and no seat, known without the pattern
        spans = taken.get(paragraph, [])
        for match in _SEAT.finditer(text):
            group = next(g for g in (1, 2, "named", "compass") if match.group(g))
            start, end = match.span(group)
            name = match.group(group)
            words = {w.casefold() for w in name.split() if w != "and"}
            if group in ("named", "compass") and not _british(name.split()[0], gazetteer):
                continue  # "the Labour seat", "in Africa South": no British place opens the name
            if words & _NOT_SEATS or name.endswith(pat.ADJECTIVE_ENDS) or any(s < end and start < e for s, e in spans):
                continue  # "candidate for Mayor", "the seat of European power"
            found.append(_seat(name, paragraph, start, end, gazetteer))
    return found


def _british(name: str, gazetteer: Gazetteer) -> list[Place]:
    """The places, then the towns, of the United Kingdom that ``name`` names."""
    places = [p for p in gazetteer.lookup(name_key(name)) if p.country == COUNTRY]
    return places + [t for t in gazetteer.towns(slugify(name)) if t.country == COUNTRY]


def _seat(name: str, paragraph: int, start: int, end: int, gazetteer: Gazetteer) -> Mention:
    """The constituency's mention: the British place of that name, else a place of its own."""
    places = _british(name, gazetteer)
    if not places:
        return ground(name, paragraph, start, end)
    key, display = gazetteer.identity(places[0])
    return Mention(key, display, "place", name, paragraph, start, end, "gazetteer")
