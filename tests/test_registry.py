"""The curated entity registry: the shipped file, alias lookup and matching, validation errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.enrich.entities.registry import Registry, entity_key, load_registry, parse_registry

REGISTRY = Path(__file__).resolve().parent.parent / "entities.yml"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(REGISTRY)


def _parse(entities: Any) -> Registry:
    return parse_registry("entities.yml", {"entities": entities})


def test_the_shipped_registry_is_valid(registry: Registry) -> None:
    assert registry.problems == ()
    kinds = {e.kind for e in registry.entities}
    assert kinds == {"person", "place", "organisation"}
    assert all(e.key == entity_key(e.name) for e in registry.entities)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sergey Lavrov", "sergey-lavrov"),
        ("Sergei Lavrov", "sergey-lavrov"),
        ("Lavrov", "sergey-lavrov"),
        ("Лавров", "sergey-lavrov"),
        ("Elizabeth Truss", "liz-truss"),
        ("Britain", "united-kingdom"),
        ("Great Britain", "united-kingdom"),
        ("the UK", "united-kingdom"),
        ("The United Kingdom", "united-kingdom"),
        ("U.K.", "united-kingdom"),
        ("KIEV", "kyiv"),
        ("Kyiv", "kyiv"),
        ("Munchen", "munich"),
        ("Sergei \n Lavrov", "sergey-lavrov"),
        ("the Kremlin", "kremlin"),
        ("NATO-Russia Council", "nato-russia-council"),
    ],
)
def test_lookup_ignores_case_accents_spacing_and_the(registry: Registry, name: str, key: str) -> None:
    found = registry.lookup(name)
    assert found is not None and found.key == key


def test_lookup_of_an_unknown_name_is_none(registry: Registry) -> None:
    assert registry.lookup("Vladimir Putin") is None
    assert registry.lookup("the") is None


def test_keys_are_url_safe_slugs() -> None:
    assert entity_key("NATO–Russia Council") == "nato-russia-council"
    assert entity_key("Prime Minister's Office") == "prime-ministers-office"
    assert entity_key("Сергей Лавров") == "sergey-lavrov"


def _found(registry: Registry, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], entity.key) for m, entity in registry.find(text)]


def test_find_takes_the_longest_alias_and_keeps_offsets(registry: Registry) -> None:
    text = "Great Britain, the Russian Federation and the UN Security Council met in Kyïv."
    assert _found(registry, text) == [
        ("Great Britain", "united-kingdom"),
        ("Russian Federation", "russia"),
        ("UN Security Council", "un-security-council"),
        ("Kyïv", "kyiv"),
    ]


def test_find_checks_case_as_written(registry: Registry) -> None:
    # Capitals match only in capitals, a one-word alias only capitalised, several words in any case.
    assert _found(registry, "Tell us about the US and Nato.") == [("US", "united-states"), ("Nato", "nato")]
    assert _found(registry, "a europe-wide truss") == []
    assert _found(registry, "the foreign office in London") == [
        ("foreign office", "foreign-commonwealth-and-development-office"),
        ("London", "london"),
    ]


def test_find_needs_whole_words_and_spans_line_breaks(registry: Registry) -> None:
    assert _found(registry, "Russians in Prussia; Russia-NATO Council") == [
        ("Russia-NATO Council", "nato-russia-council")
    ]
    assert _found(registry, "Sergey\nLavrov") == [("Sergey\nLavrov", "sergey-lavrov")]


def test_find_matches_cyrillic_aliases(registry: Registry) -> None:
    assert _found(registry, "Министр Лавров прилетел в Лондон.") == [("Лавров", "sergey-lavrov"), ("Лондон", "london")]


def test_a_missing_file_is_an_empty_registry(tmp_path: Path) -> None:
    registry = load_registry(tmp_path / "entities.yml")
    assert registry.entities == () and registry.problems == ()
    assert registry.find("London") == []


def test_unreadable_yaml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text("entities: [\n", encoding="utf-8")
    assert load_registry(path).problems[0].startswith("entities.yml: cannot be read as YAML")


def test_the_file_must_hold_a_list_of_entities() -> None:
    assert parse_registry("entities.yml", ["a"]).problems == (
        "entities.yml: must hold a list of entities under entities (and optionally ignore)",
    )


def test_an_unknown_key_is_reported_and_ignored() -> None:
    registry = _parse([{"name": "Jane Doe", "kind": "person", "alias": ["Doe"]}])
    assert registry.problems == (
        "entities.yml: entities[0] (Jane Doe): alias: unknown key "
        "(valid keys: name, kind, aliases, description, wikidata)",
    )
    assert [e.name for e in registry.entities] == ["Jane Doe"]


def test_a_bad_kind_drops_the_entry() -> None:
    registry = _parse([{"name": "Acme", "kind": "company"}])
    assert registry.problems == (
        "entities.yml: entities[0] (Acme): kind: 'company' is not one of person, place, organisation; entry ignored",
    )
    assert registry.entities == ()


def test_an_entry_without_a_name_is_dropped() -> None:
    registry = _parse([{"kind": "place"}, "London"])
    assert registry.problems == (
        "entities.yml: entities[0]: name: must be a non-empty name; entry ignored",
        "entities.yml: entities[1]: must be a mapping with name, kind and aliases; got str",
    )


def test_an_alias_claimed_twice_stays_with_the_first_entity() -> None:
    registry = _parse(
        [
            {"name": "Boris Johnson", "kind": "person", "aliases": ["Johnson"]},
            {"name": "Alan Johnson", "kind": "person", "aliases": ["Johnson", "A. Johnson"]},
        ]
    )
    assert registry.problems == (
        "entities.yml: entities[1] (Alan Johnson): aliases: 'Johnson' is already a name of 'Boris Johnson'; "
        "alias ignored",
    )
    alan = registry.lookup("A. Johnson")
    assert alan is not None and alan.aliases == ("A. Johnson",)
    johnson = registry.lookup("johnson")
    assert johnson is not None and johnson.name == "Boris Johnson"


def test_a_name_used_twice_drops_the_second_entry() -> None:
    registry = _parse([{"name": "Kyiv", "kind": "place"}, {"name": "KYIV", "kind": "place"}])
    assert registry.problems == (
        "entities.yml: entities[1] (KYIV): name: has the same key 'kyiv' as an earlier entity; entry ignored",
    )


def test_a_malformed_wikidata_id_is_reported_and_dropped() -> None:
    registry = _parse([{"name": "Russia", "kind": "place", "wikidata": "159"}, {"name": "Moscow", "kind": "place"}])
    assert registry.problems == (
        "entities.yml: entities[0] (Russia): wikidata: '159' is not a Wikidata item id such as Q159; ignored",
    )
    russia = registry.get("russia")
    assert russia is not None and russia.wikidata is None


def test_bad_aliases_and_description_are_reported() -> None:
    registry = _parse([{"name": "Russia", "kind": "place", "aliases": "Россия", "description": ""}])
    assert registry.problems == (
        "entities.yml: entities[0] (Russia): aliases: must be a list of non-empty names; aliases ignored",
        "entities.yml: entities[0] (Russia): description: must be a non-empty string; ignored",
    )


def test_a_valid_entry_round_trips(tmp_path: Path) -> None:
    entry = {"name": "Vladimir Putin", "kind": "person", "aliases": ["Putin", "Путин"], "description": "President."}
    path = tmp_path / "entities.yml"
    path.write_text(yaml.safe_dump({"entities": [{**entry, "wikidata": "Q7747"}]}, allow_unicode=True), "utf-8")
    registry = load_registry(path)
    putin = registry.lookup("путин")
    assert registry.problems == () and putin is not None
    assert (putin.key, putin.aliases, putin.description, putin.wikidata) == (
        "vladimir-putin",
        ("Putin", "Путин"),
        "President.",
        "Q7747",
    )
