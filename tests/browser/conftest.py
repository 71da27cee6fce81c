"""Fixtures for the browser tests: the site built once, served on loopback, and Chromium readers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ViewportSize, expect, sync_playwright

from tests.browser.crawl import SiteMap, crawl
from tests.browser.reader import DESKTOP, STEP_TIMEOUT_MS, ColorScheme, Reader, launch, new_reader
from tests.browser.server import serve
from tests.helpers import built_project, run_mkdocs

# A GitHub Pages project site lives below /<repo>/; the Pages workflow passes that address as SITE_URL.
PAGES_PREFIX = "/dossier-test/"
PAGES_SITE_URL = f"https://reader.github.io{PAGES_PREFIX}"

ReaderFactory = Callable[..., Reader]


@pytest.fixture(scope="session")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project built twice: ``site/`` as `make site` builds it, ``site-pages/`` as the Pages workflow does."""
    project = built_project(tmp_path_factory.mktemp("browser") / "project")
    built = run_mkdocs(project, "--site-dir", "site-pages", site_url=PAGES_SITE_URL)
    assert built.returncode == 0, built.stderr
    return project


@pytest.fixture(scope="session")
def catalog(project: Path) -> dict[str, dict[str, Any]]:
    """catalog.json's documents by seed file name."""
    data = json.loads((project / "site" / "catalog.json").read_text("utf-8"))
    return {str(record["seed"]): record for record in data["documents"]}


@pytest.fixture(scope="session")
def site_url(project: Path) -> Iterator[str]:
    """``site/`` served at the root of a loopback port."""
    with serve(project / "site") as url:
        yield url


@pytest.fixture(scope="session")
def pages_url(project: Path) -> Iterator[str]:
    """``site-pages/`` served below /dossier-test/ only, as GitHub Pages serves a project site."""
    with serve(project / "site-pages", PAGES_PREFIX) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    expect.set_options(timeout=STEP_TIMEOUT_MS)  # the same upper bound for expect() as for actions
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def readers(browser: Browser, site_url: str) -> Iterator[ReaderFactory]:
    """Make readers (``viewport=``, ``color_scheme=``, ``base=``); at the end of the test each is closed and
    must have seen no console error, script error, failed or error response, or request to another host."""
    made: list[Reader] = []

    def make(base: str = site_url, viewport: ViewportSize = DESKTOP, color_scheme: ColorScheme = "light") -> Reader:
        made.append(new_reader(browser, base, viewport, color_scheme))
        return made[-1]

    yield make
    for reader in made:
        reader.context.close()
    for reader in made:
        reader.watch.assert_clean()


@pytest.fixture
def reader(readers: ReaderFactory) -> Reader:
    """A desktop reader (1280 px, light palette) of the site served at the root."""
    return readers()


@pytest.fixture(scope="session")
def site_map(browser: Browser, site_url: str) -> tuple[SiteMap, list[str]]:
    """Every page reachable from the home page, crawled once: (what was found, what the browser complained of)."""
    reader = new_reader(browser, site_url)
    found = crawl(reader)
    reader.context.close()
    return found, reader.watch.problems
