"""The serve preview: an edited seed's page is rewritten at once, and the background build that
follows leaves docs/ exactly as a full build would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.bench.project import make_project
from dossier.cache import BuildCache
from dossier.config import load_settings
from dossier.models import Corpus
from dossier.pipeline import BuildResult, build, up_to_date
from dossier.preview import ServeSession, preview

SEED = "002_c7494566f5f2e8ae.txt"
MARKER = "A sentence added while serving, to be seen at once."


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Corpus]:
    project = make_project(tmp_path / "p")
    return project, build(load_settings(project)).corpus


def _files(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def _edit(project: Path) -> None:
    seed = project / "seeds" / SEED
    seed.write_text(seed.read_text("utf-8") + f"\n{MARKER} It has more words than a headline.\n", "utf-8")


def test_an_edited_seed_rewrites_only_its_page_and_original(project: tuple[Path, Corpus]) -> None:
    root, corpus = project
    docs = root / "docs"
    before = _files(docs)
    _edit(root)
    written = preview(load_settings(root), corpus)
    assert written is not None and len(written) == 2
    page, original = sorted(written)
    assert page.startswith("archive/documents/") and original.startswith("archive/originals/")
    changed = {rel for rel, data in _files(docs).items() if before.get(rel) != data}
    assert changed == {page, original}
    text = (docs / page).read_text("utf-8")
    assert MARKER in text and 'id="related"' in text  # new text, the last build's cross-references
    assert (docs / original).read_bytes() == (root / "seeds" / SEED).read_bytes()


@pytest.mark.parametrize("change", ["nothing", "new seed", "removed seed", "now invalid UTF-8"])
def test_other_changes_need_a_full_build(project: tuple[Path, Corpus], change: str) -> None:
    root, corpus = project
    seeds = root / "seeds"
    if change == "new seed":
        shutil.copy(seeds / SEED, seeds / "new.txt")
    elif change == "removed seed":
        (seeds / SEED).unlink()
    elif change == "now invalid UTF-8":
        (seeds / SEED).write_bytes((seeds / SEED).read_bytes() + b"\n\xff\xfe broken\n")
    assert preview(load_settings(root), corpus) is None


def test_serving_previews_then_catches_up_with_a_full_build(project: tuple[Path, Corpus], tmp_path: Path) -> None:
    root, corpus = project
    reports: list[BuildResult] = []
    session = ServeSession(serving=True, corpus=corpus)
    _edit(root)
    written = session.update(load_settings(root), reports.append)
    assert written  # the preview, at once
    # the full build waits until MkDocs has rendered the preview (the hook's on_post_build)
    assert session.background is None and session.deferred is not None and not reports
    session.start_deferred()
    assert session.background is not None and session.deferred is None
    session.background.join(timeout=120)
    assert len(reports) == 1 and session.corpus is reports[0].corpus
    # what the background build left equals a full build of the edited seeds from scratch
    fresh = make_project(tmp_path / "fresh", root / "seeds")
    build(load_settings(fresh))
    assert _files(root / "docs") == _files(fresh / "docs")
    assert session.update(load_settings(root), reports.append) is None  # nothing left to preview


def test_a_build_command_never_previews(project: tuple[Path, Corpus]) -> None:
    root, corpus = project
    reports: list[BuildResult] = []
    session = ServeSession(serving=False, corpus=corpus)
    _edit(root)
    assert session.update(load_settings(root), reports.append) is None
    session.start_deferred()
    assert session.background is None and len(reports) == 1 and reports[0].report.written


def test_a_build_command_after_a_build_loads_nothing(
    project: tuple[Path, Corpus], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`mkdocs build` right after `dossier build` (what `make site` runs) sees from the cached
    fingerprint alone that nothing changed: the last build's corpus is not unpickled. Any
    change (a seed edited, a generated file deleted) still gets a full build."""
    root, _ = project
    settings = load_settings(root)
    loads: list[Path] = []

    def load_cache(path: Path) -> BuildCache:
        loads.append(path)
        return BuildCache()

    monkeypatch.setattr("dossier.pipeline.load_cache", load_cache)
    reports: list[BuildResult] = []
    assert up_to_date(settings)
    assert ServeSession(serving=False).update(settings, reports.append) is None
    assert not loads and not reports
    page = next((root / "docs" / "archive" / "documents").rglob("index.md"))
    page.unlink()
    assert not up_to_date(settings)
    monkeypatch.undo()
    ServeSession(serving=False).update(settings, reports.append)
    assert page.is_file() and len(reports) == 1
    _edit(root)
    assert not up_to_date(settings)


def test_serving_reports_each_problem_once_until_it_changes() -> None:
    session = ServeSession(serving=True)
    assert session.new_problems(["rejected a.txt", "warning b.txt"]) == ["rejected a.txt", "warning b.txt"]
    assert session.new_problems(["rejected a.txt", "warning b.txt"]) == []
    assert session.new_problems(["rejected a.txt", "rejected c.txt"]) == ["rejected c.txt"]
    assert session.new_problems(["warning b.txt"]) == ["warning b.txt"]  # gone and back: reported again
    building = ServeSession(serving=False)
    for _ in range(2):
        assert building.new_problems(["rejected a.txt"]) == ["rejected a.txt"]
