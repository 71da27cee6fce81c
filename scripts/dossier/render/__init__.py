"""Render stage: Corpus -> the bytes of every generated file, keyed by path under docs/.

Nothing here touches the disk; the write stage does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from dossier.models import Corpus, Document
from dossier.parallel import Workers
from dossier.render.catalog import catalog_files
from dossier.render.entities import entity_outputs
from dossier.render.listings import home_page, listing_page, sources_page
from dossier.render.page import PageLink, document_page
from dossier.render.quality import quality_page
from dossier.render.timeline import timeline_page

ARCHIVE = "archive"
Item = TypeVar("Item")

#: a document page to render: the document, the previous and the next one in listing order, and
#: the documents it links to (related documents, other versions) by id
PageJob = tuple[Document, PageLink | None, PageLink | None, dict[str, PageLink]]


def document_path(doc: Document) -> str:
    """Where a document's page goes, under docs/."""
    return f"{ARCHIVE}/documents/{doc.slug}.md"


def _document_page(job: PageJob) -> bytes:
    return document_page(*job).encode("utf-8")


def neighbours(items: Sequence[Item], i: int) -> tuple[Item | None, Item | None]:
    """The items before and after position ``i``: a page's previous and next in listing order."""
    return (items[i - 1] if i > 0 else None, items[i + 1] if i + 1 < len(items) else None)


def _page_jobs(docs: Sequence[Document], links: dict[str, PageLink]) -> list[PageJob]:
    """Each page with only the links it needs, so that a worker is sent just those."""
    in_order = [links[doc.id] for doc in docs]
    jobs: list[PageJob] = []
    for i, doc in enumerate(docs):
        linked = (*(r.id for r in doc.related), *doc.versions)
        jobs.append((doc, *neighbours(in_order, i), {other: links[other] for other in linked}))
    return jobs


def render_site(corpus: Corpus, seed_bytes: dict[str, bytes], *, site_name: str, latest: int) -> dict[str, bytes]:
    """Every generated file: pages, published originals, listings and catalogs.

    Document pages depend on their document and the slugs and titles of those they link to, so
    on a large corpus worker processes render them while this process renders the rest."""
    out: dict[str, bytes] = {}
    docs = corpus.documents
    links = {doc.id: PageLink(doc.slug, doc.title) for doc in docs}
    with Workers(len(docs)) as workers:
        pages = workers.map_in_background(_document_page, _page_jobs(docs, links))
        _collection_outputs(out, corpus, site_name=site_name, latest=latest)
        for doc, page in zip(docs, pages, strict=True):
            out[document_path(doc)] = page
            out[doc.original] = seed_bytes[doc.seed]
    return out


def _collection_outputs(out: dict[str, bytes], corpus: Corpus, *, site_name: str, latest: int) -> None:
    """The pages and files about the whole collection, added to ``out``."""
    out["index.md"] = home_page(corpus, site_name=site_name, latest=latest).encode("utf-8")
    out[f"{ARCHIVE}/index.md"] = listing_page(corpus).encode("utf-8")
    out[f"{ARCHIVE}/quality.md"] = quality_page(corpus).encode("utf-8")
    out[f"{ARCHIVE}/sources.md"] = sources_page(corpus).encode("utf-8")
    out[f"{ARCHIVE}/timeline.md"] = timeline_page(corpus).encode("utf-8")
    out.update(entity_outputs(corpus))
    out.update(catalog_files(corpus))
