"""axe-core finds no serious or critical accessibility violation, in the light and in the dark palette.

Audited: every page in the sidebar (home, listings, about: found at run time, so a new listing is
audited as soon as it is in the navigation), one page of each other kind (``AUDITED``), the search
with results open, and the 404 page. Findings only Material can fix are listed in ``MATERIAL_ONLY``.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import ReaderFactory
from tests.browser.pages import AUDITED, SCREENSHOTS
from tests.browser.reader import MOBILE, axe_violations, shown_results, sidebar

SCHEMES = ["light", "dark"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_sidebar_page(readers: ReaderFactory, scheme: str) -> None:
    reader = readers(color_scheme=scheme)
    pages = sidebar(reader.visit())
    assert len(pages) > 2
    found = []
    for url in pages:
        reader.visit(url.removeprefix(reader.base))
        found += [f"{url}: {violation}" for violation in axe_violations(reader.page)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", list(AUDITED))
def test_page_of_each_other_kind(readers: ReaderFactory, name: str, scheme: str) -> None:
    page = readers(color_scheme=scheme).visit(AUDITED[name])
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_search_page_with_results_names_and_every_facet_open(readers: ReaderFactory, scheme: str) -> None:
    page = readers(color_scheme=scheme).visit("search/?q=lavrov&type=report")
    assert shown_results(page)
    for summary in page.locator("details.dossier-facet-names > summary").all():
        summary.click()
    page.locator("#dossier-find-organisation").wait_for()
    page.locator(".dossier-search-names a").first.wait_for()
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_phone_layout(readers: ReaderFactory, scheme: str) -> None:
    # the stylesheet lays listings and the metadata panel out differently below 720 px
    reader = readers(viewport=MOBILE, color_scheme=scheme)
    found = []
    for path in SCREENSHOTS.values():
        found += [f"/{path}: {violation}" for violation in axe_violations(reader.visit(path))]
    assert not found, "\n".join(found)


def test_404_page(readers: ReaderFactory, pages_url: str) -> None:
    reader = readers(base=pages_url)
    missing = reader.url("no-such-page/")
    reader.watch.expect(missing, 404)
    reader.page.goto(missing)
    violations = axe_violations(reader.page)
    assert not violations, "\n".join(violations)
