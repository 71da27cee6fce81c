"""Compiled copies of the entity rules (mypyc), used only while they match their source.

The entity rules (``dossier/enrich/entities/``) are plain, typed Python. ``make`` compiles them
with mypyc, mypy's compiler for typed Python (it compiles mypy and black): the same source,
turned into C extension modules written beside it. Finding every document's mentions then takes
about a third less CPU (3.2 s -> 2.2 s on the BBC corpus, serial), and a first build of BBC
about 0.5 s less. Nothing else changes: the compiled and the pure-Python rules give
byte-identical pages (tests/test_native.py), and without a C compiler the build runs the source.
Only this package is compiled: extraction (regular expressions, in C already) gained 3%, and
related documents run in numpy and scipy.

Python imports an extension module in preference to the source beside it, so a compiled copy
older than its source would run old rules. The compile records the digest of the sources it
compiled (``native.json``); when they differ now (an edit, a checkout) or ``DOSSIER_PURE_PYTHON``
is set, the package is imported from its sources and every compiled copy is ignored: compiled
modules call one another directly, so one stale copy would taint the rest.

``python -m dossier.compile_native`` compiles (what ``make`` runs); ``--clean`` removes them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib import machinery
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent  # the folder on sys.path that holds the package (scripts/)
COMPILED = ("enrich/entities",)  # under the package: the sub-packages compiled, with all their modules
MANIFEST = PACKAGE / "native.json"
GROUP = "dossier_native"  # the shared library's name: ROOT/dossier_native__mypyc.*.so
PURE_ENV = "DOSSIER_PURE_PYTHON"


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every module compiled, in a stable order."""
    return sorted(path for sub in COMPILED for path in (package / sub).rglob("*.py"))


def digest(package: Path = PACKAGE) -> str:
    """A hash of the compiled modules' source: the compiled copies match it or are ignored."""
    hashed = hashlib.sha256()
    for path in sources(package):
        hashed.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.hexdigest()


def compiled_files(package: Path = PACKAGE) -> list[Path]:
    """The extension modules written by a compile: one per module, and the shared library."""
    found = [path for sub in COMPILED for path in (package / sub).rglob("*.so")]
    return sorted([*found, *package.parent.glob(f"{GROUP}__mypyc*.so")])


def fresh() -> bool:
    """True when the compiled copies were built from the source as it is now."""
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(recorded, dict) and recorded.get("digest") == digest()


def select(package_path: str) -> bool:
    """Called by ``dossier/__init__.py`` before any sub-package is imported: keep the compiled
    copies when fresh and wanted, else make the import system read the package's sources (a
    finder of source files only, for each of its folders). True when compiled copies are used."""
    if not os.environ.get(PURE_ENV) and MANIFEST.is_file():
        if fresh():
            return True
        print(
            "dossier: the compiled entity rules are older than their source; running the source "
            "(make site or make test compiles them again, python -m dossier.compile_native --clean removes them)",
            file=sys.stderr,
        )
    source_only = (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES)
    for folder, _, _ in os.walk(package_path):
        sys.path_importer_cache[folder] = machinery.FileFinder(folder, source_only)
    return False
