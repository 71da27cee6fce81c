"""The search page in a real browser: results, facets, the address, names, both languages, the
no-fallback rule, highlighting, the GitHub Pages sub-path, Zensical, and hostile seed text."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import ReaderFactory
from tests.browser.reader import Reader, new_reader, shown_results
from tests.browser.server import serve
from tests.helpers import BBC, SEEDS, make_project, requires_bbc, run_dossier, run_mkdocs, run_zensical

#: a Russian report on the meeting the English seeds describe: "Лаврова", "переговорах" and
#: "переговоров" are inflected forms only a Russian stemmer joins to "Лавров" and "переговоры"
RUSSIAN = """Лавров и Трасс провели переговоры в Москве
МОСКВА, 10 февраля 2022 года. Министр иностранных дел России Сергей Лавров встретился с Элизабет Трасс.

На переговорах Лаврова с британским коллегой обсуждались гарантии безопасности и Украина.

После переговоров стороны заявили, что разногласия сохраняются. Truss said the talks were difficult.
"""


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The five seeds plus one Russian report, built with MkDocs and served at the root; the
    English documents are indexed in parts of two, which the page merges."""
    seeds = tmp_path_factory.mktemp("bilingual") / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "ru-talks.txt").write_text(RUSSIAN, "utf-8")
    project = make_project(tmp_path_factory.mktemp("bilingual-project") / "p", seeds=seeds)
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8").replace("[tool.dossier]", "[tool.dossier]\nsearch_part_size = 2"))
    assert run_dossier(project).returncode == 0
    built = run_mkdocs(project)
    assert built.returncode == 0, built.stderr
    with serve(project / "site") as url:
        yield url


def test_query_in_the_address_shows_linked_results_with_marks_dates_and_a_count(
    reader: Reader, catalog: dict[str, dict[str, Any]]
) -> None:
    page = reader.visit("search/?q=lavrov")
    results = shown_results(page)
    mentioning = {r["url"] for r in catalog.values() if "lavrov" in (SEEDS / r["seed"]).read_text("utf-8").lower()}
    assert set(results.values()) == {reader.url(u) for u in mentioning}
    expect(page.locator(".dossier-search-status")).to_have_text(f"{len(mentioning)} documents match")
    first = page.locator("li.dossier-result").first
    kinds = "News report|Transcript of remarks|Official statement"
    assert re.search(rf"(\d+ \w+ \d{{4}}|undated) · .+ · ({kinds})", first.inner_text())
    marks = page.locator("li.dossier-result .dossier-result-excerpt mark").all_inner_texts()
    assert marks and all(re.sub(r"^\W+", "", m).lower().startswith("lavrov") for m in marks)
    assert page.title().startswith("lavrov – Search – ")
    # the name itself is offered above the documents
    name = page.locator(".dossier-search-names a", has_text="Sergey Lavrov")
    assert str(name.get_attribute("href")).endswith("archive/people/#sergey-lavrov")


def test_a_word_no_document_contains_finds_nothing(reader: Reader) -> None:
    # Pagefind alone answers "lavrovka" with the pages of its longest indexed prefix, "lavrov"
    page = reader.visit("search/?q=lavrovka")
    assert shown_results(page) == {}
    expect(page.locator(".dossier-search-status")).to_have_text("No document contains “lavrovka”.")
    # also when another word of the query is found
    assert shown_results(reader.visit("search/?q=truss+lavrovka")) == {}
    # "lavrovs" is stemmed to "lavrov" (English plural), as Pagefind indexes it: found
    assert shown_results(reader.visit("search/?q=lavrovs")) == shown_results(reader.visit("search/?q=lavrov"))
    # a word that starts longer words, and a stemmed form, still find them
    assert shown_results(reader.visit("search/?q=lavro"))
    assert shown_results(reader.visit("search/?q=talking")) == shown_results(reader.visit("search/?q=talks"))


def test_facets_narrow_widen_and_live_in_the_address_and_back_works(reader: Reader) -> None:
    page = reader.visit("search/?q=talks")
    everything = shown_results(page)
    types = page.locator("input[id^=dossier-f-type-]")
    assert types.count() >= 2
    type_counts = page.locator("fieldset.dossier-facet:has(legend:text-is('Type')) .dossier-count")
    counts = [int(re.sub(r"\D", "", t)) for t in type_counts.all_inner_texts()]
    assert sum(counts) == len(everything)  # each document has one type

    types.nth(0).check()
    page.wait_for_url(re.compile(r"type="))
    first_only = shown_results(page)
    assert len(first_only) == counts[0]
    # the chosen facet's other values keep their counts: choosing one widens the search
    types.nth(1).check()
    page.wait_for_url(re.compile(r"type=.*type="))
    both, both_url = shown_results(page), page.url
    assert len(both) == counts[0] + counts[1] and len(_query(page.url)["type"]) == 2
    # a value of another facet narrows
    language = page.locator("input[id^=dossier-f-language-]").first
    language.check()
    page.wait_for_url(re.compile(r"language="))
    assert len(shown_results(page)) <= len(both)

    page.go_back()
    page.wait_for_url(re.compile(r"type=.*type=(?!.*language)"))
    assert shown_results(page) == both
    page.go_back()
    assert shown_results(page) == first_only
    page.go_back()
    assert "type" not in _query(page.url) and shown_results(page) == everything
    # and the address alone reproduces a search
    assert shown_results(reader.visit("search/?" + urlsplit(both_url).query)) == both


def test_sorting_by_date_puts_undated_documents_last(reader: Reader, catalog: dict[str, dict[str, Any]]) -> None:
    page = reader.visit("search/?q=talks&sort=newest")
    newest = list(shown_results(page).values())
    dates = {reader.url(r["url"]): r["date"] or "" for r in catalog.values()}
    dated = [dates[u] for u in newest if dates[u]]
    assert dated == sorted(dated, reverse=True)
    assert [u for u in newest if not dates[u]] == newest[len(dated) :]
    page.locator("#dossier-sort").select_option("oldest")
    page.wait_for_url(re.compile(r"sort=oldest"))
    oldest = list(shown_results(page).values())
    assert [dates[u] for u in oldest if dates[u]] == sorted(dated)
    assert not dates[oldest[-1]]


def test_name_facets_load_on_demand_and_filter_by_key(reader: Reader) -> None:
    page = reader.visit("search/?q=talks")
    page.locator("details.dossier-facet-names > summary", has_text="People").click()
    lavrov = page.locator("label", has_text="Sergey Lavrov")
    lavrov.click()
    page.wait_for_url(re.compile(r"person=sergey-lavrov"))
    results = shown_results(page)
    assert results
    # one name among many: the box finds it
    find = page.locator("#dossier-find-person")
    find.fill("trus")
    expect(page.locator("fieldset:has(#dossier-find-person) label", has_text="Liz Truss")).to_be_visible()
    # the address alone brings the filter (and the names) back
    again = reader.visit("search/?q=talks&person=sergey-lavrov")
    assert shown_results(again) == results


def test_spellings_of_a_name_offer_its_entry(reader: Reader) -> None:
    for query, entry in (("Лавров", "archive/people/#sergey-lavrov"), ("elizabeth truss", "archive/people/#liz-truss")):
        page = reader.visit("search/?q=" + query)
        shown_results(page)
        links = page.locator(".dossier-search-names a")
        expect(links.first).to_be_visible()
        assert [str(h).endswith(entry) for h in links.evaluate_all("as => as.map(a => a.href)")] == [True]


def test_one_query_finds_russian_and_english_documents_each_with_its_stemmer(browser: Browser, bilingual: str) -> None:
    reader = new_reader(browser, bilingual)
    try:
        both = shown_results(reader.visit("search/?q=truss"))
        languages = reader.page.locator(".dossier-result-title").evaluate_all("as => as.map(a => a.lang)")
        assert "ru" in languages and "en" in languages and len(both) == 4  # 3 English (in 2 parts), 1 Russian
        assert len(shown_results(reader.visit("search/?q=lavrov"))) == 4  # English parts 0, 1 and 2
        # Russian stemming: the nominative finds the oblique forms, and only the Russian report
        for query in ("переговоры", "лавров"):
            found = shown_results(reader.visit("search/?q=" + query))
            assert list(found) == ["Лавров и Трасс провели переговоры в Москве"], query
        assert shown_results(reader.visit("search/?q=переговорыы")) == {}
        # the Russian form of a name offers the name
        reader.visit("search/?q=Лаврова")
        expect(reader.page.locator(".dossier-search-names a", has_text="Sergey Lavrov")).to_be_visible()
        # opening the result marks the inflected forms in the Russian text
        reader.visit("search/?q=лавров")
        reader.page.locator("a.dossier-result-title").first.click()
        marks = reader.page.locator("[data-dossier-body] mark")
        expect(marks.first).to_be_visible()
        assert {m.lower() for m in marks.all_inner_texts()} >= {"лавров", "лаврова"}
    finally:
        reader.context.close()
    reader.watch.assert_clean()


def test_without_a_query_every_document_is_listed_newest_first(reader: Reader) -> None:
    page = reader.visit("search/")
    assert len(shown_results(page)) == 5
    expect(page.locator(".dossier-search-status")).to_have_text("5 documents in the archive")
    assert page.locator(".dossier-more").is_hidden()  # nothing more to show
    assert page.locator("#dossier-sort").input_value() == "newest"


def test_search_works_below_a_github_pages_sub_path(readers: ReaderFactory, pages_url: str) -> None:
    reader = readers(base=pages_url)  # any request outside /dossier-test/ fails the test
    page = reader.visit()
    page.locator("#dossier-header-query").fill("Truss")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(pages_url + "search/")))
    results = shown_results(page)
    assert results and all(url.startswith(pages_url + "archive/documents/") for url in results.values())
    expect(page.locator(".dossier-search-names a").first).to_have_attribute(
        "href", re.compile(re.escape(pages_url) + "archive/people/#liz-truss")
    )


@pytest.fixture(scope="module")
def zensical_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(tmp_path_factory.mktemp("zensical") / "p")
    assert run_dossier(project).returncode == 0
    built = run_zensical(project)
    assert built.returncode == 0, built.stderr
    with serve(project / "site") as url:
        yield url


def test_search_works_with_zensical_as_renderer(browser: Browser, zensical_url: str) -> None:
    reader = new_reader(browser, zensical_url)
    try:
        page = reader.visit()
        assert page.locator("form.dossier-header-search input[type=search]").is_visible()
        page.locator("#dossier-header-query").fill("lavrov")
        page.keyboard.press("Enter")
        assert len(shown_results(page)) == 4
        assert reader.page.locator(".dossier-search-names a", has_text="Sergey Lavrov").is_visible()
    finally:
        reader.context.close()
    reader.watch.assert_clean()


@pytest.fixture(scope="module")
def bad_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(tmp_path_factory.mktemp("bad") / "p", seeds=Path(__file__).parents[1] / "data" / "bad")
    assert run_dossier(project).returncode == 0
    assert run_mkdocs(project).returncode == 0
    with serve(project / "site") as url:
        yield url


@pytest.mark.parametrize("query", ["script", "alert", "img onerror", "pwned", "javascript"])
def test_hostile_text_in_results_excerpts_and_names_stays_text(browser: Browser, bad_url: str, query: str) -> None:
    reader = new_reader(browser, bad_url)
    try:
        reader.context.add_init_script("window.__pwned = 0; window.alert = () => { window.__pwned += 1; };")
        page = reader.visit("search/?q=" + query)
        shown_results(page)
        for summary in page.locator("details.dossier-facet-names > summary").all():
            summary.click()
        page.wait_for_timeout(300)
        box = page.locator("[data-dossier-search]")
        assert box.locator("script, img, iframe, object, embed, style, [onerror], [onclick], [style]").count() == 0
        tags = set(box.evaluate("b => Array.from(b.querySelectorAll('*'), e => e.localName)"))
        assert tags <= {"div", "section", "aside", "p", "label", "select", "option", "ol", "li", "a", "mark", "button",
                        "h2", "fieldset", "legend", "ul", "input", "span", "details", "summary", "small"}  # fmt: skip
        hrefs = box.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert all(not h.lower().startswith(("javascript:", "data:")) for h in hrefs)
        assert page.evaluate("window.__pwned") == 0
    finally:
        reader.context.close()
    reader.watch.assert_clean()


@pytest.fixture(scope="module")
def bbc_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The 2,225 BBC articles, built as `make site` does (about a minute)."""
    seeds = tmp_path_factory.mktemp("bbc") / "seeds"
    shutil.copytree(BBC, seeds, ignore=shutil.ignore_patterns("README*"))
    project = make_project(tmp_path_factory.mktemp("bbc-project") / "p", seeds=seeds, curation=False)
    assert run_dossier(project).returncode == 0
    assert run_mkdocs(project).returncode == 0
    with serve(project / "site") as url:
        yield url


@requires_bbc
def test_lavrov_finds_nothing_in_the_bbc_archive_while_blair_and_its_forms_are_found(
    browser: Browser, bbc_url: str
) -> None:
    reader = new_reader(browser, bbc_url)
    try:
        # Pagefind alone answers "lavrov" with 27 pages about La Fenice and La Manga
        assert shown_results(reader.visit("search/?q=lavrov")) == {}
        expect(reader.page.locator(".dossier-search-status")).to_have_text("No document contains “lavrov”.")
        page = reader.visit("search/?q=blair")
        count = int(re.sub(r"\D", "", page.locator(".dossier-search-status").inner_text()))
        assert count > 100
        marks = {m.lower() for m in page.locator(".dossier-result-excerpt mark").all_inner_texts()}
        assert marks and all(re.sub(r"^\W+", "", m).startswith("blair") for m in marks)
        # more results on demand, and the keyboard lands on the first new one
        page.locator(".dossier-more").click()
        expect(page.locator("a.dossier-result-title")).to_have_count(40)
        assert page.locator("a.dossier-result-title").nth(20).evaluate("a => a === document.activeElement")
        # stemming: "elections" finds the documents that say "election" only
        assert shown_results(reader.visit("search/?q=elections"))
    finally:
        reader.context.close()
    reader.watch.assert_clean()
