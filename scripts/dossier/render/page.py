"""The Markdown page of one document: front matter, then raw HTML blocks built from escaped text."""

from __future__ import annotations

from dossier.models import Document, Paragraph
from dossier.render.frontmatter import document_fields, front_matter
from dossier.render.html import link, text


def body_html(paragraphs: tuple[Paragraph, ...]) -> str:
    """The ``data-dossier-body`` element: one ``<p>`` per paragraph, ``<br>`` between its lines."""
    paras = "\n".join("<p>" + "<br>\n".join(text(line) for line in para) + "</p>" for para in paragraphs)
    return (
        f'<div class="dossier-body" data-dossier-body>\n{paras}\n</div>'
        if paras
        else ('<div class="dossier-body" data-dossier-body></div>')
    )


def meta_panel(doc: Document) -> str:
    """The compact metadata panel shown above the text."""
    rows = [
        ("Words", f"{doc.words:,}"),
        ("Reading time", f"{doc.reading_time} min"),
        ("Encoding", doc.encoding),
        ("SHA-256", doc.sha256[:16] + "…"),
    ]
    cells = "\n".join(f"<div><dt>{text(k)}</dt><dd>{text(v)}</dd></div>" for k, v in rows)
    original = link(
        f"../../originals/{doc.slug}.txt",
        doc.seed,
        download=doc.seed.rsplit("/", 1)[-1],
        title="Download the original seed file, byte for byte",
    )
    return (
        '<dl class="dossier-meta" data-search-exclude>\n'
        f"<div><dt>Original</dt><dd>{original}</dd></div>\n{cells}\n</dl>"
    )


def pager(prev: Document | None, nxt: Document | None) -> str:
    """Previous/next links within the listing order."""
    parts = []
    if prev is not None:
        parts.append(f'<span class="dossier-prev">← {link(f"../{prev.slug}/", prev.title, rel="prev")}</span>')
    if nxt is not None:
        parts.append(f'<span class="dossier-next">{link(f"../{nxt.slug}/", nxt.title, rel="next")} →</span>')
    inner = "\n".join(parts)
    return f'<nav class="dossier-pager" aria-label="Previous and next document" data-search-exclude>\n{inner}\n</nav>'


def document_page(doc: Document, prev: Document | None, nxt: Document | None) -> str:
    """The complete Markdown source of a document page."""
    blocks = [
        f'<h1 class="dossier-title">{text(doc.title)}</h1>',
        meta_panel(doc),
        body_html(doc.paragraphs),
        pager(prev, nxt),
    ]
    return front_matter(document_fields(doc)) + "\n" + "\n\n".join(blocks) + "\n"
