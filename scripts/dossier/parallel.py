"""Worker processes for a stage's independent pieces of work, or this process alone when that pays.

Per-document work (extracting a document, finding its entity mentions) depends on that document
alone, and a few corpus-wide jobs (reading the texts for related documents) do not depend on each
other, so on a machine with several cores they can run side by side. Results come back in input
order and the functions are pure, so a parallel run gives exactly what a serial run gives.

Starting processes and moving items and results between them costs time, so each worker gets
at least DOCUMENTS_PER_WORKER documents: fewer than twice that (tests, a few edited seeds) run in
this process, as does everything on a machine with one core.

Workers run with the cycle collector off (``_start_worker``). A worker runs one stage's pure
functions, which make no reference cycles: reference counting frees everything they let go of,
and the worker exits when its stage ends. With the collector on, each worker walked the objects
it was unpickling and building again and again, to free nothing: it cost about 0.3 s of the
build's 5 s on the BBC corpus (unpickling 2,224 documents alone takes 4x as long with it on).

Workers are started with ``fork``: they inherit the modules already loaded (numpy and scipy
take longer to import than a small corpus takes to extract). Fork is used on Linux only (macOS
system libraries are not fork-safe) and only from a process with a single thread: a child forked
while another thread holds a lock can deadlock, and ``mkdocs serve`` builds beside its file
watcher and web server threads. Elsewhere the work runs serially, with the same results.

A stage can also hand the workers what its jobs read (``Workers(items, shared=...)``) by
inheritance instead of pickling it into every job, as the multiprocessing guidelines advise
("better to inherit than pickle/unpickle"): rendering sends each worker page numbers, not the
7 MB of documents those pages show, which cost 0.2 s to pickle and as much to unpickle on BBC.
The price is memory: reading an inherited object updates its reference count (Python 3.11 has
no immortal objects), which copies the memory page it lies in, so a process ends up holding a
copy of what it read. Two things keep that down, measured on the 20,000-document build (2,280 MiB of PSS over
all processes at the peak before, 1,921 after; see BENCHMARKS.md):

- Jobs that read all of ``shared`` (the render stage's entity pages and catalogs) run ``apart``:
  one after the other in a process of their own, which ends as soon as it has sent its results,
  instead of in a worker that would keep its copy of the whole corpus until the last page.
- A ``paced`` map keeps only a few chunks of results ahead of a reader slower than the workers
  (the write stage, writing pages), instead of every result waiting in this process.

Pickling each worker's documents to it instead would cost the BBC build the 0.4 s that
inheritance saves.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from types import TracebackType
from typing import Any, TypeVar

DOCUMENTS_PER_WORKER = 100  # a worker process for fewer documents costs more than it saves
CHUNKS_PER_WORKER = 8  # several chunks per worker even out documents (and jobs) of different lengths
#: ``paced`` maps: chunks in flight per worker, and items per chunk at most (see Workers.map_shared)
PACED_CHUNKS_PER_WORKER = 2
PACED_CHUNK_LIMIT = 250

Item = TypeVar("Item")
Result = TypeVar("Result")

#: in a worker process, the ``shared`` object of the Workers that started it (see _start_worker)
_shared: object = None


def worker_count(items: int) -> int:
    """How many worker processes to use for ``items`` documents; 1 means this process alone."""
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), items // DOCUMENTS_PER_WORKER))


def _start_worker(shared: object) -> None:
    """Run in each worker process before its first job (see the module docstring). ``shared``
    arrives by inheritance: a forked process's arguments are not pickled."""
    global _shared
    gc.disable()
    _shared = shared


def _with_shared(function: Callable[..., Result], *args: Any) -> Result:
    return function(_shared, *args)


def _chunk(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    return [function(item) for item in items]


def _run_apart(connection: Any, shared: object, jobs: Sequence[Callable[[Any], object]]) -> None:
    """The body of the process of Workers' ``apart`` jobs: each job's result (or exception) is
    sent back in turn; the process ends, and its memory is given back, after the last one.

    A result is sent by a thread while the next job runs: the parent takes it only when it needs
    it, and until then a pipe's send would hold this process still (on BBC the catalogs waited
    0.2 s for the parent to take the entity pages, at the end of the render stage)."""
    _start_worker(shared)
    sending: threading.Thread | None = None
    for job in jobs:
        try:
            outcome: tuple[bool, object] = (True, job(shared))
        except Exception as exc:  # raised in the parent by Workers.apart_result
            outcome = (False, exc)
        if sending is not None:
            sending.join()  # one result on its way at a time, in order
        sending = threading.Thread(target=_send, args=(connection, _name(job), outcome))
        sending.start()
        del outcome  # the thread holds it until it is sent
    if sending is not None:
        sending.join()
    connection.close()


def _name(job: Callable[..., object]) -> str:
    """A job's name for messages: a function's, or the function a ``partial`` wraps."""
    if isinstance(job, partial):
        return _name(job.func)
    return str(getattr(job, "__name__", repr(job)))


def _send(connection: Any, name: str, outcome: tuple[bool, object]) -> None:
    try:
        connection.send(outcome)
    except Exception as exc:  # an exception or result that cannot be pickled
        connection.send((False, BrokenProcessPool(f"{name}: {exc!r}")))


class Workers:
    """Worker processes for one stage (see the module docstring), used as a context manager.

    ``map`` and ``submit`` take picklable functions: module-level functions, or
    ``functools.partial`` of them with picklable arguments. ``map_shared`` and ``submit_shared``
    call theirs with ``shared`` first, which the workers inherit: it must not change while they
    run. With one worker, calls run at once in this process.

    ``apart`` jobs (``function(shared)`` each) run one after the other in a process of their own,
    forked on entering, which ends once their results are taken (``apart_result``, in order): a
    job that reads all of ``shared`` copies most of its memory pages, and that copy goes with the
    process instead of staying in a worker until the stage ends. With one worker, each runs in
    this process when its result is asked for.
    """

    def __init__(self, items: int, shared: Any = None, apart: Sequence[Callable[[Any], Any]] = ()) -> None:
        self.count = worker_count(items)
        self.shared = shared
        self._pool: Executor | None = None
        self._apart: deque[Callable[[Any], Any]] = deque(apart)
        self._apart_process: multiprocessing.process.BaseProcess | None = None
        self._apart_connection: Any = None

    def __enter__(self) -> Workers:
        if self.count > 1:
            # Objects that exist now are left out of garbage collection until the workers are
            # done, as the gc module's documentation advises before a fork: collections (here,
            # and in workers) neither walk these objects nor copy their pages.
            gc.freeze()
            context = multiprocessing.get_context("fork")
            if self._apart:  # forked first, while no thread of the pool runs yet
                self._apart_connection, sending = context.Pipe(duplex=False)
                self._apart_process = context.Process(
                    target=_run_apart, args=(sending, self.shared, tuple(self._apart)), daemon=True
                )
                self._apart_process.start()
                sending.close()
            # the pool's workers are forked at its first call
            self._pool = ProcessPoolExecutor(
                self.count, mp_context=context, initializer=_start_worker, initargs=(self.shared,)
            )
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            if self._apart_process is not None:
                if error is not None or self._apart:
                    self._apart_process.terminate()  # its results are no longer wanted
                self._apart_process.join()
                self._apart_connection.close()
        finally:
            self._apart_process = None
            if self._pool is not None:
                try:
                    self._pool.shutdown(cancel_futures=error is not None)
                finally:
                    self._pool = None
                    gc.unfreeze()

    def apart_result(self) -> Any:
        """The next ``apart`` job's result, in the order given, waiting for it if need be; an
        exception the job raised is raised here."""
        job = self._apart.popleft()
        if self._apart_connection is None:
            return job(self.shared)
        try:
            ok, value = self._apart_connection.recv()
        except EOFError:
            assert self._apart_process is not None
            self._apart_process.join()
            code = self._apart_process.exitcode
            raise BrokenProcessPool(f"the process running {_name(job)} ended without its result ({code})") from None
        if not ok:
            raise value
        return value

    def map(self, function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
        """``[function(item) for item in items]``, shared out in chunks over the workers."""
        return list(self.map_in_background(function, items))

    def map_in_background(self, function: Callable[[Item], Result], items: Sequence[Item]) -> Iterator[Result]:
        """``map``, started at once in the workers while this process goes on; the results come
        from the iterator, in order. With one worker they are computed as the iterator is read."""
        if self._pool is None:
            return (function(item) for item in items)
        chunk = math.ceil(len(items) / (self.count * CHUNKS_PER_WORKER))
        return self._pool.map(function, items, chunksize=max(chunk, 1))

    def map_shared(
        self, function: Callable[[Any, Item], Result], items: Sequence[Item], *, paced: bool = False
    ) -> Iterator[Result]:
        """``map_in_background`` of ``function(shared, item)``. ``paced``: the workers keep only a
        few chunks of results ahead of the iterator's reader (PACED_CHUNKS_PER_WORKER chunks of at
        most PACED_CHUNK_LIMIT items per worker), so that results a slower reader has not taken yet
        (pages waiting to be written) do not pile up in this process's memory."""
        if paced and self._pool is not None:
            return self._paced(self._with_shared(function), items)
        return self.map_in_background(self._with_shared(function), items)

    def _paced(self, function: Callable[[Item], Result], items: Sequence[Item]) -> Iterator[Result]:
        assert self._pool is not None
        size = min(math.ceil(len(items) / (self.count * CHUNKS_PER_WORKER)), PACED_CHUNK_LIMIT)
        chunks = (items[start : start + size] for start in range(0, len(items), max(size, 1)))
        pool = self._pool
        running: deque[Future[list[Result]]] = deque()

        def submit_next() -> None:
            chunk = next(chunks, None)
            if chunk is not None:
                running.append(pool.submit(_chunk, function, chunk))

        for _ in range(self.count * PACED_CHUNKS_PER_WORKER):  # started now, not at the first read
            submit_next()

        def results() -> Iterator[Result]:
            while running:
                done = running.popleft().result()
                submit_next()
                yield from done

        return results()

    def submit_shared(self, function: Callable[[Any], Result]) -> Future[Result]:
        """``submit`` of ``function(shared)``."""
        return self.submit(self._with_shared(function))

    def _with_shared(self, function: Callable[..., Result]) -> Callable[..., Result]:
        """``function`` with ``shared`` as its first argument: in a worker, the copy it inherited."""
        if self._pool is not None:
            return partial(_with_shared, function)
        return partial(function, self.shared)

    def submit(self, function: Callable[[], Result]) -> Future[Result]:
        """``function()`` in a worker, while this process goes on; its result is ``.result()``."""
        if self._pool is not None:
            return self._pool.submit(function)
        done: Future[Result] = Future()
        try:
            done.set_result(function())
        except Exception as exc:  # raised by .result(), as from a worker
            done.set_exception(exc)
        return done


def ordered_map(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """``[function(item) for item in items]``, in worker processes when it pays."""
    with Workers(len(items)) as workers:
        return workers.map(function, items)
