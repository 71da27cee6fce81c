"""The benchmark's full-site measurement and its report rows (no timing is asserted here)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dossier.bench.__main__ import full_build, report_full
from dossier.bench.report import Figures
from tests.helpers import make_project


def test_full_build_reads_the_stages_and_rounds_report_medians(tmp_path: Path) -> None:
    run = full_build(make_project(tmp_path / "project"))
    assert run.documents == 5
    assert list(run.stages) == ["read", "extract", "enrich", "render", "write"]
    assert all(seconds >= 0 for seconds in run.stages.values())
    assert run.size > 0 and run.index > 0
    slower = replace(run, stages={name: seconds + 1 for name, seconds in run.stages.items()})
    figures = Figures()
    report_full(figures, "full", [run, slower, slower])
    rows = dict(figures.rows)
    assert rows["full: documents"] == "5"
    assert rows["full: build script stages (medians)"].startswith(f"read {run.stages['read'] + 1:.2f}s")
    assert rows["full: build script stages, sum"].startswith("median ")
    assert figures.seconds["full"] == run.script.seconds + run.site.seconds  # the same commands in each round
