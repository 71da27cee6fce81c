"""Feeds read back by real parsers: RSS 2.0 with feedparser, JSON Feed 1.1 with jsonfeed-util.
Hostile titles round-trip, links resolve under a sub-path with or without site_url, dates keep
their precision, and each feed holds the newest documents first, up to its cap."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

import feedparser
import jsonfeed
import pytest

from dossier.models import Corpus, DateValue, Document, EntityInfo, EntityRef, Mentioned, Metadata, SiteInfo, Value
from dossier.render.feeds import LATEST, MAX_ITEMS, MAX_NAME_ITEMS, entity_feed, feed_files, feed_key
from tests.test_render import _doc

SITE = SiteInfo("Archive <&>", "https://example.github.io/sub/", "What the archive holds.")
HOSTILE = '</title><script>alert(1)</script> & &amp; ]]> <![CDATA[ "q" Лавров'


def _document(n: int, date: DateValue | None, title: str = "") -> Document:
    doc = _doc(seed=f"{n:03d}.txt")
    meta = Metadata(date=date, language=Value("en", "text"), type=Value("report", "none"))
    return replace(doc, id=f"id{n:010d}", slug=f"doc-{n}", title=title or f"Document {n}", meta=meta)


def _entity(key: str, docs: list[Document], kind: str = "person") -> EntityInfo:
    mentioned = tuple(Mentioned(d.id, "snippet", 1) for d in docs)
    return EntityInfo(EntityRef(key, key.title(), kind), (), None, None, len(docs), mentioned)


DAY, MONTH, YEAR = (DateValue("2022-02-10", "day", "dateline"), DateValue("2022-03", "month", "curated"),
                    DateValue("2021", "year", "curated"))  # fmt: skip


@pytest.fixture
def corpus() -> Corpus:
    docs = [_document(0, DAY, HOSTILE), _document(1, MONTH), _document(2, YEAR), _document(3, None)]
    return Corpus(documents=tuple(docs), entities=(_entity("sergey-lavrov", docs[:3]), _entity("solo", docs[:1])))


def _rss(data: bytes, address: str) -> Any:
    parsed = feedparser.parse(
        data, response_headers={"content-type": "application/rss+xml", "content-location": address}
    )
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    return parsed


def _json(data: bytes) -> jsonfeed.Feed:
    assert json.loads(data)["version"] == "https://jsonfeed.org/version/1.1"
    return jsonfeed.Feed.parse_string(data.decode("utf-8"))


def test_archive_feed_in_both_formats(corpus: Corpus) -> None:
    files = feed_files(corpus, SITE)
    rss = _rss(files[LATEST + ".xml"], "https://elsewhere.example/feed.xml")
    feed = _json(files[LATEST + ".json"])
    assert rss.feed.title == feed.title == "Archive <&>"
    assert rss.feed.link == feed.home_page_url == "https://example.github.io/sub/"
    assert feed.feed_url == "https://example.github.io/sub/feeds/latest.json"
    # newest first by date, to its precision; undated last
    expected_ids = ["id0000000001", "id0000000000", "id0000000002", "id0000000003"]
    assert [e.id for e in rss.entries] == [i.id for i in feed.items] == expected_ids
    assert [e.link for e in rss.entries] == [i.url for i in feed.items]
    assert rss.entries[1].link == "https://example.github.io/sub/archive/documents/doc-0/"
    assert rss.entries[1].title == feed.items[1].title == HOSTILE
    assert [i.content_text for i in feed.items] == [e.summary for e in rss.entries]


def test_dates_are_given_to_their_precision_and_never_filled_in(corpus: Corpus) -> None:
    files = feed_files(corpus, SITE)
    rss = {e.id: e for e in _rss(files[LATEST + ".xml"], "https://e.org/").entries}
    items = {i.id: i for i in _json(files[LATEST + ".json"]).items}
    day, month, undated = rss["id0000000000"], rss["id0000000001"], rss["id0000000003"]
    assert day.published == "Thu, 10 Feb 2022 00:00:00 +0000" and day.updated == "2022-02-10"
    assert "published" not in month and month.updated == "2022-03"  # no day was invented
    assert "published" not in undated and "updated" not in undated
    assert items["id0000000000"].date_published == "2022-02-10T00:00:00Z"
    assert items["id0000000001"].date_published is None
    raw = {i["id"]: i for i in json.loads(files[LATEST + ".json"])["items"]}
    assert raw["id0000000001"]["_dossier"] == {"date": "2022-03", "date_precision": "month"}
    assert "_dossier" not in raw["id0000000003"]


def test_a_feed_per_name_in_two_or_more_documents(corpus: Corpus) -> None:
    files = feed_files(corpus, SITE)
    lavrov, solo = corpus.entities
    assert entity_feed(lavrov) == "feeds/people/sergey-lavrov" and entity_feed(solo) is None
    # feeds/sitemap.xml answers Material's script, which looks for one beside each alternate link
    names = ["feeds/sitemap.xml", f"{LATEST}.xml", f"{LATEST}.json"]
    assert sorted(files) == sorted([*names, "feeds/people/sergey-lavrov.xml"])  # a name's feed is RSS only
    rss = _rss(files["feeds/people/sergey-lavrov.xml"], "https://e.org/x.xml")
    assert rss.feed.link == "https://example.github.io/sub/archive/people/#sergey-lavrov"
    assert [e.id for e in rss.entries] == ["id0000000001", "id0000000000", "id0000000002"]
    assert "Sergey-Lavrov" in rss.feed.title


def test_without_site_url_links_are_relative_to_the_feed_and_resolve_under_a_sub_path(corpus: Corpus) -> None:
    files = feed_files(corpus, SiteInfo("Archive", "", ""))
    base = "https://example.github.io/sub/"
    for path in (LATEST, "feeds/people/sergey-lavrov"):
        rss = _rss(files[path + ".xml"], base + path + ".xml")
        assert rss.entries[1].link == base + "archive/documents/doc-0/"
        links = re.findall(r"<link>(.*?)</link>", files[path + ".xml"].decode())
        assert links and all(link.startswith("../") for link in links)
        assert "atom:link" not in files[path + ".xml"].decode()
    feed = json.loads(files[LATEST + ".json"])
    assert "feed_url" not in feed and feed["items"][1]["url"] == "../archive/documents/doc-0/"


def test_feeds_hold_the_newest_documents_up_to_the_cap() -> None:
    docs = [_document(n, DateValue(f"2020-01-{1 + n % 28:02d}", "day", "dateline")) for n in range(MAX_ITEMS + 10)]
    files = feed_files(Corpus(documents=tuple(docs), entities=(_entity("everywhere", docs),)), SITE)
    entries = _rss(files[LATEST + ".xml"], "https://e.org/").entries
    assert len(entries) == len(_json(files[LATEST + ".json"]).items) == MAX_ITEMS
    dates = [e.updated for e in entries]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2020-01-28"
    named = _rss(files["feeds/people/everywhere.xml"], "https://e.org/").entries
    assert [e.id for e in named] == [e.id for e in entries][:MAX_NAME_ITEMS]


def test_characters_xml_forbids_are_replaced_not_fatal() -> None:
    doc = _document(0, DAY, "Bell \x07 and \ufffe in a curated title")
    rss = _rss(feed_files(Corpus(documents=(doc,)), SITE)[LATEST + ".xml"], "https://e.org/")
    assert rss.entries[0].title == "Bell \ufffd and \ufffd in a curated title"


def test_entity_keys_that_are_not_plain_slugs_get_a_safe_distinct_file_name() -> None:
    assert feed_key("sergey-lavrov") == "sergey-lavrov"
    odd = [feed_key(k) for k in ("../etc", "A B", "a b", "")]
    assert all("/" not in k and "." not in k and k for k in odd) and len(set(odd)) == len(odd)
