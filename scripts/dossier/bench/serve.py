"""How long ``mkdocs serve`` takes to show an edited seed: the live-preview half of the benchmark.

Starts ``mkdocs serve`` (optionally ``--dirty``) on a free local port, waits for the initial build,
appends a paragraph with a unique marker to one seed and polls that seed's page until the
marker is served. The seed is restored afterwards; its generated page stays stale until the next build.

``python -m dossier.bench.serve PROJECT_DIR [--dirty]`` prints one measurement.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

HOST = "127.0.0.1"
POLL_SECONDS = 0.05
LISTING = "archive/"
BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")


@dataclass(frozen=True)
class ServeTiming:
    """One serve run: seconds to the first answer, seconds from the seed edit to its page showing
    the edit (None if it never did within the timeout), and what else was seen."""

    dirty: bool
    startup_s: float
    edit_to_served_s: float | None
    note: str


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def seed_page(project: Path) -> tuple[Path, str]:
    """The first seed (sorted) that has a published page, and that page's URL path, from
    docs/catalog.json (records: ``seed`` relative to seeds/, ``url`` relative to the site root)."""
    catalog = json.loads((project / "docs" / "catalog.json").read_text("utf-8"))
    urls = {record["seed"]: record["url"] for record in catalog["documents"]}
    seeds = project / "seeds"
    for path in sorted(seeds.rglob("*.txt")):
        rel = path.relative_to(seeds).as_posix()
        if rel in urls:
            return path, urls[rel]
    raise RuntimeError(f"no seed under {seeds} has a page in docs/catalog.json; run `dossier build` first")


def wait_until(check: Callable[[float], bool], deadline: float) -> float | None:
    """Call ``check(seconds_left)`` every POLL_SECONDS until it is true (return the time it was) or
    the deadline passes (return None)."""
    while (now := time.perf_counter()) < deadline:
        if check(deadline - now):
            return time.perf_counter()
        time.sleep(POLL_SECONDS)
    return None


def interruptible() -> None:
    """In the server process: take SIGINT as Ctrl-C even if our caller ignores it (a background
    job of a non-interactive shell does), so that ``stop`` can shut the server down cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server the way Ctrl-C does, so it removes its temporary site directory; terminate
    it, then kill it, only if it does not exit."""
    stoppers: list[Callable[[], None]] = [lambda: proc.send_signal(signal.SIGINT), proc.terminate, proc.kill]
    for stopper in stoppers:
        if proc.poll() is not None:
            return
        stopper()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            continue


class IndexSummary(NamedTuple):
    """The served search index (search/facets.json): how many documents it lists, -1 if
    unreadable. (Its rows carry no document id since the search tables were compacted: dates as
    differences, ids as rows; a changed count is what a stale copy would show.)"""

    entries: int


@dataclass(frozen=True)
class Server:
    """A running ``mkdocs serve``: its process, port and combined output."""

    proc: subprocess.Popen[bytes]
    port: int
    log: Path
    started: float  # time.perf_counter() just before the process was started

    def get(self, path: str, timeout: float) -> tuple[int, str]:
        """GET ``path``: status and body, or status 0 if nothing answers (yet). The server holds a
        request while it rebuilds, hence a timeout as long as the caller can wait."""
        conn = http.client.HTTPConnection(HOST, self.port, timeout=max(timeout, 0.1))
        try:
            conn.request("GET", "/" + path.lstrip("/"))
            response = conn.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        except OSError:
            return 0, ""
        finally:
            conn.close()

    def output(self) -> str:
        """Everything the server has printed so far."""
        return self.log.read_text("utf-8", "replace")

    def builds(self) -> list[float]:
        """The durations MkDocs reported for each build so far."""
        return [float(s) for s in BUILT.findall(self.output())]

    def settle(self, deadline: float, quiet: float = 2.0) -> None:
        """Wait until nothing is logged for ``quiet`` seconds: the file watchers have taken their
        first snapshot, or the rebuild that the hook's own writes to docs/ trigger is over."""
        size, since = -1, time.perf_counter()
        while (now := time.perf_counter()) < deadline and now - since < quiet:
            if (current := self.log.stat().st_size) != size:
                size, since = current, now
            time.sleep(POLL_SECONDS)

    def search_index(self, timeout: float) -> IndexSummary:
        """Count the documents of the search index the server serves now."""
        status, body = self.get("search/facets.json", timeout)
        try:
            docs = json.loads(body)["docs"] if status == 200 else None
        except (ValueError, KeyError):
            docs = None
        return IndexSummary(len(docs) if isinstance(docs, list) else -1)


@contextmanager
def serving(project: Path, *, dirty: bool, log: Path) -> Iterator[Server]:
    """Start ``mkdocs serve`` in ``project`` on a free port, logging to ``log``; stop it on exit."""
    port = free_port()
    args = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"{HOST}:{port}", *(["--dirty"] if dirty else [])]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("ab") as out:  # O_APPEND: we read the log through a handle of our own
        started = time.perf_counter()
        proc = subprocess.Popen(
            args, cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT, preexec_fn=interruptible
        )
    try:
        yield Server(proc, port, log, started)
    finally:
        stop(proc)


@contextmanager
def restored(path: Path) -> Iterator[bytes]:
    """Yield the bytes of ``path`` and put them back on exit."""
    original = path.read_bytes()
    try:
        yield original
    finally:
        path.write_bytes(original)


def wait_ready(server: Server, timeout: float) -> float:
    """Seconds from the server's start until it answers; it binds its port only after the initial build."""
    start = server.started
    ready = wait_until(lambda left: server.proc.poll() is None and server.get("", left)[0] == 200, start + timeout)
    if ready is None:
        raise RuntimeError(f"mkdocs serve did not answer within {timeout:.0f} s:\n{server.output()[-3000:]}")
    return ready - start


def measure_serve(project: Path, *, dirty: bool, timeout: float = 300) -> ServeTiming:
    """Serve ``project``, append a marker to its first seed and time until its page shows it."""
    seed, url = seed_page(project)
    marker = f"serve-benchmark-{uuid.uuid4().hex}"
    # a sentence, not a bare line: a bare last line can be taken for site furniture and moved
    # out of the document body (still on the page, but out of the search index)
    paragraph = f"This paragraph was added by the serve benchmark, marker {marker}."
    with (
        tempfile.TemporaryDirectory(prefix="dossier-serve-") as tmp,
        restored(seed) as original,  # restored after the server stops, so no rebuild follows
        serving(project, dirty=dirty, log=Path(tmp) / "serve.log") as server,
    ):
        startup = wait_ready(server, timeout)
        server.settle(time.perf_counter() + timeout)
        before, initial = server.search_index(timeout), len(server.builds())
        seed.write_bytes(original + f"\n\n{paragraph}\n".encode())
        edited = time.perf_counter()
        served = wait_until(lambda left: marker in server.get(url, left)[1], edited + timeout)
        server.settle(edited + timeout)
        listing, _ = server.get(LISTING, timeout)
        after, rebuilds = server.search_index(timeout), server.builds()[initial:]
    note = (
        f"{seed.relative_to(project).as_posix()} -> /{url}; rebuilds after the edit (with the Dossier hook): "
        f"{', '.join(f'{s:.1f} s' for s in rebuilds) or 'none'}; /{LISTING} answered {listing}; "
        f"search index: {before.entries} -> {after.entries} documents"
    )
    return ServeTiming(dirty, startup, None if served is None else served - edited, note)


def serve_figures(project: Path) -> list[tuple[str, str]]:
    """Benchmark rows for a full-rebuild serve and a ``--dirty`` serve of ``project``."""
    rows = []
    for dirty in (False, True):
        timing = measure_serve(project, dirty=dirty)
        name = "mkdocs serve --dirty" if dirty else "mkdocs serve"
        kind = "dirty rebuild" if dirty else "full rebuild"
        served = "not served" if timing.edit_to_served_s is None else f"{timing.edit_to_served_s:.1f} s"
        rows.append((f"{name}: startup (initial build) → first page served", f"{timing.startup_s:.1f} s"))
        rows.append((f"{name}: edit one seed → page served ({kind})", served))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print one measurement of ``mkdocs serve`` on a built project."""
    parser = argparse.ArgumentParser(prog="python -m dossier.bench.serve", description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path, help="a project built once with `dossier build`")
    parser.add_argument("--dirty", action="store_true", help="serve with `mkdocs serve --dirty`")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for each step (default 300)")
    args = parser.parse_args(argv)
    timing = measure_serve(args.project.resolve(), dirty=args.dirty, timeout=args.timeout)
    served = "not served" if timing.edit_to_served_s is None else f"{timing.edit_to_served_s:.2f} s"
    print(f"mkdocs serve{' --dirty' if timing.dirty else ''}: startup {timing.startup_s:.2f} s, edit → served {served}")
    print(f"  {timing.note}")
    return 0 if timing.edit_to_served_s is not None else 1


if __name__ == "__main__":
    sys.exit(main())
