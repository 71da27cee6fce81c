"""Extract stage: title, paragraphs, counts, lead, ids."""

from __future__ import annotations

import pytest

from dossier.errors import SourceError
from dossier.extract import document_id, extract
from dossier.extract.stats import describe, reading_time, word_count
from dossier.extract.structure import split_document
from dossier.models import Decoded, Source


def test_title_is_first_non_empty_line_and_blank_lines_separate_paragraphs() -> None:
    title, paras = split_document("s.txt", "\n\n  Title here  \n\nOne\ntwo\n\n\nThree\n")
    assert title == "Title here"
    assert paras == (("One", "two"), ("Three",))


def test_body_without_blank_lines_gets_a_paragraph_per_line() -> None:
    _, paras = split_document("s.txt", "Title\nFirst line.\nSecond line.\n")
    assert paras == (("First line.",), ("Second line.",))


def test_crlf_and_cr_are_line_breaks() -> None:
    _, paras = split_document("s.txt", "Title\r\nA\r\n\r\nB\rC")
    assert paras == (("A",), ("B", "C"))


def test_title_only_file_has_an_empty_body() -> None:
    assert split_document("s.txt", "Just a title\n") == ("Just a title", ())


@pytest.mark.parametrize("text", ["", "\n\n", "  \t \n"])
def test_empty_file_is_an_error_naming_the_file(text: str) -> None:
    with pytest.raises(SourceError, match=r"^s\.txt: is empty"):
        split_document("s.txt", text)


def test_counts() -> None:
    paras = (("one two", "three"), ("four",))
    assert word_count(paras) == 4
    assert reading_time(0, 220) == 0
    assert reading_time(1, 220) == 1
    assert reading_time(221, 220) == 2


def test_description_is_the_first_real_paragraph_cut_at_a_word() -> None:
    short = ("Colleagues,",)
    lead = ("word " * 100).strip()
    out = describe((short, (lead,)), limit=50)
    assert out.endswith("…")
    assert len(out) <= 51
    assert out[:-1].split() == ["word"] * len(out[:-1].split())
    assert describe((("A short lead of eight words right here.",),)) == "A short lead of eight words right here."


def test_id_is_stable_and_depends_only_on_the_path() -> None:
    assert document_id("a/b.txt") == document_id("a/b.txt")
    assert document_id("a/b.txt") != document_id("a/c.txt")
    # the same name in NFD (macOS) and NFC gives the same id
    assert document_id("cafe\u0301.txt") == document_id("caf\u00e9.txt")


def test_extract_builds_a_document() -> None:
    source = Source(seed="x/y.txt", data=b"", sha256="abc")
    doc = extract(Decoded(source, "Title\nOne two three four five six seven eight.\n", "utf-8"), 220)
    assert (doc.title, doc.words, doc.reading_time, doc.seed, doc.sha256) == ("Title", 8, 1, "x/y.txt", "abc")
    assert doc.description == "One two three four five six seven eight."
