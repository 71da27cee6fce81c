"""Sharing the work out over worker processes changes no result.

Each worker is allowed as few as one document, so that a small corpus (the repository's seeds,
the awkward files of tests/data/bad, edited copies that are versions of each other and, when
present, part of the BBC corpus) is extracted and cross-referenced in workers; the corpus must
equal the one-process build, with or without a partly filled extraction cache.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dossier import parallel
from dossier.cache import BuildCache, load_cache
from dossier.config import load_settings
from dossier.extract import extract_source, extract_sources
from dossier.models import Corpus, Document, Rejected, SiteInfo, Source
from dossier.parallel import Workers, ordered_map, worker_count
from dossier.pipeline import Timings, build, extract_all
from dossier.read.discover import read_sources
from dossier.render import render_site
from tests.helpers import BBC, REPO, make_project


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


def _build(project: Path, cache: BuildCache) -> tuple[Corpus, BuildCache]:
    corpus, _, fresh = extract_all(load_settings(project), Timings(), cache)
    assert corpus is not None
    return corpus, fresh


@contextmanager
def _forced_workers() -> Iterator[None]:
    """Make sure the parallel path runs, in the fresh interpreter: as if on two cores, with a
    worker for every document; put back as it was afterwards (the interpreter serves the module)."""
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]
    per_worker, affinity = parallel.DOCUMENTS_PER_WORKER, os.sched_getaffinity
    parallel.DOCUMENTS_PER_WORKER = 1
    os.sched_getaffinity = lambda pid: {0, 1}
    try:
        assert worker_count(2) == 2
        yield
    finally:
        parallel.DOCUMENTS_PER_WORKER, os.sched_getaffinity = per_worker, affinity


@pytest.fixture(scope="module")
def fresh() -> Iterator[ProcessPoolExecutor]:
    """A new interpreter (spawned, not forked) for the checks that need worker processes. Dossier
    forks workers only from a process with a single thread, and pytest's own process may have
    others by the time this module runs (the browser tests leave their server and Playwright
    threads running), so these checks never depend on the order the suite runs in."""
    if not sys.platform.startswith("linux"):
        pytest.skip("worker processes are used on Linux only")
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def _build_with_workers(project: Path, cache: BuildCache) -> tuple[Corpus, BuildCache]:
    with _forced_workers():
        return _build(project, cache)


def _by_seed(documents: dict[str, Document]) -> list[Document]:
    return sorted(documents.values(), key=lambda d: d.seed)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parallel")
    return make_project(root / "project", _seeds(root / "seeds"))


def _use_workers() -> None:
    with _forced_workers(), Workers(10) as workers:
        assert workers.count > 1
        assert workers.map(abs, range(-5, 5)) == [abs(n) for n in range(-5, 5)]
        later = workers.map_in_background(abs, range(-5, 5))
        assert list(later) == [abs(n) for n in range(-5, 5)]
        assert workers.submit(sorted_letters).result() == ["a", "b", "c"]


def test_workers_are_used_when_forced(fresh: ProcessPoolExecutor) -> None:
    fresh.submit(_use_workers).result()


def _share(forced: bool) -> None:
    shared = {"double": lambda n: 2 * n, "offset": 100}
    with _forced_workers() if forced else nullcontext(), Workers(10, shared=shared) as workers:
        assert workers.count == (2 if forced else 1)
        assert list(workers.map_shared(apply_shared, range(-5, 5))) == [2 * n + 100 for n in range(-5, 5)]
        assert workers.submit_shared(shared_offset).result() == 100
    assert parallel._shared is None  # this process never holds a worker's shared data


def test_shared_data_reaches_the_jobs_without_being_pickled(fresh: ProcessPoolExecutor) -> None:
    """``shared`` is inherited by the workers: a lambda, which pickle refuses, gets there."""
    fresh.submit(_share, True).result()
    _share(False)


def apply_shared(shared: dict[str, Any], n: int) -> int:
    return int(shared["double"](n) + shared["offset"])


def shared_offset(shared: dict[str, Any]) -> int:
    return int(shared["offset"])


def _apart(forced: bool) -> tuple[list[object], int, bool]:
    shared = {"offset": 100, "pid": lambda: os.getpid()}  # a lambda: inherited, never pickled
    with (
        _forced_workers() if forced else nullcontext(),
        Workers(10, shared=shared, apart=(apart_pid, shared_offset)) as workers,
    ):
        results = [workers.apart_result(), workers.apart_result()]
        process = workers._apart_process
        if process is not None:
            process.join(10)  # it ends once its results are taken, before the block does
        return results, os.getpid(), process is None or not process.is_alive()


def apart_pid(shared: dict[str, Any]) -> int:
    return int(shared["pid"]())


def test_apart_jobs_run_in_order_in_a_process_that_then_ends(fresh: ProcessPoolExecutor) -> None:
    (pid, offset), here, ended = fresh.submit(_apart, True).result()
    assert pid != here and offset == 100 and ended
    (pid, offset), here, _ = _apart(False)
    assert pid == here and offset == 100


def large_result(shared: dict[str, Any]) -> bytes:
    return b"x" * (4 << 20)  # far more than a pipe holds: sending it waits for the parent


def mark_started(shared: dict[str, Any]) -> str:
    Path(shared["marker"]).write_text("started")
    return "done"


def _apart_runs_ahead(marker: Path) -> tuple[bool, int, str]:
    """Whether the second apart job started while the first job's result was still untaken."""
    with _forced_workers(), Workers(10, shared={"marker": str(marker)}, apart=(large_result, mark_started)) as workers:
        deadline = time.monotonic() + 20
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        ahead = marker.exists()
        return ahead, len(workers.apart_result()), workers.apart_result()


def test_an_apart_job_runs_while_the_previous_result_waits_to_be_taken(
    fresh: ProcessPoolExecutor, tmp_path: Path
) -> None:
    """The render stage takes the entity pages only after its own work: the catalogs, the next
    job apart, must not wait for that."""
    assert fresh.submit(_apart_runs_ahead, tmp_path / "started").result() == (True, 4 << 20, "done")


def _build_twice(root: str, part_size: int) -> tuple[bool, bool, int]:
    """Build with workers, read the cache back, and build again. The cache's bytes are made in the
    render stage's process apart when the corpus is one search part, else in this process."""
    with _forced_workers():
        settings = replace(load_settings(Path(root)), search_part_size=part_size)
        first = build(settings)
        cached = load_cache(Path(root))
        second = build(settings)
    return cached.corpus == first.corpus, second.fresh, len(cached.documents)


@pytest.mark.parametrize("part_size", [2500, 2])
def test_the_cache_is_the_builds_and_serves_the_next_build(
    fresh: ProcessPoolExecutor, tmp_path: Path, part_size: int
) -> None:
    same, rebuilt, documents = fresh.submit(_build_twice, str(make_project(tmp_path / "p")), part_size).result()
    assert same and documents == len(list((REPO / "seeds").rglob("*.*")))
    assert not rebuilt  # nothing changed: the second build took everything from the cache


def _apart_failure() -> str:
    with _forced_workers(), Workers(10, shared={}, apart=(shared_offset, shared_offset)) as workers:
        try:
            workers.apart_result()
        except KeyError as exc:
            return f"KeyError {exc}"
    return "no error"


def test_an_apart_jobs_exception_is_raised_where_its_result_is_taken(fresh: ProcessPoolExecutor) -> None:
    """The second job's result is never taken: leaving the block ends its process all the same."""
    assert fresh.submit(_apart_failure).result() == "KeyError 'offset'"


def _paced() -> tuple[list[int], list[int]]:
    """How many items the workers had taken, twice while nobody read (chunks of one item), and
    the results."""
    counter = multiprocessing.get_context("fork").Value("i", 0)
    limit, parallel.PACED_CHUNK_LIMIT = parallel.PACED_CHUNK_LIMIT, 1
    try:
        with _forced_workers(), Workers(10, shared=counter) as workers:
            results = workers.map_shared(counted, range(100), paced=True)
            started = []
            for _ in range(2):  # without a reader, the workers stop after a few chunks
                deadline = time.monotonic() + 10
                while counter.value < workers.count * parallel.PACED_CHUNKS_PER_WORKER < 100:
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.01)
                time.sleep(0.3)
                started.append(counter.value)
            return started, list(results)
    finally:
        parallel.PACED_CHUNK_LIMIT = limit


def counted(counter: Any, n: int) -> int:
    with counter.get_lock():
        counter.value += 1
    return n * n


def test_a_paced_map_keeps_a_few_chunks_ahead_of_its_reader(fresh: ProcessPoolExecutor) -> None:
    started, results = fresh.submit(_paced).result()
    assert started == [4, 4]
    assert results == [n * n for n in range(100)]


def _collector_in_workers() -> tuple[list[bool], bool]:
    with _forced_workers(), Workers(10) as workers:
        in_workers = workers.map(collector_on, range(4))
    return in_workers, gc.isenabled()


def test_workers_run_without_the_cycle_collector(fresh: ProcessPoolExecutor) -> None:
    """The stages' functions make no reference cycles; collecting in the workers only cost time."""
    in_workers, here = fresh.submit(_collector_in_workers).result()
    assert in_workers == [False] * 4
    assert here  # the process that started them is left as it was


def _extract_meanwhile(jobs: list[tuple[Source, None]], forced: bool) -> tuple[list[Document | Rejected], list[int]]:
    calls: list[int] = []
    with _forced_workers() if forced else nullcontext():
        documents = extract_sources(jobs, ("cp1252",), 200, lambda: calls.append(threading.active_count()))
    return documents, calls


@pytest.mark.parametrize("forced", [True, False])
def test_extraction_runs_meanwhile_once_and_gives_the_same_documents(
    project: Path, forced: bool, fresh: ProcessPoolExecutor
) -> None:
    """The pipeline loads cross-referencing while the workers extract: that changes no result."""
    found = read_sources(project / "seeds", 1 << 20)
    jobs: list[tuple[Source, None]] = [(source, None) for source in found.sources]
    expected = [extract_source(("cp1252",), 200, job) for job in jobs]
    documents, calls = fresh.submit(_extract_meanwhile, jobs, forced).result()
    assert documents == expected
    assert len(calls) == 1
    if forced:
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


def test_parallel_build_gives_the_serial_corpus(project: Path, fresh: ProcessPoolExecutor) -> None:
    serial, serial_cache = _build(project, BuildCache())
    parallel_corpus, parallel_cache = fresh.submit(_build_with_workers, project, BuildCache()).result()
    assert len(serial.documents) > 10 and serial.rejected and serial.entities and serial.duplicates
    assert parallel_corpus == serial
    assert repr(parallel_corpus) == repr(serial)  # equal floats, same text, same order
    assert _by_seed(parallel_cache.documents) == _by_seed(serial_cache.documents)


def test_parallel_build_with_a_partly_filled_cache(project: Path, fresh: ProcessPoolExecutor) -> None:
    serial, full_cache = _build(project, BuildCache())
    half = BuildCache(documents=dict(list(full_cache.documents.items())[::2]))
    parallel_corpus, parallel_cache = fresh.submit(_build_with_workers, project, half).result()
    assert parallel_corpus == serial
    assert parallel_cache.documents == full_cache.documents


def _render_with_workers(corpus: Corpus, seeds: dict[str, bytes]) -> dict[str, bytes]:
    with _forced_workers():
        return render_site(corpus, seeds, site=SiteInfo(name="S"), latest=5, rows=3)


def test_pages_rendered_in_workers_are_the_serial_pages(project: Path, fresh: ProcessPoolExecutor) -> None:
    corpus, _ = _build(project, BuildCache())
    root = project / "seeds"
    seeds = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    serial = render_site(corpus, seeds, site=SiteInfo(name="S"), latest=5, rows=3)
    assert fresh.submit(_render_with_workers, corpus, seeds).result() == serial
    assert len([rel for rel in serial if rel.startswith("archive/documents/")]) == len(corpus.documents)


def test_the_checks_do_not_depend_on_this_process_having_one_thread(fresh: ProcessPoolExecutor) -> None:
    """As after the browser tests, which leave threads running: the parallel path is still checked."""
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait)
    waiting.start()
    try:
        assert threading.active_count() > 1 and worker_count(10_000) == 1  # here Dossier would not fork
        fresh.submit(_use_workers).result()
    finally:
        stop.set()
        waiting.join()
