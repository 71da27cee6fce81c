"""The "Sources" listing: documents by publisher.

``archive/sources/`` lists every source with its number of documents and its dates. A source with
at least ``OWN_PAGE`` documents has its own pages (``archive/sources/<slug>/``, then ``.../2/``);
smaller ones share the pages of ``archive/sources/other/``, a heading each, in name order, never
split over two pages; documents whose source is unknown are at ``archive/sources/unknown/``.
When every document fits on one page, the index also lists them all, by source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dossier.enrich.slugs import slugify
from dossier.models import Corpus, Document
from dossier.render.frontmatter import collection_page
from dossier.render.html import link, text
from dossier.render.listings import date_range, documents_table
from dossier.render.paging import Section, Sheet, chain, filterable, relative, sheet_page, sheets, source_path

BASE = "archive/sources/"
TITLE = "Sources"
OTHER, UNKNOWN = "other", "unknown"
#: a source with fewer documents shares the pages of "other sources" rather than have its own
OWN_PAGE = 20
Group = tuple[str, Sequence[Document]]  # a source's name and its documents, in listing order


def source_slugs(names: Sequence[str]) -> dict[str, str]:
    """A readable, unique address part for each source name (``names`` in their listed order):
    never "other" or "unknown", never all digits (those look like page numbers)."""
    slugs: dict[str, str] = {}
    taken: set[str] = {OTHER, UNKNOWN}
    for name in names:
        base = slugify(name) or "source"
        if base in (OTHER, UNKNOWN) or base.isdigit():
            base = f"source-{base}"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


def _groups(docs: Sequence[Document]) -> tuple[list[Group], Sequence[Document]]:
    """Known sources by name (case-insensitive, then exact), and the documents with no source."""
    by_name: dict[str, list[Document]] = {}
    unknown: list[Document] = []
    for doc in docs:
        if doc.meta.source_name:
            by_name.setdefault(doc.meta.source_name, []).append(doc)
        else:
            unknown.append(doc)
    return [(name, by_name[name]) for name in sorted(by_name, key=lambda n: (n.casefold(), n))], unknown


def _group_html(here: str, groups: Sequence[Group], slugs: dict[str, str] | None = None, level: int = 2) -> str:
    """Each source as a heading (with its slug as id, given ``slugs``) and a table of its documents."""
    return "\n".join(
        (f'<h{level} id="{slugs[name]}">' if slugs else f"<h{level}>")
        + f"{text(name)} ({len(docs):,})</h{level}>\n{documents_table(docs, here)}"
        for name, docs in groups
    )


def _index_row(here: str, label: str, url: str, docs: Sequence[Document]) -> str:
    span = text(date_range(docs).removeprefix("Dated documents run ").rstrip("."))
    return f"<tr><td>{link(relative(here, url), label)}</td><td>{len(docs):,}</td><td>{span}</td></tr>"


def _index_page(
    corpus: Corpus, known: list[Group], unknown: Sequence[Document], where: dict[str, str], rows: int
) -> str:
    docs = corpus.documents
    table = [_index_row(BASE, name, where[name], members) for name, members in known]
    if unknown:
        table.append(_index_row(BASE, "Unknown source", f"{BASE}{UNKNOWN}/", unknown))
    blocks = [
        f"<h1>{TITLE}</h1>",
        f"<p>{len(docs):,} documents from {len(known):,} known source(s). Sources with fewer than {OWN_PAGE} "
        f"documents share the pages of {link(relative(BASE, f'{BASE}{OTHER}/'), 'other sources')}.</p>"
        if any(len(members) < OWN_PAGE for _, members in known)
        else f"<p>{len(docs):,} documents from {len(known):,} known source(s).</p>",
    ]
    if table:
        head = "".join(f'<th scope="col">{name}</th>' for name in ("Source", "Documents", "Dates"))
        blocks.append(
            '<div class="dossier-table-wrap"><table class="dossier-table dossier-sources">\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(table) + "\n</tbody>\n</table></div>"
        )
    if len(docs) <= rows:
        everything = [*known, *((("Unknown source", unknown),) if unknown else ())]
        blocks += ['<h2 id="every-document">Every document, by source</h2>', _group_html(BASE, everything, level=3)]
    return collection_page(TITLE, blocks)


def sources_pages(corpus: Corpus, rows: int) -> dict[str, str]:
    """Every page of the "Sources" listing, by path under docs/."""
    known, unknown = _groups(corpus.documents)
    slugs = source_slugs([name for name, _ in known])
    own = [(name, members) for name, members in known if len(members) >= OWN_PAGE]
    small = [(name, members) for name, members in known if len(members) < OWN_PAGE]
    runs: list[Sheet[Any]] = [
        *sheets([Section(f"{BASE}{slugs[name]}/", name, members) for name, members in own], rows),
        *sheets([Section(f"{BASE}{OTHER}/", "Other sources", small)] if small else [], rows, lambda g: len(g[1])),
        *sheets([Section(f"{BASE}{UNKNOWN}/", "Unknown source", unknown)] if unknown else [], rows),
    ]
    where = {name: f"{BASE}{slugs[name]}/" for name, _ in own}
    pages = {}
    for sheet in chain(runs):
        if sheet.section.url == f"{BASE}{OTHER}/":
            where.update((name, f"{sheet.url}#{slugs[name]}") for name, _ in sheet.rows)
            pages[source_path(sheet.url)] = _other_page(sheet, slugs)
        else:
            pages[source_path(sheet.url)] = _source_page(sheet)
    pages[source_path(BASE)] = _index_page(corpus, known, unknown, where, rows)
    return pages


def _source_page(sheet: Sheet[Document]) -> str:
    """A page of one source's documents (or of those whose source is unknown), oldest first."""
    name = sheet.section.label
    facet = None if sheet.section.url.endswith(f"/{UNKNOWN}/") else ("source", name)
    intro = f"<p>{len(sheet.section.items):,} document(s), oldest first. {text(date_range(sheet.section.items))}</p>"
    return sheet_page(
        sheet,
        TITLE,
        [(BASE, TITLE)],
        [intro],
        render=lambda s: filterable(s.url, "tbody tr", documents_table(s.rows, s.url), facet),
    )


def _other_page(sheet: Sheet[Group], slugs: dict[str, str]) -> str:
    """A page of small sources, each under its own heading."""
    first, last = sheet.rows[0][0], sheet.rows[-1][0]
    count = sum(len(docs) for _, docs in sheet.rows)
    intro = (
        f"<p>Sources with fewer than {OWN_PAGE} documents, by name: {len(sheet.rows):,} on this page "
        f"({text(first)} to {text(last)}), {count:,} document(s).</p>"
    )
    return sheet_page(
        sheet,
        TITLE,
        [(BASE, TITLE)],
        [intro],
        render=lambda s: filterable(s.url, "tbody tr", _group_html(s.url, s.rows, slugs)),
    )
