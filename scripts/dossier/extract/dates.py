"""The document's date, where it came from, and the date of the event it reports.

Only four places can date a document, tried in this order: a dateline ("Moscow, 11 February
2022 (TDI):"), a date at an edge of the title ("..., Moscow, February 10, 2022"), a line at the
very opening that is nothing but a date ("Published: 10 Feb 2022"; or, above the article's first
sentence of prose, a publication stamp or a byline with its date and time, as a saved page's
byline block puts them: "Chris Davies - Nov 19, 2019, 10:31 pm CST"), and a full date that the
first sentence opens with or gives for the reported event ("10 февраля 2022 года в Москве
состоялись ...", "The ministers met on the 4th of March 2021 ..."). A date elsewhere in the body
("in December 2017", "last March"), or one that the first sentence marks as earlier ("Since 3 May
2018", "Five years ago, on ...") is a reference to the past, so a text with no such date stays
undated rather than being guessed wrong.

The event date is separate: a sentence of the lead that says when the reported event happened
("The meeting took place on 10 February 2022.").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from dossier.extract import date_patterns as pat
from dossier.extract.date_locale import Precision
from dossier.extract.date_parse import DateMatch, find_dates, make_iso, standalone_date
from dossier.extract.dateline import Dateline, find_dateline, title_trailer
from dossier.extract.structure import ends_as_sentence
from dossier.models import Paragraph

Provenance = Literal["dateline", "title", "opening", "none"]
OPENING_LINES = 3  # how many body lines count as "the very opening"
STAMP_LINES = 8  # how far down a publication stamp ("Published 10 February 2022") is read
MAX_STAMP_WORDS = 16  # a byline with its date and time: "Associated Press November 19, 2019, 9:02 AM"
MAX_STAMP_CHARS = 160
PROSE_WORDS = 15  # a line this long that ends a sentence is prose: a standfirst, or the article
MAX_PROSE_ABOVE = 1  # lines of prose a stamp may stand below (a standfirst), not two
LEAD_PARAGRAPHS = 2  # where the event date may be stated


@dataclass(frozen=True)
class DateInfo:
    """A document's date (ISO, with its precision and provenance) and the reported event's date."""

    date: str | None
    precision: Precision | None
    provenance: Provenance
    event_date: str | None = None
    event_precision: Precision | None = None
    evidence: str = ""  # the date as written in the text, empty when undated
    event_evidence: str = ""  # the event date as written, empty when there is none


def _title_date(title: str) -> DateMatch | None:
    trailer = title_trailer(title)
    if trailer:
        return trailer.date
    if pat.DOCUMENT_WORD.search(title):  # "Statement ... of 5 May 2021": a document's own date
        for date in find_dates(title):
            own = pat.TITLE_OWN_DATE_BEFORE.search(title[: date.start]) and not title[date.end :].strip(" .")
            if own and date.precision == "day":
                return date
    year = pat.TITLE_YEAR.search(title)
    iso = make_iso(int(year["y"])) if year else None
    return DateMatch(year.start("y"), year.end("y"), iso, "year", year["y"]) if year and iso else None


def _opening_date(paragraphs: tuple[Paragraph, ...]) -> DateMatch | None:
    """A line that is nothing but a date among the first OPENING_LINES lines, or a publication
    stamp among the first STAMP_LINES with at most one line of prose above it (a standfirst, not
    the article's paragraphs): labelled, under a line that is only its label, or a short line
    whose one date has a time of day or an author's label ("Chris Davies - Nov 19, 2019, 10:31 pm
    CST", "By admin - 2018-09-16"). A saved page's byline block puts it below the headline, a
    standfirst and the authors."""
    lines = [line.strip() for para in paragraphs for line in para][:STAMP_LINES]
    proses = 0  # lines of prose so far: a standfirst may stand above the stamp, the article not
    for k, line in enumerate(lines):
        proses += _prose(line)
        if proses > MAX_PROSE_ABOVE and k >= OPENING_LINES:
            return None
        stamped = (
            k < OPENING_LINES
            or pat.STAMP_LABEL.match(line)
            or (k and pat.STAMP_LABEL.fullmatch(lines[k - 1].rstrip(" :")))
        )
        date = (standalone_date(line) if stamped else None) or (
            _byline_date(line) if proses <= MAX_PROSE_ABOVE else None
        )
        if date and (date.precision != "year" or pat.DATE_LABEL.match(line)):
            return date
    return None


def _prose(line: str) -> bool:
    """A sentence of PROSE_WORDS words or more (spaces counted, not words: 0.05 s over BBC's lines
    when split)."""
    return ends_as_sentence(line) and line.count(" ") >= PROSE_WORDS - 1


def _byline_date(line: str) -> DateMatch | None:
    """The one day of a short line marked as a byline or a time stamp (see STAMP_MARK), or None."""
    if len(line) > MAX_STAMP_CHARS or not pat.FOUR_DIGITS.search(line) or len(line.split()) > MAX_STAMP_WORDS:
        return None
    if not pat.STAMP_MARK.search(line):
        return None
    dates = find_dates(line)
    days = {date.iso for date in dates}
    return dates[0] if dates and len(days) == 1 and dates[0].precision == "day" else None


def _first_sentence(paragraphs: tuple[Paragraph, ...]) -> str:
    first = next((line.strip() for para in paragraphs for line in para if line.strip()), "")
    return pat.SENTENCE_END.split(first, maxsplit=1)[0]


def _sentence_date(paragraphs: tuple[Paragraph, ...]) -> DateMatch | None:
    """A day-precise date that opens the first sentence or is the date it gives for its event, unless
    the sentence speaks of the future."""
    sentence = _first_sentence(paragraphs)
    dates = [date for date in find_dates(sentence) if date.precision == "day"]
    if not dates or pat.FUTURE_CUE.search(sentence):
        return None  # no full date, or it announces an event to come
    for date in dates:
        before, after = sentence[: date.start], sentence[date.end :]
        if pat.PAST_AFTER.match(after):
            continue
        # an event date in an aside ("The agreement, signed on 3 March 2019, ...") is background
        if pat.SENTENCE_DATE_OPENER.match(before) or ("," not in before and _is_event_date(before, after)):
            return date
        if pat.MAIN_CLAUSE_PAST_BEFORE.search(before) and not pat.PAST_CUE.search(before):
            return date  # "Делегации провели 9 ноября 2021 года ...", "Le Conseil a validé, le 5 août 2021, ..."
    return None


def document_date(
    title: str, paragraphs: tuple[Paragraph, ...], dateline: Dateline | None
) -> tuple[DateMatch, Provenance] | None:
    """The document's own date and where it was found, or None when the text does not say."""
    if dateline and dateline.date:
        return dateline.date, "dateline"
    title_date = _title_date(title)
    if title_date:
        return title_date, "title"
    opening = _opening_date(paragraphs) or _sentence_date(paragraphs)
    return (opening, "opening") if opening else None


def _lead(title: str, paragraphs: tuple[Paragraph, ...], dateline: Dateline | None) -> list[str]:
    """The sentences of the title and lead that may give an event date: the others have no
    four-digit year or no event word."""
    lines = [title, *(line for para in paragraphs[:LEAD_PARAGRAPHS] for line in para)]
    if dateline:  # the dateline's own date is not an event
        lines = [line.strip().removeprefix(dateline.text) for line in lines]
    dated = [s for line in lines if pat.FOUR_DIGITS.search(line) for s in pat.SENTENCE_END.split(line.strip())]
    return [s for s in dated if pat.FOUR_DIGITS.search(s) and pat.EVENT_WORD.search(s)]


def event_date(title: str, paragraphs: tuple[Paragraph, ...], dateline: Dateline | None = None) -> DateMatch | None:
    """The date the lead gives for the reported event: an event word, then "on/in <date>" (not "last")."""
    for sentence in _lead(title, paragraphs, dateline):
        for date in find_dates(sentence):
            if _is_event_date(sentence[: date.start], sentence[date.end :]):
                return date
    return None


def _is_event_date(before: str, after: str) -> bool:
    """An event word just before the date, and nothing that makes it an earlier one."""
    past = pat.PAST_CUE.search(before) or pat.PAST_AFTER.match(after)
    return bool(pat.EVENT_BEFORE_DATE.search(before)) and not past


def extract_dates(title: str, paragraphs: tuple[Paragraph, ...]) -> DateInfo:
    """Date a document from its title and paragraphs (see the module docstring for the rules)."""
    dateline = find_dateline(title, paragraphs)
    found = document_date(title, paragraphs, dateline)
    event = event_date(title, paragraphs, dateline)
    undated = DateInfo(
        None,
        None,
        "none",
        event_date=event.iso if event else None,
        event_precision=event.precision if event else None,
        event_evidence=event.text if event else "",
    )
    if found is None:
        return undated
    date, provenance = found
    return replace(undated, date=date.iso, precision=date.precision, provenance=provenance, evidence=date.text)
