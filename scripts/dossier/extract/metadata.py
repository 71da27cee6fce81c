"""Metadata in explicit layers: what the text says, then what a curator says.

Each value records where it came from, so a reader can tell an extracted date from a curated one.
Furniture removal is where the article's paragraphs are decided: detected furniture, minus the
lines a curator keeps, plus the lines a curator removes.
"""

from __future__ import annotations

from dossier.curation import Correction, precision_of
from dossier.extract.dates import extract_dates
from dossier.extract.doctype import classify
from dossier.extract.furniture import find_furniture
from dossier.extract.language import document_language
from dossier.extract.place import find_place
from dossier.models import DateValue, FileMeta, Metadata, Paragraph, RemovedLine, Value

CURATED = "curated"


def split_furniture(
    title: str, paragraphs: tuple[Paragraph, ...], correction: Correction
) -> tuple[tuple[Paragraph, ...], tuple[RemovedLine, ...]]:
    """The article's paragraphs and the removed lines, in text order."""
    found = find_furniture(title, paragraphs)
    keep = {line.strip() for line in correction.keep}
    remove = {line.strip() for line in correction.remove}
    rules = {(r.paragraph, r.line): r.rule for r in found.removed if r.line.strip() not in keep}
    kept: list[Paragraph] = []
    removed: list[RemovedLine] = []
    for p, para in enumerate(paragraphs):
        lines = []
        for line in para:
            rule = CURATED if line.strip() in remove else rules.get((p, line))
            if rule:
                removed.append(RemovedLine(line, rule))
            else:
                lines.append(line)
        if lines:
            kept.append(tuple(lines))
    return tuple(kept), tuple(removed)


def _curated_date(value: str | None) -> DateValue | None:
    return DateValue(value, precision_of(value), CURATED) if value else None


def _source(c: Correction, file_meta: FileMeta) -> tuple[str | None, str | None, str | None]:
    """(name, url, provenance) of the source: curated (a folder default counts as curated, shown
    as such) wins over what a web page declares."""
    if c.source_name or c.source_url:
        return c.source_name, c.source_url, "folder" if "source" in c.from_folder else CURATED
    if file_meta.source_name or file_meta.source_url:
        return file_meta.source_name, file_meta.source_url, "page"
    return None, None, None


def extract_metadata(
    title: str,
    paragraphs: tuple[Paragraph, ...],
    removed: tuple[RemovedLine, ...],
    correction: Correction,
    file_meta: FileMeta | None = None,
) -> Metadata:
    """Extract from ``paragraphs`` (the article, furniture removed), then apply what the file
    declares (a web page's date and source) and the correction, which wins over both."""
    file_meta = file_meta or FileMeta()
    dates = extract_dates(title, paragraphs)
    date = DateValue(dates.date, dates.precision or "day", dates.provenance, dates.evidence) if dates.date else None
    event = (
        DateValue(dates.event_date, dates.event_precision or "day", "text", dates.event_evidence)
        if dates.event_date
        else None
    )
    place = find_place(title, paragraphs)
    kind = classify(title, paragraphs)
    c = correction
    source_name, source_url, source_provenance = _source(c, file_meta)
    return Metadata(
        date=_curated_date(c.date) or file_meta.date or date,
        event_date=_curated_date(c.event_date) or event,
        place=Value(c.place, CURATED) if c.place else (Value(place.name, place.provenance) if place else None),
        language=Value(c.language, CURATED) if c.language else Value(document_language(title, paragraphs), "text"),
        type=Value(c.type, CURATED) if c.type else Value(kind.type, kind.reason),
        source_name=source_name,
        source_url=source_url,
        tags=c.tags or (),
        removed=removed,
        curated=tuple(dict.fromkeys("source" if name.startswith("source_") else name for name in c.curated())),
        source_provenance=source_provenance,
        from_folder=c.from_folder,
        file_created=file_meta.created,
    )
