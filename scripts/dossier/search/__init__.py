"""Search: Pagefind indexes of every document's title and text, the search page, and its data.

``search_files(corpus)`` gives every file under ``docs/search/`` by path: the page
(``search/index.md``), one Pagefind index per language (in parts, see bundle.py), and the
page's tables (see tables.py). It is a render-stage output, written by the write stage like any
page, so MkDocs, Zensical and ``mkdocs serve`` all serve it; the same corpus gives the same bytes.
"""

from __future__ import annotations

from dossier.models import Corpus
from dossier.search.bundle import SEARCH, STEMMERS, build_part, parts
from dossier.search.page import PAGE, search_page
from dossier.search.tables import facets_table, name_lookup, names_table

__all__ = ["search_files"]


def search_files(corpus: Corpus) -> dict[str, bytes]:
    """Every file of the search, by path under docs/."""
    files: dict[str, bytes] = {PAGE: search_page(len(corpus.documents)).encode("utf-8")}
    ids: dict[str, str] = {}
    described: list[dict[str, object]] = []
    seen: set[str] = set()
    for part in parts(corpus.documents):
        language = part.tag.split("-x-")[0]
        built = build_part(part, primary=language not in seen)
        seen.add(language)
        files.update(built.files)
        ids.update(built.ids)
        described.append(
            {
                "language": language,
                "tag": part.tag,
                "folder": part.folder.removeprefix(SEARCH + "/"),
                "primary": part.folder.endswith("/0/"),
                "stemmer": STEMMERS.get(language),
            }
        )
    lookup = name_lookup(corpus)
    files[f"{SEARCH}/facets.json"] = facets_table(corpus.documents, ids, described, list(lookup))
    files[f"{SEARCH}/names.json"] = names_table(corpus)
    files.update({f"{SEARCH}/names/{shard}.json": data for shard, data in lookup.items()})
    return files
