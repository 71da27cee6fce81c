"""The compiled entity rules (dossier.native): used only while they match their source, and the
same pages as the source gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import machinery
from pathlib import Path

import pytest

import dossier
from dossier import native
from dossier.native import PURE_ENV, digest
from tests.helpers import BBC, make_project, requires_bbc

#: imports a package whose one module has a "compiled copy" that cannot load (garbage bytes) beside
#: its source, after dossier.native.select has chosen, with the manifest given in argv[2]
_PROBE = """
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("native", sys.argv[3])  # not through dossier/__init__
native = importlib.util.module_from_spec(spec)
spec.loader.exec_module(native)
native.MANIFEST = Path(sys.argv[2])
sys.path.insert(0, sys.argv[1])
import probe
print("compiled" if native.select(probe.__path__[0]) else "source")
from probe.rules import rule
print(rule.VALUE)
"""


def _probe(tmp_path: Path, manifest: str | None, **env: str) -> subprocess.CompletedProcess[str]:
    package = tmp_path / "probe"
    (package / "rules").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "rules" / "__init__.py").write_text("")
    (package / "rules" / "rule.py").write_text("VALUE = 'from the source'\n")
    (package / "rules" / f"rule{machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"not an extension module")
    path = tmp_path / "native.json"
    if manifest is not None:
        path.write_text(manifest)
    clean = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    return subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path), str(path), native.__file__],
        capture_output=True,
        text=True,
        check=False,
        env={**clean, **env},
    )


def test_without_a_compile_the_sources_are_imported(tmp_path: Path) -> None:
    done = _probe(tmp_path, manifest=None)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["source", "from the source"]
    assert done.stderr == ""  # nothing was compiled: nothing to say


def test_compiled_copies_older_than_their_source_are_ignored_with_a_warning(tmp_path: Path) -> None:
    done = _probe(tmp_path, manifest=json.dumps({"digest": "0" * 64}))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["source", "from the source"]
    assert "older than their source" in done.stderr


def test_a_manifest_that_does_not_parse_counts_as_stale(tmp_path: Path) -> None:
    done = _probe(tmp_path, manifest="{not json")
    assert done.stdout.split("\n")[:2] == ["source", "from the source"]


def test_fresh_compiled_copies_are_imported_in_preference(tmp_path: Path) -> None:
    """With a manifest matching the source, the import system is left alone: Python loads the
    extension module (here one that cannot load, which shows it was chosen)."""
    done = _probe(tmp_path, manifest=json.dumps({"digest": digest()}))
    assert done.stdout.startswith("compiled\n")
    assert f"ImportError: {tmp_path}/probe/rules/rule{machinery.EXTENSION_SUFFIXES[0]}" in done.stderr


def test_the_pure_python_switch_wins_over_fresh_copies(tmp_path: Path) -> None:
    done = _probe(tmp_path, manifest=json.dumps({"digest": digest()}), **{PURE_ENV: "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["source", "from the source"]
    assert done.stderr == ""


def test_the_digest_covers_every_compiled_module(tmp_path: Path) -> None:
    package = tmp_path / "dossier"
    shutil.copytree(Path(dossier.__file__).parent / "enrich" / "entities", package / "enrich" / "entities")
    before = digest(package)
    rule = package / "enrich" / "entities" / "works.py"
    rule.write_text(rule.read_text() + "\n# an edit\n")
    assert digest(package) != before


def _build(project: Path, **env: str) -> None:
    clean = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    done = subprocess.run(
        [sys.executable, "-m", "dossier", "build", "--root", str(project)],
        capture_output=True,
        text=True,
        check=False,
        env={**clean, "NO_MKDOCS_2_WARNING": "1", **env},
    )
    assert done.returncode == 0, done.stderr


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@requires_bbc
def test_compiled_and_source_rules_give_the_same_pages(tmp_path: Path) -> None:
    """Every 8th BBC article (all five sections, the invalid UTF-8 one too) and the seeds, built
    with the compiled rules and with their source: byte-identical files."""
    if not dossier.NATIVE:
        pytest.skip("the entity rules are not compiled here (mypyc needs a C compiler): nothing to compare")
    articles = sorted({*sorted(BBC.rglob("*.txt"))[::8], BBC / "sport" / "199.txt"})
    built = {}
    for name, env in (("compiled", {}), ("source", {PURE_ENV: "1"})):
        project = make_project(tmp_path / name)
        for article in articles:
            target = project / "seeds" / "bbc" / article.parent.name / article.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(article, target)
        _build(project, **env)
        built[name] = _tree(project / "docs")
    assert len(built["compiled"]) > 5 * len(articles)
    differ = [path for path in built["compiled"] if built["compiled"][path] != built["source"].get(path)]
    assert not differ and built["compiled"].keys() == built["source"].keys(), differ[:10]
