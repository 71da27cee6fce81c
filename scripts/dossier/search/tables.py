"""The search page's own data, beside the Pagefind indexes: facets, names, and a name lookup.

- ``search/facets.json``: every document's date (see ``date_column``), type, source and
  language, one row per document, index part after index part (listing order within each), with
  the facet values and labels. A Pagefind result is known by its part and its row in it (see compact.py); this
  table gives each result its facets and its date, so the page filters, counts and sorts whole
  result sets itself. (Pagefind's own filters were measured unfit: their output is not byte-deterministic in
  1.5.2, and their counts scan every value's page list once per result.)
- ``search/names.json``: the people, places and organisations of each document (same order),
  loaded only when the page shows or filters by names (about 2 bytes a mention after gzip).
- ``search/names/<shard>.json``: every spelling of every name, normalised by ``name_key``, to
  the name's entry; sharded by the key's first two characters, so that looking up the words of
  a query downloads a few small files.

All JSON is compact with sorted or listing-order content: the same corpus gives the same bytes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from dossier.models import KIND_FOLDERS, Corpus, Document
from dossier.render.labels import language_name, type_name

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EPOCH = date(1970, 1, 1)  # JavaScript's day 0, where the table's date column starts counting
KINDS = tuple(KIND_FOLDERS)  # person, place, organisation: also the facet parameters
Spellings = Mapping[tuple[str, str], tuple[str, ...]]  # (kind, key) -> ways of writing the name


def dumps(data: object) -> bytes:
    """Compact, stable JSON."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def name_key(text: str) -> str:
    """A spelling as the lookup compares it: compatibility-decomposed, marks dropped, lower case,
    anything but letters and digits a single space. The page's JavaScript does the same."""
    kept = []
    for c in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(c)
        if category.startswith(("L", "N")):
            kept.append(c)
        elif not category.startswith("M"):
            kept.append(" ")
    return " ".join("".join(kept).lower().split())


def shard_name(key: str) -> str:
    """The lookup file of a normalised spelling: its first two characters, each kept if it is a
    lower-case ASCII letter or digit, else written ``u<hex code point>``."""
    return "".join(c if c.isascii() and c.isalnum() else f"u{ord(c):x}" for c in key.replace(" ", "")[:2])


def _index(values: Sequence[str]) -> dict[str, int]:
    return {value: i for i, value in enumerate(values)}


def date_column(dates: Sequence[str]) -> list[int | str]:
    """``dates`` (ISO, partial or empty) as the table writes them: a whole date as its days after
    the previous whole date of the column (the first: after 1970-01-01), anything else as it is.
    Rows follow the listing, oldest first within each part, so most numbers are 0 or 1: 4 KB
    after gzip for 20,000 documents instead of 13 KB of date strings."""
    column: list[int | str] = []
    previous = 0
    for value in dates:
        try:
            day = (date.fromisoformat(value) - EPOCH).days if ISO_DAY.fullmatch(value) else None
        except ValueError:  # not a day of the calendar: kept as written
            day = None
        if day is None:
            column.append(value)
        else:
            column.append(day - previous)
            previous = day
    return column


def facets_table(documents: Sequence[Document], parts: list[dict[str, object]], name_shards: list[str]) -> bytes:
    """``search/facets.json`` for ``documents`` (in row order) in Pagefind's ``parts``; it also
    lists the name lookup's shards, so that the page asks only for files that exist."""
    types = sorted({doc.meta.type.value for doc in documents})
    languages = sorted({doc.meta.language.value for doc in documents})
    sources = sorted({doc.meta.source_name for doc in documents if doc.meta.source_name})
    type_at, language_at, source_at = _index(types), _index(languages), _index(sources)
    dates = date_column([doc.meta.date.value if doc.meta.date else "" for doc in documents])
    rows = [
        [
            date,
            type_at[doc.meta.type.value],
            source_at[doc.meta.source_name] if doc.meta.source_name else -1,
            language_at[doc.meta.language.value],
        ]
        for date, doc in zip(dates, documents, strict=True)
    ]
    return dumps(
        {
            "parts": parts,
            "types": types,
            "typeLabels": [type_name(t) for t in types],
            "languages": languages,
            "languageLabels": [language_name(code) for code in languages],
            "sources": sources,
            "nameShards": name_shards,
            "docs": rows,
        }
    )


def names_table(documents: Sequence[Document]) -> bytes:
    """``search/names.json``: every name (kind, key, name; most documents first) and, for each
    document in row order, the numbers of the names it mentions."""
    counts = Counter((e.kind, e.key) for doc in documents for e in dict.fromkeys(doc.entities))
    names = {(e.kind, e.key): e.name for doc in documents for e in doc.entities}
    ordered = sorted(names, key=lambda k: (-counts[k], names[k].casefold(), k))
    number = {k: i for i, k in enumerate(ordered)}
    rows = [[KINDS.index(kind), key, names[(kind, key)], counts[(kind, key)]] for kind, key in ordered]
    docs = [sorted({number[(e.kind, e.key)] for e in doc.entities}) for doc in documents]
    return dumps({"kinds": list(KINDS), "names": rows, "docs": docs})


def name_lookup(corpus: Corpus, spellings: Spellings) -> dict[str, bytes]:
    """The lookup's shards by name (file ``names/<shard>.json``): spelling -> [[folder, key, name], ...],
    for every name found in the documents, under each spelling found and each in ``spellings``."""
    found: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for info in corpus.entities:
        entry = (KIND_FOLDERS[info.ref.kind], info.ref.key, info.ref.name)
        for spelling in (info.ref.name, *info.aliases, *spellings.get((info.ref.kind, info.ref.key), ())):
            if key := name_key(spelling):
                found[key].add(entry)
    shards: dict[str, dict[str, list[list[str]]]] = defaultdict(dict)
    for key in sorted(found):
        shards[shard_name(key)][key] = [list(entry) for entry in sorted(found[key])]
    return {shard: dumps(table) for shard, table in sorted(shards.items())}
