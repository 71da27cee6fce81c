"""Towns the gazetteer lacks, found after a locative word (places.py, regions.load_towns), and a
journey to a country in a sports report (teams.py): the sixth pass of issue 16."""

from __future__ import annotations

from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry

EMPTY = Registry()


def places(text: str) -> dict[str, str]:
    """Place names found in ``text``, with the key of each."""
    return {m.name: m.entity for m in find_mentions("doc", "A report", ((text,),), EMPTY) if m.kind == "place"}


def test_a_town_the_gazetteer_lacks_is_found_after_a_locative_word_in_its_country() -> None:
    got = places("Labour campaigned in Wales this week. Voters in Blaengwynfi were unimpressed.")
    assert got["Blaengwynfi"] == "blaengwynfi-gb"
    # no country of the town named: no town ("in Davos" alone could be anywhere)
    assert "Davos" not in places("Leaders met in Davos on Friday.")
    assert "Davos" in places("Leaders met in Davos, in the Swiss Alps, as Switzerland hosted the forum.")


def test_a_towns_entry_has_its_coordinates_and_kind() -> None:
    town = load_gazetteer().by_key("blaengwynfi-gb")
    assert town is not None and town.kind == "town" and town.country == "GB"
    assert town.lat is not None and town.lon is not None and 51 < town.lat < 52 and -4 < town.lon < -3
    assert load_gazetteer().by_key("blaengwynfi") is None  # the plain slug is a ground's, not the town's


def test_a_town_name_used_otherwise_in_the_document_is_no_town() -> None:
    # a firm after "at", outside a sports report
    assert "Cisco" not in places("The US firm grew. Engineers at Cisco in Texas were told.")
    # written once without a locative word: the name means something else there
    assert "Cisco" not in places("In the US, Cisco said sales rose. Staff in Cisco were pleased.")
    # a possessor, a demonym, a longer name
    assert "Starbuck" not in places("In the US, you can see it in Starbuck's coffee shops.")
    assert "English" not in places("The US site is available in English and Spanish.")


def test_a_sports_reports_ground_named_like_a_town_has_no_coordinates() -> None:
    text = (
        "Chelsea beat Arsenal 2-1 in the Premiership at Stamford Bridge on Saturday, the London side's "
        "fifth win. England striker Frank Lampard scored in the first half and the league leaders held on."
    )
    got = places(text)
    assert got.get("Stamford Bridge") == "stamford-bridge"


def test_a_journey_to_a_country_in_a_sports_report_names_the_place() -> None:
    text = (
        "Wales beat England 11-9 in the Six Nations at the Millennium Stadium. The fly-half kicked two "
        "penalties and the side scored a try. Jamie heads to Poland again on Sunday for treatment."
    )
    mentions = {m.name for m in find_mentions("doc", "A report", ((text,),), EMPTY)}
    assert "Poland" in mentions and "Poland (team)" not in mentions
    assert "England (team)" in mentions  # "beat England": the side


def test_a_members_constituency_is_a_place() -> None:
    text = "But Tony Banks, Labour MP for West Ham, said the issue would soon disappear."
    got = {m.name: m for m in find_mentions("doc", "A report", ((text,),), EMPTY) if m.kind == "place"}
    assert "West Ham" in got
    text = "The AM for Aberavon and the MP for Sedgefield met the candidate for Mayor."
    got = {m.name: m for m in find_mentions("doc", "A report", ((text,),), EMPTY) if m.kind == "place"}
    assert "Aberavon" in got
    assert got["Sedgefield, United Kingdom"].rule == "gazetteer"  # the British town, with coordinates
    assert load_gazetteer().by_key(got["Sedgefield, United Kingdom"].entity).country == "GB"  # type: ignore[union-attr]
    assert "Mayor" not in got


def test_former_countries_and_everyday_country_names_are_places() -> None:
    text = (
        "He was born in the Soviet Union and left the USSR in 1990. Troops from the UAE and DR Congo met in East Timor."
    )
    got = {m.surface: (m.name, m.kind) for m in find_mentions("doc", "A report", ((text,),), EMPTY)}
    assert got["Soviet Union"] == got["USSR"] == ("Soviet Union", "place")
    assert got["UAE"] == ("United Arab Emirates", "place")
    assert got["DR Congo"] == ("Democratic Republic of the Congo", "place")  # "DR" in capitals is no doctor
    assert got["East Timor"][1] == "place"
    soviet = load_gazetteer().by_name("Soviet Union")
    assert soviet is not None and soviet.kind == "former"
    assert soviet.lat is not None and 55 < soviet.lat < 56  # Moscow, its capital


def test_a_russian_place_of_several_words_is_found_in_any_case() -> None:
    text = "Распад СССР изменил всё. Он жил в Советском Союзе и в Нижнем Новгороде."
    got = [(m.surface, m.name) for m in find_mentions("doc", "Заголовок", ((text,),), EMPTY) if m.kind == "place"]
    assert got == [
        ("СССР", "Soviet Union"),
        ("Советском Союзе", "Soviet Union"),
        ("Нижнем Новгороде", "Nizhniy Novgorod"),
    ]
