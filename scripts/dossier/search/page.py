"""The search page, ``search/``: a form that works without JavaScript's help to reach it, and the
element docs/javascripts/search/app.js fills with results and facets."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from dossier.render.frontmatter import collection_page
from dossier.render.html import attr, link

PAGE = "search/index.md"


def search_page(documents: int, indexes: Sequence[Mapping[str, object]]) -> str:
    """The page: heading, query form (``?q=``), the app's element, and what to do without JavaScript.

    ``indexes`` (each language's Pagefind folders, see dossier.search) are in the element too, so
    that the page starts loading Pagefind at once, beside its tables."""
    form = "\n".join(
        [
            '<form class="dossier-search-form" role="search" action="./" method="get">',
            '<label for="dossier-query">Words to find in titles and texts</label>',
            '<span class="dossier-search-row">',
            '<input type="search" id="dossier-query" name="q" autocomplete="off" spellcheck="false" '
            'aria-describedby="dossier-search-help">',
            '<button type="submit" class="md-button md-button--primary">Search</button>',
            "</span>",
            '<small id="dossier-search-help">Every word must occur: a word also finds longer words '
            "it starts and other forms of itself (“talk” finds “talks”, “talking”). "
            "“Quotes” find an exact phrase.</small>",
            "</form>",
        ]
    )
    app = (
        f'<div class="dossier-search" data-dossier-search data-dossier-documents="{documents}" '
        f'data-dossier-root="../" data-dossier-indexes="{attr(json.dumps(indexes, separators=(",", ":")))}"></div>'
    )
    noscript = (
        "<noscript><p>Search runs in your browser and needs JavaScript. Without it, browse "
        f"{link('../archive/', 'All documents')} or download {link('../catalog.csv', 'catalog.csv')}.</p></noscript>"
    )
    return collection_page("Search", ['<h1 class="dossier-search-title">Search</h1>', form, app, noscript])
