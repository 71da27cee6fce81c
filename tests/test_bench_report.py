"""The benchmark's full-site measurement and its report rows (no timing is asserted here)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from dossier.bench.__main__ import full_build, report_full
from dossier.bench.report import Figures, commit, filesystem
from tests.helpers import make_project


def test_full_build_reads_the_stages_and_rounds_report_medians(tmp_path: Path) -> None:
    run = full_build(make_project(tmp_path / "project"))
    assert run.documents == 5
    assert list(run.stages) == ["read", "extract", "enrich", "render", "write"]
    assert all(seconds >= 0 for seconds in run.stages.values())
    assert run.size > 0 and run.index > 0
    slower = replace(run, stages={name: seconds + 1 for name, seconds in run.stages.items()})
    figures = Figures()
    heavier = replace(run, script=replace(run.script, peak_mib=run.script.peak_mib + 100))
    report_full(figures, "full", [run, slower, slower], heavier)
    rows = dict(figures.rows)
    assert rows["full: documents"] == "5"
    assert rows["full: build script stages (medians)"].startswith(f"read {run.stages['read'] + 1:.2f}s")
    assert rows["full: build script stages, sum"].startswith("median ")
    # memory comes from the sampled run alone, not from the timed rounds
    assert rows["full: build script peak memory"] == f"{run.script.peak_mib + 100:.0f} MiB"
    assert figures.seconds["full"] == run.script.seconds + run.site.seconds  # the same commands in each round


def test_commit_is_marked_for_changed_code_but_not_for_the_report_itself(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "BENCHMARKS.md").write_text("# Benchmarks\n", "utf-8")
    (tmp_path / "code.py").write_text("x = 1\n", "utf-8")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "start")
    clean = commit(tmp_path)
    assert clean and " " not in clean
    (tmp_path / "BENCHMARKS.md").write_text("# Benchmarks\n\n## an earlier run\n", "utf-8")
    assert commit(tmp_path) == clean
    (tmp_path / "code.py").write_text("x = 2\n", "utf-8")
    assert commit(tmp_path) == f"{clean} (+ uncommitted changes)"


def test_the_file_system_of_a_folder_is_its_deepest_mount_points(tmp_path: Path) -> None:
    # the benchmark names where its projects were built: file creation costs differ by far
    table = tmp_path / "mounts"
    table.write_text("/dev/vda / ext4 rw 0 0\ntmpfs /dev/shm tmpfs rw 0 0\n/dev/vdb /data/x xfs rw 0 0\n", "utf-8")
    assert filesystem(Path("/dev/shm/bench"), table) == "tmpfs"
    assert filesystem(Path("/data/x/y"), table) == "xfs"
    assert filesystem(Path("/data/xy"), table) == "ext4"  # a mount point is a folder, not a prefix
    assert filesystem(Path("/tmp"), tmp_path / "none") == "?"
