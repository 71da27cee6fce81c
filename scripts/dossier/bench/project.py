"""A throwaway Dossier project (configuration, hand-written docs, hook) around a seeds folder.

Used by the benchmark and by the tests, so both build exactly what `make site` builds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from dossier.write.output import MANIFEST, read_manifest

REPO = Path(__file__).resolve().parents[3]
PROJECT_FILES = ("mkdocs.yml", "pyproject.toml", "curation.yml", "entities.yml")


def hand_written_docs(repo: Path = REPO) -> list[str]:
    """Files under the repository's docs/ that Dossier did not generate (per its manifest)."""
    docs = repo / "docs"
    generated = read_manifest(docs) | {MANIFEST}
    found = (p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file())
    return sorted(rel for rel in found if rel not in generated)


def make_project(dest: Path, seeds: Path | None = None, *, curation: bool = True) -> Path:
    """Copy the project's configuration, hook and hand-written docs to ``dest``, and the seeds
    (the repository's own by default). ``curation=False`` leaves the curation file out, for
    corpora it does not describe."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        if (REPO / name).is_file() and (curation or name != "curation.yml"):
            shutil.copy(REPO / name, dest / name)
    shutil.copytree(REPO / "scripts", dest / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "overrides", dest / "overrides")
    for rel in hand_written_docs():
        target = dest / "docs" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "docs" / rel, target)
    shutil.copytree(seeds or REPO / "seeds", dest / "seeds")
    return dest
