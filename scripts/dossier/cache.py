"""Remember the last build so that unchanged input costs (almost) nothing.

Two levels, both keyed on content hashes, never on timestamps:

- the whole build: a fingerprint of every input (seed bytes, curation files, settings, and the
  Dossier code itself). If it matches the last successful build and every generated file is still
  there, the build stops after reading: nothing to extract, render or write.
- one document: its extraction result, keyed on its seed bytes, its curator correction, the
  settings and the code. Editing one seed re-extracts one document.

The cache lives in ``.dossier-cache/`` at the project root (ignored by git); deleting it is
always safe. It is a pickle written and read only by this tool.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from dossier.errors import WriteError
from dossier.models import Corpus, Document
from dossier.write.atomic import write_atomic

CACHE_FILE = Path(".dossier-cache") / "build.pickle"
PACKAGE = Path(__file__).resolve().parent
_NOT_BUILD_CODE = ("bench", "evaluation")  # sub-packages that measure builds and never run in one


def code_version(package: Path = PACKAGE) -> str:
    """A hash of Dossier's own source: a code change invalidates every cached result. The
    benchmark's and the evaluations' code (dossier/bench/, dossier/evaluation/) is left out: it
    does not change what a build produces, and editing it must not make the next build start
    from scratch."""
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*.py") if p.relative_to(package).parts[0] not in _NOT_BUILD_CODE):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(parts: list[str]) -> str:
    """One hash over ordered, already-textual parts."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


@dataclass
class BuildCache:
    """What the last successful build knew."""

    fingerprint: str = ""
    corpus: Corpus | None = None
    documents: dict[str, Document] = field(default_factory=dict)


def load_cache(root: Path) -> BuildCache:
    """The cache of the last build, or an empty one if there is none or it cannot be read."""
    try:
        with (root / CACHE_FILE).open("rb") as handle:
            cache = pickle.load(handle)  # noqa: S301 - a file this tool wrote, in the project
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return BuildCache()
    return cache if isinstance(cache, BuildCache) else BuildCache()


def save_cache(root: Path, cache: BuildCache) -> None:
    """Store the cache atomically; failing to store it never fails the build."""
    try:
        write_atomic(root / CACHE_FILE, pickle.dumps(cache, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, WriteError):
        return
