"""Search: Pagefind indexes of every document's title and text, the search page, and its data.

``search_files(corpus)`` gives every file under ``docs/search/`` by path: the page
(``search/index.md``), one Pagefind index per language (in parts, see bundle.py), and the
page's tables (see tables.py). It is a render-stage output, written by the write stage like any
page, so MkDocs, Zensical and ``mkdocs serve`` all serve it; the same corpus gives the same bytes.
"""

from __future__ import annotations

from dossier.models import Corpus, Document
from dossier.search.bundle import PART_SIZE, SEARCH, build_part, parts
from dossier.search.page import PAGE, search_page
from dossier.search.tables import Spellings, facets_table, name_lookup, names_table

__all__ = ["PART_SIZE", "Spellings", "search_files"]


def search_files(corpus: Corpus, spellings: Spellings | None = None, part_size: int | None = None) -> dict[str, bytes]:
    """Every file of the search, by path under docs/. ``spellings``: more ways of writing a name
    than the documents show (the registry's aliases), by (kind, key), for the name lookup;
    ``part_size``: documents per Pagefind run (PART_SIZE unless given)."""
    files: dict[str, bytes] = {}
    described: list[dict[str, object]] = []
    folders: dict[str, list[str]] = {}  # language -> its parts' folders, under search/
    ordered: list[Document] = []  # the documents part after part: the rows of the page's tables
    for part in parts(corpus.documents, part_size):
        language = part.tag.split("-x-")[0]
        files.update(build_part(part, primary=language not in folders))
        folder = part.folder.removeprefix(SEARCH + "/")
        folders.setdefault(language, []).append(folder)
        described.append({"language": language, "tag": part.tag, "folder": folder, "first": len(ordered)})
        ordered.extend(part.documents)
    indexes = [{"language": language, "folders": found} for language, found in folders.items()]
    files[PAGE] = search_page(len(corpus.documents), indexes).encode("utf-8")
    lookup = name_lookup(corpus, spellings or {})
    files[f"{SEARCH}/facets.json"] = facets_table(ordered, described, list(lookup))
    files[f"{SEARCH}/names.json"] = names_table(ordered)
    files.update({f"{SEARCH}/names/{shard}.json": data for shard, data in lookup.items()})
    return files
