"""What dateparser knows, used where date_parse.py needs it: month and weekday names, and parsing.

Month and weekday names in every language of DATE_LANGUAGES (with their case forms and
abbreviations) come from dateparser's locale data, so that no month table is kept by hand. They
tell which runs of letters can be a month, and in which languages, before anything is parsed.
dateparser then parses only the candidates the date shapes found (never a whole line), in those
languages alone, each distinct candidate once per process.

Importing dateparser and preparing a language costs about 0.1 s of CPU each, once per process;
both happen at the first text that needs them, so a process that reads no date never pays.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from dossier.extract.date_patterns import DATE_LANGUAGES

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

Precision = Literal["day", "month", "year"]
_MONTHS = "january february march april may june july august september october november december".split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# What each precision needs the parsed text to give: a day-precise candidate without its day, or
# a month one without its month, is not that date. No time zones: only the calendar date is kept.
_SETTINGS: dict[str, dict[str, Any]] = {
    precision: {
        "REQUIRE_PARTS": parts,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time"],  # no "3 days ago", timestamps or custom formats
    }
    for precision, parts in (("day", ["day", "month", "year"]), ("month", ["month", "year"]))
}
PARSED_CANDIDATES = 4096  # distinct candidate strings remembered per process


@dataclass(frozen=True)
class Vocabulary:
    """Month names (case-folded, no final full stop) with the languages that use each, and more."""

    months: dict[str, tuple[str, ...]]
    english: frozenset[str]  # English month names: also ordinary words ("may", "march")
    weekday: re.Pattern[str]  # a weekday name opening a text: "Thursday, ", "Mittwoch ", "jeudi "
    # Russian prepositional forms ("в феврале"), which dateparser's data lacks, to the genitive it reads
    respell: dict[str, str]


def _prepositional(genitive: str) -> str | None:
    """The Russian prepositional of a month from its genitive: "февраля" -> "феврале", "мая" -> "мае"."""
    return genitive[:-1] + "е" if genitive[-1:] in ("я", "а") and len(genitive) >= 3 else None


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Month and weekday names of DATE_LANGUAGES, read from dateparser's locale data once."""
    from dateparser.languages.loader import default_loader

    months: dict[str, list[str]] = {}
    weekdays: set[str] = set()
    respell: dict[str, str] = {}
    for language in DATE_LANGUAGES:
        info = next(iter(default_loader.get_locale_map(languages=[language]).values())).info
        for key in _MONTHS:
            for name in info.get(key, []):
                word = name.casefold().rstrip(".")
                months.setdefault(word, []).append(language)
                form = _prepositional(word) if language == "ru" else None
                if form and form not in respell:
                    respell[form] = word
        weekdays.update(name.casefold().rstrip(".") for key in _WEEKDAYS for name in info.get(key, []))
    for form in respell:
        months.setdefault(form, ["ru"])
    names = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    english = frozenset(word for word, languages in months.items() if "en" in languages)
    return Vocabulary(
        {word: tuple(dict.fromkeys(langs)) for word, langs in months.items()},
        english,
        re.compile(rf"^(?:{names})\b\.?,?\s+", re.IGNORECASE),
        respell,
    )


def is_month(word: str) -> bool:
    """Whether a run of letters is a month name in one of DATE_LANGUAGES."""
    return word.casefold() in vocabulary().months


def strip_weekday(text: str) -> str:
    """``text`` without a weekday name opening it ("Thursday 10 February 2022" -> "10 February 2022")."""
    return vocabulary().weekday.sub("", text)


@lru_cache(maxsize=64)
def _parser(languages: tuple[str, ...], precision: str) -> DateDataParser:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(languages), settings=_SETTINGS[precision])


@lru_cache(maxsize=PARSED_CANDIDATES)
def parse(text: str, month: str, precision: Precision) -> datetime.date | None:
    """The date a candidate says, read by dateparser in the languages of its month word, or None.

    ``text`` is the whole candidate ("10 февраля 2022 г.", "the 4th of March 2021"), ``month`` its
    month word as written; ``precision`` is what the candidate's shape has ("day" or "month").
    """
    vocab = vocabulary()
    word = month.casefold().rstrip(".")
    languages = vocab.months.get(word)
    if not languages or precision == "year":
        return None
    if word in vocab.respell:  # "в феврале 2022 года": read as "февраля 2022 года"
        text = re.sub(re.escape(month), vocab.respell[word], text, count=1, flags=re.IGNORECASE)
    found = _parser(languages, precision).get_date_data(text)
    if found.date_obj is None or found.period != precision:
        return None
    return found.date_obj.date()
