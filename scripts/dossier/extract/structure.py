"""Split a seed's text into its title and its paragraphs.

The first non-empty line is the title. Paragraphs are separated by blank lines; a text with no
blank line in its body (many scraped articles put one paragraph per line) gets one paragraph
per line. Lines inside a paragraph are kept as lines.
"""

from __future__ import annotations

import re

from dossier.errors import SourceError
from dossier.models import Paragraph

_BLANK = re.compile(r"\n[ \t]*\n")


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF; a leading BOM left by odd encoders is dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


def split_document(seed: str, text: str) -> tuple[str, tuple[Paragraph, ...]]:
    """Return (title, paragraphs); raise SourceError for a file with no text at all."""
    lines = normalise_newlines(text).split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        raise SourceError(seed, "is empty: it has no text, not even a title line")
    title = lines[start].strip()
    body = "\n".join(lines[start + 1 :]).strip("\n")
    return title, split_paragraphs(body)


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Group body lines into paragraphs, trailing whitespace of each line removed."""
    if not body.strip():
        return ()
    if _BLANK.search(body):
        blocks = _BLANK.split(body)
        return tuple(
            tuple(line.rstrip() for line in block.split("\n") if line.strip()) for block in blocks if block.strip()
        )
    return tuple((line.rstrip(),) for line in body.split("\n") if line.strip())
