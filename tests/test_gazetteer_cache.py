"""The gazetteer's tables are cached in the user's cache folder: a cached gazetteer is the same
as a freshly built one, and a damaged or foreign cache file is rebuilt, never trusted."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.enrich.entities import gazetteer as module
from dossier.enrich.entities.gazetteer import Gazetteer, build_gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def fresh() -> Gazetteer:
    """Built from the packages, without the cache."""
    return build_gazetteer()


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_gazetteer.cache_clear()
    yield tmp_path / "dossier"
    load_gazetteer.cache_clear()


def _same(a: Gazetteer, b: Gazetteer) -> None:
    assert a.places == b.places
    assert a.tables() == b.tables()
    for name in ("georgia", "moscow", "москва", "reading", "sao paulo", "united kingdom"):
        assert a.lookup(name) == b.lookup(name), name
        assert [a.identity(p) for p in a.lookup(name)] == [b.identity(p) for p in b.lookup(name)]
    key = a.identity(a.lookup("moscow")[1])[0]
    assert a.by_key(key) == b.by_key(key) is not None
    assert a.towns("twickenham") == b.towns("twickenham") != ()
    assert a.by_key("twickenham-gb") == b.by_key("twickenham-gb") is not None
    assert a.longest == b.longest


def test_a_cached_gazetteer_is_the_freshly_built_one(cache_home: Path, fresh: Gazetteer) -> None:
    cache_home.mkdir(parents=True)
    (cache_home / "gazetteer-0123456789abcdef.marshal").write_bytes(b"an older version's tables")
    (cache_home / "notes.txt").write_text("not ours to remove")
    first = load_gazetteer()  # builds and writes the cache, and removes the older version's
    files = list(cache_home.glob("gazetteer-*.marshal"))
    assert [f.name for f in files] == [f"gazetteer-{module._version()}.marshal"]
    assert (cache_home / "notes.txt").exists()
    load_gazetteer.cache_clear()
    cached = load_gazetteer()  # reads it
    assert cached is not first
    _same(fresh, first)
    _same(fresh, cached)


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\xe9\x00\x00\x00\x00", b"N"])
def test_a_damaged_cache_file_is_rebuilt(cache_home: Path, fresh: Gazetteer, damage: bytes) -> None:
    path = cache_home / f"gazetteer-{module._version()}.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    _same(load_gazetteer(), fresh)
    assert path.read_bytes() != damage  # and written again


def test_the_cache_file_name_changes_with_what_the_tables_come_from(monkeypatch: pytest.MonkeyPatch) -> None:
    before = module._version()
    monkeypatch.setattr(importlib.metadata, "version", lambda package: "0.0-other")
    assert module._version() != before


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    load_gazetteer.cache_clear()
    try:
        assert load_gazetteer().lookup("paris")
    finally:
        load_gazetteer.cache_clear()
