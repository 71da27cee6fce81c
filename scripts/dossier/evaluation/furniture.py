"""Measure the furniture rules on a real corpus: ``python -m dossier.evaluation.furniture CORPUS``.

Furniture is injected into every article of CORPUS (see evaluation/inject.py; fixed seed, so runs
are repeatable) and find_furniture is scored line by line: precision and recall overall, recall
per injected kind, precision per rule. Then the untouched corpus is run through the same rules,
as it is and with one sentence per line (many short lines, as scraped text often has): every
line removed there is a genuine line lost, a false positive.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dossier.evaluation.inject import Article, Labelled, Wordings, inject, load_corpus
from dossier.evaluation.phrasings import phrasings
from dossier.extract.furniture import find_furniture
from dossier.models import Paragraph

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


@dataclass
class Tally:
    """Line counts: found and missed per injected kind, right and wrong per rule, examples."""

    kinds: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    genuine: int = 0
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, labelled: Labelled) -> None:
        """Score find_furniture on one labelled article."""
        pending: dict[tuple[int, str], list[str | None]] = defaultdict(list)
        for p, (para, labels) in enumerate(zip(labelled.paragraphs, labelled.labels, strict=True)):
            for line, kind in zip(para, labels, strict=True):
                pending[p, line].append(kind)
                if kind is None:
                    self.genuine += 1
                else:
                    self.kinds[kind] += 1
        for removed in find_furniture(labelled.article.title, labelled.paragraphs).removed:
            kinds = pending[removed.paragraph, removed.line]
            kind = next((k for k in kinds if k is not None), None)
            kinds.remove(kind)
            self.rules[removed.rule] += 1
            if kind is None:
                self.wrong[removed.rule] += 1
                where = f"{labelled.article.name} [{removed.rule}]"
                self.examples["false positive"].append(f"{where}: {removed.line[:100]}")
            else:
                self.found[kind] += 1
        for (_, line), kinds in pending.items():
            for kind in filter(None, kinds):
                self.examples[f"missed {kind}"].append(f"{labelled.article.name}: {line[:100]}")

    @property
    def true_positives(self) -> int:
        return sum(self.found.values())

    @property
    def removed(self) -> int:
        return sum(self.rules.values())


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def report(tally: Tally, clean: Counter[str], articles: int, show: int) -> list[str]:
    """The evaluation as printable lines."""
    furniture = sum(tally.kinds.values())
    tp = tally.true_positives
    out = [
        f"articles: {articles}; injected furniture lines: {furniture}; genuine lines: {tally.genuine}",
        f"line-level precision: {_pct(tp, tally.removed)} ({tp}/{tally.removed})",
        f"line-level recall:    {_pct(tp, furniture)} ({tp}/{furniture})",
        "recall by injected kind:",
        *(f"  {k:<14}{_pct(tally.found[k], n)} ({tally.found[k]}/{n})" for k, n in sorted(tally.kinds.items())),
        "precision by rule:",
        *(f"  {r:<14}{_pct(n - tally.wrong[r], n)} ({n - tally.wrong[r]}/{n})" for r, n in sorted(tally.rules.items())),
        f"unmodified corpus: {clean['as is removed']} genuine lines removed out of {clean['as is lines']} "
        "(false positives)",
        f"unmodified corpus, one sentence per line: {clean['sentences removed']} removed out of "
        f"{clean['sentences lines']} (false positives)",
    ]
    for name, examples in sorted(tally.examples.items()):
        out += [f"{name} ({len(examples)}), e.g.:", *(f"  {e}" for e in examples[:show])] if show else []
    return out


def one_sentence_per_line(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The same text with every sentence a paragraph of its own: many more short lines to misjudge."""
    return tuple((s,) for para in paragraphs for line in para for s in _SENTENCE_END.split(line) if s.strip())


def labelled_tally(articles: Sequence[Article], seed: int, wordings: Wordings) -> Tally:
    """find_furniture scored on the articles with furniture injected in ``wordings`` (inject.py),
    each linking to the other articles' titles."""
    rng = random.Random(seed)  # noqa: S311 - a repeatable test set, not a secret
    titles = [a.title for a in articles]
    tally = Tally()
    for article in articles:
        tally.add(inject(article, [t for t in titles if t != article.title], rng, wordings))
    return tally


def evaluate(articles: list[Article], seed: int, real: bool = True) -> tuple[Tally, Counter[str]]:
    """Scores on the injected set, and lines and false positives on the untouched corpus (two layouts)."""
    tally = labelled_tally(articles, seed, phrasings(real))
    clean: Counter[str] = Counter()
    for article in articles:
        for layout, paragraphs in (
            ("as is", article.paragraphs),
            ("sentences", one_sentence_per_line(article.paragraphs)),
        ):
            clean[f"{layout} removed"] += len(find_furniture(article.title, paragraphs).removed)
            clean[f"{layout} lines"] += sum(len(para) for para in paragraphs)
    return tally, clean


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; prints the report and returns 0."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.furniture", description=__doc__)
    parser.add_argument("corpus", type=Path, help="folder of .txt articles: first line headline, then body")
    parser.add_argument("--seed", type=int, default=2225, help="random seed of the injection (default 2225)")
    parser.add_argument("--sentences", action="store_true", help="inject into articles laid out one sentence per line")
    parser.add_argument("--show", type=int, default=5, help="examples of each miss and false positive to print")
    parser.add_argument(
        "--original", action="store_true", help="inject only the original wordings, not the held-out real ones"
    )
    args = parser.parse_args(argv)
    articles = list(load_corpus(args.corpus))
    if args.sentences:
        articles = [replace(a, paragraphs=one_sentence_per_line(a.paragraphs)) for a in articles]
    if not articles:
        parser.error(f"no readable .txt articles under {args.corpus}")
    tally, clean = evaluate(articles, args.seed, real=not args.original)
    print("\n".join(report(tally, clean, len(articles), args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
