"""Places the gazetteer does not hold, named by their last word: seas, rivers, islands, squares
and stadiums ("Black Sea", "Isle of Wight", "River Thames", "Tiananmen Square", "Selhurst Park",
"Lansdowne Road").

A capitalised run that no other rule took is a place when it ends with a word of water or land
("Sea", "Ocean", "Gulf", "Strait", "Island", "Mountains"...) or "Square", or opens with "Isle of", "River",
"Lake", "Mount"; or, in a sports report and after a locative word ("at Villa Park"), when it ends
with a word of a ground ("Park", "Road", "Lane", "Stadium", "Arena").

A venue ("Stadium", "Arena", "Racecourse", "Velodrome" as the last word) is a place wherever it is
named and however ("their new Emirates Stadium", "the Sheffield Arena audience", "the Alltel
Stadium in Jacksonville"): those words end no other kind of name. Venues are read before the
gazetteer, which would otherwise take the town in "Sheffield Arena" or "Wembley Stadium" for the
place (venue_mentions).

A ground of one word ("at Murrayfield", "at Anfield", "at the Bernabeu") has no such word: in a
sports report, a one-word name after "at" is a ground when nothing else knows it (no place,
company, given name or everyday word) and the report never uses it as a side would be used
("against Roma", "for Boavista", "Fenerbahce beat", "Saracens' coach"). Its other standalone
uses in the report are the ground too ("the Anfield club", "Anfield boss": the ground standing
for its club), taken before the organisation rules read the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.companies import COMPANIES, company_key
from dossier.enrich.entities.gazetteer import Gazetteer
from dossier.enrich.entities.given_names import GIVEN_NAMES
from dossier.enrich.entities.known import lowercase_in
from dossier.enrich.entities.model import TITLE, Mention
from dossier.enrich.entities.org_cues import adjective
from dossier.enrich.entities.shapes import Token, make_token, words_around
from dossier.enrich.slugs import slugify

NATURAL_ENDS: Final = frozenset(
    "sea ocean gulf strait straits channel bay island islands isles peninsula mountains hills valley desert".split()
)
NATURAL_OPENERS: Final = frozenset({"isle", "river", "lake", "mount"})
URBAN_ENDS: Final = frozenset({"square"})  # "Tiananmen Square", "Leicester Square", "Times Square"
VENUE_ENDS: Final = frozenset({"stadium", "arena", "racecourse", "velodrome"})  # a venue wherever named
GROUND_ENDS: Final = frozenset({"park", "road", "lane", "ground"}) | VENUE_ENDS  # in a sports report
_NEVER_FIRST = pat.FUNCTION_WORDS | pat.MONTHS | pat.WEEKDAYS
_NOT_FIRST = _NEVER_FIRST | pat.GENERIC_WORDS | pat.ROLE_MODIFIERS


def landmark_mentions(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
    sport: bool,
) -> list[Mention]:
    """Mentions of the seas, islands, rivers and (in sports reports) grounds of one document."""
    words = _LANDMARK_WORDS | GROUND_ENDS if sport else _LANDMARK_WORDS
    return _named(units, unit_runs, taken, sport, lambda name, text: _landmark(name, text, sport), words)


def venue_mentions(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
) -> list[Mention]:
    """Mentions of the venues of one document, in any kind of report (see the module's doc)."""
    return _named(units, unit_runs, taken, False, lambda name, text: name[-1].key in VENUE_ENDS, VENUE_ENDS)


def _named(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
    sport: bool,
    landmark: Callable[[list[Token], str], bool],
    words: frozenset[str],
) -> list[Mention]:
    """The runs of two to four words, not taken, that ``landmark`` says name a place; ``landmark``
    accepts none without one of ``words`` (a run with none is not cut into parts and read)."""
    found: list[Mention] = []
    for paragraph, text in units:
        spans = taken.get(paragraph, [])
        # a landmark has two words or more: one-word runs (most) are not cut into parts, nor runs
        # without a landmark's word (most others: the test saves 2% of find_mentions)
        wholes = [w for w in unit_runs[paragraph] if len(w) > 1 and not words.isdisjoint([t.key for t in w])]
        for run in (part for whole in wholes for part in _parts(whole)):
            first = 0
            while first < len(run) - 1 and run[first].key in pat.FUNCTION_WORDS:
                first += 1
            name = run[first:]
            if len(name) < 2 or len(name) > 4 or name[0].key in _NEVER_FIRST or not landmark(name, text):
                continue
            last = name[-1].key
            if name[0].key in _NOT_FIRST and not (last in VENUE_ENDS or (sport and last in GROUND_ENDS)):
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
    if _CUT.isdisjoint([t.text for t in run]):  # most runs: no joining word, one part
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if token.text in _CUT:
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


_CUT = frozenset({"on", "and", "&", "for", "the"})
# the words one of which _landmark needs (with GROUND_ENDS in a sports report)
_LANDMARK_WORDS = NATURAL_ENDS | URBAN_ENDS | NATURAL_OPENERS


def _landmark(name: list[Token], text: str, sport: bool) -> bool:
    last = name[-1].key
    if last in NATURAL_ENDS or last in URBAN_ENDS or (name[0].key in NATURAL_OPENERS and name[1].text[:1].isupper()):
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


_AT_BEFORE = re.compile(r"\bat (?:the )?$")
# a name used as a side is used so ("against Roma", "Fenerbahce beat", "Saracens' coach", "Sale 20-10")
_SIDE_BEFORE: Final = frozenset(
    "against v vs versus beat beating beaten for joined join joining joins from with and or over host hosts face faces"
    " facing play plays playing played meet meets".split()
)
_SIDE_AFTER = re.compile(
    r"['’]|\s+(?:and|or)\s+[A-Z]|\s+(?:v|vs|beat|beats|won|win|wins|drew|draw|draws|lost|lose|loses|led|lead|leads|scored|score"
    r"|scores|play|plays|played|host|hosts|face|faces|are|were|have|had|side|team|fans|supporters|player|players"
    r"|coach|manager|striker|captain|\d+|game|games|event|tournament|championships?|show|festival|awards)\b"
    r"|\s+(?:" + "|".join(sorted(pat.PARTICLES)) + r")\s+[A-Z]"  # "the Paseo de Anoeta": part of a longer name
)


def one_word_grounds(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
    document: str,
    gazetteer: Gazetteer,
) -> list[Mention]:
    """The grounds of one word that a sports report names after "at" (see the module's doc),
    every use of each that no other rule took."""
    units = list(units)
    names = {
        run[0].text
        for paragraph, text in units
        if paragraph != TITLE  # "Safin relieved at Aussie recovery": a headline's modifier
        for run in unit_runs[paragraph]
        if _alone(run, 0) and _AT_BEFORE.search(text, max(0, run[0].start - 7), run[0].start)
    }
    grounds = {name for name in names if _a_ground(name, document, gazetteer)}
    if not grounds:
        return []
    found: list[Mention] = []
    for paragraph, _ in units:
        spans = taken.get(paragraph, [])
        for run in unit_runs[paragraph]:
            for i, token in enumerate(run):
                if (
                    token.text in grounds
                    and _alone(run, i)
                    and not any(s < token.end and token.start < e for s, e in spans)
                ):
                    found.append(ground(token.text, paragraph, token.start, token.end))
    return found


def _alone(run: list[Token], i: int) -> bool:
    """Whether the ``i``-th word of a run is a name of one word: no capitalised word joins it
    with a single space ("Murrayfield on Saturday": a run joined by a small word)."""
    before, after = run[i - 1] if i else None, run[i + 1] if i + 1 < len(run) else None
    return (before is None or not before.text[:1].isupper() or before.end + 1 < run[i].start) and (
        after is None or not after.text[:1].isupper() or after.start > run[i].end + 1
    )


def _a_ground(name: str, document: str, gazetteer: Gazetteer) -> bool:
    key = name.casefold()
    if (
        len(name) < 4
        or not name[1:].islower()  # "BBC", "McDonald's": not the shape of a ground's name
        or key.endswith("s")  # "at Spurs", "at the Europeans": a side's nickname, an event
        or key in _NOT_FIRST
        or key in pat.FEASTS
        or key in GIVEN_NAMES
        or adjective([make_token(name, 0, len(name))])
        or gazetteer.knows(name)
        or gazetteer.towns(slugify(name))
        or company_key(name) in COMPANIES
        or lowercase_in(document, name)
    ):
        return False
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", document):
        if words_around(document, match.start(), match.end())[0] in _SIDE_BEFORE or _SIDE_AFTER.match(
            document, match.end()
        ):
            return False
    return True
