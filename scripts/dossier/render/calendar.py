"""Listings by date ("All documents", the timeline): an index of years and months, a page per year,
and a page per month (then per page of a few hundred rows), with undated documents apart.

Addresses under a listing's folder ``base`` (``archive/`` or ``archive/timeline/``):
``<base>2005/`` (the year: its months, and all its documents when they fit on one page),
``<base>2005/03/`` (March 2005), ``<base>2005/month-unknown/`` (dated to the year only),
``<base>undated/``; a month with more rows than fit goes on at ``<base>2005/03/2/``. The index
(``<base>``) shows every document when the whole listing fits on one page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dossier.models import DateValue, Document
from dossier.render.frontmatter import collection_page
from dossier.render.html import href, link, text, unseen
from dossier.render.labels import format_date
from dossier.render.paging import (
    Crumb,
    Section,
    Sheet,
    breadcrumb,
    filterable,
    relative,
    sheet_page,
    sheets,
    source_path,
    steps_nav,
)

UNDATED, MONTH_UNKNOWN = "undated", "month-unknown"
#: renders documents as seen from the page at an address: (documents, address) -> HTML
Rows = Callable[[Sequence[Document], str], str]


@dataclass(frozen=True)
class DatedListing:
    """What differs between the listings by date: where they live, what they are called, and how
    they show a run of documents (``rows``) and all the documents of a year or more (``span``)."""

    base: str  # "archive/"
    title: str  # "All documents"
    rows: Rows
    span: Rows
    items: str  # CSS selector of the rows the filter box narrows: "tbody tr" or "li"
    intro: str = ""  # HTML after the index page's heading


def period_key(doc: Document) -> str:
    """ "2005-03", "2005" when only the year is known, "" when undated."""
    date = doc.meta.date
    if date is None:
        return ""
    return date.value[:4] if date.precision == "year" else date.value[:7]


def period_url(base: str, key: str) -> str:
    if not key:
        return f"{base}{UNDATED}/"
    year, _, month = key.partition("-")
    return f"{base}{year}/{month or MONTH_UNKNOWN}/"


def period_label(key: str) -> str:
    """ "March 2005", "2005, month unknown" or "Undated"."""
    if not key:
        return "Undated"
    if len(key) == 4:
        return f"{key}, month unknown"
    return format_date(DateValue(key, "month", ""))


def month_name(key: str) -> str:
    return "Month unknown" if len(key) == 4 else format_date(DateValue(key, "month", "")).split()[0]


def periods(docs: Sequence[Document]) -> dict[str, list[Document]]:
    """Documents by period, oldest first and undated last, each in the order given."""
    groups: dict[str, list[Document]] = {}
    for doc in docs:
        groups.setdefault(period_key(doc), []).append(doc)
    return {key: groups[key] for key in sorted(groups, key=lambda k: (not k, k))}


def years(groups: dict[str, list[Document]]) -> dict[str, list[str]]:
    """The periods of each year, by year."""
    found: dict[str, list[str]] = {}
    for key in groups:
        if key:
            found.setdefault(key[:4], []).append(key)
    return found


def listing_locations(docs: Sequence[Document], base: str, rows: int) -> list[Crumb]:
    """For each document, the listing page it is on (its month's, or one of them): (address, label)."""
    where: dict[str, Crumb] = {}
    for key, members in periods(docs).items():
        for sheet in sheets([Section(period_url(base, key), period_label(key), members)], rows):
            where.update((doc.id, (sheet.url, sheet.label)) for doc in sheet.rows)
    return [where[doc.id] for doc in docs]


def _filterable(here: str, listing: DatedListing, inner: str, year: str = "") -> str:
    return filterable(here, listing.items, inner, ("year", year) if year else None)


def _count(n: int) -> str:
    return f'<span class="dossier-count">({n:,})</span>'


def _month_link(here: str, base: str, key: str) -> str:
    """ "March", read out as "March 2005": a screen reader's list of links has a dozen Marches."""
    target = href(relative(here, period_url(base, key)))
    return f'<a href="{target}">{text(month_name(key))}{unseen(" " + key[:4])}</a>'


def months(here: str, listing: DatedListing, groups: dict[str, list[Document]], keys: Sequence[str]) -> str:
    """Links to the periods ``keys`` of one year, with their counts."""
    items = "".join(f"<li>{_month_link(here, listing.base, key)} {_count(len(groups[key]))}</li>" for key in keys)
    return f'<ul class="dossier-months">{items}</ul>'


def calendar(here: str, listing: DatedListing, groups: dict[str, list[Document]]) -> str:
    """Links to every year and month with their counts, and to the undated documents."""
    entries = []
    for year, keys in years(groups).items():
        total = sum(len(groups[key]) for key in keys)
        year_link = link(relative(here, f"{listing.base}{year}/"), year)
        entries.append(f"<li>{year_link} {_count(total)}\n{months(here, listing, groups, keys)}</li>")
    if "" in groups:
        undated = link(relative(here, period_url(listing.base, "")), "Undated")
        entries.append(f"<li>{undated} {_count(len(groups['']))}</li>")
    if not entries:
        return "<p>No documents yet.</p>"
    return '<ul class="dossier-calendar">\n' + "\n".join(entries) + "\n</ul>"


def _index_page(listing: DatedListing, docs: Sequence[Document], groups: dict[str, list[Document]], rows: int) -> str:
    here = listing.base
    blocks = [
        f"<h1>{text(listing.title)}</h1>",
        listing.intro,
        '<h2 id="by-date">By date</h2>',
        calendar(here, listing, groups),
    ]
    if len(docs) <= rows:
        blocks += ['<h2 id="every-document">Every document</h2>', _filterable(here, listing, listing.span(docs, here))]
    return collection_page(listing.title, blocks)


def _year_page(listing: DatedListing, year: str, groups: dict[str, list[Document]], rows: int, near: list[str]) -> str:
    here = f"{listing.base}{year}/"
    docs = [doc for key in years(groups)[year] for doc in groups[key]]
    i = near.index(year)
    before = (f"{listing.base}{near[i - 1]}/", near[i - 1]) if i else None
    after = (f"{listing.base}{near[i + 1]}/", near[i + 1]) if i + 1 < len(near) else None
    blocks = [
        breadcrumb(here, [(listing.base, listing.title)], year),
        f"<h1>{text(year)}</h1>",
        steps_nav(here, before, after, "Other years"),
        f"<p>{len(docs):,} document(s) dated {text(year)}.</p>",
        months(here, listing, groups, years(groups)[year]),
    ]
    if len(docs) <= rows:
        blocks += [
            f'<h2 id="every-document">Every document of {text(year)}</h2>',
            _filterable(here, listing, listing.span(docs, here), year),
        ]
    return collection_page(f"{year} · {listing.title}", blocks)


def dated_listing(listing: DatedListing, docs: Sequence[Document], rows: int) -> dict[str, str]:
    """Every page of a listing by date, by path under docs/."""
    groups = periods(docs)
    near = list(years(groups))
    pages = {source_path(listing.base): _index_page(listing, docs, groups, rows)}
    for year in near:
        pages[source_path(f"{listing.base}{year}/")] = _year_page(listing, year, groups, rows, near)
    sections = [Section(period_url(listing.base, key), period_label(key), members) for key, members in groups.items()]
    for sheet in sheets(sections, rows):
        pages[source_path(sheet.url)] = _period_page(listing, sheet)
    return pages


def _period_page(listing: DatedListing, sheet: Sheet[Document]) -> str:
    key = period_key(sheet.rows[0])
    trail: list[Crumb] = [(listing.base, listing.title)]
    if key:
        trail.append((f"{listing.base}{key[:4]}/", key[:4]))
    count = len(sheet.section.items)
    intro = f"<p>{count:,} document(s), {'by title' if not key else 'oldest first'}.</p>"
    return sheet_page(
        sheet,
        listing.title,
        trail,
        [intro],
        render=lambda s: _filterable(s.url, listing, listing.rows(s.rows, s.url), key[:4]),
    )
