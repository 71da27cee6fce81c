"""Extract stage: fields of one document, from its text alone. One module per field family."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from functools import partial

from dossier.curation import Correction
from dossier.errors import SourceError
from dossier.extract.characters import clean_characters
from dossier.extract.metadata import extract_metadata, split_furniture
from dossier.extract.page_head import page_start
from dossier.extract.stats import describe, reading_time, word_count
from dossier.extract.structure import split_document
from dossier.models import Decoded, Document, Rejected, RemovedLine, Source
from dossier.parallel import Workers
from dossier.read.formats import preload, read_document

#: default limit on a document's text, as ``Settings.max_seed_bytes``
MAX_TEXT_BYTES = 2_000_000


def document_id(seed: str) -> str:
    """A stable id from the seed's path: the same file always gets the same id."""
    key = unicodedata.normalize("NFC", seed).encode("utf-8")
    return hashlib.sha256(key).hexdigest()[:12]


def extract(decoded: Decoded, words_per_minute: int, correction: Correction | None = None) -> Document:
    """Build a Document from decoded text and its curator correction (slug is assigned later)."""
    source = decoded.source
    correction = correction or Correction()
    cleaned = clean_characters(decoded.text)
    split = split_document(source.seed, cleaned.text)
    # a page saved as text opens with its chrome: the headline after it is the title
    kept = frozenset(line.strip() for line in correction.keep)
    title, all_paragraphs, lead = page_start(split.title, split.paragraphs, split.glued, kept)
    paragraphs, removed = split_furniture(title, all_paragraphs, correction)
    removed = tuple(RemovedLine(line, rule) for line, rule in lead) + removed
    meta = extract_metadata(title, paragraphs, removed, correction, decoded.file_meta)
    words = word_count(paragraphs)
    notes: list[str] = list(decoded.notes)
    if cleaned.replaced:
        notes.append(f"{cleaned.replaced} control character(s) shown as visible symbols (␛, ␇, �...)")
    return Document(
        id=document_id(source.seed),
        seed=source.seed,
        sha256=source.sha256,
        encoding=decoded.encoding,
        title=correction.title or title,
        paragraphs=paragraphs,
        words=words,
        reading_time=reading_time(words, words_per_minute),
        description=correction.description or describe(paragraphs),
        notes=tuple(notes),
        meta=meta,
        format=decoded.format,
    )


def extract_source(
    fallback_encodings: tuple[str, ...],
    words_per_minute: int,
    job: tuple[Source, Correction | None],
    max_text_bytes: int = MAX_TEXT_BYTES,
) -> Document | Rejected:
    """Read (any format), decode and extract one seed, or say why it cannot be published. The
    settings come first so that ``functools.partial`` can bind them for ``extract_sources``."""
    source, correction = job
    try:
        return extract(read_document(source, fallback_encodings, max_text_bytes), words_per_minute, correction)
    except SourceError as exc:
        return Rejected(exc.seed, exc.reason)


def extract_sources(
    jobs: Sequence[tuple[Source, Correction | None]],
    fallback_encodings: tuple[str, ...],
    words_per_minute: int,
    meanwhile: Callable[[], object] = lambda: None,
    max_text_bytes: int = MAX_TEXT_BYTES,
    tick: Callable[[], object] = lambda: None,
) -> list[Document | Rejected]:
    """``extract_source`` for every (seed, correction) pair, in order; a large batch is shared out
    over worker processes (dossier.parallel), which gives the same results. ``meanwhile`` is
    called in this process while the workers extract (before extracting, without workers);
    ``tick`` once per result as it arrives (the build's progress)."""
    work = partial(extract_source, fallback_encodings, words_per_minute, max_text_bytes=max_text_bytes)
    preload(source.seed for source, _ in jobs)
    with Workers(len(jobs)) as workers:
        extracted = workers.map_in_background(work, jobs)
        meanwhile()
        results = []
        for result in extracted:
            results.append(result)
            tick()
        return results
