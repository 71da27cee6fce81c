"""``python -m dossier.bench``: the benchmark behind ``make bench``.

Builds a temporary copy of the corpus twice in one run, with every feature (``dossier build``
then ``mkdocs build``) and as the bare MkDocs floor (plain pages, documents out of the sidebar),
then measures search in headless Chromium, a no-change rebuild, a one-seed change, the time from
editing a seed to its page being served by ``mkdocs serve``, and optional synthetic corpora; prints
the figures and appends them to BENCHMARKS.md with the date, commit and machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from dossier.bench.corpus import copy_corpus, synthetic_corpus
from dossier.bench.floor import write_floor
from dossier.bench.measure import measured, tree_bytes
from dossier.bench.project import REPO, make_project
from dossier.bench.report import Figures, append_report, print_report
from dossier.bench.search import search_figures
from dossier.bench.serve import serve_figures
from dossier.config import load_settings
from dossier.pipeline import build

SEARCH_INDEX = "search_index.json"


def full_build(project: Path, figures: Figures, label: str) -> None:
    """``dossier build`` then ``mkdocs build`` on ``project``; record times, memory and size."""
    script = measured([sys.executable, "-m", "dossier", "build", "--root", str(project)], project)
    site = measured([sys.executable, "-m", "mkdocs", "build", "--quiet"], project)
    documents = int(script.output.split(" published")[0].rsplit(" ", 1)[-1])
    stages = script.output.split("stages: ", 1)[1].split("\n", 1)[0]
    figures.add(f"{label}: documents", f"{documents:,}")
    figures.add(f"{label}: build script (wall)", f"{script.seconds:.1f} s, peak {script.peak_mib:.0f} MiB")
    figures.add(f"{label}: build script stages", stages)
    figures.add(f"{label}: mkdocs build (wall)", f"{site.seconds:.1f} s, peak {site.peak_mib:.0f} MiB")
    figures.add(f"{label}: total", f"{script.seconds + site.seconds:.1f} s")
    size = tree_bytes(project / "site", exclude=SEARCH_INDEX)
    index = (project / "site" / "search" / SEARCH_INDEX).stat().st_size
    figures.add(
        f"{label}: site size (no search index)",
        f"{size / 2**20:.1f} MiB, {size / documents / 1024:.1f} KiB per document",
    )
    figures.add(f"{label}: search index", f"{index / 2**20:.1f} MiB")
    figures.seconds[label] = script.seconds + site.seconds
    figures.seconds[f"{label} mkdocs"] = site.seconds


def floor_build(seeds: Path, work: Path, figures: Figures) -> None:
    """The bare MkDocs floor for the same texts."""
    project = work / "floor"
    count = write_floor(seeds, project)
    run = measured([sys.executable, "-m", "mkdocs", "build", "--quiet"], project)
    size = tree_bytes(project / "site", exclude=SEARCH_INDEX)
    figures.add(
        "floor: mkdocs build (wall)", f"{run.seconds:.1f} s for {count:,} plain pages, peak {run.peak_mib:.0f} MiB"
    )
    figures.add("floor: site size (no search index)", f"{size / 2**20:.1f} MiB")
    figures.seconds["floor"] = run.seconds


def incremental(project: Path, figures: Figures) -> None:
    """A rebuild with nothing changed, then one with a single seed edited."""
    settings = load_settings(project)
    command = measured([sys.executable, "-m", "dossier", "build", "--root", str(project)], project)
    unchanged = build(settings)
    total = sum(unchanged.timings.stages.values())
    figures.add(
        "no-change rebuild (build script)",
        f"{command.seconds:.2f} s wall for the command, {total:.2f} s in its stages, "
        f"{len(unchanged.report.written)} file(s) written",
    )
    seed = sorted(settings.seeds_dir.rglob("*.txt"))[0]
    seed.write_text(seed.read_text("utf-8") + "\nOne more paragraph for the benchmark.\n", "utf-8")
    changed = build(settings)
    total = sum(changed.timings.stages.values())
    written = ", ".join(changed.report.written)
    figures.add(
        "one seed edited (build script)", f"{total:.2f} s, {len(changed.report.written)} file(s) written: {written}"
    )


def add_rows(figures: Figures, rows: list[tuple[str, str]]) -> None:
    for name, value in rows:
        figures.add(name, value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dossier.bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "bbc")
    parser.add_argument("--synthetic", default="", help="comma-separated sizes, e.g. 2000,5000,20000")
    parser.add_argument("--no-search", dest="search", action="store_false", help="skip the search timing in Chromium")
    parser.add_argument("--no-serve", dest="serve", action="store_false", help="skip the mkdocs serve timing")
    parser.add_argument("--no-append", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)
    figures = Figures()
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        work = Path(tmp)
        seeds = work / "seeds"
        copy_corpus(args.corpus, seeds)
        project = make_project(work / "full", seeds, curation=False)
        full_build(project, figures, "full")
        floor_build(seeds, work, figures)
        ratio = figures.seconds["full"] / figures.seconds["floor"]
        figures.add("full / floor (build script + mkdocs, against mkdocs on plain pages)", f"{ratio:.2f}×")
        ratio = figures.seconds["full mkdocs"] / figures.seconds["floor"]
        figures.add("full / floor (mkdocs alone)", f"{ratio:.2f}×")
        if args.search:
            add_rows(figures, search_figures(project / "site", "full"))
        incremental(project, figures)
        if args.serve:
            add_rows(figures, serve_figures(project))
        for size in [int(n) for n in args.synthetic.split(",") if n]:
            synthetic = work / f"synthetic-{size}"
            synthetic_corpus(args.corpus, synthetic / "seeds-src", size)
            synthetic_project = make_project(synthetic / "p", synthetic / "seeds-src", curation=False)
            full_build(synthetic_project, figures, f"synthetic {size:,}")
            if args.search:
                add_rows(figures, search_figures(synthetic_project / "site", f"synthetic {size:,}"))
    print_report(figures)
    if not args.no_append:
        append_report(REPO / "BENCHMARKS.md", figures, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
