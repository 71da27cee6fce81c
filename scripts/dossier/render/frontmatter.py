"""YAML front matter, written by the YAML library from an allow-listed set of keys.

Renderers print some front matter values into HTML without escaping them: Material and Zensical
put ``title`` into ``<title>`` and the header and ``description`` into a meta attribute, Zensical
shows ``tags`` on the page, and their search indexes hold titles as HTML. Those values are
therefore written HTML-escaped (quotes included, so one escaping serves text and attributes): the
generated files are safe whatever renders them, with or without Dossier's MkDocs hook. Every other
value, and the catalogs, keep the exact text.
"""

from __future__ import annotations

from typing import Any

import yaml

from dossier.models import Document
from dossier.render.html import attr

# libyaml's emitter is 15x faster than PyYAML's and escapes U+0085/U+2028, which the pure one drops
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

#: the keys a generated document page carries, in this order; nothing else is ever written
DOCUMENT_KEYS = (
    "title", "id", "seed", "sha256", "encoding", "words", "reading_time", "description",
    "date", "date_precision", "date_provenance", "event_date", "place", "language", "type",
    "source", "source_url", "tags", "removed", "curated",
    "people", "places", "organisations", "related", "versions", "format", "file_created",
)  # fmt: skip
#: the front matter key holding a document page's finished, escaped ``<head>`` tags (render/head.py);
#: not part of the catalog record, and printed as it is by overrides/main.html
HEAD_KEY = "dossier_head"


def document_fields(doc: Document) -> dict[str, Any]:
    """The front matter record of a document (also the catalog record, minus ``url``).

    Unknown values are null, never guessed.
    """
    m = doc.meta
    values: dict[str, Any] = {key: getattr(doc, key) for key in DOCUMENT_KEYS[:8]}
    values.update(
        date=m.date.value if m.date else None,
        date_precision=m.date.precision if m.date else None,
        date_provenance=m.date.provenance if m.date else None,
        event_date=m.event_date.value if m.event_date else None,
        place=m.place.value if m.place else None,
        language=m.language.value,
        type=m.type.value,
        source=m.source_name,
        source_url=m.source_url,
        tags=list(m.tags),
        removed=[r.line for r in m.removed],
        curated=list(m.curated),
        people=[e.name for e in doc.entities if e.kind == "person"],
        places=[e.name for e in doc.entities if e.kind == "place"],
        organisations=[e.name for e in doc.entities if e.kind == "organisation"],
        related=[r.id for r in doc.related],
        versions=list(doc.versions),
        format=doc.format,
        file_created=m.file_created,
    )
    values["encoding"] = doc.encoding or None  # PDF and Word files have no text encoding
    return values


_TAG = "tag:yaml.org,2002:"


def _node(value: Any) -> yaml.Node:
    """The YAML node PyYAML's safe representer makes of ``value``, in block style. Built here
    because the representer, written in Python, took longer for the same output; quoting is
    still decided by the library (its resolver quotes a string that would read as null, a number
    or a date). Strings come first: they are most of the values."""
    if isinstance(value, str):
        return yaml.ScalarNode(_TAG + "str", value)
    if value is None:
        return yaml.ScalarNode(_TAG + "null", "null")
    if isinstance(value, bool):
        return yaml.ScalarNode(_TAG + "bool", "true" if value else "false")
    if isinstance(value, int):
        return yaml.ScalarNode(_TAG + "int", str(value))
    if isinstance(value, (list, tuple)):
        return yaml.SequenceNode(_TAG + "seq", [_node(item) for item in value], flow_style=False)
    if isinstance(value, dict):
        pairs = [(_node(key), _node(item)) for key, item in value.items()]
        return yaml.MappingNode(_TAG + "map", pairs, flow_style=False)
    raise TypeError(f"front matter cannot hold a {type(value).__name__}: {value!r}")


#: the front matter keys that renderers print into pages as HTML, unescaped
PRINTED_KEYS = ("title", "description", "tags")


def printable(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with the values renderers print as HTML escaped for it (see the module's doc)."""
    escaped = dict(fields)
    for key in PRINTED_KEYS:
        value = fields.get(key)
        if isinstance(value, str):
            escaped[key] = attr(value)
        elif isinstance(value, list):
            escaped[key] = [attr(item) if isinstance(item, str) else item for item in value]
    return escaped


def front_matter(fields: dict[str, Any]) -> str:
    """``---`` fenced YAML; strings are quoted where YAML would otherwise coerce them, and the
    values renderers print are HTML-escaped (``printable``)."""
    dumped = yaml.serialize(_node(printable(fields)), Dumper=_DUMPER, allow_unicode=True, width=1_000_000)
    return f"---\n{dumped}---\n"


def collection_page(title: str | None, blocks: list[str], *, searchable: bool = False) -> str:
    """A page about the collection: front matter plus HTML blocks. Such pages stay out of search
    unless ``searchable``, so that search results point at documents."""
    fields: dict[str, object] = {"title": title} if title else {}
    if not searchable:
        fields["search"] = {"exclude": True}
    return front_matter(fields) + "\n" + "\n\n".join(b for b in blocks if b) + "\n"
