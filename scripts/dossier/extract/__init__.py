"""Extract stage: fields of one document, from its text alone. One module per field family."""

from __future__ import annotations

import hashlib
import unicodedata

from dossier.extract.characters import clean_characters
from dossier.extract.stats import describe, reading_time, word_count
from dossier.extract.structure import split_document
from dossier.models import Decoded, Document


def document_id(seed: str) -> str:
    """A stable id from the seed's path: the same file always gets the same id."""
    key = unicodedata.normalize("NFC", seed).encode("utf-8")
    return hashlib.sha256(key).hexdigest()[:12]


def extract(decoded: Decoded, words_per_minute: int) -> Document:
    """Build a Document from decoded text (slug is assigned later, across the corpus)."""
    source = decoded.source
    cleaned = clean_characters(decoded.text)
    title, paragraphs, _ = split_document(source.seed, cleaned.text)
    words = word_count(paragraphs)
    notes: list[str] = []
    if cleaned.replaced:
        notes.append(f"{cleaned.replaced} control character(s) shown as visible symbols (␛, ␇, �...)")
    return Document(
        id=document_id(source.seed),
        seed=source.seed,
        sha256=source.sha256,
        encoding=decoded.encoding,
        title=title,
        paragraphs=paragraphs,
        words=words,
        reading_time=reading_time(words, words_per_minute),
        description=describe(paragraphs),
        notes=tuple(notes),
    )
