"""The search's build side: Pagefind indexes per language and part, the page's tables, the name
lookup, and the same bytes from the same corpus (Pagefind 1.5.2 is run for real)."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from dossier.config import load_settings
from dossier.models import Corpus, Value
from dossier.pipeline import build, registry_spellings
from dossier.search import bundle, search_files, start_early
from dossier.search.compact import MetaError, pack, unpack
from dossier.search.pagefind import IndexError_, Indexing, Record, index_files
from dossier.search.tables import date_column, name_key, shard_name
from tests.helpers import REPO, make_project

SNOWBALL = REPO / "docs" / "javascripts" / "snowball"
WORDS_JS = REPO / "docs" / "javascripts" / "search" / "words.js"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The five seeds, built, with two of them said to be Russian (to get two languages)."""
    project = make_project(tmp_path_factory.mktemp("search") / "p")
    seeds = build(load_settings(project)).corpus
    docs = [
        replace(doc, meta=replace(doc.meta, language=Value("ru", "curated"))) if i < 2 else doc
        for i, doc in enumerate(seeds.documents)
    ]
    return replace(seeds, documents=tuple(docs))


def _json(files: dict[str, bytes], path: str) -> Any:
    return json.loads(files[path])


def _records(files: dict[str, bytes], folder: str) -> dict[str, Any]:
    """The Pagefind records in ``folder`` (e.g. "search/en/0/"), by address."""
    found = {}
    for path, data in files.items():
        if path.startswith(folder + "fragment/"):
            record = json.loads(gzip.decompress(data).removeprefix(b"pagefind_dcd"))
            found[record["url"]] = record
    return found


def _dates(column: list[int | str]) -> list[str]:
    """The table's date column read back, as the page's engine.js reads it."""
    day, found = 0, []
    for value in column:
        if isinstance(value, int):
            day += value
            found.append((date(1970, 1, 1) + timedelta(days=day)).isoformat())
        else:
            found.append(value)
    return found


def test_the_date_column_counts_days_and_keeps_anything_else_as_written() -> None:
    dates = ["2005-03-01", "2005-03-01", "2005-03-04", "2005", "", "2005-02-30", "2005-W10-1", "1969-12-31"]
    column = date_column(dates)
    assert column == [12843, 0, 3, "2005", "", "2005-02-30", "2005-W10-1", -12847]
    assert _dates(column) == dates


def test_one_index_per_language_every_document_once_in_table_order(corpus: Corpus) -> None:
    files = search_files(corpus)
    table = _json(files, "search/facets.json")
    assert [(p["tag"], p["folder"], p["first"]) for p in table["parts"]] == [
        ("en-x-0", "en/0/", 0),
        ("ru-x-0", "ru/0/", 3),
    ]
    # rows: the English documents, then the Russian ones, each in listing order
    ordered = [d for d in corpus.documents if d.meta.language.value == "en"] + [
        d for d in corpus.documents if d.meta.language.value == "ru"
    ]
    assert len(table["docs"]) == len(ordered)
    dates = _dates([row[0] for row in table["docs"]])
    for doc, row, day in zip(ordered, table["docs"], dates, strict=True):
        assert day == (doc.meta.date.value if doc.meta.date else "")
        assert table["types"][row[1]] == doc.meta.type.value
        assert table["languages"][row[3]] == doc.meta.language.value
    for language in ("en", "ru"):
        records = _records(files, f"search/{language}/0/")
        mine = [d for d in ordered if d.meta.language.value == language]
        assert sorted(records) == sorted(d.url for d in mine)
        assert all(records[d.url]["meta"] == {"title": d.title} for d in mine)
        # each language has its own Pagefind script, worker and WebAssembly module (its stemmer)
        assert f"search/{language}/0/pagefind.js" in files and f"search/{language}/0/pagefind-worker.js" in files
        assert [p for p in files if re.fullmatch(rf"search/{language}/0/wasm\.{language}-x-0\.pagefind", p)]
    assert not [p for p in files if "pagefind-ui" in p or "highlight" in p]  # the page has its own


def test_parts_split_a_language_and_only_the_first_part_carries_pagefind(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "PART_SIZE", 2)
    files = search_files(corpus)
    table = _json(files, "search/facets.json")
    assert [p["folder"] for p in table["parts"]] == ["en/0/", "en/1/", "ru/0/"]
    assert "search/en/0/pagefind.js" in files and "search/en/1/pagefind.js" not in files
    assert "search/en/1/pagefind-entry.json" in files
    page = files["search/index.md"].decode("utf-8")
    assert "[{&quot;language&quot;:&quot;en&quot;,&quot;folders&quot;:[&quot;en/0/&quot;,&quot;en/1/&quot;]}" in page


def test_same_corpus_gives_byte_identical_files(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pagefind 1.5.2's filters and sort orders come out in hash-map order; Dossier uses neither
    monkeypatch.setattr(bundle, "PART_SIZE", 2)
    assert search_files(corpus) == search_files(corpus)


def test_an_empty_text_is_indexed_by_its_title(corpus: Corpus) -> None:
    doc = corpus.documents[2]
    empty = replace(corpus, documents=(replace(doc, paragraphs=()),))
    files = search_files(empty)
    (fragment,) = [data for path, data in files.items() if "/fragment/" in path]
    assert json.loads(gzip.decompress(fragment).removeprefix(b"pagefind_dcd"))["content"] == doc.title


def test_pagefind_refusing_a_request_is_an_error_that_says_why() -> None:
    refused = Indexing(
        [], requests=[{"type": "AddRecord", "index_id": 7, "url": "a/", "content": "x", "language": "en"}]
    )
    with pytest.raises(IndexError_, match="Pagefind refused a request: Invalid index"):
        refused.files()


def test_a_pagefind_that_stops_early_is_an_error_that_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dossier.search.pagefind.executable", lambda: "/bin/false")
    with pytest.raises(IndexError_, match="Pagefind stopped without answering"):
        index_files([Record("a/", "en", "T", "text")])


class _Answered:
    """Pagefind's files, as an Indexing gives them, for build_part."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self._files = files

    def files(self) -> dict[str, bytes]:
        return self._files


def test_a_document_pagefind_left_out_is_named(corpus: Corpus) -> None:
    (part, *_) = bundle.parts(corpus.documents)
    produced = Indexing(bundle.records(part)).files()
    dropped = next(name for name, data in produced.items() if name.startswith("fragment/"))
    lost = json.loads(unpack(produced.pop(dropped)))["url"]
    seed = next(doc.seed for doc in part.documents if doc.url == lost)
    with pytest.raises(IndexError_, match=f"left out 1 document\\(s\\) of {part.folder}, such as {seed}"):
        bundle.build_part(part, primary=True, started=_Answered(produced))  # type: ignore[arg-type]
    produced[dropped] = pack(b'{"url": "elsewhere/"}')  # as many pages as documents, one of them wrong
    with pytest.raises(MetaError, match=f"of {part.tag} is not {lost}"):  # compact checks every address
        bundle.build_part(part, primary=True, started=_Answered(produced))  # type: ignore[arg-type]


def test_an_index_closed_before_it_is_done_stops_pagefind() -> None:
    running = Indexing([Record(f"d{i}/", "en", f"T{i}", f"word{i} " * 400) for i in range(2000)])
    relay = running._process
    running.close()
    assert relay is not None and relay.poll() is not None
    with pytest.raises(IndexError_, match="closed before Pagefind finished"):
        running.files()


def test_an_index_started_early_gives_the_same_files(corpus: Corpus) -> None:
    """What the build starts before cross-referencing (the documents in listing order, without
    their entities) is what render would index itself."""
    bare = [replace(doc, entities=(), related=()) for doc in corpus.documents]
    started = start_early(bare)
    assert set(started) == {"search/en/0/", "search/ru/0/"}
    assert search_files(corpus, started=started) == search_files(corpus)
    assert start_early(bare, part_size=2) == {}  # larger than a part: render indexes it part after part


def test_index_files_numbers_pages_in_record_order() -> None:
    files = index_files([Record(f"d{i}/", "en", f"T{i}", f"word{i} shared") for i in range(30)])
    assert len([p for p in files if p.startswith("fragment/")]) == 30
    assert "pagefind-entry.json" in files and any(p.endswith(".pf_meta") for p in files)


def test_name_lookup_finds_every_spelling_of_a_name(corpus: Corpus, tmp_path: Path) -> None:
    spellings = registry_spellings(load_settings(make_project(tmp_path / "p")))
    files = search_files(corpus, spellings)
    table = _json(files, "search/facets.json")
    lookup: dict[str, list[list[str]]] = {}
    for shard in table["nameShards"]:
        lookup.update(json.loads(files[f"search/names/{shard}.json"]))
    lavrov = ["people", "sergey-lavrov", "Sergey Lavrov"]
    for spelling in ("Sergey Lavrov", "Lavrov", "Лавров", "Сергей Лавров"):
        assert lavrov in lookup[name_key(spelling)], spelling
    assert [p for p in files if p.startswith("search/names/")] == [
        f"search/names/{s}.json" for s in table["nameShards"]
    ]


@pytest.mark.parametrize(
    ("spelling", "key", "shard"),
    [("Kyïv", "kyiv", "ky"), ("  Sergey   LAVROV ", "sergey lavrov", "se"), ("Лавров", "лавров", "u43bu430"),
     ("O'Brien", "o brien", "ob"), ("A", "a", "a")],
)  # fmt: skip
def test_name_key_and_shard(spelling: str, key: str, shard: str) -> None:
    assert name_key(spelling) == key
    assert shard_name(key) == shard


def test_the_page_stems_with_the_stemmers_pagefind_uses() -> None:
    """words.js maps languages to the same Snowball algorithms as bundle.STEMMERS (Pagefind's
    own table), and every one of them is shipped."""
    js = WORDS_JS.read_text("utf-8")
    table = js[js.index("export const STEMMERS = {") : js.index("};", js.index("export const STEMMERS"))]
    assert dict(re.findall(r"(\w+): \"(\w+)\"", table)) == bundle.STEMMERS
    for algorithm in set(bundle.STEMMERS.values()):
        assert (SNOWBALL / f"{algorithm}-stemmer.js").is_file(), algorithm
    assert (SNOWBALL / "base-stemmer.js").is_file() and (SNOWBALL / "LICENSE.txt").is_file()


def test_search_page_is_a_form_to_itself(corpus: Corpus) -> None:
    page = search_files(corpus)["search/index.md"].decode("utf-8")
    assert '<form class="dossier-search-form" role="search" action="./" method="get">' in page
    assert '<input type="search" id="dossier-query" name="q"' in page
    assert "data-dossier-search" in page and "<noscript>" in page


def test_a_repository_page_cannot_take_the_search_page_path(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "docs" / "search").mkdir()
    (project / "docs" / "search" / "index.md").write_text("# My own search page\n", "utf-8")
    with pytest.raises(Exception, match="not created by Dossier"):
        build(load_settings(project))
    assert (project / "docs" / "search" / "index.md").read_text("utf-8") == "# My own search page\n"
