"""How the site looks: screenshots at desktop and phone widths, and the layout faults a reader trips on.

The screenshots go to tests/artifacts/screenshots/ (ignored by git) for a person to look at. The
assertions pin down what was fixed after looking at them: nothing wider than the screen, long titles
that wrap and stay short enough to leave room, a metadata panel that keeps the text on the first
screen, and listing tables whose every cell is on screen (on phones, rows become short blocks).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import FloatRect, Page

from tests.browser.conftest import ReaderFactory
from tests.browser.pages import LONG_TITLE_DOCUMENT, SCREENSHOTS
from tests.browser.reader import DESKTOP, MOBILE, sidebar
from tests.helpers import REPO

SHOTS = REPO / "tests" / "artifacts" / "screenshots"
WIDTHS = {"desktop": DESKTOP, "mobile": MOBILE}


def _box(page: Page, selector: str) -> FloatRect:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not rendered"
    return box


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", list(SCREENSHOTS))
def test_screenshot_and_nothing_is_wider_than_the_screen(
    readers: ReaderFactory, name: str, width: str, scheme: str
) -> None:
    page = readers(viewport=WIDTHS[width], color_scheme=scheme).visit(SCREENSHOTS[name])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}-{width}-{scheme}.png")  # the first screen, as a reader sees it
    if scheme == "light":  # whole pages are slow to capture: once is enough
        page.screenshot(path=SHOTS / f"{name}-{width}-full.png", full_page=True)
    scroll_width, screen = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll_width <= screen, f"the page scrolls sideways: {scroll_width} px on a {screen} px screen"
    title = page.locator("article h1").first
    assert title.evaluate("h => h.scrollWidth <= h.clientWidth"), "the title is cut off instead of wrapping"


@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_long_title_and_the_metadata_leave_the_text_on_the_first_screen(readers: ReaderFactory, width: str) -> None:
    page = readers(viewport=WIDTHS[width]).visit(LONG_TITLE_DOCUMENT)
    screen = WIDTHS[width]["height"]
    title, meta, body = (_box(page, s) for s in ("article h1", "dl.dossier-meta", "[data-dossier-body]"))
    # Material's 2em light h1 made this 220-character title 45% of a phone screen
    assert title["height"] <= 0.25 * screen, f"the title takes {title['height']:.0f} of {screen} px"
    assert title["y"] + title["height"] <= meta["y"]
    assert meta["y"] + meta["height"] <= body["y"], "the metadata panel overlaps the text"
    assert body["y"] < screen, "the text does not start on the first screen"


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_cell_of_every_listing_table_is_on_screen(readers: ReaderFactory, width: str) -> None:
    reader = readers(viewport=WIDTHS[width])
    screen = WIDTHS[width]["width"]
    checked = 0
    for url in sidebar(reader.visit()):
        page = reader.visit(url.removeprefix(reader.base))
        cells = page.locator("table.dossier-table td").evaluate_all(
            "cells => cells.map(c => { const r = c.getBoundingClientRect(); return [r.left, r.right]; })"
        )
        off = [(left, right) for left, right in cells if left < 0 or right > screen]
        assert not off, f"{url}: {len(off)} of {len(cells)} cells are off a {screen} px screen"
        checked += len(cells)
    assert checked, "no listing table found"
