"""The paths a reader takes: home, listings, search, a document page, the pager, the timeline, the palette.

Every test also fails if the browser logged an error, a request failed or answered with an error, or
the page asked for anything on another host (see the ``readers`` fixture).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import ViewportSize, expect

from tests.browser.conftest import ReaderFactory
from tests.browser.pages import DOCUMENT, ENTITY, LISTINGS, MEETING_SEEDS
from tests.browser.reader import DESKTOP, MOBILE, Reader, open_search, search_results, sidebar
from tests.helpers import SEEDS, assert_faithful


def _luminance(css_color: str) -> float:
    """0 (black) to 1 (white), roughly, from ``rgb(r, g, b)``."""
    red, green, blue = (int(part) for part in re.findall(r"\d+", css_color)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


def _background(reader: Reader) -> float:
    return _luminance(reader.page.locator("body").evaluate("e => getComputedStyle(e).backgroundColor"))


def test_home_page_loads_and_links_to_every_listing(reader: Reader) -> None:
    page = reader.visit()
    assert page.title().startswith(page.locator("article h1").inner_text())
    assert page.locator("article a[href='archive/']").count() == 1
    listed = sidebar(page)
    assert {reader.url(path): label for path, label in LISTINGS.items()}.items() <= listed.items(), listed


def test_every_sidebar_page_opens_with_its_heading_and_is_marked_current(reader: Reader) -> None:
    page = reader.visit()
    for url, label in sidebar(page).items():  # from page to page, the way a reader goes through them
        page.locator("nav.md-nav--primary").get_by_role("link", name=label, exact=True).click()
        page.wait_for_url(url)
        assert page.locator("article h1").first.inner_text().strip()
        assert page.locator("nav.md-nav--primary a.md-nav__link--active").first.inner_text() == label


@pytest.mark.parametrize("path", list(LISTINGS))
def test_listing_page_works(reader: Reader, path: str) -> None:
    page = reader.visit(path)
    assert page.locator("article h1").inner_text() == LISTINGS[path]
    assert page.title().startswith(LISTINGS[path])
    assert page.locator("article").inner_text().strip() != LISTINGS[path]  # more than a heading


def test_all_documents_lists_every_document_and_each_row_opens_it(
    reader: Reader, catalog: dict[str, dict[str, Any]]
) -> None:
    page = reader.visit("archive/")
    rows = page.locator("table.dossier-table tbody tr")
    assert rows.count() == len(catalog)
    titles = rows.locator("td.dossier-col-title a").all_inner_texts()
    assert sorted(titles) == sorted(str(record["title"]) for record in catalog.values())
    record = next(iter(catalog.values()))
    rows.get_by_role("link", name=str(record["title"]), exact=True).click()
    page.wait_for_url(reader.url(str(record["url"])))
    assert page.locator("article h1").inner_text() == record["title"]


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_search_for_lavrov_finds_the_three_meeting_documents_and_a_click_opens_one(
    readers: ReaderFactory, viewport: ViewportSize, catalog: dict[str, dict[str, Any]]
) -> None:
    reader = readers(viewport=viewport)
    page = reader.visit()
    open_search(page)
    results = search_results(page, "Lavrov")
    for seed in MEETING_SEEDS:
        record = catalog[seed]
        assert results.get(str(record["title"])) == reader.url(str(record["url"])), (seed, results)

    chosen = catalog[MEETING_SEEDS[0]]
    page.locator(".md-search-result__item a").filter(has=page.get_by_role("heading", name=chosen["title"])).click()
    page.wait_for_url(re.compile(re.escape(reader.url(str(chosen["url"])))))
    assert page.locator("article h1").inner_text() == chosen["title"]
    # search.highlight marks the word the reader searched for in the text
    expect(page.locator("[data-dossier-body] mark").first).to_be_visible()


def test_document_page_shows_metadata_text_and_the_original_file(
    reader: Reader, catalog: dict[str, dict[str, Any]]
) -> None:
    record = next(r for r in catalog.values() if r["url"] == DOCUMENT)
    seed = SEEDS / str(record["seed"])
    page = reader.visit(DOCUMENT)
    assert page.locator("article h1").inner_text() == record["title"]

    meta = page.locator("dl.dossier-meta")
    assert meta.is_visible()
    terms, values = meta.locator("dt").all_inner_texts(), meta.locator("dd").all_inner_texts()
    assert len(terms) == len(values) > 1
    assert all(value.strip() for value in values), dict(zip(terms, values, strict=True))
    assert str(record["sha256"])[:12] in meta.inner_text()  # the checksum, shortened

    body = page.locator("[data-dossier-body]")
    assert body.is_visible()
    assert_faithful(page.content(), seed.read_text("utf-8"))

    original = meta.locator("a[download]")
    assert original.inner_text() == record["seed"]
    assert original.get_attribute("download") == record["seed"]
    href = original.evaluate("a => a.href")
    assert href == reader.url(f"archive/originals/{DOCUMENT.split('/')[-2]}.txt")
    fetched = reader.context.request.get(href)
    assert fetched.status == 200
    assert fetched.body() == seed.read_bytes()


def test_pager_walks_every_document_in_listing_order(reader: Reader, catalog: dict[str, dict[str, Any]]) -> None:
    page = reader.visit("archive/")
    listed = page.locator("table.dossier-table td.dossier-col-title a").evaluate_all("links => links.map(a => a.href)")
    assert len(listed) == len(catalog)

    page.goto(listed[0])
    assert page.locator("nav.dossier-pager a[rel=prev]").count() == 0
    walked = [page.url]
    while page.locator("nav.dossier-pager a[rel=next]").count():
        page.locator("nav.dossier-pager a[rel=next]").click()
        page.wait_for_url(lambda url: url != walked[-1])
        walked.append(page.url)
    assert walked == listed

    page.locator("nav.dossier-pager a[rel=prev]").click()
    page.wait_for_url(listed[-2])


def test_dark_palette_toggle_switches_and_is_remembered(reader: Reader) -> None:
    page = reader.visit()
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    assert _background(reader) > 0.8

    page.get_by_title("Switch to dark mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert _background(reader) < 0.3  # Material sets no transition on the page background

    reader.visit(DOCUMENT)  # the choice holds on the next page
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.get_by_title("Switch to light mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    assert _background(reader) > 0.8


def test_dark_palette_follows_the_system_setting(readers: ReaderFactory) -> None:
    page = readers(color_scheme="dark").visit()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def test_timeline_lists_every_document_in_date_order_and_its_filter_narrows_the_list(
    reader: Reader, catalog: dict[str, dict[str, Any]]
) -> None:
    page = reader.visit("archive/timeline/")
    entries = page.locator("[data-dossier-filterable] li[data-filter]")
    assert entries.count() == len(catalog)
    dates = page.locator("[data-dossier-filterable] time[datetime]").evaluate_all("ts => ts.map(t => t.dateTime)")
    assert dates and dates == sorted(dates)

    # a word some entries have and others lack, taken from the page itself
    keys: list[str] = entries.evaluate_all("items => items.map(i => i.dataset.filter)")
    words = [w for key in keys for w in key.split() if not all(w in other for other in keys)]
    assert words, keys
    matching = sum(words[0] in key for key in keys)
    shown = page.locator("[data-dossier-filterable] li[data-filter]:visible")
    box = page.get_by_role("searchbox")
    box.press_sequentially(words[0].upper())  # the filter ignores case
    expect(shown).to_have_count(matching)
    box.fill("")
    box.press_sequentially("zzqx")
    expect(shown).to_have_count(0)
    box.fill("")  # an empty box shows everything again
    expect(shown).to_have_count(len(catalog))


def test_document_entities_and_related_documents_lead_somewhere_real(
    reader: Reader, catalog: dict[str, dict[str, Any]]
) -> None:
    record = next(r for r in catalog.values() if r["url"] == DOCUMENT)
    page = reader.visit(DOCUMENT)
    people = page.locator("dl.dossier-entities a[href*='/people/']")
    assert "Sergey Lavrov" in people.all_inner_texts()
    related = page.locator("ol.dossier-related a")
    titles = related.all_inner_texts()
    meeting = {r["title"] for r in catalog.values() if r["seed"] in MEETING_SEEDS and r["url"] != DOCUMENT}
    assert len(meeting) == 2 and set(titles[:2]) == meeting  # the other two meeting documents come first
    related.first.click()
    expect(page.locator("[data-dossier-body]")).to_be_visible()
    page = reader.visit(DOCUMENT)
    page.locator("dl.dossier-entities a", has_text="Sergey Lavrov").click()
    expect(page.locator("article h1")).to_have_text("Sergey Lavrov")
    assert page.url == reader.url(ENTITY)
    # the entity page lists this document, with a snippet, and leads back to it
    item = page.locator("li", has=page.locator(f"a:text-is({record['title']!r})"))
    expect(item.locator("q.dossier-snippet")).to_be_visible()
    item.locator("a").first.click()
    assert page.url == reader.url(DOCUMENT)


def test_entity_index_lists_people_by_documents_and_opens_them(reader: Reader) -> None:
    page = reader.visit("archive/people/")
    first = page.locator("table.dossier-table tbody tr").first
    expect(first.locator("td").first).to_have_text("Sergey Lavrov")
    first.locator("a").click()
    expect(page.locator("article h1")).to_have_text("Sergey Lavrov")
