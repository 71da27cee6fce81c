"""Near-duplicates: copies and lightly edited versions are grouped, related articles are not."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest

from dossier.enrich.related.duplicates import near_duplicates
from dossier.enrich.related.shingles import SIZE, Shingler
from dossier.enrich.related.word_ids import read_words
from dossier.evaluation.corpus import load_bbc
from tests.helpers import BBC, requires_bbc

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    """The text of the seed whose file name starts with ``prefix`` (title line included)."""
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


SHORT = (  # about 110 words in six sentences: where a one-sentence edit weighs most
    "Foreign ministers of Britain and Russia met in Moscow on Thursday for their first talks in four years. "
    "The meeting lasted more than two hours and ended without a joint statement from either side. "
    "British officials said the minister had warned of severe consequences if Russian troops crossed the border. "
    "Her Russian counterpart told reporters that the conversation had been like talking to a deaf person. "
    "Both ministries said that contacts between their defence ministers would continue later in the week. "
    "Analysts in London described the visit as an attempt to keep a channel open at a tense moment."
)


def test_identical_text_saved_twice_with_another_title_and_spacing() -> None:
    original = seed("002")
    body = original.partition("\n")[2]
    copy = "Lavrov on the talks (copy)\n\n" + "\n\n".join(" ".join(line.split("  ")) for line in body.splitlines())
    docs = [("b", copy), ("a", original), ("c", seed("003"))]
    assert near_duplicates(docs) == (("a", "b"),)


@pytest.mark.parametrize("edit", ["add sentence", "drop sentence", "change word", "furniture line"])
@pytest.mark.parametrize("text", ["long", "short"])
def test_small_edits_are_versions(edit: str, text: str) -> None:
    original = seed("000") if text == "long" else SHORT
    sentences = re.split(r"(?<=[.!?])\s+", original)
    if edit == "add sentence":
        sentences.insert(2, "The ministry declined to comment on the details of the meeting on Saturday.")
    elif edit == "drop sentence":
        del sentences[2]
    elif edit == "change word":
        words = sentences[1].split()
        words[3] = "reportedly"
        sentences[1] = " ".join(words)
    edited = " ".join(sentences) + ("\nShare this article on Facebook" if edit == "furniture line" else "")
    assert edited != original
    assert near_duplicates([("original", original), ("edited", edited)]) == (("edited", "original"),)


def test_articles_on_the_same_meeting_are_not_versions() -> None:
    docs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    assert near_duplicates(docs) == ()


def test_versions_group_transitively_and_output_is_sorted_and_stable() -> None:
    base = seed("000")
    docs = [("z", base), ("m", base + "\nRead more: UK politics"), ("a", base.replace("Saturday", "Sunday"))]
    docs += [("q", seed("002")), ("b", seed("002").upper()), ("x", seed("004"))]
    expected = (("a", "m", "z"), ("b", "q"))
    assert near_duplicates(docs) == expected
    assert near_duplicates(list(reversed(docs))) == expected
    random.Random(1).shuffle(docs)  # noqa: S311 - a repeatable order, not a secret
    assert near_duplicates(docs) == expected


def test_texts_without_words_are_never_grouped_but_short_identical_texts_are() -> None:
    docs = [("a", ""), ("b", "  \n "), ("c", "--- ..."), ("d", "No comment."), ("e", "no  COMMENT")]
    assert near_duplicates(docs) == (("d", "e"),)


def test_many_copies_of_one_text_form_one_group() -> None:
    docs = [(f"{i:03d}", seed("003")) for i in range(60)] + [("other", seed("004"))]
    assert near_duplicates(docs) == (tuple(f"{i:03d}" for i in range(60)),)


def test_chunked_shingles_match_per_text_shingles() -> None:
    texts = ["", "one two", "a b c d e f g h", "x y z w v", "", "alpha beta gamma delta epsilon zeta eta", "solo"]
    corpus = read_words(texts)
    shingler = Shingler(corpus)
    for first in range(len(texts)):
        for last in range(first + 1, len(texts) + 1):
            chunk = shingler.chunk(first, last)
            ends = [*chunk.starts[1:].tolist(), len(chunk.values)][: len(chunk.rows)]
            for row, start, end in zip(chunk.rows.tolist(), chunk.starts.tolist(), ends, strict=True):
                assert np.array_equal(np.unique(chunk.values[start:end]), shingler.of_text(row))
    sizes = [len(shingler.of_text(i)) for i in (1, 2, 3, 5, 6)]
    assert sizes == [1, 8 - SIZE + 1, 1, 7 - SIZE + 1, 1]


@requires_bbc
def test_bbc_duplicates_are_found() -> None:
    articles = load_bbc(BBC)
    groups = near_duplicates([(a.id, a.body) for a in articles])
    # Word for word the same, and an updated version (the summary line rewritten).
    assert ("business/007.txt", "business/253.txt") in groups
    assert ("tech/019.txt", "tech/329.txt") in groups
    assert 140 <= len(groups) <= 180
    assert all(len({g.split("/")[0] for g in group}) == 1 for group in groups)
