"""Which reader reads a seed, by its suffix, and what to tell a user about other file types.

Every reader gets the bytes the read stage read (never a path) and returns a ``Decoded``: the
document's text laid out as a plain-text seed, and what the file says about itself. The text of
every format then goes through the same extraction (furniture, dates, names).
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterable
from pathlib import PurePosixPath

from dossier.errors import SourceError
from dossier.models import Decoded, Source
from dossier.read.decode import decode

#: seed suffixes (lower case) and the format each is read as
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
#: formats whose files may be larger than ``max_seed_bytes`` (their text still may not)
CONTAINERS = frozenset({"html", "pdf", "docx"})

#: how to turn a file of another type into one Dossier reads
CONVERSIONS = {
    **dict.fromkeys((".doc", ".rtf", ".odt", ".wpd", ".pages", ".dot", ".dotx", ".docm"),
                    "convert to .docx: libreoffice --headless --convert-to docx FILE"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"),
                    "an image of text: make a searchable PDF with OCR, e.g. img2pdf FILE | ocrmypdf - out.pdf"),
    **dict.fromkeys((".mht", ".mhtml", ".webarchive"),
                    "open it in a browser and save it as 'Web page, HTML only' (.html)"),
    **dict.fromkeys((".md", ".markdown", ".text", ".csv", ".log"),
                    "rename it to .txt to publish it as plain text"),
    **dict.fromkeys((".epub", ".odp", ".ppt", ".pptx", ".xls", ".xlsx", ".ods"),
                    "export it to PDF (with LibreOffice: libreoffice --headless --convert-to pdf FILE)"),
}  # fmt: skip
GENERIC = "save it as .txt, .html, .pdf or .docx"


def format_of(seed: str) -> str | None:
    """The format a seed is read as, or None for a file type Dossier does not read."""
    return FORMATS.get(PurePosixPath(seed).suffix.lower())


def unsupported_reason(seed: str) -> str:
    """Why a file of another type is rejected, naming the types that are read."""
    suffix = PurePosixPath(seed).suffix or "(none)"
    return f"unsupported file type {suffix!r}: seeds are {', '.join(sorted(FORMATS))} files"


def conversion_hint(seed: str) -> str:
    """What to do with a file of a type Dossier does not read."""
    return CONVERSIONS.get(PurePosixPath(seed).suffix.lower(), GENERIC)


def read_document(source: Source, fallback_encodings: tuple[str, ...], max_text_bytes: int) -> Decoded:
    """Decode a seed of any supported format; SourceError with the reason when it cannot be."""
    kind = format_of(source.seed)
    if kind not in _READERS:
        return decode(source, fallback_encodings)
    try:
        decoded = _read(kind, source, fallback_encodings)
    finally:
        _collect_cycles()
    size = len(decoded.text.encode("utf-8", "surrogatepass"))
    if size > max_text_bytes:
        raise SourceError(
            source.seed, f"its text is {size:,} bytes, over the limit of {max_text_bytes:,} (max_seed_bytes)"
        )
    return decoded


def _read(kind: str, source: Source, fallback_encodings: tuple[str, ...]) -> Decoded:
    if kind == "html":
        from dossier.read.html import read_html

        return read_html(source, fallback_encodings)
    if kind == "pdf":
        from dossier.read.pdf import read_pdf

        return read_pdf(source)
    from dossier.read.docx import read_docx

    return read_docx(source)


def _collect_cycles() -> None:
    """Free the reference cycles a reader's library left behind (python-docx's package graph,
    pypdf's object tree), now that they are garbage. The build pauses Python's cycle collector
    while it extracts (see pipeline._cycle_collection_paused and dossier.parallel), and without
    this a Word file left about 5 MB behind: 1.5 GB for 300 files. A young-generation collection
    only looks at what was made since the last one: about 1 ms per Word file, 0.1 ms per PDF."""
    if not gc.isenabled():
        gc.collect(0)


#: the module of each format's reader, imported on first use
_READERS = {"html": "dossier.read.html", "pdf": "dossier.read.pdf", "docx": "dossier.read.docx"}
_LIBRARIES = {"html": ("trafilatura", "htmldate"), "pdf": ("pypdf",), "docx": ("docx",)}


def preload(seeds: Iterable[str]) -> None:
    """Import the readers (and their libraries, 1-2 s each) of the formats among ``seeds`` now,
    so that worker processes forked afterwards inherit them instead of each importing them."""
    kinds = {format_of(seed) for seed in seeds}
    for kind in sorted(k for k in kinds if k in _READERS):
        for module in (_READERS[kind], *_LIBRARIES[kind]):
            importlib.import_module(module)
