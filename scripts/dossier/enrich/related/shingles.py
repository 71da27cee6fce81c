"""Word shingles as 64-bit hashes, computed with numpy a chunk of texts at a time.

A shingle is a run of SIZE consecutive words; a text shorter than that is one shingle. Word
hashes come from BLAKE2b, not Python's ``hash`` (which changes from run to run), so a text
always gives the same shingles, whatever else is in the corpus; a shingle's hash mixes its
words' hashes in order. Chunks of about a million words keep memory small at any corpus size.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from dossier.enrich.related.word_ids import WordIds

SIZE = 5
_PRIME = np.uint64(0x100000001B3)

UInts = npt.NDArray[np.uint64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Shingled:
    """Shingle hashes of some texts, concatenated: the shingles of text ``rows[i]`` (a position
    in the corpus) are ``values[starts[i]:starts[i + 1]]`` (the last one runs to the end)."""

    values: UInts
    starts: Ints
    rows: Ints


def _word_hashes(vocabulary: Sequence[str]) -> UInts:
    """A stable 64-bit hash per distinct word."""
    digests = b"".join(hashlib.blake2b(word.encode(), digest_size=8).digest() for word in vocabulary)
    hashes: UInts = np.frombuffer(digests, dtype="<u8").astype(np.uint64)
    return hashes


def _mix(values: UInts) -> UInts:
    """splitmix64's finaliser: spreads every input bit over the whole hash."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        mixed: UInts = values ^ (values >> np.uint64(31))
    return mixed


def _short_hash(tokens: UInts) -> int:
    """The shingle hash of a text shorter than SIZE words: its words mixed in order."""
    value = 0
    for token in tokens.tolist():
        value = (value * int(_PRIME) + token) & 0xFFFFFFFFFFFFFFFF
    return value


def _windows(tokens: UInts, size: int) -> UInts:
    """The hash of every run of ``size`` consecutive tokens (Horner's rule over shifted slices)."""
    count = max(len(tokens) - size + 1, 0)
    windows = tokens[:count].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, size):
            windows = windows * _PRIME + tokens[offset : offset + count]
    return windows


class Shingler:
    """The shingles of the texts of a corpus, by chunk (for MinHash) or by text (to compare)."""

    def __init__(self, corpus: WordIds, size: int = SIZE) -> None:
        self.corpus = corpus
        self.size = size
        self.hashes = _word_hashes(corpus.vocabulary)

    def _tokens(self, first: int, last: int) -> UInts:
        tokens: UInts = self.hashes[self.corpus.ids[self.corpus.starts[first] : self.corpus.starts[last]]]
        return tokens

    def of_text(self, i: int) -> UInts:
        """The distinct shingles of text i, sorted (one for a text shorter than ``size`` words)."""
        tokens = self._tokens(i, i + 1)
        if len(tokens) < self.size:
            return _mix(np.array([_short_hash(tokens)], dtype=np.uint64))
        distinct: UInts = np.unique(_mix(_windows(tokens, self.size)))
        return distinct

    def chunk(self, first: int, last: int) -> Shingled:
        """The shingles of texts first..last-1 that have words."""
        lengths = self.corpus.lengths[first:last]
        tokens = self._tokens(first, last)
        offsets = self.corpus.starts[first:last] - self.corpus.starts[first]
        long = np.flatnonzero(lengths >= self.size)
        short = np.flatnonzero((lengths > 0) & (lengths < self.size))
        # A window is a shingle when it starts and ends inside one text.
        delta = np.zeros(len(tokens) + 1, dtype=np.int8)
        np.add.at(delta, offsets[long], 1)
        np.add.at(delta, offsets[long] + lengths[long] - self.size + 1, -1)
        inside = np.cumsum(delta, dtype=np.int8)[: max(len(tokens) - self.size + 1, 0)] > 0
        short_values = [_short_hash(tokens[offsets[i] : offsets[i] + lengths[i]]) for i in short.tolist()]
        values = np.concatenate((_windows(tokens, self.size)[inside], np.array(short_values, dtype=np.uint64)))
        counts = np.concatenate((lengths[long] - self.size + 1, np.ones(len(short), dtype=np.int64)))
        starts = np.concatenate(([0], np.cumsum(counts)))[:-1].astype(np.int64)
        return Shingled(_mix(values), starts, np.concatenate((long, short)).astype(np.int64) + first)

    def chunks(self) -> Iterator[Shingled]:
        """The shingles of every text with words, a chunk of texts at a time."""
        for first, last in self.corpus.chunks():
            yield self.chunk(first, last)
