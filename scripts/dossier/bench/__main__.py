"""``python -m dossier.bench``: the benchmark behind ``make bench``.

Builds a temporary copy of the corpus with every feature (``dossier build`` then ``mkdocs
build``) and as the bare MkDocs floor (plain pages, documents out of the sidebar), in turns for
``--rounds`` rounds (medians are reported), and once more with its memory sampled (sampling
slows the build it watches, so the timed rounds are not sampled); then measures search in
headless Chromium, a no-change rebuild, a one-seed change, the time from editing a seed to its
page being served by ``mkdocs serve``, the largest HTML page of each kind (none may exceed 1 MB),
and optional synthetic corpora; prints the figures and appends them to BENCHMARKS.md with the
date, commit, machine and the file system the projects were built on (``--dir``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from dossier.bench.corpus import copy_corpus, synthetic_corpus
from dossier.bench.floor import write_floor
from dossier.bench.measure import Run, measured, tree_bytes
from dossier.bench.pages import page_rows
from dossier.bench.project import REPO, make_project
from dossier.bench.report import Figures, append_report, filesystem, print_report
from dossier.bench.search import search_figures
from dossier.bench.serve import serve_figures
from dossier.config import load_settings
from dossier.pipeline import build

SEARCH_FOLDER = "search"  # the search page's indexes and tables, under site/


@dataclass(frozen=True)
class SiteRun:
    """One build of a full project: the build script's and MkDocs' runs, what they produced."""

    script: Run
    site: Run
    documents: int
    stages: dict[str, float]
    size: int  # bytes under site/, search folder excluded
    index: int  # bytes of the search folder (Pagefind indexes, tables)
    files: int  # files under site/ (MkDocs copies or writes each one)
    feeds: tuple[int, int]  # files and bytes under site/feeds/


def full_build(project: Path, *, memory: bool = False) -> SiteRun:
    """``dossier build`` then ``mkdocs build`` on ``project``; ``memory``: sample each one's
    memory (which costs the build CPU time: see dossier.bench.measure)."""
    script = measured([sys.executable, "-m", "dossier", "build", "--root", str(project)], project, memory=memory)
    site = measured([sys.executable, "-m", "mkdocs", "build", "--quiet"], project, memory=memory)
    documents = int(script.output.split(" published")[0].rsplit(" ", 1)[-1])
    stages = script.output.split("stages: ", 1)[1].split("\n", 1)[0]
    return SiteRun(
        script,
        site,
        documents,
        {name: float(value.rstrip("s")) for name, value in (part.split() for part in stages.split(", "))},
        tree_bytes(project / "site") - tree_bytes(project / "site" / SEARCH_FOLDER),
        tree_bytes(project / "site" / SEARCH_FOLDER),
        sum(1 for path in (project / "site").rglob("*") if path.is_file()),
        _files_and_bytes(project / "site" / "feeds"),
    )


def _files_and_bytes(folder: Path) -> tuple[int, int]:
    sizes = [path.stat().st_size for path in folder.rglob("*") if path.is_file()]
    return len(sizes), sum(sizes)


def _each(values: list[float], unit: str = "s") -> str:
    """ "median 6.2 s (6.0, 6.2, 7.1)" for several rounds, "6.2 s" for one."""
    if len(values) == 1:
        return f"{values[0]:.1f} {unit}"
    return f"median {median(values):.1f} {unit} ({', '.join(f'{v:.1f}' for v in values)})"


def report_full(figures: Figures, label: str, runs: list[SiteRun], memory: SiteRun) -> None:
    """Rows for the timed full builds of one corpus (medians when there are several rounds) and
    the peak memory of ``memory``, a build of the same corpus with its memory sampled."""
    last = runs[-1]
    stages = {name: median([r.stages[name] for r in runs]) for name in last.stages}
    figures.add(f"{label}: documents", f"{last.documents:,}")
    figures.add(f"{label}: build script (wall)", _each([r.script.seconds for r in runs]))
    figures.add(
        f"{label}: build script stages" + (" (medians)" if len(runs) > 1 else ""),
        ", ".join(f"{name} {seconds:.2f}s" for name, seconds in stages.items()),
    )
    figures.add(f"{label}: build script stages, sum", _each([sum(r.stages.values()) for r in runs]))
    figures.add(f"{label}: build script peak memory", f"{memory.script.peak_mib:.0f} MiB")
    figures.add(f"{label}: mkdocs build (wall)", _each([r.site.seconds for r in runs]))
    figures.add(f"{label}: mkdocs peak memory", f"{memory.site.peak_mib:.0f} MiB")
    figures.add(f"{label}: total", _each([r.script.seconds + r.site.seconds for r in runs]))
    figures.add(
        f"{label}: site size (no search folder)",
        f"{last.size / 2**20:.1f} MiB, {last.size / last.documents / 1024:.1f} KiB per document",
    )
    figures.add(f"{label}: search folder (Pagefind indexes and tables)", f"{last.index / 2**20:.1f} MiB")
    figures.add(
        f"{label}: files in site/",
        f"{last.files:,}, of which feeds {last.feeds[0]:,} ({last.feeds[1] / 2**20:.1f} MiB)",
    )
    figures.seconds[label] = median([r.script.seconds + r.site.seconds for r in runs])
    figures.seconds[f"{label} mkdocs"] = median([r.site.seconds for r in runs])


def floor_build(seeds: Path, project: Path) -> tuple[Run, int, int]:
    """The bare MkDocs floor for the same texts: its run, page count and site size."""
    count = write_floor(seeds, project)
    # one process: its max RSS is its peak, with no sampling to slow it
    run = measured([sys.executable, "-m", "mkdocs", "build", "--quiet"], project, memory=False)
    return run, count, tree_bytes(project / "site", exclude="search_index.json")


def report_floor(figures: Figures, runs: list[tuple[Run, int, int]]) -> None:
    _, count, size = runs[-1]
    seconds = [run.seconds for run, _, _ in runs]
    figures.add("floor: mkdocs build (wall)", f"{_each(seconds)} for {count:,} plain pages")
    figures.add("floor: mkdocs peak memory", f"{max(run.peak_mib for run, _, _ in runs):.0f} MiB")
    figures.add("floor: site size (no search index)", f"{size / 2**20:.1f} MiB")
    figures.seconds["floor"] = median(seconds)


def incremental(project: Path, figures: Figures) -> None:
    """A rebuild with nothing changed, then one with a single seed edited."""
    settings = load_settings(project)
    command = measured([sys.executable, "-m", "dossier", "build", "--root", str(project)], project, memory=False)
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
    parser.add_argument("--rounds", type=int, default=3, help="full-site and floor builds of the corpus (medians)")
    parser.add_argument("--no-append", action="store_true", help="print only; leave BENCHMARKS.md alone")
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="folder to build the temporary projects in (default: the system's temporary folder); "
        "/dev/shm measures the build without the disk's state (see BENCHMARKS.md, Method)",
    )
    args = parser.parse_args(argv)
    figures = Figures()
    where = args.dir or Path(tempfile.gettempdir())
    figures.add("projects built in", f"{where} ({filesystem(where)})")
    with tempfile.TemporaryDirectory(prefix="dossier-bench-", dir=args.dir) as tmp:
        work = Path(tmp)
        seeds = work / "seeds"
        copy_corpus(args.corpus, seeds)
        # Full site and floor in turns, each round in fresh folders, so that a slow spell of the
        # machine does not fall on one side only; medians are reported. Memory is measured in a
        # build of its own, as sampling it slows the build (see dossier.bench.measure).
        full_runs, floor_runs = [], []
        for round_ in range(args.rounds):
            project = make_project(work / f"full-{round_}", seeds, curation=False)
            full_runs.append(full_build(project))
            floor_runs.append(floor_build(seeds, work / f"floor-{round_}"))
        sampled = full_build(make_project(work / "full-memory", seeds, curation=False), memory=True)
        report_full(figures, "full", full_runs, sampled)
        report_floor(figures, floor_runs)
        figures.add("rounds (full site, then floor, in turns)", f"{args.rounds}")
        ratio = figures.seconds["full"] / figures.seconds["floor"]
        figures.add("full / floor (build script + mkdocs, against mkdocs on plain pages)", f"{ratio:.2f}×")
        ratio = figures.seconds["full mkdocs"] / figures.seconds["floor"]
        figures.add("full / floor (mkdocs alone)", f"{ratio:.2f}×")
        add_rows(figures, page_rows("full", project / "site"))
        if args.search:
            add_rows(figures, search_figures(project / "site", "full"))
        incremental(project, figures)
        if args.serve:
            add_rows(figures, serve_figures(project))
        for size in [int(n) for n in args.synthetic.split(",") if n]:
            synthetic = work / f"synthetic-{size}"
            synthetic_corpus(args.corpus, synthetic / "seeds-src", size)
            synthetic_project = make_project(synthetic / "p", synthetic / "seeds-src", curation=False)
            timed = full_build(synthetic_project)
            sampled = full_build(
                make_project(synthetic / "memory", synthetic / "seeds-src", curation=False), memory=True
            )
            report_full(figures, f"synthetic {size:,}", [timed], sampled)
            add_rows(figures, page_rows(f"synthetic {size:,}", synthetic_project / "site"))
            if args.search:
                add_rows(figures, search_figures(synthetic_project / "site", f"synthetic {size:,}"))
    print_report(figures)
    if not args.no_append:
        append_report(REPO / "BENCHMARKS.md", figures, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
