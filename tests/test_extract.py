"""Extract stage: title, paragraphs, counts, lead, ids."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from dossier.errors import SourceError
from dossier.extract import document_id, extract
from dossier.extract.characters import clean_characters
from dossier.extract.stats import describe, reading_time, word_count
from dossier.extract.structure import split_document
from dossier.models import Decoded, Source


def test_title_is_first_non_empty_line_and_blank_lines_separate_paragraphs() -> None:
    split = split_document("s.txt", "\n\n  Title here  \n\nOne\ntwo\n\n\nThree\n")
    assert split.title == "Title here"
    assert split.paragraphs == (("One", "two"), ("Three",))
    assert not split.glued  # a blank line sets the title apart


def test_body_without_blank_lines_gets_a_paragraph_per_line() -> None:
    split = split_document("s.txt", "Title\nFirst line.\nSecond line.\n")
    assert split.paragraphs == (("First line.",), ("Second line.",))
    assert split.glued  # the title runs into the text


def test_long_first_line_gives_a_short_title_and_stays_in_the_body() -> None:
    line = "word " * 60
    split = split_document("s.txt", f"{line}\nSecond paragraph.")
    assert split.shortened and split.title.endswith("…") and len(split.title) <= 201
    assert split.paragraphs == ((line.rstrip(),), ("Second paragraph.",))
    assert not split.glued  # the cut line is the body's first


def test_title_only_file_has_an_empty_body() -> None:
    assert split_document("s.txt", "Just a title\n") == ("Just a title", (), False, False)


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


def test_id_is_stable_across_runs_and_depends_only_on_the_path() -> None:
    probe = "from dossier.extract import document_id; print(document_id('a/b.txt'))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", probe], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True
        ).stdout.strip()
        for seed in ("1", "2")  # a per-process hash (str.__hash__) would differ between these
    }
    assert runs == {document_id("a/b.txt")}
    assert re.fullmatch(r"[0-9a-f]{12}", document_id("a/b.txt"))
    texts = ("Title\nOne text.\n", "Another title\nOther text.\n")
    ids = {extract(Decoded(Source("a/b.txt", b"", "x"), text, "utf-8"), 220).id for text in texts}
    assert ids == {document_id("a/b.txt")}  # the same path keeps its id whatever the text
    assert document_id("a/b.txt") != document_id("a/c.txt")
    # the same name in NFD (macOS) and NFC gives the same id
    assert document_id("cafe\u0301.txt") == document_id("caf\u00e9.txt")


def test_extract_builds_a_document() -> None:
    source = Source(seed="x/y.txt", data=b"", sha256="abc")
    doc = extract(Decoded(source, "Title\nOne two three four five six seven eight.\n", "utf-8"), 220)
    assert (doc.title, doc.words, doc.reading_time, doc.seed, doc.sha256) == ("Title", 8, 1, "x/y.txt", "abc")
    assert doc.description == "One two three four five six seven eight."


def test_line_break_policy() -> None:
    cleaned = clean_characters("T\r\nA\rB\x0bC\x0cD\x85E\u2028F\u2029G\x1cH")
    assert cleaned.text == "T\nA\nB\nC\nD\nE\nF\n\nG\nH"
    assert cleaned.replaced == 0


def test_control_characters_become_visible_and_are_counted() -> None:
    cleaned = clean_characters("bell\x07 esc\x1b[31m del\x7f c1\x9b tab\tkept nul\x00 nonchar\ufffe")
    assert cleaned.text == "bell␇ esc␛[31m del␡ c1\ufffd tab\tkept nul␀ nonchar\ufffd"
    assert cleaned.replaced == 6


def test_replacements_are_reported_on_the_document() -> None:
    source = Source(seed="c.txt", data=b"", sha256="x")
    doc = extract(Decoded(source, "Title\x07\nBody \x1b here.", "utf-8"), 220)
    assert doc.title == "Title␇"
    assert doc.notes == ("2 control character(s) shown as visible symbols (␛, ␇, �...)",)


def test_year_and_section_lines_stay_in_the_published_article() -> None:
    # issue 14.3: "2022" and "page 2" are section lines of this text, not tracker tokens
    text = "Season review\n\n2022\n\nThe club won the league.\n\npage 2\n\nThe cup run ended early.\n\n2023\n"
    doc = extract(Decoded(Source(seed="r.txt", data=b"", sha256="x"), text, "utf-8"), 220)
    assert [line for para in doc.paragraphs for line in para] == [
        "2022",
        "The club won the league.",
        "page 2",
        "The cup run ended early.",
        "2023",
    ]
    assert doc.meta.removed == ()
