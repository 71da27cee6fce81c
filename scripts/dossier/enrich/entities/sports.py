"""Whether a document reads as a sports report, where "France beat Scotland" names two teams.

A report is sporting when the different words of sport it uses (match, coach, squad, striker,
try, seed...) and its scores ("16-9", "7-5 6-0", two at most) weigh at least SIGNALS: one or two
such words occur in any news story ("the match between supply and demand"), a report on a game
uses many. Words that other news uses as often ("set", "final", "try", "season", "beat": WEAK)
weigh half. Over the 2,225 BBC articles, whose folders say which are sport, counting every word
alike at four made 33 reports of other news sporting and missed 87 sports reports; with the
weak words at half and three points (then chosen as the best of a few weights and thresholds),
29 and 73. Words of music, film and the stage (album, singer, band, gig, actor...: ARTS_WORDS)
weigh against: an awards story has winners, the best group and a final ("Glasgow group Franz
Ferdinand won two awards" is no side's win); with them, 20 reports of other news read as sport
(entertainment 10 -> 3), and no sports report more is missed. A text of more than LONG_TEXT
words needs signals in proportion to its length.
"""

from __future__ import annotations

import re
from typing import Final

SIGNALS = 3
# Beyond this many words the signals needed grow with the text: a long essay or a page of
# readers' comments uses a few words of sport by chance ("beat", "victory", "final", "nations":
# a 4,400-word essay on terror laws scored 12 half points), where a sports report runs 300-800
# words and BBC's longest (1,662 words) scores 43. Over the BBC corpus this turns the two longest
# non-sport articles it read as sport back (4,432 and 2,969 words) and no sports report.
LONG_TEXT = 1000
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
ARTS_WORDS: Final = frozenset(
    "album albums singer singers band bands chart charts gig gigs concert concerts song songs actor actress film films"
    .split()
)  # fmt: skip
WEAK: Final = frozenset(
    """
    set sets try tries final grand nations draw drew debut season manager managers beat beaten victory
    defeat clash rally cap caps seed seeds seeded pitch
    """.split()
)
# Every word of the text once, as maximal runs of [a-z-] with leading hyphens dropped (a word
# starts with a letter): the text is lowercased, made ASCII (other characters become "?") and
# mapped to letters, hyphens and spaces by one byte table, then split; several times faster
# than a regular expression over the text, with the same words.
_LETTERS = bytes.maketrans(bytes(range(256)), bytes(c if 97 <= c <= 122 or c == 45 else 32 for c in range(256)))
_SPORT_BYTES: Final = frozenset(w.encode() for w in SPORT_WORDS)
_WEAK_BYTES: Final = frozenset(w.encode() for w in WEAK)
_ARTS_BYTES: Final = frozenset(w.encode() for w in ARTS_WORDS)
_SPORT_OR_ARTS: Final = _SPORT_BYTES | _ARTS_BYTES
# A score: up to three digits, a hyphen, up to three digits, not inside a longer number, date or
# range; the first lookahead only lets the engine reject most positions before the lookbehind.
_SCORE = re.compile(r"(?=\d)(?<![\d.,:/£$€-])\d{1,3}-\d{1,3}(?![\d%-])")


def _words(text: str, among: frozenset[bytes]) -> frozenset[bytes]:
    """The words of ``among`` that ``text`` uses (ASCII bytes), each once."""
    letters = text.lower().encode("ascii", "replace").translate(_LETTERS)
    if letters.startswith(b"-"):
        letters = b" " + letters
    while b" -" in letters:  # "--match": the word is "match"; a pass per hyphen, seldom more than two
        letters = letters.replace(b" -", b"  ")
    return among.intersection(letters.split())


def sport_words(text: str) -> frozenset[bytes]:
    """The sport words ``text`` uses (ASCII bytes), each once."""
    return _words(text, _SPORT_BYTES)


def is_sport_report(text: str) -> bool:
    """Whether ``text`` (a whole document) reads as a sports report (see the module)."""
    words = _words(text, _SPORT_OR_ARTS)
    found = words & _SPORT_BYTES
    # in half points: a word 2, a weak word 1, a score 2, a word of the arts -2
    points = 2 * len(found) - len(found & _WEAK_BYTES) - 2 * len(words & _ARTS_BYTES)
    needed = max(2 * SIGNALS, 2 * SIGNALS * text.count(" ") // LONG_TEXT)
    if not needed - 4 <= points < needed:
        return points >= needed  # two scores cannot change the answer: the text is not searched for them
    for _ in _SCORE.finditer(text):  # only the first two count
        points += 2
        if points >= needed:
            return True
    return False


# Words after a name that, in a sports report, make it a team ("Wolves caretaker boss Stuart Gray",
# "Wasps centre Stuart Abbott", "Roma defender Vincent Candela", "France coach Bernard Laporte").
SPORT_AFTER: Final = re.compile(
    r"\s+(?:caretaker\s+)?(?:boss|manager|coach|captain|striker|forward|defender|midfielder|winger"
    r"|goalkeeper|keeper|left-back|right-back|full-back|centre-back|centre|fly-half|scrum-half|flanker|lock"
    r"|prop|hooker|number\s+eight|wing|fans|supporters)\b"
)  # no possessive: "Keane's side" is a manager's
# A place's side, squad or players ("missing from France's side", "Italy's pack"): the team's.
TEAM_POSSESSED: Final = re.compile(
    r"['’]s\s+(?:side|squad|team|pack|backs|forwards|line-up|defence|attack|coach|captain)\b"
)
# "in charge of Wales", "took charge of Valencia", "signed from Middlesbrough", "interest from
# Hamburg", "replaced at Chelsea", "his spell at Everton", "the vacant post at Ajax", "a
# consultant at Barcelona": a club's job or a player's move, so the side, though "of", "from" and
# "at" are locative words.
# Where a club is named as the place a match was won or drawn: "the 1-0 win at Aston Villa",
# "a draw at Charlton". A person is never where a side wins; a ground is a place, not a name a
# person rule would take.
# Also where a player's move or spell was: "a move from Aston Villa", "sold to Aston Villa", "his
# spell at Aston Villa" (not "an approach from", "an offer from": a person makes those too).
WON_AT: Final = re.compile(
    r"\b(?:(?:win|wins|won|draw|drew|defeat|defeats|victory|loss|point|points|spell|spells|stint|career|days|years"
    r"|seasons?)\s+at|(?:signed|signing|joined|joining|arrived|loan|loaned|transfer|transferred|move|moved|switch)"
    r"\s+from|(?:sold|loaned|transferred|switch)\s+to)\s+$"
)
# A player's name (a surname, capitalised) and the bracket that opens his club's name in a squad:
# "Calvin Howarth (Glasgow Rugby)", "Gordon Bulloch (captain, Glasgow Rugby)"; not "a player
# (Alicia Molik)" (a lowercase word before it), nor a county by its initial ("H Webb (S Yorkshire)").
PLAYERS_CLUB: Final = re.compile(r"\b[A-Z][\w'’-]*[a-z] \((?:captain,\s*)?$")
IN_CHARGE_OF: Final = re.compile(
    r"\b(?:(?:in|took|take|takes|taking)\s+charge\s+of"
    r"|(?:signed|signing|joined|joining|arrived|bought|recruited|loan|loaned|transfer|transferred|move|moved|switch"
    r"|interest|bid|bids|offer|offers|approach)\s+from"
    r"|(?:replaced|sacked|spell|spells|stint|career|contract|days|years|seasons?|post|job|role|vacancy"
    r"|coach|manager|boss|consultant|director|chairman|captain|player|players|trainee)\s+at)\s+$"
)
