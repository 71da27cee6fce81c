"""Listings over several pages, read in Chromium: the five seeds built with two rows per listing
page (``listing_rows = 2``) and served below a GitHub Pages sub-path, so that every listing has
pages to go through. A reader walks them with the previous/next links (by keyboard too), uses the
page list, filters a page and is offered the search page for the rest, and goes from a document
to the page that lists it; axe-core audits each kind of listing page in both palettes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import PAGES_PREFIX, PAGES_SITE_URL, ReaderFactory
from tests.browser.reader import Reader, axe_violations
from tests.browser.server import serve
from tests.helpers import make_project, run_dossier, run_mkdocs

ROWS = 2
#: one page of each kind of listing page, as built with two rows per page
PAGED = {
    "all documents, year": "archive/2022/",
    "all documents, month": "archive/2022/02/",
    "all documents, undated page 2": "archive/undated/2/",
    "timeline, month": "archive/timeline/2022/02/",
    "timeline, undated page 2": "archive/timeline/undated/2/",
    "sources, unknown page 3": "archive/sources/unknown/3/",
    "data quality, list page 2": "archive/quality/unsourced/2/",
}


@pytest.fixture(scope="module")
def paged_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("paged") / "project")
    config = project / "pyproject.toml"
    config.write_text(
        config.read_text("utf-8").replace("[tool.dossier]\n", f"[tool.dossier]\nlisting_rows = {ROWS}\n"), "utf-8"
    )
    assert run_dossier(project, "--strict").returncode == 0
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SITE_URL", PAGES_SITE_URL)
        built = run_mkdocs(project)
    assert built.returncode == 0, built.stderr
    return project


@pytest.fixture(scope="module")
def paged_url(paged_project: Path) -> Iterator[str]:
    with serve(paged_project / "site", PAGES_PREFIX) as url:
        yield url


@pytest.fixture(scope="module")
def in_order(paged_project: Path) -> list[dict[str, Any]]:
    """catalog.json's documents, which are in listing order."""
    return list(json.loads((paged_project / "site" / "catalog.json").read_text("utf-8"))["documents"])


@pytest.fixture
def paged(readers: ReaderFactory, paged_url: str) -> Reader:
    return readers(base=paged_url)


def _document_links(reader: Reader) -> list[str]:
    return list(
        reader.page.locator("[data-dossier-filterable] a[href*='/documents/']").evaluate_all(
            "links => links.map(a => a.href)"
        )
    )


def test_the_next_links_walk_every_document_in_listing_order_and_back(
    paged: Reader, in_order: list[dict[str, Any]]
) -> None:
    page = paged.visit("archive/")
    assert page.locator("table.dossier-table").count() == 0  # five rows do not fit on a page of two
    page.locator(".dossier-calendar").get_by_role("link", name="February 2022", exact=True).click()
    page.wait_for_url(paged.url("archive/2022/02/"))
    assert page.locator("article h1").inner_text() == "February 2022"
    walked, listed = [page.url], _document_links(paged)
    while page.locator("nav[aria-label='Pages of this listing'] a[rel=next]").count():
        page.locator("nav[aria-label='Pages of this listing'] a[rel=next]").click()
        page.wait_for_url(lambda url: url != walked[-1])
        walked.append(page.url)
        listed += _document_links(paged)
        assert len(page.locator("table.dossier-table tbody tr").all()) <= ROWS
    assert listed == [paged.url(str(record["url"])) for record in in_order]
    assert walked[-2:] == [paged.url("archive/undated/"), paged.url("archive/undated/2/")]
    assert page.locator("article h1").inner_text() == "Undated page 2 of 2"
    page.locator("nav[aria-label='Previous and next page'] a[rel=prev]").click()
    page.wait_for_url(walked[-2])


def test_the_page_list_and_breadcrumb_lead_to_the_other_pages_by_keyboard(paged: Reader) -> None:
    page = paged.visit("archive/sources/unknown/")
    pages = page.locator(".dossier-page-list")
    expect(pages.locator("[aria-current=page]")).to_have_text("Page 1")  # "Page" for screen readers only
    assert pages.locator("a").evaluate_all("links => links.map(a => a.textContent)") == ["Page 2", "Page 3"]
    assert pages.locator("a .dossier-unseen").first.evaluate("s => s.getBoundingClientRect().width") <= 1
    pages.get_by_role("link", name="Page 3", exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_url(paged.url("archive/sources/unknown/3/"))
    assert page.locator("table.dossier-table tbody tr").count() == 1  # five documents: 2, 2, 1
    crumbs = page.get_by_role("navigation", name="Breadcrumb")
    expect(crumbs.locator("[aria-current=page]")).to_have_text("Unknown source, page 3 of 3")
    # Tab from the top of the page reaches the breadcrumb link before the listing
    page.locator("article h1").click()
    page.keyboard.press("Shift+Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Sources"
    page.keyboard.press("Enter")
    page.wait_for_url(paged.url("archive/sources/"))


def test_the_filter_narrows_the_page_and_offers_the_search_page_for_the_rest(paged: Reader) -> None:
    page = paged.visit("archive/timeline/2022/02/")
    entries = page.locator("[data-dossier-filterable] li")
    assert entries.count() == 2
    box = page.get_by_role("searchbox", name="Filter this page")
    box.press_sequentially("Transcript")  # the type of one of the two, as the entry shows it
    expect(page.locator("[data-dossier-filterable] li:visible")).to_have_count(1)
    expect(page.locator(".dossier-filter-status")).to_have_text("1 of 2 on this page")
    offers = page.locator(".dossier-filter-search a")
    expect(offers).to_have_count(2)
    hrefs = offers.evaluate_all("links => links.map(a => a.href)")
    assert hrefs == [paged.url("search/?q=transcript&year=2022"), paged.url("search/?q=transcript")]
    assert offers.all_inner_texts() == ["Search 2022 for “transcript”", "Search every document for “transcript”"]
    box.fill("")
    expect(offers).to_have_count(0)
    expect(page.locator("[data-dossier-filterable] li:visible")).to_have_count(2)


def test_a_table_page_filter_hides_rows_on_a_phone_too(readers: ReaderFactory, paged_url: str) -> None:
    from tests.browser.reader import MOBILE

    page = readers(base=paged_url, viewport=MOBILE).visit("archive/undated/")
    rows = page.locator("table.dossier-table tbody tr")
    assert rows.count() == ROWS
    title = rows.first.locator("td.dossier-col-title").inner_text()
    page.get_by_role("searchbox", name="Filter this page").fill(title)
    expect(page.locator("table.dossier-table tbody tr:visible")).to_have_count(1)


def test_a_document_page_leads_to_the_listing_page_that_lists_it(paged: Reader, in_order: list[dict[str, Any]]) -> None:
    last = in_order[-1]
    page = paged.visit(str(last["url"]))
    page.locator("nav.dossier-pager .dossier-listed a").click()
    page.wait_for_url(paged.url("archive/undated/2/"))
    assert _document_links(paged) == [paged.url(str(last["url"]))]


def test_data_quality_summary_links_each_list_and_its_pages(paged: Reader) -> None:
    page = paged.visit("archive/quality/")
    page.locator("ul.dossier-quality-contents").get_by_role("link", name="Documents without a source (5)").click()
    page.wait_for_url(paged.url("archive/quality/#unsourced"))
    # all five fit in the summary's preview; the list's own pages hold them two by two
    page.locator("a[href='unsourced/']").click()
    page.wait_for_url(paged.url("archive/quality/unsourced/"))
    expect(page.locator("[data-dossier-filterable] li")).to_have_count(ROWS)
    expect(page.locator(".dossier-page-list a")).to_have_count(2)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGED))
def test_listing_pages_pass_axe(readers: ReaderFactory, paged_url: str, name: str, scheme: str) -> None:
    page = readers(base=paged_url, color_scheme=scheme).visit(PAGED[name])
    page.get_by_role("searchbox", name="Filter this page").fill("a")  # with the search offers shown
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_every_listing_page_is_reachable_and_no_link_is_broken(browser: Browser, paged_url: str) -> None:
    from tests.browser.crawl import crawl
    from tests.browser.reader import new_reader

    reader = new_reader(browser, paged_url)
    found = crawl(reader)
    reader.context.close()
    assert not found.broken(), found.broken()
    for path in PAGED.values():
        assert paged_url + path in found.pages, path
    assert not reader.watch.problems, reader.watch.problems
