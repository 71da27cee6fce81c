"""The citation tags of a document page's ``<head>``: Highwire ``citation_*``, Dublin Core type,
Open Graph and a schema.org JSON-LD object, as one block of finished, escaped markup.

Render writes the block into the page's front matter (``dossier_head``) and
``overrides/main.html`` prints it unchanged into ``<head>``; Material (Jinja2 without
autoescaping) and Zensical (MiniJinja) both print it as it is, so it is escaped once, here, for
its context: attribute values with ``attr()``, the JSON-LD for a ``<script>`` element.

What each reader takes from it: Zotero reads the ``citation_*`` tags, ``DC.type`` (which sets the
item type) and Open Graph; search engines read the JSON-LD. ``og:site_name`` is left out on
purpose: Zotero files it as the publication's title, which would name the archive as the
newspaper.
"""

from __future__ import annotations

import json
from typing import Any

from dossier.render.citation import Citation
from dossier.render.html import attr

#: characters that could end or confuse a <script> element or a JavaScript parser, as \\u escapes
#: (JSON allows any character escaped): "</script>" or "<!--" in a title stays inert text
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(data: Any) -> str:
    """JSON for the inside of a ``<script>`` element: compact, sorted keys, nothing that HTML reads."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(_SCRIPT_SAFE)


def _meta(key: str, name: str, value: str) -> str:
    return f'<meta {key}="{name}" content="{attr(value)}">'


def meta_tags(cite: Citation) -> list[tuple[str, str, str]]:
    """(attribute, name, value) of every meta tag, in order; unknown values are left out."""
    tags = [("name", "citation_title", cite.title)]
    if cite.date:
        tags.append(("name", "citation_publication_date", cite.slashed_date))
    if cite.language:
        tags.append(("name", "citation_language", cite.language))
    if cite.source:
        tags.append(("name", "citation_publisher", cite.source))
        if cite.kind == "report":  # Zotero files citation_journal_title as the newspaper's name
            tags.append(("name", "citation_journal_title", cite.source))
    if cite.page_url:
        tags.append(("name", "citation_public_url", cite.page_url))
    if cite.tags:
        tags.append(("name", "citation_keywords", "; ".join(cite.tags)))
    tags.append(("name", "DC.type", cite.types.zotero))
    tags += [("property", "og:type", "article"), ("property", "og:title", cite.title)]
    if cite.page_url:
        tags.append(("property", "og:url", cite.page_url))
    if cite.date:
        tags.append(("property", "article:published_time", cite.date.value))
    tags += [("property", "article:tag", tag) for tag in cite.tags]
    return tags


def json_ld(cite: Citation) -> dict[str, Any]:
    """The schema.org object of a document: its headline is the title, dates keep their
    precision (ISO 8601 allows "2022-02"), and a publisher appears only when a curator named one.
    No description: the page's meta description (printed by the theme) already holds it."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": cite.types.schema,
        "headline": cite.title,
        "identifier": cite.id,
        "genre": cite.label,
        "isPartOf": {"@type": "WebSite", "name": cite.archive},
    }
    if cite.date:
        data["datePublished"] = cite.date.value
    if cite.language:
        data["inLanguage"] = cite.language
    if cite.source:
        data["publisher"] = {"@type": "Organization", "name": cite.source}
    if cite.page_url:
        data["url"] = cite.page_url
    if cite.tags:
        data["keywords"] = list(cite.tags)
    return data


def head_markup(cite: Citation) -> str:
    """The finished ``<head>`` block of a document page: meta tags, then the JSON-LD script."""
    tags = [_meta(*tag) for tag in meta_tags(cite)]
    tags.append(f'<script type="application/ld+json">{script_json(json_ld(cite))}</script>')
    return "\n".join(tags)
