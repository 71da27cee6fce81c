"""Places named with where they are ("a concert in St Thomas, Jamaica", "born in Park City,
Utah", "a school in Kentish Town, London") or with what they are ("the Thai island of Koh Phi
Phi", "the town of Kirkcaldy": patterns.SETTLEMENTS).

A news story sets a small place off by a comma before its country, state, county or city. The
small place is often in no gazetteer (a parish, a village, a district), but the construction
says what it is: after a locative word ("in", "at", "near", "outside", "from"), a capitalised
name of one to three words, a comma, then a name the gazetteer knows as a place that is not
followed by a possessive ("in Yukos, Russia's biggest oil firm" names a company) nor by more of
a list ("archives at Harvard, Oxford and the New York Public Library"). The name is
the gazetteer's town of that name in the same country when it has one, else a place of its own
keyed by its name, with no coordinates (as landmarks.py's are). A county or state after the comma
that no other rule took is a place too: the name before it is its evidence ("from Pease Pottage,
West Sussex").

Not a place: a name already taken (a registry name, a person, a place found by other rules), one
with a word of a body, role, month or day ("at Clare College, Cambridge", "in January, Paris"),
and a given name alone ("in Victoria, ..." is the gazetteer's when it is a place at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer import Gazetteer, name_key
from dossier.enrich.entities.given_names import GIVEN_NAMES
from dossier.enrich.entities.landmarks import ground
from dossier.enrich.entities.model import Mention
from dossier.enrich.slugs import slugify

_WORD = r"[A-Z][\w'’-]*"
# The name before a comma, after its locative word, and what follows the comma; read from each
# comma (a search from every position of the text cost twice as much).
_LOCATED_NAME = re.compile(rf"\b(?:in|at|near|outside|from) (?P<name>{_WORD}(?: {_WORD}){{0,2}})$")
_WHERE = re.compile(
    rf"(?P<where>{_WORD}(?: {_WORD})?)(?![\w'’-]| [A-Z]|,? (?:and|or) |, [A-Z])"
)  # nor a list: "at Harvard, Oxford and Yale"
_SETTLED = tuple(sorted(pat.SETTLEMENTS))
_SETTLEMENT = re.compile(
    r"\b(?:"
    + "|".join(sorted(pat.SETTLEMENTS))
    + rf") of (?P<name>{_WORD}(?: {_WORD}){{0,2}})(?![\w'’-]| [A-Z]|['’]s\b)"
)
_NOT_NAMES = (
    pat.ROLES
    | pat.ORG_HEADS
    | pat.GENERIC_WORDS
    | pat.FUNCTION_WORDS
    | pat.ROLE_MODIFIERS
    | pat.HONORIFICS
    | pat.MONTHS
    | pat.WEEKDAYS
)
_WHERE_KINDS = frozenset({"country", "nation", "state", "region", "city", "former"})


def locality_mentions(
    units: Iterable[tuple[int, str]], taken: dict[int, list[tuple[int, int]]], gazetteer: Gazetteer
) -> list[Mention]:
    """The places the units name with where they are (see the module docstring)."""
    found: list[Mention] = []
    for paragraph, text in units:
        spans = taken.get(paragraph, [])
        for match, after in _located(text):
            name, start, end = match["name"], match.start("name"), match.end("name")
            words = name.casefold().split()
            if set(words) & _NOT_NAMES or (len(words) == 1 and words[0] in GIVEN_NAMES):
                continue
            if any(s < end and start < e for s, e in spans):
                continue  # a name other rules took: a registry name, a person, a known place
            where = [p for p in gazetteer.lookup(name_key(after["where"])) if p.kind in _WHERE_KINDS]
            if not where:
                continue  # "in Media Player, Windows Messenger"
            found.append(_locality(name, paragraph, start, end, where[0].country, gazetteer))
            start, end = after.span("where")
            if where[0].kind in ("state", "region") and not any(s < end and start < e for s, e in spans):
                key, display = gazetteer.identity(where[0])  # "West Sussex": its evidence is the place before it
                found.append(Mention(key, display, "place", after["where"], paragraph, start, end, "gazetteer"))
        for match in _SETTLEMENT.finditer(text) if _settled(text) else ():
            name, start, end = match["name"], match.start("name"), match.end("name")
            if len(name) < 3 or set(name.casefold().split()) & _NOT_NAMES or name.endswith(pat.ADJECTIVE_ENDS):
                continue  # "the city of Italian fashion", "the city of S&#227;o Paulo"
            if not any(s < end and start < e for s, e in spans):
                found.append(_settlement(name, paragraph, start, end, gazetteer))
    return found


def _settled(text: str) -> bool:
    """Whether "city of ", "island of "... (a settlement's word and "of") occurs in ``text``: each
    " of " is read for the word before it, fewer tests than one substring search per word."""
    at = text.find(" of ")
    while at != -1:
        if text.endswith(_SETTLED, 0, at):
            return True
        at = text.find(" of ", at + 1)
    return False


def _located(text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """(the name, what follows its comma) of each "in NAME, WHERE" of ``text``."""
    comma = text.find(", ")
    while comma != -1:
        # The name's last word follows the window's last space and opens with a capital: told
        # by a string test first, most commas follow no such word (a search each cost 1%).
        space = text.rfind(" ", max(0, comma - 60), comma) if comma and text[comma - 1].isalpha() else -1
        if space != -1 and "A" <= text[space + 1] <= "Z":
            name = _LOCATED_NAME.search(text, max(0, comma - 60), comma)
            after = _WHERE.match(text, comma + 2) if name else None
            if name and after:
                yield name, after
        comma = text.find(", ", comma + 2)


def _settlement(name: str, paragraph: int, start: int, end: int, gazetteer: Gazetteer) -> Mention:
    """The gazetteer's place of that name (the most important), else its town when only one
    country has a town of that name, else a place of its own."""
    places = gazetteer.lookup(name_key(name)) or gazetteer.towns(slugify(name))
    if not places or (places[0].kind == "town" and len(places) > 1):  # "El Alto": in Peru, Panama...
        return ground(name, paragraph, start, end)
    key, display = gazetteer.identity(places[0])
    return Mention(key, display, "place", name, paragraph, start, end, "gazetteer")


def _locality(name: str, paragraph: int, start: int, end: int, country: str, gazetteer: Gazetteer) -> Mention:
    """The town of that name in ``country`` when the gazetteer has one, else a place of its own."""
    towns = [t for t in gazetteer.towns(slugify(name)) if t.country == country]
    if not towns:
        return ground(name, paragraph, start, end)
    key, display = gazetteer.identity(towns[0])
    return Mention(key, display, "place", name, paragraph, start, end, "gazetteer")
