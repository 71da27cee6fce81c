"""Cross-referencing: who and what each document mentions, what else to read, other versions.

Runs once over the whole corpus (in listing order) and returns the documents with their entity
links, related documents and other versions filled in, plus one record per entity for its page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import partial

from dossier.enrich.entities.corpus_index import cooccurrence, resolve_corpus
from dossier.enrich.entities.gazetteer import KIND_LABELS, load_gazetteer
from dossier.enrich.entities.mentions import document_mentions
from dossier.enrich.entities.model import EntityIndex
from dossier.enrich.entities.registry import Registry
from dossier.enrich.entities.snippets import mention_snippet
from dossier.enrich.related.ranking import RelatedInput, related_and_duplicates, text_model
from dossier.models import Document, EntityInfo, EntityRef, Mentioned, PlaceInfo
from dossier.parallel import Workers

COMPANIONS = 8  # entities listed as "often mentioned with" on an entity page
RELATED = 5


@dataclass(frozen=True)
class CrossReferenced:
    """Documents (same order) with entities, related documents and versions; entity records;
    near-duplicate groups."""

    documents: list[Document]
    entities: tuple[EntityInfo, ...]
    duplicates: tuple[tuple[str, ...], ...]


def _refs(index: EntityIndex) -> dict[str, EntityRef]:
    return {key: EntityRef(key, e.name, e.kind) for key, e in index.entities.items()}


def _entity_records(
    documents: list[Document], index: EntityIndex, refs: dict[str, EntityRef]
) -> tuple[EntityInfo, ...]:
    """One record per entity: its documents in listing order, each with its first mention."""
    by_id = {doc.id: doc for doc in documents}
    seen: dict[str, list[Mentioned]] = {key: [] for key in index.entities}
    for doc in documents:
        mentions = index.mentions.get(doc.id, ())
        counts = Counter(m.entity for m in mentions)
        for mention in mentions:
            found = seen[mention.entity]
            if not found or found[-1].doc_id != doc.id:
                snippet = mention_snippet(by_id[doc.id].title, by_id[doc.id].paragraphs, mention)
                found.append(Mentioned(doc.id, snippet, counts[mention.entity]))
    companions = cooccurrence(index, top=COMPANIONS)
    records = []
    for key, entity in index.entities.items():
        records.append(
            EntityInfo(
                ref=refs[key],
                # sorted here: the index collects aliases in a set, whose order varies between runs
                aliases=tuple(sorted(set(entity.aliases) - {entity.name}, key=lambda a: (a.casefold(), a))),
                description=entity.description,
                wikidata=entity.wikidata,
                mentions=entity.mentions,
                documents=tuple(seen[key]),
                companions=tuple((refs[other], n) for other, n in companions.get(key, [])),
                place=_place_info(key, entity.name) if entity.kind == "place" else None,
            )
        )
    return tuple(sorted(records, key=lambda r: (r.ref.kind, r.ref.key)))


def _place_info(key: str, name: str) -> PlaceInfo | None:
    """Kind and coordinates of a place from the gazetteer (a registry place by its name)."""
    gazetteer = load_gazetteer()
    place = gazetteer.by_key(key) or gazetteer.by_name(name)
    if place is None:
        return None
    return PlaceInfo(KIND_LABELS[place.kind], place.lat, place.lon, place.centre_of_population)


def _doc_entities(index: EntityIndex, refs: dict[str, EntityRef], doc_id: str) -> tuple[EntityRef, ...]:
    counts = Counter(m.entity for m in index.mentions.get(doc_id, ()))
    return tuple(refs[key] for key in sorted(counts, key=lambda k: (-counts[k], refs[k].name.casefold(), k)))


def _when(doc: Document) -> str | None:
    """The date relatedness uses: the reported event's when the text gives it, else the document's."""
    date = doc.meta.event_date or doc.meta.date
    return date.value if date else None


def _text(doc: Document) -> str:
    return "\n".join([doc.title, *("\n".join(p) for p in doc.paragraphs)])


def cross_reference(documents: list[Document], registry: Registry) -> CrossReferenced:
    """Entities, related documents and near-duplicates for a corpus in listing order.

    On a large corpus the independent parts run side by side in worker processes (see
    dossier.parallel): the text model of related documents (the longest single job; it needs no
    entities) beside the search for each document's mentions, then related documents beside the
    entity records."""
    texts = [(doc.id, _text(doc)) for doc in documents]
    with Workers(len(documents)) as workers:
        model = workers.submit(partial(text_model, texts))  # first: it is the longest job
        index = resolve_corpus(document_mentions(documents, registry, workers), registry)
        refs = _refs(index)
        entities = {doc.id: _doc_entities(index, refs, doc.id) for doc in documents}
        # without the text, which the model has read: 5 MB less to send to a worker on BBC
        inputs = [RelatedInput(doc.id, "", frozenset(e.key for e in entities[doc.id]), _when(doc)) for doc in documents]
        related_job = workers.submit(partial(related_and_duplicates, inputs, RELATED, model=model.result()))
        records = _entity_records(documents, index, refs)
        related, duplicates = related_job.result()
    versions = {doc_id: group for group in duplicates for doc_id in group}
    out = [
        replace(
            doc,
            entities=entities[doc.id],
            related=related.get(doc.id, ()),
            versions=tuple(v for v in versions.get(doc.id, ()) if v != doc.id),
        )
        for doc in documents
    ]
    return CrossReferenced(out, records, duplicates)
