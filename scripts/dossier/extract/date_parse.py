"""Find written dates in a string and turn them into validated ISO dates.

Recognised forms: "2022-02-10", "10 Feb 2022", "10th of February, 2022", "February 10, 2022",
"February 2022", "10 февраля 2022 г.", "в феврале 2022 года", "1. Dezember 2021", "le 1er mars
2022", and day-first numeric dates ("10.02.2022"; with slashes only when the order cannot be
mistaken, as in "25/12/2021"). Named forms are found by their shape (a day, a run of letters
that dateparser's locale data knows as a month, a four-digit year) and parsed by dateparser in
the month word's languages (date_locale.py). Impossible dates (31 February) and years outside
1900..2100 are not dates.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from dossier.extract import date_locale
from dossier.extract import date_patterns as pat
from dossier.extract.date_locale import Precision


@dataclass(frozen=True)
class DateMatch:
    """One date found in a string: where it is, what it says, and how precise it is."""

    start: int
    end: int
    iso: str  # "2022-02-10", "2022-02" or "2022" (empty only inside find_dates, for a rejected match)
    precision: Precision
    text: str


_NAMED: tuple[tuple[re.Pattern[str], Precision], ...] = (
    (pat.DAY_MONTH_YEAR, "day"),
    (pat.MONTH_DAY_YEAR, "day"),
    (pat.MONTH_YEAR, "month"),
)


def make_iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text for a real calendar date (or month, or year) in the plausible range, else None."""
    if not pat.MIN_YEAR <= year <= pat.MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _named(match: re.Match[str], precision: Precision) -> DateMatch:
    """The candidate read by dateparser (an invalid date gets an empty ``iso``)."""
    token = match["mon"]
    # from the day or month on: an article before it ("the", "le", "den") is no part of the date
    start = min(match.start("mon"), match.start("d")) if precision == "day" else match.start("mon")
    # up to the year: a year word after it ("года", "р.") is for the reader, not the parser
    parsed = date_locale.parse(match.string[start : match.end("y")], token, precision)
    iso = None
    # dateparser read what the shape says, or the match is not that date (it also checks 31 February)
    if parsed and parsed.year == int(match["y"]) and (precision != "day" or parsed.day == int(match["d"])):
        iso = make_iso(parsed.year, parsed.month, parsed.day if precision == "day" else None)
    # "may"/"march" are also ordinary words: an English month must be capitalised.
    if token.casefold().rstrip(".") in date_locale.vocabulary().english and token[0].islower():
        iso = None
    return DateMatch(match.start(), match.end(), iso or "", precision, match[0])


def _numeric(match: re.Match[str], precision: Precision = "day") -> DateMatch:
    day, month = int(match["d"]), int(match["m"])
    iso = make_iso(int(match["y"]), month, day)
    # Slashes are written month-first in the US and day-first elsewhere: only take unmistakable ones.
    if match.re is pat.NUMERIC_DATE and match["sep"] == "/" and day <= 12 and day != month:
        iso = None
    return DateMatch(match.start(), match.end(), iso or "", precision, match[0])


Candidate = tuple[re.Match[str], Precision]


def _candidates(text: str) -> list[Candidate]:
    """Every match of every form, not yet read: a named one only if its month word is a month."""
    # Most text has no date: two cheap tests spare it the month-name patterns and dateparser.
    if not pat.FOUR_DIGITS.search(text):
        return []
    found: list[Candidate] = []
    if any(date_locale.is_month(word) for word in pat.LETTERS.findall(text)):
        # "in 2004", "10 people 2004": a word before a year is a month only if it is one
        found = [(m, p) for pattern, p in _NAMED for m in pattern.finditer(text) if date_locale.is_month(m["mon"])]
    return found + [(m, "day") for pattern in (pat.ISO_DATE, pat.NUMERIC_DATE) for m in pattern.finditer(text)]


def find_dates(text: str) -> list[DateMatch]:
    """Every valid full date (with a year) in ``text``, left to right.

    Overlapping matches keep the longest, even when it is invalid: "31 February 2022" is not a
    date, and it does not become "February 2022" either. So only the matches kept are read.
    """
    chosen: list[Candidate] = []
    for match, precision in sorted(_candidates(text), key=lambda c: (-(c[0].end() - c[0].start()), c[0].start())):
        if all(match.end() <= c.start() or match.start() >= c.end() for c, _ in chosen):
            chosen.append((match, precision))
    read = (_named(m, p) if "mon" in m.re.groupindex else _numeric(m, p) for m, p in chosen)
    return sorted((m for m in read if m.iso), key=lambda m: m.start)


def year_only(text: str) -> DateMatch | None:
    """``text`` read as a bare year ("2019"), when that is all it is."""
    match = pat.YEAR_ONLY.fullmatch(text.strip())
    iso = make_iso(int(match["y"])) if match else None
    return DateMatch(0, len(text), iso, "year", text.strip()) if match and iso else None


def standalone_date(line: str) -> DateMatch | None:
    """The date of a line that is nothing but a date, e.g. "Published: Thursday 10 Feb 2022, 14:05".

    Weekday, time of day and a label ("Published", "Updated", "Дата") may surround it; a bare
    year only counts after a label. The match's positions are within the line's date part.
    """
    if len(line.split(maxsplit=pat.MAX_LABELLED_WORDS)) > pat.MAX_LABELLED_WORDS or not pat.FOUR_DIGITS.search(line):
        return None  # every date has a four-digit year; a long line is a sentence, label or not
    label = pat.DATE_LABEL.match(line)
    rest = date_locale.strip_weekday((line[label.end() :] if label else line).strip())
    if len(rest.rstrip(" ,.|").split()) > pat.MAX_DATE_LINE_WORDS:
        return None  # a sentence, not a date line (the opening line is often a long paragraph)
    dates = find_dates(rest)
    if len(dates) == 1 and not rest[: dates[0].start].strip():
        after = rest[dates[0].end :]
        if not after.strip(" ,.|") or pat.TIME_OF_DAY.match(after):
            return dates[0]
    return year_only(rest.rstrip(" .")) if label else None
