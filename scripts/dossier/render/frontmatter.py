"""YAML front matter, written by the YAML library from an allow-listed set of keys.

Renderers print some front matter values into HTML without escaping them: Material and Zensical
put ``title`` into ``<title>`` and the header and ``description`` into a meta attribute, Zensical
shows ``tags`` on the page, and their search indexes hold titles as HTML. Those values are
therefore written HTML-escaped (quotes included, so one escaping serves text and attributes): the
generated files are safe whatever renders them, with or without Dossier's MkDocs hook. Every other
value, and the catalogs, keep the exact text.
"""

from __future__ import annotations

import re
from functools import lru_cache
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


def _yaml(value: Any) -> str:
    return yaml.serialize(_node(value), Dumper=_DUMPER, allow_unicode=True, width=1_000_000)


# Speed: libyaml took 0.3 s of the 0.85 s that the 2,224 BBC document pages take (a node and two
# resolver calls in Python for each of about 70 values a page). The values it writes unchanged,
# which are most of them (names, ids, numbers, null), are now written here, and only the rest go
# through it, in one call: front matter 2.5x faster, the same bytes (compared on every BBC page
# and on random fields).
#: a string libyaml writes unquoted and unchanged wherever it stands: ASCII letters, digits, and
#: spaces and punctuation that mean nothing to YAML after the first character, no space last
_PLAIN_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .,;()/_+=-]*(?<! )")
_PLAIN_LENGTH = 10_000  # far below the line width, past which libyaml would fold the line
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_RESOLVER = yaml.resolver.Resolver()  # the one the dumper asks whether a string reads as text


@lru_cache(maxsize=65_536)
def _plain(value: str) -> bool:
    """Whether libyaml writes ``value`` as it is: a plain shape that reads back as a string, not
    as a number, date, boolean or null (which libyaml quotes)."""
    return (
        len(value) <= _PLAIN_LENGTH
        and _PLAIN_SHAPE.fullmatch(value) is not None
        and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _TAG + "str"  # type: ignore[no-untyped-call]
    )


def _scalar(value: Any) -> str | None:
    """A scalar as libyaml writes it, when it is plain to see; None for anything else."""
    if isinstance(value, str):
        return value if _plain(value) else None
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return None


def _simple_entry(key: str, value: Any) -> str | None:
    """The YAML of a top-level ``key: value`` whose scalars are all plain to see (``_scalar``), a
    list of them written in block style; None for any other."""
    if isinstance(value, (list, tuple)):
        items = [_scalar(item) for item in value]
        if None in items:
            return None
        return f"{key}:\n" + "".join(f"- {item}\n" for item in items) if items else f"{key}: []\n"
    written = _scalar(value)
    return None if written is None else f"{key}: {written}\n"


def _entries(dumped: str, keys: list[str]) -> list[str]:
    """libyaml's YAML of a mapping with these keys, cut into its top-level entries. Each starts a
    line with its key and a colon; a value's further lines are indented, blank or "- " items."""
    starts = [0]
    for key in keys[1:]:
        starts.append(dumped.index(f"\n{key}:", starts[-1]) + 1)
    return [dumped[start:end] for start, end in zip(starts, [*starts[1:], len(dumped)], strict=True)]


def front_matter(fields: dict[str, Any]) -> str:
    """``---`` fenced YAML; strings are quoted where YAML would otherwise coerce them, and the
    values renderers print are HTML-escaped (``printable``)."""
    escaped = printable(fields)
    if not escaped or not all(isinstance(key, str) and _KEY.fullmatch(key) and _plain(key) for key in escaped):
        return f"---\n{_yaml(escaped)}---\n"
    entries = {key: _simple_entry(key, value) for key, value in escaped.items()}
    rest = [key for key, entry in entries.items() if entry is None]
    if rest:
        entries.update(zip(rest, _entries(_yaml({key: escaped[key] for key in rest}), rest), strict=True))
    return "---\n" + "".join(entry or "" for entry in entries.values()) + "---\n"


def collection_page(title: str | None, blocks: list[str], *, searchable: bool = False) -> str:
    """A page about the collection: front matter plus HTML blocks. Such pages stay out of search
    unless ``searchable``, so that search results point at documents."""
    fields: dict[str, object] = {"title": title} if title else {}
    if not searchable:
        fields["search"] = {"exclude": True}
    return front_matter(fields) + "\n" + "\n\n".join(b for b in blocks if b) + "\n"
