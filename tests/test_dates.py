"""Document dates: written forms, validation, where a date may come from, and event dates."""

from __future__ import annotations

import dataclasses

import pytest

from dossier.extract.date_parse import find_dates, make_iso, standalone_date
from dossier.extract.dates import DateInfo, extract_dates
from tests.extraction_cases import CASES, Case, seed


def test_the_labelled_set_is_large_and_varied() -> None:
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)
    assert {case.language for case in CASES} >= {"en", "ru", "uk", "de", "fr", "es", "it"}
    assert {case.provenance for case in CASES} == {"dateline", "title", "opening", "none"}
    assert {case.precision for case in CASES} == {"day", "month", "year", None}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_labelled_case_dates(case: Case) -> None:
    info = extract_dates(case.title, case.paragraphs)
    assert (info.date, info.precision, info.provenance) == (case.date, case.precision, case.provenance)
    assert info.event_date == case.event_date


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("2022-02-10", "2022-02-10", "day"),
        ("10 Feb 2022", "2022-02-10", "day"),
        ("10 Feb. 2022", "2022-02-10", "day"),
        ("Sept. 5, 2019", "2019-09-05", "day"),
        ("February 10, 2022", "2022-02-10", "day"),
        ("10th of February, 2022", "2022-02-10", "day"),
        ("February 2022", "2022-02", "month"),
        ("10 февраля 2022 г.", "2022-02-10", "day"),
        ("в феврале 2022 года", "2022-02", "month"),
        ("10 лютого 2022 року", "2022-02-10", "day"),
        ("10.02.2022", "2022-02-10", "day"),
        ("25/12/2021", "2021-12-25", "day"),
    ],
)
def test_written_forms(text: str, iso: str, precision: str) -> None:
    (found,) = find_dates(f"Some text, {text}, more text")
    assert (found.iso, found.precision) == (iso, precision)
    assert found.text in text


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2022",  # no such day
        "31.02.2022",
        "30.13.2022",  # no such month
        "10 February 1850",  # implausible years
        "10 February 2150",
        "03/04/2021",  # month-first or day-first? unknowable
        "crowds march 2000 metres",  # an English month must be capitalised
        "they may 2021",
        "10.02.22",  # two-digit year
    ],
)
def test_invalid_or_ambiguous_dates_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_overlapping_forms_keep_the_longest_match() -> None:
    found = find_dates("Moscow, 11 February 2022 and then March 2023")
    assert [(d.iso, d.text) for d in found] == [("2022-02-11", "11 February 2022"), ("2023-03", "March 2023")]


def test_make_iso_validates_the_calendar() -> None:
    assert make_iso(2020, 2, 29) == "2020-02-29"
    assert make_iso(2021, 2, 29) is None
    assert make_iso(2022, 13) is None
    assert make_iso(1899) is None
    assert make_iso(2022) == "2022"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: 3 March 2020", "2020-03-03"),
        ("Last updated on 3 March 2020", "2020-03-03"),
        ("Thursday, 10 February 2022, 14:05 GMT", "2022-02-10"),
        ("Опубликовано: 10 февраля 2022", "2022-02-10"),
        ("Published 2019", "2019"),
        ("2019", None),  # a bare year needs a label
        ("On 5 March 2021 the company reported record sales.", None),
        ("Published: 3 March 2020 and again in April 2021", None),
    ],
)
def test_standalone_date_lines(line: str, iso: str | None) -> None:
    found = standalone_date(line)
    assert (found.iso if found else None) == iso


def test_seed_003_is_dated_by_its_dateline_and_reports_the_day_before() -> None:
    info = extract_dates(*seed("003_"))
    assert info == DateInfo(
        "2022-02-11", "day", "dateline", "2022-02-10", "day", "11 February 2022", "10 February 2022"
    )


def test_seed_004_is_dated_by_its_title() -> None:
    info = extract_dates(*seed("004_"))
    assert (info.date, info.precision, info.provenance) == ("2022-02-10", "day", "title")
    assert info.evidence == "February 10, 2022"
    assert info.event_date is None


@pytest.mark.parametrize("prefix", ["000_", "001_", "002_"])
def test_seeds_without_a_publication_date_stay_undated(prefix: str) -> None:
    # 000 mentions "last March" and "December 2017": references to the past, not its date.
    info = extract_dates(*seed(prefix))
    assert info == DateInfo(None, None, "none")


def test_a_dateline_outranks_the_title_and_the_title_outranks_the_opening() -> None:
    paragraphs = (("Published: 1 March 2020",), ("PARIS, 2 March 2020 (AFP): The talks began.",))
    assert extract_dates("Talks, 3 March 2020", paragraphs).provenance == "dateline"
    assert extract_dates("Talks, 3 March 2020", (("Published: 1 March 2020",),)).date == "2020-03-03"
    assert extract_dates("Talks", (("Published: 1 March 2020",),)).provenance == "opening"


def test_a_date_deep_in_the_body_never_dates_the_document() -> None:
    body = (*((f"Paragraph {n} of ordinary reporting.",) for n in range(5)), ("10 February 2022",))
    assert extract_dates("A title", body).date is None


def test_date_info_is_immutable() -> None:
    info = extract_dates("Title", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.date = "2022"  # type: ignore[misc]


def test_odd_capitals_in_a_month_name_never_crash() -> None:
    # "İ" (dotted capital I) matches "i" when case is ignored but casefolds to "i̇"
    for text in ("Moscow, 10 aprİl 2022 -", "APRİL 10, 2022", "aprİl 2022"):
        info = extract_dates(text, ((text,),))
        assert info.date in (None, "2022-04-10", "2022-04")
