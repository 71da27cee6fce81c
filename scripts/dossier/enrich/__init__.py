"""Enrich stage: the only stage that sees the whole corpus (slugs, order; later entities, related)."""

from __future__ import annotations

from dataclasses import replace

from dossier.enrich.slugs import assign_slugs
from dossier.models import Corpus, Document, Rejected


def listing_order(documents: list[Document]) -> list[Document]:
    """The order of the "All documents" listing and of previous/next links."""
    return sorted(documents, key=lambda d: (d.title.casefold(), d.seed))


def enrich(documents: list[Document], rejected: list[Rejected]) -> Corpus:
    """Give every document a unique slug and put the corpus in listing order."""
    slugs = assign_slugs({d.id: d.title for d in documents})
    ordered = listing_order([replace(d, slug=slugs[d.id]) for d in documents])
    return Corpus(documents=tuple(ordered), rejected=tuple(sorted(rejected, key=lambda r: r.seed)))
