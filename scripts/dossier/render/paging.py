"""Listings cut into pages: named sections (a month, a source, a list of the Data quality page),
each split into pages of at most a few hundred rows, with a breadcrumb above and links to the
previous and next page and to every page of the section.

At 20,000 documents one page per listing was 3 to 22 MB of HTML, which a browser takes 10 to 20
seconds to load; a page of a few hundred rows loads at once. Addresses are folders under the site
root (``archive/2005/03/``, then ``archive/2005/03/2/`` for its second page), and every link is
relative, so the site works under any sub-path.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from dossier.render.frontmatter import collection_page
from dossier.render.html import attr, href, link, text, unseen

Item = TypeVar("Item")
#: (address under the site root, label) of a page
Crumb = tuple[str, str]


def relative(here: str, there: str) -> str:
    """The link from the page at folder address ``here`` to address ``there`` (both relative to
    the site root; ``there`` may end in a file name or carry a ``#fragment``)."""
    target, hash_, fragment = there.partition("#")
    path = posixpath.relpath(target or ".", here or ".")
    if target.endswith("/") or not target:
        path = "./" if path == "." else path + "/"
    return path + hash_ + fragment


def linker(here: str, folder: str = "archive/") -> Callable[[str], str]:
    """``relative`` from ``here`` for many addresses, most of them under ``folder``: the common
    part is worked out once (a listing page links hundreds of documents)."""
    prefix = relative(here, folder)
    return lambda url: prefix + url[len(folder) :] if url.startswith(folder) else relative(here, url)


def source_path(url: str) -> str:
    """The Markdown file, under docs/, that MkDocs serves at folder address ``url``."""
    return f"{url}index.md"


@dataclass(frozen=True)
class Section(Generic[Item]):
    """A named list of rows, shown on one or more pages starting at ``url``."""

    url: str  # address of its first page, a folder under the site root: "archive/2005/03/"
    label: str  # "March 2005"
    items: Sequence[Item]


@dataclass(frozen=True)
class Sheet(Generic[Item]):
    """One page of a section: its rows, its number, and its neighbours among all the pages."""

    section: Section[Item]
    number: int  # from 1
    urls: tuple[str, ...]  # every page of the section, in order
    rows: Sequence[Item]
    before: Crumb | None  # the page before this one in the listing (maybe of another section)
    after: Crumb | None

    @property
    def url(self) -> str:
        return self.urls[self.number - 1]

    @property
    def label(self) -> str:
        """ "March 2005", or "March 2005, page 2 of 3" when the section has several pages."""
        return page_label(self.section.label, self.number, len(self.urls))


def page_label(label: str, number: int, count: int) -> str:
    return label if count == 1 else f"{label}, page {number} of {count}"


def page_urls(base: str, count: int) -> tuple[str, ...]:
    """``base`` for the first page, ``base/2/``, ``base/3/``... for the others."""
    return (base, *(f"{base}{n}/" for n in range(2, count + 1)))


def chunked(items: Sequence[Item], rows: int, weight: Callable[[Item], int] | None = None) -> list[Sequence[Item]]:
    """``items`` cut in order into runs of at most ``rows`` rows, where an item counts ``weight(item)``
    rows (1 by default; an item heavier than ``rows`` gets a run of its own). At least one run."""
    if weight is None:
        return [items[i : i + rows] for i in range(0, len(items), rows)] or [items]
    runs: list[Sequence[Item]] = []
    start, total = 0, 0
    for i, item in enumerate(items):
        if total and total + weight(item) > rows:
            runs.append(items[start:i])
            start, total = i, 0
        total += weight(item)
    runs.append(items[start:])
    return runs


def sheets(
    sections: Sequence[Section[Item]], rows: int, weight: Callable[[Item], int] | None = None
) -> list[Sheet[Item]]:
    """Every page of ``sections`` in order, each with at most ``rows`` rows (see ``chunked``; an
    empty section still gets a page, which says so), linked to the pages before and after it."""
    cut: list[tuple[Section[Item], int, tuple[str, ...], Sequence[Item]]] = []
    for section in sections:
        chunks = chunked(section.items, rows, weight)
        urls = page_urls(section.url, len(chunks))
        cut.extend((section, n, urls, chunk) for n, chunk in enumerate(chunks, 1))
    unlinked = [Sheet(section, n, urls, chunk, None, None) for section, n, urls, chunk in cut]
    return chain(unlinked)


def chain(pages: Sequence[Sheet[Item]]) -> list[Sheet[Item]]:
    """``pages`` with each linked to the one before and after it (for runs of different sections)."""
    crumbs = [(sheet.url, sheet.label) for sheet in pages]
    return [
        replace(sheet, before=crumbs[i - 1] if i else None, after=crumbs[i + 1] if i + 1 < len(crumbs) else None)
        for i, sheet in enumerate(pages)
    ]


def filterable(here: str, items: str, inner: str, facet: tuple[str, str] | None = None) -> str:
    """``inner`` in an element whose rows (CSS selector ``items``) docs/javascripts/filter.js
    narrows as the reader types. The filter sees only this page, so it also offers the typed words
    to the search page (site root ``data-dossier-root``), across the archive and, given a search
    ``facet`` (name, value) such as ("year", "2005"), across that part of it."""
    scope = f' data-dossier-facet="{attr(facet[0])}" data-dossier-value="{attr(facet[1])}"' if facet else ""
    return (
        f'<div class="dossier-filterable" data-dossier-filterable="{attr(items)}" '
        f'data-dossier-root="{attr(relative(here, ""))}"{scope}>\n{inner}\n</div>'
    )


def breadcrumb(here: str, trail: Sequence[Crumb], current: str) -> str:
    """Where the page sits: links to the pages above it, then its own label."""
    items = "".join(f"<li>{link(relative(here, url), label)}</li>" for url, label in trail)
    return (
        f'<nav class="dossier-breadcrumb" aria-label="Breadcrumb"><ol>{items}'
        f'<li aria-current="page">{text(current)}</li></ol></nav>'
    )


def _step(here: str, crumb: Crumb | None, rel: str, arrow: str) -> str:
    if crumb is None:
        return ""
    label = link(relative(here, crumb[0]), crumb[1], rel=rel)
    shown = f"← {label}" if arrow == "←" else f"{label} →"
    return f'<span class="dossier-{rel}">{shown}</span>'


def page_list(here: str, urls: Sequence[str], current: int) -> str:
    """Links to every page of a section; the current one marked, not linked."""
    if len(urls) < 2:
        return ""
    items = "".join(
        f'<li><span aria-current="page">{unseen("Page ")}{n}</span></li>'
        if n == current
        else f'<li><a href="{href(relative(here, url))}">{unseen("Page ")}{n}</a></li>'
        for n, url in enumerate(urls, 1)
    )
    return f'<div class="dossier-page-list">Pages: <ol>{items}</ol></div>'


def steps_nav(here: str, before: Crumb | None, after: Crumb | None, label: str, pages: str = "") -> str:
    """A ``<nav>`` with links to the page before and after (and ``pages``, a page list, between)."""
    parts = [_step(here, before, "prev", "←"), pages, _step(here, after, "next", "→")]
    inner = "\n".join(p for p in parts if p)
    return f'<nav class="dossier-listing-pager" aria-label="{label}">\n{inner}\n</nav>' if inner else ""


def sheet_nav(sheet: Sheet[Item], label: str, *, pages: bool) -> str:
    """Previous/next page of the listing (and, if ``pages``, every page of this section)."""
    listed = page_list(sheet.url, sheet.urls, sheet.number) if pages else ""
    return steps_nav(sheet.url, sheet.before, sheet.after, label, listed)


def sheet_page(
    sheet: Sheet[Item], listing: str, trail: Sequence[Crumb], blocks: list[str], *, render: Callable[[Sheet[Item]], str]
) -> str:
    """The Markdown of one page: breadcrumb, heading, the links to other pages, ``blocks`` (an
    introduction), the rows as ``render`` makes them, and previous/next again at the end."""
    heading = text(sheet.section.label)
    if len(sheet.urls) > 1:
        heading += f' <small class="dossier-page-number">page {sheet.number} of {len(sheet.urls)}</small>'
    return collection_page(
        f"{sheet.label} · {listing}",
        [
            breadcrumb(sheet.url, trail, sheet.label),
            f"<h1>{heading}</h1>",
            sheet_nav(sheet, "Pages of this listing", pages=True),
            *blocks,
            render(sheet),
            sheet_nav(sheet, "Previous and next page", pages=False),
        ],
    )
