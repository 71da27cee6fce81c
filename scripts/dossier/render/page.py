"""The Markdown page of one document: front matter, then raw HTML blocks built from escaped text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from dossier.models import DateValue, Document, Paragraph, SiteInfo
from dossier.render.citation import citation, cite_block
from dossier.render.exports import document_exports
from dossier.render.frontmatter import HEAD_KEY, document_fields, front_matter
from dossier.render.head import head_markup
from dossier.render.html import attr, external_link, link, text
from dossier.render.labels import PROVENANCE, format_date, format_name, language_name, provenance, type_name
from dossier.render.paging import relative


class Linked(Protocol):
    """What a page needs of another document to link to it: a Document, or its PageLink."""

    @property
    def slug(self) -> str: ...

    @property
    def title(self) -> str: ...


@dataclass(frozen=True)
class PageLink:
    """The slug and title of a document, all a page linking to it needs (cheap to send to a worker)."""

    slug: str
    title: str


#: the start of the element holding a document's text (its ``lang`` follows), and its end
BODY_OPEN, BODY_CLOSE = '<div class="dossier-body" data-dossier-body', "</div>"


def body_html(paragraphs: tuple[Paragraph, ...], language: str = "und") -> str:
    """The ``data-dossier-body`` element: one ``<p>`` per paragraph, ``<br>`` between its lines.
    Its ``lang`` is the text's language (screen readers read Russian as Russian; the search's
    highlighting stems words in it), omitted when unknown."""
    opening = BODY_OPEN + (f' lang="{attr(language)}">' if language != "und" else ">")
    paras = "\n".join("<p>" + "<br>\n".join(text(line) for line in para) + "</p>" for para in paragraphs)
    return f"{opening}\n{paras}\n{BODY_CLOSE}" if paras else f"{opening}{BODY_CLOSE}"


def _row(name: str, value: str, note: str = "") -> str:
    """One panel entry; ``value`` is HTML already escaped, ``note`` plain text shown smaller."""
    extra = f' <span class="dossier-provenance">({text(note)})</span>' if note else ""
    return f"<div><dt>{text(name)}</dt><dd>{value}{extra}</dd></div>"


def _unknown(what: str) -> str:
    return f'<span class="dossier-unknown">{text(what)}</span>'


def meta_panel(doc: Document) -> str:
    """The compact metadata panel shown above the text: every value says where it came from."""
    m = doc.meta
    source = _unknown("unknown")
    if m.source_name or m.source_url:
        label = m.source_name or m.source_url or ""
        source = external_link(m.source_url, label) if m.source_url else text(label)
    source_note = PROVENANCE.get(m.source_provenance or "curated", "curated") if m.source_name or m.source_url else ""
    rows = [
        _row("Date", text(format_date(m.date)), provenance(m.date)) if m.date else _row("Date", _unknown("undated")),
        _row("Event", text(format_date(m.event_date)), provenance(m.event_date)) if m.event_date else "",
        _row("Place", text(m.place.value), provenance(m.place)) if m.place else "",
        _row("Source", source, source_note),
        _row(
            "Type", text(type_name(m.type.value)), _curated_note("type", m.type.provenance == "curated", m.from_folder)
        ),
        _row(
            "Language",
            text(language_name(m.language.value)),
            _curated_note("language", "language" in m.curated, m.from_folder),
        ),
        _row("Reading time", text(f"{doc.reading_time} min ({doc.words:,} words)")),
        _row("Tags", text(", ".join(m.tags)), _curated_note("tags", True, m.from_folder)) if m.tags else "",
        _row(
            "Original",
            link(
                "../../originals/" + doc.original.rsplit("/", 1)[-1],
                doc.seed,
                download=doc.seed.rsplit("/", 1)[-1],
                title="Download the original seed file, byte for byte",
            ),
            f"{_file_kind(doc)}, SHA-256 {doc.sha256[:12]}…",
        ),
        _row(
            "File created",
            text(format_date(DateValue(m.file_created, "day", ""))),
            "the file's own date, not the document's",
        )
        if m.file_created
        else "",
    ]
    if "title" in m.curated:
        rows.append(_row("Title", text("curated")))
    cells = "\n".join(row for row in rows if row)
    return f'<dl class="dossier-meta" data-search-exclude>\n{cells}\n</dl>'


def _curated_note(key: str, curated: bool, from_folder: tuple[str, ...]) -> str:
    if not curated:
        return ""
    return PROVENANCE["folder"] if key in from_folder else "curated"


def _file_kind(doc: Document) -> str:
    """What the original file is: its encoding for text, its format otherwise."""
    if doc.format == "txt":
        return doc.encoding
    if doc.format == "html":
        return f"{format_name(doc.format)}, {doc.encoding}"
    return format_name(doc.format)


def removed_block(doc: Document) -> str:
    """The lines left out as page furniture, collapsed, each with the rule that removed it."""
    removed = doc.meta.removed
    if not removed:
        return ""
    items = "\n".join(
        f'<li><span class="dossier-line">{text(r.line)}</span> <small>{text(r.rule)}</small></li>' for r in removed
    )
    return (
        '<details class="dossier-removed" data-dossier-removed data-search-exclude>\n'
        f"<summary>{len(removed)} line(s) removed as page furniture (not part of the article)</summary>\n"
        f"<ol>\n{items}\n</ol>\n</details>"
    )


def entities_block(doc: Document) -> str:
    """Who and what the document mentions, linked to their pages, by kind."""
    if not doc.entities:
        return ""
    rows = []
    for kind, label in (("person", "People"), ("place", "Places"), ("organisation", "Organisations")):
        refs = [e for e in doc.entities if e.kind == kind]
        if refs:
            links = ", ".join(link("../../../" + e.url, e.name) for e in refs)
            rows.append(f"<div><dt>{label}</dt><dd>{links}</dd></div>")
    return '<dl class="dossier-entities" data-search-exclude>\n' + "\n".join(rows) + "\n</dl>"


def related_block(doc: Document, docs: Mapping[str, Linked]) -> str:
    """Related reading, with the reasons each was chosen, then other versions of this text."""
    blocks = []
    if doc.related:
        items = "\n".join(
            f"<li>{link('../' + docs[r.id].slug + '/', docs[r.id].title)} "
            f"<small>({text('; '.join(r.reasons))})</small></li>"
            for r in doc.related
        )
        blocks.append(f'<h2 id="related">Related documents</h2>\n<ol class="dossier-related">\n{items}\n</ol>')
    if doc.versions:
        items = "\n".join(f"<li>{link('../' + docs[v].slug + '/', docs[v].title)}</li>" for v in doc.versions)
        blocks.append(
            f'<h2 id="versions">Other versions</h2>\n<p>The same text, saved or published again with small '
            f"changes:</p>\n<ul>\n{items}\n</ul>"
        )
    if not blocks:
        return ""
    return '<div class="dossier-related-wrap" data-search-exclude>\n' + "\n".join(blocks) + "\n</div>"


def pager(prev: Linked | None, nxt: Linked | None, listed: tuple[str, str] | None = None) -> str:
    """Previous/next links within the listing order, and the listing page that lists this document
    (``listed``: a link to it from this page, and its name)."""
    parts = []
    if listed is not None:
        parts.append(f'<span class="dossier-listed">Listed in {link(listed[0], listed[1])}</span>')
    if prev is not None:
        parts.append(f'<span class="dossier-prev">← {link(f"../{prev.slug}/", prev.title, rel="prev")}</span>')
    if nxt is not None:
        parts.append(f'<span class="dossier-next">{link(f"../{nxt.slug}/", nxt.title, rel="next")} →</span>')
    inner = "\n".join(parts)
    return f'<nav class="dossier-pager" aria-label="Previous and next document" data-search-exclude>\n{inner}\n</nav>'


def document_page(
    doc: Document,
    prev: Linked | None,
    nxt: Linked | None,
    docs: Mapping[str, Linked] | None = None,
    listed: tuple[str, str] | None = None,
    site: SiteInfo | None = None,
) -> str:
    """The complete Markdown source of a document page; ``listed`` is the address (under the site
    root) and name of the "All documents" page that lists it. Its front matter also carries the
    finished citation tags for ``<head>`` (``dossier_head``, printed by overrides/main.html)."""
    cite = citation(doc, site or SiteInfo())
    blocks = [
        # the heading stays out of the search text: the page title already carries it
        f'<h1 class="dossier-title" data-search-exclude>{text(doc.title)}</h1>',
        meta_panel(doc),
        body_html(doc.paragraphs, doc.meta.language.value),
        # after the text: on a phone the reader sees the text on the first screen
        entities_block(doc),
        cite_block(cite, document_exports(cite)),
        removed_block(doc),
        related_block(doc, docs or {}),
        pager(prev, nxt, (relative(doc.url, listed[0]), listed[1]) if listed else None),
    ]
    fields = {**document_fields(doc), HEAD_KEY: head_markup(cite)}
    return front_matter(fields) + "\n" + "\n\n".join(b for b in blocks if b) + "\n"
