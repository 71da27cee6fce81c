"""The search benchmark measures what it says on the small real site: answers, bytes and times.

No timing thresholds here: targets live in the benchmark (``make bench``), never in tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from dossier.bench.search import SearchTiming, describe, measure_search


@pytest.fixture(scope="module")
def timing(project: Path, browser: Browser) -> SearchTiming:
    """A query in the address (cold), then two typed ones, on the five-seed site."""
    return measure_search(project / "site", ["Lavrov", "Truss", "lavrovka"], browser=browser)


def test_each_query_gets_its_answer(timing: SearchTiming) -> None:
    assert timing.failure is None
    assert timing.results_found == {"Lavrov": 4, "Truss": 3, "lavrovka": 0}


def test_times_and_bytes_are_measured(timing: SearchTiming, project: Path) -> None:
    assert timing.address_ms is not None and timing.address_ms > 0
    assert all(ms is not None and ms > 0 for ms in timing.typed_ms.values())
    # at least the page's own table and Pagefind's WebAssembly module were downloaded
    wasm = next((project / "site" / "search" / "en" / "0").glob("wasm.*.pagefind"))
    table = project / "site" / "search" / "facets.json"
    assert timing.address_bytes > wasm.stat().st_size + table.stat().st_size
    assert timing.address_requests > 5
    assert 0 < timing.address_gzip_bytes < timing.address_bytes
    # every response of the cold query is of one kind, and the page itself is one of them
    kinds = timing.address_kinds
    assert sum(count for count, _ in kinds.values()) == timing.address_requests
    assert sum(sent for _, sent in kinds.values()) == timing.address_gzip_bytes
    assert {"page", "Pagefind metadata", "Pagefind WebAssembly", "the page's tables"} <= set(kinds)


def test_benchmark_rows(timing: SearchTiming) -> None:
    rows = dict(describe(timing, "small"))
    cold = rows["small: search, query in the address → first result (cold)"]
    assert re.fullmatch(r"\d+ ms, \S+ [KM]iB \(\S+ [KM]iB as GitHub Pages sends it\) in \d+ responses", cold)
    assert re.fullmatch(r"median \d+ ms", rows["small: search, typed query → first result"])
