"""Score the merging of names across scripts: ``python -m dossier.evaluation.cross_script CORPUS PAIRS``.

CORPUS is a folder of articles (first line headline) in several languages; PAIRS a YAML list of
``[Cyrillic name, Latin name]``, each the name of one real person, place or organisation written
in both scripts somewhere in the corpus (tests/data/entities_russian_pairs.yaml). The corpus is
cross-referenced as a build does it (document_mentions, then resolve_corpus with the registry), and
a pair is merged when one entity carries both names: as its name, an alias, or the name a
document's mention was given. A pair where either name is not found at all is reported apart,
as a miss of finding, not of merging.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from dossier.enrich.entities.aliases import normalise_name
from dossier.enrich.entities.corpus_index import resolve_corpus
from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.model import EntityIndex
from dossier.enrich.entities.morphology import has_cyrillic
from dossier.enrich.entities.registry import REGISTRY_FILE, Registry, load_registry
from dossier.evaluation.entities import corpus_mentions, dictionary_form


def entity_names(index: EntityIndex, registry: Registry | None = None) -> dict[str, set[str]]:
    """Every normalised name each entity key is known by (its name, aliases, mentions' names and
    surfaces, and a Cyrillic surface's words in their dictionary forms). A registry entity is
    also known by the registry's names, and a gazetteer place by the gazetteer's, in each script
    the documents wrote it in: "Сергея Скрипаля" found under Sergei Skripal makes the registry's
    "Сергей Скрипаль" a name found, whatever the dictionary form of an unknown surname
    ("Скрипалить"); "США" found as the United States makes "Соединённые Штаты Америки" one."""
    names: dict[str, set[str]] = {}
    scripts: dict[str, set[bool]] = {}  # per entity: whether its surfaces are Cyrillic
    for key, entity in index.entities.items():
        names.setdefault(key, set()).update(normalise_name(n) for n in (entity.name, *entity.aliases))
    for mentions in index.mentions.values():
        for mention in mentions:
            known = names.setdefault(mention.entity, set())
            known.update((normalise_name(mention.name), normalise_name(mention.surface)))
            cyrillic = has_cyrillic(mention.surface)
            scripts.setdefault(mention.entity, set()).add(cyrillic)
            if cyrillic:  # "Александром Лукашенко" names Александр Лукашенко
                known.add(normalise_name(dictionary_form(mention.surface)))
    gazetteer = load_gazetteer()
    for key, written in scripts.items():
        curated = registry.get(key) if registry else None
        place = gazetteer.by_key(key)
        listed = curated.names if curated is not None else place.names if place is not None else ()
        names[key].update(normalise_name(n) for n in listed if has_cyrillic(n) in written)
    return names


def score_pairs(
    index: EntityIndex, pairs: list[tuple[str, str]], registry: Registry | None = None
) -> tuple[list[str], list[str], list[str]]:
    """The pairs merged, the pairs found in both scripts but left apart, and the pairs one of
    whose names was not found; each as "Cyrillic = Latin"."""
    names = entity_names(index, registry)
    owners: dict[str, set[str]] = {}
    for key, known in names.items():
        for name in known:
            owners.setdefault(name, set()).add(key)
    merged, apart, unfound = [], [], []
    for cyrillic, latin in pairs:
        label = f"{cyrillic} = {latin}"
        left, right = owners.get(normalise_name(cyrillic), set()), owners.get(normalise_name(latin), set())
        if not left or not right:
            unfound.append(
                label + ("" if left else f" ({cyrillic} not found)") + ("" if right else f" ({latin} not found)")
            )
        elif left & right:
            merged.append(label)
        else:
            apart.append(label)
    return merged, apart, unfound


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dossier.evaluation.cross_script", description=__doc__.split("\n")[0]
    )
    parser.add_argument("corpus", type=Path, help="folder of articles (first line headline, rest body)")
    parser.add_argument("pairs", type=Path, help="YAML list of [Cyrillic name, Latin name]")
    parser.add_argument("--registry", type=Path, default=Path(REGISTRY_FILE), help="entity registry (entities.yml)")
    args = parser.parse_args(argv)
    registry = load_registry(args.registry)
    pairs = [(str(a), str(b)) for a, b in yaml.safe_load(args.pairs.read_text(encoding="utf-8"))]
    index = resolve_corpus(corpus_mentions(args.corpus, registry), registry)
    merged, apart, unfound = score_pairs(index, pairs, registry)
    found = len(merged) + len(apart)
    print(f"pairs: {len(pairs)}; both names found: {found}; merged: {len(merged)} of {found}")
    for title, rows in (("left apart", apart), ("not found", unfound)):
        for row in rows:
            print(f"  {title}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
