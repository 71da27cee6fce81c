"""Rules of issue 16, one small case each: gazetteer places read in context, national sides,
the registry's precedence and ignore list, Russian case forms, and one name across scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.enrich.entities.corpus_index import resolve_corpus
from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.registry import Registry, load_registry, parse_registry
from dossier.enrich.entities.transliteration import cross_script_merges, skeleton

ROOT = Path(__file__).resolve().parent.parent
EMPTY = Registry()


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "entities.yml")


def found(text: str, registry: Registry = EMPTY, title: str = "A report") -> list[Mention]:
    return list(find_mentions("doc", title, tuple((p,) for p in text.split("\n\n")), registry))


def names(text: str, kind: str, registry: Registry = EMPTY) -> list[str]:
    return [m.name for m in found(text, registry) if m.kind == kind]


# Places from the gazetteer


def test_countries_and_cities_without_a_registry() -> None:
    text = "Steel prices rose in China and India. Shares fell in Paris and Brussels after talks in Japan."
    assert names(text, "place") == ["China", "India", "Paris", "Brussels", "Japan"]


def test_a_place_inside_another_name_is_not_a_place() -> None:
    text = "The Paris Club wrote off debts. The Berlin Film Festival opens. He played the Sydney International."
    assert names(text, "place") == []


def test_georgia_is_the_country_or_the_us_state_by_context() -> None:
    assert names("Troops left Georgia for Russia last year.", "place") == ["Georgia", "Russia"]
    assert names("Voters in Atlanta and across Georgia went to the polls.", "place") == [
        "Atlanta",
        "Georgia (US state)",
    ]


def test_reading_the_verb_is_no_town() -> None:
    assert names("Reading the report, he said the figures were reading high.", "place") == []
    assert names("The firm moved its offices to Reading in Berkshire last year.", "place") == []
    assert names("The firm has offices in Reading and London.", "place") == ["Reading", "London"]


def test_turkey_the_bird_is_no_country() -> None:
    assert names("Turkey sales rise before Christmas, when a turkey is on every table.", "place") == []
    assert names("Talks with Turkey on joining the union resumed.", "place") == ["Turkey"]


def test_a_national_side_in_a_match_report_is_an_organisation() -> None:
    report = (
        "France beat Scotland 16-9 on Saturday and face England at Twickenham. The coach named his squad "
        "after the match; the flanker missed the victory through injury. Chelsea won the league match in London."
    )
    mentions = found(report)
    teams = {m.surface for m in mentions if m.kind == "organisation"}
    assert {"France", "Scotland", "England", "Chelsea"} <= teams
    # the ground is a place (a town the gazetteer lacks, as a ground: no coordinates claimed)
    assert [(m.name, m.rule) for m in mentions if m.kind == "place"] == [
        ("Twickenham", "landmark"),
        ("London", "gazetteer"),
    ]
    assert names("Houses in Chelsea, a district of London, are dear.", "place") == ["Chelsea", "London"]


def test_a_player_of_a_country_names_a_place_in_a_match_report() -> None:
    report = "Elena Bovina of Russia lost 6-1 6-4 to China's Li Na in the final; the seed won the match in Dubai."
    assert set(names(report, "place")) == {"Russia", "China", "Dubai"}


def test_the_registry_wins_and_may_ignore_names(registry: Registry) -> None:
    kyiv = [m for m in found("He flew to Kiev and Moscow.", registry) if m.kind == "place"]
    assert [(m.name, m.rule) for m in kyiv] == [("Kyiv", "registry"), ("Moscow", "registry")]
    ignoring = parse_registry("entities.yml", {"entities": [], "ignore": ["Chelsea"]})
    assert ignoring.problems == ()
    assert names("Chelsea is a district of London.", "place", ignoring) == ["London"]
    assert parse_registry("entities.yml", {"entities": [], "ignore": "Chelsea"}).problems == (
        "entities.yml: ignore: must be a list of names; ignored",
    )


def test_a_place_entry_knows_its_coordinates_and_kind() -> None:
    gazetteer = load_gazetteer()
    minsk = gazetteer.by_key("minsk")
    assert minsk is not None and minsk.kind == "city" and minsk.country == "BY"
    assert minsk.lat is not None and minsk.lon is not None
    assert abs(minsk.lat - 53.9) < 0.2 and abs(minsk.lon - 27.57) < 0.2
    russia = gazetteer.by_key("russia")
    assert russia is not None and russia.kind == "country" and russia.centre_of_population


# Russian forms and scripts


def test_russian_surnames_in_other_cases_find_their_person() -> None:
    text = "Пресс-секретарь президента Дмитрий Песков заявил об этом. По словам Пескова, ответа нет."
    people = [(m.surface, m.name) for m in found(text) if m.kind == "person"]
    assert people == [("Дмитрий Песков", "Дмитрий Песков"), ("Пескова", "Дмитрий Песков")]


def test_no_place_or_role_word_is_glued_to_a_persons_name() -> None:
    mentions = found("Президент Украины Владимир Зеленский прибыл в Минске.")
    assert [(m.kind, m.name) for m in mentions] == [
        ("place", "Ukraine"),
        ("person", "Владимир Зеленский"),
        ("place", "Minsk"),
    ]


def test_russian_case_forms_of_places_are_places(registry: Registry) -> None:
    text = "Захаровой ответили из Украины. Делегацию России ждут в Минске, а Россию туда не звали."
    assert names(text, "place", registry) == ["Ukraine", "Russia", "Minsk", "Russia"]
    assert names(text, "person", registry) == ["Захарова"]


def test_a_womans_surname_keeps_its_gender() -> None:
    text = "Мария Захарова выступила. Слова Захаровой процитировали."
    assert [m.name for m in found(text) if m.kind == "person"] == ["Мария Захарова", "Мария Захарова"]


def test_one_person_across_scripts() -> None:
    documents = {
        "ru": found("Мария Захарова заявила, что Сергей Шойгу промолчал."),
        "en": found("Spokeswoman Maria Zakharova said Defence Minister Sergei Shoigu stayed silent."),
    }
    index = resolve_corpus({k: tuple(v) for k, v in documents.items()})
    people = {e.name: set(e.documents) for e in index.entities.values() if e.kind == "person"}
    assert people == {"Maria Zakharova": {"ru", "en"}, "Sergei Shoigu": {"ru", "en"}}


def test_ambiguous_transliterations_stay_apart() -> None:
    assert skeleton("Мария Захарова") == skeleton("Maria Zakharova") == skeleton("Mariya Zakharova")
    people = [("maria-zakharova", "Maria Zakharova"), ("mariya-zakharova", "Mariya Zakharova")]
    assert cross_script_merges([*people, ("mariia", "Мария Захарова")]) == {}
    assert cross_script_merges([people[0], ("mariia", "Мария Захарова")]) == {"mariia": "maria-zakharova"}


def test_registry_names_take_precedence_across_scripts() -> None:
    fixed = [("sergey-lavrov", "Sergey Lavrov"), ("sergey-lavrov", "Sergei Lavrov")]
    assert cross_script_merges([("s-l", "Сергей Лавров")], fixed) == {"s-l": "sergey-lavrov"}


def test_a_place_entry_shows_kind_coordinates_and_an_openstreetmap_link() -> None:
    import json

    from dossier.models import EntityInfo, EntityRef, PlaceInfo
    from dossier.render.entities import names_shard

    info = EntityInfo(EntityRef("minsk", "Minsk", "place"), (), None, None, 1, (), (), PlaceInfo("city", 53.9, 27.5667))
    record = json.loads(names_shard([info], {}))["names"]["minsk"]
    assert record["place"] == {
        "kind": "city",
        "lat": 53.9,
        "lon": 27.5667,
        "centre": False,
        "osm": "https://www.openstreetmap.org/?mlat=53.9000&mlon=27.5667#map=11/53.9000/27.5667",
    }
