"""Every link a reader can follow leads somewhere real, at the site root and below a GitHub Pages prefix."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import PAGES_PREFIX, ReaderFactory
from tests.browser.crawl import SiteMap, crawl
from tests.browser.pages import LISTINGS


def test_every_page_loads_without_console_errors_or_failed_requests(site_map: tuple[SiteMap, list[str]]) -> None:
    found, problems = site_map
    assert len(found.pages) > len(LISTINGS)
    assert not problems, "\n".join(problems)


def test_every_link_leads_somewhere_real(site_map: tuple[SiteMap, list[str]]) -> None:
    found, _ = site_map
    assert not found.broken(), "\n".join(found.broken())
    assert all(url.startswith("https://") for url in found.outside), sorted(found.outside)


def test_every_document_and_listing_is_reachable_from_the_home_page(
    site_map: tuple[SiteMap, list[str]], catalog: dict[str, dict[str, Any]]
) -> None:
    found, _ = site_map
    wanted = [found.base + str(record["url"]) for record in catalog.values()]
    wanted += [found.base + path for path in LISTINGS]
    wanted += [found.base + "catalog.json", found.base + "catalog.csv"]
    assert not [url for url in wanted if url not in found.status], sorted(found.status)


def test_under_a_github_pages_project_prefix_every_link_and_asset_resolves(
    readers: ReaderFactory, pages_url: str, catalog: dict[str, dict[str, Any]]
) -> None:
    # The server answers 404 to anything outside the prefix, so an asset or link that assumes the
    # site sits at the root of its host shows up as a failed request or a broken link.
    assert pages_url.endswith(PAGES_PREFIX)
    found = crawl(readers(base=pages_url))
    assert not found.broken(), "\n".join(found.broken())
    assert all(pages_url + str(record["url"]) in found.status for record in catalog.values())


def test_a_missing_address_below_the_prefix_shows_the_styled_404_page(readers: ReaderFactory, pages_url: str) -> None:
    reader = readers(base=pages_url)
    missing = reader.url("archive/documents/no-such-document/")
    reader.watch.expect(missing, 404)
    response = reader.page.goto(missing)
    assert response is not None and response.status == 404
    page = reader.page
    assert page.locator("h1").first.inner_text() == "404 - Not found"
    # its stylesheets and scripts loaded from below the prefix (the watch fails the test otherwise),
    # and its links lead back into the site
    assert page.locator("header.md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
    home = page.locator("a.md-header__button.md-logo")
    assert home.get_attribute("href") is not None
    home.click()
    page.wait_for_url(pages_url)
