"""Write stage: atomic, incremental, manifest-owned writes; hand-written files are never touched."""

from __future__ import annotations

import itertools
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.cache import code_version
from dossier.errors import WriteError
from dossier.write import atomic, write_files, write_outputs
from dossier.write.atomic import write_atomic
from dossier.write.output import MANIFEST, TEMP_NAME


def test_first_run_writes_and_records_manifest(tmp_path: Path) -> None:
    report = write_outputs(tmp_path, {"a/x.md": b"x", "y.md": b"y"})
    assert report.written == ("a/x.md", "y.md")
    assert (tmp_path / "a/x.md").read_bytes() == b"x"
    assert json.loads((tmp_path / MANIFEST).read_text())["files"] == ["a/x.md", "y.md"]


def test_files_are_written_as_they_arrive(tmp_path: Path) -> None:
    """Streaming: each file is on disk before the next is asked for, whatever the order."""
    paths = ["a/x.md", "b.md", "a/c.md"]
    asked: list[str] = []

    def rendered() -> Iterator[tuple[str, bytes]]:
        for rel in reversed(paths):
            assert all((tmp_path / done).read_bytes() == done.encode() for done in asked)
            asked.append(rel)
            yield rel, rel.encode()

    report = write_files(tmp_path, paths, rendered())
    assert report.written == ("a/c.md", "a/x.md", "b.md") and asked == paths[::-1]
    assert json.loads((tmp_path / MANIFEST).read_text())["files"] == sorted(paths)


def test_files_must_be_the_paths_announced(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"'c\.md' is not among the paths given"):
        write_files(tmp_path, ["a.md"], iter([("a.md", b"a"), ("c.md", b"c")]))
    with pytest.raises(ValueError, match=r"'a\.md' is not among the paths given, or came twice"):
        write_files(tmp_path, ["a.md", "b.md"], iter([("a.md", b"a"), ("a.md", b"a")]))
    with pytest.raises(ValueError, match=r"1 path\(s\) never came, such as 'b\.md'"):
        write_files(tmp_path, ["a.md", "b.md"], iter([("a.md", b"a")]))
    assert not (tmp_path / "c.md").exists()


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"x.md": b"x"})
    os.utime(tmp_path / "x.md", (1_000_000, 1_000_000))
    report = write_outputs(tmp_path, {"x.md": b"x"})
    assert report.written == () and report.unchanged == 1
    assert (tmp_path / "x.md").stat().st_mtime == 1_000_000


def test_stale_outputs_are_removed_with_their_empty_folders(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"docs/a/x.md": b"x", "keep.md": b"k"})
    report = write_outputs(tmp_path, {"keep.md": b"k"})
    assert report.removed == ("docs/a/x.md",)
    assert not (tmp_path / "docs").exists()


def test_hand_written_files_are_never_overwritten_or_deleted(tmp_path: Path) -> None:
    (tmp_path / "about.md").write_text("mine", "utf-8")
    (tmp_path / "index.md").write_text("my home page", "utf-8")
    with pytest.raises(WriteError, match=r"index\.md: exists but was not created by Dossier"):
        write_outputs(tmp_path, {"index.md": b"generated"})
    assert (tmp_path / "index.md").read_text("utf-8") == "my home page"
    write_outputs(tmp_path, {"other.md": b"o"})
    write_outputs(tmp_path, {})
    assert (tmp_path / "about.md").read_text("utf-8") == "mine"


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"a/x.md": b"x" * 10_000})
    leftovers = [p.name for p in tmp_path.rglob("*.tmp")]
    assert leftovers == []


def test_atomic_write_makes_folders_and_readable_files(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "page.md"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "fresh.md", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "fresh.md").stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["fresh.md", "page.md"]
    large = bytes(range(256)) * 40_000  # 10 MB: more than one write() may take at once
    write_atomic(str(target), large)
    assert target.read_bytes() == large


def test_atomic_write_steps_past_a_killed_run_s_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_serial", itertools.count(7))
    leftover = tmp_path / f".page.md.{os.getpid()}-7.tmp"
    leftover.write_bytes(b"half")
    assert TEMP_NAME.fullmatch(leftover.name)
    write_atomic(tmp_path / "page.md", b"whole")
    assert (tmp_path / "page.md").read_bytes() == b"whole"
    assert leftover.read_bytes() == b"half"  # remove_leftovers deals with it, by name


def test_corrupt_manifest_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text("{not json", "utf-8")
    with pytest.raises(WriteError, match="manifest is unreadable"):
        write_outputs(tmp_path, {"x.md": b"x"})


@pytest.mark.parametrize("measuring", ["bench", "evaluation"])
def test_code_version_follows_the_build_code_but_not_the_measuring_code(tmp_path: Path, measuring: str) -> None:
    (tmp_path / measuring).mkdir()
    (tmp_path / "stage.py").write_text("A = 1\n")
    (tmp_path / measuring / "timing.py").write_text("B = 1\n")
    before = code_version(tmp_path)
    (tmp_path / measuring / "timing.py").write_text("B = 2\n")
    assert code_version(tmp_path) == before
    (tmp_path / "stage.py").write_text("A = 2\n")
    assert code_version(tmp_path) != before
