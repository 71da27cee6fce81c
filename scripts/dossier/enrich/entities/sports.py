"""Whether a document reads as a sports report, where "France beat Scotland" names two teams.

A report is sporting when it uses at least SIGNALS different words of sport (match, coach,
squad, striker, try, seed...) or scores ("16-9", "7-5 6-0"): one or two such words occur in any
news story ("the match between supply and demand"), a report on a game uses many.
"""

from __future__ import annotations

import re
from typing import Final

SIGNALS = 4
SPORT_WORDS: Final = frozenset(
    """
    match matches coach coaches squad squads striker strikers midfielder midfielders defender goalkeeper
    winger fly-half scrum-half prop flanker lock hooker full-back centre-back referee tries try scored
    goal goals penalty penalties fixture fixtures league cup championship tournament semi-final
    quarter-final final seed seeded seeds set sets tie-break caps cap capped debut season premiership
    rugby football soccer cricket tennis golf innings wicket wickets batsman bowler athletics sprint
    olympic olympics medal medals relay marathon manager managers kick-off half-time injury-time
    stadium pitch clash rally racing grand prix nations unbeaten draw drew beat beaten victory defeat
    """.split()
)
# every word of the text once (a plain character class is several times faster than an
# alternation of the sport words), then a set intersection
_WORD = re.compile(r"[a-z][a-z-]*")
_SCORE = re.compile(r"(?<![\d.,:/£$€-])\d{1,3}-\d{1,3}(?![\d%-])")


def is_sport_report(text: str) -> bool:
    """Whether ``text`` (a whole document) reads as a sports report (see the module)."""
    words = SPORT_WORDS.intersection(_WORD.findall(text.lower()))
    scores = len(_SCORE.findall(text))
    return len(words) + min(scores, 2) >= SIGNALS
