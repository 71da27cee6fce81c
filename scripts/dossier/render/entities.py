"""People, places and organisations: one page per kind, with the names' data in JSON files.

A Material page per name made MkDocs render 5,349 extra pages on the 2,225-article BBC corpus
(three quarters of its build time and of the site's size, most of them for names found in one
document). Instead each kind has one page, ``archive/<kind>/``, and its data as JSON that MkDocs
copies unchanged: ``names.json`` lists every name with its counts, and ``names-<x>.json`` holds the
details (aliases, documents with a snippet each, frequent companions) of the names whose key starts
with ``x``, so a reader opening one name downloads a small part of the data. The hand-written
``docs/javascripts/entities.js`` shows the list and, at ``archive/<kind>/#<key>``, one name.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from dossier.models import KIND_FOLDERS, Corpus, Document, EntityInfo
from dossier.render.feeds import entity_feed
from dossier.render.frontmatter import collection_page
from dossier.render.html import text
from dossier.render.labels import format_date

KIND_TITLES = {"person": "People", "place": "Places", "organisation": "Organisations"}
KIND_NAMES = {"person": "Person", "place": "Place", "organisation": "Organisation"}
INDEX_FILE = "names.json"
ROOT = "../../"  # from archive/<kind>/ to the site root


def shard_of(key: str) -> str:
    """The detail file a key's data lives in: its first character (keys are ASCII slugs)."""
    first = key[:1]
    return first if first.isascii() and first.isalnum() else "_"


def shard_file(shard: str) -> str:
    return f"names-{shard}.json"


def _by_documents(infos: list[EntityInfo]) -> list[EntityInfo]:
    return sorted(infos, key=lambda i: (-len(i.documents), -i.mentions, i.ref.name.casefold(), i.ref.key))


def _dumps(data: object) -> str:
    """Compact, stable JSON: the same corpus gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def names_index(kind: str, infos: list[EntityInfo]) -> str:
    """Every name of one kind, most documents first: key, name, documents, mentions, detail file."""
    rows = [
        [i.ref.key, i.ref.name, len(i.documents), i.mentions, shard_file(shard_of(i.ref.key))]
        for i in _by_documents(infos)
    ]
    return _dumps({"kind": kind, "title": KIND_TITLES[kind], "root": ROOT, "names": rows})


def _entity_record(info: EntityInfo, doc_index: dict[str, int]) -> dict[str, Any]:
    return {
        "name": info.ref.name,
        "kind": KIND_NAMES[info.ref.kind],
        "description": info.description,
        "wikidata": info.wikidata,
        "aliases": list(info.aliases),
        "mentions": info.mentions,
        "documents": [[doc_index[m.doc_id], m.count, m.snippet] for m in info.documents],
        "companions": [[KIND_FOLDERS[o.kind], o.key, o.name, n] for o, n in info.companions],
        "place": _place(info),
        "feed": entity_feed(info),  # feeds/<kind>/<key>, without extension, or null
    }


OSM_ZOOM = {"city": 11, "region": 8, "sea": 5, "US state": 6, "country of the UK": 6, "country": 5, "continent": 3}


def _place(info: EntityInfo) -> dict[str, Any] | None:
    """A place's kind, coordinates and OpenStreetMap link (a plain link: no map is embedded, so
    the page makes no request to a third party); its kind alone when its coordinates are unknown."""
    place = info.place
    if place is None:
        return None
    if place.lat is None or place.lon is None:  # a place known by name and kind alone
        return {"kind": place.kind}
    zoom = OSM_ZOOM.get(place.kind, 6)
    lat, lon = f"{place.lat:.4f}", f"{place.lon:.4f}"
    return {
        "kind": place.kind,
        "lat": place.lat,
        "lon": place.lon,
        "centre": place.centre_of_population,
        "osm": f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map={zoom}/{lat}/{lon}",
    }


def _document_row(doc: Document) -> list[str]:
    return [doc.url, doc.title, format_date(doc.meta.date) if doc.meta.date else ""]


def names_shard(infos: list[EntityInfo], docs: dict[str, Document]) -> str:
    """The details of some names, with the documents they cite listed once: url, title, date."""
    doc_ids = list(dict.fromkeys(m.doc_id for info in infos for m in info.documents))
    doc_index = {doc_id: i for i, doc_id in enumerate(doc_ids)}
    documents = [_document_row(docs[d]) for d in doc_ids]
    records = {info.ref.key: _entity_record(info, doc_index) for info in infos}
    return _dumps({"documents": documents, "names": records})


def kind_page(kind: str, count: int) -> str:
    """The page of one kind: a heading, the count, and the element entities.js fills in."""
    title = KIND_TITLES[kind]
    intro = f"{count:,} {title.lower()} mentioned in the documents." if count else "None found."
    return collection_page(
        title,
        [
            f'<h1 class="dossier-names-title">{title}</h1>',
            f"<p>{text(intro)}</p>",
            f'<div class="dossier-names" data-dossier-names="{INDEX_FILE}"></div>' if count else "",
            "<noscript><p>This list needs JavaScript. Every document page names the people, places and "
            "organisations it mentions, and catalog.csv lists them for every document.</p></noscript>",
        ],
    )


def entity_outputs(corpus: Corpus) -> dict[str, bytes]:
    """The three kind pages and their JSON files, by path under docs/."""
    docs = corpus.by_id()
    out: dict[str, bytes] = {}
    for kind, folder in KIND_FOLDERS.items():
        infos = [info for info in corpus.entities if info.ref.kind == kind]
        out[f"archive/{folder}/index.md"] = kind_page(kind, len(infos)).encode("utf-8")
        out[f"archive/{folder}/{INDEX_FILE}"] = names_index(kind, infos).encode("utf-8")
        shards: dict[str, list[EntityInfo]] = defaultdict(list)
        for info in infos:
            shards[shard_of(info.ref.key)].append(info)
        for shard, members in sorted(shards.items()):
            out[f"archive/{folder}/{shard_file(shard)}"] = names_shard(members, docs).encode("utf-8")
    return out
