"""Thin MkDocs adapter: regenerate pages before each build, watch seeds/ while serving, and hand
MkDocs the HTML of generated pages instead of having Python-Markdown parse it again.

Nothing here makes a page safe: the generated files already are (render escapes everything a
renderer prints, front matter included), so a renderer that runs no MkDocs hook, such as
Zensical, renders the same pages safely.

While serving, an edited seed's page is rewritten at once by ``preview()`` and, once MkDocs has
rendered it, the full build runs in a background thread; MkDocs' watcher sees the files it writes
and re-renders them (see dossier/preview.py for what is stale meanwhile). Listed under ``hooks:``
in mkdocs.yml. All logic lives in the pipeline, preview and render modules.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from dossier.config import Settings
from dossier.errors import NothingToPublishError
from dossier.pipeline import BuildResult, settings_as_built
from dossier.preview import LOG_NAME, SESSION
from dossier.render import DOCUMENTS_FOLDER
from dossier.render.html import compact
from dossier.report import rejection_lines
from dossier.write.output import read_manifest

log = logging.getLogger(LOG_NAME)

#: pages Dossier generated in this build (its manifest); they are HTML blocks after the front matter
_GENERATED: set[str] = set()
#: their HTML, held from on_page_markdown until on_page_content
_HTML: dict[str, str] = {}


def on_startup(command: str, dirty: bool) -> None:
    SESSION.serving = command == "serve"


def _settings(config: Any) -> Settings:
    """The settings of the last ``dossier build`` (its seeds folder included, see settings_as_built)."""
    settings, other_folder = settings_as_built(Path(config.config_file_path).parent)
    if other_folder:
        log.info("dossier: building from %s, the seeds folder of the last `dossier build --seeds`", settings.seeds_dir)
    return settings


def on_pre_build(config: Any) -> None:
    """Bring generated pages up to date (a no-op when no seed changed). A build with nothing to
    publish stops MkDocs with the reasons: ``mkdocs build`` exits with status 1, and
    ``mkdocs serve`` keeps serving the last good site until a seed can be published again."""
    try:
        written = SESSION.update(_settings(config), _report)
    except NothingToPublishError as exc:
        for line in rejection_lines(exc.corpus.rejected):
            log.error("dossier: %s", line)
        raise PluginError(f"dossier: {exc}") from exc
    if written:
        log.info("dossier: preview of %d file(s); cross-references follow from a background build", len(written))
    _GENERATED.clear()
    _GENERATED.update(read_manifest(Path(config.docs_dir)))


def on_post_build(config: Any) -> None:
    """Start the background build behind a preview, now that MkDocs has rendered the preview."""
    SESSION.start_deferred()


def _report(result: BuildResult) -> None:
    """Report what a build did and found. A build that found nothing changed since the last one
    reports nothing again: under ``make site``, ``dossier build`` has just reported every
    problem, and the hook's build is that no-op."""
    if not result.fresh:
        return
    if result.report.written or result.report.removed:
        log.info(
            "dossier: %d generated file(s) written, %d removed", len(result.report.written), len(result.report.removed)
        )
    problems = [
        *rejection_lines(result.corpus.rejected),
        *(f"warning {doc.seed}: {note}" for doc, note in result.corpus.warnings),
    ]
    for problem in SESSION.new_problems(problems):
        log.info("dossier: %s", problem)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild when a seed changes, not only when docs/ does."""
    server.watch(str(settings_as_built(Path(config.config_file_path).parent)[0].seeds_dir))
    return server


class _Reused:
    """Parts of generated document pages that do not depend on the page, rendered once per build.

    Material renders its navigation on every page, item by item through Jinja macros: a third of
    all template time on the BBC site (2,224 document pages, ten navigation entries). Every
    document page lives at ``archive/documents/<slug>/``, outside the navigation, with no table of
    contents (its body is handed over as HTML), so its sidebars, its header but for the title and
    the theme's configuration script are the same bytes on each: relative links from the same
    depth, nothing active. overrides/main.html and partials/header.html ask ``reusable`` and
    render those parts through ``render``, once per part and page depth; with
    no hook, as in Zensical, the theme renders every block itself. DOSSIER_RENDER_ALL=1 does so
    under MkDocs too (tests check that the site is the same bytes both ways)."""

    def __init__(self) -> None:
        self.html: dict[tuple[str, int], str] = {}  # by block and the page's depth

    def reusable(self, page: Any) -> bool:
        if page is None:  # a page of the theme's own, such as 404.html
            return False
        uri = page.file.src_uri
        return (
            uri in _GENERATED
            and uri.startswith(DOCUMENTS_FOLDER)
            and uri.count("/") == DOCUMENTS_FOLDER.count("/") + 1
            and not page.toc.items
            and not (page.meta or {}).get("hide")
        )

    def render(self, page: Any, block: str, caller: Callable[[], str]) -> str:
        key = (block, page.url.count("/"))
        if key not in self.html:
            self.html[key] = caller()
        return self.html[key]


def on_env(env: Any, config: Any, files: Any) -> Any:
    """A fresh _Reused for each build (the navigation may have changed while serving)."""
    if os.environ.get("DOSSIER_RENDER_ALL") != "1":
        env.globals["dossier_reuse"] = _Reused()
    return env


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """A generated page's body is handed over as HTML (see on_page_content)."""
    if page.file.src_uri in _GENERATED:
        # A generated page's body is raw HTML blocks, which Python-Markdown passes through unchanged
        # (tests/test_site.py checks every page): hand MkDocs the HTML instead of parsing it twice.
        _HTML[page.file.src_uri] = markdown.strip()
        return ""
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """A generated page's HTML, as the build wrote it."""
    full = _HTML.pop(page.file.src_uri, None)
    return html if full is None else full


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Every page without its templates' indentation (see render.html.compact): size only."""
    return compact(output)
