"""A reader's browser: Chromium driven by Playwright, watching everything the site logs and loads."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Request,
    Response,
    Route,
    ViewportSize,
)

from dossier.bench.browser import CHROMIUM_ARGS
from tests.helpers import REPO

CHROMIUM = Path(os.environ.get("DOSSIER_CHROMIUM", "/usr/bin/chromium"))
AXE = REPO / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"

DESKTOP: ViewportSize = {"width": 1280, "height": 800}
MOBILE: ViewportSize = {"width": 390, "height": 844}  # a current phone, in CSS pixels
ColorScheme = Literal["light", "dark"]


# axe findings that only Material can fix, as (rule, node). None at present (the theme's own
# search, whose dialog had no name, is not used: overrides/partials/header.html has a plain form).
MATERIAL_ONLY: set[tuple[str, str]] = set()

# How long auto-waiting may take before a step fails: an upper bound, never a sleep.
STEP_TIMEOUT_MS = 30_000


def launch(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless; a clear message when it is missing."""
    assert CHROMIUM.is_file(), (
        f"Chromium not found at {CHROMIUM}: `apt-get install chromium` (.ci/run does), "
        "or point DOSSIER_CHROMIUM at a Chromium binary"
    )
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@dataclass
class Watch:
    """Everything a page did wrong: console errors, script errors, failed or error responses, outside hosts."""

    problems: list[str] = field(default_factory=list)
    expected_status: dict[str, int] = field(default_factory=dict)

    def expect(self, url: str, status: int) -> None:
        """``url`` is meant to answer ``status`` (the 404 page itself, say): not a problem."""
        self.expected_status[url] = status

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        if message.text.startswith("Failed to load resource") and message.location.get("url") in self.expected_status:
            return  # the browser's own note on a status the test asked for
        self.problems.append(f"console error on {message.page.url if message.page else '?'}: {message.text}")

    def on_page_error(self, error: Exception) -> None:
        self.problems.append(f"uncaught script error: {error}")

    def on_response(self, response: Response) -> None:
        expected = self.expected_status.get(response.url, 200)
        if response.status >= 400 and response.status != expected:
            self.problems.append(f"HTTP {response.status} for {response.url}")

    def on_request_failed(self, request: Request) -> None:
        if request.failure == "net::ERR_ABORTED":
            return  # cancelled because the reader moved on to another page: not the site's fault
        self.problems.append(f"request failed: {request.url} ({request.failure})")

    def outside(self, route: Route) -> None:
        """Answer a request for anything outside the site under test, which is never fetched."""
        # mkdocs.yml sets theme.font: false, so not even Google Fonts may be asked for
        self.problems.append(f"request outside the site: {route.request.url}")
        route.fulfill(status=200, body="")

    def assert_clean(self) -> None:
        assert not self.problems, "\n".join(self.problems)


@dataclass
class Reader:
    """One browser profile reading the site served at ``base``."""

    context: BrowserContext
    page: Page
    watch: Watch
    base: str

    def url(self, path: str = "") -> str:
        """The address of ``path`` (relative to the site root, as in catalog.json)."""
        return self.base + path

    def visit(self, path: str = "") -> Page:
        """Open ``path`` and check it answered 200."""
        response = self.page.goto(self.url(path))
        assert response is not None and response.status == 200, (path, response and response.status)
        wait_for_scripts(self.page)
        return self.page


def wait_for_scripts(page: Page) -> None:
    """Wait until the page's own scripts have filled in what they render (the names pages, the
    search page's results)."""
    page.wait_for_function(NAMES_READY)
    page.wait_for_function(f"!document.querySelector('[data-dossier-search]') || {SEARCH_ANSWERED}")


# entities.js replaces the empty [data-dossier-names] element's content once its data has loaded
NAMES_READY = "(box => !box || box.childElementCount > 0)(document.querySelector('[data-dossier-names]'))"


def new_reader(
    browser: Browser, base: str, viewport: ViewportSize = DESKTOP, color_scheme: ColorScheme = "light"
) -> Reader:
    """A fresh browser profile (no stored palette, given viewport and colour scheme) whose pages are all watched."""
    watch = Watch()
    context = browser.new_context(
        viewport=viewport,
        color_scheme=color_scheme,
        locale="en-GB",
        reduced_motion="reduce",
        service_workers="block",
    )
    context.set_default_timeout(STEP_TIMEOUT_MS)
    # Only loopback: every URL not below ``base`` is answered here (a pattern the browser evaluates,
    # so the site's own requests do not make a round trip through Python).
    context.route(re.compile(f"^(?!{re.escape(base)})"), watch.outside)
    context.on("console", watch.on_console)
    context.on("weberror", lambda error: watch.on_page_error(error.error))
    context.on("response", watch.on_response)
    context.on("requestfailed", watch.on_request_failed)
    return Reader(context, context.new_page(), watch, base)


def sidebar(page: Page) -> dict[str, str]:
    """The main navigation of the page: {address: label}. Read from the DOM, so hidden on phones too."""
    links = page.locator("nav.md-nav--primary > ul > li > a.md-nav__link").evaluate_all(
        "links => links.map(a => [a.href, a.textContent.trim()])"
    )
    return dict(links)


def search_results(page: Page, query: str) -> dict[str, str]:
    """Search for ``query`` from the header's search field, typed key by key as a reader does, and
    submitted with Enter; {result title: result address without query or fragment}."""
    page.locator("#dossier-header-query").press_sequentially(query)
    page.keyboard.press("Enter")
    return shown_results(page)


def shown_results(page: Page) -> dict[str, str]:
    """The results the search page shows once it has answered: {title: address without query}."""
    page.wait_for_function(SEARCH_ANSWERED)
    found = page.eval_on_selector_all(
        "a.dossier-result-title", "links => links.map(a => [a.textContent.trim(), a.href])"
    )
    return {title: href.split("?")[0].split("#")[0] for title, href in found}


#: the search page has answered: its status line says how many documents match (or that none do)
#: and the first page of results (up to 20) is shown
SEARCH_ANSWERED = """(() => {
  const status = document.querySelector('.dossier-search-status');
  if (!status) return false;
  if (/^No document/.test(status.textContent)) return true;
  const count = /^([0-9,]+) documents? (match|in the archive)/.exec(status.textContent);
  const shown = document.querySelectorAll('.dossier-result-title').length;
  return !!count && shown >= Math.min(20, parseInt(count[1].replace(/,/g, ''), 10));
})()"""


def axe_violations(page: Page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """Run axe-core on the page as it is now; one line per violation of the given impacts.

    Nodes listed in ``MATERIAL_ONLY`` are left out: only a change to Material's templates fixes them.
    """
    assert AXE.is_file(), f"{AXE} is missing: run `npm ci --prefix tests/js` (make test does)"
    page.add_script_tag(path=AXE)
    results: dict[str, Any] = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    found = []
    for violation in results["violations"]:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
        targets = [target for target in targets if (violation["id"], target) not in MATERIAL_ONLY]
        if violation["impact"] in impacts and targets:
            found.append(f"{violation['impact']}: {violation['id']} ({violation['help']}) at {', '.join(targets[:5])}")
    return found
