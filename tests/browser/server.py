"""Serve a built site on a loopback port, at the root or below a sub-path as GitHub Pages does."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dossier.bench.browser import LOOPBACK, LoopbackServer


class _SiteHandler(SimpleHTTPRequestHandler):
    """Static files of ``site`` under ``prefix``; anything else gets the site's 404 page, status 404.

    That is what GitHub Pages does for a project site published at ``https://<user>.github.io/<repo>/``:
    a link or asset that escapes the prefix, or points at a missing file, is answered with 404.html.
    """

    def __init__(self, *args: Any, site: Path, prefix: str, **kwargs: Any) -> None:
        self.site = site
        self.prefix = prefix
        super().__init__(*args, directory=str(site), **kwargs)  # handles the request

    def send_head(self) -> Any:
        route = urlsplit(self.path).path
        if not (route.startswith(self.prefix) or route + "/" == self.prefix):
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        return super().send_head()  # "/<repo>" alone is redirected to "/<repo>/", as Pages does

    def translate_path(self, path: str) -> str:
        # "/<repo>/a/b" -> "/a/b"; the base class maps that into the site folder
        return super().translate_path(path[len(self.prefix) - 1 :] or "/")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.site / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet: the browser side records every response it sees."""


@contextmanager
def serve(site: Path, prefix: str = "/") -> Iterator[str]:
    """Serve ``site`` at ``http://127.0.0.1:<free port><prefix>`` in a background thread; yield that URL."""
    assert prefix.startswith("/") and prefix.endswith("/"), prefix
    server = LoopbackServer((LOOPBACK, 0), functools.partial(_SiteHandler, site=site, prefix=prefix))
    thread = threading.Thread(target=server.serve_forever, name=f"site-server{prefix}", daemon=True)
    thread.start()
    try:
        yield f"http://{LOOPBACK}:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
