"""The Pagefind indexes of a corpus: one per language, each in parts of at most PART_SIZE documents.

Pagefind keeps one index per page language and stems each with that language's Snowball
stemmer; a query is stemmed by the WebAssembly module of the index it is run on. The search
page therefore loads each language's index with its own copy of Pagefind (its own worker and
module: one module cannot hold two stemmers) and searches them all.

Pagefind holds everything it indexes in memory several times over: about 220 KB per document,
4.5 GB at 20,000 documents (measured, see README). A language with more documents than
PART_SIZE is indexed in parts, one after the other, which the page merges in its language's
Pagefind (``mergeIndex``, same stemmer). Part ``k`` of language ``xx`` is indexed under the
language tag ``xx-x-k`` (a private-use BCP 47 tag: Pagefind stems by its first subtag), so that
every result id names its part and ids of different parts never collide.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dossier.models import Document
from dossier.search.compact import compact, unpack
from dossier.search.pagefind import IndexError_, Indexing, Record

SEARCH = "search"
#: documents per Pagefind run (the setting ``search_part_size``): Pagefind took 0.4 GB at 2,224
#: BBC articles, 1.26 GB at 5,000 synthetic ones, 2.2 GB at 10,000 and 4.5 GB at 20,000; 2,500
#: keeps it near 0.65 GB
PART_SIZE = 2500
#: languages Pagefind 1.5.2 stems (its fossick::get_stemmer), by the Snowball algorithm it uses;
#: docs/javascripts/snowball/ holds the same stemmers compiled to JavaScript
STEMMERS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "da": "danish", "nl": "dutch",
    "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish", "fr": "french", "de": "german",
    "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian",
    "lt": "lithuanian", "nb": "norwegian", "ne": "nepali", "nn": "norwegian", "no": "norwegian",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "pl": "polish", "es": "spanish",
    "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
#: the files of Pagefind's output the page uses (no UI, no highlight script: the page has its own)
_DATA_PREFIXES = ("fragment/", "index/")


@dataclass(frozen=True)
class Part:
    """One Pagefind run: its folder under docs/, language tag, and documents in listing order."""

    folder: str  # e.g. "search/en/0/"
    tag: str  # e.g. "en-x-0"
    documents: tuple[Document, ...]


def parts(documents: Sequence[Document], size: int | None = None) -> list[Part]:
    """The Pagefind runs for ``documents``: by language (sorted), then in chunks of ``size``
    (PART_SIZE unless given)."""
    size = size or PART_SIZE
    by_language: dict[str, list[Document]] = {}
    for doc in documents:
        by_language.setdefault(doc.meta.language.value, []).append(doc)
    found = []
    for language in sorted(by_language):
        docs = by_language[language]
        for k, start in enumerate(range(0, len(docs), size)):
            found.append(Part(f"{SEARCH}/{language}/{k}/", f"{language}-x-{k}", tuple(docs[start : start + size])))
    return found


def document_text(doc: Document) -> str:
    """What search reads of a document: its text (the title is indexed as its own field)."""
    return "\n\n".join("\n".join(paragraph) for paragraph in doc.paragraphs)


def records(part: Part) -> Iterator[Record]:
    """The part's documents as Pagefind records. Pagefind drops a page with no words in its text,
    so a document with an empty body is indexed with its title as its text."""
    for doc in part.documents:
        yield Record(doc.url, part.tag, doc.title, document_text(doc) or doc.title)


def fragment_url(data: bytes) -> str:
    """The address stored in a Pagefind fragment file (gzip of a signature and JSON)."""
    return str(json.loads(unpack(data))["url"])


def start_indexing(documents: Sequence[Document], size: int | None = None) -> dict[str, Indexing]:
    """Start Pagefind on every part of ``documents`` at once, each in a process of its own; by part
    folder. Only what a document's address, title, language and text say is indexed, all known
    before cross-referencing, so the build starts this as soon as the listing order is known and
    takes the files at render time (see build_part)."""
    return {part.folder: Indexing(records(part)) for part in parts(documents, size)}


def build_part(part: Part, *, primary: bool, started: Indexing | None = None) -> dict[str, bytes]:
    """Index one part, or take the index ``started`` for it. The primary part of a language also
    gets Pagefind's script, worker and WebAssembly module; the others hold only data, merged into
    the primary's Pagefind. Its files by path under docs/."""
    produced = (started or Indexing(records(part))).files()
    entry = json.loads(produced["pagefind-entry.json"])
    wasm = f"wasm.{entry['languages'][part.tag]['wasm']}.pagefind"
    fragments = [data for name, data in produced.items() if name.startswith("fragment/")]
    if len(fragments) != len(part.documents):  # compact checks every page's address; this names one left out
        indexed = {fragment_url(data) for data in fragments}
        missing = [doc.seed for doc in part.documents if doc.url not in indexed]
        if missing:
            raise IndexError_(f"Pagefind left out {len(missing)} document(s) of {part.folder}, such as {missing[0]}")
    produced = compact(produced, part.tag, [doc.url for doc in part.documents])
    files: dict[str, bytes] = {}
    for name, data in sorted(produced.items()):
        keep = (
            name.startswith(_DATA_PREFIXES)
            or name == "pagefind-entry.json"
            or name.endswith(".pf_meta")
            or (primary and name in ("pagefind.js", "pagefind-worker.js", wasm))
        )
        if keep:
            files[part.folder + name] = data
    return files
