"""What a run of capitalised words names: a person, an organisation, or nothing.

A run is a person when a title or role opens it ("Mr Blair", "Foreign Minister Sergey Lavrov",
"Lord Falconer") or stands just before it ("spokesman John Smith"), or when it is one to four
name-like words and the first is a common given name ("Patricia Hewitt"). A run with a head word
such as Party, Council, Office or Ministry is an organisation ("Labour Party", "Bank of England");
an all-capitals word that is not a common abbreviation is an acronym (OSCE yes, GDP no). The
document-wide evidence (a surname used with a title elsewhere) is weighed in known.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.aliases import fold
from dossier.enrich.entities.companies import COMPANIES
from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from dossier.models import pickled_by_fields

CUES = pat.HONORIFICS | pat.NOBLE_TITLES | pat.ROLES
NOT_A_NAME = (
    pat.FUNCTION_WORDS
    | pat.GENERIC_WORDS
    | pat.ROLE_MODIFIERS
    | pat.ORG_HEADS
    | pat.HONORIFICS
    | pat.SPEECH_VERBS
    | pat.CORPORATE_WORDS
    | pat.FEASTS  # "Father Christmas", "Merry Christmas": no surname
)
SURNAME_ONLY = pat.SURNAME_WORDS | pat.ROLES | pat.NOBLE_TITLES | pat.MONTHS | pat.WEEKDAYS
_DATE_WORDS = pat.MONTHS | pat.WEEKDAYS
LEADING_NOISE = pat.FUNCTION_WORDS | _DATE_WORDS
_DIGIT = re.compile(r"\d")
_COMPOUND = re.compile(r"-[a-z]")  # "Car-maker Honda", "Anti-war": a compound word, no name's part
# Words of a name a role cannot vouch for ("Chief Operating Officer", "Christmas Day"); "King" it
# can ("governor Mervyn King").
_UNVOUCHED = pat.ROLES | pat.FEASTS | pat.SEASONS | (pat.NOBLE_TITLES - {"king"})
_MADE_BY = re.compile(
    r"\b(?:(?:directed|written|co-written|played|sung|narrated|choreographed)\s+by|starring|co-starring)\s+$"
)
_SETTLEMENT_OF = re.compile(r"\b(?:" + "|".join(sorted(pat.SETTLEMENTS)) + r") of\s+$")
# "officer for Vivendi Universal", "economist at UBS": what follows a role and a preposition is
# where the person works, not a person.
_ROLE_OF = re.compile(r"\b(?:" + "|".join(sorted(pat.ROLES)) + r")\s+(?:at|for|of|with)\s+(?:the\s+)?$")
_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:"
    + "|".join(sorted(pat.APPOSITIVE_ROLES))
    + r")\b"
)
_DEMONYM_ENDS = ("man", "woman", "men", "women")  # "Frenchman", "Englishman", "Countrywoman"
SPLIT_PERSON = frozenset("of for and the on &".split())
# Letters after a name, for an office or an honour: they end the name ("Guy Mansfield QC", "Tony
# Wright MP", "Elton John CBE").
POST_NOMINALS = frozenset("QC KC MP MEP MSP AM MLA TD OBE MBE CBE KBE DBE FRS".split())
_SPLITTERS = SPLIT_PERSON | POST_NOMINALS


def word(token: str) -> str:
    """The comparison form of one word: casefolded, without a final dot."""
    return token.casefold().rstrip(".")


class Token(NamedTuple):
    """A word of a capitalised run, its offsets in the unit's text and its comparison form."""

    text: str
    start: int
    end: int
    key: str  # folded and casefolded: "Lavrov" -> "lavrov", "Müller" -> "muller"


def make_token(text: str, start: int, end: int) -> Token:
    """A run word with its comparison form; a suffix such as "-style" is left out ("Jackson-style")."""
    if "-" in text:
        suffix = pat.HYPHEN_SUFFIX.search(text)
        if suffix:
            text, end = text[: suffix.start()], end - (len(text) - suffix.start())
    # tuple.__new__, not Token(...): NamedTuple's __new__ is a Python function, and a corpus
    # makes a token of every capitalised word (120,000 for BBC's; 2% of find_mentions)
    return _new_token(Token, (text, start, end, (text if text.isascii() else fold(text)).casefold()))


_new_token = tuple.__new__


@dataclass(frozen=True)
class Candidate:
    """A name found by its shape: ``rule`` is "name" (a person's full name), "title" ("Lord
    Falconer"), "surname" (after a title or role), "organisation" or "acronym"."""

    kind: str
    words: tuple[str, ...]
    rule: str
    paragraph: int
    start: int
    end: int
    cue: str = ""  # why a person name was accepted: honorific, noble, role, given, speech, surname
    acronym: str = ""  # an organisation's acronym given in brackets after it: "Confederation ... (CBI)"


pickled_by_fields(Candidate)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


def _segments(run: list[Token], splitters: frozenset[str]) -> Iterator[list[Token]]:
    segment: list[Token] = []
    for token in run:
        if token.text in splitters:
            if segment:
                yield segment
            segment = []
        else:
            segment.append(token)
    if segment:
        yield segment


def _name_like(tokens: list[Token], words: list[str], vouched: bool = False) -> bool:
    """Whether capitalised words can be a person's name: one to four words, none of them a word
    that is never a name, in capitals or with a digit, the first no compound of a lowercase word
    ("Car-maker"); a surname-like word ("Green", "May") only last, after a given name. With
    ``vouched`` (a role just before the name vouches for it) a surname-like word may end any name
    ("star Kanye West") and two initials in capitals open one ("singer PJ Harvey")."""
    if len(tokens[-1].text) < 2:
        return False  # "John F" of "John F. Kennedy"
    core = [w for t, w in zip(tokens, words, strict=True) if t.text not in pat.PARTICLES]
    if not 1 <= len(core) <= 4 or core[0] in _DATE_WORDS:
        return False
    given = len(core) > 1 and core[0] in GIVEN_NAMES
    last = len(core) - 1 if given or (vouched and len(core) > 1) else -1
    for position, each in enumerate(core):
        if (each in NOT_A_NAME and not (given and position == 0)) or (each in SURNAME_ONLY and position != last):
            return False  # a given name first may be a word too: "Bill Cosby"
    if _compound(tokens[0].text):
        return False  # "Car-maker Honda"; not "Chung Mong-koo", "Ban Ki-moon": Korean given names
    initials = vouched and len(tokens) == 2 and len(tokens[0].text) == 2 and tokens[0].text.isupper()
    for i, t in enumerate(tokens):  # a loop, not any() over a generator: every run segment comes here
        if len(t.text) > 1 and t.text.isupper() and not (initials and i == 0):
            return False
        if not t.text.isalpha() and _DIGIT.search(t.text):  # a word of letters only has no digit
            return False
    return True


def _compound(text: str) -> bool:
    """Whether a word is a compound with a lowercase part ("Car-maker"); the hyphen is looked
    for first, without the pattern: few words have one (a regex call per run word cost 1%)."""
    return "-" in text and _COMPOUND.search(text) is not None


def person(segment: list[Token], text: str, paragraph: int, before: str | None = None) -> Candidate | None:
    """The person a run segment of ``text`` names, if any; ``before`` overrides the word before it."""
    last = segment[-1]  # the last word of the name, whatever its first: one no name ends with ends here
    if len(last.text) < 2 or last.text.isupper() or (last.key in NOT_A_NAME and last.text not in pat.PARTICLES):
        return None  # what _name_like would say, before the cue and the given name are looked for
    words = [t.key for t in segment]
    cue_at = -1
    if not CUES.isdisjoint(words[:-1]):  # most segments have no cue: no search for the last one
        cue_at = next(i for i in range(len(words) - 2, -1, -1) if words[i] in CUES)
        if words[cue_at] in pat.HONORIFICS and segment[cue_at].text.isupper() and len(segment[cue_at].text) > 1:
            return None  # "DR Congo": an honorific in capitals is no title ("MP", "QC" are roles)
    if cue_at >= 0:
        opener = words[cue_at]
        cue = "honorific" if opener in pat.HONORIFICS else "noble" if opener in pat.NOBLE_TITLES else "role"
        first = _given_start(words, cue_at + 1)  # "champion Briton Hayley Yelling"
        if opener in pat.KNIGHTHOODS and len(segment) - first == 1:
            cue = "knight"  # "Sir Paul": a given name, not a surname
    else:
        first = 0
        while first < len(words) and (words[first] in pat.FUNCTION_WORDS or _compound(segment[first].text)):
            first += 1  # "The", "Fly-half Jonny Wilkinson", "Film-maker Spike Lee": before the name
        first = _given_start(words, first, opens_sentence(text, segment[first].start) if first < len(words) else False)
    name = segment[first:]
    if not name:
        return None
    vouched = False  # a surname-like last word after a name no list gives: a role must vouch for it
    if not _name_like(name, words[first:]):
        if (
            len(name) < 2
            or not _name_like(name, words[first:], vouched=True)
            or (cue_at >= 0 and cue != "role")
            or not _UNVOUCHED.isdisjoint(words[first:])
        ):
            return None  # most segments end here, before their context is read
        vouched = True
    if len(name) > 1 and (" ".join(words[first:]) in COMPANIES or words[first] in COMPANIES):
        return None  # "Morgan Stanley", "Marks & Spencer": a listed company; "Microsoft Word": its product
    if cue_at < 0:
        around = words_around(text, segment[0].start, segment[-1].end)
        before = around[0] if before is None else before
        if before in pat.WORK_WORDS:  # "the film Vera Drake", "band Franz Ferdinand": not a person
            words_of = tuple(t.text for t in name)
            return Candidate("person", words_of, "name", paragraph, name[0].start, name[-1].end, "work")
        if before in pat.CORPORATE_WORDS or _role_of(text, segment[0].start):
            return None  # "chief technology officer for Vivendi Universal", "Cia. Vale Do Rio Doce"
        if before == "of" and _SETTLEMENT_OF.search(text, max(0, segment[0].start - 20), segment[0].start):
            return None  # "the Thai island of Koh Phi Phi": a place (localities.py)
        if before in pat.LOCATIVES and len(name) > 1 and _place_name(words[first:]):
            return None  # "his home in Beverly Hills": a place named like a person
        cue = _cue_around(before, around[1])
        if (
            not cue
            and first == 0
            and text[name[-1].end : name[-1].end + 2] not in ("'s", "’s")
            and _MADE_BY.search(text, max(0, segment[0].start - 24), segment[0].start)
        ):  # "directed by Sofia Coppola", "starring Jude Law": a work's maker or actor; not "directed
            cue = "role"  # by A Beautiful Mind's Ron Howard", "starring So Solid Crew rapper Asher D"
        if cue in ("", "speech") and _APPOSITIVE.match(text, segment[-1].end):
            cue = "role"  # "Assad Omar, Afghanistan's envoy to the United Nations", "said Hiten Mehta, manager of"
        if (
            cue in ("", "speech")
            and len(name) == 2
            and before not in _NOT_BEFORE_WHO
            and _who(text, name, words[first:])
        ):
            cue = "role"  # "Keanu Reeves, who presented the award": "who" is said of a person
        if vouched and before not in pat.ROLES and cue != "role":
            return None  # "Kanye West" only after "star", "rapper"...; not "Beverley Green" alone
    if len(name) == 1 and cue == "role" and (words[cue_at] if cue_at >= 0 else before) not in pat.TITLE_ROLES:
        return None  # "President Bush" yes, "Rival Boeing" no
    if len(name) > 1 and (words[first] in pat.ORG_HEADS or words[first] in pat.OPENING_HEADS):
        return None  # "Universities Scotland said": a body's head word opens no one's name
    names = tuple(t.text for t in name)
    if cue == "noble" and len(names) == 1:
        names, rule = (segment[cue_at].text, *names), "title"
    else:
        rule = "surname" if len(names) == 1 else "name"
    if rule == "name" and cue in ("", "speech"):
        if words[first] in GIVEN_NAMES:
            cue = "given"
        elif is_given(words[first]):
            cue = "common-given"  # weaker: known.py checks the document does not use it as a word
        if cue != "given" and len(words[first]) > 1:
            if load_gazetteer().lookup(" ".join(words[first:])):
                return None  # "Latin America said": the place's, no one's name
            cue = _placed(words[-1]) or cue  # "Good Morning Scotland", "Inter Milan": no one's surname
    return Candidate("person", names, rule, paragraph, name[0].start, name[-1].end, cue)


def _place_name(words: list[str]) -> bool:
    """Whether a name is a gazetteer place or ends with a word of a park, a ground or a street
    ("a stadium in Stanley Park", "at Elland Road")."""
    return words[-1] in _GROUNDS_AND_STREETS or bool(load_gazetteer().lookup(" ".join(words)))


_GROUNDS_AND_STREETS = frozenset("park road lane street avenue square stadium arena ground gardens".split())


def is_given(word: str) -> bool:
    """Whether a casefolded word is a given name of either list; a hyphenated name counts when
    each part is one ("jean-philippe", "sven-goran")."""
    if word in COMMON_GIVEN_NAMES:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(part in COMMON_GIVEN_NAMES for part in parts)


def _given_start(words: list[str], first: int, opens_sentence: bool = False) -> int:
    """Where a name starts when one or two words that cannot open it stand before a given name
    and a surname: "Treasury Paul Boateng", "Frenchman Arnaud Clement" start at the given name.
    A nationality is one wherever it stands ("Belgian Justine Henin-Hardenne", "Briton Hayley
    Yelling"; see origin). A sentence's first word is capitalised where it stands, whatever it
    is: before a given name and a surname it is a description ("Keeper Tony Bullock", "Drummer
    Larry Mullen", "Bar Keith Gleeson"), not the first of three names. Elsewhere one word that no list knows as a given
    name, before a name of the shorter list of common given names and a surname (two or three
    words in all), is one too ("Swede Joachim Johansson", "Blairite Alan Milburn", "Presidents
    George W Bush"; not "Love Will Tear Us Apart")."""
    if first >= len(words) or is_given(words[first]):
        return first
    for k in range(first + 1, min(first + 3, len(words) - 1)):
        if is_given(words[k]):
            if k == first + 1 and (opens_sentence or _describes(words[first], words[k:]) or origin(words[first])):
                return k
            # a sentence's first word is free; the words after it must describe
            describing = words[first + 1 : k] if opens_sentence else words[first:k]
            return k if all(w in NOT_A_NAME or origin(w) for w in describing) else first
    if len(words) - first >= 3 and words[first].endswith(_DEMONYM_ENDS):
        return first + 1  # "Dutchman Arnoud Okken": a name no list knows after a man of a country
    return first


def origin(word: str) -> bool:
    """Whether a casefolded word that is no given name says where someone is from: a nationality
    ("Belgian", "Briton", "Czech"), its plural ("Kenyans") or a man or woman of a country
    ("Dutchman", "Englishwoman"). Before a given name and a surname it describes the person."""
    return (
        word in pat.ORIGINS
        or word.endswith(_DEMONYM_ENDS)
        or (len(word) >= 5 and word.endswith(pat.ADJECTIVE_ENDS))
        or (len(word) >= 6 and word.endswith(("an", "ans")))
    )


#: "Saint" before a given name names a saint, or a place or body named after one ("St John
#: Ambulance", "Saint Bernard Software"), not a person described
_SAINTS = frozenset({"saint", "st", "sainte", "san", "santa", "santo", "são", "sankt"})


def _describes(word: str, name: list[str]) -> bool:
    """Whether ``word`` (no given name) describes the person ``name`` names: a common given name
    and a surname, two or three words in all (see _given_start)."""
    return name[0] in GIVEN_NAMES and len(name) in (2, 3) and word not in _SAINTS


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence: the text's start, a line's, or after a
    full stop, a question or exclamation mark or an opening quotation mark."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in ".!?\"“‘'\n"


def words_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after ``text[start:end]`` on its line, casefolded, past spaces,
    commas and the dot of an honorific or an initial ("Mr. Smith", "Smith, said"); a sentence's
    last word is not the word before the next one ("the train tracks. Brian McBride said")."""
    window = text[max(0, start - 40) : start].rstrip(" ,")
    before = window.rstrip(".").rpartition(" ")[2].rpartition("\n")[2].casefold()
    if window.endswith(".") and not (before in pat.HONORIFICS or before in pat.CORPORATE_WORDS or len(before) == 1):
        before = ""
    after = text[end : end + 40].lstrip(" ,").partition(" ")[0].partition("\n")[0]
    return before, after.rstrip(".,;:!?\"'’”").casefold()


def _role_of(text: str, start: int) -> bool:
    """Whether _ROLE_OF ends just before ``start``; a window that does not end with its last word
    (a preposition or "the", then spaces) is not searched, which most are not."""
    window = max(0, start - 40)
    if not text[window:start].rstrip().endswith(("at", "for", "of", "with", "the")):
        return False
    return bool(_ROLE_OF.search(text, window, start))


def _placed(last: str) -> str:
    """The cue of a name that ends with a city of a million people ("Inter Milan": PLACED_CITY)
    or a country's name ("Universities Scotland": PLACED), else ""; known.py keeps neither as a
    person, bodies.py makes some of them bodies. Baroness Scotland has her title to vouch for her."""
    places = load_gazetteer().lookup(last)
    if any(p.kind == "city" and p.population >= _MILLION for p in places):
        return PLACED_CITY
    return PLACED if any(p.kind in ("country", "nation") for p in places) else ""


PLACED = "placed"
PLACED_CITY = "placed-city"
_MILLION = 1_000_000


def _who(text: str, name: list[Token], keys: list[str]) -> bool:
    """Whether ", who" follows a two-word name that has no body's head word, is no place and
    opens with no place's name (a club is "who" in British English too: "Leeds Tykes, who"; a
    longer run may hold a descriptor: "Beatle George Harrison")."""
    return (
        _WHO.match(text, name[-1].end) is not None
        and pat.ORG_HEADS.isdisjoint(keys)
        and not load_gazetteer().lookup(keys[0])
        and not load_gazetteer().lookup(" ".join(keys))  # "St Helens, who"
    )


_WHO = re.compile(r",\s+who\s")
# "the Tamil Tigers, who", "the studio Focus Features, who": no person's name follows these
_NOT_BEFORE_WHO = pat.ORGANISATION_WORDS | {"the"}


def _cue_around(before: str, after: str) -> str:
    if before in pat.HONORIFICS:
        return "honorific"
    if before in pat.ROLES:
        return "role"
    # A speech verb ("said Kofi Annan", "Time Warner said") is recorded, not enough on its own.
    return "speech" if before in pat.SPEECH_VERBS or after in pat.SPEECH_VERBS else ""


def person_segments(run: list[Token]) -> Iterator[list[Token]]:
    """Segments of a run for person names: split at every joining word except name particles,
    and after letters for an office or an honour (POST_NOMINALS), which are left out."""
    if run and _SPLITTERS.isdisjoint([t.text for t in run]):  # most runs: one segment, the run itself
        yield run
        return
    for segment in _segments(run, SPLIT_PERSON):
        yield from _segments(segment, POST_NOMINALS)


def is_acronym(text: str) -> bool:
    """An all-capitals word that may name an organisation (OSCE, CBI; not GDP, MP or XIV, nor a
    small word in capitals for emphasis or in a shouted line: "certainly NOT the best", "have ANY
    knowledge", "THE END"; the WHO is the World Health Organization)."""
    return (
        text not in pat.NON_ORG_ACRONYMS
        and not pat.ROMAN_NUMERAL.fullmatch(text)
        and (text == "WHO" or text.casefold() not in pat.FUNCTION_WORDS)
    )


def initials_match(words: tuple[str, ...], acronym: str) -> bool:
    """Whether ``acronym`` gives the initials of ``words``, of their capitalised words, or of the
    name after a country's acronym ("US Securities and Exchange Commission (SEC)")."""
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    forms = {capitals.upper(), "".join(w[0] for w in words).upper()}
    if len(words) > 2 and words[0].isupper():
        forms.add("".join(w[0] for w in words[1:] if w[:1].isupper()).upper())
    return acronym.replace("&", "") in forms
