"""Dateline places: found in datelines and title trailers only, all-caps names in title case."""

from __future__ import annotations

import pytest

from dossier.extract.dateline import parse_dateline
from dossier.extract.place import Place, extract_place, find_place, normalise_place
from tests.extraction_cases import CASES, Case, seed


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_labelled_case_places(case: Case) -> None:
    assert extract_place(case.title, case.paragraphs) == case.place


@pytest.mark.parametrize(("prefix", "place"), [("000_", "London"), ("003_", "Moscow"), ("004_", "Moscow")])
def test_seeds_with_a_dateline_or_title_trailer(prefix: str, place: str) -> None:
    assert extract_place(*seed(prefix)) == place


def test_the_place_says_where_it_was_found() -> None:
    assert find_place(*seed("003_")) == Place("Moscow", "dateline")
    assert find_place(*seed("004_")) == Place("Moscow", "title")
    assert find_place(*seed("002_")) is None


@pytest.mark.parametrize("prefix", ["001_", "002_"])
def test_seeds_without_a_dateline_have_no_place(prefix: str) -> None:
    # 002 says "In a meeting held in Moscow": a place in the text is not where it was filed.
    assert extract_place(*seed(prefix)) is None


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("LONDON", "London"),
        ("NEW YORK", "New York"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("STRATFORD-UPON-AVON", "Stratford-upon-Avon"),
        ("ST. PETERSBURG", "St. Petersburg"),
        ("МОСКВА", "Москва"),
        ("UAE", "UAE"),  # an acronym stays
        ("Moscow", "Moscow"),
        ("McAllen", "McAllen"),  # mixed case is deliberate
    ],
)
def test_normalise_place(written: str, normal: str) -> None:
    assert normalise_place(written) == normal


def test_a_title_needs_a_date_or_agency_beside_an_all_caps_place() -> None:
    # "UKRAINE: what next" heading a page is a topic; opening the body it is a dateline.
    assert parse_dateline("UKRAINE: what next for the talks", in_title=True) is None
    found = parse_dateline("UKRAINE: Talks resumed on Friday.")
    assert found is not None and found.place == "UKRAINE"
    titled = parse_dateline("KYIV (Reuters) - Talks resumed", in_title=True)
    assert titled is not None and titled.place == "KYIV"


@pytest.mark.parametrize(
    "line",
    [
        "Moscow: officials gave no details.",  # title case without date or agency
        "BREAKING: Talks collapse",
        "EXCLUSIVE — Ministers met in secret",
        "In “absolutely necessary” cases: Britain held talks",
        "The minister said: we will respond.",
        "2,000 troops - most of them conscripts - arrived.",
    ],
)
def test_lines_that_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_dateline_after_the_first_lines_is_ignored() -> None:
    body = (("First paragraph.",), ("Second.",), ("Third.",), ("LONDON: a line quoted later.",))
    assert extract_place("Title", body) is None
