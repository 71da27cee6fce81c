"""The gazetteer: every place name of gazetteer_sources.py, looked up by its words.

A name is looked up by the comparison keys of its words (folded, casefolded: "sao paulo",
"нижний новгород"), which is how capitalised runs of text are already tokenised: finding the
places of a document is one hash lookup per capitalised run, with no scan of the text for
87,000 names (what an Aho-Corasick automaton would do, for the same result).

Several places can share a name ("Georgia", "Reading", "Moscow"): ``lookup`` returns them all,
most important first (countries, UK nations, US states, continents, then cities by population),
and places.py chooses by context. Each place has one key: its name's slug for the first place
of that name, the name and its country's for the others ("moscow-united-states"), so the key of
"Moscow" is the Russian capital's, and keys never change between builds.

Loaded once per process (``load_gazetteer``); the build loads it before its worker processes
are forked, so they inherit it.
"""

from __future__ import annotations

import re
from functools import cache

from dossier.enrich.entities.aliases import fold
from dossier.enrich.entities.gazetteer_sources import Place, load_places

__all__ = ["KIND_LABELS", "Gazetteer", "Place", "load_gazetteer", "name_key"]
from dossier.enrich.slugs import slugify

_SPACE = re.compile(r"\s+")
KIND_LABELS = {
    "country": "country",
    "nation": "country of the UK",
    "state": "US state",
    "continent": "continent",
    "city": "city",
}


def name_key(name: str) -> str:
    """The lookup form of a name: folded, casefolded, single spaces ("São  Paulo" -> "sao paulo")."""
    return _SPACE.sub(" ", fold(name).casefold().strip())


class Gazetteer:
    """Places by name key and by entity key."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        by_name: dict[str, list[int]] = {}
        for number, place in enumerate(places):
            for name in place.names:
                owners = by_name.setdefault(name_key(name), [])
                if number not in owners:
                    owners.append(number)
        self._by_name = {key: tuple(owners) for key, owners in by_name.items()}
        self._identity: dict[Place, tuple[str, str]] = {}
        self._by_key: dict[str, int] = {}
        country_names = {p.country: p.name for p in places if p.kind == "country"}
        for number, place in enumerate(places):
            first = self._by_name[name_key(place.name)][0] == number
            display = place.name if first else _qualified(place, country_names)
            key = slugify(display)
            if key in self._by_key:  # two cities of one name in one country: the smaller gets its id
                display, key = f"{display} ({place.geonameid})", f"{key}-{place.geonameid}"
            self._identity[place] = (key, display)
            self._by_key[key] = number
        self.longest = max((len(key.split(" ")) for key in self._by_name), default=0)

    def lookup(self, key: str) -> tuple[Place, ...]:
        """The places with this name key, most important first."""
        return tuple(self.places[n] for n in self._by_name.get(key, ()))

    def identity(self, place: Place) -> tuple[str, str]:
        """(entity key, display name) of a place."""
        return self._identity[place]

    def by_key(self, key: str) -> Place | None:
        """The place with this entity key, or None."""
        number = self._by_key.get(key)
        return None if number is None else self.places[number]

    def by_name(self, name: str) -> Place | None:
        """The most important place with this name, or None (registry places use it)."""
        found = self.lookup(name_key(name))
        return found[0] if found else None


def _qualified(place: Place, country_names: dict[str, str]) -> str:
    if place.kind == "state":
        return f"{place.name} (US state)"
    return f"{place.name}, {country_names.get(place.country, place.country)}"


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, read once per process (about 0.8 s)."""
    return Gazetteer(load_places())
