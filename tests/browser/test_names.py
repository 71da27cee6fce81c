"""The People, Places and Organisations pages, which entities.js renders from their JSON files."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from playwright.sync_api import Route, expect

from tests.browser.reader import Reader, wait_for_scripts

HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


def test_filter_and_sort_the_people(reader: Reader) -> None:
    page = reader.visit("archive/people/")
    rows = page.locator("table.dossier-table tbody tr")
    expect(rows).to_have_count(7)
    page.get_by_label("Filter by name").fill("tr")
    visible = [name for name in rows.locator("td:first-child").all_inner_texts() if "tr" in name.lower()]
    assert "Liz Truss" in visible and len(visible) < 7
    expect(page.locator("table.dossier-table tbody tr:visible")).to_have_count(len(visible))
    expect(page.locator(".dossier-filter-status")).to_contain_text(f"{len(visible)} of 7 shown")
    page.get_by_role("button", name="A to Z").click()
    names = rows.locator("td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.casefold)
    expect(page.get_by_role("button", name="A to Z")).to_have_attribute("aria-pressed", "true")


def test_companions_lead_to_other_names_and_back_to_the_list(reader: Reader) -> None:
    page = reader.visit("archive/people/#liz-truss")
    expect(page.locator("article h1")).to_have_text("Liz Truss")
    assert page.title().startswith("Liz Truss - ")
    page.locator("article ul a", has_text="Sergey Lavrov").click()
    expect(page.locator("article h1")).to_have_text("Sergey Lavrov")
    page.go_back()
    expect(page.locator("article h1")).to_have_text("Liz Truss")
    page.get_by_role("link", name="← All people").click()
    expect(page.locator("article h1")).to_have_text("People")
    expect(page.locator("table.dossier-table tbody tr")).to_have_count(7)


@pytest.mark.parametrize(
    ("fragment", "shown"),
    [
        ("no-such-person", "no-such-person"),
        ("%E0%A4%A", "%E0%A4%A"),
        # names every JavaScript object inherits: no such person either, and no script error
        ("constructor", "constructor"),
        ("__proto__", "__proto__"),
        ("hasOwnProperty", "hasOwnProperty"),
    ],
)
def test_an_unknown_or_malformed_key_says_so(reader: Reader, fragment: str, shown: str) -> None:
    page = reader.visit(f"archive/people/#{fragment}")
    expect(page.locator("article")).to_contain_text(f"No name with the key “{shown}” in this archive.")


def test_a_name_whose_data_fails_to_load_says_so(reader: Reader) -> None:
    shard = reader.url("archive/people/names-l.json")
    reader.watch.expect(shard, 503)
    reader.page.route(shard, lambda route: route.fulfill(status=503, body="busy"))
    page = reader.visit("archive/people/#liz-truss")
    expect(page.locator("article")).to_contain_text("This name could not be loaded (names-l.json: HTTP 503).")


def test_hostile_names_data_stays_text(reader: Reader) -> None:
    """Names, snippets and titles come from seeds: whatever they hold is shown as text, never run."""
    index = {"kind": "person", "title": "People", "root": "../../", "names": [["x", HOSTILE, 1, 1, "names-x.json"]]}
    shard = {
        "documents": [["archive/documents/x/", HOSTILE, HOSTILE]],
        "names": {
            "x": {
                "name": HOSTILE,
                "kind": "Person",
                "description": HOSTILE,
                "wikidata": 'Q1" onmouseover="window.pwned=3',
                "aliases": [HOSTILE],
                "mentions": 1,
                "documents": [[0, 2, HOSTILE]],
                "companions": [["people", 'x" onclick="window.pwned=4', HOSTILE, 1]],
            }
        },
    }

    for name, data in (("names.json", index), ("names-x.json", shard)):
        reader.page.route(f"**/archive/people/{name}", _answer_with(data))
    page = reader.visit("archive/people/")
    expect(page.locator("table.dossier-table td").first).to_have_text(HOSTILE)
    page.locator("table.dossier-table a").first.click()
    wait_for_scripts(page)
    expect(page.locator("article h1")).to_have_text(HOSTILE)
    expect(page.locator("q.dossier-snippet")).to_have_text(HOSTILE)
    article = page.locator("article")
    assert article.locator("img, script[src='x']").count() == 0
    assert article.locator("script").count() == 0
    assert page.locator("a[href*='wikidata']").count() == 0  # not a Wikidata id: no link
    assert page.evaluate("window.pwned") is None


def _answer_with(data: object) -> Callable[[Route], None]:
    body = json.dumps(data)
    return lambda route: route.fulfill(content_type="application/json", body=body)


@pytest.mark.parametrize(
    ("place", "line", "links"),
    [
        (
            {"kind": "city", "lat": 53.9, "lon": -27.5667, "centre": False,
             "osm": "https://www.openstreetmap.org/?mlat=53.9000&mlon=-27.5667#map=11/53.9000/-27.5667"},
            "City · 53.9000° N, 27.5667° W · OpenStreetMap",
            1,
        ),
        # no coordinates in the gazetteer (Palau): the kind alone, and no link to a map of 0° N, 0° E
        ({"kind": "country"}, "Country", 0),
    ],
)  # fmt: skip
def test_a_place_shows_its_kind_and_where_it_is_when_known(
    reader: Reader, place: dict[str, object], line: str, links: int
) -> None:
    index = {"kind": "place", "title": "Places", "root": "../../", "names": [["p", "Palau", 1, 1, "names-p.json"]]}
    record = {"name": "Palau", "kind": "Place", "aliases": [], "mentions": 1, "companions": [], "place": place}
    record["documents"] = [[0, 1, "a snippet"]]
    shard = {"documents": [["archive/documents/x/", "A title", ""]], "names": {"p": record}}
    for name, data in (("names.json", index), ("names-p.json", shard)):
        reader.page.route(f"**/archive/places/{name}", _answer_with(data))
    page = reader.visit("archive/places/#p")
    expect(page.locator("article h1")).to_have_text("Palau")
    expect(page.locator("p.dossier-place")).to_have_text(line)
    expect(page.locator("p.dossier-place a")).to_have_count(links)
