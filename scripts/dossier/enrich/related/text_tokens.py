"""Words of a text as comparable terms, for TF-IDF: English and Russian, lowercase, light stems.

Words are Unicode word runs (``\\w``) folded to lowercase with "ё" read as "е". As terms,
numbers, single characters and stopwords are dropped, and plural and case endings are stripped
lightly (Harman's S-stemmer for English, common inflections for Russian), so that "talks" meets
"talk" and "переговорах" meets "переговоры". No dictionary: odd words are left as they are.
"""

from __future__ import annotations

import re

from dossier.enrich.related.stopwords import RUSSIAN_SUFFIXES, STOPWORDS

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIN_STEM = 4
_INVARIANT = frozenset({"news", "series", "species"})  # not plurals of "new", "sery", "specy"


def words(text: str) -> list[str]:
    """The words of a text, lowercase, "ё" read as "е", in reading order (numbers included)."""
    return _WORD.findall(text.lower().replace("ё", "е"))


def english_stem(word: str) -> str:
    """Harman's S-stemmer: "policies" -> "policy", "houses" -> "house", "talks" -> "talk"."""
    if word in _INVARIANT:
        return word
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss", "is")):
        return word[:-1]
    return word


def russian_stem(word: str) -> str:
    """Strip the longest inflectional ending that leaves at least four letters, twice, so that
    stacked endings meet: "лаврова" -> "лавров" -> "лавр", "россией" -> "росс"."""
    for _ in range(2):
        suffix = next((s for s in RUSSIAN_SUFFIXES if word.endswith(s) and len(word) - len(s) >= _MIN_STEM), "")
        if not suffix:
            break
        word = word[: -len(suffix)]
    return word


def term(word: str) -> str | None:
    """The comparable form of one word from ``words``, or None for a stopword, a number or a
    single character."""
    if len(word) < 2 or word in STOPWORDS or word.isdigit() or "_" in word:
        return None
    stem = russian_stem(word) if _CYRILLIC.search(word) else english_stem(word)
    return None if stem in STOPWORDS else stem
