"""Pagefind's metadata file made smaller: fragments named by their row.

A first query downloads every index part's ``.pf_meta`` whole (Pagefind 1.5.2 reads it on
``init`` and ``mergeIndex``). It lists each page as its fragment's name and word count, and each
word chunk as its first and last word and its file's name; Pagefind names a fragment by its
content hash (``en-x-0_56e79b1``), which gzip cannot shrink: 2,500 pages' names were 14 KB of a
part's 31 KB. Here every fragment is renamed ``<tag>_<row>_<digest>``: the row is the page's
place in its part (Pagefind numbers pages in the order of their records), so a result's id tells
the page its row without the sort it used to carry, and ``<digest>`` is a hash of the part's
documents' addresses in order, so a fragment's name changes whenever its row could hold another
document and a browser's cache never shows one document's text for another. Editing a text
rewrites its own fragment under the same name (a cached copy shows the earlier text of the same
document for as long as the host lets it be cached: 10 minutes on GitHub Pages), its word chunks
(Pagefind's names: new content, new name) and the metadata. The metadata is re-encoded with
the same CBOR layout (checked by decoding Pagefind's own file and encoding it back byte for
byte) and named by its new content hash in ``pagefind-entry.json``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Sequence

from dossier.errors import DossierError

SIGNATURE = b"pagefind_dcd"  # what Pagefind puts before every compressed file's bytes
DIGEST = 6  # hex digits of the hash of the part's addresses in each fragment's name: a cache key

Value = int | str | list["Value"]


class MetaError(DossierError):
    """Pagefind's metadata was not in the layout this module knows (Pagefind 1.5.2's)."""


def _decode(data: bytes, at: int) -> tuple[Value, int]:
    """One CBOR item at ``at`` (unsigned integers, text and arrays only); it and where it ends."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        n = info
    elif info <= 27:
        size = 1 << (info - 24)
        n, at = int.from_bytes(data[at : at + size], "big"), at + size
    else:
        raise MetaError(f"unexpected CBOR item {data[at - 1]:#x} at byte {at - 1}")
    if major == 0:
        return n, at
    if major == 3:
        return data[at : at + n].decode("utf-8"), at + n
    if major == 4:
        items = []
        for _ in range(n):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    raise MetaError(f"unexpected CBOR major type {major} at byte {at - 1}")


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << (8 * size):
            return bytes([major << 5 | info]) + n.to_bytes(size, "big")
    raise MetaError(f"number too large for CBOR: {n}")


def encode(value: Value) -> bytes:
    """``value`` as CBOR, each head in its shortest form (as Pagefind's minicbor writes it)."""
    if isinstance(value, int):
        return _head(0, value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    return _head(4, len(value)) + b"".join(encode(item) for item in value)


def decode(data: bytes) -> Value:
    """The one CBOR item that is all of ``data``."""
    value, end = _decode(data, 0)
    if end != len(data):
        raise MetaError(f"{len(data) - end} bytes after the metadata")
    return value


def unpack(data: bytes) -> bytes:
    """A Pagefind file's bytes: gunzipped, its signature removed."""
    raw = gzip.decompress(data)
    return raw[len(SIGNATURE) :] if raw.startswith(SIGNATURE) else raw


def pack(raw: bytes) -> bytes:
    """``raw`` as Pagefind stores it: signature, then gzip (no time stamp: same bytes each build)."""
    return gzip.compress(SIGNATURE + raw, compresslevel=9, mtime=0)


def _rows(value: Value, tag: str) -> list[list[Value]]:
    """A list of fixed-length arrays (pages, word chunks) of the metadata."""
    if not (isinstance(value, list) and all(isinstance(row, list) for row in value)):
        raise MetaError(f"the metadata of {tag} is not Pagefind 1.5's")
    return [row for row in value if isinstance(row, list)]


def compact(files: dict[str, bytes], tag: str, urls: Sequence[str]) -> dict[str, bytes]:
    """Pagefind's ``files`` of one part (language tag ``tag``) with fragments renamed by row and
    the metadata rewritten to match. ``urls``: the part's documents in record order; every page
    must be the fragment of the document of its row."""
    entry = json.loads(files["pagefind-entry.json"])
    old = entry["languages"][tag]["hash"]
    meta = decode(unpack(files[f"pagefind.{old}.pf_meta"]))
    if not (isinstance(meta, list) and len(meta) == 6):
        raise MetaError(f"the metadata of {tag} is not Pagefind 1.5's")
    pages = _rows(meta[1], tag)
    if len(pages) != len(urls):
        raise MetaError(f"Pagefind has {len(pages)} pages in {tag} for {len(urls)} documents")
    digest = hashlib.sha256("\n".join(urls).encode("utf-8")).hexdigest()[:DIGEST]
    kept = {k: v for k, v in files.items() if not (k.startswith("fragment/") or k.endswith(".pf_meta"))}
    for row, (page, url) in enumerate(zip(pages, urls, strict=True)):
        data = files[f"fragment/{page[0]}.pf_fragment"]
        if json.loads(unpack(data))["url"] != url:
            raise MetaError(f"page {row} of {tag} is not {url}")
        page[0] = f"{tag}_{row}_{digest}"
        kept[f"fragment/{page[0]}.pf_fragment"] = data
    raw = encode(meta)
    name = f"{tag}_{hashlib.sha256(raw).hexdigest()[:14]}"
    kept[f"pagefind.{name}.pf_meta"] = pack(raw)
    entry["languages"][tag]["hash"] = name
    kept["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return kept
