"""The "Timeline": dated documents in order, each with its date, facts and the names it mentions,
by year and month (see render/calendar.py for the pages and their addresses); undated apart.

The filter box (docs/javascripts/filter.js) narrows the entries of a page by the words they show:
title, place, source, type and names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from dossier.models import Corpus, Document
from dossier.render.calendar import DatedListing, dated_listing, period_label, periods
from dossier.render.html import attr, link, text
from dossier.render.labels import format_date, type_name
from dossier.render.paging import linker

BASE = "archive/timeline/"
#: names shown per entry, most mentioned first; the document's page lists them all. An entry's
#: size, and so a page's, stays bounded however many names a long document mentions.
NAMES_SHOWN = 12


def _facts(doc: Document) -> list[str]:
    m = doc.meta
    facts = [m.place.value if m.place else "", m.source_name or "", type_name(m.type.value)]
    return [f for f in facts if f]


@lru_cache(maxsize=1 << 16)
def _name_link(href: str, name: str) -> str:
    """A link to a name: the same few thousand names recur across 20,000 entries."""
    return link(href, name)


def entry(doc: Document, to: Callable[[str], str]) -> str:
    """One document on the timeline: date, title, facts and the names it mentions (``to`` makes
    a link from the page to an address under the site root)."""
    m = doc.meta
    when = f'<time datetime="{attr(m.date.value)}">{text(format_date(m.date))}</time> ' if m.date else ""
    mentions = ""
    if doc.entities:
        shown = doc.entities[:NAMES_SHOWN]
        links = ", ".join(_name_link(to(e.url), e.name) for e in shown)
        more = len(doc.entities) - len(shown)
        rest = f" and {more:,} more" if more else ""
        mentions = f'<br><span class="dossier-mentions">{links}{rest}</span>'
    return f"<li>{when}{link(to(doc.url), doc.title)} <small>{text(' · '.join(_facts(doc)))}</small>{mentions}</li>"


def entries(docs: Sequence[Document], here: str) -> str:
    """A run of entries: numbered when dated (they are in date order), a plain list when not."""
    to = linker(here)
    items = "\n".join(entry(d, to) for d in docs)
    tag = "ol" if docs and docs[0].meta.date else "ul"
    return f'<{tag} class="dossier-events">\n{items}\n</{tag}>'


def by_month(docs: Sequence[Document], here: str) -> str:
    """Entries under a heading per month (or "month unknown", or "Undated")."""
    return "\n".join(
        f"<h3>{text(period_label(key))}</h3>\n{entries(members, here)}" for key, members in periods(docs).items()
    )


#: the timeline's pages: a page per month, entries with their names
TIMELINE = DatedListing(base=BASE, title="Timeline", rows=entries, span=by_month, items="li")


def timeline_pages(corpus: Corpus, rows: int) -> dict[str, str]:
    """Every page of the timeline, by path under docs/."""
    docs = corpus.documents
    dated = sum(1 for d in docs if d.meta.date)
    intro = (
        f"<p>{dated:,} dated document(s) in order, by month; {len(docs) - dated:,} undated listed apart. "
        "On each page, type a word of a title, a name, place or source in the filter box to narrow the list.</p>"
    )
    return dated_listing(replace(TIMELINE, intro=intro), docs, rows)
