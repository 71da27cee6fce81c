"""Time each metadata extractor over a corpus of plain-text articles, the way a build calls them.

Usage: ``python -m dossier.evaluation.extract_timing CORPUS [--repeat N]``. CORPUS is a folder of ``*.txt``
files (first line the title, then the body; undecodable files are skipped). Each file goes
through the character policy and the title/paragraph split first (not timed). Then, document by
document as in ``extract/metadata.py``, furniture removal runs on its paragraphs and the other
extractors on the kept ones. Prints each extractor's total wall-clock and CPU seconds.

Each run is a fresh process, so memo caches start empty as in a build. The best of ``--repeat``
runs is shown, since other work on the machine only ever makes a run slower (CPU time less so
than wall-clock time).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dossier.extract.characters import clean_characters
from dossier.extract.dates import extract_dates
from dossier.extract.doctype import classify
from dossier.extract.furniture import find_furniture
from dossier.extract.language import document_language
from dossier.extract.place import find_place
from dossier.extract.structure import split_document
from dossier.models import Paragraph

Input = tuple[str, tuple[Paragraph, ...]]
Extractor = Callable[[str, tuple[Paragraph, ...]], Any]
Timings = dict[str, tuple[float, float]]  # extractor name -> (wall-clock, CPU) seconds
# The extractors that read the kept paragraphs, in the order metadata.py calls them.
EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("extract_dates", extract_dates),
    ("find_place", find_place),
    ("classify", classify),
    ("document_language", document_language),
)


def load_inputs(root: Path) -> list[Input]:
    """Title and paragraphs of every decodable ``*.txt`` under ``root``, prepared as the pipeline does."""
    inputs: list[Input] = []
    for path in sorted(root.rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        title, paragraphs = split_document(path.name, clean_characters(text).text)[:2]
        inputs.append((title, paragraphs))
    return inputs


def _timed(function: Extractor, title: str, paragraphs: tuple[Paragraph, ...], totals: dict[str, list[float]]) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(title, paragraphs)
    spent = totals.setdefault(function.__name__, [0.0, 0.0])
    spent[0] += time.perf_counter() - wall
    spent[1] += time.process_time() - cpu
    return result


def run_once(root: Path) -> tuple[int, Timings]:
    """Documents read and seconds per extractor for one pass over the corpus at ``root``."""
    inputs = load_inputs(root)
    totals: dict[str, list[float]] = {}
    for title, paragraphs in inputs:
        kept = _timed(find_furniture, title, paragraphs, totals).kept
        for _, function in EXTRACTORS:
            _timed(function, title, kept, totals)
    return len(inputs), {name: (wall, cpu) for name, (wall, cpu) in totals.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point: prints one line per extractor and the total; returns 0."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.extract_timing", description=__doc__)
    parser.add_argument("corpus", type=Path, help="folder of .txt articles: first line title, then body")
    parser.add_argument("--repeat", type=int, default=3, help="runs, each in a fresh process; the best is shown")
    args = parser.parse_args(argv)
    runs: list[tuple[int, Timings]] = []
    context = multiprocessing.get_context("spawn")
    for _ in range(max(1, args.repeat)):
        with context.Pool(1) as pool:
            runs.append(pool.apply(run_once, (args.corpus,)))
    documents = runs[0][0]
    if not documents:
        parser.error(f"no readable .txt files under {args.corpus}")
    names = list(runs[0][1])
    wall = {name: min(run[name][0] for _, run in runs) for name in names}
    cpu = {name: min(run[name][1] for _, run in runs) for name in names}
    print(f"{documents} documents, best of {len(runs)} run(s), seconds")
    print(f"{'extractor':<20} {'wall':>7} {'cpu':>7}")
    for name in names:
        print(f"{name:<20} {wall[name]:7.3f} {cpu[name]:7.3f}")
    print(f"{'total':<20} {sum(wall.values()):7.3f} {sum(cpu.values()):7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
