"""Rules of the third pass of issue 16, one small case each: cities known by the first words of
their GeoNames name, renowned cities without their country, listed companies."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.enrich.entities.companies import COMPANIES, company_key
from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from dossier.enrich.entities.sports import SPORT_WORDS, sport_words

EMPTY = Registry()


def names(text: str, kind: str) -> list[str]:
    found = find_mentions("doc", "A report", tuple((p,) for p in text.split("\n\n")), EMPTY)
    return sorted({m.name for m in found if m.kind == kind})


# Places


def test_a_city_is_found_by_the_first_words_of_its_name() -> None:
    assert load_gazetteer().by_name("Frankfurt").name == "Frankfurt am Main"  # type: ignore[union-attr]
    assert names("The mayor said Frankfurt would lose jobs to London.", "place") == ["Frankfurt am Main", "London"]


def test_a_renowned_city_needs_no_locative_word_nor_its_country() -> None:
    assert names("The conductor left Turin for good after the season.", "place") == ["Turin"]
    assert names("He went on to Oxford to study politics.", "place") == ["Oxford"]


def test_a_little_known_city_of_the_same_size_still_needs_evidence() -> None:
    text = "The epic Man to Man opens the festival, and analysts expect Toyota to grow."
    assert names(text, "place") == []
    assert names("The plant is in Toyota, where the firm began.", "place") == ["Toyota"]


def test_a_place_whose_name_opens_with_a_small_word_keeps_it() -> None:
    text = "The system works in Australia, Canada and New Zealand, and in The Hague."
    assert names(text, "place") == ["Australia", "Canada", "New Zealand", "The Hague"]
    assert names("It is modelled on the New Jersey system.", "place") == ["New Jersey"]


# Organisations


def test_the_company_list_keeps_brands_and_leaves_out_words_names_and_places() -> None:
    assert {"sony", "boeing", "goldman sachs", "thyssenkrupp", "morgan stanley"} <= COMPANIES
    assert not {"apple", "shell", "next", "orange", "target", "toyota", "lincoln"} & COMPANIES
    assert company_key("Société Générale") == "societe generale"


def test_a_listed_company_needs_no_cue() -> None:
    text = "Analysts expect Sony to cut prices, and Boeing will follow the lead of Goldman Sachs."
    assert names(text, "organisation") == ["Boeing", "Goldman Sachs", "Sony"]


def test_a_listed_company_with_a_given_name_first_is_no_person() -> None:
    text = "The deal was arranged by Morgan Stanley for the group."
    assert names(text, "person") == []
    assert names(text, "organisation") == ["Morgan Stanley"]


def test_a_company_name_that_is_also_a_word_still_needs_a_cue() -> None:
    assert names("Visitors saw Shell signs everywhere.", "organisation") == []
    assert names("Oil giant Shell said profits rose.", "organisation") == ["Shell"]


def test_initials_and_acronyms_inside_a_longer_name_are_no_organisation() -> None:
    text = "He joined JP Morgan in May. The loan came from Daiwa Securities SMBC and the CBI."
    found = names(text, "organisation")
    assert "JP" not in found and "CBI" in found and "SMBC" in found  # after a head word: its own
    assert "BBC" in names("He told BBC Sport that the IAAF World Championships were over.", "organisation")


def test_a_weekday_before_a_newspaper_head_is_its_name() -> None:
    text = "He told the Sunday Telegraph that On Tuesday Labour Party members would vote."
    assert names(text, "organisation") == ["Labour Party", "Sunday Telegraph"]


def test_a_place_based_modifier_is_cut_from_the_name_after_it() -> None:
    text = "Its parent company, the Gibraltar-based Menatep Group, is suing Russia."
    assert names(text, "organisation") == ["Menatep Group"]
    assert names(text, "place") == ["Gibraltar", "Russia"]


# Cost: the sports-report test reads words with a byte table instead of a regular expression


@pytest.mark.parametrize(
    "text",
    [
        "The match--goals, coach; SQUAD! 3-1 win",
        "--match -Goals cafématch match-fixing Ünited seed2seeds",
        "İstanbul derby: a 2-2 draw after 1,2-3 and 12-345 and 2004-05",
        "",
    ],
)
def test_sport_words_are_the_words_a_regular_expression_finds(text: str) -> None:
    reference = SPORT_WORDS.intersection(re.findall(r"[a-z][a-z-]*", text.lower()))
    assert {w.decode() for w in sport_words(text)} == reference


@given(st.text(alphabet=st.sampled_from("aetchmsgoln -.,3İé\n"), max_size=60) | st.text(max_size=40))
def test_sport_words_match_the_regular_expression_on_any_text(text: str) -> None:
    reference = SPORT_WORDS.intersection(re.findall(r"[a-z][a-z-]*", text.lower()))
    assert {w.decode() for w in sport_words(text)} == reference


def test_a_name_between_the_and_a_kind_of_organisation_is_one() -> None:
    text = "He told the Reuters agency and the Interfax news agency that the Kent group had won."
    assert names(text, "organisation") == ["Interfax", "Reuters"]  # Kent: a place's name


def test_a_compass_word_and_a_demonym_are_no_organisation() -> None:
    assert names("Officials at the South African group said so.", "organisation") == []


def test_a_name_whose_stake_or_sales_are_spoken_of_is_an_organisation() -> None:
    assert names("MPs cut Turkcell's stake in the network.", "organisation") == ["Turkcell"]
    assert names("Christmas sales were weak.", "organisation") == []
