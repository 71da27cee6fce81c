"""The best k entries of each row of a sparse score matrix, with versions of a text collapsed.

Entries are (row, column, score) arrays, as a sparse block gives them. A row never lists its
own group (itself and its near-duplicates), lists at most one member of any other group (the
best-scoring one), and ranks by score, then by column: columns follow document ids, so ties
always break the same way.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]


def _firsts(*keys: Ints) -> Bools:
    """For sorted keys, True at the first entry of each run of equal keys."""
    first = np.ones(len(keys[0]), dtype=bool)
    if len(keys[0]) > 1:
        first[1:] = np.logical_or.reduce([k[1:] != k[:-1] for k in keys])
    return first


def top_k(rows: Ints, cols: Ints, scores: Floats, groups: Ints, k: int) -> Ints:
    """Positions of the entries to keep, ordered by row, then rank. ``rows`` and ``cols`` are
    document positions; ``groups[i]`` is the group of document i (its own position when it has
    no near-duplicate)."""
    keep = groups[cols] != groups[rows]
    picked = np.flatnonzero(keep)
    if not len(picked):
        return picked
    row, col, score, group = rows[picked], cols[picked], scores[picked], groups[cols[picked]]
    order = np.lexsort((col, -score, group, row))
    order = order[_firsts(row[order], group[order])]
    order = order[np.lexsort((col[order], -score[order], row[order]))]
    ranked_rows = row[order]
    rank = np.arange(len(order)) - np.searchsorted(ranked_rows, ranked_rows)
    kept: Ints = picked[order[rank < k]]
    return kept


def group_index(size: int, positions: list[list[int]]) -> Ints:
    """``groups`` for top_k: each position maps to the smallest position of its group."""
    groups = np.arange(size, dtype=np.int64)
    for members in positions:
        if members:
            groups[members] = min(members)
    return groups
