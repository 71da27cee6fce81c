"""PDF files: the text layer, in paragraphs, with the title the document declares.

pypdf (pure Python, maintained by the py-pdf organisation) reads the text in its layout mode,
which keeps each line's indentation and the blank lines between blocks. Paragraphs are rebuilt
from that: a blank line, an indented first line, or a short line ending a sentence ends one; the
lines of a paragraph are joined (a PDF breaks lines to fit the page, not where the author did).
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
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
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
    """Paragraphs of one page of layout-mode text (see the module docstring), each one line."""
    lines = [line.rstrip() for line in text.split("\n")]
    content = [line for line in lines if line.strip()]
    if not content:
        return []
    margin = min(len(line) - len(line.lstrip()) for line in content)
    widths = sorted(len(line) - margin for line in content)
    width = widths[int(len(widths) * 0.9)]
    paragraphs: list[list[str]] = []
    current: list[str] = []
    previous = ""
    for raw in lines:
        line = raw[margin:] if raw.strip() else ""
        starts = not line or line.startswith(" ") or (previous and _ends_paragraph(previous, width))
        if starts and current:
            paragraphs.append(current)
            current = []
        if line:
            current.append(line.strip())
        previous = line
    if current:
        paragraphs.append(current)
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
