"""Listings cut into pages: every document on exactly one page of each listing, in order, pages
linked in a chain, links that resolve, small sources grouped, and pages that stay small at 20,000
documents (rendered here without MkDocs; tests/browser covers the built site)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest

from dossier.models import Corpus, DateValue, Document, EntityRef, Metadata, Rejected
from dossier.render import listings
from dossier.render.listings import listed_at
from dossier.render.paging import chunked, relative
from dossier.render.sources import OWN_PAGE, source_slugs
from dossier.write.output import read_manifest
from tests.helpers import RENDERERS, make_project, run_dossier

ROWS = 7
PEOPLE = [EntityRef(f"person-{i}", f"Person Number {i}", "person") for i in range(3000)]
DATES = [None, "2004", "2004-03", "2004-03-05", "2004-03-09", "2004-11-30", "2006-01-01", "2006-01", "2006-07-14"]


def _doc(n: int, date: str | None, source: str | None = None, names: int = 2, title: str = "") -> Document:
    precision = {4: "year", 7: "month", 10: "day"}
    meta = Metadata(
        date=DateValue(date, precision[len(date)], "dateline") if date else None,
        source_name=source,
        removed=(),
    )
    entities = tuple(PEOPLE[(n + i) % len(PEOPLE)] for i in range(names))
    return Document(
        id=f"{n:012x}",
        seed=f"s/{n:05d}.txt",
        sha256="0" * 64,
        encoding="utf-8",
        title=title or f"Document {n:05d}",
        paragraphs=(("text",),),
        words=10,
        reading_time=1,
        description="",
        slug=f"document-{n:05d}",
        meta=meta,
        entities=entities,
    )


def _corpus(count: int = 60) -> Corpus:
    """Documents over three years (day, month and year precision, undated), from a big source
    (more than OWN_PAGE documents), small ones, and none; in listing order, as enrich leaves it."""
    docs = []
    for n in range(count):
        source = "Big Wire" if n % 2 else (None if n % 3 else f"Small {n % 4}")
        docs.append(_doc(n, DATES[n % len(DATES)], source))
    docs.sort(key=lambda d: (d.meta.date is None, d.meta.date.value if d.meta.date else "", d.title.casefold()))
    return Corpus(tuple(docs), rejected=tuple(Rejected(f"bad/{i}.pdf", "unsupported file type") for i in range(30)))


def _pages(corpus: Corpus, rows: int = ROWS) -> dict[str, str]:
    """Listing pages by address (folder under the site root)."""
    return {path.removesuffix("index.md"): data.decode("utf-8") for path, data in listings(corpus, rows).items()}


def _links(url: str, page: str) -> list[str]:
    """Every link of a page, as an address under the site root (with its #fragment)."""
    found = []
    for href in re.findall(r'href="([^"]*)"', page):
        target, _, fragment = unescape(href).partition("#")
        path = posixpath.normpath(posixpath.join(url, target)) + "/" if target else url
        found.append(path.removeprefix("./") + (f"#{fragment}" if fragment else ""))
    return found


def _documents_on(page: str) -> list[str]:
    """Slugs of the documents a page links, in order (the breadcrumb and pager link none)."""
    return re.findall(r'href="[^"]*documents/([^/"]+)/"', page)


def _walk(pages: dict[str, str], start: str) -> list[str]:
    """The addresses met following rel=next links from ``start``."""
    walked = [start]
    while found := re.search(r'<a href="([^"]+)" rel="next">', pages[walked[-1]]):
        walked.append(_links(walked[-1], f'href="{found.group(1)}"')[0])
        assert len(walked) <= len(pages), "the next links go round in a circle"
    return walked


@pytest.mark.parametrize(
    ("base", "first"),
    [("archive/", "archive/2004/month-unknown/"), ("archive/timeline/", "archive/timeline/2004/month-unknown/")],
)
def test_dated_listings_list_every_document_once_in_listing_order_over_linked_pages(base: str, first: str) -> None:
    corpus = _corpus()
    pages = _pages(corpus)
    walked = _walk(pages, first)
    listed = [slug for url in walked for slug in _documents_on(pages[url])]
    assert listed == [doc.slug for doc in corpus.documents]
    assert all(url.startswith(base) for url in walked)
    # back again by the previous links
    for later, earlier in zip(walked[1:], walked, strict=False):
        back = re.search(r'<a href="([^"]+)" rel="prev">', pages[later])
        assert back and _links(later, f'href="{back.group(1)}"')[0] == earlier
    # a month of more than ROWS documents goes on over numbered pages
    march = [url for url in walked if url.startswith(f"{base}2004/03/")]
    count = -(-sum(1 for doc in corpus.documents if (doc.meta.date and doc.meta.date.value[:7]) == "2004-03") // ROWS)
    assert count > 1 and march == [f"{base}2004/03/", *(f"{base}2004/03/{n}/" for n in range(2, count + 1))]
    assert f"page 2 of {count}" in pages[march[1]]


def test_no_listing_page_has_more_rows_than_allowed_and_small_listings_show_everything() -> None:
    corpus = _corpus()
    pages = _pages(corpus)
    for url, page in pages.items():
        if url not in ("archive/", "archive/timeline/", "archive/sources/", "archive/quality/"):
            assert len(set(_documents_on(page))) <= ROWS * 2, url  # quality lists of versions link pairs
    # sixty documents do not fit on a page of seven: the indexes list months, not documents
    assert _documents_on(pages["archive/"]) == [] and _documents_on(pages["archive/timeline/"]) == []
    few = _pages(Corpus(corpus.documents[:ROWS]))
    assert len(_documents_on(few["archive/"])) == ROWS and len(_documents_on(few["archive/timeline/"])) == ROWS


def test_every_link_of_every_listing_page_leads_to_a_page_that_exists() -> None:
    corpus = _corpus()
    pages = _pages(corpus)
    documents = {doc.url for doc in corpus.documents}
    for url, page in pages.items():
        for link in _links(url, page):
            target, _, fragment = link.partition("#")
            if target.startswith("archive/people/"):
                continue  # the names pages (render/entities.py)
            assert target in pages or target in documents, f"{url} -> {link}"
            if fragment and target in pages:
                assert f'id="{fragment}"' in pages[target], f"{url} -> {link}"


def test_year_pages_link_their_months_and_each_other() -> None:
    pages = _pages(_corpus())
    year = pages["archive/2004/"]
    assert [link for link in _links("archive/2004/", year) if link.startswith("archive/2004/")] == [
        "archive/2004/month-unknown/", "archive/2004/03/", "archive/2004/11/",
    ]  # fmt: skip
    assert '<a href="../2006/" rel="next">2006</a>' in year
    assert '<a href="../2004/" rel="prev">2004</a>' in pages["archive/2006/"]


def test_sources_big_ones_have_pages_small_ones_share_pages_unknown_apart() -> None:
    corpus = _corpus()
    pages = _pages(corpus)
    index = pages["archive/sources/"]
    assert "archive/sources/big-wire/" in _links("archive/sources/", index)
    big = [doc.slug for doc in corpus.documents if doc.meta.source_name == "Big Wire"]
    assert len(big) >= OWN_PAGE
    walked = [url for url in _walk(pages, "archive/sources/big-wire/") if url.startswith("archive/sources/big-wire/")]
    assert len(walked) == -(-len(big) // ROWS)
    assert [slug for url in walked for slug in _documents_on(pages[url])] == big
    # small sources: a heading each on the pages of "other", never split over two pages
    small = sorted({name for doc in corpus.documents if (name := doc.meta.source_name) and name != "Big Wire"})
    headed = [url for url in pages if url.startswith("archive/sources/other/")]
    for name in small:
        holding = [url for url in headed if f">{name} (" in pages[url]]
        assert len(holding) == 1, name
        assert f"{holding[0]}#{source_slugs([name])[name]}" in _links("archive/sources/", index)
    unknown = [
        slug for url in pages if url.startswith("archive/sources/unknown/") for slug in _documents_on(pages[url])
    ]
    assert sorted(unknown) == sorted(doc.slug for doc in corpus.documents if doc.meta.source_name is None)


def test_source_slugs_are_unique_readable_and_never_a_reserved_word_or_a_page_number() -> None:
    slugs = source_slugs(["Reuters", "REUTERS", "reuters!", "Other", "Unknown", "2", "Тасс", "???"])
    assert slugs == {
        "Reuters": "reuters", "REUTERS": "reuters-2", "reuters!": "reuters-3", "Other": "source-other",
        "Unknown": "source-unknown", "2": "source-2", "Тасс": "tass", "???": "source",
    }  # fmt: skip


def test_data_quality_sums_up_each_list_and_pages_it_whole() -> None:
    corpus = _corpus()
    pages = _pages(corpus)
    summary = pages["archive/quality/"]
    assert "Rejected files (30)" in summary and summary.count("<code>bad/") == 20  # the first 20
    listed = [
        code
        for url in pages
        if url.startswith("archive/quality/rejected/")
        for code in re.findall(r"<code>(bad/[^<]+)</code>", pages[url])
    ]
    assert sorted(listed) == sorted(r.seed for r in corpus.rejected)
    assert "archive/quality/rejected/5/" in pages and "archive/quality/rejected/6/" not in pages
    # every list has its pages, empty ones too, and they are chained
    for name in ("rejected", "warnings", "curation", "undated", "unsourced", "versions", "furniture"):
        assert f"archive/quality/{name}/" in pages, name
    assert len(_walk(pages, "archive/quality/rejected/")) == len(
        [u for u in pages if u.startswith("archive/quality/") and u != "archive/quality/"]
    )


def test_each_document_page_names_the_page_that_lists_it() -> None:
    corpus = _corpus()
    pages = _pages(corpus)
    for doc, (url, label) in zip(corpus.documents, listed_at(corpus.documents, ROWS), strict=True):
        assert doc.slug in _documents_on(pages[url]), (doc.slug, url)
        assert label.startswith("All documents: ")


def test_seed_text_in_listings_is_escaped() -> None:
    evil = '<script>alert(1)</script> & "quoted"'
    docs = tuple(_doc(n, "2020-01-02" if n % 2 else None, evil, title=evil) for n in range(OWN_PAGE))
    pages = _pages(Corpus(docs, rejected=(Rejected(evil, evil),)), rows=3)
    for url, page in pages.items():
        body = page.split("\n---\n", 1)[1]
        assert "<script>" not in body, url
    assert 'data-dossier-value="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"' in "".join(
        pages.values()
    )


def test_chunks_keep_weighted_items_whole() -> None:
    assert chunked(list(range(5)), 2) == [[0, 1], [2, 3], [4]]
    assert chunked([], 2) == [[]]
    assert chunked([3, 1, 1, 5, 1], 4, weight=lambda n: n) == [[3, 1], [1], [5], [1]]


def test_relative_links_between_addresses() -> None:
    assert relative("archive/2005/03/", "archive/2005/04/") == "../04/"
    assert relative("archive/2005/03/2/", "archive/") == "../../../"
    assert relative("archive/", "archive/") == "./"
    assert relative("archive/sources/", "archive/sources/other/2/#x") == "other/2/#x"
    assert relative("archive/quality/", "") == "../../"


def test_listing_pages_stay_small_at_20000_documents() -> None:
    """The worst case the issue names, with long titles and many names per document: every page
    stays far under 1 MB (MkDocs adds about 20 KB of theme around it)."""
    docs = []
    for n in range(20_000):
        date = f"{2004 + n % 3}-0{1 + n % 2}-1{n % 10}" if n % 5 else None
        source = f"Source {n % 400}" if n % 7 else None
        docs.append(_doc(n, date, source, names=40, title=f"A long title {n} " + "word " * 40))
    docs.sort(key=lambda d: (d.meta.date is None, d.meta.date.value if d.meta.date else "", d.title.casefold()))
    corpus = Corpus(tuple(docs), rejected=tuple(Rejected(f"r/{i}.bin", "unsupported file type") for i in range(3000)))
    corpus = replace(corpus, duplicates=tuple((docs[i].id, docs[i + 1].id) for i in range(0, 4000, 2)))
    rendered = listings(corpus, 200)
    largest = max(rendered, key=lambda path: len(rendered[path]))
    assert len(rendered[largest]) < 600_000, (largest, len(rendered[largest]))
    assert len(rendered) < 800, len(rendered)  # each is a page MkDocs renders


#: what the sidebar links (as addresses under the site root): the nav of mkdocs.yml
SIDEBAR = {
    "", "archive/", "archive/sources/", "archive/timeline/", "archive/people/", "archive/places/",
    "archive/organisations/", "archive/quality/", "about/", "search/",
}  # fmt: skip


@pytest.fixture(scope="module", params=sorted(RENDERERS))
def paged_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The five seeds with two rows per listing page, rendered by MkDocs or by Zensical."""
    project = make_project(tmp_path_factory.mktemp(request.param) / "p")
    config = project / "pyproject.toml"
    config.write_text(config.read_text("utf-8").replace("[tool.dossier]\n", "[tool.dossier]\nlisting_rows = 2\n"))
    assert run_dossier(project, "--strict").returncode == 0
    rendered = RENDERERS[request.param](project)
    assert rendered.returncode == 0, rendered.stderr
    return project, request.param


def test_every_listing_page_is_rendered_whole_and_stays_out_of_the_sidebar(paged_site: tuple[Path, str]) -> None:
    project, renderer = paged_site
    docs, site = project / "docs", project / "site"
    listing_pages = [
        rel for rel in read_manifest(docs) if rel.startswith("archive/") and rel.endswith("/index.md")
        and not rel.startswith(("archive/people/", "archive/places/", "archive/organisations/", "archive/documents/"))
    ]  # fmt: skip
    assert len(listing_pages) > 20, listing_pages
    assert "archive/undated/2/index.md" in listing_pages and "archive/quality/rejected/index.md" in listing_pages
    for rel in listing_pages:
        page = (site / rel.removesuffix(".md")).with_suffix(".html").read_text("utf-8")
        source = (docs / rel).read_text("utf-8").split("\n---\n", 1)[1]
        heading = re.search(r"<h1>.*?</h1>", source)
        assert heading and heading.group(0) in page, (renderer, rel)  # the generated HTML, as written
        nav = page[page.index('class="md-nav md-nav--primary"') :]
        nav = nav[: nav.index("</nav>")]
        url = rel.removesuffix("index.md")
        linked = {_links(url, f'href="{href}"')[0] for href in re.findall(r'href="([^"#]*)"', nav)}
        assert linked <= SIDEBAR, (renderer, rel, linked - SIDEBAR)  # the sub-pages are never in it
