"""Feeds of the latest documents: RSS 2.0 and JSON Feed 1.1 for the whole archive
(``feeds/latest.xml``, ``feeds/latest.json``), and RSS 2.0 for every person, place and
organisation found in at least two documents (``feeds/<kind>/<key>.xml``). A name's feed is RSS
only: every feed reader reads RSS, and a second format for each of thousands of names would double
the files MkDocs copies (1,588 names on the BBC corpus) for no reader that needs it.

Items are the newest dated documents first (by date, to its precision), then undated ones, at most
``MAX_ITEMS`` in the archive's feed and ``MAX_NAME_ITEMS`` in a name's (7,256 names have a feed at
20,000 synthetic documents: 63 MB of feeds at 20 items each, half that at 10). Each carries the title, link,
description, the document id as its stable id, and its date when it has one: RSS ``pubDate``
and JSON Feed ``date_published`` only for a day-precision date (both need a full date),
``dc:date`` and ``_dossier.date`` always, to the known precision. Nothing depends on the time
of the build, so the same seeds give the same bytes.

Links are absolute when ``site_url`` is set. Without it, they are relative to the feed's own
address (feed readers, feedparser included, resolve them against the address they fetched the feed
from); RSS 2.0 asks for absolute links, so publish with ``site_url`` set (the Pages workflow does).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from hashlib import sha256
from xml.sax.saxutils import escape

from dossier.models import KIND_FOLDERS, Corpus, EntityInfo, SiteInfo
from dossier.render.citation import Citation, citation, one_line

MAX_ITEMS = 50  # in the archive's feed: a reader polls the newest; the catalog has everything
MAX_NAME_ITEMS = 10  # in a name's feed: 7,256 names have one at 20,000 documents; 10 items keep them to 32 MB
LATEST = "feeds/latest"
#: characters XML 1.0 forbids (C0 controls but tab and newlines, surrogates, U+FFFE/U+FFFF); the
#: extract stage already shows controls as visible stand-ins, so only curated values can hold them
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAFE_KEY = re.compile(r"[a-z0-9][a-z0-9-]*")


def xml_text(value: str) -> str:
    """Escaped XML character data (also safe in a double-quoted attribute)."""
    return escape(_NOT_XML.sub("\ufffd", value), {'"': "&quot;"})


@dataclass(frozen=True)
class Feed:
    """One feed: where it lives (without extension), what it is called, and its documents."""

    path: str  # e.g. "feeds/people/sergey-lavrov"
    title: str
    description: str
    home: str  # the page it belongs to, from the site root ("" for the home page)
    items: tuple[Citation, ...]


def latest_first(cites: Iterable[Citation], limit: int = MAX_ITEMS) -> list[Citation]:
    """Dated documents newest first (ties by id, for stable output), then undated, by id; at
    most ``limit``."""
    ordered = list(cites)
    dated = sorted((c for c in ordered if c.date), key=lambda c: (c.date.value if c.date else "", c.id), reverse=True)
    undated = sorted((c for c in ordered if not c.date), key=lambda c: c.id)
    return [*dated, *undated][:limit]


def feed_key(key: str) -> str:
    """A file name for an entity key: the key itself when it is a plain slug, as keys are."""
    if _SAFE_KEY.fullmatch(key):
        return key
    cleaned = re.sub(r"[^a-z0-9-]+", "-", key.lower()).strip("-") or "name"
    return f"{cleaned}-{sha256(key.encode('utf-8')).hexdigest()[:8]}"


def _documents(info: EntityInfo) -> list[str]:
    return list(dict.fromkeys(m.doc_id for m in info.documents))


def entity_feed(info: EntityInfo) -> str | None:
    """Where a name's feed lives, from the site root and without extension, or None: only names
    in at least two documents have one (a feed of one document would never change)."""
    if len(_documents(info)) < 2:
        return None
    return f"feeds/{KIND_FOLDERS[info.ref.kind]}/{feed_key(info.ref.key)}"


def feeds_of(corpus: Corpus, site: SiteInfo) -> list[Feed]:
    """The archive's feed and one per name with at least two documents."""
    cites = {doc.id: citation(doc, site) for doc in corpus.documents}
    about = site.description or f"Documents in {site.name}."
    feeds = [Feed(LATEST, site.name, about, "", tuple(latest_first(cites.values())))]
    for info in corpus.entities:
        path = entity_feed(info)
        if path is None:
            continue
        feeds.append(
            Feed(
                path,
                f"{info.ref.name} – {site.name}",
                f"Documents mentioning {info.ref.name} in {site.name}.",
                info.ref.url,
                tuple(latest_first((cites[d] for d in _documents(info)), MAX_NAME_ITEMS)),
            )
        )
    return feeds


def _link(site: SiteInfo, feed: Feed, path: str) -> str:
    """``path`` (from the site root) as the feed links it: absolute, or relative to the feed."""
    return site.url + path if site.url else "../" * feed.path.count("/") + path


def _rfc822(cite: Citation) -> str | None:
    """RSS pubDate of a day-precision date (midnight UTC); None for a month or year."""
    if not cite.date or cite.date.precision != "day":
        return None
    day = date.fromisoformat(cite.date.value)
    return format_datetime(datetime(day.year, day.month, day.day, tzinfo=UTC))


def _rss_item(site: SiteInfo, feed: Feed, cite: Citation, written: dict[tuple[str, str], str]) -> str:
    """The ``<item>`` of ``cite``. ``written``: the items made so far, by document id and link.
    Speed: a document is an item of its archive's and its names' feeds (12,209 items of 2,224
    documents on BBC), and every name's feed links it the same way; making each once saves
    half the feeds' time (0.07 s of 0.15 s there)."""
    link = _link(site, feed, cite.path)
    item = written.get((cite.id, link))
    if item is None:
        item = written[cite.id, link] = _new_rss_item(cite, link)
    return item


def _new_rss_item(cite: Citation, link: str) -> str:
    parts = [
        f"<title>{xml_text(one_line(cite.title))}</title>",
        f"<link>{xml_text(link)}</link>",
        f"<description>{xml_text(cite.description)}</description>",
        f'<guid isPermaLink="false">{xml_text(cite.id)}</guid>',
        f"<category>{xml_text(cite.label)}</category>",
    ]
    published = _rfc822(cite)
    if published:
        parts.append(f"<pubDate>{published}</pubDate>")
    if cite.date:
        parts.append(f"<dc:date>{cite.date.value}</dc:date>")
    if cite.language:
        parts.append(f"<dc:language>{xml_text(cite.language)}</dc:language>")
    return "<item>\n" + "\n".join(parts) + "\n</item>"


def rss(site: SiteInfo, feed: Feed, written: dict[tuple[str, str], str] | None = None) -> str:
    """The feed as RSS 2.0, with Dublin Core dates and, when the site's address is known, an
    ``atom:link rel="self"`` as the RSS Advisory Board recommends. ``written``: items already
    made for other feeds of the same corpus (see ``_rss_item``)."""
    head = [
        f"<title>{xml_text(feed.title)}</title>",
        f"<link>{xml_text(_link(site, feed, feed.home))}</link>",
        f"<description>{xml_text(feed.description)}</description>",
        "<docs>https://www.rssboard.org/rss-specification</docs>",
    ]
    if site.url:
        self_url = xml_text(site.url + feed.path + ".xml")
        head.append(f'<atom:link href="{self_url}" rel="self" type="application/rss+xml"/>')
    written = {} if written is None else written
    items = [_rss_item(site, feed, cite, written) for cite in feed.items]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "<channel>\n" + "\n".join(head + items) + "\n</channel>\n</rss>\n"
    )


def _json_item(site: SiteInfo, feed: Feed, cite: Citation) -> dict[str, object]:
    item: dict[str, object] = {
        "id": cite.id,
        "url": _link(site, feed, cite.path),
        "title": cite.title,
        "content_text": cite.description,
        "tags": [cite.label, *cite.tags],
    }
    if cite.date and cite.date.precision == "day":
        item["date_published"] = f"{cite.date.value}T00:00:00Z"
    if cite.language:
        item["language"] = cite.language
    if cite.date:
        item["_dossier"] = {"date": cite.date.value, "date_precision": cite.date.precision}
    return item


def json_feed(site: SiteInfo, feed: Feed) -> str:
    """The feed as JSON Feed 1.1 (``_dossier`` holds dates of month or year precision)."""
    data: dict[str, object] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "description": feed.description,
        "home_page_url": _link(site, feed, feed.home),
    }
    if site.url:
        data["feed_url"] = site.url + feed.path + ".json"
    data["items"] = [_json_item(site, feed, cite) for cite in feed.items]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


#: Material's script reads every ``<link rel="alternate">`` as another language version of the
#: site and fetches ``sitemap.xml`` beside its address: for the feed links in every page's head
#: that is ``feeds/sitemap.xml``. An empty sitemap answers it in 120 bytes; without it every
#: page view would log a 404 (and the site's own sitemap is megabytes at 20,000 documents).
EMPTY_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'
)


def feed_files(corpus: Corpus, site: SiteInfo) -> dict[str, bytes]:
    """Every feed, by path under docs/: the archive's in both formats, each name's as RSS (and the
    empty ``feeds/sitemap.xml``)."""
    archive, *names = feeds_of(corpus, site)
    written: dict[tuple[str, str], str] = {}  # every feed's items, shared (see _rss_item)
    out = {
        "feeds/sitemap.xml": EMPTY_SITEMAP.encode("utf-8"),
        archive.path + ".xml": rss(site, archive, written).encode("utf-8"),
        archive.path + ".json": json_feed(site, archive).encode("utf-8"),
    }
    out.update((feed.path + ".xml", rss(site, feed, written).encode("utf-8")) for feed in names)
    return out
