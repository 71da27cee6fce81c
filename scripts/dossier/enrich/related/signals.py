"""What two documents share besides words: entities (weighted by rarity) and dates.

Entity overlap is a weighted Jaccard: the rarity weights of the shared entities over those of
all entities of the two documents, each entity weighing ``ln((1 + n) / (1 + df)) + 1``, so
sharing "Moscow" in a dossier on Russia counts less than sharing a minister's name. It is
computed as a sparse product, so only pairs with a shared entity are ever touched. An entity
named in more than MAX_ENTITY_DOCUMENTS documents still counts in each document's total but
links no pair: in that corpus it says little about two documents, and linking every pair of
its documents would make the product grow with the square of the corpus.

Date proximity is 1 for the same day, falling linearly to 0 at DATE_WINDOW days apart, halved
when either date is only a month; a bare year says too little and counts 0.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

DATE_WINDOW = 30  # days
MAX_ENTITY_DOCUMENTS = 500
_PRECISION_WEIGHT = np.array([0.0, 0.0, 0.5, 1.0])  # none, year, month, day

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


def entity_matrix(entities: Sequence[frozenset[str]]) -> tuple[sparse.csr_array, Floats]:
    """Rows of square-rooted entity weights (a row product is the weight shared by two
    documents) and each document's total entity weight. Entities named in more than
    MAX_ENTITY_DOCUMENTS documents count in the totals but link no pair (see the module)."""
    columns: dict[str, int] = {}
    indptr = np.zeros(len(entities) + 1, dtype=np.int64)
    cols: list[int] = []
    for row, keys in enumerate(entities):
        cols.extend(columns.setdefault(key, len(columns)) for key in sorted(keys))
        indptr[row + 1] = len(cols)
    col = np.asarray(cols, dtype=np.int64)
    df = np.bincount(col, minlength=len(columns)).astype(np.float64)
    weight = np.log((1.0 + len(entities)) / (1.0 + df)) + 1.0
    owners = np.repeat(np.arange(len(entities)), np.diff(indptr))
    totals = np.bincount(owners, weight[col], len(entities)).astype(np.float64)
    linking = df[col] <= MAX_ENTITY_DOCUMENTS
    matrix = sparse.coo_array(
        (np.sqrt(weight[col][linking]), (owners[linking], col[linking])), shape=(len(entities), len(columns))
    )
    return matrix.tocsr(), totals


def entity_jaccard(
    block: sparse.csr_array, transposed: sparse.csr_array, totals: Floats, start: int
) -> sparse.csr_array:
    """Weighted Jaccard of rows ``start:start + len(block)`` against all documents."""
    shared = (block @ transposed).tocoo()
    rows, cols = shared.row.astype(np.int64), shared.col.astype(np.int64)
    union = totals[rows + start] + totals[cols] - shared.data
    values = np.divide(shared.data, union, out=np.zeros_like(shared.data), where=union > 0)
    return sparse.coo_array((values, (rows, cols)), shape=shared.shape).tocsr()


def _interval(value: str | None) -> tuple[int, int, int]:
    """(first day, last day, precision) of an ISO date; precision 0 when missing or invalid."""
    try:
        numbers = [int(p) for p in (value or "").split("-")]
        if len(numbers) == 1:
            return dt.date(numbers[0], 1, 1).toordinal(), dt.date(numbers[0], 12, 31).toordinal(), 1
        if len(numbers) == 2:
            first = dt.date(numbers[0], numbers[1], 1)
            days = calendar.monthrange(numbers[0], numbers[1])[1]
            return first.toordinal(), first.toordinal() + days - 1, 2
        day = dt.date(*numbers).toordinal()
    except (ValueError, TypeError):
        return 0, 0, 0
    return day, day, 3


def date_table(dates: Sequence[str | None]) -> Ints:
    """One (first day, last day, precision) row per document, for ``date_proximity``."""
    return np.array([_interval(d) for d in dates], dtype=np.int64).reshape(len(dates), 3)


def date_gaps(table: Ints, rows: Ints, cols: Ints) -> Ints:
    """Days between the two dates of each pair (0 when their spans overlap)."""
    gap = np.maximum(table[cols, 0] - table[rows, 1], table[rows, 0] - table[cols, 1])
    gaps: Ints = np.maximum(gap, 0)
    return gaps


def date_proximity(table: Ints, rows: Ints, cols: Ints) -> Floats:
    """Date proximity of each (row, col) pair, between 0 and 1 (see the module docstring)."""
    weight = _PRECISION_WEIGHT[np.minimum(table[rows, 2], table[cols, 2])]
    closeness = np.clip(1.0 - date_gaps(table, rows, cols) / DATE_WINDOW, 0.0, 1.0)
    proximity: Floats = weight * closeness
    return proximity


def _date_reason(gap: int, precision: int) -> str | None:
    if precision < 2 or gap >= DATE_WINDOW:
        return None
    if precision == 3:
        return "same date" if gap == 0 else f"dates {gap} day{'s' if gap > 1 else ''} apart"
    return "same month" if gap == 0 else "close dates"


def date_reasons(table: Ints, rows: Ints, cols: Ints) -> list[str | None]:
    """For each pair: "same date", "dates 3 days apart", "same month", "close dates" or None."""
    gaps = date_gaps(table, rows, cols).tolist()
    precisions = np.minimum(table[rows, 2], table[cols, 2]).tolist()
    return [_date_reason(gap, precision) for gap, precision in zip(gaps, precisions, strict=True)]
