"""Find many names in a text at once: one compiled pattern, accent- and case-insensitive.

Names are folded (accents dropped, ё as е, curly apostrophes and dashes made plain) into a
prefix tree turned into a single regular expression, so a text is scanned once whatever the
number of names, and the longest name wins where several start at the same place ("Great
Britain" over "Britain"). Folding keeps every character in place, so offsets into the folded text
are offsets into the original. Case is then checked on the text as written: a name in capitals
(UK, NATO) must be written in capitals, a one-word name must start with a capital, and a name of
several words may be written in any case ("the foreign office").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dossier.models import pickled_by_fields

_EXTRA_FOLDS = {"ё": "е", "Ё": "Е", "’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-"}
_EXTRA_FOLDS |= {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "\u00a0": " "}


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    table.update({ord(char): plain for char, plain in _EXTRA_FOLDS.items()})
    return table


_FOLD = _fold_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DOTS = re.compile(r"\.(?=\S|$)")
_JOINERS = re.compile(r"[-'\s]+")


def fold(text: str) -> str:
    """``text`` with accents dropped and punctuation variants made plain, character for character."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda m: _FOLD.get(ord(m.group()), m.group()), text)


def _lower(text: str) -> str:
    """Lowercase without changing the length (a few letters, such as "İ", lowercase to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """The comparison form of a name: folded, lowercase, without dots, hyphens or extra spaces
    ("U.K." -> "uk", "Kilroy-Silk" -> "kilroy silk", "Sergei  LAVROV" -> "sergei lavrov")."""
    plain = unicodedata.normalize("NFKD", fold(name))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return _JOINERS.sub(" ", _DOTS.sub("", plain.casefold())).strip()


@dataclass(frozen=True)
class AliasMatch:
    """A name found in a text: ``text[start:end]`` is the surface, ``key`` the name's owner."""

    start: int
    end: int
    key: str


pickled_by_fields(AliasMatch)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


def _units(name: str) -> list[str]:
    """A folded lowercase name as regex pieces: one per character, ``\\s+`` per run of spaces."""
    return [r"\s+" if part.isspace() else re.escape(part) for part in re.findall(r"\s+|.", name)]


class _Node(dict[str, "_Node"]):
    """A prefix-tree node: regex piece -> child; the key "" marks the end of a name."""


def _trie_pattern(names: Iterable[list[str]]) -> str:
    """One pattern for all names, shared prefixes written once ("Brit(?:ain|ish)")."""
    trie = _Node()
    for units in names:
        node = trie
        for unit in units:
            node = node.setdefault(unit, _Node())
        node[""] = _Node()

    def emit(node: _Node) -> str:
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a name may end here: the longer branches are optional (tried first)
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


def _case_rule(name: str) -> str:
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return "exact"
    return "capital" if len(name.split()) == 1 else "any"


class AliasIndex:
    """Names (each with the key of its owner) compiled into one pattern."""

    def __init__(self, names: Iterable[tuple[str, str]] = ()) -> None:
        # names default to none: mypyc's compiled class is unpickled by calling it with no argument
        self._owners: dict[str, tuple[str, list[tuple[str, str]]]] = {}
        for name, key in names:
            folded = single_spaced(fold(name).strip())
            owner = self._owners.setdefault(_lower(folded), (key, []))
            if owner[0] == key:
                owner[1].append((_case_rule(folded), folded))
        pattern = _trie_pattern(_units(name) for name in self._owners)
        # Lowercase names against lowercased text: much faster than re.IGNORECASE.
        self._pattern = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)") if self._owners else None

    def find(self, text: str) -> list[AliasMatch]:
        """Every name in ``text`` written in an accepted case, in text order."""
        if self._pattern is None:
            return []
        folded = fold(text)
        found: list[AliasMatch] = []
        for match in self._pattern.finditer(_lower(folded)):
            key, spellings = self._owners[single_spaced(match.group())]
            surface = single_spaced(folded[match.start() : match.end()])
            if any(_accepts(rule, spelling, surface) for rule, spelling in spellings):
                found.append(AliasMatch(match.start(), match.end(), key))
        return found


def single_spaced(text: str) -> str:
    """``text`` with each run of white space made one space (as ``re.sub(r"\\s+", " ", text)``).

    Used for every registry match and every snippet, so it avoids the regex: most names need no
    change (every white-space character but the plain space is unprintable), and the rest are
    split and joined (str.split and ``\\s`` agree on what is white space), keeping a space for
    white space at either end."""
    if "  " not in text and text.isprintable():
        return text
    words = text.split()
    if not words:
        return " " if text else ""
    flat = " ".join(words)
    if text[0].isspace():
        flat = " " + flat
    return flat + " " if text[-1].isspace() else flat


def _accepts(rule: str, spelling: str, surface: str) -> bool:
    if rule == "exact":
        return surface == spelling
    if rule == "capital":
        return surface[:1].isupper()
    return True
