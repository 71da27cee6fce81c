"""Sides in sports reports: when a place's name is the team that plays for it ("France beat
Scotland", "Leicester wing Austin Healey", "the post of Wales manager") and when it stays the
place ("in Dublin", "Russia's Elena Bovina", "the London club", "Mary Pierce (France)").
places.py asks it for gazetteer places, mentions.py for the registry's countries. Also the short
forms of a club or a body the document names in full ("Newcastle", "Man Utd": short_forms).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer import Gazetteer, Place
from dossier.enrich.entities.given_names import GIVEN_NAMES
from dossier.enrich.entities.known import lowercase_in
from dossier.enrich.entities.landmarks import GROUND_ENDS
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.org_shapes import EVENT_AFTER
from dossier.enrich.entities.sports import IN_CHARGE_OF, SPORT_AFTER, TEAM_POSSESSED
from dossier.enrich.slugs import slugify

SIDE_TOWN = 50_000  # smaller towns name a side only in a report that names their country
TEAM_KINDS = frozenset({"country", "former", "nation", "region", "city"})  # "Lancashire", "Ulster": sides too
_NATIONAL = frozenset({"country", "former", "nation"})  # "Serbia and Montenegro" played until 2006
_POSSESSIVE_NAME = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?[A-ZА-Я][a-zа-я]+\s+[A-ZА-Я]")
_POSSESSED_GROUND = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:" + "|".join(word.capitalize() for word in sorted(GROUND_ENDS)) + r")\b"
)
# A locative word before "the" or before a list the name ends ("in the UK", "in Milan and Turin",
# "in Zimbabwe, Ghana and Guinea").
LOCATIVE_BEHIND = re.compile(
    r"\b(?:" + "|".join(sorted(pat.LOCATIVES)) + r")\s+(?:the\s+"
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:and|or)\s+|(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+){1,3}"
    r"(?:(?:[A-Z][\w'’-]*\s+){1,2}(?:and|or)\s+)?)$"
)
# Words after a place that make it an event's name ("Wimbledon champion", "the Wimbledon final",
# "the Athens Games", "the London marathon"), not a side's.
_EVENT_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(
        sorted(
            EVENT_AFTER
            | {"champion", "champions", "final", "finals", "title", "crown", "finalist", "doubles", "singles"}
            # the Games' medals and memories: "Athens winners", "the Athens experience", "his
            # Athens gold", "the Sydney Olympics"
            | {"winners", "medal", "medals", "medallist", "medallists", "gold", "silver", "bronze", "experience"}
            | {"olympics"}
        )
    )
    + r")\b"
)
# "the London club", "the two Milan sides": the place a club comes from; "the England side",
# "the Ireland game": the side itself.
_CLUB_AFTER = re.compile(
    r"\s+(?:club|clubs|sides|outfit|outfits|derby|man|woman|men|women|native)\b"
)  # "the Waterford man"
# A journey's verb and "to" before a country ("heads to Poland again", "came to the UK for Top
# of the Pops", "Wales travel to Italy"): where someone goes, not a side ("lost to France").
# A club's town is left out: "a move to Chelsea", "returned to Leeds" name the club.
_JOURNEY_TO = re.compile(
    r"\b(?:travel(?:s|led|ling)?|head(?:s|ed|ing)?|go(?:es|ing)?|went|gone|come|comes|came|coming"
    r"|fl(?:y|ies|ew|ying|own)|emigrat(?:e|es|ed|ing)|trip|journey|visit)(?:\s+(?:back|again|out|over))?"
    r"\s+to\s+(?:the\s+)?$"
)
_SIDE_AFTER = re.compile(r"\s+(?:side|team|squad|camp|game|match|XV|XI)\b")


def known_side(place: Place, end: int, text: str, context: set[str]) -> bool:
    """Whether a place may name a side at all: not a small town of a country the report does not
    name ("Olympic" in Hong Kong, "Johnston" and "Murphy" in the US: surnames in a line-up),
    unless a side's word follows it ("the Olympic side"). "Biarritz" in a report that names
    France, "Llanelli" in one that names Wales, are sides."""
    if place.kind == "region" and not place.country:
        return False  # "the Middle East", "the Caribbean": no side plays for them
    if place.kind != "city" or place.population >= SIDE_TOWN or place.country in context:
        return True
    return _side_word_after(text, end)


def _side_word_after(text: str, end: int) -> bool:
    """A side's word just after a place ("France coach", "France's side", "the England side")."""
    return bool(SPORT_AFTER.match(text, end) or TEAM_POSSESSED.match(text, end) or _SIDE_AFTER.match(text, end))


def named_as_side(surface: str, document: str) -> bool:
    """Whether a place's name can be a side's at all: not a word the document also writes in
    lowercase ("turkey") and not a given name ("Jordan")."""
    return not (lowercase_in(document, surface) or surface.casefold() in GIVEN_NAMES)


def plays_as_team(cue: str, text: str, start: int, end: int, national: bool) -> bool:
    """In a sports report, whether the country (``national``) or city named at ``text[start:end]``
    (``cue``: the word before it) is the side that plays for it:

    - a side's word after it makes it the team, even after a locative word ("the post of France
      manager", "France's side", "out of the Ireland game"), as do a club's job or a player's move
      before it ("in charge of", "signed from", "replaced at": IN_CHARGE_OF);
    - a club's word after it makes it where a club comes from ("the London club", "the two Milan
      sides"), an event's word the event's place ("former Wimbledon champion", "the Athens
      Games"), a country in brackets a player's nationality ("Mary Pierce (France)"), "native"
      before it someone's country ("his native Holland");
    - else a locative word before it, or before "the" or a list that ends with it ("lived in the
      UK", "in Milan and Turin"), a journey to a country ("heads to Poland"), and "Russia's Elena
      Bovina" name the place, any other use the team ("France beat Scotland", "play for Wales");
      a city that owns a person is the club ("Tottenham's Ledley King"), one that owns a ground
      the place ("Sydney's Olympic Stadium")."""
    if _side_word_after(text, end):
        return True
    if cue in ("of", "from", "at") and IN_CHARGE_OF.search(text, max(0, start - 24), start):
        return True
    if _CLUB_AFTER.match(text, end) or (national and text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    if _EVENT_AFTER.match(text, end):
        return False  # "former Wimbledon champion", "the Athens Games": the event's place, no side
    if cue == "native":  # "has coached in his native Holland"
        return False
    if cue in ("the", "and", "or", "") and LOCATIVE_BEHIND.search(text, max(0, start - 60), start):
        return False  # "lived in the UK", "in Milan and Turin": the locative word stands further back
    if national and cue in ("to", "the") and _JOURNEY_TO.search(text, max(0, start - 40), start):
        return False
    possessive = _POSSESSIVE_NAME.match(text, end)
    if possessive and not national:  # "Tottenham's Ledley King": the club's player, not "Sydney's Olympic Stadium"
        return not _POSSESSED_GROUND.match(text, end)
    return not (cue in pat.LOCATIVES or possessive)


def team_mention(mention: Mention, cue: str, text: str, document: str, gazetteer: Gazetteer) -> Mention:
    """A registry country's mention in a sports report (``cue``: the word before it), as the
    national side when it plays as one (see plays_as_team): the registry names the country, not
    its side. Registry cities stay places: a dossier's cities are capitals and big cities
    ("London", "Moscow"), which name events and grounds ("the London marathon") far more often
    than a club."""
    place = gazetteer.by_name(mention.name)
    if place is None or place.kind not in _NATIONAL:
        return mention
    if not plays_as_team(cue, text, mention.start, mention.end, True):
        return mention
    if not named_as_side(mention.surface, document):
        return mention
    return team(mention.surface, mention.paragraph, mention.start, mention.end)


def team(surface: str, paragraph: int, start: int, end: int) -> Mention:
    """The mention of the side named after a place: an organisation, "France (team)"."""
    name = f"{surface} (team)"
    return Mention(slugify(name), name, "organisation", surface, paragraph, start, end, "team")


_OWNS = re.compile(r"['’]s\s+")


def clubs_that_own_players(mentions: list[Mention], texts: dict[int, str]) -> list[Mention]:
    """A sports report's mentions, with each "person" that owns another person's full name made
    the club it is: "Aston Villa's Thomas Hitzlsperger" (a club's name read as a given name and a
    surname). A report says "Villa's Thomas Hitzlsperger", or "Alex Ferguson's Manchester United",
    never one person's another; every mention of that name is then the club's."""
    people = [m for m in mentions if m.kind == "person"]
    full = {(m.paragraph, m.start) for m in people if " " in m.surface}
    clubs = set()
    for mention in people:
        owns = _OWNS.match(texts[mention.paragraph], mention.end)
        if owns and " " in mention.surface and (mention.paragraph, owns.end()) in full:
            clubs.add(mention.name)
    if not clubs:
        return mentions
    return [
        replace(m, entity=slugify(m.name), kind="organisation", rule="club", resolved=True)
        if m.kind == "person" and m.name in clubs
        else m
        for m in mentions
    ]


# The words that end a club's full name after its town ("Newcastle United", "Preston North End"):
# the town alone, read as the side named after it ("Newcastle (team)"), is the same club.
CLUB_ENDS: Final = frozenset(
    "united city town county rovers wanderers athletic albion end forest hotspur rangers villa dons argyle orient "
    "alexandra wednesday".split()
)


def short_forms(mentions: list[Mention], sport: bool) -> list[Mention]:
    """A document's mentions with each short form of an organisation the document names in full
    made that organisation: a side named after a town, in a sports report, when the report names
    the town's club in full ("Newcastle" and "Newcastle United", "Preston" and "Preston North
    End"); an abbreviation, each word of it the start of the full name's word or its letters in
    order ("Man Utd" and "Manchester United", "Notts Co", "Nottm Forest"). A short form that
    could stand for two full names is left alone."""
    full = sorted({m.name for m in mentions if m.kind == "organisation" and " " in m.name and m.rule != "team"})
    if not full:
        return mentions
    renamed: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind != "organisation" or mention.name in renamed or mention.rule == "channel":
            continue  # a channel's name is whole ("Sky News" is no short form of "Sky Networks")
        if mention.rule == "team":
            owners = [n for n in full if _club_of(mention.surface, n)] if sport else []
        else:
            owners = [n for n in full if _abbreviates(mention.name, n)]
        if len(owners) == 1:
            renamed[mention.name] = next(m for m in mentions if m.name == owners[0])
    if not renamed:
        return mentions
    return [
        replace(m, entity=renamed[m.name].entity, name=renamed[m.name].name) if m.name in renamed else m
        for m in mentions
    ]


def _club_of(town: str, name: str) -> bool:
    """Whether ``name`` is ``town`` and a club's ending ("Newcastle United", "Preston North End")."""
    rest = name[len(town) :].split() if name.startswith(town + " ") else []
    return bool(rest) and len(rest) <= 2 and rest[-1].casefold() in CLUB_ENDS


def _abbreviates(short: str, name: str) -> bool:
    """Whether each word of ``short`` is the word of ``name`` in its place or abbreviates it: its
    start, or its letters in order from the first, two letters shorter or more ("Man Utd", "Notts
    Co", "Nottm Forest", "News Corp")."""
    shorts, longs = short.split(), name.split()
    if short == name or len(shorts) != len(longs) or len(shorts) < 2 or short.isupper():
        return False
    return all(
        s == w or (len(s) <= len(w) - 2 and _letters_in_order(s.casefold(), w.casefold()))
        for s, w in zip(shorts, longs, strict=True)
    )  # two letters shorter at least: "Electronic Arts" and "Electronics Arts" are a misspelling apart


def _letters_in_order(short: str, word: str) -> bool:
    if not short or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])
