"""Read stage: discovery order, skip rules, rejects, decoding."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from dossier.errors import SourceError
from dossier.models import Source
from dossier.read.decode import decode
from dossier.read.discover import SYMLINK_REASON, is_skipped, open_beneath, read_sources, walk


def _source(data: bytes) -> Source:
    return Source(seed="case.txt", data=data, sha256="x")


def test_walk_is_recursive_sorted_and_skips_hidden_and_backups(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.txt", "a/b.txt", ".hidden.txt", "notes.txt~", ".git/x.txt", "#draft.txt#", "c.txt.swp"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Title\n", "utf-8")
    assert list(walk(tmp_path)) == ["a/b.txt", "a/z.txt", "b.txt"]


@pytest.mark.parametrize("name", [".DS_Store", "x.txt~", "x.bak", "#x#", "x.swp"])
def test_skip_rule(name: str) -> None:
    assert is_skipped(name)


def test_other_file_types_are_rejected_not_ignored(tmp_path: Path) -> None:
    for name in ("ok.txt", "page.HTML", "old.htm", "report.pdf", "memo.docx"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "memo.doc").write_bytes(b"x")
    (tmp_path / "README").write_text("x", "utf-8")
    found = read_sources(tmp_path, max_bytes=1000)
    sources, rejected = found.sources, found.rejected
    assert [s.seed for s in sources] == ["memo.docx", "ok.txt", "old.htm", "page.HTML", "report.pdf"]
    kinds = ".docx, .htm, .html, .pdf, .txt"
    assert {r.seed: r.reason for r in rejected} == {
        "README": f"unsupported file type '(none)': seeds are {kinds} files",
        "memo.doc": f"unsupported file type '.doc': seeds are {kinds} files",
    }


def test_documents_have_their_own_size_limit(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"T\n" + b"x" * 200)
    (tmp_path / "b.pdf").write_bytes(b"x" * 200)
    (tmp_path / "c.html").write_bytes(b"x" * 2000)
    found = read_sources(tmp_path, max_bytes=100, max_document_bytes=1000)
    assert [s.seed for s in found.sources] == ["b.pdf"]
    assert [(r.seed, r.reason) for r in found.rejected] == [
        ("a.txt", "file is 202 bytes, over the limit of 100 (max_seed_bytes)"),
        ("c.html", "file is 2,000 bytes, over the limit of 1,000 (max_document_bytes)"),
    ]


def test_size_limit_rejects_with_numbers(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"T\n" + b"x" * 200)
    found = read_sources(tmp_path, max_bytes=100)
    sources, rejected = found.sources, found.rejected
    assert sources == []
    assert rejected[0].seed == "big.txt"
    assert "202 bytes, over the limit of 100" in rejected[0].reason


@pytest.fixture
def private(tmp_path: Path) -> Path:
    """A folder outside seeds/ holding a secret, as on a build machine."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "secret.txt").write_text("Runner secret\nTOKEN=hunter2\n", "utf-8")
    (folder / "secret.yml").write_text("title: Leaked through a sidecar\n", "utf-8")
    return folder


def test_symbolic_links_are_rejected_never_followed(tmp_path: Path, private: Path) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "inside").mkdir(parents=True)
    (seeds / "inside" / "real.txt").write_text("Real\nBody\n", "utf-8")
    (seeds / "notes.txt").symlink_to(private / "secret.txt")
    (seeds / "notes.yml").symlink_to(private / "secret.yml")
    (seeds / "folder").symlink_to(private, target_is_directory=True)
    (seeds / "alias.txt").symlink_to(seeds / "inside" / "real.txt")  # even a link inside seeds/
    (seeds / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    found = read_sources(seeds, max_bytes=1000)
    assert [s.seed for s in found.sources] == ["inside/real.txt"]
    assert found.sidecars == {}
    assert {r.seed: r.reason for r in found.rejected} == dict.fromkeys(
        ["alias.txt", "dangling.txt", "folder", "notes.txt", "notes.yml"], SYMLINK_REASON
    )
    assert list(walk(seeds)) == ["inside/real.txt"]


def test_a_folder_swapped_for_a_link_after_listing_is_refused(tmp_path: Path, private: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "sub").symlink_to(private, target_is_directory=True)
    with pytest.raises(OSError, match="symbolic link"):
        open_beneath(seeds, "sub/secret.txt")  # what the walk listed before the swap


def test_a_fifo_is_rejected_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    found = read_sources(tmp_path, max_bytes=1000)
    assert [(r.seed, r.reason) for r in found.rejected] == [("pipe.txt", "not a regular file")]


def test_sha256_is_of_the_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Title\n")
    sources = read_sources(tmp_path, max_bytes=100).sources
    assert sources[0].sha256 == hashlib.sha256(b"Title\n").hexdigest()


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Заголовок\nтекст".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Título\ntexto".encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + "Título\nтекст".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Título\nтекст".encode("utf-16-be"), "utf-16"),
    ],
)
def test_decode_exact(data: bytes, encoding: str) -> None:
    decoded = decode(_source(data))
    assert decoded.encoding == encoding
    assert decoded.text.split("\n")[1] in {"текст", "texto"}
    assert not decoded.text.startswith("\ufeff")


def test_invalid_utf8_is_refused_with_offset() -> None:
    with pytest.raises(SourceError, match=r"case.txt: is not valid UTF-8 \(byte 0xe9 at offset 3\)"):
        decode(_source(b"caf\xe9 au lait"))


def test_binary_is_refused() -> None:
    with pytest.raises(SourceError, match="NUL bytes"):
        decode(_source(b"\x89PNG\r\n\x1a\n\x00\x00"))


FRENCH = "Le café de la gare\nNous avons mangé des crêpes à côté de la fenêtre, c’était très agréable.\n"
RUSSIAN = "Переговоры в Москве\nМинистр иностранных дел России Сергей Лавров провёл переговоры с коллегой.\n"


@pytest.mark.parametrize(
    ("text", "encoding", "fallbacks", "expected"),
    [
        (FRENCH, "cp1252", ("cp1252",), "cp1252"),
        (FRENCH.replace("’", "'"), "latin-1", ("cp1252",), "cp1252"),
        (RUSSIAN, "cp1251", ("cp1252", "cp1251"), "cp1251"),
        (RUSSIAN, "koi8_r", ("cp1251", "koi8_r"), "koi8-r"),
    ],
)
def test_fallback_encodings_decode_exactly_and_record_the_encoding(
    text: str, encoding: str, fallbacks: tuple[str, ...], expected: str
) -> None:
    decoded = decode(Source("legacy.txt", text.encode(encoding), ""), fallbacks)
    assert (decoded.text, decoded.encoding) == (text, expected)


@pytest.mark.parametrize(
    ("text", "encoding", "fallbacks", "reason"),
    [
        (RUSSIAN, "cp1251", ("cp1252",), "as cp1252 it has too many accented letters"),
        (RUSSIAN, "cp1251", ("koi8_r",), "as koi8_r it has"),
        (RUSSIAN, "koi8_r", ("cp1251",), "as cp1251 it has"),
        (FRENCH, "cp1252", ("cp1251",), "as cp1251 it has"),
        (FRENCH, "cp1252", ("utf-16",), "as utf-16 it has"),  # charset guessers pick UTF-16 here
    ],
)
def test_wrong_fallbacks_are_refused_not_published_as_mojibake(
    text: str, encoding: str, fallbacks: tuple[str, ...], reason: str
) -> None:
    with pytest.raises(SourceError, match="re-save it as UTF-8") as info:
        decode(Source("legacy.txt", text.encode(encoding), ""), fallbacks)
    assert reason in str(info.value)
    assert str(info.value).startswith("legacy.txt: is not valid UTF-8")
