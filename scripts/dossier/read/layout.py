"""Lay out a document read from another format as a plain-text seed, so that every format goes
through the same extraction: the title on the first line, then paragraphs separated by blank
lines, the lines of a paragraph kept as lines.

Whitespace inside a line is collapsed (markup and PDF layout put it there, not the author), and
a body paragraph that repeats the title (a web page's ``<h1>``, a Word file's Title paragraph)
is dropped, since the title is shown above the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_SPACE = re.compile(r"[^\S\n\u2028\u2029]+")


def clean_line(line: str) -> str:
    """``line`` with runs of spaces and tabs collapsed to one space, trimmed."""
    return _SPACE.sub(" ", line).strip()


def same_line(a: str, b: str) -> bool:
    """The same line but for spacing and letter case (a page's headline and its title)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def seed_text(title: str | None, paragraphs: Iterable[Sequence[str]]) -> str:
    """The text of a seed with this title and these paragraphs (each a sequence of lines).
    Without a title, the first line of the text is the title, as in a plain-text seed."""
    blocks = [[clean_line(line) for line in para] for para in paragraphs]
    blocks = [[line for line in block if line] for block in blocks]
    blocks = [block for block in blocks if block]
    heading = clean_line(title) if title else ""
    if heading and blocks and same_line(" ".join(blocks[0]), heading):
        blocks = blocks[1:]
    text = "\n\n".join("\n".join(block) for block in blocks)
    return f"{heading}\n\n{text}" if heading else text
