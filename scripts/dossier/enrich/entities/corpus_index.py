"""One entity per person, place or organisation across the corpus, and who appears with whom.

Merging across documents is deliberately narrow. Two mentions in different documents are the
same entity only when they have the same key: the same registry entity, or the same full name
(after folding case and accents), or the same organisation name or acronym. A bare surname that
its own document could not resolve ("Mr Smith", with no Smith named in full there) joins a person
from elsewhere when exactly one person with that surname is known in the whole corpus (from
the registry or from a full name), or, when several are, the one whose company its document
clearly keeps (surname_context.py); otherwise it stays a separate entity of its own document
(``surname_only``), so two different Smiths are never merged blindly. An acronym left
alone ("CBI") joins the organisation it stands for when one document spells that out and no
other expansion is known.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations

from dossier.enrich.entities.aliases import normalise_name
from dossier.enrich.entities.model import Entity, EntityIndex, Mention
from dossier.enrich.entities.morphology import is_cyrillic
from dossier.enrich.entities.registry import Registry, entity_key
from dossier.enrich.entities.surname_context import SurnameContext
from dossier.enrich.entities.transliteration import cross_script_merges

PER_DOCUMENT = 40  # co-occurrence counts at most this many entities per document (most mentioned)


def _surname(name: str) -> str | None:
    """The comparison form of a full name's last word ("Robert Kilroy-Silk" -> "kilroy silk",
    as a bare "Kilroy-Silk" reads); None for a name of one word."""
    words = name.split()
    return normalise_name(words[-1]) if len(words) > 1 else None


def _short_form_owners(
    mentions_by_doc: dict[str, tuple[Mention, ...]], registry: Registry | None
) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, str]]:
    """Surname -> people named in full with it; acronym -> organisations it stands for; key -> name."""
    surnames: dict[str, set[str]] = defaultdict(set)
    acronyms: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for entity in registry.entities if registry else ():
        names[entity.key] = entity.name
        for name in entity.names if entity.kind == "person" else ():
            if _surname(name):
                surnames[_surname(name) or ""].add(entity.key)
    for mentions in mentions_by_doc.values():
        for mention in mentions:
            if not mention.resolved:
                continue
            names.setdefault(mention.entity, mention.name)
            surname = _surname(mention.name)
            if mention.kind == "person" and surname:
                surnames[surname].add(mention.entity)
            elif mention.rule == "acronym" and mention.entity != entity_key(mention.surface):
                acronyms[mention.surface].add(mention.entity)
    return surnames, acronyms, names


def resolve_corpus(mentions_by_doc: dict[str, tuple[Mention, ...]], registry: Registry | None = None) -> EntityIndex:
    """Final keys for every mention and the entities they make; pass documents in listing order
    (an entity lists its documents in that order). ``registry`` supplies canonical names,
    descriptions and Wikidata ids."""
    surnames, acronyms, names = _short_form_owners(mentions_by_doc, registry)
    context: SurnameContext | None = None  # read once, at the first surname several people have
    final: dict[str, tuple[Mention, ...]] = {}
    for doc_id, mentions in mentions_by_doc.items():
        resolved: list[Mention] = []
        for mention in mentions:
            if not mention.resolved:
                if mention.kind == "person":
                    owners = surnames.get(normalise_name(mention.surface), set())
                    local = f"{mention.entity}--{entity_key(doc_id)}"
                else:
                    owners = acronyms.get(mention.surface, set())
                    local = mention.entity
                owner = next(iter(owners)) if len(owners) == 1 else None
                if owner is None and len(owners) > 1 and mention.kind == "person":
                    context = context or SurnameContext(mentions_by_doc)
                    owner = context.owner(doc_id, mention.surface, sorted(owners), names)
                if owner is not None:
                    mention = replace(mention, entity=owner, name=names[owner], resolved=True)
                else:
                    mention = replace(mention, entity=local)
            resolved.append(mention)
        final[doc_id] = tuple(resolved)
    final = _merge_scripts(final, registry, names)
    return EntityIndex(_entities(final, registry), final)


def _merge_scripts(
    final: dict[str, tuple[Mention, ...]], registry: Registry | None, names: dict[str, str]
) -> dict[str, tuple[Mention, ...]]:
    """A Cyrillic full name and its Latin transliteration are one person (transliteration.py)."""
    people = {(m.entity, m.name) for mentions in final.values() for m in mentions if m.kind == "person" and m.resolved}
    if not any(is_cyrillic(name) for _, name in people):
        return final
    fixed = [(e.key, n) for e in (registry.entities if registry else ()) if e.kind == "person" for n in e.names]
    merges = cross_script_merges(sorted(people), fixed)
    if not merges:
        return final
    return {
        doc_id: tuple(
            replace(m, entity=merges[m.entity], name=names.get(merges[m.entity], m.name)) if m.entity in merges else m
            for m in mentions
        )
        for doc_id, mentions in final.items()
    }


def _entities(final: dict[str, tuple[Mention, ...]], registry: Registry | None) -> dict[str, Entity]:
    grouped: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for doc_id, mentions in final.items():
        for mention in mentions:
            grouped[mention.entity].append((doc_id, mention))
    entities: dict[str, Entity] = {}
    for key in sorted(grouped):
        found = grouped[key]
        curated = registry.get(key) if registry else None
        kind = Counter(m.kind for _, m in found).most_common(1)[0][0]  # the most frequent
        name = curated.name if curated else Counter(m.name for _, m in found).most_common(1)[0][0]
        entities[key] = Entity(
            key=key,
            name=name,
            kind=curated.kind if curated else kind,
            aliases=tuple(sorted({m.surface for _, m in found} - {name}, key=lambda a: (a.casefold(), a))),
            description=curated.description if curated else None,
            wikidata=curated.wikidata if curated else None,
            documents=tuple(dict.fromkeys(doc_id for doc_id, _ in found)),
            mentions=len(found),
            surname_only=not curated and kind == "person" and not any(m.resolved for _, m in found),
        )
    return entities


def cooccurrence(
    index: EntityIndex, top: int = 10, per_document: int = PER_DOCUMENT
) -> dict[str, list[tuple[str, int]]]:
    """For each entity, the entities most often mentioned in the same documents, with the number
    of documents (most first, then by key). Pairs are counted per document, over at most
    ``per_document`` entities of each (its most mentioned), so the cost grows with the corpus, not
    with its square. Keys are numbered in sorted order and pairs packed into integers, which keeps
    20,000 documents to a second or two."""
    chosen_per_doc: list[list[str]] = []
    for mentions in index.mentions.values():
        counts = Counter(m.entity for m in mentions)
        chosen = sorted(counts, key=lambda k: (-counts[k], k))[:per_document] if len(counts) > per_document else counts
        chosen_per_doc.append(list(chosen))
    names = sorted({key for chosen in chosen_per_doc for key in chosen})
    number = {key: n for n, key in enumerate(names)}
    shift = max(len(names), 1)
    pairs: Counter[int] = Counter()
    for chosen in chosen_per_doc:
        numbers = sorted(number[key] for key in chosen)
        pairs.update(first * shift + second for first, second in combinations(numbers, 2))
    # (documents, other) packed so that the smallest integer is the most documents, then the first key
    most = max(pairs.values(), default=0) + 1
    neighbours: dict[int, list[int]] = defaultdict(list)
    for pair, count in pairs.items():
        first, second = divmod(pair, shift)
        neighbours[first].append((most - count) * shift + second)
        neighbours[second].append((most - count) * shift + first)
    table: dict[str, list[tuple[str, int]]] = {}
    for entity, packed in neighbours.items():
        table[names[entity]] = [(names[p % shift], most - p // shift) for p in heapq.nsmallest(top, packed)]
    return table
