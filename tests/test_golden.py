"""Golden tests: the generated files for the five seeds, byte for byte.

Refresh with ``pytest tests/test_golden.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dossier.write.output import read_manifest
from tests.helpers import make_project, run_dossier

GOLDEN = Path(__file__).parent / "golden" / "seeds"
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


def test_seed_pages_match_goldens(tmp_path: Path, update_goldens: bool) -> None:
    project = make_project(tmp_path / "p")
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    actual = _generated(project / "docs", pagefind=False)
    if update_goldens:
        for old in GOLDEN.rglob("*"):
            if old.is_file():
                old.unlink()
        for rel, data in actual.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
        pytest.skip("goldens updated")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in sorted(GOLDEN.rglob("*")) if p.is_file()}
    assert sorted(actual) == sorted(expected)
    for rel, data in expected.items():
        assert actual[rel].decode("utf-8") == data.decode("utf-8"), rel


def test_two_runs_give_byte_identical_output(tmp_path: Path) -> None:
    first = make_project(tmp_path / "one")
    second = make_project(tmp_path / "two")
    assert run_dossier(first).returncode == 0
    assert run_dossier(second).returncode == 0
    assert _generated(first / "docs") == _generated(second / "docs")
