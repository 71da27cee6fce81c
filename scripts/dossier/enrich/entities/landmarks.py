"""Places the gazetteer does not hold, named by their last word: seas, rivers, islands and
stadiums ("Black Sea", "Isle of Wight", "River Thames", "Selhurst Park", "Lansdowne Road").

A capitalised run that no other rule took is a place when it ends with a word of water or land
("Sea", "Ocean", "Gulf", "Strait", "Island", "Mountains"...) or opens with "Isle of", "River",
"Lake", "Mount"; or, in a sports report and after a locative word ("at Villa Park"), when it ends
with a word of a ground ("Park", "Road", "Lane", "Stadium", "Arena").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.shapes import Token, words_around
from dossier.enrich.slugs import slugify

NATURAL_ENDS: Final = frozenset(
    "sea ocean gulf strait straits channel bay island islands isles peninsula mountains hills valley desert".split()
)
NATURAL_OPENERS: Final = frozenset({"isle", "river", "lake", "mount"})
GROUND_ENDS: Final = frozenset({"park", "road", "lane", "stadium", "arena", "ground", "racecourse", "velodrome"})
_NEVER_FIRST = pat.FUNCTION_WORDS | pat.MONTHS | pat.WEEKDAYS
_NOT_FIRST = _NEVER_FIRST | pat.GENERIC_WORDS | pat.ROLE_MODIFIERS


def landmark_mentions(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
    sport: bool,
) -> list[Mention]:
    """Mentions of the seas, islands, rivers and (in sports reports) grounds of one document."""
    found: list[Mention] = []
    for paragraph, text in units:
        spans = taken.get(paragraph, [])
        # a landmark has two words or more: one-word runs (most) are not cut into parts
        for run in (part for whole in unit_runs[paragraph] if len(whole) > 1 for part in _parts(whole)):
            first = 0
            while first < len(run) - 1 and run[first].key in pat.FUNCTION_WORDS:
                first += 1
            name = run[first:]
            if len(name) < 2 or len(name) > 4 or name[0].key in _NEVER_FIRST or not _landmark(name, text, sport):
                continue
            if name[0].key in _NOT_FIRST and not (sport and name[-1].key in GROUND_ENDS):
                continue  # "National Park" names no place; "Olympic Stadium", "National Stadium" do
            start, end = name[0].start, name[-1].end
            if any(s < end and start < e for s, e in spans):
                continue
            found.append(ground(text[start:end], paragraph, start, end))
    return found


def ground(surface: str, paragraph: int, start: int, end: int) -> Mention:
    """A landmark's mention: a place keyed by its name alone, with no gazetteer entry (so no
    coordinates); also a sports report's ground named like a town ("at Stamford Bridge")."""
    return Mention(slugify(surface), surface, "place", surface, paragraph, start, end, "landmark")


def _parts(run: list[Token]) -> list[list[Token]]:
    """A run cut at its joining words other than "of" ("Selhurst Park on Saturday")."""
    parts: list[list[Token]] = [[]]
    for token in run:
        if token.text in _CUT:
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


_CUT = frozenset({"on", "and", "&", "for", "the"})


def _landmark(name: list[Token], text: str, sport: bool) -> bool:
    last = name[-1].key
    if last in NATURAL_ENDS or (name[0].key in NATURAL_OPENERS and name[1].text[:1].isupper()):
        return True
    if name[0].key == "isle" and name[1].text == "of":
        return True
    if not (sport and last in GROUND_ENDS):
        return False
    start = name[0].start
    if text[max(0, start - 4) : start].casefold() == "the ":
        start -= 4  # "into the Olympic Stadium": the locative word before the article
    before = words_around(text, start, name[-1].end)[0]
    return before in pat.LOCATIVES or before in {"to", "at"}
