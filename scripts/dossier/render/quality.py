"""The "Data quality" page: everything a curator may want to fix, in one place."""

from __future__ import annotations

from collections.abc import Callable

from dossier.models import Corpus, Document
from dossier.render.frontmatter import collection_page
from dossier.render.html import link, text
from dossier.report import groups

PREFIX = "../../"  # the page lives at archive/quality/


def quality_page(corpus: Corpus) -> str:
    """ "Data quality": what a curator should look at, starting with files that were not published."""
    if corpus.rejected:
        rows = "\n".join(
            f"<tr><td><code>{text(r.seed)}</code></td><td>{text(r.reason)}</td></tr>" for r in corpus.rejected
        )
        reasons = "\n".join(
            f"<li>{len(g.files):,} × {text(g.label)}: {text(g.hint)}</li>" for g in groups(corpus.rejected)
        )
        rejected = (
            f"<h2>Rejected files ({len(corpus.rejected):,})</h2>\n"
            "<p>These files under <code>seeds/</code> were not published. By reason, with what to do:</p>\n"
            f'<ul class="dossier-reasons">\n{reasons}\n</ul>\n'
            '<div class="dossier-table-wrap"><table class="dossier-table">\n'
            '<thead><tr><th scope="col">File</th><th scope="col">Reason</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table></div>"
        )
    else:
        rejected = "<h2>Rejected files (0)</h2>\n<p>Every file under <code>seeds/</code> was published.</p>"
    docs = corpus.documents
    return collection_page(
        "Data quality",
        [
            "<h1>Data quality</h1>",
            "<p>What a curator may want to fix. Corrections go in <code>curation.yml</code> or a sidecar "
            "file beside the seed; see the README.</p>",
            rejected,
            warnings_table(corpus),
            problems_list(corpus.curation_problems),
            doc_list("Undated documents", [d for d in docs if d.meta.date is None], "No date found in the text."),
            doc_list("Documents without a source", [d for d in docs if not d.meta.source_name], "No publisher known."),
            duplicates_list(corpus),
            doc_list(
                "Documents with removed page furniture",
                [d for d in docs if d.meta.removed],
                "Lines removed; each page lists them in a collapsed block.",
                lambda d: f"{len(d.meta.removed)} line(s)",
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


def doc_list(title: str, docs: list[Document], why: str, detail: Callable[[Document], str] | None = None) -> str:
    """A titled list of documents, each with its seed path and an optional ``detail``."""
    items = "\n".join(
        f"<li>{link(PREFIX + d.url, d.title)} <small>({text(d.seed)}"
        + (f", {text(detail(d))}" if detail else "")
        + ")</small></li>"
        for d in docs
    )
    body = f"<p>{text(why)}</p>\n<ul>\n{items}\n</ul>" if docs else "<p>None.</p>"
    return f"<h2>{text(title)} ({len(docs):,})</h2>\n{body}"


def warnings_table(corpus: Corpus) -> str:
    """Published documents that carry a warning, with the warning."""
    if not corpus.warnings:
        return "<h2>Warnings (0)</h2>\n<p>No published document needed a correction.</p>"
    rows = "\n".join(
        f"<tr><td>{link(PREFIX + doc.url, doc.title)}</td><td><code>{text(doc.seed)}</code></td>"
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


def duplicates_list(corpus: Corpus) -> str:
    """Groups of near-duplicate documents: the same text saved or syndicated more than once."""
    docs = corpus.by_id()
    if not corpus.duplicates:
        return "<h2>Other versions (0)</h2>\n<p>No document is a near-duplicate of another.</p>"
    groups = "\n".join(
        "<li>" + " = ".join(link(PREFIX + docs[i].url, docs[i].title) for i in group) + "</li>"
        for group in corpus.duplicates
    )
    return (
        f"<h2>Other versions ({len(corpus.duplicates):,} group(s))</h2>\n"
        "<p>Documents that are the same text with small edits; each page lists the others as "
        f"other versions, not as related reading.</p>\n<ul>\n{groups}\n</ul>"
    )
