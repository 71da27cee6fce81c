"""Curator corrections: validated with clear errors, and winning over extraction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dossier.curation import Correction, check_date, load_corrections, parse_entry
from tests.helpers import make_project, run_dossier


@pytest.mark.parametrize("value", ["2022", "2022-02", "2022-02-28", "2024-02-29"])
def test_valid_dates(value: str) -> None:
    assert check_date(value) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2022-02-30", "is not a real date"),
        ("2023-02-29", "is not a real date"),
        ("10 Feb 2022", "use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("22-02-10", "use YYYY"),
        (20220210, "use YYYY"),
    ],
)
def test_bad_dates_say_what_is_wrong(value: object, message: str) -> None:
    problem = check_date(value)
    assert problem is not None and message in problem


def test_entry_validation_reports_every_problem_with_its_key() -> None:
    entry = {
        "titel": "typo",
        "date": "2022-13-01",
        "type": "op-ed",
        "language": "English",
        "source": {"name": "X", "url": "javascript:alert(1)"},
        "tags": "one",
    }
    correction, problems = parse_entry("curation.yml: documents: a.txt", entry)
    assert correction == Correction()
    assert [p.split(": ")[3] for p in problems] == ["titel", "date", "type", "language", "source", "tags"]
    assert "unknown key (valid keys: title, date" in problems[0]
    assert "must be an http:// or https:// address" in problems[4]


def test_sidecar_wins_key_by_key_and_missing_seeds_are_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "curation.yml").write_text(
        "documents:\n  a.txt:\n    title: From collection\n    place: Paris\n  gone.txt:\n    title: X\n", "utf-8"
    )
    sidecars = {"a.yml": b"title: From sidecar\n", "orphan.yml": b"title: Y\n"}
    loaded = load_corrections(tmp_path, sidecars, {"a.txt"})
    assert loaded.corrections["a.txt"].title == "From sidecar"
    assert loaded.corrections["a.txt"].place == "Paris"
    assert loaded.problems == [
        "curation.yml: documents: gone.txt: names a seed that does not exist (seeds/gone.txt)",
        "seeds/orphan.yml: names a seed that does not exist (seeds/orphan.txt)",
    ]


def test_corrections_win_and_pages_say_curated(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "seeds" / "002_c7494566f5f2e8ae.yml").write_text(
        "date: 2022-02-10\nsource: {name: Example Wire, url: 'https://example.org/a?b=1&c=2'}\n"
        "type: report\nkeep: []\nremove: ['Different interpretations of the Minsk Agreements']\n",
        "utf-8",
    )
    result = run_dossier(project, "--strict")
    assert result.returncode == 0, result.stderr
    catalog = json.loads((project / "docs" / "catalog.json").read_text("utf-8"))
    record = next(d for d in catalog["documents"] if d["seed"] == "002_c7494566f5f2e8ae.txt")
    assert (record["date"], record["date_precision"], record["date_provenance"]) == ("2022-02-10", "day", "curated")
    assert (record["source"], record["source_url"]) == ("Example Wire", "https://example.org/a?b=1&c=2")
    assert record["removed"] == ["Different interpretations of the Minsk Agreements"]
    assert record["curated"] == ["date", "source", "type", "tags", "remove"]
    page = (
        project / "docs" / "archive" / "documents" / "lavrov-disappointed-with-talks-with-british-fm" / "index.md"
    ).read_text()
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener">Example Wire</a>' in page
    assert "10 February 2022</dd>" not in page and "10 February 2022 <span" in page
    sources = (project / "docs" / "archive" / "sources" / "index.md").read_text("utf-8")
    assert "<h3>Example Wire (1)</h3>" in sources and "<h3>Unknown source (4)</h3>" in sources
    # a source with few documents shares the pages of the other small sources, under its own heading
    assert '<a href="other/#example-wire">Example Wire</a>' in sources
    other = (project / "docs" / "archive" / "sources" / "other" / "index.md").read_text("utf-8")
    assert '<h2 id="example-wire">Example Wire (1)</h2>' in other


def test_curation_problems_are_reported_and_fail_strict(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "curation.yml").write_text("documents:\n  missing.txt:\n    title: X\n", "utf-8")
    result = run_dossier(project, "--strict")
    assert result.returncode == 1
    assert "CURATION curation.yml: documents: missing.txt: names a seed that does not exist" in result.stderr
    quality = (project / "docs" / "archive" / "quality" / "index.md").read_text("utf-8")
    assert "Curation problems (1)" in quality


def test_a_second_copy_is_another_version_not_related_reading(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    original = (project / "seeds" / "002_c7494566f5f2e8ae.txt").read_text("utf-8")
    edited = original.replace("he explained.", "he explained to reporters.") + "\nSyndicated by another agency.\n"
    (project / "seeds" / "002b_copy.txt").write_text(edited, "utf-8")
    assert run_dossier(project).returncode == 0
    catalog = json.loads((project / "docs" / "catalog.json").read_text("utf-8"))
    records = {d["seed"]: d for d in catalog["documents"]}
    first, second = records["002_c7494566f5f2e8ae.txt"], records["002b_copy.txt"]
    assert first["versions"] == [second["id"]] and second["versions"] == [first["id"]]
    assert second["id"] not in first["related"] and first["id"] not in second["related"]
    quality = (project / "docs" / "archive" / "quality" / "index.md").read_text("utf-8")
    assert "Other versions (1 group(s))" in quality


def _folder_corrections(
    tmp_path: Path, collection: str, seeds: set[str], sidecars: dict[str, bytes] | None = None
) -> Any:
    (tmp_path / "curation.yml").write_text(collection, "utf-8")
    return load_corrections(tmp_path, sidecars or {}, seeds)


def test_folder_defaults_apply_deeper_folder_and_document_entry_win(tmp_path: Path) -> None:
    collection = (
        "folders:\n"
        "  wire: {source: {name: Example Wire, url: 'https://wire.example'}, language: en, type: report,\n"
        "         tags: [wire]}\n"
        "  wire/ru/: {language: ru, source: {name: Wire Russia}}\n"
        "documents:\n"
        "  wire/ru/b.txt: {tags: [special]}\n"
    )
    seeds = {"wire/a.txt", "wire/ru/b.txt", "wire/ru/c.html", "other.txt"}
    loaded = _folder_corrections(tmp_path, collection, seeds, {"wire/ru/c.yml": b"type: statement\n"})
    assert loaded.problems == []
    a, b, c = (loaded.corrections[s] for s in ("wire/a.txt", "wire/ru/b.txt", "wire/ru/c.html"))
    assert (a.source_name, a.source_url, a.language, a.type, a.tags) == (
        "Example Wire",
        "https://wire.example",
        "en",
        "report",
        ("wire",),
    )
    # the deeper folder's source replaces name and url together; its language wins
    assert (b.source_name, b.source_url, b.language, b.type, b.tags) == (
        "Wire Russia",
        None,
        "ru",
        "report",
        ("special",),
    )
    assert b.from_folder == ("source", "language", "type")
    assert (c.type, c.from_folder) == ("statement", ("source", "language", "tags"))
    assert "other.txt" not in loaded.corrections


def test_folder_defaults_are_validated_with_file_and_key(tmp_path: Path) -> None:
    collection = (
        "folders:\n  wire: {title: Not per folder, language: English}\n  missing: {language: en}\n  .: {tags: [all]}\n"
    )
    loaded = _folder_corrections(tmp_path, collection, {"wire/a.txt", "b.txt"})
    assert loaded.problems == [
        "curation.yml: folders: missing: names a folder that holds no seeds (seeds/missing)",
        "curation.yml: folders: wire: title: unknown key (valid keys: source, language, type, tags)",
        "curation.yml: folders: wire: language: 'English' is not a two-letter ISO 639-1 code such as en or ru",
    ]
    assert loaded.corrections["b.txt"].tags == ("all",)
    assert loaded.corrections["wire/a.txt"].language is None  # the bad value is ignored


def test_sidecars_name_seeds_of_any_format(tmp_path: Path) -> None:
    seeds = {"a.html", "b.txt", "b.pdf", "c.docx"}
    sidecars = {
        "a.yml": b"title: A\n",
        "b.pdf.yml": b"title: B\n",
        "b.yml": b"title: ?\n",
        "c.docx.yaml": b"title: C\n",
    }
    loaded = load_corrections(tmp_path, sidecars, seeds)
    assert {seed: c.title for seed, c in loaded.corrections.items()} == {"a.html": "A", "b.pdf": "B", "c.docx": "C"}
    assert loaded.problems == ["seeds/b.yml: describes several seeds (b.pdf, b.txt): name it after one, e.g. b.pdf.yml"]


def test_curation_file_with_unknown_top_level_key_is_reported(tmp_path: Path) -> None:
    loaded = _folder_corrections(tmp_path, "documentz: {}\n", {"a.txt"})
    assert loaded.problems == [
        "curation.yml: must hold documents (seed paths to fields) and/or folders (folder paths to fields)"
    ]


def test_folder_defaults_show_on_pages_as_curated_for_the_folder(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    wire = project / "seeds" / "wire"
    wire.mkdir()
    (wire / "story.txt").write_text("Talks resume\n\nLONDON, 3 March 2022 - Talks resumed.\n", "utf-8")
    with (project / "curation.yml").open("a", encoding="utf-8") as handle:
        handle.write("folders:\n  wire: {source: {name: Example Wire, url: 'https://wire.example/'}, tags: [wire]}\n")
    result = run_dossier(project, "--strict")
    assert result.returncode == 0, result.stderr
    catalog = json.loads((project / "docs" / "catalog.json").read_text("utf-8"))
    record = next(d for d in catalog["documents"] if d["seed"] == "wire/story.txt")
    assert (record["source"], record["source_url"], record["tags"]) == (
        "Example Wire",
        "https://wire.example/",
        ["wire"],
    )
    assert all(d["source"] is None for d in catalog["documents"] if d["seed"] != "wire/story.txt")
    page = (project / "docs" / record["url"] / "index.md").read_text("utf-8")
    assert '<a href="https://wire.example/" rel="nofollow noopener">Example Wire</a>' in page
    assert page.count("(curated for its folder)") == 2  # source and tags
