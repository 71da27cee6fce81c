"""Acronyms that name things, not bodies: what a bare acronym needs besides its capitals.

An all-capitals word is an organisation's acronym unless the document says otherwise. It says
otherwise in three ways:

- It spells the acronym out in ordinary words: "liquid-crystal displays (LCDs)", "the SET
  [science, engineering and technology] industry", "gross domestic product (GDP)", "Peer-to-peer
  (P2P) networks" (a sentence's first letter, and a digit for "to" or "for"). A body's name is
  capitalised; words in lowercase name a thing.
- It spells it out as a capitalised name that ends with a thing's word and has no
  organisation's head word: "DVI or HDMI (High-Definition Multimedia Interface) connections";
  or with an event's word, whatever comes before it: "the Consumer Electronics Show (CES)".
  "Disasters Emergency Committee (DEC)" and "Internet Engineering Task Force (IETF)" keep theirs.
- A number of two digits or more follows it, as an index's does ("the FTSE 100", "the CAC
  40"), or it is glued by a colon into a title ("CSI:NY"). A year after it is no such number
  ("UEFA 2005"), nor is one digit ("BBC 1", "ITV 2": channels of the body) or a measure ("AAA
  800m title").

The spelled-out form counts when the initials of its last words (of each part of a hyphenated
word too, small words such as "and" or "of" left out or kept) give the acronym, with or without
a plural "s" ("PVRs").
"""

from __future__ import annotations

import re
from typing import Final

from dossier.enrich.entities import patterns as pat

# words that end the name of a thing (a technology, a measure, an illness), never a body's
THING_ENDS: Final = frozenset(
    """
    interface protocol standard format technology technologies recorder recorders player players display
    displays device devices index product disease syndrome
    """.split()
)
# words that end the name of an event, whatever words come before them ("Consumer Electronics Show
# (CES)", though "Electronics" heads companies' names)
EVENT_ENDS: Final = frozenset("show exhibition expo fair".split())
_SKIPPED = frozenset({"and", "of", "the", "for", "in", "on", "over", "per", "to", "a", "an", "&"})
_ACRONYM = r"([A-Z][A-Z&2-4]{1,5})s?"  # a digit for a word: "P2P" (peer-to-peer), "B2B", "G4"
# the acronym in brackets after its words: "liquid-crystal displays (LCDs)"; the words are read
# from the text before the bracket (a pattern that matched the words too would be tried, and
# fail, at every word of every document: 3 s over the BBC corpus against 0.03 s)
_BRACKETED = re.compile(r"\(" + _ACRONYM + r"\)")
_WORDS_BEFORE = 8  # words read before the bracket
_WORDS_BEFORE_SPAN = 120  # characters that hold them
# the acronym, then its words in brackets: "HDMI (High-Definition Multimedia Interface)"
_SPELLED_AFTER = re.compile(r"\b" + _ACRONYM + r"\s+[(\[]([\w'’ ,&-]{3,90})[)\]]")
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*|&")
# two digits or more, a word of their own: "BBC 1", "ITV 2" are channels, "AAA 800m" a race
_NUMBER_AFTER = re.compile(r" (\d{2,4})(?!\w|[.,]\d|%)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _initials(words: list[str], skip: bool, hyphens: bool) -> str:
    letters = []
    for word in words:
        if skip and word.casefold() in _SKIPPED:
            continue
        parts = word.split("-") if hyphens else [word]
        letters += [part[0] for part in parts if part]
    return "".join(letters).upper()


_DIGIT_WORDS = str.maketrans({"2": "T", "4": "F"})  # "to", "for": "peer-to-peer (P2P)"


def _spells(words: list[str], acronym: str) -> bool:
    """Whether ``words`` spell ``acronym`` out (see the module docstring)."""
    target = acronym.replace("&", "").translate(_DIGIT_WORDS)
    return any(_initials(words, skip, hyphens) == target for skip in (True, False) for hyphens in (True, False))


def _a_thing(words: list[str]) -> bool:
    """Whether a spelled-out form names a thing: all in lowercase, or capitalised with a thing's
    last word and no organisation's head word, or with an event's last word."""
    keys = [w.casefold() for w in words]
    # in lowercase but for a sentence's first letter: "Peer-to-peer (P2P) networks are..."
    if words[0][1:].islower() and all(not w[:1].isupper() for w in words[1:] if w.casefold() not in _SKIPPED):
        return True
    return keys[-1] in EVENT_ENDS or (keys[-1] in THING_ENDS and pat.ORG_HEADS.isdisjoint(keys))


def thing_acronyms(document: str) -> frozenset[str]:
    """The acronyms ``document`` spells out as things (see the module docstring)."""
    if "(" not in document and "[" not in document:
        return frozenset()
    things: set[str] = set()
    for match in _BRACKETED.finditer(document):
        acronym = match.group(1)
        before = document[max(0, match.start() - _WORDS_BEFORE_SPAN) : match.start()]
        words = _WORD.findall(re.split(r"[^\w'’,&\s-]", before)[-1])[-_WORDS_BEFORE:]
        for count in range(1, len(words) + 1):
            tail = words[-count:]
            if tail[0].casefold() not in _SKIPPED and _spells(tail, acronym):
                if _a_thing(tail):
                    things.add(acronym)
                break
    for match in _SPELLED_AFTER.finditer(document):
        acronym, words = match.group(1), _WORD.findall(match.group(2))
        if words and _spells(words, acronym) and _a_thing(words):
            things.add(acronym)
    return frozenset(things)


# a ship's prefix before its name: "HMS Chatham", "USS Cole" name ships, no navy
SHIP_PREFIXES: Final = frozenset("HMS USS HMAS HMCS HMNZS RMS RFA".split())
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def names_no_body(text: str, start: int, end: int) -> bool:
    """Whether the acronym (or name) at ``text[start:end]`` is part of a technology's, an index's,
    a title's or a ship's name: a slash joins it to another word ("TCP/IP", "AM/FM"), a number
    other than a year follows it ("FTSE 100"), a colon glues it to a word ("CSI:NY"), or it is a
    ship's prefix before a name ("HMS Chatham")."""
    if text[start - 1 : start] == "/" or text[end : end + 1] == "/":
        return True
    if text[start:end] in SHIP_PREFIXES and _NAME_AFTER.match(text, end):
        return True
    number = _NUMBER_AFTER.match(text, end)
    if number and not _YEAR.fullmatch(number.group(1)):
        return True
    glued_before = start > 1 and text[start - 1] == ":" and text[start - 2].isalnum()
    glued_after = text[end : end + 1] == ":" and text[end + 1 : end + 2].isalnum()
    return glued_before or glued_after
