"""Find written dates in a string and turn them into validated ISO dates.

Recognised forms: "2022-02-10", "10 Feb 2022", "10th of February, 2022", "February 10, 2022",
"February 2022", "10 февраля 2022 г.", "в феврале 2022 года" and day-first numeric dates
("10.02.2022"; with slashes only when the order cannot be mistaken, as in "25/12/2021").
Impossible dates (31 February) and years outside 1900..2100 are not dates.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Literal

from dossier.extract import date_patterns as pat

Precision = Literal["day", "month", "year"]


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
    token = match["mon"]
    day = int(match["d"]) if precision == "day" else None
    # the pattern ignores case, so odd capitals ("aprİl": dotted İ) can match a name whose
    # casefold is not a key: no date then, rather than a crashed build
    month = pat.MONTHS.get(token.casefold())
    iso = make_iso(int(match["y"]), month, day) if month else None
    # "may"/"march" are also ordinary words: an English month must be capitalised.
    if token.casefold() in pat.ENGLISH_MONTHS and token[0].islower():
        iso = None
    return DateMatch(match.start(), match.end(), iso or "", precision, match[0])


def _numeric(match: re.Match[str]) -> DateMatch:
    day, month = int(match["d"]), int(match["m"])
    iso = make_iso(int(match["y"]), month, day)
    # Slashes are written month-first in the US and day-first elsewhere: only take unmistakable ones.
    if match.re is pat.NUMERIC_DATE and match["sep"] == "/" and day <= 12 and day != month:
        iso = None
    return DateMatch(match.start(), match.end(), iso or "", "day", match[0])


def _has_month_name(text: str) -> bool:
    """Whether a run of letters of ``text`` is a month name: the named forms need one."""
    return any(word.casefold() in pat.MONTHS for word in pat.LETTERS.findall(text))


def _candidates(text: str) -> list[DateMatch]:
    """Every match of every form, valid or not (an invalid one has an empty ``iso``)."""
    # Most text has no date: two cheap tests spare it the (slow) month-name patterns.
    if not pat.FOUR_DIGITS.search(text):
        return []
    found: list[DateMatch] = []
    if _has_month_name(text):
        found = [_named(m, precision) for pattern, precision in _NAMED for m in pattern.finditer(text)]
    found += [_numeric(m) for m in pat.ISO_DATE.finditer(text)]
    return found + [_numeric(m) for m in pat.NUMERIC_DATE.finditer(text)]


def find_dates(text: str) -> list[DateMatch]:
    """Every valid full date (with a year) in ``text``, left to right.

    Overlapping matches keep the longest, even when it is invalid: "31 February 2022" is not a
    date, and it does not become "February 2022" either.
    """
    chosen: list[DateMatch] = []
    for match in sorted(_candidates(text), key=lambda m: (-(m.end - m.start), m.start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted((m for m in chosen if m.iso), key=lambda m: m.start)


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
    label = pat.DATE_LABEL.match(line)
    rest = pat.WEEKDAY.sub("", (line[label.end() :] if label else line).strip())
    if len(rest.rstrip(" ,.|").split()) > pat.MAX_DATE_LINE_WORDS:
        return None  # a sentence, not a date line (the opening line is often a long paragraph)
    dates = find_dates(rest)
    if len(dates) == 1 and not rest[: dates[0].start].strip():
        after = rest[dates[0].end :]
        if not after.strip(" ,.|") or pat.TIME_OF_DAY.match(after):
            return dates[0]
    return year_only(rest.rstrip(" .")) if label else None
