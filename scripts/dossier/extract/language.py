"""Detect a text's language (ISO 639-1 code) from its script, function words and telltale letters.

Good enough to tell English from Russian on a single title line, and to separate the common
Latin-script languages (en, de, fr, es, it, pt, nl) and Ukrainian from Russian on a sentence or
more. No dependency: scripts are Unicode ranges, the rest are word lists in language_words.py.
"""

from __future__ import annotations

from collections import Counter

from dossier.extract import language_words as data
from dossier.models import Paragraph

UNDETERMINED = "und"  # ISO 639-2 code for "no usable text"


def _script(text: str) -> str | None:
    """The dominant script: "cyrillic", "latin", a language code for single-language scripts."""
    # isascii() is a fast C check, and an ASCII text has no letter of another script to look for
    if text.isascii() or not data.NON_LATIN.search(text):  # the common case: no other script to count against
        return "latin" if data.LATIN.search(text) else None
    counts: Counter[str] = Counter()
    counts["cyrillic"] = len(data.CYRILLIC.findall(text))
    counts["latin"] = len(data.LATIN.findall(text))
    for lang, pattern in data.SCRIPTS:
        counts[lang] = len(pattern.findall(text))
    if counts["ja"]:
        counts["ja"] += counts.pop("zh", 0)  # Japanese mixes kana with Han characters
    script, letters = counts.most_common(1)[0]
    return script if letters else None


def _stopword_counts(text: str) -> Counter[str]:
    """How often each case-folded word that is a stopword of some language occurs."""
    # An ASCII text case-folds to the same letters and non-letters, so folding it whole gives the
    # same words as folding each one, and saves a call per word.
    # (and, in ASCII, a plain letter range is a faster pattern than WORD's Unicode classes).
    words = data.ASCII_WORD.findall(text.lower()) if text.isascii() else map(str.casefold, data.WORD.findall(text))
    # Only stopwords score: filtering (in C) before counting keeps the Counter small.
    return Counter(filter(data.ANY_STOPWORD.__contains__, words))


def _scores(text: str, langs: tuple[str, ...]) -> dict[str, float]:
    """Stopword hits plus weighted telltale letters, per candidate language."""
    hits = dict.fromkeys(langs, 0)
    for word, count in _stopword_counts(text).items():
        for lang in data.LANGS_OF_STOPWORD[word]:
            if lang in hits:
                hits[lang] += count
    # marker letters are all outside ASCII: an ASCII text has none to count
    markers = Counter() if text.isascii() else Counter(data.MARKER_LETTERS.findall(text.casefold()))
    scores: dict[str, float] = {}
    for lang in langs:
        marked = sum(markers[ch] for ch in data.MARKERS.get(lang, "")) if markers else 0
        scores[lang] = hits[lang] + data.MARKER_WEIGHT * marked
    return scores


def _best(scores: dict[str, float], default: str) -> str:
    """The top-scoring language; the default when nothing scored (ties go to the earlier one)."""
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else default


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ("en", "ru", "uk", "de", ...), or "und" when it has no letters.

    A Latin-script text with no clue at all is taken to be English and a Cyrillic one Russian,
    the common cases in this archive.
    """
    script = _script(text)
    if script is None:
        return UNDETERMINED
    if script == "cyrillic":
        return _best(_scores(text, data.CYRILLIC_LANGS), "ru")
    if script == "latin":
        return _best(_scores(text, data.LATIN_LANGS), "en")
    return script


def document_language(title: str, paragraphs: tuple[Paragraph, ...]) -> str:
    """The language of a document: its title and body read together."""
    return detect_language("\n".join([title, *(line for para in paragraphs for line in para)]))
