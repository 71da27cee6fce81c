"""Golden tests: the generated files for the five seeds, byte for byte; and, built with two rows
per listing page so that every listing runs over several pages, the listing and document pages.

Refresh with ``pytest tests/test_golden.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from dossier.write.output import read_manifest
from tests.helpers import make_project, run_dossier

GOLDENS = Path(__file__).parent / "golden"
FORMATS_GOLDEN = GOLDENS / "formats"
#: a saved web page, a PDF and a Word file (tests/data/formats), added to the five seeds under
#: seeds/formats/ with folder defaults
FORMATS = Path(__file__).parent / "data" / "formats"
#: what the paged variant keeps: the pages whose content depends on the rows per listing page
PAGED = re.compile(r"(index\.md|archive/(?!people/|places/|organisations/).*\.md)$")
PAGEFIND = re.compile(r"search/[a-z]+/\d+/")


def _generated(docs: Path, *, pagefind: bool = True) -> dict[str, bytes]:
    """Every file the build rendered (per its manifest), minus the published copies of seeds, and
    without ``pagefind``, minus Pagefind's own files (search/<language>/: its binary index, script
    and WebAssembly, which the goldens do not show; two runs still compare them byte for byte)."""
    return {
        rel: (docs / rel).read_bytes()
        for rel in sorted(read_manifest(docs))
        if not rel.endswith(".txt") and (pagefind or not PAGEFIND.match(rel))
    }


@pytest.mark.parametrize("variant", ["seeds", "seeds-paged"])
def test_seed_pages_match_goldens(tmp_path: Path, update_goldens: bool, variant: str) -> None:
    golden = GOLDENS / variant
    project = make_project(tmp_path / "p")
    if variant == "seeds-paged":
        config = project / "pyproject.toml"
        config.write_text(config.read_text("utf-8").replace("[tool.dossier]\n", "[tool.dossier]\nlisting_rows = 2\n"))
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    actual = _generated(project / "docs", pagefind=False)
    if variant == "seeds-paged":
        actual = {rel: data for rel, data in actual.items() if PAGED.match(rel)}
    if update_goldens:
        for old in golden.rglob("*"):
            if old.is_file():
                old.unlink()
        for rel, data in actual.items():
            (golden / rel).parent.mkdir(parents=True, exist_ok=True)
            (golden / rel).write_bytes(data)
        pytest.skip("goldens updated")
    expected = {p.relative_to(golden).as_posix(): p.read_bytes() for p in sorted(golden.rglob("*")) if p.is_file()}
    assert sorted(actual) == sorted(expected)
    for rel, data in expected.items():
        assert actual[rel].decode("utf-8") == data.decode("utf-8"), rel


def test_two_runs_give_byte_identical_output(tmp_path: Path) -> None:
    first = make_project(tmp_path / "one")
    second = make_project(tmp_path / "two")
    assert run_dossier(first).returncode == 0
    assert run_dossier(second).returncode == 0
    assert _generated(first / "docs") == _generated(second / "docs")


def test_pages_of_other_formats_match_goldens(tmp_path: Path, update_goldens: bool) -> None:
    project = make_project(tmp_path / "p")
    shutil.copytree(FORMATS, project / "seeds" / "formats")
    with (project / "curation.yml").open("a", encoding="utf-8") as handle:
        handle.write("folders:\n  formats: {language: en, tags: [formats]}\n")
    result = run_dossier(project, "--strict")
    assert result.returncode == 0, result.stderr
    docs = project / "docs"
    catalog = json.loads((docs / "catalog.json").read_text("utf-8"))
    records = [d for d in catalog["documents"] if d["seed"].startswith("formats/")]
    assert sorted(d["format"] for d in records) == ["docx", "html", "pdf"]
    actual = {d["url"] + "index.md": (docs / d["url"] / "index.md").read_bytes() for d in records}
    if update_goldens:
        shutil.rmtree(FORMATS_GOLDEN, ignore_errors=True)
        for rel, data in actual.items():
            (FORMATS_GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (FORMATS_GOLDEN / rel).write_bytes(data)
        pytest.skip("goldens updated")
    expected = {p.relative_to(FORMATS_GOLDEN).as_posix(): p.read_bytes() for p in FORMATS_GOLDEN.rglob("*.md")}
    assert sorted(actual) == sorted(expected)
    for rel, data in expected.items():
        assert actual[rel].decode("utf-8") == data.decode("utf-8"), rel
