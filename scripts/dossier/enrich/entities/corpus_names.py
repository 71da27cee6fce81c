"""Organisations the corpus has named: a name the rules found as an organisation in at least
MIN_DOCUMENTS texts names it wherever it stands on its own in another text of the corpus.

A story says "Yahoo has tweaked its technology" with no cue around the name; other stories say
"search giant Yahoo" or "Yahoo's shares". One document alone cannot tell, the corpus can, as a
reader who has read the rest of the dossier can (labels kept consistent across documents, as
named-entity recognisers have done since the CoNLL systems). Kept narrow, so that one misread
story does not spread:

- the name was found as an organisation, by the rules of one document alone (a cue, a head
  word, a listed company, the registry), in at least MIN_DOCUMENTS different texts, and in more
  texts than it was found as a person or a place;
- it is not written in capitals only: acronyms have their own rule, and "IT" or "EA" mean too
  many things;
- where it is taken, it is a capitalised run of its own ("Google" in "Google acquired", not in
  "Google News"), after the leading function words and the cuts organisations.py makes ("and",
  "the"), overlapping no mention, and its document names it as no person or place;
- a one-word name is not taken where it may be a common word (org_cues.common_word): where its
  text also writes it in lowercase ("Orange" in a story about orange juice) or where it opens a
  sentence and could be any capitalised word ("Five people were hurt");
- a text that found the name itself already has it wherever it stands (organisations.py), and
  one that found it as a place keeps that; one that read a name of two words or more as a
  person's ("Real Madrid", "Merrill Lynch" after "Analyst") has the body instead, as the corpus
  names it more often so (a one-word "person" is a surname: "Charlton" in a rugby line-up);
- the texts that found it must be at least SHARE of those texts and the texts that would gain it:
  a name that most of its texts write with no cue is not one the corpus has shown to be a body
  ("I've", the film "Aviator", "Australian Open": each misread in two or three texts, written in
  sixty).

Pure: the same mentions of the same texts give the same result, in the same order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from dossier.enrich.entities.discovery import runs
from dossier.enrich.entities.model import TITLE, Mention, taken_spans
from dossier.enrich.entities.model import units as document_units
from dossier.enrich.entities.org_cues import common_word
from dossier.enrich.entities.organisations import run_parts
from dossier.models import Paragraph

MIN_DOCUMENTS = 2
#: a name is taken only where the texts that named it themselves are at least this share of those
#: texts and the texts that would gain it (see the module)
SHARE = 0.25
RULE = "corpus"  # Mention.rule of a name taken by this module
_NONE_KNOWN: frozenset[str] = frozenset()  # run_parts keeps no run whole for being a known name here

Unit = tuple[str, str, tuple[Paragraph, ...]]  # (id, title, paragraphs) of one text


def corpus_organisations(
    units: Sequence[Unit], found: Sequence[tuple[Mention, ...]], ignored: frozenset[str] = frozenset()
) -> list[tuple[Mention, ...]]:
    """``found`` (each text's mentions, in the order of ``units``) with the organisations the
    corpus has named added where each text leaves them standing alone (see the module);
    ``ignored``: the registry's names to ignore, casefolded."""
    return corpus_names(units, found, ignored, "organisation")


def corpus_names(
    units: Sequence[Unit], found: Sequence[tuple[Mention, ...]], ignored: frozenset[str], kind: str
) -> list[tuple[Mention, ...]]:
    """corpus_organisations for names of any ``kind``. Only organisations use it: for places it
    found one more on the tuning sets and three false ones on the first held-out set (README)."""
    names, support = _corpus_names(found, ignored, kind)
    if not names:
        return list(found)
    by_first: dict[str, list[str]] = defaultdict(list)
    for surface in sorted(names):
        by_first[first_word(surface)].append(surface)
    candidates = [
        _added(title, paragraphs, mentions, names, by_first, kind)
        for (_, title, paragraphs), mentions in zip(units, found, strict=True)
    ]
    # texts that would gain the name, against the texts that named it themselves (see the module)
    gains: Counter[str] = Counter()
    for mentions, added in zip(found, candidates, strict=True):
        gains.update({m.surface for m in added} - {m.surface for m in mentions if m.kind == kind})
    kept = {surface for surface in names if support[surface] >= SHARE * (support[surface] + gains[surface])}
    # a "person" of the same full name is the body too ("Real Madrid", "Merrill Lynch": a given name
    # and a surname to one text's rules); the corpus has named it more often as a body than as anyone
    # (of two words or more: a one-word "person" is a surname, "Charlton" in a rugby line-up)
    bodies = {names[surface][1]: names[surface] for surface in kept if names[surface][1] == surface and " " in surface}
    out: list[tuple[Mention, ...]] = []
    for mentions, added in zip(found, candidates, strict=True):
        chosen = [m for m in added if m.surface in kept]
        if any(m.kind == "person" and m.name in bodies for m in mentions):
            mentions = tuple(_as_body(m, bodies, kind) for m in mentions)
        out.append(tuple(sorted((*mentions, *chosen), key=_in_text_order)) if chosen else mentions)
    return out


def _as_body(mention: Mention, bodies: dict[str, tuple[str, str]], kind: str) -> Mention:
    """A person's mention made the body of the same name, if the corpus names one."""
    if mention.kind != "person" or mention.name not in bodies:
        return mention
    key, name = bodies[mention.name]
    return replace(mention, entity=key, name=name, kind=kind, rule=RULE, resolved=True)


def _in_text_order(mention: Mention) -> tuple[int, int, int]:
    return mention.paragraph, mention.start, mention.end


def _corpus_names(
    found: Sequence[tuple[Mention, ...]], ignored: frozenset[str], kind: str
) -> tuple[dict[str, tuple[str, str]], Counter[str]]:
    """Surface -> (entity key, name) of every name of ``kind`` found in enough texts, and the
    number of texts that found each."""
    as_kind: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    owners: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for mentions in found:
        here: dict[str, tuple[str, str]] = {}
        other: set[str] = set()
        for m in mentions:
            if m.kind == kind and m.resolved and m.rule != "team":  # a side is the report's
                here.setdefault(m.surface, (m.entity, m.name))
            elif m.kind != kind:
                other.add(m.surface)
        as_kind.update(here.keys())
        as_other.update(other)
        for surface, owner in here.items():
            owners[surface][owner] += 1
    names = {
        surface: min(owners[surface].items(), key=lambda item: (-item[1], item[0]))[0]
        for surface, count in as_kind.items()
        if count >= MIN_DOCUMENTS
        and count > as_other[surface]
        and not surface.isupper()
        and surface.casefold() not in ignored
        and any(c.isalpha() for c in surface)
    }
    return names, as_kind


def _added(
    title: str,
    paragraphs: tuple[Paragraph, ...],
    mentions: tuple[Mention, ...],
    names: dict[str, tuple[str, str]],
    by_first: dict[str, list[str]],
    kind: str,
) -> tuple[Mention, ...]:
    """The mentions one text gains: each corpus name it did not find itself, where the name
    stands alone and is free (a name the text found is already taken wherever it stands)."""
    units = document_units(title, paragraphs)
    firsts = by_first.keys() & _WORD.findall("\n".join(text for _, text in units))
    if not firsts:
        return ()  # most texts: no word that begins a corpus name, one search to tell
    found = {m.surface for m in mentions}
    wanted = {surface for first in firsts for surface in by_first[first] if surface not in found}
    if not wanted:
        return ()
    taken = taken_spans(mentions)
    added: list[Mention] = []
    for paragraph, text in units:
        if paragraph == TITLE or not any(surface in text for surface in wanted):
            continue  # headlines are capitalised throughout: no run of theirs stands alone
        for run in runs(text, taken[paragraph]):
            for part in run_parts(run, text, _NONE_KNOWN):
                surface = text[part[0].start : part[-1].end]
                if surface in wanted and not common_word(text, part):
                    key, name = names[surface]
                    added.append(Mention(key, name, kind, surface, paragraph, part[0].start, part[-1].end, RULE))
    return tuple(added)


# A capitalised word as the first filter reads it: "Google's" gives "Google", "T-Mobile" and
# "AT&T" stay whole. A name is only ever taken in a capitalised run (discovery.runs).
_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w&-]*")


def first_word(surface: str) -> str:
    """The word a name is filed under for that filter ("McDonald" for "McDonald's")."""
    found = _WORD.search(surface)
    return found.group() if found else surface
