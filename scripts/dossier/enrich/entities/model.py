"""Typed values of the entity index: a mention in one document, an entity, the whole index.

Offsets convention: a mention's ``paragraph`` is an index into the document's paragraphs, or -1
for the title. Its ``start`` and ``end`` are character offsets into that paragraph's text, which
is the paragraph's lines joined with "\\n" (``unit_text``), so ``unit_text(...)[start:end] ==
surface``. The same offsets work on any single-line paragraph as written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from dossier.models import Paragraph, pickled_by_fields

TITLE = -1  # the ``paragraph`` of a mention in the title


def units(title: str, paragraphs: tuple[Paragraph, ...]) -> list[tuple[int, str]]:
    """Every unit of a document as (paragraph, unit_text): the title (TITLE) first."""
    return [(TITLE, title), *((i, "\n".join(lines)) for i, lines in enumerate(paragraphs))]


def unit_text(title: str, paragraphs: tuple[Paragraph, ...], paragraph: int) -> str:
    """The text mention offsets refer to: the title for -1, else the paragraph's lines joined by "\\n"."""
    return title if paragraph == TITLE else "\n".join(paragraphs[paragraph])


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity in one document."""

    entity: str  # the entity's key (URL-safe slug)
    name: str  # the entity's name as this document knows it ("Sergey Lavrov" for "Lavrov")
    kind: str  # "person", "place" or "organisation"
    surface: str  # the text as written
    paragraph: int  # index into the document's paragraphs; -1 (TITLE) for the title
    start: int  # character offsets into unit_text(title, paragraphs, paragraph)
    end: int
    rule: str  # how it was found: registry, name, title, surname, given-name, organisation, acronym
    resolved: bool = True  # False: a bare surname or acronym the document alone could not resolve


# Compiled (see dossier.native), a Mention has no __dict__ and a frozen class refuses pickle's
# default, field by field: it is pickled by its fields (see pickled_by_fields). The worker
# processes that search documents send their mentions back as rows of plain values instead
# (mentions._document_mentions).
pickled_by_fields(Mention)


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether text[start:end] shares a character with any of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def taken_spans(mentions: Iterable[Mention]) -> dict[int, list[tuple[int, int]]]:
    """The (start, end) spans of ``mentions`` by paragraph: where a later rule may not read."""
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        taken[mention.paragraph].append((mention.start, mention.end))
    return taken


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, place or organisation across the corpus."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]  # every other way it is written in the documents (and the registry)
    description: str | None
    wikidata: str | None
    documents: tuple[str, ...]  # ids of the documents that mention it, in the order they were given
    mentions: int  # how many mentions in all
    surname_only: bool = False  # known only by a surname, in one document: kept apart (see corpus_index.py)


pickled_by_fields(Entity)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


@dataclass(frozen=True)
class EntityIndex:
    """Every entity by key, and every document's mentions (with final keys) by document id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Entity]:
        """Entities of one kind, most mentioned in most documents first, then by name."""
        chosen = [e for e in self.entities.values() if e.kind == kind]
        return sorted(chosen, key=lambda e: (-len(e.documents), -e.mentions, e.name.casefold(), e.key))


pickled_by_fields(EntityIndex)  # compiled, a frozen class is not unpickled field by field (see dossier.native)
