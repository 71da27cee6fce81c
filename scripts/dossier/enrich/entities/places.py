"""Places from the gazetteer in one document, read in context.

A capitalised run of words is a place when the whole run (after leading small words such as
"In" or "The") is a gazetteer name: "Paris" yes, but not "Paris Club", "Berlin Film Festival" or
"Sydney International", where the place is part of another name. Runs already taken by the
registry, a person or an organisation are not read. Then context decides:

- Which place: a name several places share goes to the one whose country the document names
  elsewhere (Georgia with Atlanta is the US state; with Tbilisi or Russia, the country); else to
  the most important (a country before a US state, a big city before a small one). A capital or
  a city of a million people comes before a US state of its name ("Washington" and "New York" in
  the news are the cities), unless the text names the state: "Washington state", "the state of
  New York", "upstate New York", "Seattle, Washington". (A region of its name keeps its rank by
  size: "Victoria" is the Australian state, not Hong Kong's old name.)
- Whether a place at all: a city needs a locative word before it ("in Reading", "at Twickenham")
  or a place after it ("Beaverton, Oregon") when it is small (under CITY_ALONE inhabitants), when
  it opens a sentence ("Reading the report..."), when the document uses its name as a lowercase
  word ("reading") or when it is also a common given name ("Florence"). A country, nation or
  state that the document also writes in lowercase ("turkey") needs the same evidence.
- Towns the gazetteer lacks (regions.load_towns): only after "in", "near" or "outside" (or "at"
  in a sports report, where the name is taken as a ground, with no coordinates), of a country
  the document names, and never written in the document without a locative word ("at Everton"
  beside "Everton beat Chelsea" is the club). A run after a locative word that opens with places
  keeps them though the rest is no place ("in America and the Third World").
- Place or team: in a sports report (sport_report), a country or city named without a locative
  word is the side that plays for it ("France beat Scotland", "Leicester wing Austin Healey"):
  an organisation, "France (team)". "in Dublin", "of Russia" and "Russia's Elena Bovina" stay
  places. teams.py says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer import Gazetteer, Place, name_key
from dossier.enrich.entities.given_names import GIVEN_NAMES
from dossier.enrich.entities.known import lowercase_in
from dossier.enrich.entities.landmarks import ground
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.morphology import has_cyrillic, lemma_key
from dossier.enrich.entities.org_cues import adjective
from dossier.enrich.entities.shapes import Token
from dossier.enrich.entities.sports import is_sport_report
from dossier.enrich.entities.teams import LOCATIVE_BEHIND, TEAM_KINDS, known_side, named_as_side, plays_as_team, team
from dossier.enrich.slugs import slugify
from dossier.models import pickled_by_fields

CITY_ALONE = 100_000  # smaller cities need a locative word or a place after them
BIG_CITY = 1_000_000  # smaller cities, unless capitals or renowned, also need their country named
RENOWNED = 40  # a city with this many alternate names in GeoNames is known abroad (Turin, Oxford)
ECLIPSE_PEOPLE, ECLIPSE_RENOWN, ECLIPSE_TOWN = 5, 1.5, 10  # see _eclipses
_COUNTRY_KINDS = frozenset({"country", "former", "nation"})
_CONTAINERS = _COUNTRY_KINDS | {"state", "region", "continent"}  # places a town's name is followed by
_SENTENCE_ENDS = ".!?:;\"“”'‘’"
_PLACE_AFTER = re.compile(r",\s+([A-ZА-Я][\w'’-]*(?: [A-ZА-Я][\w'’-]*)?)")
# A place named as where someone is from or where a body is based: "the Waterford man",
# "Ballymena sprinter Paul Brizzel", "the Leicester singer", "the Swindon firm", "the
# Cork-based firm", "a Leeds-born singer", "Glasgow group Franz Ferdinand".
_ORIGIN_AFTER = re.compile(
    r"(?:-born|-based|-bred|-raised|\s+(?:man|woman|men|women|boy|girl|lad|native|teenager|youngster|resident"
    r"|residents|sprinter|runner|athlete|boxer|golfer|jockey|cyclist|swimmer|rider|singer|band|rapper|comedian"
    r"|musician|firm|businessman|entrepreneur|architect|lawyer|solicitor|doctor|surgeon|nurse|teacher|student"
    r"|pupil|pensioner|mother|father|couple|family|schoolboy|schoolgirl|(?P<ensemble>group|duo|trio|outfit)))\b(?!['’])"
)  # not "the 2000 Olympic women's 100m": a possessor after it is what the name qualifies
# an ensemble word (group, duo...) is evidence only for a name no one is given: "the Mercedes
# group" is the firm
_GENRES = frozenset("pop rock jazz folk soul punk indie rap country metal dance blues reggae gospel opera".split())
_FIRST_LISTED = re.compile(r"\w+\s+([A-Z][\w'’-]*)")  # the first name after the locative word
_KIND_RANK = {  # then size
    "country": 0, "former": 0, "nation": 1, "state": 3, "continent": 4, "sea": 4, "region": 5, "city": 5, "town": 6,
}  # fmt: skip
_MAJOR_CITY_RANK = 2  # a capital or a city of BIG_CITY people named like a US state: before it
# the text names a state, not the city of its name: "Washington state", "the state of New York",
# "upstate New York", "штат Вашингтон"; a town before a comma is the other sign ("Seattle,
# Washington": see _state_named)
_STATE_AFTER = re.compile(r"\s+[Ss]tate\b")
_STATE_BEFORE = re.compile(r"(?:\b[Ss]tate\s+of|\b[Uu]pstate|\b[Шш]тат\w*)\s+$")
_TOWN_BEFORE = re.compile(r"([A-ZА-Я][\w'’.-]*(?: [A-ZА-Я][\w'’.-]*)?), $")
# the words before a town the gazetteer lacks ("in Blaengwynfi", "at Twickenham", "near Davos")
TOWN_CUES = frozenset({"in", "at", "near", "outside"})
TOWN_WORDS = 3  # a town's name has this many words at most
_TOWN_CUES_BEFORE = tuple(f"{cue} " for cue in TOWN_CUES)
_JOINERS = frozenset({"and", "&", "of", "for", "the", "on"})
_DATE_WORDS = pat.WEEKDAYS | pat.MONTHS
_CALENDAR = pat.SEASONS | pat.FEASTS
# locative words before a run that opens with places and goes on with other names; not "of"
# ("star of Bride and Prejudice", "a rendition of Georgia on My Mind": a work's title)
_LISTING_LOCATIVES = pat.LOCATIVES - {"of", "via", "through"}


@dataclass(frozen=True)
class Found:
    """A run that names gazetteer places, before context chooses one of them."""

    paragraph: int
    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]
    cue: str  # the word before the name, casefolded (a leading "In" counts)


pickled_by_fields(Found)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


def _key(tokens: list[Token]) -> str:
    if len(tokens) == 1:  # most runs: one word, no join
        return _word_key(tokens[0])
    return " ".join([_word_key(t) for t in tokens])


def _word_key(token: Token) -> str:
    # An ASCII word has no Cyrillic lemma: its key is its own, without the cached lookup (whose
    # calls, one per word of every run, cost 1% of find_mentions).
    return token.key if token.text.isascii() else lemma_key(token.text) or token.key


Hit = tuple[int, tuple[Place, ...], str]  # first token of the name, candidate places, cue word


def _candidates(text: str, run: list[Token], gazetteer: Gazetteer) -> Hit | None:
    last = 0  # leading small words are left out ("In Paris", "The Hague"), unless the name has them
    while last < len(run) - 1 and run[last].key in pat.FUNCTION_WORDS:
        last += 1
    if last == 0:  # most runs: no leading small word
        if len(run) > gazetteer.longest:
            return None
        found = gazetteer.lookup(_key(run))
        first = 0
    else:  # "New Zealand" before "Zealand": "new" is a small word too
        keys = [_word_key(t) for t in run]
        found, first = (), 0
        while first <= last and not found:
            if len(run) - first <= gazetteer.longest:
                found = gazetteer.lookup(" ".join(keys[first:]))
            first += 1
        first -= 1
    if not found:
        return None
    cue = run[first - 1].key if first else word_before(text, run[0].start)
    return first, found, cue


def _town(text: str, run: list[Token], gazetteer: Gazetteer) -> Hit | None:
    """A run that names no gazetteer place but a town (regions.load_towns), after a town's cue
    word: "in Blaengwynfi", "In Malibu", "at Twickenham"."""
    first = 0
    while first < len(run) - 1 and run[first].key in pat.FUNCTION_WORDS:
        first += 1
    if len(run) - first > TOWN_WORDS:
        return None
    if first:
        cue = run[first - 1].key
    elif text[max(0, run[0].start - 9) : run[0].start].endswith(_TOWN_CUES_BEFORE):
        cue = word_before(text, run[0].start)
    else:  # most runs: no cue word before them, known without splitting the text before
        return None
    after = text[run[-1].end : run[-1].end + 2]
    if cue not in TOWN_CUES or after[:1] in ("'", "’") or after[1:].isupper() or adjective(run[first:]):
        # "in Starbuck's", "in St George's Chapel", "in Saints' fortunes": a possessor; "in English";
        # "in Continental Europe" when the registry took "Europe": part of a longer name
        return None
    towns = gazetteer.towns(slugify(text[run[first].start : run[-1].end]))
    return (first, towns, cue) if towns else None


def word_before(text: str, start: int) -> str:
    """The word just before ``start`` (past spaces), casefolded; "" after a mark."""
    before = text[max(0, start - 30) : start].rstrip()
    return _NOT_WORD.split(before)[-1].casefold() if before and before[-1].isalpha() else ""


_NOT_WORD = re.compile(r"[^\w'’-]+")


def _segments(run: list[Token], gazetteer: Gazetteer) -> list[list[Token]]:
    """The parts of a run that is no gazetteer name, between joining words ("China and India",
    "Conchita Martinez of Spain"); two parts joined by "and" stay one when together they are a
    gazetteer name ("Jankovic of Serbia and Montenegro", "in Trinidad and Tobago on Monday")."""
    parts: list[list[Token]] = [[]]
    joiners: list[Token] = []  # the word before each part but the first
    for token in run:
        if token.text in _JOINERS:
            parts.append([])
            joiners.append(token)
        else:
            parts[-1].append(token)
    merged = [parts[0]]
    for joiner, part in zip(joiners, parts[1:], strict=True):
        whole = [*merged[-1], joiner, *part]
        if (
            joiner.key == "and"
            and merged[-1]
            and part
            and (merged[-1][-1].key, part[0].key) in gazetteer.joined_by_and  # a set test first: most lists join none
            and gazetteer.lookup(_key(whole))
        ):
            merged[-1] = whole
        else:
            merged.append(part)
    return [part for part in merged if part]


def gazetteer_runs(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
    gazetteer: Gazetteer,
) -> list[Found]:
    """Every run (or part of a run) of every unit that is a gazetteer name and overlaps nothing
    already taken."""
    found: list[Found] = []
    for paragraph, text in units:
        spans = taken.get(paragraph, [])
        for run in unit_runs[paragraph]:
            hit = _candidates(text, run, gazetteer) or _town(text, run, gazetteer)
            if hit is not None:
                found += _free([(run, hit)], paragraph, text, spans, gazetteer)
            elif len(run) > 2:
                found += _listed(_segments(run, gazetteer), paragraph, text, spans, gazetteer)
    return found


def _free(
    hits: list[tuple[list[Token], Hit]], paragraph: int, text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Found]:
    out = []
    for part, (first, candidates, cue) in hits:
        start, end = part[first].start, part[-1].end
        if len(part) - first == 1 and part[first].key in pat.MONTHS:
            continue  # "In March this year": the month, though a town in Cambridgeshire has its name
        firm = _AMPERSAND_AFTER.match(text, end)
        if firm and not gazetteer.lookup(f"{part[-1].key} and {firm[1].casefold()}"):
            continue  # "Bradford & Bingley": a firm's name, not the place ("Serbia & Montenegro" is one)
        if not any(s < end and start < e for s, e in spans):
            out.append(Found(paragraph, start, end, text[start:end], candidates, cue))
    return out


_AMPERSAND_AFTER = re.compile(r" & ([A-Z][\w-]*)")


def _listed(
    parts: list[list[Token]], paragraph: int, text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Found]:
    """The places of a run that lists names ("China and India", "Jankovic of Serbia and
    Montenegro", "Edinburgh on Tuesday"): only when every part is a place, a name already taken
    or a date word, so that "Foreign, Commonwealth and Development Affairs" gives no place; or,
    after a locative word, the places the run opens with ("icons in America and the Third
    World": America)."""
    hits: list[tuple[list[Token], Hit]] = []
    for part in parts:
        hit = _candidates(text, part, gazetteer) or _town(text, part, gazetteer)
        if hit is not None:
            hits.append((part, hit))
        elif all(t.key in _DATE_WORDS for t in part):
            continue  # "in Edinburgh on Tuesday": the day is no name
        elif not any(s < part[-1].end and part[0].start < e for s, e in spans):
            if hits and hits[0][0] is parts[0] and word_before(text, parts[0][0].start) in _LISTING_LOCATIVES:
                break
            return []
    return _free(hits, paragraph, text, spans, gazetteer) if len(parts) > 1 else []


def _context(found: list[Found], named: list[Place]) -> dict[str, set[Place]]:
    """Countries the document names without doubt (its unambiguous places and its registry
    places), each with the places that name it."""
    places = [f.candidates[0] for f in found if len(f.candidates) == 1 and f.candidates[0].kind != "town"] + named
    context: dict[str, set[Place]] = {}
    for place in places:
        if place.country:
            context.setdefault(place.country, set()).add(place)
    return context


def _others(context: dict[str, set[Place]], item: Found) -> set[str]:
    """The context countries named by places other than ``item``'s: a place is no evidence for itself."""
    own = {item.candidates[0] if len(item.candidates) == 1 else None}  # hashed once, not once per country
    return {country for country, places in context.items() if places - own}


def choose(
    candidates: tuple[Place, ...], context: set[str], *, state: bool = False, after: frozenset[str] = frozenset()
) -> Place:
    """The place a shared name means here (see the module docstring); ``state``: the text names
    a state, so a city does not come before it; ``after``: the countries of the place named
    right after it ("London, Ontario"), which outweigh the rest of the document."""

    over_state = not state and any(p.kind == "state" for p in candidates)
    if len(candidates) > 1:
        # a city far less known than another of its name is meant only when the text says so
        # beside it: a story naming Canada is not enough for London, Ontario (see _eclipses);
        # nor is a story naming the US for Jamaica, Queens, or Greece for its region Macedonia,
        # when a country has the name
        country = any(p.kind in _COUNTRY_KINDS for p in candidates)
        candidates = (
            tuple(
                p
                for p in candidates
                if p.country in after
                or not (any(_eclipses(o, p) for o in candidates) or (country and p.kind in ("city", "region")))
            )
            or candidates
        )

    def score(place: Place) -> tuple[int, int, int]:
        if place.country in after:
            near = 3
        else:
            near = 2 if place.country in context else 1 if set(place.neighbours) & context else 0
        rank = _KIND_RANK[place.kind]
        if over_state and place.kind == "city" and (place.capital or place.population >= BIG_CITY):
            rank = _MAJOR_CITY_RANK
        return (-near, rank, -place.population)

    if len(candidates) > 1 and any(_major(p) for p in candidates):
        # a country, state or capital outweighs a small town the context favours: "Paris" in
        # a story that names the US is still the capital, "Mexico" the country
        candidates = tuple(p for p in candidates if _major(p) or p.population >= CITY_ALONE)
    return min(candidates, key=score)


def _by_own_name(candidates: tuple[Place, ...], surface: str) -> tuple[Place, ...]:
    """The candidates without the cities that have a Latin name only among GeoNames' alternate
    names, when another place has it as its own and is not far less known than they are
    (_eclipses): "Whitehall" is the street in Westminster, not an old name of Atlanta, and
    "Bethlehem" the town, not Belém; "Hanover" is still Hannover, beside which the American
    Hanovers and the Jamaican parish are small. Cyrillic names are all alternates (a place's own
    name is its English one)."""
    if len(candidates) < 2 or has_cyrillic(surface):
        return candidates
    key = name_key(surface)

    def own(place: Place) -> bool:
        name = name_key(place.name)  # the name itself, its leading words ("Frankfurt") or its end ("Fallujah")
        return name == key or name.startswith(key + " ") or name.endswith(" " + key)

    def dwarfs(city: Place, owner: Place) -> bool:  # a small region counts as a small city would
        if owner.kind == "region":
            return city.population >= ECLIPSE_PEOPLE * owner.population
        return _eclipses(city, owner)

    owners = [p for p in candidates if own(p)]
    kept = tuple(p for p in candidates if p.kind != "city" or own(p) or all(dwarfs(p, o) for o in owners))
    return kept or candidates


def _eclipses(big: Place, small: Place) -> bool:
    """Whether ``big`` is so much better known than ``small``, a city of the same name, that the
    document naming ``small``'s country elsewhere does not make it ``small``: known abroad
    (RENOWNED), with ECLIPSE_PEOPLE times its people and ECLIPSE_RENOWN times its alternate
    names (London and London, Ontario; Athens and Athens, Georgia; Sydney and Sydney, Nova
    Scotia; not Birmingham, Alabama, nor Halifax, Nova Scotia, beside Halifax in Yorkshire, nor
    Kingston, Ontario, better known abroad than Jamaica's capital); or a town (under CITY_ALONE
    people) beside a city of ECLIPSE_TOWN times as many (Brighton, not the Melbourne suburb, in
    a story that names Australia)."""
    if small.kind != "city" or big.kind != "city":
        return False
    if small.population < CITY_ALONE and big.population >= ECLIPSE_TOWN * small.population:
        return True
    return (
        big.renown >= RENOWNED
        and big.population >= ECLIPSE_PEOPLE * small.population
        and big.renown >= ECLIPSE_RENOWN * small.renown
    )


def _major(place: Place) -> bool:
    return place.kind not in ("city", "region") or place.capital or place.population >= BIG_CITY


def _needs_evidence(place: Place, surface: str, opens: bool, text: str, context: set[str]) -> bool:
    if place.kind == "region":  # "Bono", "Delta", "Gulf": regions of countries the story may never name
        foreign = bool(place.country) and place.country not in context  # "Middle East" spans countries
        return foreign or surface.casefold() in GIVEN_NAMES or lowercase_in(text, surface)
    if place.kind == "city":
        if place.population < CITY_ALONE or opens or surface.casefold() in GIVEN_NAMES:
            return True
        if (
            place.population < BIG_CITY
            and not place.capital
            and place.renown < RENOWNED
            and place.country not in context
        ):
            return True  # "Foreign, Commonwealth and Development Affairs": not the Philippine city
    return lowercase_in(text, surface)


def _has_evidence(item: Found, text: str, gazetteer: Gazetteer) -> bool:
    if item.cue in pat.LOCATIVES:
        return True
    if item.cue in ("and", "or") and item.surface.casefold() not in _DATE_WORDS:
        listed = LOCATIVE_BEHIND.search(text, max(0, item.start - 60), item.start)
        first = _FIRST_LISTED.match(listed.group()) if listed else None
        if first and gazetteer.lookup(lemma_key(first.group(1)) or first.group(1).casefold()):
            return True  # "in Dublin and Cork": the list's locative word, before another place
    origin = _ORIGIN_AFTER.match(text, item.end)
    word = item.surface.casefold()
    if origin and word not in _GENRES and not (origin["ensemble"] and word in GIVEN_NAMES):
        return True
    after = _PLACE_AFTER.match(text, item.end)
    return bool(after and gazetteer.lookup(after.group(1).casefold()))


def place_mentions(
    found: list[Found],
    units: dict[int, str],
    document: str,
    gazetteer: Gazetteer,
    ignored: frozenset[str],
    named: Iterable[str] = (),
    sport: bool | None = None,
    home: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions of the gazetteer places (or the teams named after them) of one document;
    ``named`` lists the registry places it mentions, whose countries count as context, ``home``
    the countries of all the registry's places, whose regions need no other evidence; ``sport``
    says whether the document is a sports report (worked out here when not given)."""
    registered = [p for p in (gazetteer.by_name(name) for name in named) if p is not None]
    counts = _context(found, registered)
    sport = is_sport_report(document) if sport is None else sport
    mentions: list[Mention] = []
    for item in found:
        if item.surface.casefold() in ignored:
            continue
        if item.surface.casefold() in _CALENDAR and not _PLACE_AFTER.match(units[item.paragraph], item.end):
            continue  # "launch in Spring next year"; "Spring, Texas" is the town
        context = _others(counts, item)
        text = units[item.paragraph]
        place = choose(
            _by_own_name(item.candidates, item.surface),
            context,
            state=_state_named(item, text, gazetteer),
            after=_countries_after(item, text, gazetteer),
        )
        opens = _opens_sentence(text, item.start) and item.cue not in pat.LOCATIVES
        side = (
            sport
            and place.kind in TEAM_KINDS
            and known_side(place, item.end, text, context)
            and not _plays_as_place(item, text, place)
        )
        if side and named_as_side(item.surface, document):
            mentions.append(team(item.surface, item.paragraph, item.start, item.end))
            continue
        near = context | home if place.kind in ("region", "town") else context
        if place.kind == "town":
            if not _a_town_here(place, item.surface, document, near):
                continue
            if item.cue == "at" and not sport:
                continue  # "engineers at Cisco": a firm's, not the Texas town
            if item.cue == "at":  # "at Stamford Bridge": a ground, not the Yorkshire village
                mentions.append(ground(item.surface, item.paragraph, item.start, item.end))
                continue
        # a city chosen over the state of its name needs only the evidence the state would
        # ("New York electro-rock group The Bravery...": a sentence may open with it)
        judged = next((p for p in item.candidates if p.kind == "state"), place) if place.kind == "city" else place
        if _needs_evidence(judged, item.surface, opens, document, near) and not _has_evidence(item, text, gazetteer):
            continue
        key, name = gazetteer.identity(place)
        mentions.append(Mention(key, name, "place", item.surface, item.paragraph, item.start, item.end, "gazetteer"))
    return mentions


def _countries_after(item: Found, text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The countries of the country, state or region named right after a shared name and a comma
    ("London, Ontario", "Athens, Georgia": both Georgias), read only for a name several places
    share. A city after the comma is the next of a list ("the Boston, London and Tokyo
    marathons"), no sign."""
    if len(item.candidates) < 2:
        return frozenset()
    after = _PLACE_AFTER.match(text, item.end)
    if after is None:
        return frozenset()
    return frozenset(p.country for p in gazetteer.lookup(name_key(after[1])) if p.kind in _CONTAINERS)


def _state_named(item: Found, text: str, gazetteer: Gazetteer) -> bool:
    """Whether the text says that a name shared by a state and a city is the state's: "state"
    beside it, or a town of the state's country just before it and a comma ("Seattle,
    Washington"). Read only for such names."""
    states = [p for p in item.candidates if p.kind == "state"]
    if not states:
        return False
    if _STATE_AFTER.match(text, item.end) or _STATE_BEFORE.search(text, max(0, item.start - 30), item.start):
        return True
    town = _TOWN_BEFORE.search(text, max(0, item.start - 40), item.start)
    if town is None:
        return False
    countries = {p.country for p in states}
    return any(p.country in countries and p.kind in ("city", "town") for p in gazetteer.lookup(name_key(town[1])))


def _a_town_here(town: Place, surface: str, document: str, near: set[str]) -> bool:
    """Whether a town the gazetteer lacks is meant: its country is named in the document (or is
    the dossier's own), its name is no given name and no lowercase word there, and the
    document never writes it without a locative word before it ("at Everton" in a report that
    also says "Everton beat Chelsea" names the club)."""
    if town.country not in near or surface.casefold() in GIVEN_NAMES or lowercase_in(document, surface):
        return False
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(surface)}(?![\w'’-])", document):
        if word_before(document, match.start()) not in pat.LOCATIVES:
            return False
    return True


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and the start of ``text``, a sentence's last
    mark or a line break (a string test: a pattern anchored at ``start`` was tried at every
    position before it)."""
    before = text[:start]
    stripped = before.rstrip()
    return not stripped or stripped[-1] in _SENTENCE_ENDS or "\n" in before[len(stripped) :]


def _plays_as_place(item: Found, text: str, place: Place) -> bool:
    """In a sports report: "in Dublin", "of Russia", "Russia's Elena Bovina" name places."""
    return not plays_as_team(item.cue, text, item.start, item.end, place.kind != "city")
