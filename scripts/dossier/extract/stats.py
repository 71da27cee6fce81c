"""Word count, reading time and the lead used as description."""

from __future__ import annotations

import math

from dossier.models import Paragraph

DESCRIPTION_CHARS = 300


def word_count(paragraphs: tuple[Paragraph, ...]) -> int:
    """Whitespace-separated words of the body."""
    return sum(len(line.split()) for para in paragraphs for line in para)


def reading_time(words: int, words_per_minute: int) -> int:
    """Minutes to read, rounded up; 0 only for an empty body."""
    return math.ceil(words / words_per_minute)


def describe(paragraphs: tuple[Paragraph, ...], limit: int = DESCRIPTION_CHARS) -> str:
    """The lead: the first paragraph with more than a few words, cut at a word boundary."""
    # a generator: the lead is almost always the first paragraph, so the others are never joined
    candidates = (" ".join(" ".join(line.split()) for line in para) for para in paragraphs)
    lead = next((c for c in candidates if len(c.split()) >= 8), "")
    if not lead and paragraphs:  # no paragraph has 8 words: the first one, whatever its length
        lead = " ".join(" ".join(line.split()) for line in paragraphs[0])
    if len(lead) <= limit:
        return lead
    cut = lead[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"
