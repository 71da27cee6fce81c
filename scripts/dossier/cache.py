"""Remember the last build so that unchanged input costs (almost) nothing.

Two levels, both keyed on content hashes, never on timestamps:

- the whole build: a fingerprint of every input (seed bytes, curation files, settings, and the
  Dossier code itself). If it matches the last successful build and every generated file is still
  there, the build stops after reading: nothing to extract, render or write.
- one document: its extraction result, keyed on its seed bytes, its curator correction, the
  settings and the code. Editing one seed re-extracts one document.

The cache lives in ``.dossier-cache/`` at the project root (ignored by git); deleting it is
always safe. It is a pickle, the fastest way back to the corpus (a rebuild with nothing changed
costs a few tenths of a second), and unpickling runs code, so a cache file planted in the project
(a pull request can add one) must never be unpickled: each cache carries an HMAC-SHA256 of its
bytes under a random key kept outside the project (see ``key_file``), and a cache whose MAC does
not verify is ignored as if absent. On a fresh machine, such as a CI runner, the key is new and
every planted or copied cache is ignored.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from dossier.errors import WriteError
from dossier.models import Corpus, Document
from dossier.write.atomic import write_atomic

CACHE_FILE = Path(".dossier-cache") / "build.pickle"
_MAGIC = b"dossier-cache 3\n"  # then the HMAC-SHA256 of the rest: the fingerprint, a newline, the pickle
_MAC_SIZE = hashlib.sha256().digest_size
PACKAGE = Path(__file__).resolve().parent
_NOT_BUILD_CODE = ("bench", "evaluation")  # sub-packages that measure builds and never run in one
_CODE_SUFFIXES = frozenset({".py", ".txt"})  # .txt: word lists the rules read (enrich/entities/data/)


def code_version(package: Path = PACKAGE) -> str:
    """A hash of Dossier's own source and data lists: a change invalidates every cached result. The
    benchmark's and the evaluations' code (dossier/bench/, dossier/evaluation/) is left out: it
    does not change what a build produces, and editing it must not make the next build start
    from scratch."""
    digest = hashlib.sha256()
    code = (p for p in package.rglob("*") if p.suffix in _CODE_SUFFIXES)
    for path in sorted(p for p in code if p.relative_to(package).parts[0] not in _NOT_BUILD_CODE):
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


def key_file() -> Path:
    """Where the cache key lives: in the user's configuration folder, never in the project."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "dossier" / "cache-key"


def _key(*, create: bool) -> bytes | None:
    """The cache key, made (readable by the user only) on first use when ``create``; None when
    there is none and none can be made, which only turns the cache off."""
    path = key_file()
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        if not create:
            return None
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another build made it meanwhile
            return _key(create=False)
        except OSError:
            return None
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        return _key(create=False)
    except OSError:
        return None
    return key if len(key) >= 32 else None


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()


def _verified(root: Path) -> tuple[str, bytes] | None:
    """The cached fingerprint and the pickle after it, if the cache file exists and its MAC
    verifies under this user's key (else it is a file this tool did not write, or none)."""
    try:
        data = (root / CACHE_FILE).read_bytes()
    except OSError:
        return None
    key = _key(create=False)
    mac, payload = data[len(_MAGIC) : len(_MAGIC) + _MAC_SIZE], data[len(_MAGIC) + _MAC_SIZE :]
    if key is None or not data.startswith(_MAGIC) or not hmac.compare_digest(mac, _mac(key, payload)):
        return None
    stamp, _, pickled = payload.partition(b"\n")
    return stamp.decode("ascii", "replace"), pickled


def cached_fingerprint(root: Path) -> str:
    """The fingerprint of the last build, without unpickling its corpus (a tenth of the time on
    BBC): what ``mkdocs build`` needs to see that ``dossier build`` has just run. Empty if none."""
    verified = _verified(root)
    return verified[0] if verified is not None else ""


def load_cache(root: Path) -> BuildCache:
    """The cache of the last build, or an empty one if there is none, it cannot be read, or its
    MAC does not verify under this user's key (a file this tool did not write)."""
    verified = _verified(root)
    if verified is None:
        return BuildCache()
    try:
        cache = pickle.loads(verified[1])  # noqa: S301 - authenticated above: written by this tool, for this user
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return BuildCache()
    return cache if isinstance(cache, BuildCache) else BuildCache()


def save_cache(root: Path, cache: BuildCache) -> None:
    """Store the cache atomically, authenticated; failing to store it never fails the build."""
    store_cache(root, cache_file(cache))


def cache_file(cache: BuildCache) -> bytes | None:
    """The bytes ``save_cache`` stores: the cache pickled, with its MAC; None when this user has no
    key and none can be made (nothing is stored then). The build makes them in the render stage's
    process apart, which holds the corpus already (see pipeline._build)."""
    key = _key(create=True)
    if key is None:
        return None
    payload = cache.fingerprint.encode("ascii") + b"\n" + pickle.dumps(cache, protocol=pickle.HIGHEST_PROTOCOL)
    return _MAGIC + _mac(key, payload) + payload


def store_cache(root: Path, data: bytes | None) -> None:
    """Write ``cache_file``'s bytes atomically; failing to write them never fails the build."""
    if data is None:
        return
    try:
        write_atomic(root / CACHE_FILE, data)
    except (OSError, WriteError):
        return
