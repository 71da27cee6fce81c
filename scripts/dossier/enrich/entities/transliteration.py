"""One person across scripts: "Мария Захарова" and "Maria Zakharova", "Сергей Шойгу" and
"Sergei Shoigu".

A Cyrillic name is transliterated with iuliia's ICAO Doc 9303 schema (the one in Russian
passports: "Sergei Shoigu", "Mariia Zakharova") and compared with Latin names through a
skeleton that forgets what transliteration systems disagree on (y/i/j, doubled letters, "ks"
and "x", a soft sign): "Mariia", "Mariya" and "Maria" all give "maria".

The merge rule (applied to full names across the corpus, corpus_index.py):
- a registry person always keeps its key: its names and aliases are matched first, as written;
- a Cyrillic full name joins a Latin full name with the same skeleton when exactly one Latin
  name (registry names and aliases included) and exactly one Cyrillic name have that skeleton;
- otherwise (two Latin people, or two Cyrillic people, share the skeleton) nothing is merged:
  ambiguous cases stay apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import iuliia

from dossier.enrich.entities.aliases import normalise_name
from dossier.enrich.entities.morphology import is_cyrillic

_SKELETON_RULES = ((re.compile(r"[yj]"), "i"), (re.compile(r"ks"), "x"), (re.compile(r"(.)\1+"), r"\1"))
_NOT_LETTER = re.compile(r"[^a-z ]")


@lru_cache(maxsize=1 << 14)
def latin(name: str) -> str:
    """A Cyrillic name in Latin letters (ICAO Doc 9303); other names as they are."""
    return str(iuliia.ICAO_DOC_9303.translate(name)) if is_cyrillic(name) else name


@lru_cache(maxsize=1 << 14)
def skeleton(name: str) -> str:
    """The comparison form of a name in any script (see the module)."""
    plain = _NOT_LETTER.sub("", normalise_name(latin(name)))
    for pattern, replacement in _SKELETON_RULES:
        plain = pattern.sub(replacement, plain)
    return plain


def cross_script_merges(people: Iterable[tuple[str, str]], fixed: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Which Cyrillic people join which Latin ones: ``people`` are (key, full name) pairs found in
    the documents, ``fixed`` (key, name) pairs of the registry (its names and aliases). Returns
    Cyrillic key -> Latin key."""
    cyrillic: dict[str, set[str]] = defaultdict(set)
    latin_keys: dict[str, set[str]] = defaultdict(set)
    full: list[tuple[str, str]] = []  # (key, full name) of every full name, either script
    for key, name in people:
        if len(name.split()) < 2:
            continue
        (cyrillic if is_cyrillic(name) else latin_keys)[skeleton(name)].add(key)
        full.append((key, name))
    for key, name in fixed:
        if len(name.split()) > 1 and not is_cyrillic(name):
            latin_keys[skeleton(name)].add(key)
            full.append((key, name))
    merges: dict[str, str] = {}
    for form, keys in cyrillic.items():
        owners = latin_keys.get(form, set())
        if len(keys) == 1 and len(owners) == 1:
            merges[next(iter(keys))] = next(iter(owners))
    return merges | _sound_merges(full, merges)


# A Western name written in Cyrillic is transcribed by sound ("Вудворд", "Байден", "Энтони"), so
# its transliteration is not the original spelling ("Vudvord", "Baiden", "Entoni"). Second pass,
# for full names the skeleton left apart: consonants only, with the letters that spell one sound
# in English and in transliteration made one ("w"/"v", "c"/"k", "j"/"dzh", "th"/"t", "x"/"ks").
_SOUND_RULES = (
    (re.compile(r"dzh|dj|j"), "j"),
    (re.compile(r"sch|sh"), "1"),  # a placeholder for the "sh" sound, kept apart from "s" and "h"
    (re.compile(r"ch|tch"), "2"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|c|q"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"tz|ts|z"), "s"),
    (re.compile(r"[aeiouyh]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=1 << 14)
def sound_key(name: str) -> str:
    """The consonants of a name in any script, as it sounds (see _SOUND_RULES): "Барбара Вудворд"
    and "Barbara Woodward" give "brbr vdvrd"."""
    plain = _NOT_LETTER.sub("", normalise_name(latin(name)))
    for pattern, replacement in _SOUND_RULES:
        plain = pattern.sub(replacement, plain)
    return plain


def _sound_merges(full: list[tuple[str, str]], merged: dict[str, str]) -> dict[str, str]:
    """Cyrillic -> Latin keys the skeleton did not join, joined by sound_key under the same rule:
    exactly one person on each side with that key, neither already joined, and a key that tells
    a person apart (_distinct_enough: short names sound alike too often)."""
    taken = set(merged) | set(merged.values())
    sides: tuple[dict[str, set[str]], dict[str, set[str]]] = (defaultdict(set), defaultdict(set))
    for key, name in full:
        if key in taken:
            continue
        if is_cyrillic(name):
            sides[0][sound_key(name)].add(key)
        else:
            for reading in {sound_key(name), sound_key(_turkish(name))}:
                sides[1][reading].add(key)
    merges: dict[str, str] = {}
    for sound, keys in sides[0].items():
        owners = sides[1].get(sound, set())
        words = sound.split()
        if len(keys) == 1 and len(owners) == 1 and _distinct_enough(words):
            merges[next(iter(keys))] = next(iter(owners))
    return merges


def _turkish(name: str) -> str:
    """A Latin name read as Turkish, whose c Russian transcribes by sound: "dzh" between vowels
    ("Recep" is "Реджеп"), "ch" at a word's start, where English news has dropped the cedilla
    ("Cavusoglu" for Çavuşoğlu); ç and ş as "ch" and "sh". An s that stood for ş cannot be told
    (Чавушоглу still stays apart from "Cavusoglu")."""
    spelled = name.replace("ç", "ch").replace("Ç", "Ch").replace("ş", "sh").replace("Ş", "Sh")
    spelled = re.sub(r"(?<=[aeiouAEIOU])c(?=[aeiou])", "dzh", spelled)
    return re.sub(r"\b[Cc]", lambda m: "Ch" if m.group() == "C" else "ch", spelled)


_SURNAME_CONSONANTS = 3
_NAME_CONSONANTS = 4


def _distinct_enough(words: list[str]) -> bool:
    """Whether a sound key tells a person apart: two words or more, every word keeping two
    consonants, or a short given name before a surname of three ("Джо Байден": "j bdn")."""
    if len(words) < 2 or not all(words):
        return False
    if all(len(w) >= 2 for w in words):
        return True
    return len(words[-1]) >= _SURNAME_CONSONANTS and sum(len(w) for w in words) >= _NAME_CONSONANTS
