"""Search: Pagefind indexes of every document's title and text, the search page, and its data.

``search_files(corpus)`` gives every file under ``docs/search/`` by path: the page
(``search/index.md``), one Pagefind index per language (in parts, see bundle.py), and the
page's tables (see tables.py). It is a render-stage output, written by the write stage like any
page, so MkDocs, Zensical and ``mkdocs serve`` all serve it; the same corpus gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dossier.models import Corpus, Document
from dossier.search.bundle import PART_SIZE, SEARCH, build_part, parts, start_indexing
from dossier.search.page import PAGE, search_page
from dossier.search.pagefind import Indexing
from dossier.search.tables import Spellings, facets_table, name_lookup, names_table

__all__ = ["PART_SIZE", "Indexing", "Spellings", "search_files", "start_early"]


def start_early(documents: Sequence[Document], part_size: int | None = None) -> dict[str, Indexing]:
    """Pagefind started on ``documents`` (in listing order, before cross-referencing) to run beside
    the rest of the build, by part folder; none for a corpus of more than one part, which render
    indexes part after part before its workers start, so that Pagefind's memory (about 220 KB a
    document) never adds to theirs."""
    return start_indexing(documents, part_size) if len(documents) <= (part_size or PART_SIZE) else {}


def search_files(
    corpus: Corpus,
    spellings: Spellings | None = None,
    part_size: int | None = None,
    started: Mapping[str, Indexing] | None = None,
) -> dict[str, bytes]:
    """Every file of the search, by path under docs/. ``spellings``: more ways of writing a name
    than the documents show (the registry's aliases), by (kind, key), for the name lookup;
    ``part_size``: documents per Pagefind run (PART_SIZE unless given); ``started``: indexes
    already under way (start_indexing on the same documents), by part folder; the other parts
    are indexed one after the other."""
    started = started or {}
    files: dict[str, bytes] = {}
    described: list[dict[str, object]] = []
    folders: dict[str, list[str]] = {}  # language -> its parts' folders, under search/
    ordered: list[Document] = []  # the documents part after part: the rows of the page's tables
    for part in parts(corpus.documents, part_size):
        language = part.tag.split("-x-")[0]
        files.update(build_part(part, primary=language not in folders, started=started.get(part.folder)))
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
