"""Thin MkDocs adapter: regenerate pages before each build, watch seeds/ while serving, and escape
the titles and descriptions that Material prints without escaping.

While serving, an edited seed's page is rewritten at once by ``preview()`` and the full build runs
in a background thread; MkDocs' watcher sees the files it writes and re-renders them (see
dossier/preview.py for what is stale meanwhile). Listed under ``hooks:`` in mkdocs.yml. All logic
lives in the pipeline, preview and render modules.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from dossier.config import load_settings
from dossier.pipeline import BuildResult
from dossier.preview import SESSION

log = logging.getLogger("mkdocs.hooks.dossier")


def on_startup(command: str, dirty: bool) -> None:
    SESSION.serving = command == "serve"


def on_pre_build(config: Any) -> None:
    """Bring generated pages up to date (a no-op when no seed changed)."""
    written = SESSION.update(load_settings(Path(config.config_file_path).parent), _report)
    if written:
        log.info("dossier: preview of %d file(s); cross-references follow from a background build", len(written))


def _report(result: BuildResult) -> None:
    if result.report.written or result.report.removed:
        log.info(
            "dossier: %d generated file(s) written, %d removed", len(result.report.written), len(result.report.removed)
        )
    for item in result.corpus.rejected:
        log.info("dossier: rejected %s: %s", item.seed, item.reason)
    for problem in result.corpus.curation_problems:
        log.info("dossier: curation problem: %s", problem)
    for doc, note in result.corpus.warnings:
        log.info("dossier: warning %s: %s", doc.seed, note)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild when a seed changes, not only when docs/ does."""
    server.watch(str(load_settings(Path(config.config_file_path).parent).seeds_dir))
    return server


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Escape title and description once, here: Material inserts them into HTML unescaped."""
    for key in ("title", "description"):
        value = page.meta.get(key)
        if isinstance(value, str):
            page.meta[key] = html.escape(value, quote=True)
    tags = page.meta.get("tags")
    if isinstance(tags, list):  # Material puts tags into the search index as HTML too
        page.meta["tags"] = [html.escape(str(tag), quote=True) for tag in tags]
    return markdown
