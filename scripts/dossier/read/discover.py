"""Find every file under the seeds folder, in a stable order, and sort it into seeds and rejects.

Rule for skipped files (documented in the README): hidden files and folders (name starts with
``.``) and editor backups (``~`` suffix, ``#...#``, ``.swp``/``.swo``/``.bak``/``.tmp``) are
skipped silently. ``*.yml``/``*.yaml`` files are curator sidecars (see curation.py). Every
other file that is not ``*.txt`` is reported as rejected.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dossier.curation import SIDECAR_SUFFIXES
from dossier.models import Rejected, Source

SEED_SUFFIX = ".txt"
_BACKUP_SUFFIXES = (".swp", ".swo", ".bak", ".tmp", ".orig")


def is_skipped(name: str) -> bool:
    """True for hidden files and editor backups, which are not seeds and not reported."""
    lower = name.lower()
    return (
        name.startswith(".")
        or name.endswith("~")
        or (name.startswith("#") and name.endswith("#"))
        or lower.endswith(_BACKUP_SUFFIXES)
    )


def walk(seeds_dir: Path) -> Iterator[str]:
    """Yield every non-skipped file under ``seeds_dir`` as a POSIX path, sorted."""
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(seeds_dir):
        dirnames[:] = [d for d in dirnames if not is_skipped(d)]
        base = Path(dirpath).relative_to(seeds_dir)
        for name in filenames:
            if not is_skipped(name):
                found.append((base / name).as_posix())
    # NFC so that the same name typed on macOS (NFD) and Linux sorts and hashes the same
    yield from sorted(found, key=lambda p: (unicodedata.normalize("NFC", p), p))


@dataclass(frozen=True)
class Found:
    """What is under seeds/: seeds read into memory, curator sidecars, and rejected files."""

    sources: list[Source]
    sidecars: list[str]
    rejected: list[Rejected]


def read_sources(seeds_dir: Path, max_bytes: int) -> Found:
    """Load every seed's bytes; list sidecars; reject files of other types or over the size limit."""
    sources: list[Source] = []
    sidecars: list[str] = []
    rejected: list[Rejected] = []
    for rel in walk(seeds_dir):
        path = seeds_dir / rel
        if rel.lower().endswith(SIDECAR_SUFFIXES):
            sidecars.append(rel)
            continue
        if not rel.lower().endswith(SEED_SUFFIX):
            suffix = path.suffix or "(none)"
            rejected.append(Rejected(rel, f"unsupported file type {suffix!r}: only {SEED_SUFFIX} files are seeds"))
            continue
        if not path.is_file():
            rejected.append(Rejected(rel, "not a regular file"))
            continue
        size = path.stat().st_size
        if size > max_bytes:
            rejected.append(Rejected(rel, f"file is {size:,} bytes, over the limit of {max_bytes:,} (max_seed_bytes)"))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            rejected.append(Rejected(rel, f"cannot be read: {exc.strerror or exc}"))
            continue
        sources.append(Source(seed=rel, data=data, sha256=hashlib.sha256(data).hexdigest()))
    return Found(sources, sidecars, rejected)
