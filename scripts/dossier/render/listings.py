"""Pages about the whole collection: home, "All documents" and "Data quality"."""

from __future__ import annotations

from dossier.models import Corpus, Document
from dossier.render.frontmatter import front_matter
from dossier.render.html import link, text
from dossier.render.labels import format_date, type_name

UNDATED = "undated"


def _page(title: str, blocks: list[str], *, searchable: bool = False) -> str:
    """Front matter plus blocks; listing pages stay out of search so results point at documents."""
    fields: dict[str, object] = {"title": title}
    if not searchable:
        fields["search"] = {"exclude": True}
    return front_matter(fields) + "\n" + "\n\n".join(blocks) + "\n"


def date_cell(doc: Document) -> str:
    """A sortable date cell: ISO date in ``data-sort``, readable date shown."""
    if doc.meta.date is None:
        return f'<td class="dossier-col-date" data-sort="">{UNDATED}</td>'
    iso, shown = text(doc.meta.date.value), text(format_date(doc.meta.date))
    return f'<td class="dossier-col-date" data-sort="{iso}">{shown}</td>'


def documents_table(docs: tuple[Document, ...], prefix: str) -> str:
    """A table of documents with title, date, source, type and words; links relative to ``prefix``."""
    rows = "\n".join(
        "<tr>"
        f'<td class="dossier-col-title">{link(prefix + d.url, d.title)}</td>'
        f"{date_cell(d)}"
        f'<td class="dossier-col-source">{text(d.meta.source_name or "unknown")}</td>'
        f'<td class="dossier-col-type">{text(type_name(d.meta.type.value))}</td>'
        f'<td class="dossier-col-words">{d.words:,}</td>'
        "</tr>"
        for d in docs
    )
    head = "".join(f'<th scope="col">{name}</th>' for name in ("Title", "Date", "Source", "Type", "Words"))
    return (
        '<div class="dossier-table-wrap"><table class="dossier-table">\n'
        f"<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table></div>"
    )


def date_range(docs: tuple[Document, ...]) -> str:
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
            "or click the search box at the top.</li>",
            f"<li><strong>Browse</strong> {link('archive/', 'All documents')}, a table of every document by date, "
            f"or {link('archive/sources/', 'Sources')}, documents grouped by publisher.</li>",
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
    return _page(site_name, [f"<h1>{text(site_name)}</h1>", summary, usage, latest_block], searchable=False)


def listing_page(corpus: Corpus) -> str:
    """ "All documents": every document in listing order."""
    intro = (
        f"<p>{len(corpus.documents):,} documents, oldest first; undated documents last. "
        f"{text(date_range(corpus.documents))}</p>"
    )
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
    docs = corpus.documents
    return _page(
        "Data quality",
        [
            "<h1>Data quality</h1>",
            "<p>What a curator may want to fix. Corrections go in <code>curation.yml</code> or a sidecar "
            "file beside the seed; see the README.</p>",
            rejected,
            warnings_table(corpus),
            problems_list(corpus.curation_problems),
            _doc_list("Undated documents", [d for d in docs if d.meta.date is None], "No date found in the text."),
            _doc_list("Documents without a source", [d for d in docs if not d.meta.source_name], "No publisher known."),
            _doc_list(
                "Documents with removed page furniture",
                [d for d in docs if d.meta.removed],
                "Lines removed; each page lists them in a collapsed block.",
            ),
        ],
    )


def problems_list(problems: tuple[str, ...]) -> str:
    """Errors found in curation files (their entries were ignored)."""
    if not problems:
        return "<h2>Curation problems (0)</h2>\n<p>Every correction was valid.</p>"
    items = "\n".join(f"<li><code>{text(p)}</code></li>" for p in problems)
    intro = "<p>These corrections were ignored.</p>"
    return f"<h2>Curation problems ({len(problems):,})</h2>\n{intro}\n<ul>\n{items}\n</ul>"


def _doc_list(title: str, docs: list[Document], why: str) -> str:
    items = "\n".join(
        f"<li>{link('../' + d.url, d.title)} <small>({text(d.seed)}"
        + (f", {len(d.meta.removed)} line(s)" if d.meta.removed and "furniture" in title else "")
        + ")</small></li>"
        for d in docs
    )
    body = f"<p>{text(why)}</p>\n<ul>\n{items}\n</ul>" if docs else "<p>None.</p>"
    return f"<h2>{text(title)} ({len(docs):,})</h2>\n{body}"


def sources_page(corpus: Corpus) -> str:
    """ "Sources": documents grouped by publisher, unknown publisher last."""
    groups: dict[str, list[Document]] = {}
    for doc in corpus.documents:
        groups.setdefault(doc.meta.source_name or "", []).append(doc)
    known = len(groups.keys() - {""})
    blocks = ["<h1>Sources</h1>", f"<p>{len(corpus.documents):,} documents from {known:,} known source(s).</p>"]
    for name in sorted(groups, key=lambda n: (n == "", n.casefold())):
        docs = tuple(groups[name])
        heading = text(name) if name else "Unknown source"
        blocks.append(f"<h2>{heading} ({len(docs):,})</h2>\n{documents_table(docs, '../../')}")
    return _page("Sources", blocks)


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
