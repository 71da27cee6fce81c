"""Cite and follow, end to end: the five seeds and the bad-input corpus built with a GitHub Pages
sub-path as site_url, by MkDocs (with the hook) and by Zensical (no hook). Every page links the
feeds from <head>; every document page carries citation tags and JSON-LD whose values, read back
by html.parser and json, equal the catalog's exact values; the exports and feeds parse and their
links reach built pages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser
import pytest
import rispy

from dossier.render.citation import KINDS, one_line
from tests.helpers import make_project, run_dossier, run_mkdocs, run_zensical
from tests.test_citation import _bib, _Head, downloads, parse_head

SITE_URL = "https://reader.github.io/dossier-test"  # a project site below a sub-path, as Pages gives it
BASE = SITE_URL + "/"
BAD = Path(__file__).parent / "data" / "bad"
RENDERERS = ("mkdocs", "zensical")


def _built(dest: Path, seeds: Path | None) -> dict[str, Path]:
    """A project generated once, then rendered by MkDocs and, from a copy, by Zensical."""
    project = make_project(dest / "mkdocs", seeds=seeds)
    for result in (run_dossier(project, site_url=SITE_URL), run_mkdocs(project, site_url=SITE_URL)):
        assert result.returncode == 0, result.stderr
    other = dest / "zensical"
    shutil.copytree(project, other, ignore=shutil.ignore_patterns("site"))
    result = run_zensical(other, site_url=SITE_URL)
    assert result.returncode == 0, result.stderr
    return {"mkdocs": project / "site", "zensical": other / "site"}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Both corpora, both renderers: sites[corpus][renderer] is the built site folder."""
    bad_seeds = tmp_path_factory.mktemp("bad-seeds") / "seeds"
    shutil.copytree(BAD, bad_seeds)
    return {
        "seeds": _built(tmp_path_factory.mktemp("cite-seeds"), None),
        "bad": _built(tmp_path_factory.mktemp("cite-bad"), bad_seeds),
    }


def _records(site: Path) -> list[dict[str, Any]]:
    return list(json.loads((site / "catalog.json").read_text("utf-8"))["documents"])


def _head(page: Path) -> _Head:
    html = page.read_text("utf-8")
    return parse_head(html[: html.index("</head>")])


@pytest.mark.parametrize("renderer", RENDERERS)
def test_every_page_links_the_feeds_from_its_head(sites: dict[str, dict[str, Path]], renderer: str) -> None:
    """Relative links (the 404 page's are from the site's root), which resolve below the sub-path."""
    site = sites["seeds"][renderer]
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        address = BASE + page.relative_to(site).as_posix().removesuffix("index.html")
        links = [a for tag, a in _head(page).tags if tag == "link" and a.get("rel") == "alternate"]
        assert [(a["type"], urljoin(address, str(a["href"]))) for a in links] == [
            ("application/rss+xml", BASE + "feeds/latest.xml"),
            ("application/feed+json", BASE + "feeds/latest.json"),
        ], page


def _tags(head: _Head) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for tag, attrs in head.tags:
        if tag == "meta" and (attrs.get("name") or attrs.get("property") or "").startswith(
            ("citation_", "DC.", "og:", "article:")
        ):
            found.setdefault(str(attrs.get("name") or attrs.get("property")), []).append(attrs["content"])
    return found


@pytest.mark.parametrize("corpus", ["seeds", "bad"])
@pytest.mark.parametrize("renderer", RENDERERS)
def test_document_heads_carry_the_exact_values(sites: dict[str, dict[str, Path]], renderer: str, corpus: str) -> None:
    site = sites[corpus][renderer]
    records = _records(site)
    assert len(records) >= 5
    for record in records:
        head = _head(site / record["url"] / "index.html")
        tags = _tags(head)
        url = BASE + record["url"]
        assert tags["citation_title"] == tags["og:title"] == [record["title"]], record["seed"]
        assert tags["DC.type"] == [KINDS[record["type"]].zotero]
        assert tags["citation_public_url"] == tags["og:url"] == [url]
        dated = [record["date"].replace("-", "/")] if record["date"] else None
        assert tags.get("citation_publication_date") == dated
        # a publisher only where the document has a source (a saved web page's site name), never an author
        assert tags.get("citation_publisher") == ([record["source"]] if record["source"] else None), record["seed"]
        assert "citation_author" not in tags
        scripts = [a for tag, a in head.tags if tag == "script" and a.get("type") == "application/ld+json"]
        assert len(scripts) == len(head.scripts) - _other_scripts(head) == 1
        data = json.loads(next(s for s in head.scripts if s.lstrip().startswith('{"@context"')))
        assert (data["headline"], data["identifier"], data["url"]) == (record["title"], record["id"], url)
        assert data.get("datePublished") == record["date"]


def _other_scripts(head: _Head) -> int:
    """Material's own scripts in <head> (an inline one setting up local storage)."""
    return sum(1 for tag, a in head.tags if tag == "script" and a.get("type") != "application/ld+json")


@pytest.mark.parametrize("corpus", ["seeds", "bad"])
@pytest.mark.parametrize("renderer", RENDERERS)
def test_every_document_page_carries_its_citation_files(
    sites: dict[str, dict[str, Path]], renderer: str, corpus: str
) -> None:
    site = sites[corpus][renderer]
    records = _records(site)
    for record in records:
        slug = record["url"].split("/")[-2]
        files = downloads((site / record["url"] / "index.html").read_text("utf-8"))
        assert sorted(files) == [f"{slug}.bib", f"{slug}.json", f"{slug}.ris"]
        (entry,) = _bib(files[f"{slug}.bib"].decode("utf-8")).entries
        assert (entry.key, entry["title"], entry["url"]) == (record["id"], record["title"], BASE + record["url"])
        (ris,) = rispy.loads(files[f"{slug}.ris"].decode("utf-8"))
        assert (ris["id"], ris["title"]) == (record["id"], one_line(record["title"]))
        assert ris["urls"] == [BASE + record["url"]]
        (csl,) = json.loads(files[f"{slug}.json"])
        assert (csl["id"], csl["title"], csl["URL"]) == (record["id"], record["title"], BASE + record["url"])
    assert [e.key for e in _bib((site / "catalog.bib").read_text("utf-8")).entries] == [r["id"] for r in records]
    assert [e["id"] for e in rispy.loads((site / "catalog.ris").read_text("utf-8"))] == [r["id"] for r in records]


def _local(site: Path, url: str) -> Path:
    """The file a site URL is served from."""
    assert url.startswith(BASE), url
    path = site / url.removeprefix(BASE).split("#")[0]
    return path / "index.html" if url.endswith("/") or "#" in url else path


@pytest.mark.parametrize("renderer", RENDERERS)
def test_feed_links_reach_built_pages(sites: dict[str, dict[str, Path]], renderer: str) -> None:
    site = sites["seeds"][renderer]
    feeds = sorted(p for p in (site / "feeds").rglob("*.xml") if p.name != "sitemap.xml")
    assert len(feeds) > 5
    for feed in feeds:
        parsed = feedparser.parse(feed.read_bytes(), response_headers={"content-type": "application/rss+xml"})
        assert not parsed.bozo and parsed.entries, feed
        assert _local(site, parsed.feed.link).is_file()
        for entry in parsed.entries:
            assert _local(site, entry.link).is_file(), entry.link
        if feed.with_suffix(".json").exists():  # the archive's feed, also as JSON Feed
            items = json.loads(feed.with_suffix(".json").read_text("utf-8"))["items"]
            assert [i["url"] for i in items] == [e.link for e in parsed.entries]
    assert (site / "feeds" / "latest.json").is_file()


@pytest.mark.parametrize("renderer", RENDERERS)
def test_names_with_a_feed_link_to_it_and_every_feed_belongs_to_a_name(
    sites: dict[str, dict[str, Path]], renderer: str
) -> None:
    site = sites["seeds"][renderer]
    linked = set()
    for shard in site.glob("archive/*/names-*.json"):
        for key, name in json.loads(shard.read_text("utf-8"))["names"].items():
            if name["feed"]:
                assert key in name["feed"] and len(name["documents"]) >= 2
                linked.add(name["feed"])
            else:
                assert len(name["documents"]) < 2, key
    written = {p.relative_to(site).with_suffix("").as_posix() for p in (site / "feeds").glob("*/*.xml")}
    assert linked == written and "feeds/people/sergey-lavrov" in linked


def test_cite_this_links_reach_the_catalogs(sites: dict[str, dict[str, Path]]) -> None:
    """Under MkDocs. (Zensical rewrites every relative link in a page's raw HTML as if it were
    relative to the Markdown file, which moves all of the generated pages' links alike; that is
    a matter of the pages' link convention, tracked with the Zensical support.)"""
    site = sites["seeds"]["mkdocs"]
    for record in _records(site):
        page_url = BASE + record["url"]
        html = (site / record["url"] / "index.html").read_text("utf-8")
        block = html[html.index('<section class="dossier-cite"') :]
        links = [a["href"] for tag, a in parse_head(block[: block.index("</section>")]).tags if tag == "a"]
        catalogs = [str(href) for href in links if not str(href).startswith("data:")]
        assert len(links) == 5 and len(catalogs) == 2
        for href in catalogs:
            assert _local(site, urljoin(page_url, href)).is_file(), href
