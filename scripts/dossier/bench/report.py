"""Figures of a benchmark run: printed, and appended to BENCHMARKS.md with date, commit, machine."""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


@dataclass
class Figures:
    """Named results in the order they were measured."""

    rows: list[tuple[str, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, value: str) -> None:
        self.rows.append((name, value))


def machine() -> str:
    """CPU model, cores, memory and Python version of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{mem_kib / 2**20:.0f} GiB"
    except OSError:
        memory = "?"
    return f"{cpu}, {os.cpu_count()} cores, {memory} RAM, Python {platform.python_version()}"


def filesystem(folder: Path, table: Path = Path("/proc/mounts")) -> str:
    """The type of the file system ``folder`` is on ("ext4", "tmpfs"), from the mount ``table``;
    "?" without one. File creation costs differ by an order of magnitude between them (see
    BENCHMARKS.md, Method)."""
    try:
        mounts = [line.split()[1:3] for line in table.read_text().splitlines()]
    except OSError:
        return "?"
    resolved = folder.resolve()
    found = [(len(point), kind) for point, kind in mounts if resolved.is_relative_to(point)]
    return max(found)[1] if found else "?"


def commit(repo: Path) -> str:
    """Short commit hash, marked when the work tree has uncommitted changes other than in
    BENCHMARKS.md itself (the earlier runs' sections, not yet committed, are not the code)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!BENCHMARKS.md")
    return head + (" (+ uncommitted changes)" if changed else "")


def print_report(figures: Figures) -> None:
    width = max(len(name) for name, _ in figures.rows)
    for name, value in figures.rows:
        print(f"{name:<{width}}  {value}")


def append_report(path: Path, figures: Figures, args: argparse.Namespace) -> None:
    """Add this run as a new section at the end of BENCHMARKS.md."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"\n## {when}, commit {commit(path.parent)}\n",
        f"Machine: {machine()}. Corpus: `{args.corpus}`"
        + (f"; synthetic sizes {args.synthetic}" if args.synthetic else "")
        + ".\n",
        "| measure | result |",
        "| --- | --- |",
        *(f"| {name} | {value} |" for name, value in figures.rows),
        "",
    ]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
