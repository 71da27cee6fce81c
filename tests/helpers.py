"""Shared test helpers: building a throwaway project, reading generated HTML."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import markdown
import pytest
import yaml
from mkdocs.utils import meta

from dossier.bench.project import REPO, hand_written_docs, make_project
from dossier.config import MkDocsYamlLoader
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from dossier.write.output import read_manifest

__all__ = ["REPO", "hand_written_docs", "make_project"]

SEEDS = REPO / "seeds"
#: the real corpus beside the repository (../shared/corpora/bbc), as CI provides it
BBC = REPO.parent / "shared" / "corpora" / "bbc"
#: tests on the BBC corpus: skipped on a machine without it, but never in CI (CI=true), where a
#: missing corpus must fail the run rather than quietly skip its checks
requires_bbc = pytest.mark.skipif(
    not BBC.is_dir() and not os.environ.get("CI"), reason=f"the BBC corpus is not at {BBC}"
)


def built_project(dest: Path) -> Path:
    """The real project (config, hand-written docs, the five seeds) built as `make site` does:
    ``dossier build --strict`` then ``mkdocs build --strict``; fails the test on any error."""
    project = make_project(dest)
    generated = run_dossier(project, "--strict")
    assert generated.returncode == 0, generated.stderr
    built = run_mkdocs(project)
    assert built.returncode == 0, built.stderr
    return project


def build_env(site_url: str = "") -> dict[str, str]:
    """The environment of a build: mkdocs.yml reads ``site_url`` from SITE_URL, so a test sets it
    explicitly (empty by default) rather than inheriting the caller's."""
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    return {**env, "NO_MKDOCS_2_WARNING": "1", **({"SITE_URL": site_url} if site_url else {})}


def run_dossier(project: Path, *args: str, site_url: str = "") -> subprocess.CompletedProcess[str]:
    """Run the real command line in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", "dossier", "build", "--root", str(project), *args],
        capture_output=True,
        text=True,
        check=False,
        env=build_env(site_url),
    )


def run_mkdocs(project: Path, *args: str, site_url: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=build_env(site_url),
    )


def run_zensical(project: Path, *, site_url: str = "") -> subprocess.CompletedProcess[str]:
    """Render ``project`` (its generated docs/ already written by ``dossier build``) with Zensical,
    Material's successor: it reads mkdocs.yml but runs no MkDocs hook. ``--clean`` drops its
    cache so every test renders from the files as they are."""
    zensical = Path(sys.executable).with_name("zensical")
    return subprocess.run(
        [str(zensical), "build", "--strict", "--clean"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=build_env(site_url),
    )


RENDERERS = {"mkdocs": run_mkdocs, "zensical": run_zensical}


def indexed_fragments(site: Path) -> dict[str, dict[str, Any]]:
    """Every record of the site's Pagefind indexes (search/<language>/<part>/fragment/), by its
    address (as in catalog.json): url, content (the text as indexed), meta (the title)."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted((site / "search").glob("*/*/fragment/*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")
        record = json.loads(raw)
        assert record["url"] not in found, f"{record['url']} is indexed twice"
        found[record["url"]] = record
    return found


class BodyText(HTMLParser):
    """Collect the text of the element carrying ``data-dossier-body``, keeping paragraph and line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.found = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            if tag == "br":
                self.parts.append("\n")
            elif tag != "br":
                self.depth += 1
        elif any(name == "data-dossier-body" for name, _ in attrs):
            self.depth = 1
            self.found += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            if tag == "p":
                self.parts.append("\n\n")
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def body_text(html: str) -> tuple[str, int]:
    """(text of the data-dossier-body element, how many such elements the page has)."""
    parser = BodyText()
    parser.feed(html)
    parser.close()
    return parser.text, parser.found


def heading_text(html: str) -> str:
    """Text of the page's ``h1.dossier-title``."""
    match = re.search(r'<h1 class="dossier-title"[^>]*>(.*?)</h1>', html, flags=re.S)
    assert match, "page has no dossier-title heading"
    return unescape(match.group(1))


def removed_lines(html: str) -> list[str]:
    """The lines listed in the page's ``data-dossier-removed`` block (furniture), in order."""
    block = re.search(r"<details [^>]*data-dossier-removed[^>]*>(.*?)</details>", html, flags=re.S)
    if not block:
        return []
    return [unescape(line) for line in re.findall(r'<span class="dossier-line">(.*?)</span>', block.group(1))]


def _shows_all_but_removed(lines: list[str], removed: list[str], body: list[str]) -> bool:
    """``lines`` are ``body`` (as words) with the ``removed`` lines taken out, in order. A removed
    line that occurs more than once ("1", "©") may be any of its copies: every way is tried,
    keeping the (removed lines matched, body words matched) states reachable after each line."""
    want = [r.split() for r in removed]  # Markdown expands tabs, so compare words
    states = {(0, 0)}
    for line in lines:
        words = line.split()
        reached = set()
        for taken, shown in states:
            if taken < len(want) and words == want[taken]:
                reached.add((taken + 1, shown))
            if body[shown : shown + len(words)] == words:
                reached.add((taken, shown + len(words)))
        states = reached
    return (len(want), len(body)) in states


def assert_faithful(html: str, seed_text: str) -> None:
    """The page shows the seed word for word: title heading + body + declared removed lines
    == the seed's words, in order.

    A heading ending in "…" is a shortened line that the body repeats in full (the documented
    rule for over-long first lines, and for a saved page whose article opens the text), so then
    the body alone must equal the seed. A text whose first line is a page's chrome, or a
    title-like line above chrome (extract/page_head.py), is titled by a line further down: that
    line is the heading, every other line is in the body or the removed lines, in order, and the
    first line is among the removed lines or opens the body.
    """
    body, count = body_text(html)
    assert count == 1, f"{count} data-dossier-body elements"
    heading = heading_text(html)
    lines = seed_text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip())
    removed = removed_lines(html)
    if heading.endswith("…"):
        assert _shows_all_but_removed(lines[start:], removed, body.split())
        cut = " ".join(heading[:-1].split())
        assert any(" ".join(line.split()).startswith(cut) for line in lines[start:])
    else:
        titles = [i for i in range(start, len(lines)) if lines[i].split() == heading.split()]
        assert titles, "the heading is no line of the seed"
        first = lines[start].split()
        assert any(
            _shows_all_but_removed(lines[start:i] + lines[i + 1 :], removed, body.split())
            # past the first line: it was chrome, or it reads as a title above chrome and stays
            # at the body's start
            and (i == start or lines[start].strip() in removed or body.split()[: len(first)] == first)
            for i in titles
        )


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}))


def elements(html: str) -> list[tuple[str, dict[str, str]]]:
    """Every start tag in ``html`` with its attributes, in document order."""
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.found


def site_config() -> dict[str, Any]:
    """The repository's mkdocs.yml, as data."""
    config: dict[str, Any] = yaml.load((REPO / "mkdocs.yml").read_text("utf-8"), Loader=MkDocsYamlLoader)  # noqa: S506
    return config


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with exactly the extensions mkdocs.yml enables."""
    names = [e if isinstance(e, str) else next(iter(e)) for e in site_config()["markdown_extensions"]]
    return markdown.Markdown(extensions=names)


def markdown_changes(project: Path) -> tuple[int, list[str]]:
    """(how many generated pages a built project has, those that Python-Markdown would not pass
    through unchanged). The hook hands MkDocs these pages' HTML without parsing it; this is what
    makes that safe. (Python-Markdown turns tabs into spaces, which HTML shows alike: no element
    of these pages keeps white space.)"""
    docs = project / "docs"
    md = site_markdown()
    pages = sorted(rel for rel in read_manifest(docs) if rel.endswith(".md"))
    changed = []
    for rel in pages:
        body, _ = meta.get_data((docs / rel).read_text("utf-8"))
        if md.reset().convert(body) != body.expandtabs(md.tab_length).strip():
            changed.append(rel)
    return len(pages), changed


def relative_links(site: Path) -> tuple[int, list[str]]:
    """(how many relative links and assets the HTML pages under ``site`` have, those that lead to
    no file). Absolute URLs (links out of the site, the 404 page's) are not counted."""
    checked, broken = 0, []
    for page in sorted(site.rglob("*.html")):
        for url in re.findall(r'(?:href|src)="([^"#?]+)[^"]*"', page.read_text("utf-8")):
            if re.match(r"[a-z][a-z0-9+.-]*:", url) or url.startswith("/"):
                continue
            target = (page.parent / unquote(unescape(url))).resolve()
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{page.relative_to(site)} -> {url}")
            checked += 1
    return checked, broken


def names_of(kind: str, text: str, title: str = "A report") -> list[str]:
    """The names of the mentions of one kind in ``text`` (one paragraph, no registry), in text order."""
    return [m.name for m in find_mentions("doc", title, ((text,),), Registry()) if m.kind == kind]


def kinds_of(text: str, title: str) -> list[tuple[str, str]]:
    """(kind, surface) of every mention in ``text`` (one paragraph, no registry), in text order."""
    return [(m.kind, m.surface) for m in find_mentions("doc", title, ((text,),), Registry())]
