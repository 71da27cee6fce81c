"""Measure related documents and near-duplicates: ``python -m dossier.evaluation.related CORPUS``.

On the BBC News set (CORPUS) it prints the share of each article's related documents that share
its category (per category and macro-averaged; the bar is 0.90), how long each step takes, and
the near-duplicate groups found. ``--synthetic 2000 5000 20000`` then builds corpora of those
sizes from BBC paragraphs (evaluation/corpus.py) and reports, for each, the time, the process's peak
memory (corpus included) and the run's own peak (tracemalloc, a second run), each size in a
fresh process so that peaks do not mix. Related documents use text only here; pass
``--entities module:function`` (a function from the articles to {id: entity keys}) to add them.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from dossier.enrich.related.duplicates import duplicate_groups
from dossier.enrich.related.ranking import RelatedInput, related_and_duplicates
from dossier.enrich.related.tfidf import tfidf
from dossier.enrich.related.word_ids import read_words
from dossier.evaluation.corpus import Article, load_bbc, synthetic
from dossier.models import RelatedRef

EntityHook = Callable[[Sequence[Article]], Mapping[str, frozenset[str]]]
T = TypeVar("T")


def timed(step: Callable[[], T], repeat: int = 1) -> tuple[T, float]:
    """The result of ``step`` and its best wall time in seconds over ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = step()
        best = min(best, time.perf_counter() - started)
    return result, best


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def agreement(articles: Sequence[Article], related: Mapping[str, Sequence[RelatedRef]], k: int = 5) -> dict[str, float]:
    """Per category, the mean share of an article's listed related documents in its category
    (articles listing none are left out), plus "macro" (mean over categories) and "strict"
    (macro, with empty places among the k counted as misses)."""
    category = {a.id: a.category for a in articles}
    shares: dict[str, list[float]] = {}
    strict: dict[str, list[float]] = {}
    for article in articles:
        same = sum(category[r.id] == article.category for r in related[article.id])
        if related[article.id]:
            shares.setdefault(article.category, []).append(same / len(related[article.id]))
        strict.setdefault(article.category, []).append(same / k)
    result = {name: sum(values) / len(values) for name, values in sorted(shares.items())}
    result["macro"] = sum(result.values()) / len(result)
    result["strict"] = sum(sum(v) / len(v) for v in strict.values()) / len(strict)
    return result


def inputs(articles: Sequence[Article], hook: EntityHook | None = None) -> list[RelatedInput]:
    """What related_documents reads of each article."""
    keys = hook(articles) if hook else {}
    return [RelatedInput(a.id, a.text, keys.get(a.id, frozenset())) for a in articles]


def bench_bbc(root: Path, hook: EntityHook | None = None) -> float:
    """Print the BBC report; return the macro category agreement."""
    reference = timed(lambda: sum(range(10**7)), 3)[1]
    articles, load = timed(lambda: load_bbc(root))
    docs = inputs(articles, hook)
    words, read = timed(lambda: read_words(d.text for d in docs), 3)
    _, dups = timed(lambda: duplicate_groups(words), 3)
    _, vectors = timed(lambda: tfidf(words), 3)
    (related, groups), total = timed(lambda: related_and_duplicates(docs), 3)
    print(f"{len(articles)} articles; machine reference (sum of 10**7 ints): {reference:.2f} s")
    print(f"  load {load:.2f} s | words {read:.2f} s | near-duplicates {dups:.2f} s | TF-IDF {vectors:.2f} s")
    print(f"  related_and_duplicates, all steps: {total:.2f} s (best of 3)")
    scores = agreement(articles, related)
    listed = sum(len(r) for r in related.values())
    print(f"related: {listed} listed, {sum(1 for r in related.values() if not r)} articles with none")
    for name, value in scores.items():
        print(f"  {name:<14} {value:.4f}")
    print(f"near-duplicate groups: {len(groups)} ({sum(len(g) for g in groups)} articles)")
    by_id = {a.id: a for a in articles}
    for group in groups[:: max(1, len(groups) // 8)][:8]:
        print(f"  {' = '.join(group)}: {by_id[group[0]].title}")
    return scores["macro"]


def measure_synthetic(root: str, size: int) -> dict[str, float]:
    """Build a synthetic corpus of ``size`` documents and time related_and_duplicates on it."""
    corpus = synthetic(load_bbc(Path(root)), size)
    docs = inputs(corpus.articles)
    (related, groups), seconds = timed(lambda: related_and_duplicates(docs))
    tracemalloc.start()  # a second run, for memory: tracing slows Python code down
    related_and_duplicates(docs)
    own = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    together = {doc_id: group for group in groups for doc_id in group}
    injected = corpus.copies + corpus.edits
    found = sum(1 for copy, original in injected if original in together.get(copy, ()))
    return {
        "seconds": seconds,
        "peak": peak_mb(),
        "own": own,
        "found": found,
        "injected": len(injected),
        "agreement": agreement(corpus.articles, related)["macro"],
    }


def bench_synthetic(root: Path, sizes: Sequence[int]) -> None:
    """Print time and memory per size, each measured in a fresh process."""
    print("documents   seconds   per 1,000   peak RSS   run's own peak   injected versions found   agreement")
    context = multiprocessing.get_context("spawn")
    for size in sizes:
        with context.Pool(1) as pool:
            row = pool.apply(measure_synthetic, (str(root), size))
        print(
            f"{size:>9,}   {row['seconds']:>7.2f}   {1000 * row['seconds'] / size:>9.3f}   {row['peak']:>6.0f} MB"
            f"   {row['own']:>11.0f} MB   {row['found']:>11.0f}/{row['injected']:<11.0f}   {row['agreement']:.4f}"
        )


def _hook(spec: str) -> EntityHook:
    module, _, name = spec.partition(":")
    hook: EntityHook = getattr(importlib.import_module(module), name)
    return hook


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; exit status 1 when agreement is under 0.90."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.related", description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="the BBC News folder (business/, entertainment/, ...)")
    parser.add_argument("--synthetic", type=int, nargs="*", default=[], metavar="N", help="synthetic corpus sizes")
    parser.add_argument("--entities", metavar="MODULE:FUNCTION", help="articles -> {id: entity keys}")
    args = parser.parse_args(argv)
    macro = bench_bbc(args.corpus, _hook(args.entities) if args.entities else None)
    if args.synthetic:
        bench_synthetic(args.corpus, args.synthetic)
    return 0 if macro >= 0.90 else 1


if __name__ == "__main__":
    sys.exit(main())
