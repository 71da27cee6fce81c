"""The "Timeline" page: dated documents in order, grouped by year and month; undated apart.

Each entry carries a ``data-filter`` attribute (its people, places, organisations, source and
place, lowercased) that the small script in docs/javascripts/filter.js uses to filter the page
in the browser, without a server.
"""

from __future__ import annotations

from itertools import groupby

from dossier.models import Corpus, DateValue, Document
from dossier.render.frontmatter import collection_page
from dossier.render.html import attr, link, text
from dossier.render.labels import format_date, type_name

PREFIX = "../../"  # the page lives at archive/timeline/


def _facts(doc: Document) -> list[str]:
    m = doc.meta
    facts = [m.place.value if m.place else "", m.source_name or "", type_name(m.type.value)]
    return [f for f in facts if f]


def entry(doc: Document) -> str:
    """One document on the timeline: date, title, facts and the names it mentions."""
    m = doc.meta
    when = f'<time datetime="{attr(m.date.value)}">{text(format_date(m.date))}</time> ' if m.date else ""
    names = [e.name for e in doc.entities]
    filter_words = " ".join([*names, *_facts(doc)]).casefold()
    mentions = ""
    if doc.entities:
        links = ", ".join(link(PREFIX + e.url, e.name) for e in doc.entities)
        mentions = f'<br><span class="dossier-mentions">{links}</span>'
    return (
        f'<li data-filter="{attr(filter_words)}">{when}{link(PREFIX + doc.url, doc.title)} '
        f"<small>{text(' · '.join(_facts(doc)))}</small>{mentions}</li>"
    )


def _month_key(doc: Document) -> str:
    assert doc.meta.date is not None
    return doc.meta.date.value[:7] if doc.meta.date.precision != "year" else doc.meta.date.value[:4]


def timeline_page(corpus: Corpus) -> str:
    """Dated documents oldest first (the corpus is already in date order), then undated ones."""
    dated = [d for d in corpus.documents if d.meta.date]
    undated = [d for d in corpus.documents if not d.meta.date]
    blocks = [
        "<h1>Timeline</h1>",
        f"<p>{len(dated):,} dated document(s) in order; {len(undated):,} undated listed at the end. "
        "Type a name, place or source in the filter box to narrow the list.</p>",
    ]
    parts = []
    for year, in_year in groupby(dated, key=lambda d: d.meta.date.value[:4] if d.meta.date else ""):
        parts.append(f'<h2 id="y{text(year)}">{text(year)}</h2>')
        for key, in_month in groupby(in_year, key=_month_key):
            docs = list(in_month)
            label = _month_label(key)
            items = "\n".join(entry(d) for d in docs)
            parts.append(f'<h3 id="m{text(key)}">{text(label)}</h3>\n<ol class="dossier-events">\n{items}\n</ol>')
    if undated:
        items = "\n".join(entry(d) for d in undated)
        parts.append(f'<h2 id="undated">Undated</h2>\n<ul class="dossier-events">\n{items}\n</ul>')
    blocks.append('<div class="dossier-timeline" data-dossier-filterable>\n' + "\n".join(parts) + "\n</div>")
    return collection_page("Timeline", blocks)


def _month_label(key: str) -> str:
    """ "February 2022" for 2022-02; "2022 (month unknown)" for a year-only group."""
    if len(key) == 4:
        return f"{key} (month unknown)"
    return format_date(DateValue(key, "month", ""))
