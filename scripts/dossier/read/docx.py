"""Word files (``.docx``): paragraphs and tables in document order, with the declared title.

python-docx (maintained, pure Python over lxml) reads the file from the bytes the read stage
read. Each Word paragraph is a paragraph (a line break inside it starts a new line); a table is
one paragraph with a line per row, cells joined by " | ". Headers and footers are page furniture
and are left out. The title is the document's Title property when it looks like one, else its
first Title or Heading 1 paragraph, else its first line. The file's creation date is when the
file was made, never the document's date: it is recorded apart.

A .docx file is a zip archive: one whose parts would unpack to more than ``MAX_UNPACKED`` bytes
(a "zip bomb") is rejected before anything is unpacked. Legacy ``.doc`` files and password-
protected documents (both OLE files, not zip archives) are rejected with how to convert them.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from dossier.errors import SourceError
from dossier.models import Decoded, FileMeta, Source
from dossier.read.layout import seed_text

#: a .docx unpacking to more than this is refused (a 1 MB novel unpacks to about 10 MB)
MAX_UNPACKED = 200_000_000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_JUNK_TITLE = re.compile(r"(?i)^(untitled|title|document\d*|.*\.(docx?|pdf|txt|rtf|odt))$")
_TITLE_STYLES = ("Title", "Heading 1")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONVERT = "libreoffice --headless --convert-to docx FILE"


def read_docx(source: Source) -> Decoded:
    """The text of a Word file as seed text, with its declared title and creation date."""
    if source.data.startswith(_OLE):
        raise SourceError(
            source.seed, f"is a password-protected or legacy Word file, not a .docx: remove the password, or {CONVERT}"
        )
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
        if unpacked > MAX_UNPACKED:
            raise SourceError(source.seed, f"would unpack to {unpacked:,} bytes (over {MAX_UNPACKED:,}): refused")
        document = docx.Document(io.BytesIO(source.data))
        paragraphs, styled_title = _body(document)
        properties = document.core_properties
        declared = " ".join((properties.title or "").split())
        created = properties.created.date().isoformat() if properties.created else None
    except SourceError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError, OSError, RecursionError) as exc:
        reason = f"is not a readable .docx file ({type(exc).__name__}: {exc}); open and re-save it in Word"
        raise SourceError(source.seed, reason) from exc
    title = declared if declared and not _JUNK_TITLE.match(declared) else styled_title
    if not any(line.strip() for para in paragraphs for line in para) and not title:
        raise SourceError(source.seed, "is empty: the document has no text")
    meta = FileMeta(title=title, created=created)
    return Decoded(source, seed_text(title, paragraphs), "", "docx", meta)


def _body(document: Any) -> tuple[list[tuple[str, ...]], str | None]:
    """Paragraphs and table rows of the body in document order, and the first Title/Heading 1."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    paragraphs: list[tuple[str, ...]] = []
    title: str | None = None
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            para = Paragraph(child, document)
            if title is None and para.style is not None and para.style.name in _TITLE_STYLES and para.text.strip():
                title = " ".join(para.text.split())
            paragraphs.append(tuple(para.text.split("\n")))
        elif child.tag == f"{_W}tbl":
            rows = Table(child, document).rows
            paragraphs.append(tuple(" | ".join(_cell_text(cell) for cell in _unique(row.cells)) for row in rows))
    return paragraphs, title


def _unique(cells: list[Any]) -> list[Any]:
    """A row's cells, a merged cell once (python-docx repeats it for each grid column it spans)."""
    seen: set[int] = set()
    out = []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out


def _cell_text(cell: Any) -> str:
    return " ".join(cell.text.split())
