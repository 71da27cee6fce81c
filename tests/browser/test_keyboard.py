"""Keyboard only: a reader reaches the search, a result and the facets without touching a mouse."""

from __future__ import annotations

import re
from typing import Any

from tests.browser.pages import DOCUMENT
from tests.browser.reader import Reader, shown_results


def test_slash_puts_the_cursor_in_the_header_search_and_enter_opens_the_results(
    reader: Reader, catalog: dict[str, dict[str, Any]]
) -> None:
    page = reader.visit(DOCUMENT)
    keyboard = page.keyboard
    keyboard.press("/")
    page.locator("#dossier-header-query:focus").wait_for()
    keyboard.type("Lavrov")
    keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Lavrov$"))
    results = shown_results(page)
    assert set(results.values()) <= {reader.url(str(record["url"])) for record in catalog.values()}

    # Tab from the query field reaches the first result, visibly
    page.locator("#dossier-query").focus()
    first = page.locator("a.dossier-result-title").first
    for _ in range(6):
        keyboard.press("Tab")
        if first.evaluate("a => a === document.activeElement"):
            break
    assert first.evaluate("a => a === document.activeElement && a.matches(':focus-visible')")
    target = str(first.evaluate("a => a.href")).split("?")[0]
    keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target)))
    assert page.locator("article h1").is_visible()


def test_facets_and_more_results_work_from_the_keyboard(reader: Reader) -> None:
    page = reader.visit("search/?q=talks")
    total = len(shown_results(page))
    box = page.locator("input[type=checkbox][id^=dossier-f-type-]").first
    box.focus()
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"[?&]type="))
    narrowed = shown_results(page)
    assert 0 < len(narrowed) < total
    assert page.locator("input[type=checkbox][id^=dossier-f-type-]:checked").count() == 1
