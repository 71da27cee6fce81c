"""Short context around a mention, for entity pages: "…talks with his British counterpart Liz
Truss that Russian-British relations…".

The window is about ``width`` characters, centred on the mention, cut at word boundaries and
marked with "…" where text was left out; runs of whitespace (line breaks included) become one
space. The parts are returned separately so that a page can escape them and emphasise the
mention.
"""

from __future__ import annotations

from dossier.enrich.entities.aliases import single_spaced
from dossier.enrich.entities.model import Mention, unit_text
from dossier.models import Paragraph

ELLIPSIS = "…"


def snippet_parts(text: str, start: int, end: int, width: int = 80) -> tuple[str, str, str]:
    """The text before the mention, the mention, and the text after, trimmed to about ``width``."""
    mention = single_spaced(text[start:end]).strip()
    room = max(width - len(mention), 0)
    before = single_spaced(text[max(0, start - 2 * width) : start]).lstrip() if start else ""
    after = single_spaced(text[end : end + 2 * width]).rstrip()
    cut_before = start > 2 * width
    cut_after = end + 2 * width < len(text)
    left = min(len(before), max(room // 2, room - len(after)))
    right = room - left
    if len(before) > left or cut_before:
        kept = before[len(before) - left :] if left else ""
        if left and before[len(before) - left - 1 : len(before) - left] not in (" ", ""):
            kept = kept.partition(" ")[2]  # drop the cut word
        before = ELLIPSIS + kept.lstrip()
    if len(after) > right or cut_after:
        kept = after[:right]
        if after[right : right + 1] not in (" ", ""):
            kept = kept.rpartition(" ")[0]
        after = kept.rstrip() + ELLIPSIS
    return before, mention, after


def snippet(text: str, start: int, end: int, width: int = 80) -> str:
    """``text[start:end]`` with about ``width`` characters of context, cut at words, with "…"."""
    return "".join(snippet_parts(text, start, end, width))


def mention_snippet(title: str, paragraphs: tuple[Paragraph, ...], mention: Mention, width: int = 80) -> str:
    """The snippet of a mention in its document (title or paragraph)."""
    return snippet(unit_text(title, paragraphs, mention.paragraph), mention.start, mention.end, width)
