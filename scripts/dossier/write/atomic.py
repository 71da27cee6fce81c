"""Atomic file replacement: a reader (or a crash) never sees a half-written file."""

from __future__ import annotations

import contextlib
import itertools
import os

_serial = itertools.count()  # with the process id, a temporary name no other writer is using


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    The rename is atomic, so a killed process leaves the old file or the new one, never half of
    one. There is no fsync: generated files are rebuilt from the seeds, so surviving a power cut
    is not worth one disk flush per page (it made writing 4,450 files take 8 s).

    A fresh build writes thousands of files, so each costs as few system calls as it can: the
    folder is created only when opening fails for want of it, and the file is created with its
    final permissions (``rw-r--r--`` under the usual umask) instead of being changed afterwards;
    paths are handled as strings, which costs less than pathlib per file.
    """
    target = os.fspath(path)
    fd, tmp = _create_temporary(target)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _create_temporary(path: str) -> tuple[int, str]:
    """A new, empty ``.<name>.<pid>-<n>.tmp`` beside ``path`` (see output.TEMP_NAME), open to write."""
    folder, name = os.path.split(path)
    made_folder = False
    while True:
        tmp = os.path.join(folder, f".{name}.{os.getpid()}-{next(_serial)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644), tmp
        except FileNotFoundError:
            if made_folder:
                raise
            os.makedirs(folder, exist_ok=True)
            made_folder = True
        except FileExistsError:
            continue  # left by a killed run whose process had this id: take the next number
