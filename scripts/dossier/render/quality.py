"""The "Data quality" pages: everything a curator may want to fix.

``archive/quality/`` sums up each list (rejected files, warnings, curation problems, undated and
unsourced documents, other versions, removed page furniture) with its count and its first
``PREVIEW`` entries; each list has pages of its own, ``archive/quality/<list>/`` then
``.../2/``, so that 20,000 unsourced documents do not make one page of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dossier.models import Corpus, Document
from dossier.render.frontmatter import collection_page
from dossier.render.html import link, text
from dossier.render.paging import Section, Sheet, filterable, linker, relative, sheet_page, sheets, source_path
from dossier.report import groups

BASE = "archive/quality/"
TITLE = "Data quality"
#: entries of each list shown on the summary page
PREVIEW = 20


@dataclass(frozen=True)
class Report:
    """One list of the Data quality pages."""

    slug: str  # its pages' address under BASE
    title: str
    why: str  # what the list is, shown above it
    none: str  # what an empty list says
    items: Sequence[Any]
    render: Callable[[Sequence[Any], str], str]  # (entries, page address) -> HTML
    summary: str = ""  # HTML above the list's first entries on the summary page


def _table(head: Sequence[str], rows: Sequence[str]) -> str:
    cells = "".join(f'<th scope="col">{name}</th>' for name in head)
    return (
        '<div class="dossier-table-wrap"><table class="dossier-table">\n'
        f"<thead><tr>{cells}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table></div>"
    )


def _rejected(items: Sequence[Any], here: str) -> str:
    return _table(
        ("File", "Reason"), [f"<tr><td><code>{text(r.seed)}</code></td><td>{text(r.reason)}</td></tr>" for r in items]
    )


def _warnings(items: Sequence[tuple[Document, str]], here: str) -> str:
    to = linker(here)
    rows = [
        f"<tr><td>{link(to(doc.url), doc.title)}</td><td><code>{text(doc.seed)}</code></td><td>{text(note)}</td></tr>"
        for doc, note in items
    ]
    return _table(("Document", "File", "Warning"), rows)


def _problems(items: Sequence[str], here: str) -> str:
    return "<ul>\n" + "\n".join(f"<li><code>{text(p)}</code></li>" for p in items) + "\n</ul>"


def _documents(detail: Callable[[Document], str] | None = None) -> Callable[[Sequence[Document], str], str]:
    """A list of documents, each with its seed path and an optional ``detail``."""

    def render(docs: Sequence[Document], here: str) -> str:
        to = linker(here)
        items = "\n".join(
            f"<li>{link(to(d.url), d.title)} <small>({text(d.seed)}"
            + (f", {text(detail(d))}" if detail else "")
            + ")</small></li>"
            for d in docs
        )
        return f"<ul>\n{items}\n</ul>"

    return render


def _versions(corpus: Corpus) -> Callable[[Sequence[tuple[str, ...]], str], str]:
    docs = corpus.by_id()

    def render(groups: Sequence[tuple[str, ...]], here: str) -> str:
        to = linker(here)
        items = "\n".join(
            "<li>" + " = ".join(link(to(docs[i].url), docs[i].title) for i in group) + "</li>" for group in groups
        )
        return f"<ul>\n{items}\n</ul>"

    return render


def _reasons(corpus: Corpus) -> str:
    """The rejected files grouped by reason, each group with its count and what to do."""
    if not corpus.rejected:
        return ""
    reasons = "\n".join(f"<li>{len(g.files):,} × {text(g.label)}: {text(g.hint)}</li>" for g in groups(corpus.rejected))
    return f'<p>By reason, with what to do:</p>\n<ul class="dossier-reasons">\n{reasons}\n</ul>\n'


def reports(corpus: Corpus) -> list[Report]:
    """Every list, in the order a curator should look at them: unpublished files first."""
    docs = corpus.documents
    return [
        Report("rejected", "Rejected files", "These files under seeds/ were not published.",
               "Every file under seeds/ was published.", corpus.rejected, _rejected, _reasons(corpus)),
        Report("warnings", "Warnings", "These documents are published, but something in their file needed attention.",
               "No published document needed a correction.", corpus.warnings, _warnings),
        Report("curation", "Curation problems", "These corrections were ignored.", "Every correction was valid.",
               corpus.curation_problems, _problems),
        Report("undated", "Undated documents", "No date found in the text.", "None.",
               [d for d in docs if d.meta.date is None], _documents()),
        Report("unsourced", "Documents without a source", "No publisher known.", "None.",
               [d for d in docs if not d.meta.source_name], _documents()),
        Report("versions", "Other versions", "Documents that are the same text with small edits; each page lists "
               "the others as other versions, not as related reading.", "No document is a near-duplicate of another.",
               corpus.duplicates, _versions(corpus)),
        Report("furniture", "Documents with removed page furniture",
               "Lines removed; each page lists them in a collapsed block.", "None.",
               [d for d in docs if d.meta.removed], _documents(lambda d: f"{len(d.meta.removed)} line(s)")),
    ]  # fmt: skip


def _counted(report: Report) -> str:
    unit = " group(s)" if report.slug == "versions" else ""
    return f"{report.title} ({len(report.items):,}{unit})"


def _summary_block(report: Report) -> str:
    """A list on the summary page: its count, its first entries and a link to all of them."""
    heading = f'<h2 id="{report.slug}">{text(_counted(report))}</h2>'
    url = relative(BASE, f"{BASE}{report.slug}/")
    if not report.items:
        return f"{heading}\n<p>{text(report.none)}</p>"
    shown = report.items[:PREVIEW]
    more = (
        link(url, f"All {len(report.items):,}, on pages of their own")
        if len(report.items) > len(shown)
        else link(url, "This list on a page of its own")
    )
    return f"{heading}\n<p>{text(report.why)}</p>\n{report.summary}{report.render(shown, BASE)}\n<p>{more}</p>"


def _summary_page(lists: Sequence[Report]) -> str:
    contents = "\n".join(f"<li>{link(f'#{r.slug}', _counted(r))}</li>" for r in lists)
    return collection_page(
        TITLE,
        [
            f"<h1>{TITLE}</h1>",
            "<p>What a curator may want to fix. Corrections go in <code>curation.yml</code> or a sidecar "
            f"file beside the seed; see the README. Each list shows its first {PREVIEW} entries here.</p>",
            f'<ul class="dossier-quality-contents">\n{contents}\n</ul>',
            *(_summary_block(r) for r in lists),
        ],
    )


def _list_page(sheet: Sheet[Any], report: Report) -> str:
    count = len(report.items)
    intro = f"<p>{text(_counted(report))}. {text(report.why)}</p>" if count else f"<p>{text(report.none)}</p>"
    items = "tbody tr" if report.slug in ("rejected", "warnings") else "li"
    return sheet_page(
        sheet,
        TITLE,
        [(BASE, TITLE)],
        [intro],
        render=lambda s: filterable(s.url, items, report.render(s.rows, s.url)) if s.rows else "",
    )


def quality_pages(corpus: Corpus, rows: int) -> dict[str, str]:
    """The summary and every page of every list, by path under docs/."""
    lists = reports(corpus)
    pages = {source_path(BASE): _summary_page(lists)}
    by_url = {f"{BASE}{r.slug}/": r for r in lists}
    for sheet in sheets([Section(url, r.title, r.items) for url, r in by_url.items()], rows):
        pages[source_path(sheet.url)] = _list_page(sheet, by_url[sheet.section.url])
    return pages
