"""Render stage: Corpus -> the bytes of every generated file, keyed by path under docs/.

Nothing here touches the disk; the write stage does.
"""

from __future__ import annotations

from dossier.models import Corpus, Document
from dossier.render.catalog import catalog_csv, catalog_json
from dossier.render.entities import entity_outputs
from dossier.render.listings import home_page, listing_page, sources_page
from dossier.render.page import document_page
from dossier.render.quality import quality_page
from dossier.render.timeline import timeline_page

ARCHIVE = "archive"


def document_path(doc: Document) -> str:
    """Where a document's page goes, under docs/."""
    return f"{ARCHIVE}/documents/{doc.slug}.md"


def render_site(corpus: Corpus, seed_bytes: dict[str, bytes], *, site_name: str, latest: int) -> dict[str, bytes]:
    """Every generated file: pages, published originals, listings and catalogs."""
    out: dict[str, bytes] = {}
    docs = corpus.documents
    by_id = corpus.by_id()
    for i, doc in enumerate(docs):
        prev = docs[i - 1] if i > 0 else None
        nxt = docs[i + 1] if i + 1 < len(docs) else None
        out[document_path(doc)] = document_page(doc, prev, nxt, by_id).encode("utf-8")
        out[doc.original] = seed_bytes[doc.seed]
    out["index.md"] = home_page(corpus, site_name=site_name, latest=latest).encode("utf-8")
    out[f"{ARCHIVE}/index.md"] = listing_page(corpus).encode("utf-8")
    out[f"{ARCHIVE}/quality.md"] = quality_page(corpus).encode("utf-8")
    out[f"{ARCHIVE}/sources.md"] = sources_page(corpus).encode("utf-8")
    out[f"{ARCHIVE}/timeline.md"] = timeline_page(corpus).encode("utf-8")
    out.update(entity_outputs(corpus))
    out["catalog.json"] = catalog_json(corpus).encode("utf-8")
    out["catalog.csv"] = catalog_csv(corpus).encode("utf-8")
    return out
