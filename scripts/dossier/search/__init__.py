"""Search: Pagefind indexes of every document's title and text, the search page, and its data.

``search_files(corpus)`` gives every file under ``docs/search/`` by path: the page
(``search/index.md``), one Pagefind index per language (in parts, see bundle.py), and the
page's tables (see tables.py). It is a render-stage output, written by the write stage like any
page, so MkDocs, Zensical and ``mkdocs serve`` all serve it; the same corpus gives the same bytes.
"""

from __future__ import annotations

from dossier.models import Corpus
from dossier.search.bundle import PART_SIZE, SEARCH, STEMMERS, build_part, parts
from dossier.search.page import PAGE, search_page
from dossier.search.tables import Spellings, facets_table, name_lookup, names_table

__all__ = ["PART_SIZE", "Spellings", "search_files"]


def search_files(corpus: Corpus, spellings: Spellings | None = None) -> dict[str, bytes]:
    """Every file of the search, by path under docs/. ``spellings``: more ways of writing a name
    than the documents show (the registry's aliases), by (kind, key), for the name lookup."""
    files: dict[str, bytes] = {}
    ids: dict[str, str] = {}
    described: list[dict[str, object]] = []
    folders: dict[str, list[str]] = {}  # language -> its parts' folders, under search/
    for part in parts(corpus.documents):
        language = part.tag.split("-x-")[0]
        built = build_part(part, primary=language not in folders)
        files.update(built.files)
        ids.update(built.ids)
        folder = part.folder.removeprefix(SEARCH + "/")
        folders.setdefault(language, []).append(folder)
        described.append({"language": language, "tag": part.tag, "folder": folder, "stemmer": STEMMERS.get(language)})
    indexes = [{"language": language, "folders": found} for language, found in folders.items()]
    files[PAGE] = search_page(len(corpus.documents), indexes).encode("utf-8")
    lookup = name_lookup(corpus, spellings or {})
    files[f"{SEARCH}/facets.json"] = facets_table(corpus.documents, ids, described, list(lookup))
    files[f"{SEARCH}/names.json"] = names_table(corpus)
    files.update({f"{SEARCH}/names/{shard}.json": data for shard, data in lookup.items()})
    return files
