"""Russian word forms: "Пескова" is Песков, "Захаровой" Захарова, "России" Россия, "Минске" Минск.

pymorphy3 with the OpenCorpora dictionaries (pymorphy3-dicts-ru) gives each word's possible
analyses, most likely first, with tags for surnames (Surn), given names (Name), patronymics
(Patr) and place names (Geox). The analyser loads once per process (0.1 s), before the build's
worker processes are forked; analyses of a word are cached.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
NAME_TAGS = ("Surn", "Name", "Patr")


@cache
def analyser() -> Any:
    """The Russian morphological analyser (pymorphy3), loaded on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def is_cyrillic(word: str) -> bool:
    """Whether a word is written in Cyrillic."""
    return bool(_CYRILLIC.match(word))


def has_cyrillic(text: str) -> bool:
    """Whether any Cyrillic letter occurs in ``text``."""
    return not text.isascii() and bool(_CYRILLIC.search(text))  # isascii() is much faster than a search


@lru_cache(maxsize=1 << 16)
def lemma_key(word: str) -> str:
    """The dictionary form of a Cyrillic place or common word, casefolded ("Минске" -> "минск");
    "" for a word that is not Cyrillic. A place-name analysis (Geox) wins over others."""
    if not is_cyrillic(word):
        return ""
    parses = analyser().parse(word)
    chosen = next((p for p in parses if "Geox" in p.tag), parses[0])
    return str(chosen.normal_form).replace("ё", "е")


@lru_cache(maxsize=1 << 16)
def name_form(word: str) -> tuple[str, str]:
    """(nominative, tag) of a Cyrillic word read as part of a person's name: ("Пескова") ->
    ("Песков", "Surn"), ("Захаровой") -> ("Захарова", "Surn"), ("Дмитрий") -> ("Дмитрий",
    "Name"); ("", "") when no analysis reads it as a name. The nominative keeps the gender the
    text gives (a woman's surname stays feminine) and the capital letter."""
    if not is_cyrillic(word):
        return "", ""
    for parse in analyser().parse(word):
        tag = next((t for t in NAME_TAGS if t in parse.tag), "")
        if not tag:
            continue
        nominative = parse.inflect({"nomn"}) if "nomn" not in parse.tag else parse
        text = str((nominative or parse).word)
        return text[:1].upper() + text[1:], tag
    return "", ""


@lru_cache(maxsize=1 << 16)
def word_lemma(word: str) -> str:
    """The dictionary form of any Cyrillic word, casefolded ("министра" -> "министр")."""
    if not is_cyrillic(word):
        return word.casefold()
    return str(analyser().parse(word)[0].normal_form).replace("ё", "е")


@lru_cache(maxsize=1 << 16)
def analyses(word: str) -> tuple[Any, ...]:
    """Every analysis of ``word``, most likely first: the analyser's ``parse``, remembered (it is
    pure Python and takes about a third of a millisecond; a corpus repeats its words)."""
    return tuple(analyser().parse(word))


def adjective_agrees(adjective: Any, noun: Any) -> bool:
    """Whether an analysis is an adjective in the noun analysis's case and number (and gender, in
    the singular): "Московской бирже", "Минским соглашениям"."""
    tag = adjective.tag
    if tag.POS != "ADJF" or tag.case != noun.tag.case or tag.number != noun.tag.number:
        return False
    return bool(tag.number == "plur" or tag.gender == noun.tag.gender)  # every singular ADJF has a gender


@lru_cache(maxsize=1 << 16)
def is_known(word: str) -> bool:
    """Whether the dictionary holds ``word`` (casefolded), not only the analyser's guess."""
    return bool(analyser().word_is_known(word.casefold()))


@lru_cache(maxsize=1 << 14)
def phrase_nominative(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of a place's name of several words (adjectives, then the noun they agree with)
    in the nominative, the adjectives in the noun's gender and number, casefolded: ("Саудовской",
    "Аравии") -> ("саудовская", "аравия"), ("Оренбургской", "области") -> ("оренбургская",
    "область"), ("Нижнем", "Новгороде") -> ("нижний", "новгород"); None when the words do not
    read so. A word's dictionary form alone would give the masculine ("саудовский аравия")."""
    *modifiers, head = words
    for noun in analyses(head):
        if noun.tag.POS != "NOUN":
            continue
        agreeing = [next((a for a in analyses(m) if adjective_agrees(a, noun)), None) for m in modifiers]
        if any(a is None for a in agreeing):
            continue
        nominative = noun.inflect({"nomn"}) if noun.tag.case != "nomn" else noun
        if nominative is None:
            continue
        number = str(nominative.tag.number or "sing")
        wanted = {"nomn", "plur"} if number == "plur" else {"nomn", str(nominative.tag.gender or "masc"), "sing"}
        forms = []
        for adjective in agreeing:
            assert adjective is not None
            inflected = adjective.inflect(wanted)
            if inflected is None:
                break
            forms.append(str(inflected.word))
        else:
            return (*forms, str(nominative.word))
    return None
