"""The build cache: only a cache this tool wrote for this user is ever unpickled."""

from __future__ import annotations

import pickle
import stat
from dataclasses import is_dataclass
from pathlib import Path

import pytest

from dossier import models
from dossier.cache import _MAGIC, CACHE_FILE, BuildCache, cached_fingerprint, key_file, load_cache, save_cache
from dossier.config import load_settings
from dossier.enrich.entities.model import Mention
from dossier.pipeline import build
from tests.helpers import make_project


class _Planted:
    """A pickle that runs code when loaded: it creates the file named in ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (str(self.marker),))


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keys live in a throwaway configuration folder, outside the project."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def _project(tmp_path: Path) -> Path:
    (tmp_path / "project").mkdir(exist_ok=True)
    return tmp_path / "project"


def test_a_saved_cache_loads_back(tmp_path: Path) -> None:
    root = _project(tmp_path)
    save_cache(root, BuildCache(fingerprint="abc"))
    assert load_cache(root).fingerprint == "abc"
    assert cached_fingerprint(root) == "abc"
    assert stat.S_IMODE(key_file().stat().st_mode) == 0o600
    assert not key_file().is_relative_to(root)


@pytest.mark.parametrize("prefix", [b"", _MAGIC, _MAGIC + b"\0" * 32])
def test_a_planted_pickle_is_never_loaded(tmp_path: Path, prefix: bytes) -> None:
    root = _project(tmp_path)
    save_cache(root, BuildCache(fingerprint="abc"))  # a key exists
    marker = tmp_path / "code-ran"
    (root / CACHE_FILE).write_bytes(prefix + pickle.dumps(_Planted(marker)))
    assert load_cache(root) == BuildCache()
    assert cached_fingerprint(root) == ""
    assert not marker.exists()


def test_a_cache_written_under_another_key_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path)
    save_cache(root, BuildCache(fingerprint="abc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another-user"))
    assert load_cache(root) == BuildCache()
    assert cached_fingerprint(root) == ""


def test_without_a_usable_key_there_is_no_cache_and_no_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path)
    (tmp_path / "not-a-folder").write_text("x")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "not-a-folder"))
    save_cache(root, BuildCache(fingerprint="abc"))
    assert not (root / CACHE_FILE).exists()
    assert load_cache(root) == BuildCache()


def test_a_built_corpus_comes_back_from_the_cache_equal(tmp_path: Path) -> None:
    """Every model is pickled by its fields' values (models.pickled_by_fields); a whole corpus,
    entities, places and rejected files included, comes back equal."""
    project = make_project(tmp_path / "p")
    (project / "seeds" / "broken.txt").write_bytes(b"\xff\xfe not text")
    corpus = build(load_settings(project)).corpus
    assert corpus.rejected and corpus.entities and any(e.place for e in corpus.entities)
    cache = load_cache(project)
    assert cache.corpus == corpus and cache.fingerprint
    assert pickle.loads(pickle.dumps(corpus)) == corpus  # noqa: S301 - our own bytes


def test_every_model_is_pickled_by_its_fields() -> None:
    classes = [
        c for c in vars(models).values() if isinstance(c, type) and is_dataclass(c) and c.__module__ == models.__name__
    ]
    assert len(classes) >= 16
    assert all(c.__reduce__ is not object.__reduce__ for c in classes)


def test_mentions_cross_processes_pickled_by_their_fields() -> None:
    mention = Mention("sergey-lavrov", "Sergey Lavrov", "person", "Lavrov", 2, 10, 16, "surname", resolved=False)
    assert Mention.__reduce__ is not object.__reduce__
    assert mention.__reduce__() == (
        Mention,
        ("sergey-lavrov", "Sergey Lavrov", "person", "Lavrov", 2, 10, 16, "surname", False),
    )
    assert pickle.loads(pickle.dumps(mention)) == mention  # noqa: S301 - our own bytes
