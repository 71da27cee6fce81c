"""Enrich stage: the only stage that sees the whole corpus (slugs, order; later entities, related)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.enrich.entities.registry import Registry
from dossier.enrich.slugs import assign_slugs
from dossier.models import Corpus, Document, Rejected

if TYPE_CHECKING:
    from dossier.enrich.crossref import CrossReferenced


def listing_order(documents: list[Document]) -> list[Document]:
    """The order of the "All documents" listing and of previous/next links: by date, oldest first
    (a month sorts before its days), then undated documents; ties by title, then seed path."""
    return sorted(
        documents,
        key=lambda d: (d.meta.date is None, d.meta.date.value if d.meta.date else "", d.title.casefold(), d.seed),
    )


def unique_ids(documents: list[Document]) -> tuple[list[Document], list[Rejected]]:
    """Two seed paths that are equal after Unicode normalisation (``café.txt`` typed on macOS
    and on Linux) would share an id and a URL: the first in path order is kept, the others are
    rejected with the name of the file they clash with."""
    kept: dict[str, Document] = {}
    clashes: list[Rejected] = []
    for doc in sorted(documents, key=lambda d: d.seed):
        if doc.id in kept:
            other = kept[doc.id].seed
            clashes.append(Rejected(doc.seed, f"has the same name as {other!r} after Unicode normalisation (NFC)"))
        else:
            kept[doc.id] = doc
    return list(kept.values()), clashes


def load_cross_reference() -> Callable[[list[Document], Registry], CrossReferenced]:
    """The cross-referencing step, imported on first use: it brings numpy and scipy (0.3 s to
    import), the gazetteer (0.8 s to read) and the Russian analyser (0.1 s), which a build that
    finds nothing changed, or the serve preview, never needs. The pipeline calls this while the
    extraction workers run, so the loading does not wait its turn after them."""
    from dossier.enrich.crossref import cross_reference
    from dossier.enrich.entities.gazetteer import load_gazetteer
    from dossier.enrich.entities.morphology import analyser

    # Loaded once, here, in this process: the workers that cross_reference forks inherit them.
    load_gazetteer()
    analyser()
    return cross_reference


def enrich(
    documents: list[Document],
    rejected: list[Rejected],
    curation_problems: list[str] | None = None,
    registry: Registry | None = None,
    ordered_meanwhile: Callable[[list[Document]], object] = lambda ordered: None,
) -> Corpus:
    """Give every document a unique slug, put the corpus in listing order, and cross-reference
    it: entities (with the curated registry), related documents, other versions.
    ``ordered_meanwhile`` is called with the documents in listing order, slugs given, before
    cross-referencing: the pipeline starts the search index there (see search.start_early)."""
    documents, clashes = unique_ids(documents)
    rejected = rejected + clashes
    slugs = assign_slugs({d.id: d.title for d in documents})
    ordered = listing_order([replace(d, slug=slugs[d.id]) for d in documents])
    ordered_meanwhile(ordered)
    registry = registry or Registry()
    crossed = load_cross_reference()(ordered, registry)
    return Corpus(
        documents=tuple(crossed.documents),
        rejected=tuple(sorted(rejected, key=lambda r: r.seed)),
        curation_problems=tuple(curation_problems or ()) + registry.problems,
        entities=crossed.entities,
        duplicates=crossed.duplicates,
    )
