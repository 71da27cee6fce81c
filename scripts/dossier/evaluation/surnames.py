"""Measure who a bare surname is taken to be across the corpus, on hand-labelled BBC cases.

``python -m dossier.evaluation.surnames CORPUS`` reads every article of CORPUS as a build does
(document_mentions, then resolve_corpus) and scores the cases of tests/data/surname_links.yaml:
an article that uses a surname alone ("Mr Blair", "Hickie" in a line-up) and names nobody with it
in full, while the corpus names several people with that surname in full elsewhere. Each case
says which of them the surname is, or that none is (``null``).

A case is a join when the surname's mentions in the article end up in a person of the corpus, and
kept apart when they stay an entity of that article alone (``<surname>--<article>``). A join is
right when the person is one of the case's names, wrong otherwise; keeping a surname apart is a
miss, never an error. Printed per part: the joins that are right (precision: a wrong join puts an
article on another person's page) and how many of the cases that have a person were joined to it
(recall). Only the tuning part is scored unless ``--heldout`` is given: the heldout part is
for scoring a finished rule, and ``--details`` lists the cases of the tuning part only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from dossier.enrich.entities.corpus_index import resolve_corpus
from dossier.enrich.entities.registry import REGISTRY_FILE, load_registry
from dossier.evaluation.entities import corpus_mentions

CASES = Path("tests/data/surname_links.yaml")


@dataclass(frozen=True)
class Case:
    """One labelled (article, surname): the names of the person it is, None for nobody named in
    full elsewhere, or "unsure" (not scored)."""

    seed: str
    surname: str
    person: tuple[str, ...] | str | None


@dataclass
class Tally:
    """One part's outcome."""

    right: int = 0
    wrong: int = 0
    apart: int = 0
    joinable: int = 0  # cases with a person
    joined_right: int = 0

    def line(self, part: str) -> str:
        joins = self.right + self.wrong
        precision = f"{self.right / joins:6.1%}" if joins else "   n/a"
        recall = f"{self.joined_right / self.joinable:6.1%}" if self.joinable else "   n/a"
        return (
            f"{part:8} joins right {precision} ({self.right}/{joins})  people found {recall} "
            f"({self.joined_right}/{self.joinable})  kept apart {self.apart}"
        )


def load_cases(path: Path = CASES) -> dict[str, list[Case]]:
    """The labelled cases by part."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    parts: dict[str, list[Case]] = {}
    for part, items in data.items():
        cases = []
        for item in items:
            person = item["person"]
            label = person if person is None or person == "unsure" else tuple(person)
            cases.append(Case(item["seed"], item["surname"], label))
        parts[part] = cases
    return parts


def outcome(names: set[str], apart: bool, case: Case) -> str:
    """ "apart", "right" or "wrong" for the entities a case's surname ended up in."""
    if apart or not names:
        return "apart"
    return "right" if isinstance(case.person, tuple) and names <= set(case.person) else "wrong"


def evaluate(corpus: Path, registry_path: Path, cases: dict[str, list[Case]], details: bool) -> dict[str, Tally]:
    """Each part's tally (and, with ``details``, each tuning case's outcome printed)."""
    registry = load_registry(registry_path)
    index = resolve_corpus(corpus_mentions(corpus, registry), registry)
    tallies: dict[str, Tally] = {}
    for part, items in cases.items():
        tally = tallies.setdefault(part, Tally())
        for case in items:
            if case.person == "unsure":
                continue
            found = [m for m in index.mentions.get(case.seed, ()) if m.kind == "person" and m.surface == case.surname]
            apart = any("--" in m.entity for m in found)
            names = {index.entities[m.entity].name for m in found if "--" not in m.entity}
            result = outcome(names, apart, case)
            if isinstance(case.person, tuple):
                tally.joinable += 1
                tally.joined_right += result == "right"
            tally.right += result == "right"
            tally.wrong += result == "wrong"
            tally.apart += result == "apart"
            if details and part.startswith("tuning"):
                print(f"  {part} {case.seed} {case.surname}: {result} {sorted(names)} (label {case.person})")
    return tallies


def main(argv: Sequence[str] | None = None) -> int:
    """Print each part's figures."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.surnames", description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of articles (the BBC corpus)")
    parser.add_argument("--cases", type=Path, default=CASES, help="labelled cases (surname_links.yaml)")
    parser.add_argument("--registry", type=Path, default=Path(REGISTRY_FILE), help="entity registry (entities.yml)")
    parser.add_argument("--details", action="store_true", help="print each tuning case's outcome")
    parser.add_argument("--heldout", action="store_true", help="score the heldout part too (a finished rule)")
    args = parser.parse_args(argv)
    cases = {part: items for part, items in load_cases(args.cases).items() if args.heldout or part.startswith("tuning")}
    for part, tally in evaluate(args.corpus, args.registry, cases, args.details).items():
        print(tally.line(part))
    return 0


if __name__ == "__main__":
    sys.exit(main())
