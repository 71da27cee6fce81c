"""Find people and organisations that are not in the registry, from the shape of the text alone.

The text is read as runs of capitalised words (shapes.py says what each run names). Titles
and lines that read like headlines (Title Case, capitals) are not searched: every capitalised
word is a candidate there. Registry matches are cut out of runs before they are read, so a run
never overlaps a curated name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.acronyms import names_no_body
from dossier.enrich.entities.companies import COMPANIES
from dossier.enrich.entities.gazetteer import load_gazetteer, name_key
from dossier.enrich.entities.lists import coordinated
from dossier.enrich.entities.org_shapes import NAME_HEADS, org_segments, organisation
from dossier.enrich.entities.shapes import (
    CUES,
    Candidate,
    Token,
    initials_match,
    is_acronym,
    make_token,
    person,
    person_segments,
)

# An acronym in brackets after a body's name, in capitals or written as a word ("(CBI)", "(Opec)")
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z&]{1,5}|[A-Z][a-z]{2,6})\)")
# The rest of a body's name before its acronym, when the name runs on past a small word:
# "Internet Corporation for Assigned Names and Numbers (Icann)", "Global Alliance for Vaccines
# and Immunisation (Gavi)". The run's own name stops at "for"; the acronym's initials say where
# the name really ends.
_NAME_TAIL = re.compile(
    r"((?: (?:for|of|and|on|the|&|[A-Z][\w'’-]*)){1,8})"
    r"(?:" + _BRACKETED.pattern + r"|,\s+([A-Z][A-Za-z&]{2,6})(?=[.,;]))"
)  # or set off by a comma: "the Internet Corporation for Assigned Names and Numbers, Icann."
_GLUE = frozenset("_'’-")
# Capitalised words that alone never name anything ("The", "However", "May"): not kept as runs.
_NEVER_ALONE = frozenset(w.capitalize() for w in pat.FUNCTION_WORDS | pat.MONTHS | pat.WEEKDAYS | {"he", "she"})


def runs(text: str, blocked: list[tuple[int, int]]) -> list[list[Token]]:
    """The capitalised runs of ``text`` as tokens, cut where a registry match (``blocked``) lies."""
    found: list[list[Token]] = []
    for match in pat.CAPITAL_RUN.finditer(text):
        first, last = match.span()
        group = match.group()
        if " " not in group:  # most runs are one word: "The", "He", "Blair"; the cheapest test first
            if group in _NEVER_ALONE or (blocked and any(s < last and first < e for s, e in blocked)):
                continue
            before = text[first - 1] if first else " "
            if not (before.isalnum() or before in _GLUE):  # "ex-UKIP", "iPod": not a word start
                found.append([make_token(group, first, last)])
            continue
        before = text[first - 1] if first else " "
        glued = before.isalnum() or before in _GLUE  # "ex-UKIP", "iPod": the first word is not a word start
        run: list[Token] = []
        start = first
        for part in group.split(" "):
            end = start + len(part)
            if not part or glued:  # a second space, or the glued first word
                glued = glued and not part
            elif blocked and any(s < end and start < e for s, e in blocked):
                while run and not run[-1].text[:1].isupper():
                    # "in Japan and [Europe]": the joining word before the registry's name ends
                    # nothing; "Stade de [France]": a particle makes the two one longer name
                    run = [] if run.pop().key in pat.PARTICLES else run
                if run and not (len(run) == 1 and run[0].text in _NEVER_ALONE):  # "in March for [the US]"
                    found.append(run)
                run = []
            else:
                token = make_token(part, start, end)
                run.append(token)
                if token.end < end and run:  # "Gibraltar-based Menatep Group": the modifier ends the run
                    found.append(run)
                    run = []
            start = end + 1
        if run:
            found.append(run)
    return found


_FIXTURE = re.compile(r"[\w'’.)]" + pat.VERSUS)


def headline_spans(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that read like headlines: most words capitalised ("Remarks of Sergey
    Lavrov", "Weapon Deployment in Kyiv") or in capitals; not a fixture ("Charlton Athletic v
    Leicester City": two sides, whose names are read as in a sentence)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if len(line) > pat.HEADLINE_WORDS * 15 or line.rstrip().endswith(".") or _FIXTURE.search(line):
            start += len(line) + 1  # a sentence (most lines): its words need no count
            continue
        words = [w for w in pat.LINE_WORD.findall(line) if w.casefold() not in pat.SMALL_WORDS]
        capitals = sum(1 for w in words if w[:1].isupper())
        short = 2 <= len(words) <= pat.HEADLINE_WORDS and not line.rstrip().endswith(".")
        if short and capitals >= pat.HEADLINE_SHARE * len(words):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _previous_word(text: str, start: int) -> str:
    """The word just before ``start`` when only a space separates them, casefolded; else ""."""
    if start < 2 or text[start - 1] != " ":
        return ""
    return text[text.rfind(" ", max(0, start - 40), start - 1) + 1 : start - 1].casefold()


def discover(paragraph: int, text: str, unit_runs: list[list[Token]], skip: list[tuple[int, int]]) -> list[Candidate]:
    """Every person, organisation and acronym candidate of one paragraph, outside ``skip`` spans
    (headline lines); persons not yet filtered by document-wide evidence."""
    found: list[Candidate] = []
    people: list[Candidate] = []
    for run in unit_runs:
        if skip and any(s <= run[0].start < e for s, e in skip):
            continue
        if len(run) == 1:  # most runs: "The", "He", "Blair"
            if run[0].text[-1:].isupper() or text[run[0].start - 2 : run[0].start] == ". ":
                found.extend(_lone_word(paragraph, text, run[0]))
            continue
        for i, token in enumerate(run):
            # isupper() first: most words are no acronym, and every acronym is upper case
            if (
                token.text.isupper()
                and pat.ACRONYM.fullmatch(token.text)
                and is_acronym(token.text)
                and not _inside_name(run, i)
                and not _in_event_or_pair(text, run, i)
            ):
                found.append(Candidate("organisation", (token.text,), "acronym", paragraph, token.start, token.end))
        for segment in person_segments(run):
            candidate = person(segment, text, paragraph)
            if candidate:
                people.append(candidate)
        if NAME_HEADS.isdisjoint([t.key for t in run]):
            continue
        for segment in org_segments(run):
            org = organisation(segment, paragraph)
            if org and not _a_countrys_name(org.words):
                found.append(_with_acronym(org, text))
    return found + _listed_people(text, people)


def _with_acronym(org: Candidate, text: str) -> Candidate:
    """``org`` with the acronym in brackets after it ("Confederation of British Industry (CBI)"),
    run on to the end of its name when the acronym's initials need the words after it."""
    bracket = _BRACKETED.match(text, org.end)
    if bracket and initials_match(org.words, bracket[1].upper()):
        return replace(org, acronym=bracket[1])
    tail = _NAME_TAIL.match(text, org.end)
    if tail and text[tail.end(1) - 1].isalpha():
        words = org.words + tuple(tail[1].split())
        acronym = tail[2] or tail[3]
        if words[-1][:1].isupper() and initials_match(words, acronym.upper()):
            return replace(org, words=words, end=tail.end(1), acronym=acronym)
    return org


def _a_countrys_name(words: tuple[str, ...]) -> bool:
    """Whether a name with an organisation's head word is a country's ("Soviet Union", "United
    Arab Emirates"): a place, not a body."""
    places = load_gazetteer().lookup(name_key(" ".join(words)))
    return any(p.kind in _COUNTRY_KINDS for p in places)


_COUNTRY_KINDS = frozenset({"country", "former", "nation", "state"})
_AROUND_ACRONYM = pat.ROLES | pat.ROLE_MODIFIERS | pat.GENERIC_WORDS | pat.ORG_HEADS | pat.FUNCTION_WORDS | CUES


def _inside_name(run: list[Token], i: int) -> bool:
    """Whether the acronym ``run[i]`` is one word of a longer name, not an organisation of its
    own: a plain name word (neither an acronym nor a role, head or generic word) stands before
    it, or it has two letters and one stands after it, as initials do ("JP Morgan", "PJ
    Harvey"). "BBC Sport", "IAAF World Championships", "UN Security Council" and "Daiwa
    Securities SMBC" (after a head word) keep theirs."""

    def plain(j: int) -> bool:
        word = run[j] if 0 <= j < len(run) else None
        return word is not None and not word.text.isupper() and word.key not in _AROUND_ACRONYM

    return plain(i - 1) or (len(run[i].text) == 2 and plain(i + 1)) or _listed_from(run, i)


def _listed_from(run: list[Token], i: int) -> bool:
    """Whether the acronym ``run[i]`` opens a listed company's name with the words after it
    ("ABN Amro", "BNP Paribas", "BAE Systems"): the company, not the acronym alone."""
    if i + 1 == len(run) or run[i + 1].text.isupper():
        return False
    keys = [t.key for t in run[i:]]
    return any(" ".join(keys[:j]) in COMPANIES for j in range(2, len(keys) + 1))


def _in_event_or_pair(text: str, run: list[Token], i: int) -> bool:
    """Whether the acronym ``run[i]`` names an event's or a technology's part, not a body: an
    event's word follows it ("FA Cup", "PGA Championship"), or a slash, a number or a colon makes
    it part of another name ("TCP/IP", "FTSE 100", "CSI:NY": acronyms.names_no_body)."""
    token = run[i]
    if names_no_body(text, token.start, token.end):
        return True
    return i + 1 < len(run) and run[i + 1].key in _EVENT_WORDS


_EVENT_WORDS = frozenset("cup cups trophy awards award prize open championship championships games final".split())


_STRONG = frozenset({"given", "common-given", "honorific", "role", "noble"})


def _listed_people(text: str, people: list[Candidate]) -> list[Candidate]:
    """Full names listed with a person named as such take the cue "listed" ("Robert De Niro,
    Dustin Hoffman and Barbra Streisand": Barbra is in no list of given names)."""
    people.sort(key=lambda c: c.start)
    for group in coordinated(text, [(c.start, c.end) for c in people]):
        members = [people[i] for i in group]
        if any(m.cue in _STRONG for m in members):
            for i in group:
                if people[i].cue in ("", "speech") and people[i].rule == "name":
                    people[i] = replace(people[i], cue="listed")
    return people


def _lone_word(paragraph: int, text: str, token: Token) -> list[Candidate]:
    """A one-word run is an acronym (OSCE), a surname after a dotted title ("Mr. Smith": the dot
    ends the run), or nothing. A title without a dot belongs to the run ("Mr Smith")."""
    if token.text.isupper():
        if pat.ACRONYM.fullmatch(token.text) and is_acronym(token.text) and not _in_event_or_pair(text, [token], 0):
            return [Candidate("organisation", (token.text,), "acronym", paragraph, token.start, token.end)]
        return []
    if text[token.start - 2 : token.start] != ". ":
        return []
    before = _previous_word(text, token.start).rstrip(".")
    if before not in pat.HONORIFICS:
        return []
    found = person([token], text, paragraph, before)
    return [found] if found else []


_JOINED_BEFORE = re.compile(r"(?:\b[A-Z][\w'’&.-]*|\bof|\bfor) $")


def inside_organisation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a registry place) is a word of an organisation's name that
    the capitalised run around it gives ("London Stock Exchange", "Muslim Council of Britain",
    "New York Times"): then the place is not named there."""
    after = text[end : end + 2]
    if not (after[:1] == " " and after[1:2].isupper()) and not _JOINED_BEFORE.search(text, max(0, start - 30), start):
        return False  # most places: no capitalised word joins them, no run to read
    low = max(0, start - 80)
    for match in pat.CAPITAL_RUN.finditer(text, low, min(len(text), end + 80)):
        first, last = match.span()
        if first > start or last < end or (first, last) == (start, end):
            continue
        tokens, at = [], first
        for part in match.group().split(" "):
            if part:
                tokens.append(make_token(part, at, at + len(part)))
            at += len(part) + 1
        for segment in org_segments(tokens):
            org = organisation(segment, 0)
            if org is not None and org.start <= start and end <= org.end:
                return True
    return False
