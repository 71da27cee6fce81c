"""Players named in a sports report's line-ups: "Everton: Martyn, Hibbert, Yobo, Stubbs, ...
Subs: Wright, Pistone. Referee: R Styles (Hampshire)", "Replacements: Everitt for Mapletoft (53)",
"Reyes (Clichy 82)" (a substitute and his minute in brackets), "Subs Not Used: Kezman, Cudicini"
(a list of substitutes, two names or more).

A line-up is a label and a colon followed by at least four names of one to three capitalised
words (after particles, if any: "van der Walt"), separated by commas or semicolons ("Leeds:
Balshaw; Rees, Christophers, ..."), each perhaps with a bracketed note (a club, a minute, a
substitute). Each name is a person (a surname alone, an initial and a surname, or a full name),
as a report names its players nowhere else: without this they would be no one, or a town
("Brown", "Fortune"). The label is not read: "Manchester United:" is the side, not a player.

A paragraph may also open with a line-up that has no label (BARE_LINEUP), eight names or more
and nothing else before the end or a labelled line-up; or be nothing but four names or more of
an initial and a surname (INITIALS_LINEUP: "S Byrne, S Best, L Cullen, A Foley."; a list of
places or bodies never has that shape), a bullet before them if need be, in sentences if need
be ("... G Easterby; M Horan. F Sheahan, J Hayes, ..."). A line-up whose label was lost with the
page's markup opens its paragraph with the colon (": Murphy, Dempsey, Horgan, ..."), and a
captain may be marked by a word of his own ("O'Connell, capt, S Easterby").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.shapes import Candidate

_PARTICLE: Final = r"(?:van|de|der|da|di|le|la|du|von|dos|del)"
# a name may open with its particles: "van der Walt"
_NAME: Final = rf"(?:{_PARTICLE}\s+){{0,2}}[A-Z][\w'’-]*(?:\s+(?:{_PARTICLE}\s+){{0,2}}[A-Z][\w'’-]*){{0,2}}"
# a bracketed note, perhaps holding a note of its own left unclosed, as pages print them:
# "G Thomas (Toulouse (capt); H Luscombe (Dragons), ..."
_NOTE: Final = r"\s+\([^()\n]{1,40}(?:\([^()\n]{1,20}\)\)?|\))"
_ITEM: Final = rf"(?:{_NAME}(?:\s+for\s+{_NAME})?(?:{_NOTE})?|capt)"  # "capt": a mark
# A label of one to four words and a colon (or, at a paragraph's start, the colon alone), then
# four or more items separated by commas.
_LIST_START: Final = r"(?:^|(?<=[.:;\n\"”]\s)|(?<=[.;\n]))\s*"  # a list opens a sentence or a line
LINEUP: Final = re.compile(rf"(?:{_LIST_START}[A-Z][\w' -]{{0,40}}?|^\s*):\s+((?:{_ITEM}[,;]\s+){{3,}}{_ITEM})")
# A paragraph of nothing but players named by an initial and a surname, four or more.
# one or two initials ("KP Robertson"), then the surname, with its particles ("CA del Fava")
_INITIALLED: Final = rf"[A-Z]{{1,2}} (?:{_PARTICLE}\s+){{0,2}}[A-Z][\w'’-]*(?:{_NOTE})?"
_BULLET: Final = r"\s*(?:[-•*]\s+)?"  # "- M Blair (Edinburgh), A Craig (Glasgow), ..."
INITIALS_LINEUP: Final = re.compile(rf"{_BULLET}((?:{_INITIALLED}[,;.]\s+){{3,}}{_INITIALLED})[.,]?\s*$")
# A paragraph that opens with a line-up with no label: eight or more names, each alone between
# commas or semicolons ("G Murphy; G Dempsey, S Horgan, K Maggs, ..., A Foley."), then nothing
# or a labelled line-up ("... Barker. Subs Not Used: White, McIntosh, Wood, Lloyd, Herron.").
BARE_LINEUP: Final = re.compile(rf"\s*((?:{_ITEM}[,;]\s*){{7,}}{_ITEM})(?:\.?\s*$|\.\s+(?=[A-Z][\w' -]{{0,40}}?:\s))")
# The substitutes' own list, short as it may be: "Subs Not Used: Kezman, Cudicini."
SUBS: Final = re.compile(
    rf"{_LIST_START}(?:Subs|Substitutes|Replacements)(?: [Nn]ot [Uu]sed)?:\s+"
    rf"((?:{_ITEM},\s+){{1,2}}{_ITEM})(?=\.|$)"
)
# A substitute named in brackets after the player he replaced, with the minute: "Reyes (Clichy 82)".
_SUBSTITUTE: Final = re.compile(rf"\(({_NAME}) \d{{1,3}}\)")
_PART: Final = re.compile(_NAME)
_NOT_PLAYERS: Final = frozenset({"att", "attendance", "goals", "scorers", "booked", "sent off", "venue"})


def lineup_candidates(paragraph: int, text: str) -> list[Candidate]:
    """The players a paragraph's line-ups name, as person candidates with the cue "lineup"."""
    if text.count(",") < 3:  # most paragraphs: no list
        return []
    unlabelled = BARE_LINEUP.match(text) or INITIALS_LINEUP.match(text)
    after = unlabelled.end() if unlabelled else 0
    labelled = [*LINEUP.finditer(text, after), *SUBS.finditer(text, after)] if ":" in text[after:] else []
    labelled = [m for i, m in enumerate(labelled) if not any(o.start(1) <= m.start(1) < o.end(1) for o in labelled[:i])]
    matches: Iterable[re.Match[str]] = [unlabelled, *labelled] if unlabelled else labelled
    found: list[Candidate] = []
    for match in matches:
        label = text[match.start() : match.start(1)].strip().rstrip(":").strip().casefold()
        if label in _NOT_PLAYERS:
            continue
        start = match.start(1)
        for item in re.split(r"[,;]\s*|(?<=\w)\.\s+", match.group(1)):  # "M Horan. F Sheahan": two items
            at = text.index(item, start)
            start = at + len(item)
            bare = item.split(" (", 1)[0]
            substitute = _SUBSTITUTE.search(item)
            if substitute:  # "Reyes (Clichy 82)": Clichy came on for Reyes
                found.append(_player(substitute.group(1), paragraph, at + substitute.start(1)))
            for part in _PART.finditer(bare):
                first = part.group().split()[0]
                if (first.casefold() in pat.FUNCTION_WORDS and len(first) > 1) or len(part.group()) < 2:
                    continue  # "The", "And": no player's first word; "A Foley" has an initial
                found.append(_player(part.group(), paragraph, at + part.start()))
    return found


def _player(name: str, paragraph: int, start: int) -> Candidate:
    """A player's person candidate: a surname alone, or an initial or a given name and a surname."""
    words = tuple(name.split())
    rule = "surname" if len(words) == 1 else "name"
    return Candidate("person", words, rule, paragraph, start, start + len(name), "lineup")
