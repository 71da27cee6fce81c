"""Names of works and bands, not bodies: a name a work's word introduces ("the comedy Meet the
Fockers", "the film Polar Express", "the UK premiere of Polar Express", "the band Kaiser Chiefs")
names a film, a book, a show or a band in the whole document, though a head word ("Express",
"Party") or a company's cue elsewhere would make it an organisation. People named so were
already left out (shapes.py); this does the same for organisations.

Across the corpus (corpus_works), a name that the corpus reads as a work's or a band's is no
person in the texts that name it with no such word: "Harry Potter" (the Harry Potter books,
films), "Vera Drake" (the film), "James Bond" (the James Bond films), "Franz Ferdinand" (the
band). A two-word name counts as a work's where a work's word stands just before it ("the film
Vera Drake", "the band Franz Ferdinand") or a series' word, its author or its star just after
it ("the Harry Potter films", "Harry Potter author JK Rowling"; not "a Mike Leigh film": a
director's name before one film); a character's name where a part or a succession of actors
stands before it ("the role of Luke Skywalker", "the next James Bond"); it is taken for a work,
or a character, when that happens in at least
MIN_WORKS texts and 15% of the texts that read it as a person (WORK_SHARE), or once after
"band". Over BBC: Harry Potter (18 texts), Franz Ferdinand (15), Vera Drake (9), Scissor
Sisters and Snow Patrol are no longer people, nor is James Bond (the next James Bond, the James
Bond films: four texts of ten).

A work's word is one of patterns.WORK_WORDS that names no body: "magazine", "newspaper",
"website", "label", "brand" and "group" introduce organisations ("gadget magazine Stuff"). Nor
is it a word that is also a verb or a word of sport: "play", "hit", "show", "game".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.corpus_names import Unit
from dossier.enrich.entities.model import Mention

WORKS: Final = pat.WORK_WORDS - frozenset(
    """
    group groups magazine newspaper website brand label franchise character characters
    play plays hit hits single singles game games show track tracks
    """.split()
)  # the second line: verbs and words of sport too ("England play France", "hits BA", "games against Wales")
# the work's word, then up to three words of the title before the name ("comedy Meet the Fockers")
_WORK_BEFORE = re.compile(
    r"\b(?i:" + "|".join(sorted(WORKS)) + r"|premiere of),?\s+[\"“‘']?(?:(?:[A-Z][\w'’-]*|the|of|a)\s+){0,3}$"
)
_SPAN = 60  # characters read before a name
_CLUES = (*sorted(WORKS), "premiere")


def work_names(mentions: Iterable[Mention], texts: dict[int, str]) -> frozenset[str]:
    """The organisations' names that a work's word introduces somewhere in the document."""
    works: set[str] = set()
    folded = "\n".join(texts.values()).casefold()
    if not any(word in folded for word in _CLUES):
        return frozenset()  # most documents: no work's word at all, known without the pattern
    for mention in mentions:
        if mention.kind == "organisation" and mention.name not in works:
            text = texts[mention.paragraph]
            if _WORK_BEFORE.search(text, max(0, mention.start - _SPAN), mention.start):
                works.add(mention.name)
    return frozenset(works)


MIN_WORKS = 2
WORK_SHARE = 0.15
_TITLE: Final = r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3})"  # on one line: not a headline's end and a name
_FILMS_WORDS: Final = (
    "film films movie movies biopic novel novels book books musical sitcom character characters band bands "
    "sequel remake thriller documentary album"
).split()
_TITLE_AFTER: Final = re.compile(r"[\"“‘']?" + _TITLE)  # read at each work's word (one search per word)
_FILMS_CUES: Final = tuple(f"{word} " for word in _FILMS_WORDS)
# A series' word after the name (plural: "the Harry Potter films"; "a Mike Leigh film" is a
# director's), or the work's author or star ("Harry Potter author JK Rowling", "Bond star").
_SERIES_WORDS: Final = ("films", "books", "novels", "movies", "franchise", "series", "sequels", "stories", "author")
_SERIES: Final = re.compile(_TITLE + r" (?:" + "|".join(_SERIES_WORDS) + r"|star [A-Z])\b")
# A character's cues before the name: a part an actor takes ("the role of Luke Skywalker") or a
# succession of actors in one part ("the next James Bond", "the first black James Bond", one
# lowercase word allowed between). Found like the work's words (_after_cues): a pattern searched
# through every text cost half as much again as all of corpus_works.
_PART_CUES: Final = ("the role of ", "the part of ")
_SUCCESSION_CUES: Final = ("the next ", "the new ", "a new ", "the first ", "the former ", "the latest ")
_NAME_AT: Final = re.compile(_TITLE)
_WORD_AT: Final = re.compile(r"[a-z]+ ")

_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def corpus_works(units: Sequence[Unit], found: Sequence[tuple[Mention, ...]]) -> list[tuple[Mention, ...]]:
    """``found`` (each text's mentions, in the order of ``units``) without the people whose names
    the corpus reads as works or bands (see the module)."""
    works: Counter[str] = Counter()
    banded: set[str] = set()
    for _, title, paragraphs in units:
        text = "\n".join([title, *(line for paragraph in paragraphs for line in paragraph)])
        lowered = text.translate(_ASCII_LOWER)  # the same length as the text: positions are shared
        names: set[str] = set()
        for word, run in _introduced(text, lowered):
            words = run.split()  # "the film Vera Drake Wins": the name is a start of the run
            starts = {" ".join(words[:n]) for n in range(2, len(words) + 1)}
            names |= starts
            if word in ("band", "bands"):
                banded |= starts
        if any(word in lowered for word in (*_SERIES_WORDS, " star ")):
            for match in _SERIES.finditer(text):
                words = match[1].split()  # "The Harry Potter films": the name is an end of the run
                names |= {" ".join(words[n:]) for n in range(len(words) - 1)}
        for run in _characters(text, lowered):
            words = run.split()  # "the next James Bond Film": the name is a start of the run
            names |= {" ".join(words[:n]) for n in range(2, len(words) + 1)}
        works.update(names)
    if not works:
        return list(found)
    people: Counter[str] = Counter()
    for mentions in found:
        people.update({m.name for m in mentions if m.kind == "person"})
    dropped = {
        name
        for name, count in people.items()
        if name in banded or (works[name] >= MIN_WORKS and works[name] >= WORK_SHARE * count)
    }
    if not dropped:
        return list(found)
    return [
        tuple(m for m in mentions if not (m.kind == "person" and m.name in dropped))
        if any(m.kind == "person" and m.name in dropped for m in mentions)
        else mentions
        for mentions in found
    ]


def _after_cues(lowered: str, cues: Iterable[str]) -> Iterator[tuple[str, int]]:
    """(cue, where the text goes on after it) for each cue of ``cues`` (each ending with a space)
    that starts a word of ``lowered``, cue after cue, in text order: found with str.find, which
    is much quicker than a pattern searched through every text."""
    for cue in cues:
        at = lowered.find(cue)
        while at != -1:
            if not at or not lowered[at - 1].isalnum():
                yield cue, at + len(cue)
            at = lowered.find(cue, at + 1)


def _introduced(text: str, lowered: str) -> Iterator[tuple[str, str]]:
    """(the work's word, the capitalised run after it) of each "the film Vera Drake" of ``text``
    (``lowered``: the same with ASCII capitals lowered, so that a position in one is in both)."""
    for cue, end in _after_cues(lowered, _FILMS_CUES):
        title = _TITLE_AFTER.match(text, end)
        if title:
            yield cue[:-1], title[1]


def _characters(text: str, lowered: str) -> Iterator[str]:
    """The capitalised run after each character's cue of ``text`` ("the next James Bond")."""
    for cue, end in _after_cues(lowered, (*_PART_CUES, *_SUCCESSION_CUES)):
        name = _NAME_AT.match(text, end)
        if name is None and cue in _SUCCESSION_CUES and (between := _WORD_AT.match(text, end)):
            name = _NAME_AT.match(text, between.end())
        if name:
            yield name[1]
