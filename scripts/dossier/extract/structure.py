"""Split a seed's text into its title and its paragraphs.

The first non-empty line is the title. Paragraphs are separated by blank lines; a text with no
blank line in its body (many scraped articles put one paragraph per line) gets one paragraph
per line. Lines inside a paragraph are kept as lines.

A first line longer than MAX_TITLE characters is not a headline (scraped text often starts with
the lead paragraph): the title is then its first words, cut at a word and marked with "…", and
the whole line stays in the body as its first paragraph, so no text is lost.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dossier.errors import SourceError
from dossier.models import Paragraph

_BLANK = re.compile(r"\n[ \t]*\n")


MAX_TITLE = 200


#: what ends a sentence, before any closing quotation mark or bracket
_SENTENCE_ENDS = frozenset(".!?…")
_CLOSING = "\"”’'»)"


def ends_as_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does: a full stop, a question or exclamation mark or an
    ellipsis, then at most closing quotation marks and brackets ("... said.”", "(... ends.)")."""
    return line.rstrip(_CLOSING)[-1:] in _SENTENCE_ENDS


def shorten(line: str, limit: int) -> str:
    """``line`` cut at the last word boundary within ``limit`` characters, with "…" appended."""
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") or line[:limit]
    return cut + "…"


class Split(NamedTuple):
    """A document's title and paragraphs; ``shortened`` when the title is a cut first line;
    ``glued`` when the title's line runs straight into the next one, with no blank line between
    (the first lines of a page saved as text, where a headline is usually set apart)."""

    title: str
    paragraphs: tuple[Paragraph, ...]
    shortened: bool = False
    glued: bool = False


def split_document(seed: str, text: str) -> Split:
    """Return the title and paragraphs of text already through the character policy.

    Raises SourceError for a file with no text at all. Lines are split on LF only.
    """
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        raise SourceError(seed, "is empty: it has no text, not even a title line")
    first = lines[start].strip()
    shortened = len(first) > MAX_TITLE
    if shortened:
        start -= 1  # keep the over-long line in the body
    body = "\n".join(lines[start + 1 :]).strip("\n")
    glued = not shortened and start + 1 < len(lines) and bool(lines[start + 1].strip())
    return Split(shorten(first, MAX_TITLE), split_paragraphs(body), shortened, glued)


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Group body lines into paragraphs, trailing whitespace of each line removed."""
    if not body.strip():
        return ()
    if _BLANK.search(body):
        # blank lines separate paragraphs
        blocks = _BLANK.split(body)
        return tuple(
            tuple(line.rstrip() for line in block.split("\n") if line.strip()) for block in blocks if block.strip()
        )
    return tuple((line.rstrip(),) for line in body.split("\n") if line.strip())
