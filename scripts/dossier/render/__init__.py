"""Render stage: Corpus -> the bytes of every generated file, keyed by path under docs/.

Nothing here touches the disk; the write stage does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from dossier.models import Corpus, Document, SiteInfo
from dossier.parallel import Workers
from dossier.render.catalog import catalog_files
from dossier.render.citation import citation
from dossier.render.entities import entity_outputs
from dossier.render.exports import catalog_exports
from dossier.render.feeds import feed_files
from dossier.render.listings import home_page, listing_page, sources_page
from dossier.render.page import PageLink, document_page
from dossier.render.quality import quality_page
from dossier.render.timeline import timeline_page

ARCHIVE = "archive"
Item = TypeVar("Item")


@dataclass(frozen=True)
class _Site:
    """What the render workers read, which they inherit (see dossier.parallel): the corpus, and
    every document's link (slug and title) by id and in listing order."""

    corpus: Corpus
    links: dict[str, PageLink]
    in_order: list[PageLink]
    info: SiteInfo


def document_path(doc: Document) -> str:
    """Where a document's page goes, under docs/."""
    return f"{ARCHIVE}/documents/{doc.slug}.md"


def _document_page(site: _Site, i: int) -> bytes:
    """The page of the ``i``-th document in listing order."""
    doc = site.corpus.documents[i]
    linked = (*(r.id for r in doc.related), *doc.versions)
    links = {other: site.links[other] for other in linked}
    return document_page(doc, *neighbours(site.in_order, i), links, site.info).encode("utf-8")


def _entity_outputs(site: _Site) -> dict[str, bytes]:
    return entity_outputs(site.corpus)


def _catalog_files(site: _Site) -> dict[str, bytes]:
    """The catalogs: JSON and CSV records, BibTeX and RIS citations, and the feeds."""
    cites = [citation(doc, site.info) for doc in site.corpus.documents]
    return {
        **catalog_files(site.corpus),
        **catalog_exports(cites),
        **feed_files(site.corpus, site.info),
    }


def neighbours(items: Sequence[Item], i: int) -> tuple[Item | None, Item | None]:
    """The items before and after position ``i``: a page's previous and next in listing order."""
    return (items[i - 1] if i > 0 else None, items[i + 1] if i + 1 < len(items) else None)


@dataclass(frozen=True)
class Rendered:
    """The generated files as rendering produces them: every path, known before the bytes, and
    the (path, bytes) of each, once, which the workers may still be rendering."""

    paths: tuple[str, ...]
    files: Iterator[tuple[str, bytes]]


@contextmanager
def rendering(
    corpus: Corpus, seed_bytes: dict[str, bytes], *, site_name: str, latest: int, site: SiteInfo | None = None
) -> Iterator[Rendered]:
    """Every generated file: pages, published originals, listings and catalogs, to be read from
    ``files`` inside the block.

    On a large corpus worker processes render the entity pages and the catalogs (the longer jobs,
    started first) and the document pages, while this process renders the listings and then
    takes the document pages as they come: the write stage writes each page while the workers
    render the next ones, and keeps none of them."""
    docs = corpus.documents
    links = {doc.id: PageLink(doc.slug, doc.title) for doc in docs}
    info = site or SiteInfo(name=site_name)
    shared = _Site(corpus, links, [links[doc.id] for doc in docs], info)
    with Workers(len(docs), shared=shared) as workers:
        entities = workers.submit_shared(_entity_outputs)
        catalogs = workers.submit_shared(_catalog_files)
        pages = workers.map_shared(_document_page, range(len(docs)))
        collection = {
            "index.md": home_page(corpus, site_name=site_name, latest=latest).encode("utf-8"),
            f"{ARCHIVE}/index.md": listing_page(corpus).encode("utf-8"),
            f"{ARCHIVE}/quality.md": quality_page(corpus).encode("utf-8"),
            f"{ARCHIVE}/sources.md": sources_page(corpus).encode("utf-8"),
            f"{ARCHIVE}/timeline.md": timeline_page(corpus).encode("utf-8"),
            **entities.result(),
            **catalogs.result(),
        }
        paths = (*collection, *(path for doc in docs for path in (document_path(doc), doc.original)))
        yield Rendered(paths, _files(collection, docs, pages, seed_bytes))


def _files(
    collection: dict[str, bytes], docs: Sequence[Document], pages: Iterator[bytes], seed_bytes: dict[str, bytes]
) -> Iterator[tuple[str, bytes]]:
    yield from collection.items()
    for doc, page in zip(docs, pages, strict=True):
        yield document_path(doc), page
        yield doc.original, seed_bytes[doc.seed]


def render_site(
    corpus: Corpus, seed_bytes: dict[str, bytes], *, site_name: str, latest: int, site: SiteInfo | None = None
) -> dict[str, bytes]:
    """Every generated file, by path under docs/ (``rendering``, all at once)."""
    with rendering(corpus, seed_bytes, site_name=site_name, latest=latest, site=site) as rendered:
        return dict(rendered.files)
