"""End to end: the real build and `mkdocs build --strict` on the five seeds, checked in the HTML."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers import (
    SEEDS,
    assert_faithful,
    body_text,
    build_env,
    indexed_fragments,
    markdown_changes,
    relative_links,
)


def _catalog(site: Path) -> list[dict[str, Any]]:
    data = json.loads((site / "catalog.json").read_text("utf-8"))
    return list(data["documents"])


def test_every_seed_has_a_page_whose_body_is_the_seed_body(built_site: Path) -> None:
    site = built_site / "site"
    records = {r["seed"]: r for r in _catalog(site)}
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sorted(records) == seeds
    for name in seeds:
        raw = (SEEDS / name).read_text("utf-8")
        html = (site / str(records[name]["url"]) / "index.html").read_text("utf-8")
        assert_faithful(html, raw)
        text, _ = body_text(html)
        # paragraph breaks survive: blank-line paragraphs (or one per line) become <p> elements
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        assert len(paragraphs) > 1, name


def test_original_files_are_published_byte_for_byte(built_site: Path) -> None:
    site = built_site / "site"
    for record in _catalog(site):
        page = (site / str(record["url"]) / "index.html").read_text("utf-8")
        href = re.search(r'<a href="([^"]+\.txt)" download=', page)
        assert href, record["seed"]
        published = (site / str(record["url"]) / href.group(1)).resolve()
        assert published.read_bytes() == (SEEDS / str(record["seed"])).read_bytes()


def test_catalog_json_and_csv_list_every_document_with_all_fields(built_site: Path) -> None:
    site = built_site / "site"
    records = _catalog(site)
    required = {"title", "id", "seed", "sha256", "words", "reading_time", "description", "url"}
    assert len(records) == 5
    for record in records:
        assert required <= set(record)
        assert (site / str(record["url"]) / "index.html").is_file()
    with (site / "catalog.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    assert json.loads((site / "catalog.json").read_text("utf-8"))["rejected"] == []


def test_search_indexes_each_document_once_with_its_title_and_text_and_no_furniture(built_site: Path) -> None:
    site = built_site / "site"
    fragments = indexed_fragments(site)
    records = _catalog(site)
    assert sorted(fragments) == sorted(str(r["url"]) for r in records)
    assert not (site / "search" / "search_index.json").exists()  # the theme's own search is off
    for record in records:
        fragment = fragments[str(record["url"])]
        assert fragment["meta"] == {"title": record["title"]}
        page = (site / str(record["url"]) / "index.html").read_text("utf-8")
        # the text a reader sees, word for word, and nothing of the panel, pager or names around it
        assert fragment["content"].split() == body_text(page)[0].split(), record["url"]
        assert "Reading time" not in fragment["content"] and "Related documents" not in fragment["content"]


def test_generated_pages_are_html_that_markdown_passes_through_unchanged(built_site: Path) -> None:
    pages, changed = markdown_changes(built_site)
    assert pages >= 5 + 5  # five documents, home and the listings
    assert changed == []


def test_sidebar_does_not_list_documents(built_site: Path) -> None:
    home = (built_site / "site" / "index.html").read_text("utf-8")
    nav = home[home.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    assert "archive/documents/" not in nav
    assert "All documents" in nav


def test_home_page_says_what_the_archive_holds(built_site: Path) -> None:
    home = (built_site / "site" / "index.html").read_text("utf-8")
    assert "5 documents" in home
    assert "Latest additions" in home
    assert home.count('href="archive/documents/') >= 5


def test_listing_links_to_every_document(built_site: Path) -> None:
    listing = (built_site / "site" / "archive" / "index.html").read_text("utf-8")
    site = built_site / "site"
    links = re.findall(r'<td class="dossier-col-title"><a href="([^"]+)"', listing)
    assert len(links) == 5
    for href in links:
        assert (site / "archive" / href / "index.html").resolve().is_file(), href


def test_document_pages_link_previous_and_next_to_real_pages(built_site: Path) -> None:
    site = built_site / "site"
    for record in _catalog(site):
        folder = site / str(record["url"])
        page = (folder / "index.html").read_text("utf-8")
        for href in re.findall(r'<a href="([^"]+)" rel="(?:prev|next)"', page):
            assert (folder / href / "index.html").resolve().is_file(), href


EXPECTED_METADATA = {
    # seed prefix: (date, precision, provenance, event date, place, language, type, removed lines)
    "000_": (None, None, None, None, "London", "en", "report", 17),
    "001_": (None, None, None, None, None, "en", "report", 5),
    "002_": (None, None, None, None, None, "en", "report", 0),
    "003_": ("2022-02-11", "day", "dateline", "2022-02-10", "Moscow", "en", "report", 0),
    "004_": ("2022-02-10", "day", "title", None, "Moscow", "en", "transcript", 0),
}


def test_seed_metadata_is_extracted_and_shown(built_site: Path) -> None:
    site = built_site / "site"
    for record in _catalog(site):
        expected = EXPECTED_METADATA[str(record["seed"])[:4]]
        actual = tuple(
            record[k] for k in ("date", "date_precision", "date_provenance", "event_date", "place", "language", "type")
        )
        assert actual == expected[:7], record["seed"]
        assert len(record["removed"]) == expected[7], record["seed"]
        assert record["source"] is None  # no seed names its publisher: unknown stays unknown
        page = (site / str(record["url"]) / "index.html").read_text("utf-8")
        assert ("data-dossier-removed" in page) == bool(expected[7])
        assert "<dt>Date</dt>" in page and "<dt>Source</dt>" in page and "<dt>Type</dt>" in page


def test_listing_sorts_by_date_and_shows_source_and_type(built_site: Path) -> None:
    listing = (built_site / "site" / "archive" / "index.html").read_text("utf-8")
    dates = re.findall(r'<td class="dossier-col-date" data-sort="([^"]*)">', listing)
    assert dates == ["2022-02-10", "2022-02-11", "", "", ""]
    assert '<th scope="col" class="dossier-col-source">Source</th>' in listing and "Transcript of remarks" in listing
    quality = (built_site / "site" / "archive" / "quality" / "index.html").read_text("utf-8")
    assert "Undated documents (3)" in quality and "Documents without a source (5)" in quality
    assert "Documents with removed page furniture (2)" in quality
    sources = (built_site / "site" / "archive" / "sources" / "index.html").read_text("utf-8")
    assert "Unknown source (5)" in sources


def test_timeline_groups_dated_documents_by_month_and_lists_undated_apart(built_site: Path) -> None:
    timeline = built_site / "site" / "archive" / "timeline"
    index = (timeline / "index.html").read_text("utf-8")
    # the index links every year and month, and the undated documents
    for href, label in (("2022/", "2022"), ("2022/02/", "February"), ("undated/", "Undated")):
        assert f'<a href="{href}">{label}' in index, href
    assert '<a href="2022/02/">February<span class="dossier-unseen"> 2022</span></a>' in index  # read out whole
    # the five documents fit on one page, so the index shows them too, by month
    assert index.index("<h3>February 2022</h3>") < index.index("<h3>Undated</h3>")
    month = (timeline / "2022" / "02" / "index.html").read_text("utf-8")
    assert re.findall(r'<time datetime="([^"]+)">', month) == ["2022-02-10", "2022-02-11"]
    undated = (timeline / "undated" / "index.html").read_text("utf-8")
    events = undated[undated.index('<ul class="dossier-events">') :]
    assert "<time" not in events and events[: events.index("</ul>")].count("<li><a href") == 3
    for page, folder in ((month, timeline / "2022" / "02"), (undated, timeline / "undated")):
        assert "data-dossier-filterable" in page and "javascripts/filter.js" in page
        for href in re.findall(r'<li>(?:<time[^>]*>[^<]*</time> )?<a href="([^"]+)"', page):
            assert (folder / href / "index.html").resolve().is_file(), href


def test_every_relative_link_and_asset_in_the_site_resolves(built_site: Path) -> None:
    checked, broken = relative_links(built_site / "site")
    assert not broken and checked > 200


SEED_PEOPLE = ("Lavrov", "Truss", "Duncan", "Titov", "Johnson", "Skripal", "Cleverly")


def _names(site: Path, folder: str) -> tuple[list[list[Any]], dict[str, dict[str, Any]]]:
    """A kind's names index (most documents first) and every name's details, from its JSON files;
    each mention becomes [document row, mentions, snippet]."""
    kind = site / "archive" / folder
    index = json.loads((kind / "names.json").read_text("utf-8"))["names"]
    details: dict[str, dict[str, Any]] = {}
    for shard in sorted({row[4] for row in index}):
        data = json.loads((kind / shard).read_text("utf-8"))
        for key, record in data["names"].items():
            record["documents"] = [[data["documents"][i], n, snippet] for i, n, snippet in record["documents"]]
            details[key] = record
    return index, details


def test_seed_people_and_places_have_one_entry_each_despite_spellings(built_site: Path) -> None:
    site = built_site / "site"
    index, people = _names(site, "people")
    assert {row[0] for row in index} == set(people)
    for surname in SEED_PEOPLE:
        keys = [key for key in people if surname.lower() in key]
        assert len(keys) == 1, (surname, keys)
    lavrov = people["sergey-lavrov"]
    assert len(lavrov["documents"]) == 4 and "Sergei Lavrov" in lavrov["aliases"]
    assert all(snippet for _, _, snippet in lavrov["documents"])
    _, places = _names(site, "places")
    assert "united-kingdom" in places and not places.keys() & {"britain", "great-britain", "uk"}
    assert "kyiv" in places and "kiev" not in places
    assert len(places["kyiv"]["documents"]) == 2  # "Kiev" in 002, "Kyiv" in 003
    order = [row[0] for row in index]
    assert order.index("sergey-lavrov") < order.index("alan-duncan")  # most documents first
    page = (site / "archive" / "people" / "index.html").read_text("utf-8")
    assert 'data-dossier-names="names.json"' in page and "7 people mentioned" in page


def test_every_name_a_page_links_to_is_in_its_kind_s_data(built_site: Path) -> None:
    site = built_site / "site"
    keys = {folder: set(_names(site, folder)[1]) for folder in ("people", "places", "organisations")}
    linked = 0
    for page in site.rglob("*.html"):
        for folder, key in re.findall(
            r'href="[^"]*archive/(people|places|organisations)/#([^"]+)"', page.read_text("utf-8")
        ):
            assert key in keys[folder], f"{page.relative_to(site)} links to {folder}/#{key}"
            linked += 1
    assert linked > 20


def test_the_three_meeting_documents_relate_to_each_other(built_site: Path) -> None:
    records = {str(r["seed"])[:4]: r for r in _catalog(built_site / "site")}
    meeting = ("002_", "003_", "004_")
    for seed in meeting:
        related = list(records[seed]["related"])
        others = {records[s]["id"] for s in meeting if s != seed}
        assert others <= set(related[:3]), (seed, related)
        assert records[seed]["versions"] == []
    page = (built_site / "site" / str(records["002_"]["url"]) / "index.html").read_text("utf-8")
    assert 'id="related"' in page and "shared names" in page
    assert "archive/people/#sergey-lavrov" in page


def test_timeline_entries_carry_their_entities(built_site: Path) -> None:
    page = (built_site / "site" / "archive" / "timeline" / "2022" / "02" / "index.html").read_text("utf-8")
    entry = re.search(r'<li><time datetime="2022-02-10">.*?</li>', page)
    assert entry, page
    mentions = re.findall(r'<a href="[^"]*/people/#[^"]+">([^<]+)</a>', entry.group(0))
    assert "Sergey Lavrov" in mentions and "Liz Truss" in mentions
    index = (built_site / "site" / "archive" / "timeline" / "index.html").read_text("utf-8")
    assert index.count('class="dossier-mentions"') == 5


def test_parts_reused_across_document_pages_are_the_bytes_the_theme_renders(built_site: Path, tmp_path: Path) -> None:
    """The hook renders a document page's sidebars and theme configuration once and reuses them
    (mkdocs_hooks._Reused); rendering every page in full gives the same site, byte for byte,
    and the reused parts really are in the pages (the navigation, under its label)."""
    everything = tmp_path / "every-page-rendered"
    shutil.copytree(built_site, everything, ignore=shutil.ignore_patterns("site"))
    env = {**build_env(), "DOSSIER_RENDER_ALL": "1"}
    rendered = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=everything, env=env, capture_output=True, text=True
    )
    assert rendered.returncode == 0, rendered.stderr
    ours = {p.relative_to(built_site / "site"): p.read_bytes() for p in (built_site / "site").rglob("*") if p.is_file()}
    theirs = {
        p.relative_to(everything / "site"): p.read_bytes() for p in (everything / "site").rglob("*") if p.is_file()
    }
    assert ours.keys() == theirs.keys()
    assert [path for path in ours if ours[path] != theirs[path]] == []
    pages = [p for p in ours if p.parts[:2] == ("archive", "documents") and p.name == "index.html"]
    assert len(pages) == 5 and all(
        b'class="md-nav md-nav--primary"' in ours[p] and b'id="__config"' in ours[p] for p in pages
    )
