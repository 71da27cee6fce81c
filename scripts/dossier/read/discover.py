"""Find every file under the seeds folder, in a stable order, and sort it into seeds and rejects.

Rule for skipped files (documented in the README): hidden files and folders (name starts with
``.``) and editor backups (``~`` suffix, ``#...#``, ``.swp``/``.swo``/``.bak``/``.tmp``) are
skipped silently. ``*.yml``/``*.yaml`` files are curator sidecars (see curation.py). Every
other file that is not a seed (``.txt``, ``.html``, ``.htm``, ``.pdf``, ``.docx``: see
read/formats.py) is reported as rejected.

Nothing outside the seeds folder is ever read. A symbolic link (to a file or a folder, inside or
outside seeds/) is rejected, never followed, and so is anything that is not a regular file (a
FIFO, a device). Files are opened one path component at a time with ``O_NOFOLLOW`` from the seeds
folder itself (see ``open_beneath``), so a link swapped in between listing and reading is refused
too.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dossier.curation import SIDECAR_SUFFIXES
from dossier.models import Rejected, Source
from dossier.read.formats import CONTAINERS, format_of, unsupported_reason

_BACKUP_SUFFIXES = (".swp", ".swo", ".bak", ".tmp", ".orig")
SYMLINK_REASON = "is a symbolic link; copy the file into seeds/ instead"
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# O_NONBLOCK: opening a FIFO planted in seeds/ must not wait for a writer (it is then refused)
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK


def is_skipped(name: str) -> bool:
    """True for hidden files and editor backups, which are not seeds and not reported."""
    lower = name.lower()
    return (
        name.startswith(".")
        or name.endswith("~")
        or (name.startswith("#") and name.endswith("#"))
        or lower.endswith(_BACKUP_SUFFIXES)
    )


def _sorted(paths: list[str]) -> list[str]:
    # NFC so that the same name typed on macOS (NFD) and Linux sorts and hashes the same
    return sorted(paths, key=lambda p: (unicodedata.normalize("NFC", p), p))


def entries(seeds_dir: Path) -> tuple[list[str], list[str]]:
    """Every non-skipped file under ``seeds_dir`` and every symbolic link (to a file or a folder)
    there, as sorted POSIX paths. Links are listed, never followed."""
    found: list[str] = []
    links: list[str] = []
    for dirpath, dirnames, filenames in os.walk(seeds_dir):  # followlinks=False: links are not entered
        folder = Path(dirpath)
        base = folder.relative_to(seeds_dir)
        linked = {name for name in [*dirnames, *filenames] if not is_skipped(name) and (folder / name).is_symlink()}
        links.extend((base / name).as_posix() for name in linked)
        dirnames[:] = [d for d in dirnames if not is_skipped(d) and d not in linked]
        found.extend((base / name).as_posix() for name in filenames if not is_skipped(name) and name not in linked)
    return _sorted(found), _sorted(links)


def walk(seeds_dir: Path) -> Iterator[str]:
    """Yield every non-skipped file under ``seeds_dir`` that is not a symbolic link, sorted."""
    yield from entries(seeds_dir)[0]


class NotRegular(OSError):
    """The path is a symbolic link, or not a regular file."""


def open_beneath(root: Path, rel: str) -> int:
    """A read-only descriptor of ``root/rel``, refusing a symbolic link at any component and
    anything that is not a regular file; raises ``NotRegular`` with the reason, or ``OSError``."""
    parts = rel.split("/")
    fds = [os.open(root, _DIR_FLAGS)]
    try:
        for part in parts[:-1]:
            fds.append(os.open(part, _DIR_FLAGS, dir_fd=fds[-1]))
        try:
            fd = os.open(parts[-1], _FILE_FLAGS, dir_fd=fds[-1])
        except OSError as exc:
            if stat.S_ISLNK(os.lstat(parts[-1], dir_fd=fds[-1]).st_mode):
                raise NotRegular(SYMLINK_REASON) from exc
            raise
    except NotADirectoryError as exc:
        raise NotRegular(f"a folder on its path is {SYMLINK_REASON.removeprefix('is ')}") from exc
    finally:
        for handle in fds:
            os.close(handle)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegular("not a regular file")
    return fd


def read_beneath(root: Path, rel: str, max_bytes: int) -> bytes:
    """The bytes of ``root/rel`` (see ``open_beneath``); ``ValueError`` when over ``max_bytes``."""
    fd = open_beneath(root, rel)
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise ValueError(f"file is {size:,} bytes, over the limit of {max_bytes:,} ({_setting(rel)})")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew since fstat
        raise ValueError(f"file is over the limit of {max_bytes:,} bytes ({_setting(rel)})")
    return data


def _setting(rel: str) -> str:
    return "max_document_bytes" if format_of(rel) in CONTAINERS else "max_seed_bytes"


@dataclass(frozen=True)
class Found:
    """What is under seeds/: seeds read into memory, curator sidecars (path -> bytes), and
    rejected files."""

    sources: list[Source]
    sidecars: dict[str, bytes]
    rejected: list[Rejected]


def _reason(exc: OSError) -> str:
    return str(exc) if isinstance(exc, NotRegular) else f"cannot be read: {exc.strerror or exc}"


def read_sources(seeds_dir: Path, max_bytes: int, max_document_bytes: int | None = None) -> Found:
    """Load every seed's and sidecar's bytes; reject links, files of other types or over the size
    limit: ``max_bytes`` for text files and sidecars, ``max_document_bytes`` (default the same)
    for web pages, PDF and Word files, whose text is checked against ``max_bytes`` later."""
    files, links = entries(seeds_dir)
    sources: list[Source] = []
    sidecars: dict[str, bytes] = {}
    rejected = [Rejected(rel, SYMLINK_REASON) for rel in links]
    for rel in files:
        is_sidecar = rel.lower().endswith(SIDECAR_SUFFIXES)
        kind = format_of(rel)
        if not is_sidecar and kind is None:
            rejected.append(Rejected(rel, unsupported_reason(rel)))
            continue
        limit = max_document_bytes if kind in CONTAINERS and max_document_bytes else max_bytes
        try:
            data = read_beneath(seeds_dir, rel, limit)
        except OSError as exc:
            rejected.append(Rejected(rel, _reason(exc)))
            continue
        except ValueError as exc:
            rejected.append(Rejected(rel, str(exc)))
            continue
        if is_sidecar:
            sidecars[rel] = data
        else:
            sources.append(Source(seed=rel, data=data, sha256=hashlib.sha256(data).hexdigest()))
    rejected.sort(key=lambda r: (unicodedata.normalize("NFC", r.seed), r.seed))
    return Found(sources, sidecars, rejected)
