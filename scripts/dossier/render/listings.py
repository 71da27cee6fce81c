"""Pages about the whole collection: home, "All documents" and "Data quality"."""

from __future__ import annotations

from dossier.models import Corpus, Document
from dossier.render.frontmatter import front_matter
from dossier.render.html import link, text

UNDATED = "undated"


def _page(title: str, blocks: list[str], *, searchable: bool = False) -> str:
    """Front matter plus blocks; listing pages stay out of search so results point at documents."""
    fields: dict[str, object] = {"title": title}
    if not searchable:
        fields["search"] = {"exclude": True}
    return front_matter(fields) + "\n" + "\n\n".join(blocks) + "\n"


def documents_table(docs: tuple[Document, ...], prefix: str) -> str:
    """A table of documents with title, date and words; links are relative to ``prefix``."""
    rows = "\n".join(
        "<tr>"
        f'<td class="dossier-col-title">{link(prefix + d.url, d.title)}</td>'
        f'<td class="dossier-col-date">{UNDATED}</td>'
        f'<td class="dossier-col-words">{d.words:,}</td>'
        "</tr>"
        for d in docs
    )
    return (
        '<div class="dossier-table-wrap"><table class="dossier-table">\n'
        '<thead><tr><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Words</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table></div>"
    )


def home_page(corpus: Corpus, *, site_name: str, latest: int) -> str:
    """The home page: what the archive holds, how to use it, latest additions."""
    docs = corpus.documents
    words = sum(d.words for d in docs)
    summary = (
        f"<p>This archive holds <strong>{len(docs):,} documents</strong> ({words:,} words). "
        "Dates: not yet extracted.</p>"
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
            "or click the search box at the top.</li>",
            f"<li><strong>Browse</strong> {link('archive/', 'All documents')}, a table of every document.</li>",
            "<li>Each document page shows its metadata above the text, a link to the original file, "
            "and links to the previous and next document.</li>",
            f"<li><strong>Reuse</strong> the {link('catalog.json', 'catalog.json')} or "
            f"{link('catalog.csv', 'catalog.csv')}: one record per document.</li>",
            "</ul>",
        ]
    )
    newest = sorted(docs, key=lambda d: d.seed, reverse=True)[:latest]
    items = "\n".join(f"<li>{link(d.url, d.title)}</li>" for d in newest)
    latest_block = f"<h2>Latest additions</h2>\n<ul>\n{items}\n</ul>" if newest else "<p>No documents yet.</p>"
    return _page(site_name, [f"<h1>{text(site_name)}</h1>", summary, usage, latest_block], searchable=False)


def listing_page(corpus: Corpus) -> str:
    """ "All documents": every document in listing order."""
    intro = f"<p>{len(corpus.documents):,} documents, sorted by title.</p>"
    return _page("All documents", ["<h1>All documents</h1>", intro, documents_table(corpus.documents, "../")])


def quality_page(corpus: Corpus) -> str:
    """ "Data quality": what a curator should look at, starting with files that were not published."""
    if corpus.rejected:
        rows = "\n".join(
            f"<tr><td><code>{text(r.seed)}</code></td><td>{text(r.reason)}</td></tr>" for r in corpus.rejected
        )
        rejected = (
            f"<h2>Rejected files ({len(corpus.rejected):,})</h2>\n"
            "<p>These files under <code>seeds/</code> were not published.</p>\n"
            '<div class="dossier-table-wrap"><table class="dossier-table">\n'
            '<thead><tr><th scope="col">File</th><th scope="col">Reason</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table></div>"
        )
    else:
        rejected = "<h2>Rejected files (0)</h2>\n<p>Every file under <code>seeds/</code> was published.</p>"
    return _page("Data quality", ["<h1>Data quality</h1>", rejected, warnings_table(corpus)])


def warnings_table(corpus: Corpus) -> str:
    """Published documents that carry a warning, with the warning."""
    if not corpus.warnings:
        return "<h2>Warnings (0)</h2>\n<p>No published document needed a correction.</p>"
    rows = "\n".join(
        f"<tr><td>{link('../' + doc.url, doc.title)}</td><td><code>{text(doc.seed)}</code></td>"
        f"<td>{text(note)}</td></tr>"
        for doc, note in corpus.warnings
    )
    return (
        f"<h2>Warnings ({len(corpus.warnings):,})</h2>\n"
        "<p>These documents are published, but something in their file needed attention.</p>\n"
        '<div class="dossier-table-wrap"><table class="dossier-table">\n'
        '<thead><tr><th scope="col">Document</th><th scope="col">File</th><th scope="col">Warning</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table></div>"
    )
