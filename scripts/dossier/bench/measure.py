"""Run a command and measure it: wall time and the peak memory (max RSS) of that process tree."""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One measured command: seconds of wall time, peak resident memory in MiB, and its output."""

    seconds: float
    peak_mib: float
    output: str


def measured(args: list[str], cwd: Path) -> Run:
    """Run ``args`` to completion; fail loudly (with its output) if it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    with subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env) as proc:
        output = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{output[-3000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, output)


def tree_bytes(root: Path, exclude: str = "") -> int:
    """Total size of the files under ``root``, leaving out files named ``exclude``."""
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and p.name != exclude)
