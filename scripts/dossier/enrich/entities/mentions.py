"""The people, places and organisations each document mentions, and where; the entry point of
the entity index (find_mentions per document, then resolve_corpus, cooccurrence and snippet).

Three passes over the title and paragraphs:

1. registry aliases, longest first ("Great Britain" before "Britain");
2. names found by their shape (discovery.py), in the body only: a title and lines that
   read like headlines capitalise every word, so they give no evidence;
3. every use of a name now known, everywhere, title included: a full name, a bare surname or a
   given name of a person named in full in this document ("Lavrov", "Duncan", "Alan"), an
   organisation or its acronym.

A bare surname takes the person with that surname whose full name came last before it (the first
one if none came before). A surname with no full name in the document stays unresolved
(``resolved=False``); only the corpus-wide step (corpus_index.py) may join it to a person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache, partial
from typing import Any, Protocol

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.acronyms import thing_acronyms
from dossier.enrich.entities.bodies import bodies_not_people, city_clubs_short
from dossier.enrich.entities.channels import channel_mentions
from dossier.enrich.entities.corpus_index import cooccurrence, resolve_corpus
from dossier.enrich.entities.corpus_names import corpus_organisations
from dossier.enrich.entities.discovery import discover, headline_spans, inside_organisation, runs
from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.known import Known, known_names, lowercase_in
from dossier.enrich.entities.landmarks import landmark_mentions, one_word_grounds, venue_mentions
from dossier.enrich.entities.lineups import lineup_candidates
from dossier.enrich.entities.localities import locality_mentions
from dossier.enrich.entities.model import TITLE, Entity, EntityIndex, Mention, overlaps, taken_spans
from dossier.enrich.entities.model import units as document_units
from dossier.enrich.entities.morphology import has_cyrillic, is_cyrillic
from dossier.enrich.entities.organisations import STANDING_BODIES, organisation_mentions, possessive_names
from dossier.enrich.entities.places import gazetteer_runs, place_mentions, word_before
from dossier.enrich.entities.registry import Registry
from dossier.enrich.entities.russian import Found as RussianName
from dossier.enrich.entities.russian import lone_surnames, person_mentions, russian_mentions
from dossier.enrich.entities.russian_orgs import (
    is_russian_sport,
    latin_bodies,
    russian_organisations,
    spelled_russian_acronyms,
)
from dossier.enrich.entities.seats import seat_mentions
from dossier.enrich.entities.shapes import CUES, Token, initials_match, is_given, word
from dossier.enrich.entities.snippets import mention_snippet, snippet
from dossier.enrich.entities.sports import is_sport_report
from dossier.enrich.entities.teams import clubs_that_own_players, short_forms, team_mention
from dossier.enrich.entities.works import corpus_works, work_names
from dossier.models import Document, Paragraph, field_values
from dossier.parallel import Workers, ordered_map

__all__ = [
    "Entity",
    "EntityIndex",
    "Mention",
    "cooccurrence",
    "document_mentions",
    "find_mentions",
    "index_documents",
    "mention_snippet",
    "resolve_corpus",
    "snippet",
]

_PREVIOUS = re.compile(r"([^\W\d_][\w'’.-]*) $")
_NEXT = re.compile(r" ([^\W\d_][\w'’-]*)")
_NEIGHBOURS_BEFORE = CUES | pat.FUNCTION_WORDS | pat.ROLE_MODIFIERS
_NEIGHBOURS_AFTER = pat.FUNCTION_WORDS | pat.GENERIC_WORDS | pat.ORG_HEADS | pat.ROLES | pat.ROLE_MODIFIERS


def standalone(text: str, start: int, end: int) -> bool:
    """True unless a capitalised word that could be part of the same name touches ``text[start:end]``:
    "Duncan" in "Iain Duncan Smith" or "Brown" in "Gordon Brown" is not a bare surname."""
    previous = _PREVIOUS.search(text, max(0, start - 40), start)
    if previous:
        before = previous.group(1)
        possessive = before.endswith(("'s", "’s"))
        if before[:1].isupper() and not (possessive or before.endswith(".")) and word(before) not in _NEIGHBOURS_BEFORE:
            return False
    following = _NEXT.match(text, end)
    return not (following and following.group(1)[:1].isupper() and word(following.group(1)) not in _NEIGHBOURS_AFTER)


class Text(Protocol):
    """What the search for mentions reads of a document (a Document has it)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def paragraphs(self) -> tuple[Paragraph, ...]: ...


def index_documents(documents: Iterable[Document], registry: Registry) -> EntityIndex:
    """Find the mentions of every document and resolve them across the corpus (documents in
    listing order, which entity pages keep)."""
    return resolve_corpus(document_mentions(documents, registry), registry)


def document_mentions(
    documents: Iterable[Text], registry: Registry, workers: Workers | None = None
) -> dict[str, tuple[Mention, ...]]:
    """find_mentions for every document, by id, in the order given, then the organisations the
    corpus has named where a document leaves them standing alone (corpus_names.py). find_mentions
    depends on one document alone, so a large corpus is shared out over worker processes
    (``workers``, or a pool of its own; see dossier.parallel)."""
    # A text saved twice (98 of BBC's 2,225 articles) is searched once: mentions depend on the
    # title and paragraphs alone, not on the document's id.
    units: list[tuple[str, str, tuple[Paragraph, ...]]] = []  # the first document of each text
    unit_of: dict[tuple[str, tuple[Paragraph, ...]], int] = {}
    numbers = []
    for doc in documents:
        number = unit_of.setdefault((doc.title, doc.paragraphs), len(units))
        if number == len(units):
            units.append((doc.id, doc.title, doc.paragraphs))
        numbers.append((doc.id, number))
    search = partial(_document_mentions, registry)
    rows = workers.map(search, units) if workers else ordered_map(search, units)
    found = [tuple(Mention(*row) for row in mentions) for mentions in rows]
    found = corpus_organisations(units, found, registry.ignored)
    found = corpus_works(units, found)  # "Harry Potter", "Vera Drake": works, wherever named
    return {doc_id: found[number] for doc_id, number in numbers}


#: a mention's fields, in Mention's order: ``Mention(*row)`` makes it again
_MENTION_ROW = field_values(Mention)


def _document_mentions(registry: Registry, unit: tuple[str, str, tuple[Paragraph, ...]]) -> tuple[tuple[Any, ...], ...]:
    """find_mentions of one text, as rows of plain values: a worker process sends them back
    pickled, and tuples of strings and numbers pickle in C, where a Mention pickles by a call of
    its ``__reduce__`` (49,000 mentions on BBC: 0.16 s in the workers, against 0.04 s for the
    rows; making the Mentions again here costs what unpickling them did)."""
    return tuple(map(_MENTION_ROW, find_mentions(*unit, registry)))


def find_mentions(
    doc_id: str, title: str, paragraphs: tuple[Paragraph, ...], registry: Registry
) -> tuple[Mention, ...]:
    """Every entity mention in a document, in text order (title first). Mentions depend on the
    document alone; ``doc_id`` is accepted for symmetry with resolve_corpus, which uses it."""
    units = document_units(title, paragraphs)
    mentions: list[Mention] = []
    blocked: dict[int, list[tuple[int, int]]] = {}
    headlines: dict[int, list[tuple[int, int]]] = {}
    people: dict[str, tuple[str, ...]] = {}
    for paragraph, text in units:
        headlines[paragraph] = [(0, len(text))] if paragraph == TITLE else headline_spans(text)
        blocked[paragraph] = []
        for match, entity in registry.find(text):
            surface = text[match.start : match.end]
            if entity.kind == "place" and inside_organisation(text, match.start, match.end):
                continue  # "London Stock Exchange", "Muslim Council of Britain": the body's name
            if (
                entity.kind == "person"
                and " " not in surface
                and not any(s <= match.start < e for s, e in headlines[paragraph])  # in a headline: free
                and not standalone(text, match.start, match.end)
            ):
                continue
            mentions.append(
                Mention(entity.key, entity.name, entity.kind, surface, paragraph, match.start, match.end, "registry")
            )
            blocked[paragraph].append((match.start, match.end))
            if entity.kind == "person":
                people[entity.key] = entity.names
    for channel in channel_mentions(units, registry):  # "BBC One", "Channel 4"
        spans = blocked[channel.paragraph]
        if not any(s < channel.end and channel.start < e for s, e in spans):
            mentions.append(channel)
            spans.append((channel.start, channel.end))
    unit_runs = {paragraph: runs(text, blocked[paragraph]) for paragraph, text in units}
    document = "\n".join(text for _, text in units)
    # one search of the document first: most have no Cyrillic letter, and no run needs a look
    if has_cyrillic(document) and any(is_cyrillic(run[0].text) for each in unit_runs.values() for run in each):
        mentions += _russian(units, unit_runs, registry, blocked)
    candidates = [
        candidate
        for paragraph, text in units
        if paragraph != TITLE
        for candidate in discover(paragraph, text, unit_runs[paragraph], headlines[paragraph])
    ]
    sport = is_sport_report(document)
    if sport:
        candidates += [c for paragraph, text in units if paragraph != TITLE for c in lineup_candidates(paragraph, text)]
    candidates = bodies_not_people(candidates, dict(units), document, sport)
    known = known_names(candidates, people, registry, document)
    city_clubs_short(known, candidates, document)
    mentions += _scan(units, unit_runs, headlines, known)
    texts = dict(units)
    if sport:  # "France coach Bernard Laporte": the registry's country, playing as its side
        mentions = clubs_that_own_players(_registry_sides(mentions, texts, document), texts)
    mentions += venue_mentions(units, unit_runs, taken_spans(mentions))  # before the town in "Sheffield Arena"
    mentions += _places(units, unit_runs, mentions, document, registry, sport)
    mentions += landmark_mentions(units, unit_runs, taken_spans(mentions), sport)
    if sport:  # "at Murrayfield", "at Anfield": grounds of one word
        mentions += one_word_grounds(units, unit_runs, taken_spans(mentions), document, load_gazetteer())
    mentions += seat_mentions(units, taken_spans(mentions), load_gazetteer())
    mentions += locality_mentions(units, taken_spans(mentions), load_gazetteer())  # "in St Thomas, Jamaica"
    organisations = {m.surface for m in mentions if m.kind == "organisation"}
    mentions += organisation_mentions(units, unit_runs, taken_spans(mentions), registry, sport, organisations)
    things = thing_acronyms(document)
    if things:  # "liquid-crystal displays (LCDs)", "adaptors called DVI or HDMI (...)": a thing
        mentions = [m for m in mentions if not (m.kind == "organisation" and m.surface in things)]
    mentions = possessive_names(mentions, texts, document)  # "McDonald's are listed"
    mentions = _spelled_acronyms(mentions)  # "M&S" beside "Marks & Spencer"
    if has_cyrillic(document):
        mentions += latin_bodies(units, mentions, document)  # "Wildberries", "Google" in Russian text
        mentions = spelled_russian_acronyms(mentions, units)  # "ШОС" beside "Шанхайская организация сотрудничества"
    mentions = short_forms(mentions, sport)  # "Man Utd" beside "Manchester United"
    works = work_names(mentions, texts)
    if works:  # "the comedy Meet the Fockers": a film's title in the whole document
        mentions = [m for m in mentions if not (m.kind == "organisation" and m.name in works)]
    common = _common_word_names(mentions, document)
    if common:  # "Recent Bond games ...", "Original Abba", "Video Countdown": no one's name
        mentions = [m for m in mentions if not (m.kind == "person" and m.entity in common)]
    return tuple(sorted(mentions, key=lambda m: (m.paragraph, m.start, m.end)))


#: first words that open a person's name without being a given name: titles, particles, honorifics
_NAME_OPENERS = pat.NOBLE_TITLES | pat.PARTICLES | pat.HONORIFICS


def _common_word_names(mentions: list[Mention], document: str) -> set[str]:
    """The people of two words found by their shape (not the registry) whose first word is no
    given name of either list, no initial, title or particle, and which the document also writes
    in small letters as a word of its own: a sentence's or a headline's capitalised word before a name-like
    word ("Recent Bond games", "Several Hollywood stars", "Original Abba", "Video Countdown"),
    not a person. Their keys; every mention of them goes (the surname uses too)."""
    found: set[str] = set()
    seen: set[str] = set()
    for mention in mentions:
        if mention.kind != "person" or mention.rule == "registry" or mention.entity in seen:
            continue
        seen.add(mention.entity)
        first, _, rest = mention.name.partition(" ")
        folded = first.casefold()
        if not rest or " " in rest or len(first.rstrip(".")) < 2 or folded in _NAME_OPENERS or is_given(folded):
            continue  # a longer name keeps its person ("Rapper Ice Cube"), under a name too long
        if lowercase_in(document, first):
            found.add(mention.entity)
    return found


def _russian(
    units: list[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    registry: Registry,
    blocked: dict[int, list[tuple[int, int]]],
) -> list[Mention]:
    """People, places and organisations of the Russian text (russian.py, russian_orgs.py); its
    capitalised runs are then left out of the Latin rules' discovery."""
    gazetteer = load_gazetteer()
    places: list[Mention] = []
    people: list[RussianName] = []
    for paragraph, text in units:
        found_places, found_people = russian_mentions(
            paragraph, text, unit_runs[paragraph], gazetteer, registry, blocked[paragraph]
        )
        places += found_places
        people += found_people
        # a run that opens with a Latin word is left to the Latin rules, unless a Russian place
        # holds it: "на «Ozon Арене»" is a ground, not a person "Ozon Арене"
        held = [(m.start, m.end) for m in found_places]
        unit_runs[paragraph] = [
            run
            for run in unit_runs[paragraph]
            if not is_cyrillic(run[0].text) and not overlaps(run[0].start, run[-1].end, held)
        ]
    taken = [(p, s, e) for p, spans in blocked.items() for s, e in spans] + [
        (m.paragraph, m.start, m.end) for m in places
    ]
    people += lone_surnames(units, people, taken)  # "Сам Гершкович": the person named in full
    named = places + person_mentions(people, registry)
    texts = dict(units)
    sport = is_russian_sport("\n".join(texts.values()))
    organisations = [
        _registered(organisation, registry)  # "Евросоюза": the registry's European Union
        for paragraph, text in units
        if has_cyrillic(text)
        for organisation in russian_organisations(
            paragraph,
            text,
            blocked[paragraph]
            + [(m.start, m.end) for m in named if m.paragraph == paragraph and not _claimable(m, text)],
            sport,
        )
    ]
    # a place inside a body's name is not a place mention ("Министерство обороны РФ"), nor one
    # inside a name in guillemets ("«Единая Россия»": a party)
    inside = {(o.paragraph, o.start, o.end) for o in organisations}
    named = [
        m
        for m in named
        if m.kind != "place"
        or not (
            any(p == m.paragraph and s <= m.start and m.end <= e for p, s, e in inside)
            or in_guillemets(texts[m.paragraph], m.start, m.end)
        )
    ]
    # a person's name inside a thing's name in guillemets is no mention of the person: ships,
    # prizes and firms named after people ("фрегат «Адмирал Горшков»", "танкер «Академик Пашин»")
    named = [m for m in named if m.kind != "person" or not in_guillemets(texts[m.paragraph], m.start, m.end)]
    return named + organisations


def _registered(mention: Mention, registry: Registry) -> Mention:
    """A body the registry names with the nominative a Russian rule gave it, as the registry's."""
    entity = registry.lookup(mention.name)
    if entity is None or entity.kind != "organisation":
        return mention
    return replace(mention, entity=entity.key, name=entity.name, rule="registry")


def _claimable(mention: Mention, text: str) -> bool:
    """A place a body named in guillemets may hold: all the name ("«Краснодар»") or a word of it
    ("«Единая Россия»")."""
    return _alone_quoted(mention, text) or (mention.kind == "place" and in_guillemets(text, mention.start, mention.end))


def _alone_quoted(mention: Mention, text: str) -> bool:
    """A place of one word that is all a name in guillemets holds ("«Краснодар»"): a club or a
    company may claim it (russian_orgs); else it stays a place. A ground's name ("«Газпром
    Арена»") is the place's alone."""
    return (
        mention.kind == "place"
        and " " not in mention.surface
        and text[mention.start - 1 : mention.start] == "«"
        and text[mention.end : mention.end + 1] == "»"
    )


_NAME_IN_GUILLEMETS = 3  # words at most: longer text in guillemets is a quotation


def in_guillemets(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a name in guillemets with other words beside it
    ("«Единая Россия»"); a name alone in them ("«Россия»", a channel or a ship) is left as it is,
    and so is a quotation ("«Мы ждём от Киева выполнения...»": Russian quotes in guillemets too)."""
    opening = text.rfind("«", 0, start)
    if opening < 0 or text.rfind("»", 0, start) > opening:
        return False
    closing = text.find("»", end)
    if closing < 0:
        return False
    inside = text[opening + 1 : closing].strip()
    named = inside.partition(" — ")[0]  # "«Справедливая Россия — За правду»": a name and its motto
    return (
        inside != text[start:end]
        and len(named.split()) <= _NAME_IN_GUILLEMETS
        and not any(c in inside for c in ".,!?:;")
    )


def _registry_sides(mentions: list[Mention], texts: dict[int, str], document: str) -> list[Mention]:
    """A sports report's mentions with each registry country that plays as a side made the side
    (teams.py)."""
    gazetteer = load_gazetteer()
    return [
        team_mention(m, word_before(texts[m.paragraph], m.start), texts[m.paragraph], document, gazetteer)
        if m.kind == "place" and m.rule == "registry"
        else m
        for m in mentions
    ]


def _spelled_acronyms(mentions: list[Mention]) -> list[Mention]:
    """Mentions with each acronym the document left unresolved made the organisation it names
    when its letters are the initials of exactly one organisation named in full there: "M&S"
    beside "Marks & Spencer", "FT" beside "Financial Times", with no brackets to join them."""
    open_acronyms = {m.name for m in mentions if m.rule == "acronym" and not m.resolved}
    if not open_acronyms:
        return mentions
    bodies = {
        (m.entity, m.name)
        for m in mentions
        if m.kind == "organisation" and m.rule != "acronym" and sum(1 for w in m.name.split() if w[:1].isupper()) >= 2
    }
    spelled = {}
    for acronym in open_acronyms:
        found = [body for body in bodies if initials_match(tuple(body[1].split()), acronym)]
        if len(found) == 1:
            spelled[acronym] = found[0]
    if not spelled:
        return mentions
    return [
        replace(m, entity=spelled[m.name][0], name=spelled[m.name][1], resolved=True)
        if m.rule == "acronym" and not m.resolved and m.name in spelled
        else m
        for m in mentions
    ]


_BODIES = frozenset(STANDING_BODIES)  # bodies named by a building or a word of their own (see _places)


def _places(
    units: list[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    mentions: list[Mention],
    document: str,
    registry: Registry,
    sport: bool,
) -> list[Mention]:
    """Gazetteer places in the runs no other name took (see places.py)."""
    gazetteer = load_gazetteer()
    found = gazetteer_runs(units, unit_runs, taken_spans(mentions), gazetteer)
    named = {m.name for m in mentions if m.kind == "place"}
    home = _home_countries(registry)
    # a body named by its building is the body, read after the places: "the White House said"
    # is no old name of Casablanca (organisations.STANDING_BODIES)
    ignored = registry.ignored | _BODIES
    return place_mentions(found, dict(units), document, gazetteer, ignored, named, sport, home)


@lru_cache(maxsize=4)
def _home_countries(registry: Registry) -> frozenset[str]:
    """The countries of the registry's places: the dossier's own ground, whose regions need no
    other evidence ("Kent" in a dossier whose registry names the United Kingdom)."""
    gazetteer = load_gazetteer()
    places = (gazetteer.by_name(e.name) for e in registry.entities if e.kind == "place")
    return frozenset(p.country for p in places if p is not None and p.country)


def _scan(
    units: list[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    headlines: dict[int, list[tuple[int, int]]],
    known: dict[tuple[str, ...], Known],
) -> list[Mention]:
    """Every use of a known name, longest first; ambiguous surnames go to the nearest full name before."""
    longest = max((len(k) for k in known), default=0)
    firsts = {k[0] for k in known}
    found: list[tuple[Mention, Known]] = []
    for paragraph, text in units:
        for run in unit_runs[paragraph]:
            if len(run) == 1 and run[0].key not in firsts:
                continue  # most runs: one word that names nothing known
            norms = [t.key for t in run]
            if firsts.isdisjoint(norms):
                continue  # no word that opens a known name: the loop below would find nothing
            i = 0
            while i < len(run):
                if norms[i] not in firsts:
                    i += 1
                    continue
                for length in range(min(longest, len(run) - i), 0, -1):
                    entry = known.get(tuple(norms[i : i + length]))
                    if entry and (length > 1 or _bare_ok(entry, text, run, i, headlines[paragraph])):
                        start, end = run[i].start, run[i + length - 1].end
                        surface = text[start:end]
                        mention = Mention(
                            entry.key,
                            entry.name,
                            entry.kind,
                            surface,
                            paragraph,
                            start,
                            end,
                            entry.rule,
                            entry.resolved,
                        )
                        found.append((mention, entry))
                        i += length
                        break
                else:
                    i += 1
    return _resolve_ambiguous(found)


def _bare_ok(entry: Known, text: str, run: list[Token], i: int, headlines: list[tuple[int, int]]) -> bool:
    """A one-word name needs to stand alone, and a surname that is also a word ("May") a title first."""
    token = run[i]
    if entry.rule == "acronym":
        return token.text.isupper()
    if entry.rule == "word-acronym":  # "Opec" after "Organisation of Petroleum Exporting Countries (Opec)"
        return token.text[1:].islower()
    if entry.rule not in ("surname", "given-name"):
        return True
    if entry.needs_cue and not (i > 0 and run[i - 1].key in CUES and run[i - 1].end + 1 == token.start):
        return False
    in_headline = any(s <= token.start < e for s, e in headlines)
    return in_headline or standalone(text, token.start, token.end)


def _resolve_ambiguous(found: list[tuple[Mention, Known]]) -> list[Mention]:
    full_at: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention, entry in found:
        if entry.rule in ("name", "title"):
            full_at[mention.entity].append((mention.paragraph, mention.start))
    out: list[Mention] = []
    for mention, entry in found:
        if len(entry.candidates) > 1:
            here = (mention.paragraph, mention.start)
            before = [
                (max(p for p in full_at[k] if p < here), k)
                for k in entry.candidates
                if any(p < here for p in full_at[k])
            ]
            chosen = max(before)[1] if before else entry.candidates[0]
            mention = replace(mention, entity=chosen, name=entry.names[chosen])
        out.append(mention)
    return out
