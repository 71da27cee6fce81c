"""Safe regeneration: a build killed in the middle of a write leaves no truncated page, and the
next run repairs everything; incremental runs rewrite only what changed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dossier.cache import CACHE_FILE
from dossier.config import load_settings
from dossier.pipeline import build
from dossier.write.output import MANIFEST, read_manifest
from tests.helpers import hand_written_docs, make_project, run_dossier

KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import dossier.write.output as output
    from dossier.cli import main

    real = output.write_atomic
    count = 0

    def dying_write(path, data):
        global count
        path = Path(path)
        count += 1
        if count == int(sys.argv[2]):
            # the moment of death: half of the temporary file is on disk, os.replace never runs
            tmp = path.parent / f".{path.name}.killed.tmp"
            tmp.write_bytes(data[: len(data) // 2])
            os.kill(os.getpid(), signal.SIGKILL)
        real(path, data)

    output.write_atomic = dying_write
    sys.exit(main(["build", "--root", sys.argv[1]]))
    """
)


def _tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


EDITED = "000_498e0ab14311ae32.txt"


def _edit(project: Path) -> None:
    (project / "seeds" / EDITED).write_text("Edited title\nEdited body.\n", "utf-8")


@pytest.mark.parametrize("kill_at", [1, 3, 5])
def test_killed_build_leaves_no_truncated_page_and_next_run_repairs(tmp_path: Path, kill_at: int) -> None:
    target = make_project(tmp_path / "target")
    _edit(target)
    assert run_dossier(target).returncode == 0
    expected = _tree(target / "docs")

    project = make_project(tmp_path / "killed")
    # an earlier build of other seeds, so the killed run has pages to replace and to remove
    (project / "seeds" / "extra.txt").write_text("Extra document\nIt will be deleted.\n", "utf-8")
    assert run_dossier(project).returncode == 0
    before = _tree(project / "docs")
    (project / "seeds" / "extra.txt").unlink()
    _edit(project)

    killed = subprocess.run([sys.executable, "-c", KILLER, str(project), str(kill_at)], check=False)
    assert killed.returncode == -signal.SIGKILL

    after_kill = _tree(project / "docs")
    assert [rel for rel in after_kill if rel.endswith(".tmp")], "the kill happened mid-write"
    for rel, data in after_kill.items():
        if not rel.endswith(".tmp") and rel != MANIFEST:
            assert data in {before.get(rel), expected.get(rel)}, f"{rel} is neither old nor new: truncated?"
    # the manifest is written before any page, so every generated file on disk is in it
    on_disk = {rel for rel in after_kill if not rel.endswith(".tmp")}
    assert on_disk - {MANIFEST, *hand_written_docs()} <= read_manifest(project / "docs")

    assert run_dossier(project).returncode == 0
    assert _tree(project / "docs") == expected  # repaired: stale page gone, no temp file left


def test_one_changed_seed_rewrites_only_its_pages(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    assert run_dossier(project).returncode == 0
    docs = project / "docs"
    mtimes = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    for path in mtimes:
        os.utime(path, ns=(1, 1))
    seed = project / "seeds" / "002_c7494566f5f2e8ae.txt"
    seed.write_text(seed.read_text("utf-8") + "\nOne more paragraph.\n", "utf-8")
    result = run_dossier(project)
    assert result.returncode == 0
    changed = sorted(
        p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file() and p.stat().st_mtime_ns != 1
    )
    # the search index: the edited text's record (a new file: records are named by their content),
    # Pagefind's word chunks and metadata, and the page's table; no other record, and not
    # Pagefind's script or WebAssembly module; the manifest, since a file was replaced by another
    searched = [rel for rel in changed if rel.startswith("search/")]
    assert len([rel for rel in searched if "/fragment/" in rel]) == 1
    pagefind = r"en/0/(pagefind-entry\.json|pagefind\.en-x-0_\w+\.pf_meta|(index|fragment)/en-x-0_\w+\.pf_\w+)"
    assert all(re.fullmatch(rf"search/(facets\.json|{pagefind})", rel) for rel in searched), searched
    assert [rel for rel in changed if not rel.startswith("search/")] == [
        MANIFEST,
        "archive/documents/lavrov-disappointed-with-talks-with-british-fm/index.md",
        "archive/index.md",
        "archive/originals/lavrov-disappointed-with-talks-with-british-fm.txt",
        "archive/sources/index.md",
        "archive/sources/unknown/index.md",
        "archive/undated/index.md",
        "catalog.csv",
        "catalog.json",
        "index.md",
    ]


def test_removed_seed_page_disappears_and_hand_written_pages_stay(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "docs" / "notes.md").write_text("# My notes\n", "utf-8")
    assert run_dossier(project).returncode == 0
    (project / "seeds" / "002_c7494566f5f2e8ae.txt").unlink()
    assert run_dossier(project).returncode == 0
    docs = project / "docs"
    assert not (docs / "archive" / "documents" / "lavrov-disappointed-with-talks-with-british-fm" / "index.md").exists()
    assert not (docs / "archive" / "originals" / "lavrov-disappointed-with-talks-with-british-fm.txt").exists()
    assert (docs / "notes.md").read_text("utf-8") == "# My notes\n"
    assert (docs / "about.md").is_file()


def test_unchanged_inputs_skip_the_build_and_any_change_rebuilds(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    settings = load_settings(project)
    first = build(settings)
    assert "extract" in first.timings.stages
    again = build(settings)
    assert set(again.timings.stages) == {"read"} and again.report.written == ()
    assert again.corpus == first.corpus
    # a generated file deleted by hand is noticed and restored
    page = project / "docs" / "archive" / "index.md"
    page.unlink()
    assert build(settings).report.written == ("archive/index.md",)
    # a curation change is an input change
    (project / "curation.yml").write_text("documents:\n  002_c7494566f5f2e8ae.txt:\n    place: Moscow\n", "utf-8")
    changed = build(settings)
    assert "archive/documents/lavrov-disappointed-with-talks-with-british-fm/index.md" in changed.report.written
    # a corrupt cache is ignored, not fatal
    (project / CACHE_FILE).write_bytes(b"not a pickle")
    assert build(settings).report.written == ()


def test_a_build_with_nothing_changed_never_loads_numpy(tmp_path: Path) -> None:
    """Cross-referencing's numpy and scipy take 0.3 s to import: a no-change run must not pay it
    (target: under 1 s), while a run with work to do loads them (see load_cross_reference)."""
    project = make_project(tmp_path / "p")
    probe = (
        "import sys\nfrom dossier.cli import main\n"
        "main(['build', '--root', sys.argv[1]])\nprint(sorted({'numpy', 'scipy'} & set(sys.modules)))\n"
    )

    def loaded() -> str:
        run = subprocess.run([sys.executable, "-c", probe, str(project)], capture_output=True, text=True, check=True)
        return run.stdout.strip().splitlines()[-1]

    assert loaded() == "['numpy', 'scipy']"  # the first build cross-references
    assert loaded() == "[]"  # nothing changed: nothing to cross-reference
