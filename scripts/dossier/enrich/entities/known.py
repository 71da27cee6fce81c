"""The names one document makes known, and what each use of them refers to.

From the registry people a document mentions and the candidates found by their shape: each full
name, its surname and its given name (when only one person in the document has it), a tail of a
long name ("Duncan Smith" for "Iain Duncan Smith"), each organisation and the acronym given for
it. A candidate person with no strong sign (a title, a role, a given name, a speech verb) is kept
only if its surname is used with a title elsewhere in the document ("Richard Thomas" ... "Mr
Thomas"). Names are keyed by their words, folded and casefolded.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.aliases import fold
from dossier.enrich.entities.registry import Registry, entity_key
from dossier.enrich.entities.shapes import NOT_A_NAME, PLACED, PLACED_CITY, SURNAME_ONLY, Candidate
from dossier.models import pickled_by_fields


@dataclass(frozen=True)
class Known:
    """What a name refers to in this document; ``candidates`` lists the people a shared surname
    may mean (the nearest full name decides), ``needs_cue`` a surname that is also a word."""

    key: str
    name: str
    kind: str
    rule: str
    resolved: bool = True
    needs_cue: bool = False
    candidates: tuple[str, ...] = ()
    names: dict[str, str] = field(default_factory=dict)  # display name of each candidate


pickled_by_fields(Known)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


def words_key(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The lookup key of a name's words: folded, casefolded, no final dots."""
    # a list, not a generator, and fold() only for non-ASCII words: made for every candidate
    return tuple([(w if w.isascii() else fold(w)).casefold().rstrip(".") for w in words])


def lowercase_in(text: str, token: str) -> bool:
    """Whether ``token`` is used as a lowercase word in ``text`` ("May" and "may", "Cook" and "cook")."""
    lower = token.lower()
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(lower, at + 1)
    return False


def _accept(candidate: Candidate, words: tuple[str, ...], titled: set[str], text: str) -> bool:
    """Whether a candidate person (``words``: its words_key) is kept (see the module)."""
    if candidate.cue == "lineup":  # a player in a sports report's line-up (lineups.py)
        return True
    if candidate.cue in (PLACED, PLACED_CITY):  # a country or a great city for a surname: no one's
        return False
    if candidate.rule == "surname":
        if candidate.cue in ("honorific", "knight"):
            return True
        return candidate.cue == "role" and not lowercase_in(text, candidate.words[0])
    if candidate.rule == "title" or candidate.cue in ("honorific", "noble", "role", "given"):
        return True
    if candidate.cue in ("common-given", "listed"):  # a name of the broad list: "Olivier Magne", not "Grace period"
        return not (lowercase_in(text, candidate.words[0]) or lowercase_in(text, candidate.words[-1]))
    return words[-1] in titled or _used_alone(candidate.words, text)


def _used_alone(words: tuple[str, ...], text: str) -> bool:
    """Whether the last word of a two- or three-word name is also used on its own, as a person's
    surname is ("Daniela Hantuchova ... Hantuchova is in upbeat mood"), and never in lowercase;
    a firm's or a place's last word seldom is ("Morgan Stanley", "Rio Tinto")."""
    if not 2 <= len(words) <= 3 or any(not w[:1].isupper() for w in words):
        return False
    if words[0].casefold().endswith(("ing", "ed")):
        return False  # "Addressing Truss": a verb opening the sentence
    surname = words[-1]
    if len(surname) < 3 or lowercase_in(text, surname) or words_key([surname])[0] in NOT_A_NAME:
        return False
    if any(sum(ch.isupper() for ch in w) * 2 > len(w) for w in words):
        return False  # "High-definition DVDs"
    at = text.find(surname)
    while at >= 0:  # plain string search: a regular expression per name cost more than the rest
        end = at + len(surname)
        bounded = (at == 0 or not _in_word(text[at - 1])) and (end == len(text) or not _in_word(text[end]))
        if bounded and not _previous_capitalised(text, at):
            return True  # "Arts" of "Electronic Arts" is not alone
        at = text.find(surname, end)
    return False


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "'’-"


def _previous_capitalised(text: str, at: int) -> bool:
    """Whether the word just before ``at`` (past spaces only) starts with a capital."""
    before = text[max(0, at - 30) : at]
    stripped = before.rstrip(" ")
    if len(stripped) == len(before) or not stripped or not stripped[-1].isalpha():
        return False
    word = stripped.rsplit(None, 1)[-1]
    return word[:1].isupper()


def known_names(
    candidates: list[Candidate], people: dict[str, tuple[str, ...]], registry: Registry, text: str
) -> dict[tuple[str, ...], Known]:
    """Every name known in a document; ``people`` maps registry person keys found in it to their
    names, ``text`` is the whole document (to tell surnames that are also words)."""
    persons = [(c, words_key(c.words)) for c in candidates if c.kind == "person"]  # each key made once
    titled = {words[-1] for c, words in persons if c.cue == "honorific" and c.rule == "surname"}
    works = {words for c, words in persons if c.cue == "work"}  # "the film Vera Drake"
    accepted = [(c, w) for c, w in persons if c.cue != "work" and w not in works and _accept(c, w, titled, text)]
    known: dict[tuple[str, ...], Known] = {}
    names_of = {key: names[0] for key, names in people.items()}
    forms: dict[str, list[tuple[str, ...]]] = {
        key: [words_key(n.split()) for n in names if len(n.split()) > 1] for key, names in people.items()
    }
    # longest first; a name with initials for its given name after the names written in full
    ordered = sorted(
        (p for p in accepted if p[0].rule != "surname"), key=lambda p: (-len(p[0].words), _initialled(p[0]))
    )
    for candidate, words in ordered:
        if words in known:
            continue
        owner = _longer_name_of(words, forms)
        if owner:  # "Duncan Smith" after "Iain Duncan Smith"
            known[words] = Known(owner, names_of[owner], "person", "surname")
            continue
        owner = _initials_of(words, forms) if _initialled(candidate) else None
        if owner:  # "C Paterson" in the line-up of "Chris Paterson"
            known[words] = Known(owner, names_of[owner], "person", candidate.rule)
            continue
        name = " ".join(candidate.words)
        entity = registry.lookup(name)
        key, display = (entity.key, entity.name) if entity and entity.kind == "person" else (entity_key(name), name)
        names_of.setdefault(key, display)
        forms.setdefault(key, []).append(words)
        known[words] = Known(key, names_of[key], "person", candidate.rule)
    _add_surnames(known, forms, names_of, text)
    given = {form[0] for full_forms in forms.values() for form in full_forms}
    for candidate, words in accepted:  # "Mr Howard" with no Howard named in full: a surname, never a given name
        if candidate.cue == "knight" and words[0] in given:
            continue  # "Sir Paul" after "Paul McCartney": the given name, added below
        if candidate.rule == "surname" and words not in known:
            needs_cue = _is_word(words[0], text)
            known[words] = Known(
                entity_key(candidate.words[0]), candidate.words[0], "person", "surname", False, needs_cue
            )
    _add_given_names(known, forms, names_of, text)
    _add_organisations(known, candidates, registry)
    return known


def _initialled(candidate: Candidate) -> bool:
    """Whether a name gives its given name as one or two initials: "C Paterson", "KP Robertson"."""
    first = candidate.words[0].rstrip(".")
    return len(candidate.words) > 1 and 0 < len(first) <= 2 and first.isalpha() and first.isupper()


def _initials_of(words: tuple[str, ...], forms: dict[str, list[tuple[str, ...]]]) -> str | None:
    """The one person named in full with the same surname and a given name that the initial
    opens ("Chris Paterson" for "C Paterson"); None if there is none, or more than one."""
    initial = words[0][:1]
    owners = {
        key
        for key, full in forms.items()
        for form in full
        if len(form) == len(words) and form[1:] == words[1:] and len(form[0]) > 2 and form[0].startswith(initial)
    }
    return next(iter(owners)) if len(owners) == 1 else None


def _longer_name_of(words: tuple[str, ...], forms: dict[str, list[tuple[str, ...]]]) -> str | None:
    """The person one of whose full names ends with ``words``, if any."""
    size = len(words)
    return next(
        (key for key, full in forms.items() for form in full if len(form) > size and form[-size:] == words), None
    )


def _is_word(token: str, text: str) -> bool:
    return token in NOT_A_NAME or token in SURNAME_ONLY or lowercase_in(text, token)


_GENERATIONS = frozenset({"jr", "jnr", "sr", "snr"})


def _add_surnames(
    known: dict[tuple[str, ...], Known], forms: dict[str, list[tuple[str, ...]]], names_of: dict[str, str], text: str
) -> None:
    """The surname of everyone named in full; a surname several people share lists them all."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, full_forms in forms.items():
        for form in full_forms:
            # "Charles Evans Jr" is "Mr Evans": a generation's mark is no surname
            surname = form[-2] if len(form) > 2 and form[-1] in _GENERATIONS else form[-1]
            if key not in by_surname[surname]:
                by_surname[surname].append(key)
    for surname, keys in by_surname.items():
        if (surname,) not in known:
            names = {k: names_of[k] for k in keys}
            ambiguous = tuple(keys) if len(keys) > 1 else ()
            needs_cue = _is_word(surname, text)
            known[surname,] = Known(keys[0], names_of[keys[0]], "person", "surname", True, needs_cue, ambiguous, names)


def _add_given_names(
    known: dict[tuple[str, ...], Known], forms: dict[str, list[tuple[str, ...]]], names_of: dict[str, str], text: str
) -> None:
    """Given names that only one person named in full has ("Alan" for Alan Duncan)."""
    by_given: dict[str, set[str]] = defaultdict(set)
    for key, full_forms in forms.items():
        for form in full_forms:
            if len(form) == 2 and form[0] not in pat.NOBLE_TITLES:
                by_given[form[0]].add(key)
    for given, owners in by_given.items():
        if len(owners) == 1 and (given,) not in known and not _is_word(given, text):
            key = next(iter(owners))
            known[given,] = Known(key, names_of[key], "person", "given-name")


def _add_organisations(known: dict[tuple[str, ...], Known], candidates: list[Candidate], registry: Registry) -> None:
    """Organisation names (with the acronym given for them) first, then bare acronyms."""
    for candidate in sorted(candidates, key=lambda c: c.rule == "acronym"):
        if candidate.kind != "organisation":
            continue
        name = " ".join(candidate.words)
        if candidate.rule == "acronym":
            known.setdefault(
                words_key(candidate.words), Known(entity_key(name), name, "organisation", "acronym", False)
            )
            continue
        entity = registry.lookup(name)
        key, display = (entity.key, entity.name) if entity else (entity_key(name), name)
        known.setdefault(words_key(candidate.words), Known(key, display, "organisation", "organisation"))
        if candidate.acronym:  # "(CBI)"; "(Opec)", an acronym written as a word, is found as written
            rule = "acronym" if candidate.acronym.isupper() else "word-acronym"
            known[words_key([candidate.acronym])] = Known(key, display, "organisation", rule)
