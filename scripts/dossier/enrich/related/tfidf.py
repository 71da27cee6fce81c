"""TF-IDF document vectors as a sparse matrix: one unit-length row per document.

Weights are sublinear (``1 + ln tf``) times smoothed idf (``ln((1 + n) / (1 + df)) + 1``), so a
word said ten times counts about three times as much as a word said once, and words found in
many documents count least. Two prunings keep the corpus-wide product near-linear, since a
common word would otherwise link every pair of documents:

- each row keeps its ``max_terms`` heaviest shared terms, the words that say what it is about
  (terms no other document has link it to nothing and are all kept);
- each term keeps its ``max_postings`` heaviest documents, the ones most about that word.

A document then meets at most ``max_terms * max_postings`` others in the product, however large
the corpus. Rows are normalised after pruning, so a row product is a cosine. Equal weights keep
corpus order, so the same documents in the same order always give the same matrix. Work is done
on flat arrays, a chunk of texts at a time where it can, so memory stays near the matrix's size.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy import sparse

from dossier.enrich.related.text_tokens import term
from dossier.enrich.related.word_ids import WordIds

MAX_TERMS = 100
MAX_POSTINGS = 150

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Entries = tuple[Ints, Ints, Floats]  # rows, columns, values; sorted by row, then column


def _term_columns(vocabulary: tuple[str, ...]) -> tuple[Ints, int]:
    """The column of each word's term (-1 for none), and the number of terms. Each distinct
    word is stemmed once; words with one stem ("talk", "talks") share a column."""
    columns: dict[str, int] = {}
    term_of = np.full(len(vocabulary), -1, dtype=np.int64)
    for word_id, word in enumerate(vocabulary):
        kept = term(word)
        if kept is not None:
            term_of[word_id] = columns.setdefault(kept, len(columns))
    return term_of, len(columns)


def term_counts(corpus: WordIds) -> tuple[list[Entries], int]:
    """Raw term counts of every text, as one list of entries per chunk of texts, and the number
    of terms (columns)."""
    term_of, width = _term_columns(corpus.vocabulary)
    chunks: list[Entries] = []
    for first, last in corpus.chunks():
        cols = term_of[corpus.ids[corpus.starts[first] : corpus.starts[last]]]
        rows = np.repeat(np.arange(first, last, dtype=np.int64), corpus.lengths[first:last])
        keys, counts = np.unique(rows[cols >= 0] * max(width, 1) + cols[cols >= 0], return_counts=True)
        chunks.append((keys // max(width, 1), keys % max(width, 1), counts.astype(np.float64)))
    return chunks, width


def _rank_within(groups: Ints, weights: Floats) -> Ints:
    """For each entry, its rank by weight (heaviest first) within its group; equal weights keep
    their input order (the sort is stable)."""
    order = np.lexsort((-weights, groups))
    ranks = np.empty(len(groups), dtype=np.int64)
    sorted_groups = groups[order]
    ranks[order] = np.arange(len(groups)) - np.searchsorted(sorted_groups, sorted_groups)
    return ranks


def _weigh(chunk: Entries, df: Floats, size: int, max_terms: int) -> Entries:
    """TF-IDF weights of one chunk, keeping each row's ``max_terms`` heaviest shared terms."""
    rows, cols, counts = chunk
    weights = (1.0 + np.log(counts)) * (np.log((1.0 + size) / (1.0 + df[cols])) + 1.0)
    shared = df[cols] > 1
    keep = ~shared
    keep[shared] = _rank_within(rows[shared], weights[shared]) < max_terms
    return rows[keep], cols[keep], weights[keep]


def tfidf(corpus: WordIds, max_terms: int = MAX_TERMS, max_postings: int = MAX_POSTINGS) -> sparse.csr_array:
    """One unit-length, pruned TF-IDF row per text (see the module docstring)."""
    chunks, width = term_counts(corpus)
    size = len(corpus.starts) - 1
    df = np.bincount(np.concatenate([c[1] for c in chunks] or [np.zeros(0, np.int64)]), minlength=width)
    weighed = [_weigh(chunk, df.astype(np.float64), size, max_terms) for chunk in chunks]
    del chunks
    rows, cols, weights = (np.concatenate([w[i] for w in weighed] or [np.zeros(0)]) for i in range(3))
    del weighed
    keep = _rank_within(cols.astype(np.int64), weights) < max_postings
    rows, cols, weights = rows[keep].astype(np.int64), cols[keep].astype(np.int64), weights[keep]
    norms = np.sqrt(np.bincount(rows, weights * weights, minlength=size))
    weights /= np.where(norms > 0, norms, 1.0)[rows]
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=size)))).astype(np.int64)
    return sparse.csr_array((weights, cols, indptr), shape=(size, width))
