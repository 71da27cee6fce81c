"""What the words around a capitalised run say about it, for organisations.py: examples of a
kind of body ("retailers such as Wal-Mart"), sources ("told Reuters"), employers ("analyst at
Jupiter Research"), bodies that "said it", a sports report's opponents ("a 3-1 win over Bayer
Leverkusen"), moving share prices ("Corus fell 2.2%"), and what rules a run out (a demonym, a
common word, a person's name).
"""

from __future__ import annotations

import re

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.known import lowercase_in
from dossier.enrich.entities.shapes import Token, is_given, opens_sentence

# "retailers such as Wal-Mart", "firms including Google": examples of a kind of organisation.
_SUCH_AS = re.compile(
    r"\b(?:"
    + "|".join(sorted(w for w in pat.ORGANISATION_WORDS if w.endswith("s")))
    + r")\s+(?:such\s+as|including|like)\s+$"
)
# In a sports report, the side a team plays: a name nothing else took after one of these words.
OPPONENT = re.compile(
    r"\b(?:(?:win|wins|victory|victories|triumph)\s+over|(?:defeat|defeats|loss|losses)\s+(?:by|to)|lost\s+to"
    r"|(?:draw|drew|clash|game|match|tie)\s+(?:with|against)|against|beat|beating|v|vs)\.?\s+$"
)
_CONTRACTED = re.compile(r"['’](?:re|ll|ve|d|m)$")
_SETS = re.compile(r"\s+\d-\d\s+(?:\(\d+-\d+\)\s+)?\d-\d")  # "6-1 7-6 (7-5)": a tennis match's sets
# Where a story's source is named: after these, a name no person rule took is a news agency,
# a paper or a firm ("told Reuters", "told the Guardian", "according to Gartner").
_SOURCE = re.compile(r"\b(?:told|according\s+to|quoted\s+by|reported\s+by)\s+(?:[Tt]he\s+)?$")
# A role and "at"/"of"/"for" a name: where the person works ("economist at UBS", "president of
# Warner Home Video"); up to three lowercase words may stand between ("of search properties at").
_EMPLOYER = re.compile(
    r"\b(?:analysts?|economists?|strategists?|chairman|chairwoman|chief\s+executive|(?:vice[\s-])?president"
    r"|spokes(?:man|woman|person)|managers?|boss|founder|editor|correspondent|reporter|professor|lecturer"
    r"|researchers?|officials?|officer|advis[eo]rs?|consultants?|partner|head|chief)"
    r"(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+){0,2})?\s+(?:at|of|for|with)\s+(?:[Tt]he\s+)?$"
    r"|\bdirector\s+at\s+(?:[Tt]he\s+)?$"  # "director of Rain Man" directs a film
)
# "X said it was", "X said that it would": the name of a body, not a person's.
_SAID_IT = re.compile(r"\s+(?:said|says|added|announced|confirmed|denied|insisted|warned)\s+(?:that\s+)?(it|its)\b")
_PREPOSITIONS = ("at ", "of ", "for ", "with ", "the ")
_PROGRAMME_AFTER = re.compile(r"['’]?s?\s+(?:programme|program|show|slot)\b")  # "told Today programme"
# A price that moves, said of a listed company ("Corus fell 2.2% to 55.57 pence", "Arcelor shed
# 2.1%"): a market report's way of naming one. Indices move too ("the Nikkei fell 1%"): a run
# with an index's word is none (INDICES).
MOVED = re.compile(
    r"\s+(?:shares\s+)?(?:rose|fell|gained|lost|shed|slid|dropped|dipped|jumped|climbed|surged|slumped|tumbled"
    r"|added|rallied|sank|soared|plunged|eased|firmed|slipped|advanced|declined|was\s+(?:up|down)|were\s+(?:up|down)"
    r"|edged\s+(?:up|down|higher|lower)|closed\s+(?:up|down))\s+(?:by\s+)?\d[\d.,]*\s*(?:%|p\b|pence|cents?\b)"
)
INDICES = frozenset("ftse nikkei dow nasdaq dax cac hang seng sensex kospi brent index footsie s&p".split())


def adjective(run: list[Token]) -> bool:
    """A demonym or other adjective alone ("British", "Pan-European", "Japanese", "South African")."""
    if len(run) > 2 or (len(run) == 2 and run[0].key not in pat.COMPASS):
        return False
    key = run[-1].key.rpartition("-")[2]
    return key in pat.SURNAME_WORDS or key.endswith(_ADJECTIVE_ENDS)


_ADJECTIVE_ENDS = ("ean", "ian", "ish", "ese", "ern")


def sourced(text: str, run: list[Token], keys: list[str]) -> bool:
    """Whether a run is named as an example of a kind of body, a source, an employer, or a body
    that "said it": none of these when it reads as a person's name ("Johnny Cash", "Liberal
    Democrat David Laws") or a common word ("Analysts said its")."""
    if len(run) > 1 and any(is_given(k) for k in keys[:-1]):
        return False
    window = text[max(0, run[0].start - 40) : run[0].start]
    if ("such as" in window or "includ" in window or "like" in window) and _SUCH_AS.search(window):
        return True  # "retailers such as Wal-Mart"; the substring tests first: few windows have any
    said = _SAID_IT.match(text, run[-1].end)
    if said and len(run) == 1 and said.group(1) == "it":
        said = None  # "Gerrard said it was hard": "it" is no pronoun for him; "Yahoo said its" is
    tail = window[-5:]  # the substring tests first: most windows end with no preposition, no "told"
    cued = (
        (
            ("told" in window or "accord" in window or "by " in tail)
            and _SOURCE.search(window)
            and not _PROGRAMME_AFTER.match(text, run[-1].end)
        )  # "told Reuters"
        or (tail.endswith(_PREPOSITIONS) and _EMPLOYER.search(window))  # "search properties at Ask Jeeves"
        or said  # "Ask Jeeves said it was not planning"
    )
    return bool(cued) and not common_word(text, run)


def side(text: str, run: list[Token], keys: list[str]) -> bool:
    """Whether a sports report's opponent (see OPPONENT) may be a side: not a player ("beat
    Potito Starace 6-1 6-3": set scores follow; "beating Gaston Gaudio": a given name opens it),
    not a competition or a group ("French Open champion", "Group B rivals")."""
    first = run[0].text
    if (
        is_given(keys[0])
        or adjective(run[:1])
        or first.startswith(("Mc", "Mac", "O'", "O’"))
        or _CONTRACTED.search(first)
    ):
        return False  # "Italian Roberta Vinci", "McPake", "They're"
    if not pat.GENERIC_WORDS.isdisjoint(keys) or keys[0] in ("group", "pool"):
        return False
    return not _SETS.search(text)  # a paragraph with a tennis score names players, not sides


def common_word(text: str, run: list[Token]) -> bool:
    """A one-word run that may be a common word ("Sales climbed 8%", "Revenue dipped 1.4%") or
    an acronym that names no body ("GDP rose 2%")."""
    word = run[0].text
    if len(run) > 1:
        return False
    if word in pat.NON_ORG_ACRONYMS or word.removesuffix("s") in pat.NON_ORG_ACRONYMS:  # "GDP", "MPs"
        return True
    return lowercase_in(text, word) or opens_sentence(text, run[0].start)
