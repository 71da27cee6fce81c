"""How fast the search page (search/) answers a reader, measured in headless Chromium.

The built site is served on loopback and opened in Debian's Chromium (Playwright), each
measurement in a fresh browser profile (cold cache, no service worker).

Method: a script injected before the page's own marks, with ``performance.now()`` (milliseconds
from the start of navigation), the moment a result link (``.dossier-result-title``) or the "no
document" status is first in the page. Cold: the search page is opened with the query in its
address (``search/?q=...``); the time runs from navigation start to that moment, and the bytes are
every response body received until then (page, styles, scripts, Pagefind's script, worker,
WebAssembly, index chunks and fragments, the page's tables). Typed: on that page, each further
query is put into the search field with one ``input`` event (``fill``), as after the last key of
typing; the time runs from that event to the first result of the new query, the page's 100 ms
wait for more keys included. Bytes are also given as GitHub Pages sends them: text responses
(HTML, CSS, JavaScript, JSON) gzipped at level 6, Pagefind's files (gzip already) as they are;
the CLI also prints the cold query's bytes as sent by kind of file (see KINDS).
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from playwright.sync_api import Browser, Page, Response, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from dossier.bench.browser import launch, serve

DEFAULT_QUERIES = ("Blair", "economy growth", "chelsea", "mobile phone", "election")
DEFAULT_TIMEOUT_S = 60.0
PAGE_PATH = "search/"
RESULT = ".dossier-result-title"
METHOD = (__doc__ or "Method: \n\n").split("Method: ", 1)[1].split("\n\n", 1)[0].replace("\n", " ").strip()

# Runs before the page's scripts: records when a result (or the "no document" status) appears.
PROBE = """(() => {
  const bench = window.__dossierSearch = {shown: null, typed: null, count: null, armed: false};
  const seen = () => {
    if (bench.shown !== null || (bench.armed && bench.typed === null)) return;
    const status = document.querySelector(".dossier-search-status");
    const first = document.querySelector(".dossier-result-title");
    const none = status && /^No document/.test(status.textContent);
    if (!first && !none) return;
    bench.shown = performance.now();
    bench.count = first ? parseInt(status.textContent.replace(/[^0-9]/g, ""), 10) || 0 : 0;
  };
  new MutationObserver(seen).observe(document, {childList: true, subtree: true, characterData: true});
  bench.arm = () => {
    Object.assign(bench, {shown: null, typed: null, count: null, armed: true});
    document.querySelector(".dossier-results").replaceChildren();
    document.querySelector(".dossier-search-status").textContent = "";
    const field = document.getElementById("dossier-query");
    field.addEventListener("input", () => { bench.typed = performance.now(); }, {once: true});
  };
})();"""


#: the page shows its whole answer: "No document ..." or as many results as match, up to 20
ANSWERED = """(() => {
  const status = document.querySelector(".dossier-search-status");
  if (!status || /^No document/.test(status.textContent)) return !!status;
  const count = /^([0-9,]+) documents?/.exec(status.textContent);
  const shown = document.querySelectorAll(".dossier-result-title").length;
  return !!count && shown >= Math.min(20, parseInt(count[1].replace(/,/g, ""), 10));
})()"""

Times = dict[str, float | None]  # milliseconds by query; None: no answer in time
Found = dict[str, int | None]  # documents found by query


@dataclass(frozen=True)
class SearchTiming:
    """What one reader's search cost on a site. Times in milliseconds; ``None`` when never reached."""

    address_ms: float | None  # navigation to search/?q=<first query> -> first result shown (cold)
    address_bytes: int  # response bodies received until then
    address_gzip_bytes: int  # the same, text responses gzipped at level 6, as GitHub Pages sends them
    address_requests: int
    typed_ms: Times  # later queries: input event -> first result
    results_found: Found  # documents the page reports for each query
    failure: str | None
    method: str = METHOD
    address_kinds: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (responses, bytes as sent)

    @property
    def typed_median_ms(self) -> float | None:
        times = [ms for ms in self.typed_ms.values() if ms is not None]
        return statistics.median(times) if times else None


def body_bytes(response: Response) -> int:
    """Bytes of the response body (Chromium reports 0 for a worker's own script: then read it)."""
    try:
        return response.request.sizes()["responseBodySize"] or len(response.body())
    except PlaywrightError:  # a response the page gave up on
        return 0


#: what GitHub Pages compresses (Pagefind's own files are gzip already and sent as they are)
_COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg")


def served_bytes(response: Response) -> int:
    """Bytes of the response as GitHub Pages would send it: text gzipped (level 6), the rest as is."""
    if not response.headers.get("content-type", "").startswith(_COMPRESSED):
        return body_bytes(response)
    try:
        return len(gzip.compress(response.body(), compresslevel=6))
    except PlaywrightError:
        return 0


#: what each response of the cold query is, by the first pattern its path matches
KINDS = (
    ("Pagefind metadata", re.compile(r"\.pf_meta$")),
    ("Pagefind word chunks", re.compile(r"\.pf_index$")),
    ("Pagefind fragments (results' texts)", re.compile(r"\.pf_fragment$")),
    ("Pagefind WebAssembly", re.compile(r"/wasm\.[^/]*\.pagefind$")),
    ("Pagefind scripts and entries", re.compile(r"/search/.*/pagefind[^/]*$")),
    ("the page's tables", re.compile(r"/search/.*\.json$")),
    ("theme (assets/)", re.compile(r"/assets/")),
    ("site scripts and styles", re.compile(r"/(javascripts|stylesheets)/")),
)


def kind_of(url: str) -> str:
    """What a response of the search page is (see KINDS); "page" for the rest."""
    path = urlsplit(url).path
    return next((name for name, pattern in KINDS if pattern.search(path)), "page")


def by_kind(responses: Sequence[Response]) -> dict[str, tuple[int, int]]:
    """Responses and bytes as sent, by kind, largest first."""
    found: dict[str, tuple[int, int]] = {}
    for response in responses:
        count, sent = found.get(kind_of(response.url), (0, 0))
        found[kind_of(response.url)] = (count + 1, sent + served_bytes(response))
    return dict(sorted(found.items(), key=lambda item: -item[1][1]))


def open_with_query(page: Page, url: str, query: str, timeout_s: float) -> tuple[float, int]:
    """Open the search page with ``query`` in its address; (ms to the first result, documents)."""
    page.goto(f"{url}{PAGE_PATH}?q={quote(query)}", wait_until="commit", timeout=timeout_s * 1000)
    page.wait_for_function("window.__dossierSearch && window.__dossierSearch.shown !== null", timeout=timeout_s * 1000)
    bench: dict[str, Any] = page.evaluate("window.__dossierSearch")
    return bench["shown"], bench["count"]


def type_query(page: Page, query: str, timeout_s: float) -> tuple[float, int]:
    """Put ``query`` into the search field as the last key of typing would; (ms, documents). The
    page has first finished showing the previous answer (its first page of results)."""
    page.wait_for_function(ANSWERED, timeout=timeout_s * 1000)
    page.evaluate("window.__dossierSearch.arm()")
    page.locator("#dossier-query").fill(query)
    page.wait_for_function("window.__dossierSearch.shown !== null", timeout=timeout_s * 1000)
    bench: dict[str, Any] = page.evaluate("window.__dossierSearch")
    return bench["shown"] - bench["typed"], bench["count"]


def measure_in(browser: Browser, site: Path, queries: Sequence[str], timeout_s: float) -> SearchTiming:
    """``measure_search`` in a new context of ``browser``."""
    responses: list[Response] = []
    typed: Times = dict.fromkeys(queries[1:])
    found: Found = dict.fromkeys(queries)
    address_ms, failure, counted, compressed, requests = None, None, 0, 0, 0
    kinds: dict[str, tuple[int, int]] = {}
    with serve(site) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
        context.add_init_script(PROBE)
        page = context.new_page()
        context.on("response", lambda response: responses.append(response))
        try:
            address_ms, found[queries[0]] = open_with_query(page, url, queries[0], timeout_s)
            cold = list(responses)  # more may arrive while the bodies are read
            requests = len(cold)
            counted = sum(body_bytes(r) for r in cold)
            kinds = by_kind(cold)
            compressed = sum(sent for _, sent in kinds.values())
            for query in queries[1:]:
                typed[query], found[query] = type_query(page, query, timeout_s)
        except PlaywrightTimeout:
            failure = f"no answer within {timeout_s:.0f} s"
        context.close()
    return SearchTiming(address_ms, counted, compressed, requests, typed, found, failure, address_kinds=kinds)


def measure_search(
    site: Path, queries: Sequence[str], timeout_s: float = DEFAULT_TIMEOUT_S, browser: Browser | None = None
) -> SearchTiming:
    """Open ``site``'s search page in a fresh browser profile with the first of ``queries`` in the
    address, then type each other one. Chromium is launched for the purpose unless a running
    ``browser`` is given (Playwright's sync API cannot be started twice in one thread)."""
    assert queries, "at least one query"
    if browser is not None:
        return measure_in(browser, site, queries, timeout_s)
    with sync_playwright() as playwright:
        own = launch(playwright)
        try:
            return measure_in(own, site, queries, timeout_s)
        finally:
            own.close()


def size(n: int) -> str:
    """Bytes for a reader: KiB below one MiB, MiB above."""
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB"


def describe(timing: SearchTiming, label: str) -> list[tuple[str, str]]:
    """Benchmark rows for ``timing``: the cold query in the address, then typed queries."""
    cold = (
        f"{timing.address_ms:.0f} ms, {size(timing.address_bytes)} ({size(timing.address_gzip_bytes)} as GitHub "
        f"Pages sends it) in {timing.address_requests} responses"
        if timing.address_ms is not None
        else timing.failure or "no answer"
    )
    typed = timing.typed_median_ms
    return [
        (f"{label}: search, query in the address → first result (cold)", cold),
        (f"{label}: search, typed query → first result", f"median {typed:.0f} ms" if typed is not None else "—"),
    ]


def details(timing: SearchTiming) -> list[tuple[str, str]]:
    """Rows for each query, and what the cold query downloaded, which the CLI prints below the
    benchmark rows."""
    rows = [
        (f"  cold: {kind}", f"{size(sent)} as sent, {count} response(s)")
        for kind, (count, sent) in timing.address_kinds.items()
    ]
    for query, count in timing.results_found.items():
        ms = timing.typed_ms.get(query, timing.address_ms)
        rows.append((f"  {query!r}", f"{ms:.0f} ms, {count} document(s)" if ms is not None else "no answer"))
    return rows


def search_figures(site: Path, label: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[tuple[str, str]]:
    """Measure the default queries on ``site``; rows for the benchmark report."""
    return describe(measure_search(site, DEFAULT_QUERIES, timeout_s), label)


def main(argv: list[str] | None = None) -> int:
    summary = (__doc__ or "").split("\n", 1)[0]
    parser = argparse.ArgumentParser(prog="python -m dossier.bench.search", description=summary)
    parser.add_argument("site", type=Path, help="a built site folder (with search/facets.json)")
    parser.add_argument("--query", action="append", help=f"repeatable; default: {', '.join(DEFAULT_QUERIES)}")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="seconds per query")
    parser.add_argument("--label", default="site", help="prefix of the printed rows")
    parser.add_argument("--rounds", type=int, default=1, help="fresh browser profiles, one after the other")
    args = parser.parse_args(argv)
    if not (args.site / PAGE_PATH / "facets.json").is_file():
        parser.error(f"{args.site / PAGE_PATH / 'facets.json'} not found: build the site first")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for _ in range(args.rounds):
            timing = measure_in(browser, args.site, args.query or DEFAULT_QUERIES, args.timeout)
            rows = describe(timing, args.label) + details(timing)
            width = max(len(name) for name, _ in rows)
            for name, value in rows:
                print(f"{name:<{width}}  {value}")
        browser.close()
    print(f"\nmethod: {METHOD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
