"""How fast Material for MkDocs' search answers a reader, measured in headless Chromium.

The built site is served on loopback and opened in Debian's Chromium (Playwright). Material fetches
``search/search_index.json`` as soon as a page loads, hands it to a web worker, and the worker builds
a lunr index (importing lunr's language scripts first); queries are answered by that worker.

Method: a script injected before Material's own records, with ``performance.now()`` in the page,
when the index is handed to the worker and when the worker reports it built. For each query the
search box is clicked, the whole query is put in with ``fill`` and one key (End) is pressed: Material
searches on ``keyup``, so it searches exactly once, for the whole query (typing key by key would
search every prefix and show their results first). A query's time runs from the ``input`` event of
that fill to the animation frame after Material inserts the first ``.md-search-result__item`` (or says
nothing matched), found by a MutationObserver. The first query is typed as soon as the home page's
DOM is loaded, so its time includes the index download, its parsing and the worker's index build:
the cold case. Later queries clear the box first and are answered by the built index: the warm case.
Bytes are the response bodies Chromium received; the gzip size is the index compressed here at
level 6, as GitHub Pages would serve it. Heap figures are used JS heaps after the last query.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, Response, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from dossier.bench.browser import launch, serve

DEFAULT_QUERIES = ("Blair", "economy growth", "chelsea", "mobile phone", "election")
DEFAULT_TIMEOUT_S = 180.0
INDEX_PATH = "search/search_index.json"
WORKER_DIR = "assets/javascripts/workers/"
STEMMER_DIR = "assets/javascripts/lunr/"  # lunr language scripts the worker imports
SEARCH_INPUT = "input.md-search__input"
RESULT_ITEM = ".md-search-result__item"
METHOD = (__doc__ or "Method: \n\n").split("Method: ", 1)[1].split("\n\n", 1)[0].replace("\n", " ").strip()

# Runs before Material's bundle: wraps Worker to see the setup (type 0), ready (1) and result (3)
# messages, and offers arm() to time the next query.
PROBE = """(() => {
  const bench = window.__dossierSearch = {typed: null, shown: null, count: null, found: null, setup: null, ready: null};
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.addEventListener("message", ({data}) => {
        if (data?.type === 1 && bench.ready === null) bench.ready = performance.now();
        if (data?.type === 3) bench.count = data.data.items.length;
      });
    }
    postMessage(message, ...rest) {
      if (message?.type === 0 && bench.setup === null) bench.setup = performance.now();
      return super.postMessage(message, ...rest);
    }
  };
  bench.arm = () => {
    const input = document.querySelector("input.md-search__input");
    const result = document.querySelector(".md-search-result");
    const none = JSON.parse(document.querySelector("#__config").textContent).translations["search.result.none"];
    Object.assign(bench, {typed: null, shown: null, found: null});
    input.addEventListener("input", () => { bench.typed = performance.now(); }, {once: true});
    const observer = new MutationObserver(() => {
      const item = result.querySelector(".md-search-result__item");
      const meta = result.querySelector(".md-search-result__meta").textContent.trim();
      if (bench.typed === null || !(item || meta === none)) return;
      observer.disconnect();
      requestAnimationFrame(() => { bench.shown = performance.now(); bench.found = item ? bench.count : 0; });
    });
    observer.observe(result, {childList: true, subtree: true, characterData: true});
  };
})();"""


Times = dict[str, float | None]  # milliseconds by query; None: no answer in time
Found = dict[str, int | None]  # documents found by query


@dataclass(frozen=True)
class SearchTiming:
    """What one reader's search cost on a site. Times in milliseconds; ``None`` when never reached."""

    index_bytes: int  # search_index.json as downloaded
    index_gzip_bytes: int  # the same bytes gzipped at level 6, as GitHub Pages sends them
    worker_bytes: int  # the worker script and the lunr language scripts it imports
    cold_ms: float | None  # first query, typed at page load, to its first result
    warm_ms: float | None  # median of the later queries
    query_ms: Times
    results_found: Found  # documents Material reports for each query
    index_sent_ms: float | None  # navigation start -> index downloaded, parsed and handed to the worker
    index_ready_ms: float | None  # navigation start -> the worker reports its index built
    worker_heap_bytes: int | None
    page_heap_bytes: int | None
    failure: str | None  # why a query got no answer in time, if one did not
    method: str = METHOD


def time_query(page: Page, query: str, timeout_ms: float) -> tuple[float, int]:
    """Put ``query`` in the open search box; (milliseconds to the first result, documents found)."""
    box = page.locator(SEARCH_INPUT)
    if box.input_value():
        box.fill("")
        box.press("End")  # Material searches on keyup: the empty query clears the results
        page.wait_for_function(f"!document.querySelector('{RESULT_ITEM}')", timeout=timeout_ms)
    page.evaluate("window.__dossierSearch.arm()")
    box.fill(query)
    box.press("End")
    page.wait_for_function("window.__dossierSearch.shown !== null", timeout=timeout_ms)
    bench: dict[str, Any] = page.evaluate("window.__dossierSearch")
    return bench["shown"] - bench["typed"], bench["found"] or 0


def worker_heap_bytes(browser: Browser, page: Page, base: str) -> int | None:
    """Used JS heap of the search worker of the site at ``base``, asked over the DevTools protocol (a worker has no
    ``performance.memory``); ``None`` if Chromium does not answer."""
    session = browser.new_browser_cdp_session()
    try:
        targets = session.send("Target.getTargets")["targetInfos"]
        worker = next(t for t in targets if t["type"] == "worker" and t["url"].startswith(base + WORKER_DIR))
        answers: list[dict[str, Any]] = []
        session.on("Target.receivedMessageFromTarget", lambda event: answers.append(json.loads(event["message"])))
        attached = session.send("Target.attachToTarget", {"targetId": worker["targetId"], "flatten": False})
        ask = json.dumps({"id": 1, "method": "Runtime.getHeapUsage"})
        session.send("Target.sendMessageToTarget", {"sessionId": attached["sessionId"], "message": ask})
        for _ in range(50):  # events arrive while Playwright waits, not while Python sleeps
            if reply := next((a for a in answers if a.get("id") == 1), None):
                return int(reply["result"]["usedSize"])
            page.wait_for_timeout(100)
    except (StopIteration, KeyError, PlaywrightError):
        pass
    finally:
        session.detach()
    return None


def body_bytes(response: Response) -> int:
    """Bytes of the response body. Chromium reports 0 for a worker's own script: then read the body."""
    return response.request.sizes()["responseBodySize"] or len(response.body())


def downloaded(responses: list[Response], base: str) -> tuple[int, int]:
    """(bytes of search_index.json, bytes of the worker scripts) among ``responses`` from ``base``."""
    index = sum(body_bytes(r) for r in responses if r.url == base + INDEX_PATH)
    worker = sum(body_bytes(r) for r in responses if r.url.startswith((base + WORKER_DIR, base + STEMMER_DIR)))
    return index, worker


def run_queries(page: Page, queries: Sequence[str], timeout_s: float) -> tuple[Times, Found, str | None]:
    """Time each query in turn: ({query: ms or None}, {query: documents or None}, why one failed)."""
    times: Times = dict.fromkeys(queries)
    found: Found = dict.fromkeys(queries)
    failure = None
    for query in queries:
        try:
            times[query], found[query] = time_query(page, query, timeout_s * 1000)
        except PlaywrightTimeout:
            failure = f"no answer to {query!r} within {timeout_s:.0f} s"
            if query == queries[0]:
                break  # the index never got built: later queries cannot do better
    return times, found, failure


def measure_search(
    site: Path, queries: Sequence[str], timeout_s: float = DEFAULT_TIMEOUT_S, browser: Browser | None = None
) -> SearchTiming:
    """Open ``site``'s home page in a fresh browser profile and time each of ``queries``; the first is
    cold. Chromium is launched for the purpose unless a running ``browser`` is given (Playwright's sync
    API cannot be started twice in one thread, so a caller that holds one passes it in)."""
    assert queries, "at least one query"
    if browser is not None:
        return measure_in(browser, site, queries, timeout_s)
    with sync_playwright() as playwright:
        own = launch(playwright)
        try:
            return measure_in(own, site, queries, timeout_s)
        finally:
            own.close()


def measure_in(browser: Browser, site: Path, queries: Sequence[str], timeout_s: float) -> SearchTiming:
    """``measure_search`` in a new context of ``browser``."""
    responses: list[Response] = []
    with serve(site) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
        context.add_init_script(PROBE)
        page = context.new_page()
        page.on("response", lambda response: responses.append(response))
        page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
        page.locator(SEARCH_INPUT).click()
        times, found, failure = run_queries(page, queries, timeout_s)
        bench: dict[str, Any] = page.evaluate("window.__dossierSearch")
        page_heap = page.evaluate("performance.memory?.usedJSHeapSize ?? null")
        worker_heap = worker_heap_bytes(browser, page, url) if bench["ready"] is not None else None
        index_bytes, worker_bytes = downloaded(responses, url)
        context.close()
    warm = [ms for query, ms in times.items() if query != queries[0] and ms is not None]
    return SearchTiming(
        index_bytes=index_bytes,
        index_gzip_bytes=len(gzip.compress((site / INDEX_PATH).read_bytes(), compresslevel=6)),
        worker_bytes=worker_bytes,
        cold_ms=times[queries[0]],
        warm_ms=statistics.median(warm) if warm else None,
        query_ms=times,
        results_found=found,
        index_sent_ms=bench["setup"],
        index_ready_ms=bench["ready"],
        worker_heap_bytes=worker_heap,
        page_heap_bytes=page_heap,
        failure=failure,
    )


def size(n: int) -> str:
    """Bytes for a reader: KiB below one MiB, MiB above."""
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB"


def describe(timing: SearchTiming, label: str) -> list[tuple[str, str]]:
    """Benchmark rows for ``timing``: bytes, cold and warm query times, index build."""
    download = f"{size(timing.index_bytes)} ({size(timing.index_gzip_bytes)} gzip) + worker {size(timing.worker_bytes)}"
    cold = f"{timing.cold_ms:.0f} ms (cold: download + index build)" if timing.cold_ms is not None else None
    warm = f"median {timing.warm_ms:.0f} ms" if timing.warm_ms is not None else None
    rows = [
        (f"{label}: search index download", download),
        (f"{label}: search, first query to first result", cold or timing.failure or "no answer"),
        (f"{label}: search, later queries", warm or timing.failure or "not measured"),
    ]
    if timing.index_ready_ms is not None:
        heap = f", worker heap {size(timing.worker_heap_bytes)}" if timing.worker_heap_bytes else ""
        rows.append((f"{label}: search index built", f"{timing.index_ready_ms / 1000:.1f} s after page load{heap}"))
    return rows


def details(timing: SearchTiming) -> list[tuple[str, str]]:
    """Rows for each query and the page side, which the CLI prints below the benchmark rows."""
    rows = []
    for query, ms in timing.query_ms.items():
        answer = f"{ms:.0f} ms, {timing.results_found[query]} document(s)" if ms is not None else "no answer"
        rows.append((f"  {query!r}", answer))
    if timing.index_sent_ms is not None:
        rows.append(("index handed to worker", f"{timing.index_sent_ms:.0f} ms after page load"))
    if timing.page_heap_bytes:
        rows.append(("page JS heap", size(timing.page_heap_bytes)))
    return rows


def search_figures(site: Path, label: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[tuple[str, str]]:
    """Measure the default queries on ``site``; rows for the benchmark report."""
    return describe(measure_search(site, DEFAULT_QUERIES, timeout_s), label)


def main(argv: list[str] | None = None) -> int:
    summary = (__doc__ or "").split("\n", 1)[0]
    parser = argparse.ArgumentParser(prog="python -m dossier.bench.search", description=summary)
    parser.add_argument("site", type=Path, help="a built site folder (with search/search_index.json)")
    parser.add_argument("--query", action="append", help=f"repeatable; default: {', '.join(DEFAULT_QUERIES)}")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="seconds per query")
    parser.add_argument("--label", default="site", help="prefix of the printed rows")
    args = parser.parse_args(argv)
    if not (args.site / INDEX_PATH).is_file():
        parser.error(f"{args.site / INDEX_PATH} not found: build the site first")
    timing = measure_search(args.site, args.query or DEFAULT_QUERIES, args.timeout)
    rows = describe(timing, args.label) + details(timing)
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print(f"\nmethod: {timing.method}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
