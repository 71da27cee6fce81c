"""'Cite this' and 'Follow this name' in Chromium: the citation is copied by a keyboard press on
its button, names the page's address, and the files and feeds it links are served."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import feedparser
from playwright.sync_api import expect

from tests.browser.conftest import PAGES_PREFIX, ReaderFactory
from tests.browser.pages import DOCUMENT, ENTITY
from tests.browser.reader import Reader


def test_copy_citation_from_the_keyboard(reader: Reader) -> None:
    reader.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = reader.visit(DOCUMENT)
    citation = page.locator("[data-dossier-citation]")
    # built without site_url, the script completes the citation with the address being read
    expect(citation).to_contain_text(f", {reader.url(DOCUMENT)}.")
    button = page.get_by_role("button", name="Copy citation")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("Copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == citation.inner_text().strip()
    assert copied.startswith("“Lavrov disappointed with talks with British FM.” News report, ")


def test_citation_files_download(reader: Reader) -> None:
    page = reader.visit(DOCUMENT)
    slug = DOCUMENT.rstrip("/").rsplit("/", 1)[-1]
    for name, ext in (("BibTeX", "bib"), ("RIS", "ris"), ("CSL-JSON", "json")):
        with page.expect_download() as download:
            page.get_by_role("link", name=name, exact=True).click()
        saved = download.value
        assert saved.suggested_filename == f"{slug}.{ext}"
        assert "Lavrov disappointed" in Path(saved.path()).read_text("utf-8")
    for name in ("catalog.bib", "catalog.ris"):
        href = page.locator(".dossier-cite-files a", has_text=name).get_attribute("href")
        response = page.request.get(urljoin(page.url, str(href)))
        assert response.ok and b"Lavrov disappointed" in response.body(), name


def test_follow_a_name_under_a_pages_sub_path(readers: ReaderFactory, pages_url: str) -> None:
    page = readers(base=pages_url).visit(ENTITY)
    follow = page.locator(".dossier-follow")
    expect(follow).to_contain_text("Follow this name")
    href = follow.get_by_role("link", name="RSS feed").get_attribute("href")
    assert href
    response = page.request.get(urljoin(page.url, href))
    assert response.ok and PAGES_PREFIX in response.url
    feed = feedparser.parse(response.body(), response_headers={"content-type": "application/rss+xml"})
    assert not feed.bozo and feed.feed.title.startswith("Sergey Lavrov")
    assert all(
        entry.link.startswith("https://reader.github.io/dossier-test/archive/documents/") for entry in feed.entries
    )
