"""The site's reader-facing pages, in one place: when a new kind of page is built, add it here.

Paths are relative to the site root, as in catalog.json. Listings are also found at run time from
the sidebar (every sidebar page is opened, and audited with axe-core), so a new listing such as a
timeline or an entity index is covered as soon as it is in the navigation; the names below are the
ones a test insists on.
"""

from __future__ import annotations

# Listing pages that must be in the sidebar, with their heading.
LISTINGS: dict[str, str] = {
    "archive/": "All documents",
    "archive/sources/": "Sources",
    "archive/timeline/": "Timeline",
    "archive/people/": "People",
    "archive/places/": "Places",
    "archive/organisations/": "Organisations",
    "archive/quality/": "Data quality",
}

# The three seeds about the 10 February 2022 Lavrov–Truss meeting in Moscow.
MEETING_SEEDS = ("002_c7494566f5f2e8ae.txt", "003_7fce140085dacc93.txt", "004_1db6426894054689.txt")

# A document page with an ordinary title, and the one with the longest title (layout checks).
DOCUMENT = "archive/documents/lavrov-disappointed-with-talks-with-british-fm/"
LONG_TITLE_DOCUMENT = "archive/documents/moscow-11-february-2022-tdi-russian-foreign-minister-sergey-lavrov-held-talks/"

# An entity, shown by entities.js on its kind's page: the person the three meeting documents share.
ENTITY = "archive/people/#sergey-lavrov"

# Pages outside the sidebar that axe-core audits, one of each kind.
AUDITED: dict[str, str] = {
    "document": DOCUMENT,
    "long-title document": LONG_TITLE_DOCUMENT,
    "entity": ENTITY,
    # the listings' own pages (tests/browser/test_listing_pages.py audits them over several pages)
    "month": "archive/2022/02/",
    "timeline year": "archive/timeline/2022/",
    "source": "archive/sources/unknown/",
    "data quality list": "archive/quality/furniture/",
}

# Pages whose screenshots are taken at each width (tests/artifacts/screenshots/, ignored by git).
SCREENSHOTS: dict[str, str] = {
    "home": "",
    "document": LONG_TITLE_DOCUMENT,
    "listing": "archive/",
    "timeline": "archive/timeline/",
    "entity": ENTITY,
    "search": "search/?q=lavrov",
}
