"""Pages about the whole collection: home and "All documents" (by year and month)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dossier.models import Corpus, Document
from dossier.render.calendar import DatedListing, dated_listing, listing_locations
from dossier.render.frontmatter import collection_page
from dossier.render.html import link, text
from dossier.render.labels import format_date, type_name
from dossier.render.paging import Crumb, relative

UNDATED = "undated"


def date_cell(doc: Document) -> str:
    """A sortable date cell: ISO date in ``data-sort``, readable date shown."""
    if doc.meta.date is None:
        return f'<td class="dossier-col-date" data-sort="">{UNDATED}</td>'
    iso, shown = text(doc.meta.date.value), text(format_date(doc.meta.date))
    return f'<td class="dossier-col-date" data-sort="{iso}">{shown}</td>'


def documents_table(docs: Sequence[Document], here: str) -> str:
    """A table of documents with title, date, source, type and words, linked from the page at ``here``."""
    prefix = relative(here, "archive/documents/")
    rows = "\n".join(
        "<tr>"
        f'<td class="dossier-col-title">{link(prefix + d.slug + "/", d.title)}</td>'
        f"{date_cell(d)}"
        f'<td class="dossier-col-source">{text(d.meta.source_name or "unknown")}</td>'
        f'<td class="dossier-col-type">{text(type_name(d.meta.type.value))}</td>'
        f'<td class="dossier-col-words">{d.words:,}</td>'
        "</tr>"
        for d in docs
    )
    head = "".join(
        f'<th scope="col" class="dossier-col-{name.lower()}">{name}</th>'
        for name in ("Title", "Date", "Source", "Type", "Words")
    )
    return (
        '<div class="dossier-table-wrap"><table class="dossier-table">\n'
        f"<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table></div>"
    )


def date_range(docs: Sequence[Document]) -> str:
    """ "from 16 February 2019 to 10 February 2022 (3 undated)", or that no document is dated."""
    dated = [d.meta.date for d in docs if d.meta.date]
    undated = len(docs) - len(dated)
    if not dated:
        return "No document is dated yet."
    first = min(dated, key=lambda v: v.value)
    last = max(dated, key=lambda v: v.value)
    span = format_date(first) if first == last else f"from {format_date(first)} to {format_date(last)}"
    return f"Dated documents run {span}" + (f"; {undated:,} undated." if undated else ".")


def home_page(corpus: Corpus, *, site_name: str, latest: int) -> str:
    """The home page: what the archive holds, how to use it, latest additions."""
    docs = corpus.documents
    words = sum(d.words for d in docs)
    summary = (
        f"<p>This archive holds <strong>{len(docs):,} documents</strong> ({words:,} words). "
        f"{text(date_range(docs))}</p>"
    )
    if corpus.rejected:
        summary += (
            f'\n<p class="dossier-warning">{len(corpus.rejected):,} file(s) under <code>seeds/</code> '
            f"could not be published: see {link('archive/quality/', 'Data quality')}.</p>"
        )
    usage = "\n".join(
        [
            "<h2>How to use it</h2>",
            "<ul>",
            "<li><strong>Search</strong> any word of a document's title or text: press <kbd>/</kbd> "
            "or use the search at the top of the page (the magnifier on a phone).</li>",
            f"<li><strong>Browse</strong> {link('archive/', 'All documents')}, every document by year and month, "
            f"{link('archive/sources/', 'Sources')}, documents grouped by publisher, or the "
            f"{link('archive/timeline/', 'Timeline')}, documents in date order.</li>",
            "<li>Each document page shows its metadata above the text, a link to the original file, "
            "and links to the previous and next document.</li>",
            f"<li><strong>Reuse</strong> the {link('catalog.json', 'catalog.json')} or "
            f"{link('catalog.csv', 'catalog.csv')}: one record per document.</li>",
            "</ul>",
        ]
    )
    newest = sorted(docs, key=lambda d: (d.meta.date.value if d.meta.date else "", d.seed), reverse=True)[:latest]
    items = "\n".join(f"<li>{link(d.url, d.title)}</li>" for d in newest)
    latest_block = f"<h2>Latest additions</h2>\n<ul>\n{items}\n</ul>" if newest else "<p>No documents yet.</p>"
    # no title in the front matter: the browser tab then reads just the site name
    return collection_page(None, [f"<h1>{text(site_name)}</h1>", summary, usage, latest_block])


#: "All documents": every document by date, a page per month (see render/calendar.py)
ALL_DOCUMENTS = DatedListing(
    base="archive/",
    title="All documents",
    rows=documents_table,
    span=documents_table,
    items="tbody tr",
)


def listing_pages(corpus: Corpus, rows: int) -> dict[str, str]:
    """ "All documents": every document in listing order, by year and month, undated last."""
    docs = corpus.documents
    intro = f"<p>{len(docs):,} documents, oldest first; undated documents last. {text(date_range(docs))}</p>"
    return dated_listing(replace(ALL_DOCUMENTS, intro=intro), docs, rows)


def listed_at(docs: Sequence[Document], rows: int) -> list[Crumb]:
    """Where each document is listed in "All documents": (page address, "All documents: March 2005")."""
    return [
        (url, f"{ALL_DOCUMENTS.title}: {label}") for url, label in listing_locations(docs, ALL_DOCUMENTS.base, rows)
    ]
