"""Bring docs/ in line with the rendered output, touching only files Dossier created.

The manifest (``docs/.dossier-manifest.json``, hidden so MkDocs ignores it) lists every file the
tool wrote, and the seeds folder they were built from (so that the MkDocs hook rebuilds from the
same folder as the last ``dossier build --seeds DIR``). A run writes changed files only, removes
files it wrote before that are no longer produced, and refuses to overwrite a file it did not
create. The manifest is written last and
each file is replaced atomically, so a run killed at any point is repaired by the next run.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import WriteError
from dossier.write.atomic import write_atomic

MANIFEST = ".dossier-manifest.json"
#: the name write_atomic gives its temporary file: ``.<name>.<pid>-<n>.tmp``
TEMP_NAME = re.compile(r"\.(.+)\.[^.]+\.tmp")


@dataclass(frozen=True)
class WriteReport:
    """What a write pass did, for the build summary and for tests."""

    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def read_manifest(docs_dir: Path) -> set[str]:
    """Paths (relative to docs/) that earlier runs created; empty when there is no manifest."""
    path = docs_dir / MANIFEST
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return set()
    except (OSError, ValueError) as exc:
        raise WriteError(
            path, f"manifest is unreadable ({exc}); delete it and the generated files, then rebuild"
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        raise WriteError(path, "manifest has an unexpected shape; delete it and the generated files, then rebuild")
    return {str(p) for p in data["files"]}


def built_from(docs_dir: Path) -> str | None:
    """The seeds folder the files in the manifest were built from, as recorded; None when unknown."""
    try:
        data = json.loads((docs_dir / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    seeds = data.get("seeds") if isinstance(data, dict) else None
    return seeds if isinstance(seeds, str) and seeds else None


def _owned_or_fresh(target: str, rel: str, owned: set[str]) -> None:
    if rel not in owned and os.path.exists(target):
        raise WriteError(
            Path(target),
            "exists but was not created by Dossier; it is left untouched. "
            "Move or rename it (hand-written pages must not use generated paths).",
        )


def write_outputs(docs_dir: Path, outputs: dict[str, bytes], *, seeds: str = "") -> WriteReport:
    """Write new or changed outputs, delete stale ones, then record the new manifest."""
    return write_files(docs_dir, list(outputs), iter(outputs.items()), seeds=seeds)


def write_files(
    docs_dir: Path, paths: Collection[str], files: Iterator[tuple[str, bytes]], *, seeds: str = ""
) -> WriteReport:
    """``write_outputs`` of files that arrive one by one, as rendering produces them: ``paths``
    lists them all beforehand, ``files`` gives each (path, bytes) once, in any order. Each is
    written as it arrives and not kept, so writing goes on while the rest is rendered. ``seeds``,
    the folder they come from, is recorded in the manifest (see ``built_from``)."""
    owned = read_manifest(docs_dir)
    produced = set(paths)
    # plain strings: a fresh build writes thousands of files, and pathlib costs more than the disk
    for rel in sorted(produced):
        _owned_or_fresh(os.path.join(docs_dir, rel), rel, owned)
    # Record the union first: if the run dies mid-way, the next run still knows what it owns.
    _write_manifest(docs_dir, owned | produced, seeds)
    remove_leftovers(docs_dir, owned | produced | {MANIFEST})
    written: list[str] = []
    unchanged = 0
    expected = set(produced)  # the paths still to come
    for rel, data in files:
        if rel not in expected:
            raise ValueError(f"write_files: {rel!r} is not among the paths given, or came twice")
        expected.discard(rel)
        # a file not owned was checked above to be absent: there is nothing to compare it with
        if _write_if_changed(os.path.join(docs_dir, rel), data, compare=rel in owned):
            written.append(rel)
        else:
            unchanged += 1
    if expected:
        raise ValueError(f"write_files: {len(expected)} path(s) never came, such as {min(expected)!r}")
    removed = sorted(owned - produced)
    for rel in removed:
        (docs_dir / rel).unlink(missing_ok=True)
        _prune_empty_dirs(docs_dir, (docs_dir / rel).parent)
    _write_manifest(docs_dir, produced, seeds)
    return WriteReport(tuple(sorted(written)), unchanged, tuple(removed))


def write_owned(docs_dir: Path, outputs: dict[str, bytes]) -> tuple[str, ...]:
    """Rewrite some files an earlier run created, where their bytes changed; the paths written.

    For quick partial updates (the serve preview): nothing is added to or removed from the
    manifest, so a file it does not list is refused."""
    owned = read_manifest(docs_dir)
    written = []
    for rel, data in sorted(outputs.items()):
        if rel not in owned:
            raise WriteError(docs_dir / rel, "is not a file an earlier build created; run a full build")
        if _write_if_changed(os.path.join(docs_dir, rel), data):
            written.append(rel)
    return tuple(written)


def _write_if_changed(target: str, data: bytes, *, compare: bool = True) -> bool:
    """Replace ``target`` atomically unless it already holds ``data`` (or, without ``compare``,
    write it unread); True when it was written."""
    try:
        if compare and _holds(target, data):
            return False
        write_atomic(target, data)
    except OSError as exc:
        raise WriteError(Path(target), f"cannot be written: {exc.strerror or exc}") from exc
    return True


def _holds(target: str, data: bytes) -> bool:
    try:
        with open(target, "rb") as handle:
            return handle.read() == data
    except (FileNotFoundError, IsADirectoryError):
        return False


def outputs_present(docs_dir: Path) -> bool:
    """True when a completed build's manifest exists and every file it lists is on disk."""
    try:
        owned = read_manifest(docs_dir)
    except WriteError:
        return False
    folder = os.fspath(docs_dir)  # strings, not Paths: a tenth of the cost over 10,000 files
    return bool(owned) and all(os.path.isfile(os.path.join(folder, rel)) for rel in owned)


def remove_leftovers(docs_dir: Path, files: set[str]) -> None:
    """Delete temporary files that a killed run left beside files Dossier owns."""
    by_folder: dict[str, set[str]] = {}
    for rel in files:
        parent, _, name = rel.rpartition("/")
        by_folder.setdefault(parent, set()).add(name)
    for parent, names in by_folder.items():
        folder = docs_dir / parent
        if folder.is_dir():
            for leftover in folder.glob(".*.tmp"):
                match = TEMP_NAME.fullmatch(leftover.name)
                if match and match.group(1) in names:
                    leftover.unlink(missing_ok=True)


def _write_manifest(docs_dir: Path, files: set[str], seeds: str) -> None:
    record: dict[str, object] = {"files": sorted(files)}
    if seeds:
        record["seeds"] = seeds
    data = json.dumps(record, ensure_ascii=False, indent=0) + "\n"
    path = docs_dir / MANIFEST
    if not path.is_file() or path.read_text("utf-8") != data:
        write_atomic(path, data.encode("utf-8"))


def _prune_empty_dirs(docs_dir: Path, folder: Path) -> None:
    """Remove folders left empty by deletions, never docs/ itself."""
    while folder != docs_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
