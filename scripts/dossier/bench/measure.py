"""Run a command and measure it: wall time and the peak memory of its process tree.

The build script forks worker processes, and max RSS (from ``wait4``) is the largest single
process, not the tree's total. So the tree's memory can also be sampled (every SAMPLE_SECONDS):
the sum of each process's proportional set size (PSS, from /proc/<pid>/smaps_rollup), which
counts the pages that forked workers share with their parent once rather than once per process.

Sampling is not free: the kernel walks every page of every process of the tree to sum its PSS,
about 30 ms a sample for the BBC build, which took 0.8 to 1.3 s of CPU over a 9 s build on this
2-core machine, from the build being timed (2026-12-05, measured in the sampling thread). So the
benchmark times its builds unsampled (``memory=False``) and measures memory in a run of its own.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

#: Reading a process's PSS takes the kernel about 8 ms per 400 MB; sampled every 50 ms, that took
#: a tenth of this 2-core machine from the parallel build being measured. Peaks last seconds.
SAMPLE_SECONDS = 0.25


@dataclass(frozen=True)
class Run:
    """One measured command: seconds of wall time, peak resident memory in MiB, and its output."""

    seconds: float
    peak_mib: float  # the larger of the largest process's max RSS and the tree's sampled peak PSS
    output: str


def measured(args: list[str], cwd: Path, *, memory: bool = True) -> Run:
    """Run ``args`` to completion; fail loudly (with its output) if it fails. ``memory``: sample
    the tree's memory while it runs; without it, the peak is the largest process's max RSS."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Flush what earlier steps wrote (the corpus copy, the other build's site): on this machine's
    # disk, its write-back made file creation in the measured command several times slower.
    os.sync()
    start = time.perf_counter()
    with subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env) as proc:
        sampler = TreeMemory(proc.pid) if memory else None
        if sampler:
            sampler.start()
        output = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
        if sampler:
            sampler.stop()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{output[-3000:]}")
    return Run(seconds, max(usage.ru_maxrss * 1024, sampler.peak_bytes if sampler else 0) / 2**20, output)


class TreeMemory(threading.Thread):
    """Samples the summed PSS of a process and its descendants until stopped; keeps the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_bytes = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_SECONDS):
            self.peak_bytes = max(self.peak_bytes, sum(pss_bytes(pid) for pid in tree(self.pid)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def tree(root: int) -> list[int]:
    """``root`` and every process descended from it, from the parent ids in /proc/<pid>/stat."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
            children.setdefault(ppid, []).append(int(entry.name))
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(children.get(pid, []))
    return found


def pss_bytes(pid: int) -> int:
    """A process's proportional set size; 0 if it has ended or cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def tree_bytes(root: Path, exclude: str = "") -> int:
    """Total size of the files under ``root``, leaving out files named ``exclude``."""
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and p.name != exclude)
