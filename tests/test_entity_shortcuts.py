"""The shortcuts that make entity finding cheaper give the answers of the plain forms they replace.

Each rule below once was a regular expression or a loop over every word; the faster form must say
the same for any text, including the white space, hyphens and punctuation the shortcut reasons about.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.enrich.entities import organisations, sports
from dossier.enrich.entities.aliases import single_spaced
from dossier.enrich.entities.places import _opens_sentence
from dossier.enrich.entities.shapes import _ROLE_OF, _role_of
from dossier.enrich.entities.sports import (
    _LETTERS,
    _SCORE,
    _SPORT_BYTES,
    SIGNALS,
    WEAK,
    is_sport_report,
    sport_words,
)

_SPACES = ["\n", "\t", "\u00a0", "\u2028", "\x1c", "\u0085", "\u3000"]
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”'‘’]\s*|\n)\s*$")  # what _opens_sentence replaced


@st.composite
def _text_and_offset(draw: st.DrawFn, pieces: list[str]) -> tuple[str, int]:
    """A text of ``pieces`` and an offset in it: the end of a first part, the rest after it."""
    before = "".join(draw(st.lists(st.sampled_from(pieces), max_size=12)))
    after = "".join(draw(st.lists(st.sampled_from(pieces), max_size=4)))
    return before + after, len(before)


@settings(max_examples=500)  # the cases that differ are few among the texts drawn
@given(_text_and_offset(["a", " ", ".", "“", ",", *_SPACES]))
def test_opens_sentence_says_what_the_sentence_end_pattern_said(case: tuple[str, int]) -> None:
    text, start = case
    assert _opens_sentence(text, start) == bool(_SENTENCE_END.search(text, 0, start))


@settings(max_examples=500)
@given(_text_and_offset(["economist", "spokesman", " at", " for", " of", " with", " the", "The", " ", "x", *_SPACES]))
def test_role_of_says_what_the_role_pattern_said(case: tuple[str, int]) -> None:
    text, start = case
    assert _role_of(text, start) == bool(_ROLE_OF.search(text, max(0, start - 40), start))


@given(st.lists(st.sampled_from(["a", "B", " ", "  ", *_SPACES]), max_size=20).map("".join))
def testsingle_spaced_is_the_space_collapse(text: str) -> None:
    assert single_spaced(text) == re.sub(r"\s+", " ", text)


def _sport_words_per_word(text: str) -> frozenset[bytes]:
    """sport_words as first written: every word, and every word without its leading hyphens."""
    letters = text.lower().encode("ascii", "replace").translate(_LETTERS)
    tokens = letters.split()
    found = _SPORT_BYTES.intersection(tokens)
    return found | _SPORT_BYTES.intersection(t.lstrip(b"-") for t in tokens if t[:1] == b"-")


_SPORT_PIECES = [
    "match",
    "coach",
    "goal",
    "beat",
    "set",
    "final",
    "fly-half",
    "-",
    "--",
    " ",
    "\n",
    "x",
    "İ",
    "1-0",
    "12-3",
    "2005-06",
]


@given(st.lists(st.sampled_from(_SPORT_PIECES), max_size=25).map("".join))
def test_sport_report_counts_as_before(text: str) -> None:
    words = _sport_words_per_word(text)
    assert sport_words(text) == words
    weight = sum(0.5 if w.decode() in WEAK else 1 for w in words)
    assert is_sport_report(text) == (weight + min(len(_SCORE.findall(text)), 2) >= SIGNALS)


_AFTER_PIECES = [", which", ", whose", "'s", "’s", " shares", " sales", " chief executive", " agency", " news agency"]


@given(st.lists(st.sampled_from([*_AFTER_PIECES, " boss", " striker", " ", "x", ",", "\n"]), max_size=6).map("".join))
def test_any_after_matches_where_one_of_the_cue_patterns_does(text: str) -> None:
    o = organisations
    cues = (o._WHICH, o._KIND_AFTER, o._POSSESSED, o.AFTER, sports.SPORT_AFTER)
    assert bool(organisations._ANY_AFTER.match(text)) == any(p.match(text) for p in cues)
