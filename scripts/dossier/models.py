"""Typed values passed between the pipeline stages: read -> extract -> enrich -> render -> write."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Source:
    """A seed file as read from disk: its bytes and where it came from."""

    seed: str  # path relative to the seeds folder, POSIX separators
    data: bytes
    sha256: str


Paragraph = tuple[str, ...]  # the lines of one paragraph, as written


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD) with its precision and where it came from."""

    value: str
    precision: str  # "day", "month" or "year"
    provenance: str  # "curated", "dateline", "title" or "opening"
    evidence: str = ""  # the words of the text it was read from


@dataclass(frozen=True, slots=True)
class Value:
    """A text field with where it came from ("curated", or how it was extracted)."""

    value: str
    provenance: str


@dataclass(frozen=True, slots=True)
class FileMeta:
    """What a file says about itself beside its text (a web page's head, a PDF's document
    information, a Word file's properties); None means the file does not say."""

    title: str | None = None  # the document's title from its metadata (site-name suffix removed)
    date: DateValue | None = None  # the publication date a web page declares
    source_name: str | None = None  # the site's name a web page declares
    source_url: str | None = None  # the page's canonical http(s) address
    created: str | None = None  # when the file was made (YYYY-MM-DD): not the document's date
    pages: int | None = None  # a PDF's page count


@dataclass(frozen=True, slots=True)
class Decoded:
    """A seed's text after decoding, with the encoding that was used. For other formats than
    plain text, ``text`` is the document's text laid out as a plain-text seed (title line, then
    paragraphs separated by blank lines), and ``file_meta`` what the file says about itself."""

    source: Source
    text: str
    encoding: str
    format: str = "txt"  # "txt", "html", "pdf" or "docx"
    file_meta: FileMeta | None = None
    notes: tuple[str, ...] = ()  # warnings from reading the file (shown on Data quality)


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line left out of the article as page furniture, and why."""

    line: str
    rule: str


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A person, place or organisation a document mentions, as linked from its page."""

    key: str
    name: str
    kind: str  # "person", "place" or "organisation"

    @property
    def url(self) -> str:
        """Where the entity is shown, relative to the site root: its kind's page, at its key."""
        return f"archive/{KIND_FOLDERS[self.kind]}/#{self.key}"


KIND_FOLDERS = {"person": "people", "place": "places", "organisation": "organisations"}


@dataclass(frozen=True, slots=True)
class RelatedRef:
    """Another document worth reading next, how strongly, and why."""

    id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mentioned:
    """One document's mention of an entity, as its entity page shows it."""

    doc_id: str
    snippet: str  # the first mention in context
    count: int  # mentions in this document


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """A person, place or organisation across the corpus: what its page shows."""

    ref: EntityRef
    aliases: tuple[str, ...]
    description: str | None
    wikidata: str | None
    mentions: int
    documents: tuple[Mentioned, ...]  # in listing order (dated first, oldest first)
    companions: tuple[tuple[EntityRef, int], ...] = ()  # most often in the same documents
    place: PlaceInfo | None = None  # a place's kind and coordinates, when the gazetteer knows it


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """Where a place is, for its entry: kind ("city", "country"...), latitude and longitude."""

    kind: str
    lat: float | None  # None: the gazetteer has no coordinates for it (Palau, Antarctica)
    lon: float | None
    centre_of_population: bool = False  # coordinates computed from its cities (countries, regions)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about a document beyond its text; None means unknown."""

    date: DateValue | None = None
    event_date: DateValue | None = None
    place: Value | None = None
    language: Value = Value("und", "none")
    type: Value = Value("report", "none")
    source_name: str | None = None
    source_url: str | None = None
    tags: tuple[str, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    curated: tuple[str, ...] = ()  # names of the fields a curator set
    source_provenance: str | None = None  # "curated", "folder" or "page"; None when unknown
    from_folder: tuple[str, ...] = ()  # curated fields set by a folder default (see curation.py)
    file_created: str | None = None  # when the file was made (YYYY-MM-DD), never the document's date


@dataclass(frozen=True, slots=True)
class Document:
    """One publishable document: everything a page, listing or catalog record needs."""

    id: str
    seed: str
    sha256: str
    encoding: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    words: int
    reading_time: int  # minutes
    description: str
    slug: str = ""  # assigned by enrich.slugs, unique across the corpus
    notes: tuple[str, ...] = ()  # warnings about this document (shown on Data quality, fatal in strict mode)
    meta: Metadata = field(default_factory=Metadata)
    entities: tuple[EntityRef, ...] = ()  # assigned by enrich, most mentioned first
    related: tuple[RelatedRef, ...] = ()  # assigned by enrich, best first
    versions: tuple[str, ...] = ()  # ids of near-duplicates: other versions of this text
    format: str = "txt"  # the seed's format: "txt", "html", "pdf" or "docx"

    @property
    def url(self) -> str:
        """The page's path relative to the site root (directory URLs)."""
        return f"archive/documents/{self.slug}/"

    @property
    def original(self) -> str:
        """Path of the published copy of the seed, relative to the site root. Its name never
        ends in .html: a saved web page is published as text (``.html.txt``), so that its
        scripts can never run on the archive's origin."""
        return f"archive/originals/{self.slug}{ORIGINAL_SUFFIXES.get(self.format, '.txt')}"


#: the suffix of a published original, by format: never one a web server serves as HTML
ORIGINAL_SUFFIXES = {"txt": ".txt", "html": ".html.txt", "pdf": ".pdf", "docx": ".docx"}


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """The site as mkdocs.yml describes it: name, public address and description. ``url`` is ""
    when unknown (then nothing absolute is written) or ends in "/"."""

    name: str = "Dossier"
    url: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file under seeds/ that was not published, and why."""

    seed: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """The whole collection after enrichment, in listing order."""

    documents: tuple[Document, ...]
    rejected: tuple[Rejected, ...] = field(default=())
    curation_problems: tuple[str, ...] = field(default=())
    entities: tuple[EntityInfo, ...] = field(default=())
    duplicates: tuple[tuple[str, ...], ...] = field(default=())  # groups of document ids

    def by_id(self) -> dict[str, Document]:
        """Documents by id, for links between documents."""
        return {doc.id: doc for doc in self.documents}

    @property
    def warnings(self) -> tuple[tuple[Document, str], ...]:
        """Every (document, note) pair: problems that did not stop a document from being published."""
        return tuple((doc, note) for doc in self.documents for note in doc.notes)

    @property
    def problems(self) -> int:
        """Rejected files plus warnings; a strict build fails when this is not zero."""
        return len(self.rejected) + len(self.warnings) + len(self.curation_problems)


def pickled_by_fields(*classes: type) -> None:
    """Pickle each of ``classes`` (frozen dataclasses) as its class and its fields' values, rebuilt
    by calling the class.

    For a frozen, slotted dataclass, ``dataclasses`` pickles through a ``__getstate__`` and
    ``__setstate__`` of its own that call ``fields()`` for every object: 64% of the time taken to
    pickle the BBC corpus (61,000 objects) for the build cache, and as much again for every
    result a worker process sends back. Taking the values with one ``attrgetter`` is C code.
    The entity rules' frozen dataclasses need it too: compiled (see dossier.native), they have
    no ``__dict__``, and pickle's default would set their fields one by one, which a frozen class
    refuses.
    """
    for cls in classes:
        setattr(cls, "__reduce__", _reduce_by_fields(cls))  # noqa: B010 - a method assigned after the class is made


def field_values(cls: type) -> Callable[[object], tuple[Any, ...]]:
    """A function giving an object of ``cls`` (a dataclass) its fields' values, in order: what
    ``cls(*values)`` makes again (values of the fields' several types: ``Any``). One
    ``attrgetter``, which is C code."""
    names = [f.name for f in fields(cls)]
    values = operator.attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (values(obj),)
    return values


def _reduce_by_fields(cls: type) -> Callable[[object], tuple[type, tuple[object, ...]]]:
    values = field_values(cls)

    def reduce(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, values(self)

    return reduce


pickled_by_fields(
    Source, DateValue, Value, FileMeta, Decoded, RemovedLine, EntityRef, RelatedRef, Mentioned,
    EntityInfo, PlaceInfo, Metadata, Document, SiteInfo, Rejected, Corpus,
)  # fmt: skip
