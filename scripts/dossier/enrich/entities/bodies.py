"""Names shaped like a person's that name a body: a club, a company, a broadcaster's programme.

find_mentions (mentions.py) hands this module the document's candidates before it decides which
names it knows. A plain full name (no title, role or speech verb to vouch for it) that a country
or a city of a million people ends ("Inter Milan", "Air China", "Universities Scotland":
shapes.py gives them the cue PLACED or PLACED_CITY), or, in a sports report, that a given name
opens but the report uses as a club ("the 1-0 win at Aston Villa", "Calvin Howarth (Glasgow
Rugby)"), is made the body or dropped, and the city alone then stands for the one body it ends
("Madrid" after "Real Madrid").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.known import Known, lowercase_in, words_key
from dossier.enrich.entities.org_cues import adjective
from dossier.enrich.entities.shapes import PLACED, PLACED_CITY, Candidate, make_token
from dossier.enrich.entities.sports import PLAYERS_CLUB, SPORT_AFTER, WON_AT

_NO_STRONGER_CUE = frozenset({"", "given", "common-given"})  # no title, role or speech verb says "a person"
_NO_STRONGER_OR_LISTED = _NO_STRONGER_CUE | {"listed"}  # "listed": named beside someone a cue vouches for
_FOLLOWERS = frozenset({"fans", "supporters"})  # a singer has fans too
# Words that call what follows them a body and never a person: "mortgage company Fannie Mae",
# "bookmaker William Hill" (of patterns.ORGANISATION_WORDS, those that name no one: not "film
# maker Theo van Gogh", "publisher Kimberly Quinn", "broadcaster Michael Cockerell", "games
# developer Peter Molyneux", "owner Roman Abramovich", "rival Tim Henman")
_BODY_BEFORE = frozenset(
    """
    firm firms company companies group giant giants bank banks carrier airline retailer studio studios
    label newspaper tabloid magazine channel network insurer chain operator watchdog regulator charity
    consultancy subsidiary manufacturer supplier conglomerate lender bookmaker start-up startup
    carmaker automaker steelmaker consortium
    """.split()
)
# the word before the name, and the one before it if any: "the CGA consultancy Jeanne-Marie
# Gescher" names the body first ("CGA consultancy") and then its founder
_WORD_BEFORE = re.compile(r"(?:([\w'’.&-]+) )?([a-z][\w-]*) $")


def _openers(document: str, city: str) -> set[str]:
    """The capitalised words before a city's name in a document, other than small words ("Real"
    of "Real Madrid"; "Inter" and "AC" for Milan's two sides)."""
    found = re.finditer(r"\b([A-Z][\w.]*) " + re.escape(city.capitalize()) + r"\b", document)
    return {m[1] for m in found if m[1].casefold() not in pat.FUNCTION_WORDS}


def bodies_not_people(
    candidates: list[Candidate], texts: dict[int, str], document: str, sport: bool
) -> list[Candidate]:
    """The candidates with each plain full name that names a body made the body, with every other
    person candidate of the same words:

    - a name a great city ends, with no given name to open it (shapes.py: "Inter Milan",
      "Real Madrid"), or that a word calling it a body comes just before ("mortgage company
      Fannie Mae", "bookmaker William Hill"); one a country ends is dropped ("Good Morning
      Scotland", "Tudor England": works, periods and sentence openings as often as bodies);
    - in a sports report, so is one a country ends ("Athletics Kenya"; not "Had England" or
      "Unfortunately England", whose first word the report writes in lowercase too or is an
      adverb), and a name a given name opens ("Aston Villa") where the report names it as one:
      where a side won or drew ("the 1-0 win at Aston Villa"), where a player was ("his spell at
      Aston Villa", "sold to Aston Villa"), before a player's or a manager's position ("Aston
      Villa boss David O'Leary"), or in brackets after a player's name in a squad ("Calvin
      Howarth (Glasgow Rugby)")."""
    bodies = {
        c.words: c
        for c in candidates
        if c.kind == "person"
        and c.rule == "name"
        and (
            c.cue == PLACED_CITY
            or (c.cue in _NO_STRONGER_CUE and _called_a_body(texts[c.paragraph], c.start))
            or (c.cue == PLACED and sport and not lowercase_in(document, c.words[0]) and not c.words[0].endswith("ly"))
            or (
                sport
                and c.cue in _NO_STRONGER_OR_LISTED
                and len(c.words[0]) > 1
                and PLAYERS_CLUB.search(texts[c.paragraph], max(0, c.start - 30), c.start)
                and texts[c.paragraph][c.end : c.end + 1] == ")"
            )
            or (
                sport
                and c.cue in _NO_STRONGER_CUE
                and (
                    WON_AT.search(texts[c.paragraph], max(0, c.start - 20), c.start)
                    or ((after := SPORT_AFTER.match(texts[c.paragraph], c.end)) and after[0].strip() not in _FOLLOWERS)
                )
            )
        )
    }
    if not bodies:
        return candidates
    kept = [c for c in candidates if not (c.kind == "person" and c.words in bodies)]
    return kept + [
        replace(c, kind="organisation", rule="organisation", cue=_CITY_CLUB if c.cue in (PLACED, PLACED_CITY) else "")
        for c in bodies.values()
    ]


def _called_a_body(text: str, start: int) -> bool:
    """Whether the word just before a name calls it a body ("US mortgage company Fannie Mae")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before[2] not in _BODY_BEFORE:
        return False
    named = before[1] or ""  # a name before the body's word makes the pair the body's name
    return not named[:1].isupper() or adjective([make_token(named, 0, len(named))])  # "Dutch firm Philips"


_CITY_CLUB = "city-club"  # the cue of a body a great city's name ends ("Real Madrid")


def city_clubs_short(known: dict[tuple[str, ...], Known], candidates: list[Candidate], document: str) -> None:
    """The city alone stands for the body a great city's name ends ("Madrid" after "Real
    Madrid", as a surname would for a person), unless the document names two bodies the city
    ends ("AC Milan" and "Inter Milan") or the city is known as something else."""
    cities = {words_key(c.words[-1:]) for c in candidates if c.kind == "organisation" and c.cue == _CITY_CLUB}
    if not cities:
        return
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for words, name in known.items():  # every body the city ends: "Inter Milan", "AC Milan"
        if len(words) > 1 and name.kind == "organisation" and words[-1:] in cities:
            owners[words[-1:]].add(name.key)
    for city, bodies in owners.items():
        if len(bodies) == 1 and city not in known and len(_openers(document, city[0])) == 1:
            body = next(name for words, name in known.items() if len(words) > 1 and name.key in bodies)
            known[city] = replace(body, rule="surname")
