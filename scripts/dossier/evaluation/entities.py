"""Measure people, places and organisations on hand-labelled articles, per kind and per part.

``python -m dossier.evaluation.entities CORPUS`` scores the parts of the evaluation set,
tests/data/entities_tuning.yaml, entities_tuning2.yaml, entities_tuning3.yaml,
entities_tuning4.yaml to entities_tuning9.yaml and entities_heldout.yaml (all used to choose rules by now),
tests/data/entities_heldout2.yaml to entities_heldout14.yaml (never used to change a rule: do not
print their ``--details`` while tuning), and prints precision and recall of each
kind on each part; ``--part NAME`` scores one part, ``--gold FILE`` other files (the older
person-only files, tests/data/person_gold.yaml, map an article to a plain list of people).

Scoring is by distinct entity per article and kind: the entities find_mentions finds in the
article (one per entity key) against the gold list, micro-averaged over the articles of a part.
A prediction matches a gold entity of the same kind when its name or one of its surfaces in the
article equals one of the gold entity's accepted names after normalisation (case, accents, dots,
hyphens, a leading "the" and a leading Mr/Mrs/Ms/Dr/Sir/Dame ignored), or, for people, when it
is a bare surname equal to the last word of a gold name (the extractor keys a person named only
as "Mr Howard" by the surname). Each gold entity matches at most one prediction. A prediction
equal to an ``optional`` name of the article (a name whose kind a careful reader could argue
either way) counts neither way. ``--time`` also times find_mentions over every article.

``--in-corpus`` scores the mentions as the build finds them: every article of CORPUS is read
(document_mentions), so that a name the corpus has named as an organisation elsewhere counts in
an article that gives no cue (corpus_names.py); without it, each labelled article is read alone.
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
from dossier.enrich.entities.mentions import document_mentions, find_mentions
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.morphology import has_cyrillic, lemma_key, phrase_nominative, word_lemma
from dossier.enrich.entities.registry import REGISTRY_FILE, Registry, load_registry
from dossier.evaluation.inject import load_corpus

KINDS = ("person", "place", "organisation")
GOLD_KEYS = {"people": "person", "places": "place", "organisations": "organisation"}
PARTS = {
    "tuning": Path("tests/data/entities_tuning.yaml"),
    "tuning2": Path("tests/data/entities_tuning2.yaml"),
    "tuning3": Path("tests/data/entities_tuning3.yaml"),
    "tuning4": Path("tests/data/entities_tuning4.yaml"),
    "tuning5": Path("tests/data/entities_tuning5.yaml"),
    "tuning6": Path("tests/data/entities_tuning6.yaml"),
    "tuning7": Path("tests/data/entities_tuning7.yaml"),
    "tuning8": Path("tests/data/entities_tuning8.yaml"),
    "tuning9": Path("tests/data/entities_tuning9.yaml"),
    "heldout": Path("tests/data/entities_heldout.yaml"),
    "heldout2": Path("tests/data/entities_heldout2.yaml"),
    "heldout3": Path("tests/data/entities_heldout3.yaml"),
    "heldout4": Path("tests/data/entities_heldout4.yaml"),
    "heldout5": Path("tests/data/entities_heldout5.yaml"),
    "heldout6": Path("tests/data/entities_heldout6.yaml"),
    "heldout7": Path("tests/data/entities_heldout7.yaml"),
    "heldout8": Path("tests/data/entities_heldout8.yaml"),
    "heldout9": Path("tests/data/entities_heldout9.yaml"),
    "heldout10": Path("tests/data/entities_heldout10.yaml"),
    "heldout11": Path("tests/data/entities_heldout11.yaml"),
    "heldout12": Path("tests/data/entities_heldout12.yaml"),
    "heldout13": Path("tests/data/entities_heldout13.yaml"),
    "heldout14": Path("tests/data/entities_heldout14.yaml"),
}
_TITLES = ("mr ", "mrs ", "ms ", "miss ", "dr ", "sir ", "dame ", "the ")

Names = list[str]  # one gold entity: its accepted names, canonical first


def _norm(name: str) -> str:
    plain = normalise_name(name)
    for title in _TITLES:
        plain = plain.removeprefix(title)
    return plain


@dataclass
class Score:
    """Matched, spurious and missed entities of one kind over the articles of one part."""

    true_positives: int = 0
    false_positives: list[str] = field(default_factory=list)  # "article: name"
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted entities that are in the gold list."""
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of gold entities that were predicted."""
        gold = self.true_positives + len(self.false_negatives)
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def dictionary_form(surface: str) -> str:
    """A Cyrillic surface's words in their dictionary forms ("Бориса Джонсона" -> "борис
    джонсон"), adjectives agreeing with their noun ("Саудовской Аравии" -> "саудовская аравия")."""
    words = tuple(surface.split())
    agreeing = phrase_nominative(words) if len(words) > 1 else None
    return " ".join(agreeing or (word_lemma(w) for w in words))


@dataclass(frozen=True)
class Predicted:
    """One entity found in an article: its name and every surface it had there."""

    name: str
    surfaces: frozenset[str]
    registry_names: frozenset[str] = frozenset()  # every name the registry gives it, when it has it

    def forms(self) -> set[str]:
        """Its name and surfaces; for a Cyrillic surface also its words' dictionary forms
        ("России" -> "россия", "Бориса Джонсона" -> "борис джонсон"): an entity found in an
        inflected form is named by the gazetteer or the registry ("Russia", "Boris Johnson"),
        while a gold list gives the nominative the text implies."""
        lemmas = {dictionary_form(s) for s in self.surfaces if has_cyrillic(s)}
        # a place's word by its place reading: "Ачинском" is Ачинск, though read first as ачинский
        lemmas |= {lemma_key(s) for s in self.surfaces if " " not in s and has_cyrillic(s)}
        return {_norm(self.name)} | {_norm(s) for s in self.surfaces | lemmas | self.registry_names}


@dataclass(frozen=True)
class Gold:
    """One article's labels: gold entities by kind, and names that count neither way."""

    entities: dict[str, list[Names]]
    optional: frozenset[str] = frozenset()


def match(predicted: list[Predicted], gold: list[Names], surnames: bool) -> tuple[int, list[str], list[str]]:
    """Pair predictions with gold entities (exact names first, then, for people, surnames);
    return the number of pairs, the unpaired predictions and the unpaired gold entities."""
    left = list(predicted)
    pending = list(gold)
    for exact in (True, False) if surnames else (True,):
        still: list[Names] = []
        for names in pending:
            forms = {_norm(n) for n in names}
            hit = next((p for p in left if _pairs(p, forms, exact)), None)
            if hit is None:
                still.append(names)
            else:
                left.remove(hit)
        pending = still
    return len(gold) - len(pending), [p.name for p in left], [names[0] for names in pending]


def _pairs(predicted: Predicted, forms: set[str], exact: bool) -> bool:
    if exact:
        return bool(predicted.forms() & forms)
    name = _norm(predicted.name)
    return " " not in name and any(form.split()[-1] == name for form in forms)


def _names(raw: Any) -> list[Names]:
    return [[n] if isinstance(n, str) else [str(a) for a in n] for n in raw or []]


def load_gold(path: Path) -> dict[str, Gold]:
    """Article path -> its labels. An article mapped to a plain list lists people only."""
    raw: dict[str, Any] = yaml.safe_load(path.read_text("utf-8")) or {}
    gold: dict[str, Gold] = {}
    for article, labels in raw.items():
        if isinstance(labels, dict):
            entities = {kind: _names(labels.get(key)) for key, kind in GOLD_KEYS.items()}
            # an optional name may come with its alternatives, as a gold entity does
            optional = frozenset(
                _norm(n) for item in labels.get("optional") or [] for n in ([item] if isinstance(item, str) else item)
            )
            gold[str(article)] = Gold(entities, optional)
        else:
            gold[str(article)] = Gold({"person": _names(labels)})
    return gold


def predictions(
    name: str,
    title: str,
    paragraphs: tuple[tuple[str, ...], ...],
    registry: Registry,
    mentions: tuple[Mention, ...] | None = None,
) -> dict[str, list[Predicted]]:
    """The entities find_mentions finds in one article (or ``mentions``, found for it), by kind."""
    found: dict[str, tuple[str, str, set[str]]] = {}
    if mentions is None:
        mentions = find_mentions(name, title, paragraphs, registry)
    for mention in mentions:
        kind, display, surfaces = found.setdefault(mention.entity, (mention.kind, mention.name, set()))
        surfaces.add(mention.surface)
    curated = {entity.key: frozenset(entity.names) for entity in registry.entities}
    by_kind: dict[str, list[Predicted]] = {kind: [] for kind in KINDS}
    for key, (kind, display, surfaces) in found.items():
        by_kind[kind].append(Predicted(display, frozenset(surfaces), curated.get(key, frozenset())))
    return by_kind


@dataclass(frozen=True)
class _Unit:
    """What document_mentions reads of a document."""

    id: str
    title: str
    paragraphs: tuple[tuple[str, ...], ...]


def corpus_mentions(corpus: Path, registry: Registry) -> dict[str, tuple[Mention, ...]]:
    """Every article's mentions as a build of the whole corpus finds them, by article path."""
    units = [_Unit(a.name, a.title, a.paragraphs) for a in load_corpus(corpus)]
    return document_mentions(units, registry)


def evaluate(
    corpus: Path, gold_path: Path, registry: Registry, in_corpus: dict[str, tuple[Mention, ...]] | None = None
) -> dict[str, Score]:
    """Score find_mentions on the labelled articles of ``corpus``, per kind (``in_corpus``: the
    mentions corpus_mentions found, scored instead)."""
    gold = load_gold(gold_path)
    scores = {kind: Score() for kind in KINDS}
    for article in load_corpus(corpus):
        labels = gold.get(article.name)
        if labels is None:
            continue
        mentions = in_corpus[article.name] if in_corpus is not None else None
        found = predictions(article.name, article.title, article.paragraphs, registry, mentions)
        for kind, expected in labels.entities.items():
            candidates = [p for p in found[kind] if not (p.forms() & labels.optional)]
            paired, spurious, missed = match(candidates, expected, surnames=kind == "person")
            scores[kind].true_positives += paired
            scores[kind].false_positives += [f"{article.name}: {name}" for name in spurious]
            scores[kind].false_negatives += [f"{article.name}: {name}" for name in missed]
    return scores


def time_corpus(corpus: Path, registry: Registry) -> tuple[int, float]:
    """How many articles and how many seconds find_mentions takes over all of them."""
    articles = list(load_corpus(corpus))
    start = time.perf_counter()
    for article in articles:
        find_mentions(article.name, article.title, article.paragraphs, registry)
    return len(articles), time.perf_counter() - start


def report(part: str, scores: dict[str, Score], details: bool) -> None:
    """Print one part's figures (and, with ``details``, every miss and false alarm)."""
    for kind, score in scores.items():
        if not score.true_positives + len(score.false_positives) + len(score.false_negatives):
            continue
        found = score.true_positives + len(score.false_positives)
        gold = score.true_positives + len(score.false_negatives)
        print(
            f"{part:8} {kind:12} precision {score.precision:6.1%} ({score.true_positives}/{found})"
            f"  recall {score.recall:6.1%} ({score.true_positives}/{gold})  F1 {score.f1:6.1%}"
        )
        if details:
            for label, items in (
                ("false positives", score.false_positives),
                ("false negatives", score.false_negatives),
            ):
                print(f"  {label} ({len(items)}):")
                for item in items:
                    print(f"    {item}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print precision, recall and F1 per kind for each part of the evaluation set."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.entities", description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of articles (first line headline, rest body)")
    parser.add_argument("--gold", type=Path, action="append", help="score this file instead of the two parts")
    parser.add_argument("--registry", type=Path, default=Path(REGISTRY_FILE), help="entity registry (entities.yml)")
    parser.add_argument("--part", choices=sorted(PARTS), action="append", help="score only this part (repeatable)")
    parser.add_argument("--details", action="store_true", help="list every false positive and false negative")
    parser.add_argument("--time", action="store_true", help="also time find_mentions over the whole corpus")
    parser.add_argument(
        "--in-corpus", action="store_true", help="score the mentions a build of the whole corpus finds (see above)"
    )
    args = parser.parse_args(argv)
    registry = load_registry(args.registry)
    in_corpus = corpus_mentions(args.corpus, registry) if args.in_corpus else None
    parts = {path.stem: path for path in args.gold} if args.gold else PARTS
    if args.part:
        parts = {part: path for part, path in parts.items() if part in args.part}
    for part, path in parts.items():
        report(part, evaluate(args.corpus, path, registry, in_corpus), args.details)
    if args.time:
        count, seconds = time_corpus(args.corpus, registry)
        print(f"\nfind_mentions over {count} articles: {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
