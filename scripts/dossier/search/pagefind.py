"""Run Pagefind's indexer on records Dossier already has, and take its files back in memory.

Pagefind (``pagefind_bin`` on PyPI ships the binary inside the wheel) has a service mode: the
binary reads requests from stdin and answers on stdout, each message base64-encoded JSON
followed by a comma. Its own Python wrapper waits 0.1 s before reading each answer, which made
indexing the 2,224 BBC articles take 240 s; this client writes every request at once and reads
the answers on a thread as they come (5 s). The service handles requests one at a time, in the
order sent, so the pages of an index are numbered in record order and the same records give
the same bytes (checked by tests/test_search_index.py).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

from dossier.errors import DossierError


class IndexError_(DossierError):
    """Pagefind could not be started or refused a request."""


@dataclass(frozen=True)
class Record:
    """One document as the index sees it: its address (from the site root), the language whose
    stemmer indexes it, its title (the only metadata: every metadata value is searchable in
    Pagefind, and search covers title and text only) and its text. Pagefind numbers pages in the
    order of their records; compact.py names each page's files by that number, its row."""

    url: str
    language: str
    title: str
    content: str


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


class _Service:
    """One ``pagefind --service`` process, with the answers read on a thread."""

    def __init__(self) -> None:
        try:
            self.process = subprocess.Popen(  # noqa: S603 - our pinned binary, fixed arguments
                [executable(), "--service"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env={**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": INDEX_CHUNK_SIZE},
            )
        except OSError as exc:
            raise IndexError_(f"Pagefind could not be started: {exc}") from exc
        self.answers: dict[int, dict[str, Any]] = {}
        self.error: str | None = None  # the first request Pagefind refused
        self.ready = threading.Condition()
        self.sent = 0
        self.reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self.reader.start()

    def _read(self, out: IO[bytes]) -> None:
        parts: list[bytes] = []
        while chunk := out.read1(1 << 20):  # type: ignore[attr-defined]
            while (end := chunk.find(b",")) >= 0:
                parts.append(chunk[:end])
                chunk = chunk[end + 1 :]
                answer = json.loads(base64.b64decode(b"".join(parts)))
                parts = []
                payload = answer["payload"]
                with self.ready:
                    if payload.get("type") == "Error":
                        self.error = self.error or str(payload.get("message"))
                    self.answers[answer.get("message_id") or 0] = payload
                    self.ready.notify_all()
            parts.append(chunk)
        with self.ready:
            self.ready.notify_all()

    def send(self, payload: dict[str, Any]) -> int:
        """Queue one request; its message id."""
        self.sent += 1
        message = json.dumps({"message_id": self.sent, "payload": payload}, ensure_ascii=False)
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(base64.b64encode(message.encode("utf-8")) + b",")
        except BrokenPipeError as exc:
            raise IndexError_(f"Pagefind stopped: {self._stderr()}") from exc
        return self.sent

    def answer(self, message_id: int) -> dict[str, Any]:
        """Wait for the answer to ``message_id``; an error answer raises."""
        assert self.process.stdin is not None
        self.process.stdin.flush()
        with self.ready:
            self.ready.wait_for(lambda: message_id in self.answers or self.error or not self.reader.is_alive())
            payload = self.answers.pop(message_id, None)
            self.answers.clear()  # earlier answers: only an error among them matters
        if self.error is not None:
            raise IndexError_(f"Pagefind refused a request: {self.error}")
        if payload is None:
            raise IndexError_(f"Pagefind stopped without answering: {self._stderr()}")
        return payload

    def _stderr(self) -> str:
        self.process.kill()
        assert self.process.stderr is not None
        return self.process.stderr.read().decode("utf-8", "replace").strip() or f"exit status {self.process.wait()}"

    def close(self) -> None:
        """Stop the service: it exits when its input ends (or is ended, if it does not)."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        self.reader.join()


def index_files(records: Iterable[Record]) -> dict[str, bytes]:
    """Index ``records`` (all of one language) in one Pagefind index; its files by path."""
    service = _Service()
    try:
        index = service.answer(service.send({"type": "NewIndex", "config": {}}))["index_id"]
        last = None
        for record in records:
            last = service.send(
                {
                    "type": "AddRecord",
                    "index_id": index,
                    "url": record.url,
                    "content": record.content,
                    "language": record.language,
                    "meta": {"title": record.title},
                    "filters": None,
                    "sort": None,
                }
            )
        if last is not None:
            service.answer(last)
        files = service.answer(service.send({"type": "GetFiles", "index_id": index}))["files"]
    finally:
        service.close()
    return {str(f["path"]): base64.b64decode(f["content"]) for f in files}
