"""Sharing the work out over worker processes changes no result.

Each worker is allowed as few as one document, so that a small corpus (the repository's seeds,
the awkward files of tests/data/bad, edited copies that are versions of each other and, when
present, part of the BBC corpus) is extracted and cross-referenced in workers; the corpus must
equal the one-process build, with or without a partly filled extraction cache.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from dossier import parallel
from dossier.cache import BuildCache
from dossier.config import load_settings
from dossier.extract import extract_source, extract_sources
from dossier.models import Corpus, Document
from dossier.parallel import Workers, ordered_map, worker_count
from dossier.pipeline import Timings, extract_all
from dossier.read.discover import read_sources
from dossier.render import render_site
from tests.helpers import BBC, REPO, make_project

SERIAL = 1 << 30  # documents per worker that no corpus reaches: everything in this process


def _seeds(dest: Path) -> Path:
    shutil.copytree(REPO / "seeds", dest)
    shutil.copytree(REPO / "tests" / "data" / "bad", dest / "bad")
    for path in sorted((REPO / "seeds").glob("*.txt"))[:3]:  # versions: the same text edited
        text = path.read_text("utf-8")
        (dest / f"edited-{path.name}").write_text(text.replace(".", ". ", 1) + "\nOne more line.\n", "utf-8")
    for category in ("business", "politics", "sport") if BBC.is_dir() else ():
        (dest / category).mkdir()
        for path in sorted((BBC / category).glob("*.txt"))[:40]:
            shutil.copy(path, dest / category / path.name)
    return dest


def _build(
    project: Path, cache: BuildCache, per_worker: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[Corpus, BuildCache]:
    monkeypatch.setattr(parallel, "DOCUMENTS_PER_WORKER", per_worker)
    if per_worker == 1:
        _allow_workers(monkeypatch)
    corpus, _, fresh = extract_all(load_settings(project), Timings(), cache)
    assert corpus is not None
    return corpus, fresh


def _allow_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure the parallel path runs: as if on two cores, and in a process with one thread (the
    suite runs this module first, see tests/conftest.py; a thread left over would be a bug here)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("worker processes are used on Linux only")
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert worker_count(2) == 2


def _by_seed(documents: dict[str, Document]) -> list[Document]:
    return sorted(documents.values(), key=lambda d: d.seed)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parallel")
    return make_project(root / "project", _seeds(root / "seeds"))


def test_workers_are_used_when_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "DOCUMENTS_PER_WORKER", 1)
    _allow_workers(monkeypatch)
    with Workers(10) as workers:
        assert workers.count > 1
        assert workers.map(abs, range(-5, 5)) == [abs(n) for n in range(-5, 5)]
        later = workers.map_in_background(abs, range(-5, 5))
        assert list(later) == [abs(n) for n in range(-5, 5)]
        assert workers.submit(sorted_letters).result() == ["a", "b", "c"]


@pytest.mark.parametrize("per_worker", [1, SERIAL])
def test_shared_data_reaches_the_jobs_without_being_pickled(per_worker: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """``shared`` is inherited by the workers: a lambda, which pickle refuses, gets there."""
    monkeypatch.setattr(parallel, "DOCUMENTS_PER_WORKER", per_worker)
    if per_worker == 1:
        _allow_workers(monkeypatch)
    shared = {"double": lambda n: 2 * n, "offset": 100}
    with Workers(10, shared=shared) as workers:
        assert workers.count == (2 if per_worker == 1 else 1)
        assert list(workers.map_shared(apply_shared, range(-5, 5))) == [2 * n + 100 for n in range(-5, 5)]
        assert workers.submit_shared(shared_offset).result() == 100
    assert parallel._shared is None  # this process never holds a worker's shared data


def apply_shared(shared: dict[str, Any], n: int) -> int:
    return int(shared["double"](n) + shared["offset"])


def shared_offset(shared: dict[str, Any]) -> int:
    return int(shared["offset"])


def test_workers_run_without_the_cycle_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stages' functions make no reference cycles; collecting in the workers only cost time."""
    monkeypatch.setattr(parallel, "DOCUMENTS_PER_WORKER", 1)
    _allow_workers(monkeypatch)
    with Workers(10) as workers:
        assert workers.map(collector_on, range(4)) == [False] * 4
    assert gc.isenabled()  # this process is left as it was


@pytest.mark.parametrize("per_worker", [1, SERIAL])
def test_extraction_runs_meanwhile_once_and_gives_the_same_documents(
    project: Path, per_worker: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pipeline loads cross-referencing while the workers extract: that changes no result."""
    found = read_sources(project / "seeds", 1 << 20)
    jobs = [(source, None) for source in found.sources]
    expected = [extract_source(("cp1252",), 200, job) for job in jobs]
    monkeypatch.setattr(parallel, "DOCUMENTS_PER_WORKER", per_worker)
    if per_worker == 1:
        _allow_workers(monkeypatch)
    calls: list[int] = []
    assert extract_sources(jobs, ("cp1252",), 200, lambda: calls.append(threading.active_count())) == expected
    assert len(calls) == 1
    if per_worker == 1:
        assert calls[0] > 1  # the pool's manager thread: the workers were at work


def collector_on(_: int) -> bool:
    return gc.isenabled()


def sorted_letters() -> list[str]:
    return sorted("cab")


def test_one_process_below_two_workers_worth() -> None:
    assert worker_count(2 * parallel.DOCUMENTS_PER_WORKER - 1) == 1
    with Workers(10) as workers:
        assert workers.count == 1
        failed: Future[list[str]] = workers.submit(lambda: sorted([1, "a"]))  # type: ignore[list-item]
        with pytest.raises(TypeError):
            failed.result()
    assert ordered_map(str, [3, 1, 2]) == ["3", "1", "2"]


def test_parallel_build_gives_the_serial_corpus(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial, serial_cache = _build(project, BuildCache(), SERIAL, monkeypatch)
    parallel_corpus, parallel_cache = _build(project, BuildCache(), 1, monkeypatch)
    assert len(serial.documents) > 10 and serial.rejected and serial.entities and serial.duplicates
    assert parallel_corpus == serial
    assert repr(parallel_corpus) == repr(serial)  # equal floats, same text, same order
    assert _by_seed(parallel_cache.documents) == _by_seed(serial_cache.documents)


def test_parallel_build_with_a_partly_filled_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial, full_cache = _build(project, BuildCache(), SERIAL, monkeypatch)
    half = BuildCache(documents=dict(list(full_cache.documents.items())[::2]))
    parallel_corpus, parallel_cache = _build(project, half, 1, monkeypatch)
    assert parallel_corpus == serial
    assert parallel_cache.documents == full_cache.documents


def test_pages_rendered_in_workers_are_the_serial_pages(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, _ = _build(project, BuildCache(), SERIAL, monkeypatch)
    root = project / "seeds"
    seeds = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    serial = render_site(corpus, seeds, site_name="S", latest=5, rows=3)
    monkeypatch.setattr(parallel, "DOCUMENTS_PER_WORKER", 1)
    _allow_workers(monkeypatch)
    assert render_site(corpus, seeds, site_name="S", latest=5, rows=3) == serial
    assert len([rel for rel in serial if rel.startswith("archive/documents/")]) == len(corpus.documents)
