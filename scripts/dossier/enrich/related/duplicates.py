"""Near-duplicates: the same text saved twice, or syndicated with small edits.

Two texts are versions of one another when their sets of five-word shingles (lowercase words,
punctuation and spacing ignored) have a Jaccard similarity of at least 0.7: one changed word
or an added sentence or line in a 100-word article still passes, while two articles on the same
topic share well under a tenth of their shingles. Versions are grouped transitively.

Nothing compares all pairs: 36 MinHash values per text are cut into 12 bands of 3 (LSH
banding), and texts that agree on a whole band become candidates. A pair at Jaccard 0.7 does
so with probability 0.99, at 0.8 with 0.99996, identical texts always. Candidates whose MinHash
values mostly differ are dropped; the rest are checked on their exact shingle sets, so a chance
collision never groups two texts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from dossier.enrich.related.shingles import Shingled, Shingler, UInts
from dossier.enrich.related.word_ids import WordIds, read_words

THRESHOLD = 0.7
BANDS, ROWS = 12, 3
NEIGHBOURS = 16  # in a bucket, each text is paired with the next 16: a chain through huge buckets
ESTIMATE_FLOOR = 0.5  # share of equal MinHash values below which a candidate is dropped (3 sd)
_SEED = 20_220_210

Ints = npt.NDArray[np.int64]
Signatures = npt.NDArray[np.uint64]  # one row of BANDS * ROWS MinHash values per text


def _signatures(shingled: Shingled) -> Signatures:
    """MinHash signatures of the texts of one chunk."""
    rng = np.random.default_rng(_SEED)
    mults = rng.integers(1, 2**63, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
    adds = rng.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)
    signature = np.empty((len(shingled.starts), BANDS * ROWS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i, (mult, add) in enumerate(zip(mults, adds, strict=True)):
            hashed = (shingled.values * mult + add) >> np.uint64(32)
            signature[:, i] = np.minimum.reduceat(hashed, shingled.starts)
    return signature


def _candidates(signature: Signatures) -> Ints:
    """Pairs (a, b), a < b, of signature rows that agree on a whole band and on at least
    ESTIMATE_FLOOR of all values, sorted."""
    pairs: list[Ints] = [np.zeros((0, 2), dtype=np.int64)]
    for band in range(BANDS):
        key = np.zeros(len(signature), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for col in range(band * ROWS, (band + 1) * ROWS):
                key = key * np.uint64(0x100000001B3) + signature[:, col]
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        for distance in range(1, NEIGHBOURS + 1):
            same = np.flatnonzero(ordered[:-distance] == ordered[distance:])
            if not len(same):
                break
            pairs.append(np.stack([order[same], order[same + distance]], axis=1))
    found = np.unique(np.sort(np.concatenate(pairs), axis=1), axis=0)
    agreement = (signature[found[:, 0]] == signature[found[:, 1]]).mean(axis=1)
    kept: Ints = found[agreement >= ESTIMATE_FLOOR]
    return kept


def _find(parent: list[int], item: int) -> int:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def jaccard(a: UInts, b: UInts) -> float:
    """Jaccard similarity of two sorted arrays of distinct shingle hashes."""
    shared = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


def duplicate_groups(corpus: WordIds) -> list[list[int]]:
    """Positions of the texts of ``corpus`` that are versions of one another, grouped; each
    group and the list sorted."""
    parent = list(range(len(corpus.starts) - 1))
    shingler = Shingler(corpus)
    rows: list[Ints] = [np.zeros(0, dtype=np.int64)]
    signatures: list[Signatures] = [np.zeros((0, BANDS * ROWS), dtype=np.uint64)]
    for chunk in shingler.chunks():
        if len(chunk.rows):
            rows.append(chunk.rows)
            signatures.append(_signatures(chunk))
    position = np.concatenate(rows)
    unique: dict[int, UInts] = {}
    for a, b in position[_candidates(np.concatenate(signatures))].tolist():
        left, right = _find(parent, a), _find(parent, b)
        if left == right:
            continue
        for i in (a, b):
            if i not in unique:
                unique[i] = shingler.of_text(i)
        if jaccard(unique[a], unique[b]) >= THRESHOLD:
            parent[max(left, right)] = min(left, right)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(parent)):
        groups[_find(parent, index)].append(index)
    return sorted(g for g in groups.values() if len(g) > 1)


def near_duplicates(docs: Sequence[tuple[str, str]]) -> tuple[tuple[str, ...], ...]:
    """Groups of ids whose texts are versions of one another: each group sorted, groups sorted.

    ``docs`` holds (id, text) pairs; pass the body (with or without the title: a different title
    on a short text can push a true copy under the threshold). Texts without words are never
    grouped."""
    ordered = sorted(docs)
    groups = duplicate_groups(read_words(text for _, text in ordered))
    return tuple(sorted(tuple(sorted(ordered[i][0] for i in g)) for g in groups))
