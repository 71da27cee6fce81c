"""The benchmark's memory figure counts a process tree, not only its largest process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dossier.bench import measure
from dossier.bench.measure import measured

# Two processes at once, each holding 120 MiB of its own (not shared) memory for a second.
TWO_PROCESSES = """
import os, time
child = os.fork()
block = bytearray(os.urandom(1 << 20)) * 120
time.sleep(1.0)
if child == 0:
    os._exit(0)
os.wait()
"""


def test_peak_memory_adds_up_concurrent_processes(tmp_path: Path) -> None:
    run = measured([sys.executable, "-c", TWO_PROCESSES], tmp_path)
    assert run.peak_mib > 220  # each process alone peaks near 130 MiB


def test_unsampled_runs_start_no_sampler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the benchmark times its builds unsampled, as sampling takes CPU from them (an upper bound on
    # the peak would not do: a process's max RSS includes its parent's before exec)
    started: list[int] = []
    monkeypatch.setattr(measure.TreeMemory, "run", lambda self: started.append(self.pid))
    measured([sys.executable, "-c", "print('timed')"], tmp_path, memory=False)
    assert started == []
    measured([sys.executable, "-c", "print('sampled')"], tmp_path)
    assert len(started) == 1


def test_a_failing_command_raises_with_its_output(tmp_path: Path) -> None:
    try:
        measured([sys.executable, "-c", "print('went wrong'); raise SystemExit(3)"], tmp_path)
    except RuntimeError as exc:
        assert "went wrong" in str(exc) and "(3)" in str(exc)
    else:
        raise AssertionError("no error raised")
