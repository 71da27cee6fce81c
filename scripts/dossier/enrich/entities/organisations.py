"""Organisations named without a head word ("Euronext", "Sony"), found by what the text says
around them, political parties named by their short forms ("Labour", "the Tories") and the few
bodies named by one word of their own ("Congress", "the Pentagon": STANDING_BODIES).

A capitalised run that no other rule took is an organisation when a word that only names an
organisation stands just before it ("handset maker Ericsson", "German magazine Der Spiegel",
"anti-virus firm Sophos", "shares in Corus") or a company's words just after it ("Euronext chief
executive", "Nike's profits"). Once named so, every other use of the same run in the document
is the same organisation. Party short forms are keyed by the party's full name, so "Labour",
"Labour's" and "the Labour Party" are one organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.acronyms import names_no_body
from dossier.enrich.entities.companies import COMPANIES
from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.given_names import GIVEN_NAMES
from dossier.enrich.entities.known import lowercase_in
from dossier.enrich.entities.lists import coordinated
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.org_cues import (
    INDICES,
    MOVED,
    OPPONENT,
    adjective,
    common_word,
    side,
    sourced,
)
from dossier.enrich.entities.registry import Registry, entity_key
from dossier.enrich.entities.shapes import Token, make_token, opens_sentence
from dossier.enrich.entities.sports import PLAYERS_CLUB, SPORT_AFTER

BEFORE: Final = pat.ORGANISATION_WORDS
# "Nike, whose products...", "Euronext, which owns Liffe": a name a relative "which" or "whose"
# follows is a thing or a body, not a person (who); "France's Peugeot": a country's possession.
_WHICH = re.compile(r",\s+(?:which|whose)\b")
# Words just after a name that make it an organisation's ("Nike's profits", "Euronext chief executive";
# not "journalist" or "reporter", which a programme has too: "a Newsnight journalist"). A place has
# a stock market or exchange ("Hong Kong stock markets", "the Tokyo stock exchange"): "stock" alone.
AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:chief executive|chairman|chairwoman|shares|share price|boss|bosses|profits?|revenues?"
    r"|spokesman|spokeswoman|spokesperson|board|shareholders|subsidiary|stock(?!\s+(?:markets?|exchanges?)\b))\b"
)
# "the Reuters agency", "the Interfax news agency", "the Vodafone group": a name between "the"
# and a word that names an organisation's kind.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A capitalised web address: the company it names ("Amazon.com", "Sina.com", "Plus.net").
_DOMAIN_ENDS = (".com", ".net", ".org", ".co.uk")
_DOMAIN = re.compile(
    r"(?<![\w.@/-])[A-Z][\w-]*(?:" + "|".join(re.escape(end) for end in _DOMAIN_ENDS) + r")\b(?![\w/.-]*\w)"
)
# Words that name an organisation's kind: after "the" and a name ("the Reuters agency") and, with
# more, set beside one (_KIND_APPOSITIVE).
_KIND_WORDS = (
    "agency|group|firm|company|newspaper|magazine|channel|network|broadcaster|bank|airline"
    "|carrier|chain|retailer|label|studio|consortium|website|conglomerate|organisation|charity|watchdog"
)
_KIND_AFTER = re.compile(rf"\s+(?:news\s+)?(?:{_KIND_WORDS})\b")
# Possessed by a company only: "Turkcell's stake", "Glaxo's sales" (without "'s", "DVD sales").
_POSSESSED = re.compile(
    r"['’]s\s+(?:sales|earnings|customers|subscribers|employees|headquarters|takeover|merger|stake|shareholding"
    r"|share|market value|operating|annual|quarterly|net)\b"
)
# words of a company's figures and of the calendar, capitalised only to open a sentence or a
# title: "Net profit was up 6%", "Operating income fell", "Before Christmas, Cairn revealed..."
_FIGURES_AND_FEASTS = frozenset("net gross operating pre-tax underlying interim".split()) | pat.FEASTS
_GENERIC = (
    pat.ROLE_MODIFIERS | pat.ORG_HEADS | pat.GENERIC_WORDS | pat.FUNCTION_WORDS | pat.WEEKDAYS | pat.MONTHS
) | _FIGURES_AND_FEASTS
_PERSON_WORDS = pat.ROLES | pat.HONORIFICS  # a run with one of them names a person, not an organisation
_SHARES_IN = re.compile(r"\bshares in\s+$")
_PAPER_AFTER = re.compile(r"\s+(?:newspaper|paper|tabloid|daily)\b")
_KINDS = (
    _KIND_WORDS + "|operator|provider|maker|manufacturer|publisher|developer|insurer|lender|supplier|regulator|body"
)
# A body's kind set beside its name: "Metrovias, the private firm which runs the tube lines",
# "Akamai, a US company, said"; not "John Smith, a company director" (the kind then ends a phrase).
_KIND_APPOSITIVE = re.compile(
    rf",\s+(?:the|a|an)\s+(?:(?:[a-z][\w'’-]*|[A-Z]{{2,4}})\s+){{0,3}}(?:{_KINDS})"
    r"(?=[,.;:)]|\s+(?:which|that|whose|based|behind|owned|run|set|in|of|for|with|from|at|and)\b)"
)
# A kind, then the name: "a company called Akamai", "companies like SecureWave", "sites such as
# Amazon"; not brands ("brands such as Dairy Milk") nor networks ("networks called Ultra Wideband").
_KIND_BEFORE = re.compile(
    r"\b(?:company|firm|group|charity|agency|bank|retailer|publisher|developer|website|label|studio|companies"
    r"|firms|groups|websites|sites|retailers|banks|operators|makers|manufacturers|giants|providers|publishers"
    r"|developers|agencies|charities|stores|chains|shops|airlines|carriers|broadcasters|newspapers|papers)"
    r"\s+(?:called|named|like|such\s+as|including)\s+$",
    re.IGNORECASE,  # "Companies like SecureWave" opens a sentence
)
# A takeover's verb and its object's name after a run: "Google acquired Pyra Labs", "GE bought
# Vivendi Universal": a company buys a company (a person doing so is already a person here; not
# "took over", which a manager does to a club).
_ACQUIRED = re.compile(r"\s+(?:has\s+|had\s+)?(?:acquired|bought|snapped\s+up|merged\s+with)\s+(?:the\s+)?[A-Z]")
# Matches where any of the patterns after a name does: _cued tries it first, as most runs have none.
_ANY_AFTER = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (_WHICH, _KIND_AFTER, _KIND_APPOSITIVE, _POSSESSED, AFTER, SPORT_AFTER, MOVED, _ACQUIRED)
    )
)
# Party short forms (capitalised) and the party each names.
PARTIES: Final = {
    "labour": "Labour Party",
    "new labour": "Labour Party",
    "tory": "Conservative Party",
    "tories": "Conservative Party",
    "conservative": "Conservative Party",
    "conservatives": "Conservative Party",
    "liberal democrat": "Liberal Democrats",
    "liberal democrats": "Liberal Democrats",
    "lib dems": "Liberal Democrats",
    "lib dem": "Liberal Democrats",
    "republicans": "Republican Party",
    "democrats": "Democratic Party",
    "plaid cymru": "Plaid Cymru",  # no head word ("Plaid" alone is a cloth too)
    "sinn fein": "Sinn Fein",
}


# Bodies a story names by one word of their own, with no cue ("urged Congress to act", "the
# Pentagon said"): a run of that word alone is the body; "Trades Union Congress" is another.
STANDING_BODIES: Final = {
    "congress": "Congress",
    "pentagon": "Pentagon",
    "white house": "White House",  # the US presidency, as the Pentagon is its defence department
    "senate": "Senate",
    "scottish executive": "Scottish Executive",  # the devolved governments of 1999-2007: no head word
    "northern ireland executive": "Northern Ireland Executive",
    "scotland yard": "Scotland Yard",  # the Metropolitan Police's headquarters, standing for the force
    "treasury": "Treasury",  # the finance ministry, in Britain and America
    "federal reserve": "Federal Reserve",  # America's central bank: "Reserve" is no head word
    "us federal reserve": "Federal Reserve",  # ("Wolong Nature Reserve" is a place)
}

_PARTY_FIRST = frozenset(words.split()[0] for words in PARTIES)
# Capitalised words after a party's short form that name its people or its government, not
# another organisation ("Labour MP Tony Banks", "Tory MPs", "Labour Government").
_PARTY_TAIL = pat.ROLES | frozenset("mps meps msps ams peers peer councillors members government".split())


def _party_head(run: list[Token]) -> list[Token]:
    """The party's short form that opens ``run`` when its people follow ("Labour MP", "Tory
    MPs", "Lib Dem peers"); else ``run`` itself."""
    if len(run) < 2 or run[0].key not in _PARTY_FIRST:
        return run
    for cut in range(len(run) - 1, 0, -1):  # the longest short form first ("Lib Dem", not "Lib")
        if " ".join(t.key for t in run[:cut]) in PARTIES and run[cut].key in _PARTY_TAIL:
            return run[:cut]
    return run


_NOT_WORD = re.compile(r"[^\w-]+")
_CUTS = frozenset({"and", "or", "on", "the"})


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return ""
    return _NOT_WORD.split(before.rstrip())[-1].casefold()


def _free(run: list[Token], spans: list[tuple[int, int]]) -> bool:
    start, end = run[0].start, run[-1].end
    for s, e in spans:  # noqa: SIM110 - a loop, not any() over a generator: this runs for every run
        if s < end and start < e:
            return False
    return True


def _trim(run: list[Token]) -> list[Token]:
    first = 0
    while first < len(run) and run[first].key in pat.FUNCTION_WORDS:
        first += 1
    return run[first:]


def organisation_mentions(
    units: Iterable[tuple[int, str]],
    unit_runs: dict[int, list[list[Token]]],
    taken: dict[int, list[tuple[int, int]]],
    registry: Registry,
    sport: bool = False,
    organisations: Iterable[str] = (),
) -> list[Mention]:
    """Parties and the organisations the words around them name, in runs nothing else took;
    ``sport`` says the document is a sports report, ``organisations`` lists the surfaces of the
    organisations already found in it (a name listed with one of them is one too)."""
    units = list(units)
    named: dict[str, tuple[str, str]] = {}  # run text -> (key, name)
    known = set(organisations)
    read: list[tuple[int, str, list[Token]]] = []  # every run, split and trimmed once for both passes
    for paragraph, text in units:
        spans = taken.get(paragraph, [])
        free: list[list[Token]] = []
        for whole in unit_runs[paragraph]:
            for part in run_parts(whole, text, known):
                run = _party_head(part)
                read.append((paragraph, text, run))
                _read_run(run, text, spans, known, named, free, registry, sport)
        _listed(text, free, spans, named, known, registry)
    mentions: list[Mention] = []
    for paragraph, text in units:  # "Amazon.com", "Sina.com": a company named by its address
        if not any(ending in text for ending in _DOMAIN_ENDS):
            continue
        for match in _DOMAIN.finditer(text):
            start, end = match.span()
            if _free([make_token(match.group(), start, end)], taken.get(paragraph, [])):
                name = match.group()  # keyed as the name before its dot: "Amazon.com" is "Amazon"
                key = entity_key(name.partition(".")[0])
                mentions.append(Mention(key, name, "organisation", name, paragraph, start, end, "organisation"))
    for paragraph, text, run in read if named else ():
        surface = text[run[0].start : run[-1].end]
        if surface in named and _free(run, taken.get(paragraph, [])):
            key, name = named[surface]
            mentions.append(
                Mention(key, name, "organisation", surface, paragraph, run[0].start, run[-1].end, "organisation")
            )
    return mentions


def run_parts(run: list[Token], text: str, known: AbstractSet[str]) -> list[list[Token]]:
    """The parts of a run that may each name an organisation: cut (_split), leading function
    words off (_trim), none empty."""
    if len(run) == 1:  # most runs: one word, nothing to cut (every cut word is a function word)
        return [] if run[0].key in pat.FUNCTION_WORDS else [run]
    return [part for part in (_trim(cut) for cut in _split(run, text, known)) if part]


def _split(run: list[Token], text: str, known: AbstractSet[str]) -> list[list[Token]]:
    """A run cut at "and", "or", "on" and "the" ("Samsung and Phillips", "Arsenal on Saturday",
    "told MPs the Tories"), unless it is a known name whole ("Alliance & Leicester" keeps its
    "&" anyway)."""
    words = [t.text for t in run]
    if _CUTS.isdisjoint(words) or text[run[0].start : run[-1].end] in known:
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if token.text in _CUTS:
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


def _read_run(
    run: list[Token],
    text: str,
    spans: list[tuple[int, int]],
    known: set[str],
    named: dict[str, tuple[str, str]],
    free: list[list[Token]],
    registry: Registry,
    sport: bool,
) -> None:
    """Name one run (trimmed, not empty) as a party or a cued organisation, and keep it for the
    lists when free."""
    if not _free(run, spans):
        if text[run[0].start : run[-1].end] in known:
            free.append(run)  # an organisation already named: listed with others
        return
    if len(run) == 1 and run[0].text.isupper() and names_no_body(text, run[0].start, run[0].end):
        return  # "TCP/IP, which means...": a technology's name, however it is cued ("Nielsen/NetRatings" stays)
    free.append(run)
    surface = text[run[0].start : run[-1].end]
    words = " ".join(t.key for t in run)
    party = PARTIES.get(words) or STANDING_BODIES.get(words)
    if party:
        entity = registry.lookup(party)
        named.setdefault(surface, (entity.key, entity.name) if entity else (entity_key(party), party))
    elif (_cued(text, run, sport) or words in COMPANIES) and surface.casefold() not in registry.ignored:
        # cued, or a listed company (companies.py): "Sony", "Rio Tinto"
        entity = registry.lookup(surface)
        named.setdefault(surface, (entity.key, entity.name) if entity else (entity_key(surface), surface))


# Words that open a place's name or qualify it, not a club's: "Greater Manchester", "New York",
# "North London", "Old Trafford".
_NOT_A_CLUBS_WORD = (
    pat.FUNCTION_WORDS
    | pat.ROLE_MODIFIERS
    | pat.GENERIC_WORDS
    | pat.COMPASS
    | frozenset("greater upper lower inner outer san santa st".split())
)
CLUB_CITY = 100_000  # a city this big, after a word of its own, names a club in a sports report


def _club_of_a_city(run: list[Token]) -> bool:
    """In a sports report, a word and a big city: a club ("Atletico Madrid", "Steaua Bucharest",
    "Dynamo Kiev", "Bayern Munich"), unless the word is a given name ("Stuart Lancaster"), a
    demonym or a word that makes a place's name ("Greater Manchester", "New York")."""
    first, last = run
    if first.key in _NOT_A_CLUBS_WORD or first.key in GIVEN_NAMES or not first.text[1:].islower() or adjective(run[:1]):
        return False
    gazetteer = load_gazetteer()
    if gazetteer.lookup(f"{first.key} {last.key}"):
        return False  # "Santa Monica", "Buenos Aires": one place
    return any(p.kind == "city" and (p.capital or p.population >= CLUB_CITY) for p in gazetteer.lookup(last.key))


_PLAYS = re.compile(pat.VERSUS)  # a fixture's home side: "Arsenal v West Ham"


def _kind_before(text: str, start: int) -> bool:
    """Whether _KIND_BEFORE ends at ``start``; most runs have none of its last words before them,
    told without the search."""
    if not text[max(0, start - 12) : start].endswith(_KIND_BEFORE_ENDS):
        return False
    return bool(_KIND_BEFORE.search(text, max(0, start - 40), start))


# After a player's club in brackets (sports.PLAYERS_CLUB), the list goes on or ends.
_LIST_GOES_ON = re.compile(r"\)(?:[,;.]|\s*$)")
_DAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def _a_players_club(text: str, run: list[Token]) -> bool:
    """Whether a run is the club in brackets after a player's name in a squad list ("Robbie
    Russell (London Irish), Tom Smith (Northampton Saints)", "(Brive)"); not a referee's county
    ("H Webb (S Yorkshire)", "(South Yorkshire)", "(Cheshire)"), nor a day ("(Sat)")."""
    if not (
        PLAYERS_CLUB.search(text, max(0, run[0].start - 30), run[0].start) and _LIST_GOES_ON.match(text, run[-1].end)
    ):
        return False
    if len(run[0].text) == 1 or run[0].key in pat.COMPASS or (len(run) == 1 and run[0].key in _DAYS):
        return False
    return all(p.kind == "city" for p in load_gazetteer().lookup(" ".join(t.key for t in run)))


_KIND_BRACKET = re.compile(
    r"\b(?:agency|company|firm|body|group|watchdog|regulator|service|organisation|union|party|charity|network"
    r"|broadcaster|operator|association|authority)(?:['’]s)?\s+\($"
)
_KIND_BEFORE_ENDS = ("called ", "named ", "like ", " as ", "including ")


def _cued(text: str, run: list[Token], sport: bool = False) -> bool:
    """Whether the words around a run say it names an organisation (see the module)."""
    keys = [t.key for t in run]
    if len(run) > 4 or not _PERSON_WORDS.isdisjoint(keys) or not run[-1].text[:1].isupper():
        return False  # a person's words; "Friends of" cut from "Friends of the Earth"
    if len(run) == 1 and len(run[0].text) < 3 and not run[0].text.isupper():
        return False  # "Re" cut from "Swiss Re"; "BT" and "EA" are acronyms
    if keys[0] == "air" and 2 <= len(run) <= 3 and _GENERIC.isdisjoint(keys[1:]):
        return True  # an airline: "Air China", "Air Deccan" ("Air Force" has its head word)
    if sport and _a_players_club(text, run):
        return True  # "Robbie Russell (London Irish), Tom Smith ...": a player's club in a squad
    if _PAPER_AFTER.match(text, run[-1].end) and _THE_BEFORE.search(text, max(0, run[0].start - 5), run[0].start):
        return pat.ORG_HEADS.issuperset(keys) or not adjective(run)  # "the Guardian newspaper", not "the French"
    if adjective(run):
        return False  # "British", "Pan-European"
    if len(run) == 1 and opens_sentence(text, run[0].start) and lowercase_in(text, run[0].text):
        return False  # "Any profits would...": a word capitalised as the sentence opens
    if _GENERIC.issuperset(keys):
        return False  # "Foreign Ministry spokesman": no country, no name
    before = _word_before(text, run[0].start)
    if before in BEFORE or _SHARES_IN.search(text, max(0, run[0].start - 12), run[0].start):
        return True
    if sourced(text, run, keys) or _kind_before(text, run[0].start):
        return True
    if sport and len(run) == 2 and _club_of_a_city(run):
        return True
    if (
        len(run) == 1
        and text[run[0].end : run[0].end + 1] == ")"
        and _KIND_BRACKET.search(text, max(0, run[0].start - 30), run[0].start)
    ):
        return True  # "the US space agency's (Nasa)": the acronym of the body the words before it name
    if (
        sport
        and (OPPONENT.search(text, max(0, run[0].start - 20), run[0].start) or _PLAYS.match(text, run[-1].end))
        and side(text, run, keys)
    ):
        return True  # "a 3-1 win over Bayer Leverkusen", "a home game against Millwall", "Arsenal v West Ham"
    if not _ANY_AFTER.match(text, run[-1].end):
        return False  # most runs: no cue after them, tested at once (each test below needs one)
    if len(run) == 1 and _WHICH.match(text, run[-1].end) and not opens_sentence(text, run[0].start):
        return True
    if (
        _KIND_AFTER.match(text, run[-1].end)
        and _THE_BEFORE.search(text, max(0, run[0].start - 5), run[0].start)
        and not load_gazetteer().lookup(" ".join(t.key for t in run))
    ):
        return True  # "the Reuters agency"; "the South Yorkshire group" is a place's
    if _POSSESSED.match(text, run[-1].end) or _KIND_APPOSITIVE.match(text, run[-1].end):
        return True
    if MOVED.match(text, run[-1].end) and INDICES.isdisjoint(keys) and not common_word(text, run):
        return True
    if _ACQUIRED.match(text, run[-1].end) and not (len(run) == 1 and lowercase_in(text, run[0].text)):
        return True  # a takeover's subject opens its sentence as often as not: "Google acquired ..."
    return bool(AFTER.match(text, run[-1].end) or (sport and SPORT_AFTER.match(text, run[-1].end)))


def _listed(
    text: str,
    runs: list[list[Token]],
    spans: list[tuple[int, int]],
    named: dict[str, tuple[str, str]],
    known: set[str],
    registry: Registry,
) -> None:
    """Free runs listed with an organisation are organisations ("MGM Studios, Disney, and Buena
    Vista"), unless a word of theirs is a role or all of them are generic words."""
    for group in coordinated(text, [(r[0].start, r[-1].end) for r in runs]):
        surfaces = [text[runs[i][0].start : runs[i][-1].end] for i in group]
        if not any(s in named or s in known for s in surfaces):
            continue
        for i, surface in zip(group, surfaces, strict=True):
            run = runs[i]
            if surface in named or surface in known or not _free(run, spans) or len(run) > 4:
                continue
            keys = [t.key for t in run]
            if not _PERSON_WORDS.isdisjoint(keys) or _GENERIC.issuperset(keys):
                continue
            if adjective(run) or load_gazetteer().lookup(" ".join(t.key for t in run)):
                continue  # "British"; a place the gazetteer rules declined stays no organisation
            if surface.casefold() not in registry.ignored:
                entity = registry.lookup(surface)
                named.setdefault(surface, (entity.key, entity.name) if entity else (entity_key(surface), surface))


# "'s" that owns nothing: the end of a clause, a list's joining word or a verb follows ("fast
# food giants McDonald's are listed", "Macy's, Bloomingdale's and Marshall Field's").
_OWNS_NOTHING = re.compile(
    r"['’]s(?=[,.;:!?)]|\s+(?:and|or|are|is|was|were|has|have|had|said|says|will|would|could|can|did|does"
    r"|also|which|who|where|in|on|at|for|to|from|with|by)\b)"
)


def possessive_names(mentions: list[Mention], texts: dict[int, str], document: str) -> list[Mention]:
    """A document's mentions, with each organisation that the document writes with an "'s" every
    time, once at least owning nothing, named so in all its mentions: a shop or a firm named
    after its founder ("McDonald's are listed", "Foster's bought a stake", "Standard & Poor's").
    "McDonald's restaurants" alone owns restaurants and says nothing, and a name also written
    bare is the name ("Sony said" beside "it is Sony's which is the most advanced")."""
    candidates = {
        m.name
        for m in mentions
        if m.kind == "organisation"
        and m.name == m.surface
        and not m.name.isupper()  # "the AAA's" in Sheffield: the championships of the AAA
        and _OWNS_NOTHING.match(texts[m.paragraph], m.end)
    }
    if not candidates:
        return mentions
    named = {
        name for name in candidates if not re.search(rf"(?<![\w'’-]){re.escape(name)}(?!['’]s\b|[\w'’-])", document)
    }
    if not named:
        return mentions
    return [
        replace(m, entity=entity_key(m.name + "'s"), name=m.name + "'s")
        if m.kind == "organisation" and m.name in named
        else m
        for m in mentions
    ]
