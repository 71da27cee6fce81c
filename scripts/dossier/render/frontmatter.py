"""YAML front matter, written by the YAML library from an allow-listed set of keys."""

from __future__ import annotations

from typing import Any

import yaml

from dossier.models import Document

#: the keys a generated document page carries, in this order; nothing else is ever written
DOCUMENT_KEYS = ("title", "id", "seed", "sha256", "encoding", "words", "reading_time", "description")


def document_fields(doc: Document) -> dict[str, Any]:
    """The front matter record of a document (also the catalog record, minus ``url``)."""
    return {key: getattr(doc, key) for key in DOCUMENT_KEYS}


def front_matter(fields: dict[str, Any]) -> str:
    """``---`` fenced YAML; strings are quoted where YAML would otherwise coerce them."""
    dumped = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return f"---\n{dumped}---\n"
