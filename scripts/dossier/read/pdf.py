"""PDF files: the text layer, in paragraphs, with the title the document declares.

pypdf (pure Python, maintained by the py-pdf organisation) reads the text in its layout mode,
which keeps each line's indentation and measures the vertical space between lines. Paragraphs
are rebuilt from that: a wider gap than between the page's other lines, an indented first line,
or a short line ending a sentence starts one; the lines of a paragraph are joined (a PDF breaks
lines to fit the page, not where the author did).
A hyphen ending a line inside a word is kept and the word joined ("self-" + "employed"), since
"self-employed" and a word hyphenated to fit ("exam-" + "ple") cannot be told apart.

A PDF's ``/Title`` is used when it looks like a title (not "Untitled" or a file name); else the
first line of the text is the title. Its creation date is when the file was made (a page printed
to PDF years after it was published), never the document's date: it is recorded apart.

Encrypted files that open without a password (most "protected" PDFs only restrict printing or
copying) are read; others, files without a text layer (scans) and corrupt files are rejected with
what to do about them.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from dossier.errors import SourceError
from dossier.models import Decoded, FileMeta, Source
from dossier.read.layout import seed_text

#: fewer letters than this per page, on average, means a scan without a text layer
MIN_LETTERS_PER_PAGE = 20
_JUNK_TITLE = re.compile(r"(?i)^(untitled|title|document\d*|microsoft word - .*|.*\.(docx?|pdf|txt|rtf|odt|html?))$")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
#: blank lines pypdf's layout mode writes per font height of vertical space (see layout_paragraphs)
GAP_RESOLUTION = 10
#: a gap this many times the page's usual line gap (or more) separates paragraphs
WIDE_GAP = 1.3
#: a gap of this many font heights separates paragraphs even where every gap is one (a page of
#: one-line paragraphs); double-spaced lines are about 2.3 apart
BLANK_LINE = 2.5
#: a line shorter than this share of the page's text width ends its paragraph if it ends a sentence
SHORT_LINE = 0.8
#: typographic ligatures (U+FB00-FB06) that PDF fonts map text to: "ﬁ" is "fi" to a reader and to search
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
    | {"\ufb05": "st", "\ufb06": "st"}
)
NO_TEXT_LAYER = "has no text layer (a scan or images of text): run OCR first, e.g. ocrmypdf in.pdf out.pdf"

logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False  # its repairs of slightly broken files are not our warnings


def read_pdf(source: Source) -> Decoded:
    """The text of a PDF as seed text, with its declared title and creation date."""
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(source.data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(source.seed, "is encrypted with a password: save an unprotected copy (qpdf --decrypt)")
        pages = [
            page.extract_text(extraction_mode="layout", layout_mode_font_height_weight=1 / GAP_RESOLUTION)
            for page in reader.pages
        ]
        info = reader.metadata
        title, created = _info(info)
    except SourceError:
        raise
    except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
        raise SourceError(source.seed, f"is encrypted in a way that cannot be opened here ({exc})") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        reason = f"is not a readable PDF ({type(exc).__name__}: {exc}); repair it (qpdf in.pdf out.pdf) or re-save it"
        raise SourceError(source.seed, reason) from exc
    letters = sum(c.isalpha() for text in pages for c in text)
    if letters < MIN_LETTERS_PER_PAGE * max(1, len(pages)) / 2 or letters == 0:
        raise SourceError(source.seed, NO_TEXT_LAYER)
    paragraphs: list[tuple[str]] = []
    for text in pages:
        found = layout_paragraphs(text.translate(LIGATURES))
        if paragraphs and found and not _SENTENCE_END.search(paragraphs[-1][0]) and found[0][0][:1].islower():
            # a paragraph running on from the previous page
            found[0] = (_join([paragraphs.pop()[0], found[0][0]]),)
        paragraphs.extend(found)
    meta = FileMeta(title=title, created=created, pages=len(pages))
    return Decoded(source, seed_text(title, paragraphs), "", "pdf", meta)


def _info(info: Any) -> tuple[str | None, str | None]:
    """(title, creation date as YYYY-MM-DD) from the document information dictionary."""
    if info is None:
        return None, None
    raw_title = info.get("/Title")
    title = " ".join(str(raw_title).split()) if raw_title else None
    if title and (_JUNK_TITLE.match(title) or not any(c.isalpha() for c in title)):
        title = None
    match = _PDF_DATE.match(str(info.get("/CreationDate") or ""))
    created = None
    if match and match.group(2) and match.group(3):
        created = f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
    return title, created


def layout_paragraphs(text: str) -> list[tuple[str]]:
    """Paragraphs of one page of layout-mode text (see the module docstring), each one line.

    The text is extracted with ``GAP_RESOLUTION`` blank lines per font height of vertical space,
    so the blank lines before a line measure the gap above it: a gap wider than ``WIDE_GAP``
    times the page's usual one (paragraph spacing) or than ``BLANK_LINE`` font heights, an
    indented first line, or a short line ending a sentence before it, start a paragraph."""
    rows: list[tuple[int, str]] = []  # (blank lines above, line)
    blanks = 0
    for raw in text.split("\n"):
        if raw.strip():
            rows.append((blanks, raw.rstrip()))
            blanks = 0
        else:
            blanks += 1
    if not rows:
        return []
    margin = min(len(line) - len(line.lstrip()) for _, line in rows)
    widths = sorted(len(line) - margin for _, line in rows)
    width = widths[int(len(widths) * 0.9)]
    gaps = sorted(gap for gap, _ in rows[1:])
    usual = gaps[len(gaps) // 2] if gaps else 0
    paragraphs: list[list[str]] = []
    previous = ""
    for gap, raw in rows:
        line = raw[margin:]
        starts = (
            not paragraphs
            or gap > usual * WIDE_GAP + 1
            or gap >= BLANK_LINE * GAP_RESOLUTION
            or line.startswith(" ")
            or _ends_paragraph(previous, width)
        )
        if starts:
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
        previous = line
    return [(_join(para),) for para in paragraphs]


def _ends_paragraph(line: str, width: int) -> bool:
    return len(line) < SHORT_LINE * width and bool(_SENTENCE_END.search(line))


def _join(lines: list[str]) -> str:
    """The lines of one paragraph as one line. A line ending in a hyphen inside a word ("self-",
    "7-") joins the next directly, hyphen kept; a spaced dash (" -") is a dash, not a hyphen."""
    out = lines[0]
    for line in lines[1:]:
        hyphen = out.endswith("-") and out[-2:-1].isalnum() and line[:1].isalnum()
        out += line if hyphen else " " + line
    return " ".join(out.split())
