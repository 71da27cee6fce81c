"""Places of Russian text named by an adjective and a common noun: "в Оренбургской области" is
Оренбургская область, "на Кольском полуострове" Кольский полуостров, "в Ханты-Мансийском
автономном округе" Ханты-Мансийский автономный округ, "Республике Алтай" Республика Алтай.

Russian capitalises only the first word of such a name, so the capitalised runs that russian.py
reads hold the adjective alone ("Оренбургской"), which the analyser takes for a town's name
("Хабаровском" is also Хабаровск in the instrumental). Here the adjective and the noun after it
are read together: the adjective must agree with a noun that names a kind of place (область,
край, район, округ, полуостров, залив...), and both are put in the nominative
(morphology.phrase_nominative). The place is the gazetteer's when it has that Russian name
("Персидский залив"), else a place of its own, keyed by its name, with no coordinates (the
gazetteer's regions have English names only).
"""

from __future__ import annotations

import re
from functools import cache

from dossier.enrich.entities.gazetteer import Gazetteer, Place, name_key
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.morphology import is_cyrillic, phrase_nominative, word_lemma
from dossier.enrich.entities.transliteration import skeleton
from dossier.enrich.slugs import slugify

# the dictionary forms of nouns that name a kind of place, after the adjective that names it
PLACE_NOUNS = frozenset(
    """область край район округ полуостров остров залив пролив море океан озеро хребет нагорье низменность
    улица площадь проспект переулок бульвар набережная шоссе""".split()
)
_CAPITALISED = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
_PHRASE = re.compile(
    rf"(?<![\w-])((?:{_CAPITALISED} )?{_CAPITALISED}) ((?:(?:автономн|федеральн)[а-яё]+ )?"
    r"(?:област|кра[йяюеё]|район|округ|полуостров|остров|залив|пролив|мор[еяюё]|океан|озер|хреб|нагорь|низменност"
    r"|улиц|площад|проспект|переул|бульвар|набережн|шоссе)[а-яё]*)\b"
    rf"|(?<![\w-])(Республик[аиеуой]{{0,2}}) ({_CAPITALISED}(?: (?:{_CAPITALISED}|Эл))?)\b"
)


def region_mentions(paragraph: int, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The places of one unit's text named by adjectives and a place noun (a region, a sea, a
    street: "Оренбургской области", "на Большой Садовой улице"), or by "Республика" and a name
    (see the module docstring)."""
    if "Республик" not in text and not any(stem in text for stem in _STEMS):
        return []  # most paragraphs name no region: told without the pattern
    found: list[Mention] = []
    for match in _PHRASE.finditer(text):
        span = _adjective_phrase(match) if match.group(1) else _republic(match)
        if span is not None:
            name, start, end = span
            found.append(region_mention(name, text[start:end], paragraph, start, end, gazetteer))
    return found


def _adjective_phrase(match: re.Match[str]) -> tuple[str, int, int] | None:
    """(name in the nominative, start, end) of one or two capitalised adjectives and a place
    noun agreeing with them; None for a noun that names no place ("Московском крае стола")."""
    capitalised = match.group(1).split()
    words, start = (*capitalised, *match.group(2).split()), match.start()
    nominative = phrase_nominative(words)
    if nominative is None and len(capitalised) == 2:  # "Губернатор Свердловской области"
        words, start = words[1:], match.start(1) + len(capitalised[0]) + 1
        nominative = phrase_nominative(words)
    if nominative is None or nominative[-1] not in PLACE_NOUNS:
        return None
    named = len(words) - len(match.group(2).split())
    return " ".join([*(name_case(w) for w in nominative[:named]), *nominative[named:]]), start, match.end()


def _republic(match: re.Match[str]) -> tuple[str, int, int]:
    """ "Республика" and its name: one word, or two that agree or end in "Эл" ("Республики Корея
    Юн Сок Ёлем" is Республика Корея, "Республике Марий Эл" Республика Марий Эл)."""
    named = match.group(4).split()
    start, end = match.span()
    if len(named) == 2 and named[1] != "Эл" and phrase_nominative(tuple(named)) is None:
        named, end = named[:1], match.start(4) + len(named[0])
    return f"Республика {' '.join(named)}", start, end


_STEMS: tuple[str, ...] = (
    "област", "кра", "район", "округ", "полуостров", "остров", "залив", "пролив", "мор", "океан", "озер",
    "хреб", "нагорь", "улиц", "площад", "проспект", "переул", "бульвар", "набережн", "шоссе",
)  # fmt: skip


# words for a ground or a hall, which a name in guillemets holds: "на «ВЭБ Арене»", "«Газпром Арена»"
VENUE_WORDS = frozenset("арена стадион парк дворец манеж".split())
_IN_GUILLEMETS = re.compile(r"«([^«»]{2,40})»")
_VENUE_NAME_WORDS = 4


def venue_mentions(paragraph: int, text: str) -> list[Mention]:
    """Grounds and halls named in guillemets ("на «ВЭБ Арене»", "на «Род Лейвер Арене»"): places
    of their own, the venue word in the nominative ("ВЭБ Арена")."""
    if "«" not in text:
        return []
    found: list[Mention] = []
    for match in _IN_GUILLEMETS.finditer(text):
        words = match.group(1).split()
        if len(words) > _VENUE_NAME_WORDS or not words[0][:1].isupper():
            continue
        at = next((k for k, w in enumerate(words) if is_cyrillic(w) and word_lemma(w) in VENUE_WORDS), None)
        if at is None:
            continue
        venue = word_lemma(words[at])
        words[at] = venue[:1].upper() + venue[1:] if words[at][:1].isupper() else venue
        name = " ".join(words)
        start, end = match.span(1)
        found.append(Mention(slugify(name), name, "place", text[start:end], paragraph, start, end, "region"))
    return found


# The everyday names Russian news gives regions, by their dictionary form, and the region's name
# (which russian.py resolves as it resolves "Краснодарский край"): one region under both names.
# GeoNames and CLDR have neither; OpenCorpora knows most as places of their own.
INFORMAL_REGIONS = {
    "подмосковье": "Московская область",
    "приморье": "Приморский край",
    "кубань": "Краснодарский край",
    "ставрополье": "Ставропольский край",
    "забайкалье": "Забайкальский край",
    "прикамье": "Пермский край",
    "приамурье": "Амурская область",
    "кузбасс": "Кемеровская область",
    "югра": "Ханты-Мансийский автономный округ",
    "якутия": "Республика Саха",
}


def name_case(word: str) -> str:
    """A dictionary form written as a name: each part of a hyphenated word capitalised
    ("ханты-мансийский" -> "Ханты-Мансийский", "ново-огарёво" -> "Ново-Огарёво")."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def region_mention(name: str, surface: str, paragraph: int, start: int, end: int, gazetteer: Gazetteer) -> Mention:
    # a region, sea or country of that name, never a city ("Воронежская область" is one of
    # Voronezh's alternate names in GeoNames)
    places = [p for p in gazetteer.lookup(name_key(name).replace("ё", "е")) if p.kind != "city"]
    place = places[0] if places else english_region(name, gazetteer)
    if place is not None:
        key, display = gazetteer.identity(place)
        return Mention(key, display, "place", surface, paragraph, start, end, "gazetteer")
    return Mention(slugify(name), name, "place", surface, paragraph, start, end, "region")


# A Russian region's kind and the words its English name uses for it ("Krasnodar Krai").
_KINDS = {"область": ("oblast",), "край": ("krai", "kray"), "республика": ("republic",), "округ": ("okrug",)}
_ALL_KIND_WORDS = frozenset(w for words in _KINDS.values() for w in words)
_ADJECTIVE_ENDS = ("skaia", "skoi", "skii", "ski", "skaa")  # in skeletons: "Оренбургская" -> "orenburgskaia"
_STEM_PREFIX = 5  # letters of a stem that may open a longer English name ("primor" of "Primorye")


@cache
def _russian_regions(gazetteer: Gazetteer) -> dict[str, tuple[Place, ...]]:
    """The gazetteer's regions of Russia by the skeleton of their English name's first word."""
    regions: dict[str, list[Place]] = {}
    for place in gazetteer.places:
        if place.kind == "region" and place.country == "RU":
            regions.setdefault(skeleton(place.name.split()[0]), []).append(place)
    return {key: tuple(places) for key, places in regions.items()}


def english_region(name: str, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's Russian region (GeoNames names them in English only) that a Russian name
    writes: "Краснодарский край" is Krasnodar Krai, "Свердловская область" Sverdlovsk Oblast,
    "Татарстан" Tatarstan Republic, compared through the transliteration skeleton with the
    adjective's ending taken off; the one region whose name fits and whose kind agrees, else None."""
    words = name.split()
    kind = words[-1].casefold() if len(words) == 2 and words[-1].casefold() in _KINDS else ""
    head = words[0]
    if len(words) == 2 and words[0].casefold() == "республика":
        kind, head = "республика", words[1]
    elif len(words) > 1 and not kind:
        return None
    stem = skeleton(head)
    for end in _ADJECTIVE_ENDS if kind and head != words[-1] else ():
        if stem.endswith(end):
            stem = stem[: -len(end)]
            break
    found = [
        place
        for key, places in _russian_regions(gazetteer).items()
        if key in (stem, stem + "sk") or (len(stem) >= _STEM_PREFIX and key.startswith(stem))
        for place in places
    ]
    if kind:  # of the regions named so, the one of that kind, or one whose name says no kind
        wanted = set(_KINDS[kind])
        found = [p for p in found if _kind_words(p) & wanted] or [p for p in found if not _kind_words(p)]
    return found[0] if len(found) == 1 else None


def _kind_words(place: Place) -> set[str]:
    return {w.casefold().strip("'") for w in place.name.split()} & _ALL_KIND_WORDS
