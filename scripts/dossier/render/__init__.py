"""Render stage: Corpus -> the bytes of every generated file, keyed by path under docs/.

Nothing here touches the disk; the write stage does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from dossier.models import Corpus, Document, SiteInfo
from dossier.parallel import Workers
from dossier.render.catalog import catalog_files
from dossier.render.citation import citation
from dossier.render.entities import entity_outputs
from dossier.render.exports import catalog_exports
from dossier.render.feeds import feed_files
from dossier.render.listings import home_page, listed_at, listing_pages
from dossier.render.page import PageLink, document_page
from dossier.render.quality import quality_pages
from dossier.render.sources import sources_pages
from dossier.render.timeline import timeline_pages

if TYPE_CHECKING:
    from dossier.search import Indexing, Spellings

ARCHIVE = "archive"
DOCUMENTS_FOLDER = f"{ARCHIVE}/documents/"  # each document's page in a folder of its own here
Item = TypeVar("Item")


@dataclass(frozen=True)
class _Site:
    """What the render workers read, which they inherit (see dossier.parallel): the corpus, and
    every document's link (slug and title) by id and in listing order."""

    corpus: Corpus
    links: dict[str, PageLink]
    in_order: list[PageLink]
    listed: list[tuple[str, str]]  # where each document is listed in "All documents"
    info: SiteInfo


def document_path(doc: Document) -> str:
    """Where a document's page goes, under docs/: an ``index.md`` in a folder of its own, so that
    the page's source sits where its address does. MkDocs leaves links in raw HTML alone, but
    Zensical rewrites them as if relative to the source file; with the file at
    ``archive/documents/<slug>/index.md`` both readings of ``../../originals/...`` agree."""
    return f"{DOCUMENTS_FOLDER}{doc.slug}/index.md"


def _document_page(site: _Site, i: int) -> bytes:
    """The page of the ``i``-th document in listing order."""
    doc = site.corpus.documents[i]
    linked = (*(r.id for r in doc.related), *doc.versions)
    links = {other: site.links[other] for other in linked}
    page = document_page(doc, *neighbours(site.in_order, i), links, site.listed[i], site.info)
    return page.encode("utf-8")


def _entity_outputs(site: _Site) -> dict[str, bytes]:
    return entity_outputs(site.corpus)


def _catalog_files(site: _Site) -> dict[str, bytes]:
    """The catalogs: JSON and CSV records, BibTeX and RIS citations."""
    cites = [citation(doc, site.info) for doc in site.corpus.documents]
    return {**catalog_files(site.corpus), **catalog_exports(cites)}


def listings(corpus: Corpus, rows: int) -> dict[str, bytes]:
    """The listing pages ("All documents", sources, timeline, data quality), each cut into pages
    of at most ``rows`` rows, by path under docs/."""
    pages = {
        **listing_pages(corpus, rows),
        **sources_pages(corpus, rows),
        **timeline_pages(corpus, rows),
        **quality_pages(corpus, rows),
    }
    return {path: page.encode("utf-8") for path, page in pages.items()}


def neighbours(items: Sequence[Item], i: int) -> tuple[Item | None, Item | None]:
    """The items before and after position ``i``: a page's previous and next in listing order."""
    return (items[i - 1] if i > 0 else None, items[i + 1] if i + 1 < len(items) else None)


@dataclass(frozen=True)
class Rendered:
    """The generated files as rendering produces them: every path, known before the bytes, and
    the (path, bytes) of each, once, which the workers may still be rendering."""

    paths: tuple[str, ...]
    files: Iterator[tuple[str, bytes]]
    #: the result of ``rendering``'s ``beside`` job (None without one), waited for if need be
    beside: Callable[[], object] = lambda: None


@contextmanager
def rendering(
    corpus: Corpus,
    seed_bytes: dict[str, bytes],
    *,
    site: SiteInfo,
    latest: int,
    rows: int,
    spellings: Spellings | None = None,
    part_size: int | None = None,
    indexing: Mapping[str, Indexing] | None = None,
    beside: Callable[[], object] | None = None,
) -> Iterator[Rendered]:
    """Every generated file: pages, published originals, listings and catalogs, to be read from
    ``files`` inside the block. ``beside``: one more job that reads the whole corpus (the build
    cache's bytes), run in the process apart after the others; its result is ``Rendered.beside``.

    On a large corpus this process renders the listings and the feeds while a process of its own
    renders the entity pages and the catalogs (the corpus-wide jobs, one after the other) and
    worker processes the document pages. The write stage writes these files first, then takes
    the document pages as the workers render them, a few chunks ahead of it (see
    ``Workers.map_shared``): it writes each page and keeps none. The corpus-wide jobs read every
    document, which copies most of the corpus's memory pages into the process that runs them (see
    dossier.parallel); that process ends, and gives its memory back, once it has sent its files,
    while the page workers, which live until the last page, read only their own documents. The
    feeds are rendered here because this process would otherwise wait for the jobs apart (at
    20,000 documents they take 10 s one after the other, the listings 6 s).

    The search index (see dossier.search) is built by Pagefind, in processes of its own, which
    need about 220 KB per document they index at once. ``indexing``: the Pagefind runs the build
    started as soon as it knew the listing order (search.start_early), taken here once they are
    done; a corpus larger than one part is indexed here instead, part after part and before the
    workers start, so that Pagefind's memory never adds to theirs."""
    from dossier.search import PART_SIZE, search_files  # here: the search stage uses render's helpers

    docs = corpus.documents
    links = {doc.id: PageLink(doc.slug, doc.title) for doc in docs}
    shared = _Site(corpus, links, [links[doc.id] for doc in docs], listed_at(docs, rows), site)
    part_size = part_size or PART_SIZE
    indexed = search_files(corpus, spellings, part_size, indexing) if len(docs) > part_size else None
    apart: tuple[Callable[[_Site], object], ...] = (_entity_outputs, _catalog_files)
    if beside is not None:
        apart += (partial(_beside, beside),)
    with Workers(len(docs), shared=shared, apart=apart) as workers:
        pages = workers.map_shared(_document_page, range(len(docs)), paced=True)  # forks the workers, if any
        home = home_page(corpus, site_name=site.name, latest=latest).encode("utf-8")
        listed = listings(corpus, rows)
        feeds = feed_files(corpus, site)  # here: see above
        if indexed is None:  # the search's tables, then Pagefind's files once it is done
            indexed = search_files(corpus, spellings, part_size, indexing)
        entities = workers.apart_result()
        catalogs = workers.apart_result()
        collection = {"index.md": home, **listed, **feeds, **entities, **catalogs, **indexed}
        # The collection alone holds these files now (at 20,000 documents, 270 MB of search
        # index, names data, catalogs, feeds and listings); _files lets each go once written.
        del indexed, listed, feeds, entities, catalogs
        paths = (*collection, *(path for doc in docs for path in (document_path(doc), doc.original)))
        taken = workers.apart_result if beside is not None else (lambda: None)
        yield Rendered(paths, _files(collection, docs, pages, seed_bytes), taken)


def _beside(job: Callable[[], object], site: _Site) -> object:
    return job()


def _files(
    collection: dict[str, bytes], docs: Sequence[Document], pages: Iterator[bytes], seed_bytes: dict[str, bytes]
) -> Iterator[tuple[str, bytes]]:
    while collection:  # popitem: written files are not kept until the last page is rendered
        yield collection.popitem()
    for doc, page in zip(docs, pages, strict=True):
        yield document_path(doc), page
        yield doc.original, seed_bytes[doc.seed]


def render_site(
    corpus: Corpus,
    seed_bytes: dict[str, bytes],
    *,
    site: SiteInfo,
    latest: int,
    rows: int,
    spellings: Spellings | None = None,
) -> dict[str, bytes]:
    """Every generated file, by path under docs/ (``rendering``, all at once)."""
    with rendering(corpus, seed_bytes, site=site, latest=latest, rows=rows, spellings=spellings) as rendered:
        return dict(rendered.files)
