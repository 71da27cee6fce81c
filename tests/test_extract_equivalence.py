"""The extractors' shortcuts change no result, and real articles come through untouched.

The fast paths (UI_STRONG's phrases grouped by first letter, counting reporting verbs one word at a
time, the word limit of a date-only line, a memo of word roles, counting only stopwords, ASCII
patterns for ASCII text) are checked here against the plain definitions they replace. On the BBC
news corpus in shared/corpora (skipped when absent, except in CI), articles with no page
furniture, dateline or date lose no line and gain no metadata.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.evaluation.extract_timing import load_inputs
from dossier.evaluation.furniture import one_sentence_per_line
from dossier.evaluation.phrasings import PHRASINGS
from dossier.extract import doctype, language
from dossier.extract import doctype_patterns as dpat
from dossier.extract import furniture_patterns as fpat
from dossier.extract import language_words as lwords
from dossier.extract.date_parse import standalone_date
from dossier.extract.dates import extract_dates
from dossier.extract.doctype import narration, voice
from dossier.extract.furniture import find_furniture
from dossier.extract.language import document_language
from dossier.extract.place import find_place
from tests.helpers import BBC, requires_bbc

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The definitions the word-at-a-time counts replace: one pattern over the whole text.
REPORTING_IN_TEXT = re.compile(
    rf"\b(?:{dpat.REPORTING_VERB.pattern})\b|{dpat.REPORTING_PHRASE.pattern}", dpat.REPORTING_VERB.flags
)
FIRST_PERSON_IN_TEXT = re.compile(rf"\b(?:{dpat.FIRST_PERSON.pattern})\b")
# ... and UI_STRONG without its phrases grouped by first letter.
UI_STRONG_PLAIN = re.compile(
    rf"\b(?:{'|'.join(fpat.CONTROL_PHRASES)})\b|^(?:{'|'.join(fpat.CONTROL_LINES)})|©", re.IGNORECASE
)

# Words that play a role, their neighbours in a phrase, and letters that fold in unusual ways.
ROLE_WORDS = (
    "said SAID Said says told added according to According TO pointed out по словам По данным заявил заявила "
    "I I'm I've we We're WE our ours Ours my me myself us Us US я мы нас наш нашей мне "
    "ſaid ſays İnsisted the report saying sayso reported-by said_ by2 according-to"
).split()
SEPARATORS = [" ", "  ", ", ", ". ", '. "', "'", "’", "-", "\n", "\t", ": ", ""]
ROLE_TEXT = st.lists(st.tuples(st.sampled_from(ROLE_WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)


@PROPERTY
@given(ROLE_TEXT)
def test_word_at_a_time_counts_match_the_text_patterns(text: str) -> None:
    lines = text.split("\n")
    counted = voice(lines)
    assert counted.reporting == len(REPORTING_IN_TEXT.findall("\n".join(lines)))
    assert counted.first_person == len(FIRST_PERSON_IN_TEXT.findall(narration(lines)))


# Stopwords of several languages, spellings that fold in unusual ways, and words next to digits.
LANGUAGE_WORDS = (
    "The the THE of and it it's it’s don't DER die Für für LE les était été über Über ß STRASSE "
    "и в не на І і ЇХ їх что ſ İ ı a1 2a x_y the2 Ǆ ǅ ǆ"
).split()
LANGUAGE_TEXT = st.lists(st.tuples(st.sampled_from(LANGUAGE_WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)


def _plain_scores(text: str, langs: tuple[str, ...]) -> dict[str, float]:
    """Language scores as first defined: every word case-folded and counted, then intersected."""
    words = Counter(map(str.casefold, lwords.WORD.findall(text)))
    markers = Counter(lwords.MARKER_LETTERS.findall(text.casefold()))
    return {
        lang: sum(words[w] for w in words.keys() & lwords.STOPWORDS[lang])
        + lwords.MARKER_WEIGHT * sum(markers[ch] for ch in lwords.MARKERS.get(lang, ""))
        for lang in langs
    }


@PROPERTY
@given(LANGUAGE_TEXT)
def test_stopword_counts_match_counting_every_word(text: str) -> None:
    for langs in (lwords.LATIN_LANGS, lwords.CYRILLIC_LANGS):
        assert language._scores(text, langs) == _plain_scores(text, langs)


def test_word_role_memo_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctype, "MAX_MEMO", 3)
    doctype._ROLES.clear()  # earlier tests may have remembered every word below already
    lines = ["We said it, they told us, and our friends added that I agreed, according to them."]
    assert (voice(lines).reporting, voice(lines).first_person) == (4, 4)
    assert len(doctype._ROLES) <= 3


def _control_samples() -> list[str]:
    lines = [p.format(headline="Talks resume in Geneva", n=7) for phrasings in PHRASINGS.values() for p in phrasings]
    phrases = [re.sub(r"\(\?:([^|)]*)[^)]*\)\??", r"\1", p).replace("[- ]", "-") for p in fpat.CONTROL_PHRASES]
    lines += phrases + [p.upper() for p in phrases] + [f"Please {p.title()} now" for p in phrases]
    return [*lines, "Advertisement", "Sponsored", "Related stories", "Most read", "© 2024 All Rights Reserved"]


def test_every_control_phrase_opens_with_a_letter() -> None:
    assert all(phrase[0].isalpha() for phrase in fpat.CONTROL_PHRASES)  # the lookahead lists first letters


@pytest.mark.parametrize("line", _control_samples())
def test_ui_strong_lookahead_finds_what_the_plain_pattern_finds(line: str) -> None:
    assert [m[0] for m in fpat.UI_STRONG.finditer(line)] == [m[0] for m in UI_STRONG_PLAIN.finditer(line)]


def test_the_longest_date_lines_are_still_read() -> None:
    longest = "Published: Thursday 10th of February, 2022 года at 14:05 p.m. GMT"
    found = standalone_date(longest)
    assert found is not None and found.iso == "2022-02-10"
    assert standalone_date(longest.replace("GMT", "GMT, as agreed")) is None


@requires_bbc
def test_real_articles_lose_no_line_and_gain_no_metadata() -> None:
    inputs = load_inputs(BBC)
    assert len(inputs) > 2000
    for title, paragraphs in inputs:
        assert find_furniture(title, paragraphs).removed == (), title
        assert find_furniture(title, one_sentence_per_line(paragraphs)).removed == (), title
        assert extract_dates(title, paragraphs).date is None, title  # no dateline: undated, not guessed
        assert find_place(title, paragraphs) is None, title
        assert document_language(title, paragraphs) == "en", title
