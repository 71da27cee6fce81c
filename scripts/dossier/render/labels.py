"""How metadata reads on a page: dates with their precision, where each value came from."""

from __future__ import annotations

from datetime import date

from dossier.models import DateValue, Value

LANGUAGES = {
    "en": "English", "ru": "Russian", "uk": "Ukrainian", "de": "German", "fr": "French",
    "es": "Spanish", "it": "Italian", "und": "unknown",
}  # fmt: skip
TYPES = {"report": "News report", "statement": "Official statement", "transcript": "Transcript of remarks"}
PROVENANCE = {
    "curated": "curated",
    "dateline": "from the dateline",
    "title": "from the title",
    "opening": "from the opening lines",
    "text": "from the text",
    "page": "from the page's metadata",
    "folder": "curated for its folder",
    "none": "unknown",
}
FORMATS = {"txt": "plain text", "html": "saved web page", "pdf": "PDF", "docx": "Word document"}


def format_date(value: DateValue) -> str:
    """ "11 February 2022", "February 2022" or "2022", following the date's precision."""
    parts = [int(p) for p in value.value.split("-")]
    day = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if value.precision == "day":
        return f"{day.day} {day:%B %Y}"
    if value.precision == "month":
        return f"{day:%B %Y}"
    return str(day.year)


def provenance(value: DateValue | Value) -> str:
    """Where a value came from, in words (an extraction rule's own reason is shown as is)."""
    return PROVENANCE.get(value.provenance, value.provenance)


def format_name(kind: str) -> str:
    return FORMATS.get(kind, kind)


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def type_name(kind: str) -> str:
    return TYPES.get(kind, kind)
