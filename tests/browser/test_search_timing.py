"""The search benchmark measures what it says on the small real site: answers, bytes and times.

No timing thresholds here: targets live in the benchmark (``make bench``), never in tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from dossier.bench.search import INDEX_PATH, SearchTiming, describe, measure_search


@pytest.fixture(scope="module")
def timing(project: Path, browser: Browser) -> SearchTiming:
    """One cold and one warm query on the five-seed site, in the tests' running Chromium."""
    return measure_search(project / "site", ["Lavrov", "Truss"], browser=browser)


def test_both_queries_find_documents(timing: SearchTiming) -> None:
    assert timing.failure is None
    assert all(count is not None and count > 0 for count in timing.results_found.values()), timing.results_found


def test_cold_and_warm_times_are_measured(timing: SearchTiming) -> None:
    assert timing.cold_ms is not None and timing.cold_ms > 0
    assert timing.warm_ms is not None and timing.warm_ms > 0
    # the index is handed to the worker before the worker reports it built
    assert timing.index_sent_ms is not None and timing.index_ready_ms is not None
    assert timing.index_sent_ms <= timing.index_ready_ms


def test_downloaded_bytes_are_the_index_and_the_worker(timing: SearchTiming, project: Path) -> None:
    assert timing.index_bytes == (project / "site" / INDEX_PATH).stat().st_size
    assert 0 < timing.index_gzip_bytes < timing.index_bytes
    assert timing.worker_bytes > 0


def test_benchmark_rows(timing: SearchTiming) -> None:
    rows = dict(describe(timing, "small"))
    assert re.fullmatch(r"\S+ [KM]iB \(\S+ [KM]iB gzip\) \+ worker \S+ [KM]iB", rows["small: search index download"])
    assert re.fullmatch(r"\d+ ms \(cold: download \+ index build\)", rows["small: search, first query to first result"])
    assert re.fullmatch(r"median \d+ ms", rows["small: search, later queries"])
