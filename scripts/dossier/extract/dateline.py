"""Datelines: the place and date a news text opens with, and the place/date trailer of a title.

"LONDON:", "WASHINGTON (Reuters) -", "LONDON, Feb 10 (Reuters) -", "Moscow, 11 February 2022
(TDI):", "МОСКВА, 10 февраля. /ТАСС/.", "WASHINGTON (Feb. 10, 2022) -", "Berlin, 1. Dezember
2021 –" and "10 February 2022 —" are datelines, and so is a place and full date that run straight
into the text ("Москва, 15 марта 2021 г. Министр ..."). A title-case word before a colon
("Ukraine: what next") is a topic, not a place, so a title-case place needs a date or an agency
beside it; an all-caps one needs neither, unless it is a label such as "UPDATE:".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dossier.extract import date_locale
from dossier.extract import date_patterns as pat
from dossier.extract.date_parse import DateMatch, find_dates
from dossier.models import Paragraph

BODY_LINES = 3  # a dateline opens the text: only the title and the first body lines can hold one
# dates.py and place.py both read the title and first lines of each document: the second reads
# the (immutable) results of the first from a small cache.
CACHED_LINES = 1024


@dataclass(frozen=True)
class Dateline:
    """A dateline as found: its place (as written) and date, if any, and the matched text."""

    place: str | None
    date: DateMatch | None
    text: str
    in_title: bool


def _is_place(words: list[str], min_letters: int = 3) -> bool:
    """One to four capitalised words (particles aside), no digits, not a label such as "UPDATE"."""
    names = [w for w in words if w.casefold() not in pat.PLACE_PARTICLES]
    return (
        0 < len(words) <= 4
        and bool(names)
        and all(pat.PLACE_WORD.fullmatch(w) for w in names)
        and not any(ch.isdigit() for w in words for ch in w)
        and sum(ch.isalpha() for w in words for ch in w) >= min_letters
        and not any(w.casefold().strip(".") in pat.NOT_PLACES for w in words)
    )


def _is_caps(place: str) -> bool:
    letters = [ch for ch in place if ch.isalpha()]
    return all(ch.isupper() for ch in letters)


def _date_part(rest: str) -> tuple[DateMatch | None, str, bool]:
    """(full date, what is left of ``rest`` once the date is removed, whether a date was seen)."""
    dates = find_dates(rest)
    if dates:
        return dates[0], rest[: dates[0].start] + rest[dates[0].end :], True
    for partial in pat.DAY_MONTH.finditer(rest):
        if date_locale.is_month(partial["mon"] or partial["mon2"]):
            return None, rest[: partial.start()] + rest[partial.end() :], True
    return None, rest, False


def _bracket_date(bracket: str | None) -> DateMatch | None:
    """The date that is all there is in a dateline's brackets: "WASHINGTON (Feb. 10, 2022) -"."""
    if not bracket:
        return None
    dates = find_dates(bracket)
    whole = len(dates) == 1 and not bracket.replace(dates[0].text, "").strip(" ,.")
    return dates[0] if whole else None


# what may stand before a month and year that make a letter's dateline: "Berlin, im März 2022",
# "Paris, en mars 2022", "Москва, в марте 2022 года"
_MONTH_LINE_LEAD = re.compile(r"(?:im|in|en|au mois de|в)?\s*$", re.IGNORECASE)


def _run_in_dateline(line: str) -> Dateline | None:
    """A place and a full date with no mark after them, the text going straight on with a capital:
    "Москва, 15 марта 2021 г. Министр ...". Without a mark, only a day-precise date will do,
    except on a line of its own that holds nothing but a place and a month, as letters and
    reports are dated ("Berlin, im März 2022")."""
    place_text, comma, rest = line[: pat.MAX_RUN_IN_HEAD].partition(",")
    if not comma or not pat.FOUR_DIGITS.search(rest) or not _is_place(place_text.split()):
        return None
    rest = date_locale.strip_weekday(rest.lstrip())
    dates = find_dates(rest)
    if dates and dates[0].precision == "month" and len(line) <= pat.MAX_RUN_IN_HEAD:
        whole = not rest[dates[0].end :].strip(" .") and _MONTH_LINE_LEAD.fullmatch(rest[: dates[0].start])
        if whole:
            return Dateline(place_text.strip(), dates[0], line.strip(), False)
    if not dates or dates[0].start or dates[0].precision != "day":
        return None
    if not pat.RUN_IN_TEXT.match(rest[dates[0].end :]):
        return None
    return Dateline(place_text.strip(), dates[0], line[: line.index(dates[0].text) + len(dates[0].text)], False)


@lru_cache(maxsize=CACHED_LINES)
def parse_dateline(line: str, *, in_title: bool = False) -> Dateline | None:
    """The dateline that opens ``line``, or None. In a title, a place alone is not enough."""
    match = pat.DATELINE.match(line)
    found = _marked_dateline(match, in_title) if match else None
    return found or (None if in_title else _run_in_dateline(line))


def _marked_dateline(match: re.Match[str], in_title: bool) -> Dateline | None:
    """The dateline a DATELINE match holds (a place, a date or both before its mark), or None."""
    head = date_locale.strip_weekday(match["head"].strip())
    bracket_date = _bracket_date(match["agency"])
    agency = bool((match["agency"] and not bracket_date) or match["slashed"])
    date, leftover, dated = _date_part(head)
    if dated and not leftover.strip(" ,."):
        return Dateline(None, date, match[0].strip(), in_title)  # a date alone: "10 Feb 2022 —"
    place_text, _, rest = head.partition(",")
    date, leftover, dated = _date_part(rest)
    date, dated = date or bracket_date, dated or bracket_date is not None
    region = [w for w in leftover.replace(",", " ").split() if w not in {"г.", "г"}]
    place_words = place_text.split()
    if not _is_place(place_words) or (region and not _is_place(region, min_letters=2)):  # "D.C."
        return None
    if not (dated or agency) and (in_title or not _is_caps(place_text)):
        return None
    return Dateline(place_text.strip(), date, match[0].strip(), in_title)


def find_dateline(title: str, paragraphs: tuple[Paragraph, ...]) -> Dateline | None:
    """The document's dateline: in its title (scraped texts often start there) or first lines."""
    found = parse_dateline(title, in_title=True)
    lines = [line for para in paragraphs for line in para][:BODY_LINES]
    for line in lines:
        found = found or parse_dateline(line.strip())
    return found


@dataclass(frozen=True)
class TitleTrailer:
    """A date at an edge of the title, and the place just before it when there is one."""

    date: DateMatch
    place: str | None


@lru_cache(maxsize=CACHED_LINES)
def title_trailer(title: str) -> TitleTrailer | None:
    """The date that opens or closes a title ("..., Moscow, February 10, 2022"), with its place."""
    for date in find_dates(title):
        before, after = title[: date.start], title[date.end :]
        if not (pat.TITLE_EDGE_BEFORE.search(before) and pat.TITLE_EDGE_AFTER.match(after)):
            continue
        if before.strip() and after.strip(" )]"):
            continue  # mid-title, between separators: a reference, not the title's own date
        parts = before.rstrip(" ,").split(",")
        candidate = parts[-1].strip().split() if len(parts) > 1 else []
        return TitleTrailer(date, " ".join(candidate) if _is_place(candidate) else None)
    return None
