"""A reader's browser for the benchmark: the built site on a loopback port, and Debian's Chromium.

The browser tests use the same Chromium switches and server class (scripts never import tests; tests
may import scripts).
"""

from __future__ import annotations

import functools
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Playwright

LOOPBACK = "127.0.0.1"
# Without the background-networking switches Chromium phones home and the closed network refuses it.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """The benchmark prints figures, not access logs."""


class LoopbackServer(ThreadingHTTPServer):
    """A threaded server for one site, quiet about browsers that hang up mid-answer."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A closing browser drops connections mid-answer: not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` at ``http://127.0.0.1:<free port>/`` from a background thread; yield that URL."""
    server = LoopbackServer((LOOPBACK, 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, name="bench-site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{LOOPBACK}:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def launch(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless: Playwright's own browsers cannot be downloaded here."""
    chromium = shutil.which("chromium")
    if chromium is None:
        raise RuntimeError("chromium not found on PATH: `apt-get install chromium`")
    return playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
