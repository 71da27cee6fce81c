"""Pagefind's metadata made smaller (search/compact.py): the CBOR codec against Pagefind's own
file, fragments named by row, and new names when a row could hold another document."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from dossier.search.compact import MetaError, compact, decode, encode, unpack
from dossier.search.pagefind import Record, index_files

TAG = "en-x-0"


def _pagefind(texts: list[str]) -> dict[str, bytes]:
    return index_files([Record(f"d{i}/", TAG, f"Title {i}", text) for i, text in enumerate(texts)])


def _meta(files: dict[str, bytes]) -> Any:
    name = json.loads(files["pagefind-entry.json"])["languages"][TAG]["hash"]
    return decode(unpack(files[f"pagefind.{name}.pf_meta"]))


TEXTS = [f"word{i} shared text number {i} " + " ".join(f"w{i}x{k}" for k in range(300)) for i in range(40)]


@pytest.fixture(scope="module")
def produced() -> dict[str, bytes]:
    return _pagefind(TEXTS)


def test_the_codec_reads_and_writes_pagefinds_metadata_byte_for_byte(produced: dict[str, bytes]) -> None:
    name = json.loads(produced["pagefind-entry.json"])["languages"][TAG]["hash"]
    raw = unpack(produced[f"pagefind.{name}.pf_meta"])
    meta: Any = decode(raw)
    assert encode(meta) == raw
    assert isinstance(meta, list) and meta[0] == "1.5.2" and len(meta[1]) == 40
    assert meta[2] and all(len(chunk) == 3 for chunk in meta[2])  # more than one word chunk


def test_every_fragment_is_named_by_its_row(produced: dict[str, bytes]) -> None:
    files = compact(produced, TAG, [f"d{i}/" for i in range(40)])
    meta = _meta(files)
    digest = meta[1][0][0].rsplit("_", 1)[1]
    assert re.fullmatch("[0-9a-f]{6}", digest)
    assert [page[0] for page in meta[1]] == [f"{TAG}_{row}_{digest}" for row in range(40)]
    for row, page in enumerate(meta[1]):
        assert json.loads(unpack(files[f"fragment/{page[0]}.pf_fragment"]))["url"] == f"d{row}/"
    # no other fragment; the word chunks and scripts are Pagefind's, names and bytes
    assert sorted(p for p in files if p.startswith("fragment/")) == sorted(
        f"fragment/{page[0]}.pf_fragment" for page in meta[1]
    )
    assert {p: v for p, v in files.items() if not p.startswith("fragment/") and p.endswith((".pf_index", ".js"))} == {
        p: v for p, v in produced.items() if not p.startswith("fragment/") and p.endswith((".pf_index", ".js"))
    }
    assert [chunk[2] for chunk in meta[2]] == [chunk[2] for chunk in _meta(produced)[2]]
    assert [p for p in files if p.endswith(".pf_meta")] == [f"pagefind.{_name(files)}.pf_meta"]


def _name(files: dict[str, bytes]) -> str:
    return str(json.loads(files["pagefind-entry.json"])["languages"][TAG]["hash"])


def _fragments(files: dict[str, bytes]) -> dict[str, bytes]:
    return {p: v for p, v in files.items() if p.startswith("fragment/")}


def test_an_edited_text_rewrites_its_own_fragment_under_the_same_name(produced: dict[str, bytes]) -> None:
    urls = [f"d{i}/" for i in range(40)]
    before = compact(produced, TAG, urls)
    assert compact(produced, TAG, urls) == before  # same records, same bytes
    after = compact(_pagefind([*TEXTS[:-1], TEXTS[-1] + " changed"]), TAG, urls)
    assert sorted(_fragments(after)) == sorted(_fragments(before))
    assert [p for p in _fragments(after) if after[p] != before[p]] == [f"fragment/{_meta(after)[1][39][0]}.pf_fragment"]
    assert _name(before) != _name(after)


def test_a_row_holding_another_document_renames_every_fragment_of_the_part() -> None:
    urls = [f"d{i}/" for i in range(40)]
    before = compact(_pagefind(TEXTS), TAG, urls)
    moved = index_files([Record(f"d{i}/", TAG, f"Title {i}", TEXTS[i]) for i in range(1, 40)])
    after = compact(moved, TAG, urls[1:])
    assert set(_fragments(before)).isdisjoint(_fragments(after))


def test_a_page_out_of_record_order_is_an_error(produced: dict[str, bytes]) -> None:
    urls = [f"d{i}/" for i in range(40)]
    urls[3], urls[4] = urls[4], urls[3]
    with pytest.raises(MetaError, match="page 3 of en-x-0 is not d4/"):
        compact(produced, TAG, urls)
    with pytest.raises(MetaError, match="40 pages in en-x-0 for 39 documents"):
        compact(produced, TAG, urls[:-1])
