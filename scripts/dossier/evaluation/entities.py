"""Measure person extraction on hand-labelled articles: ``python -m dossier.evaluation.entities CORPUS GOLD``.

GOLD (tests/data/person_gold.yaml) maps an article's path under CORPUS to the people it names.
Scoring is by distinct person per article: the people find_mentions finds in the article (one
per entity key) against the gold list, micro-averaged over all articles. A prediction matches a
gold person when the names are equal after normalisation (case, accents, dots, hyphens and a
leading Mr/Mrs/Ms/Dr/Sir/Dame ignored) or when it is a bare surname equal to the gold name's
last word (the extractor keys a person named only as "Mr Howard" by the surname). A gold entry
may list alternatives ("Lord Falconer" or "Charles Falconer"). Each gold person matches at most
one prediction. ``--time`` also times find_mentions over every article of CORPUS.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dossier.enrich.entities.aliases import normalise_name
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import REGISTRY_FILE, Registry, load_registry
from dossier.evaluation.inject import load_corpus

_TITLES = ("mr ", "mrs ", "ms ", "miss ", "dr ", "sir ", "dame ")


def _norm(name: str) -> str:
    plain = normalise_name(name)
    for title in _TITLES:
        plain = plain.removeprefix(title)
    return plain


@dataclass
class Score:
    """Matched, spurious and missed people over all labelled articles."""

    true_positives: int = 0
    false_positives: list[str] = field(default_factory=list)  # "article: name"
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted people that are in the gold list."""
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of gold people that were predicted."""
        gold = self.true_positives + len(self.false_negatives)
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def match(predicted: list[str], gold: list[list[str]]) -> tuple[int, list[str], list[str]]:
    """Pair predictions with gold people (exact names first, then surnames); return the number of
    pairs, the unpaired predictions and the unpaired gold people (their first name form)."""
    left = list(predicted)
    missed: list[list[str]] = []
    pending = list(gold)
    for exact in (True, False):
        still: list[list[str]] = []
        for names in pending:
            forms = [_norm(n) for n in names]
            hit = next((p for p in left if _pairs(_norm(p), forms, exact)), None)
            if hit is None:
                still.append(names)
            else:
                left.remove(hit)
        pending = still
    missed = pending
    return len(gold) - len(missed), left, [names[0] for names in missed]


def _pairs(predicted: str, forms: list[str], exact: bool) -> bool:
    if exact:
        return predicted in forms
    return " " not in predicted and any(form.split()[-1] == predicted for form in forms)


def load_gold(path: Path) -> dict[str, list[list[str]]]:
    """Article path -> gold people, each a list of accepted names."""
    raw: dict[str, Any] = yaml.safe_load(path.read_text("utf-8")) or {}
    return {str(k): [[n] if isinstance(n, str) else [str(a) for a in n] for n in v or []] for k, v in raw.items()}


def evaluate(corpus: Path, gold_path: Path, registry: Registry) -> Score:
    """Score find_mentions on the labelled articles of ``corpus``."""
    gold = load_gold(gold_path)
    score = Score()
    for article in load_corpus(corpus):
        if article.name not in gold:
            continue
        names: dict[str, str] = {}
        for mention in find_mentions(article.name, article.title, article.paragraphs, registry):
            if mention.kind == "person":
                names.setdefault(mention.entity, mention.name)
        paired, spurious, missed = match(list(names.values()), gold[article.name])
        score.true_positives += paired
        score.false_positives += [f"{article.name}: {name}" for name in spurious]
        score.false_negatives += [f"{article.name}: {name}" for name in missed]
    return score


def time_corpus(corpus: Path, registry: Registry) -> tuple[int, float]:
    """How many articles and how many seconds find_mentions takes over all of them."""
    articles = list(load_corpus(corpus))
    start = time.perf_counter()
    for article in articles:
        find_mentions(article.name, article.title, article.paragraphs, registry)
    return len(articles), time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Print precision, recall and F1 of person extraction, and every miss and false hit."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.entities", description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of articles (first line headline, rest body)")
    parser.add_argument("gold", type=Path, help="YAML: article path -> people named in it")
    parser.add_argument("--registry", type=Path, default=Path(REGISTRY_FILE), help="entity registry (entities.yml)")
    parser.add_argument("--time", action="store_true", help="also time find_mentions over the whole corpus")
    args = parser.parse_args(argv)
    registry = load_registry(args.registry)
    score = evaluate(args.corpus, args.gold, registry)
    found = score.true_positives + len(score.false_positives)
    gold = score.true_positives + len(score.false_negatives)
    print(f"persons: precision {score.precision:.1%} ({score.true_positives}/{found})", end="")
    print(f", recall {score.recall:.1%} ({score.true_positives}/{gold}), F1 {score.f1:.1%}")
    for label, items in (("false positives", score.false_positives), ("false negatives", score.false_negatives)):
        print(f"\n{label} ({len(items)}):")
        for item in items:
            print(f"  {item}")
    if args.time:
        count, seconds = time_corpus(args.corpus, registry)
        print(f"\nfind_mentions over {count} articles: {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
