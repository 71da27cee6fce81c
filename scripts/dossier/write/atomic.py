"""Atomic file replacement: a reader (or a crash) never sees a half-written file."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

_serial = itertools.count()  # with the process id, a temporary name no other writer is using


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    The rename is atomic, so a killed process leaves the old file or the new one, never half of
    one. There is no fsync: generated files are rebuilt from the seeds, so surviving a power cut
    is not worth one disk flush per page (it made writing 4,450 files take 8 s).

    A fresh build writes thousands of files, so each costs as few system calls as it can: the
    folder is created only when opening fails for want of it, and the file is created with its
    final permissions (``rw-r--r--`` under the usual umask) instead of being changed afterwards.
    """
    fd, tmp = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb", buffering=0) as handle:
            handle.write(data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new, empty ``.<name>.<pid>-<n>.tmp`` beside ``path`` (see output.TEMP_NAME), open to write."""
    made_folder = False
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{next(_serial)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644), tmp
        except FileNotFoundError:
            if made_folder:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            made_folder = True
        except FileExistsError:
            continue  # left by a killed run whose process had this id: take the next number
