"""Run Pagefind's indexer on records Dossier already has, and take its files back in memory.

Pagefind (``pagefind_bin`` on PyPI ships the binary inside the wheel) has a service mode: the
binary reads requests from stdin and answers on stdout, each message base64-encoded JSON
followed by a comma. Its own Python wrapper waits 0.1 s before reading each answer, which made
indexing the 2,224 BBC articles take 240 s. Here every request of an index (a new index, each
record, then its files) is written to a temporary file at once, and a small relay process
(relay.py) hands them to Pagefind and collects the answers in another: Pagefind indexes on its
own (3 s of CPU on BBC) while the build goes on, and the build takes the files when it needs
them (``Indexing.files``). The service handles requests one at a time, in the order sent, so
the pages of an index are numbered in record order and the same records give the same bytes
(checked by tests/test_search_index.py).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.errors import DossierError


class IndexError_(DossierError):
    """Pagefind could not be started or refused a request."""


@dataclass(frozen=True)
class Record:
    """One document as the index sees it: its address (from the site root), the language whose
    stemmer indexes it, its title (the only metadata: every metadata value is searchable in
    Pagefind, and search covers title and text only), its text, and its row: its place in its
    index, which Pagefind keeps as the sort order ``row`` (a result sorted by it scores minus its
    row, which is how the page tells results apart without shipping Pagefind's ids)."""

    url: str
    language: str
    title: str
    content: str
    row: int


def executable() -> str:
    """The Pagefind binary shipped in the ``pagefind_bin`` wheel."""
    try:
        from pagefind_bin import get_executable  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - a pinned runtime dependency
        raise IndexError_("the pagefind_bin package is missing: reinstall the requirements (make site does)") from exc
    return str(get_executable())


#: Pagefind splits its word index into files of about this many bytes of words (20,000 by
#: default, an option of 1.5 it calls unstable). A query downloads the file holding each of its
#: words from every index part: at 4,000, about 7 KB instead of 27 KB per part, for 3 KB more of
#: each part's metadata (measured on the BBC corpus).
INDEX_CHUNK_SIZE = "4000"


def _message(message_id: int, payload: dict[str, Any]) -> bytes:
    message = json.dumps({"message_id": message_id, "payload": payload}, ensure_ascii=False)
    return base64.b64encode(message.encode("utf-8")) + b","


def _requests(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    """The conversation that indexes ``records``: a new index (a fresh service numbers its first
    index 0), each record, then the index's files."""
    yield {"type": "NewIndex", "config": {}}
    for record in records:
        yield {
            "type": "AddRecord",
            "index_id": 0,
            "url": record.url,
            "content": record.content,
            "language": record.language,
            "meta": {"title": record.title},
            "filters": None,
            "sort": {"row": str(record.row)},
        }
    yield {"type": "GetFiles", "index_id": 0}


class Indexing:
    """One Pagefind index being built by a Pagefind service of its own, started on creation.

    ``files()`` waits for it and returns its files; ``close()`` stops it if it is still running
    (a build that fails meanwhile). Use it as a context manager, or call ``files`` or ``close``.
    """

    def __init__(self, records: Iterable[Record], *, requests: Iterable[dict[str, Any]] | None = None) -> None:
        """Start indexing ``records`` (``requests``: another conversation, for tests)."""
        # requests, answers, errors; closed by close(), which files() and __exit__ call
        self._spool = [tempfile.TemporaryFile() for _ in range(3)]  # noqa: SIM115
        sent, answers, errors = self._spool
        count = 0
        for count, payload in enumerate(requests if requests is not None else _requests(records), start=1):
            sent.write(_message(count, payload))
        sent.seek(0)
        self._count = count
        try:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(  # noqa: S603 - fixed arguments
                [sys.executable, "-I", "-S", str(Path(__file__).with_name("relay.py")), executable(), str(count)],
                stdin=sent,
                stdout=answers,
                stderr=errors,
                env={**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": INDEX_CHUNK_SIZE},
            )
        except OSError as exc:
            self.close()
            raise IndexError_(f"Pagefind could not be started: {exc}") from exc

    def files(self) -> dict[str, bytes]:
        """Wait for Pagefind to finish; the index's files by path. A refused request raises."""
        if self._process is None:
            raise IndexError_("this index was closed before Pagefind finished")
        try:
            status = self._process.wait()
            _, answers, errors = self._spool
            answers.seek(0)
            payloads = [json.loads(base64.b64decode(m))["payload"] for m in answers.read().split(b",")[:-1]]
            refused = next((p for p in payloads if p.get("type") == "Error"), None)
            if refused is not None:
                raise IndexError_(f"Pagefind refused a request: {refused.get('message')}")
            if status != 0 or len(payloads) < self._count or "files" not in payloads[-1]:
                errors.seek(0)
                said = errors.read().decode("utf-8", "replace").strip() or f"exit status {status}"
                raise IndexError_(f"Pagefind stopped without answering: {said}")
            return {str(f["path"]): base64.b64decode(f["content"]) for f in payloads[-1]["files"]}
        finally:
            self.close()

    def close(self) -> None:
        """Stop Pagefind if it is still running, and free the temporary files."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()  # the relay; Pagefind exits when its input closes with it
            self._process.wait()
        self._process = None
        for spooled in self._spool:
            spooled.close()

    def __enter__(self) -> Indexing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def index_files(records: Iterable[Record]) -> dict[str, bytes]:
    """Index ``records`` (all of one language) in one Pagefind index; its files by path."""
    return Indexing(records).files()
