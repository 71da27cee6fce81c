"""Related documents: for each document, up to k others worth reading next, with reasons.

Score of a pair (see tfidf.py and signals.py for the parts)::

    base  = cosine(TF-IDF of title + body) + 0.3 * weighted Jaccard of entities
    score = base + 0.1 * date proximity        (only when base >= THRESHOLD)

A document lists the others with ``base >= THRESHOLD`` (0.07), best first: a shared date alone
never makes two documents related, and a document with nothing close lists nothing rather than
filler. (On the BBC set, of each article's ten best pairs, 74% of those scoring 0.06 to 0.08
share its category, where chance gives 20%, and 98% of those over 0.15 do.) A document never
lists itself or its own near-duplicates (those are "other versions"), and lists at most one
version of any other text. Ranking is by score rounded to six decimals, then by id, so the same
input always gives the same lists.

The corpus-wide work is sparse matrix products in row blocks of bounded size, so time and memory
grow near-linearly with the number of documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from dossier.enrich.related.duplicates import duplicate_groups
from dossier.enrich.related.signals import date_proximity, date_reasons, date_table, entity_jaccard, entity_matrix
from dossier.enrich.related.tfidf import tfidf
from dossier.enrich.related.topk import Floats, Ints, group_index, top_k
from dossier.enrich.related.word_ids import read_words
from dossier.models import RelatedRef

THRESHOLD = 0.07
ENTITY_WEIGHT = 0.3
DATE_WEIGHT = 0.1
TEXT_REASON = 0.05  # text similarity from which "similar text" is given as a reason
SHARED_NAME, SHARED_NAMES = "1 shared name", "{} shared names"  # entities (people, places, organisations)
_BLOCK_ENTRIES = 4_000_000  # rows per block * documents: bounds each product's memory


@dataclass(frozen=True)
class RelatedInput:
    """What related_documents needs of a document. ``text`` is the title and body; ``entities``
    are entity keys (may be empty); ``date`` is ISO YYYY, YYYY-MM or YYYY-MM-DD, or None."""

    id: str
    text: str
    entities: frozenset[str] = frozenset()
    date: str | None = None


@dataclass(frozen=True)
class _Corpus:
    """The documents in id order, with their matrices (and their transposes, for products)."""

    docs: tuple[RelatedInput, ...]
    text: sparse.csr_array
    entities: sparse.csr_array
    entity_totals: Floats
    dates: Ints
    text_t: sparse.csr_array = field(init=False)
    entities_t: sparse.csr_array = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_t", self.text.T.tocsr())
        object.__setattr__(self, "entities_t", self.entities.T.tocsr())


def _best_in_block(corpus: _Corpus, groups: Ints, k: int, start: int, stop: int) -> tuple[Ints, Ints, Floats, Floats]:
    """(rows, cols, score, text similarity) of the pairs listed for rows start:stop, by row
    and rank."""
    text = corpus.text[start:stop] @ corpus.text_t
    base = text
    if corpus.entities.shape[1]:
        jaccard = entity_jaccard(corpus.entities[start:stop], corpus.entities_t, corpus.entity_totals, start)
        base = text + ENTITY_WEIGHT * jaccard
    coo = base.tocoo()
    keep = coo.data >= THRESHOLD
    rows, cols, score = coo.row[keep].astype(np.int64) + start, coo.col[keep].astype(np.int64), coo.data[keep]
    score = np.round(score + DATE_WEIGHT * date_proximity(corpus.dates, rows, cols), 6)
    picked = top_k(rows, cols, score, groups, k)
    rows, cols, score = rows[picked], cols[picked], score[picked]
    if not len(rows):  # sparse indexing with empty arrays does not give an empty array
        return rows, cols, score, np.zeros(0)
    similarity = np.asarray(text[rows - start, cols], dtype=np.float64).ravel()
    return rows, cols, score, similarity


def _reasons(corpus: _Corpus, rows: Ints, cols: Ints, similarity: Floats) -> list[tuple[str, ...]]:
    """Why each document ``cols[i]`` is listed for ``rows[i]``, most telling first."""
    out: list[tuple[str, ...]] = []
    dates = date_reasons(corpus.dates, rows, cols)
    for row, col, text, when in zip(rows.tolist(), cols.tolist(), similarity.tolist(), dates, strict=True):
        reasons = ["similar text"] if text >= TEXT_REASON else []
        shared = len(corpus.docs[row].entities & corpus.docs[col].entities)
        if shared:
            reasons.append(SHARED_NAME if shared == 1 else SHARED_NAMES.format(shared))
        out.append((*reasons, when) if when else tuple(reasons))
    return out


def related_documents(
    docs: Sequence[RelatedInput], k: int = 5, duplicates: Sequence[Sequence[str]] | None = None
) -> dict[str, tuple[RelatedRef, ...]]:
    """Map every document id to its related documents, best first (see the module docstring).

    ``duplicates`` are groups of ids of versions of one text, as near_duplicates returns them;
    when None they are found from ``text``. Ids must be unique; input order does not matter."""
    return related_and_duplicates(docs, k, duplicates)[0]


@dataclass(frozen=True)
class TextModel:
    """What the texts alone give, for documents in id order: their TF-IDF rows and their groups
    of near-duplicates (positions). It needs no entities, so it can be built beside the entity
    index; ``versions`` is None when the caller gives the groups."""

    ids: tuple[str, ...]
    tfidf: sparse.csr_array
    versions: list[list[int]] | None


def text_model(texts: Sequence[tuple[str, str]], find_versions: bool = True) -> TextModel:
    """The TextModel of (id, text) pairs: the words of the corpus are read once for both parts."""
    ordered = sorted(texts, key=lambda pair: pair[0])
    ids = tuple(doc_id for doc_id, _ in ordered)
    if len(set(ids)) != len(ids):
        raise ValueError("related_documents: document ids must be unique")
    words = read_words(text for _, text in ordered)
    return TextModel(ids, tfidf(words), duplicate_groups(words) if find_versions else None)


def related_and_duplicates(
    docs: Sequence[RelatedInput],
    k: int = 5,
    duplicates: Sequence[Sequence[str]] | None = None,
    model: TextModel | None = None,
) -> tuple[dict[str, tuple[RelatedRef, ...]], tuple[tuple[str, ...], ...]]:
    """Related documents and near-duplicate groups (as near_duplicates gives them, found from
    ``text`` unless passed in) in one pass. ``model`` is text_model of the same documents, when
    it was built already (``text`` is then not read, and may be empty)."""
    ordered = tuple(sorted(docs, key=lambda d: d.id))
    if model is None:
        model = text_model([(d.id, d.text) for d in ordered], find_versions=duplicates is None)
    ids = [d.id for d in ordered]
    if tuple(ids) != model.ids:
        raise ValueError("related_and_duplicates: the text model is of other documents")
    if duplicates is None:
        if model.versions is None:
            raise ValueError("related_and_duplicates: the text model has no versions and none were given")
        positions = model.versions
    else:
        position = {doc_id: i for i, doc_id in enumerate(ids)}
        positions = [[position[i] for i in group if i in position] for group in duplicates]
    entities, totals = entity_matrix([d.entities for d in ordered])
    corpus = _Corpus(ordered, model.tfidf, entities, totals, date_table([d.date for d in ordered]))
    groups = group_index(len(ids), positions)
    related: dict[str, list[RelatedRef]] = {doc_id: [] for doc_id in ids}
    step = max(1, _BLOCK_ENTRIES // max(len(ids), 1))
    for start in range(0, len(ids), step):
        rows, cols, score, similarity = _best_in_block(corpus, groups, k, start, min(start + step, len(ids)))
        reasons = _reasons(corpus, rows, cols, similarity)
        for row, col, value, why in zip(rows.tolist(), cols.tolist(), score.tolist(), reasons, strict=True):
            related[ids[row]].append(RelatedRef(ids[col], round(value, 4), why))
    versions = tuple(sorted(tuple(sorted(ids[i] for i in group)) for group in positions if len(group) > 1))
    return {doc_id: tuple(items) for doc_id, items in related.items()}, versions
