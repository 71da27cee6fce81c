"""Keyboard only: a reader opens the search, reaches a result and opens it without touching a mouse."""

from __future__ import annotations

import re
from typing import Any

from tests.browser.pages import DOCUMENT
from tests.browser.reader import Reader


def test_search_opens_with_slash_and_a_result_is_reached_with_arrow_keys(
    reader: Reader, catalog: dict[str, dict[str, Any]]
) -> None:
    page = reader.visit(DOCUMENT)
    keyboard = page.keyboard
    keyboard.press("/")
    page.locator("input.md-search__input:focus").wait_for()

    keyboard.type("Lavrov")
    page.locator(".md-search-result__item").first.wait_for()
    keyboard.press("ArrowDown")
    result = page.locator("a.md-search-result__link:focus")
    result.wait_for()
    # the reader can see where the focus is
    assert result.evaluate("a => a.matches(':focus-visible')")
    target = str(result.evaluate("a => a.href")).split("?")[0]
    assert target in {reader.url(str(record["url"])) for record in catalog.values()}

    keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target)))
    assert page.locator("article h1").is_visible()


def test_escape_closes_the_search_and_s_opens_it_again(reader: Reader) -> None:
    page = reader.visit()
    page.keyboard.press("s")
    page.locator("input.md-search__input:focus").wait_for()
    page.keyboard.press("Escape")
    page.locator("input.md-search__input:focus").wait_for(state="detached")
    assert not page.locator("#__search").is_checked()
    page.keyboard.press("s")
    page.locator("input.md-search__input:focus").wait_for()
