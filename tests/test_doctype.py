"""Document types: transcript, statement or report, by title shape, salutation and voice."""

from __future__ import annotations

import pytest

from dossier.extract.doctype import DocType, classify, narration, voice
from tests.extraction_cases import seed

REPORTED = (
    ("The minister said the talks had been useful, according to officials.",),
    ("He told reporters that relations were at a low point, and added that sanctions would stay.",),
)
FIRST_PERSON = (
    ("We condemn the decision in the strongest terms.",),
    ("Our country will respond, and we will defend our interests. I call on our partners to act.",),
)


def test_seed_004_is_a_transcript_of_remarks() -> None:
    result = classify(*seed("004_"))
    assert result.type == "transcript"
    assert "remarks" in result.reason


@pytest.mark.parametrize("prefix", ["000_", "001_", "002_", "003_"])
def test_other_seeds_are_reports(prefix: str) -> None:
    result = classify(*seed(prefix))
    assert result.type == "report"
    assert "reporting verbs" in result.reason


@pytest.mark.parametrize(
    "title",
    [
        "Remarks by the Foreign Secretary at the G7 meeting",
        "Opening remarks at talks with the UK Foreign Secretary",
        "Transcript of the press conference following the talks",
        "Interview with the Foreign Minister to the BBC",
        "Выступление Министра иностранных дел на пресс-конференции",
    ],
)
def test_transcript_titles(title: str) -> None:
    assert classify(title, FIRST_PERSON).type == "transcript"


@pytest.mark.parametrize(
    "title",
    ["Statement by the Ministry of Foreign Affairs", "Joint statement on Ukraine", "Press release", "Заявление МИД"],
)
def test_statement_titles(title: str) -> None:
    assert classify(title, FIRST_PERSON).type == "statement"


@pytest.mark.parametrize(
    "title", ["Lavrov's remarks anger London", "Kremlin dismisses Truss statement", "Joint statement on Ukraine"]
)
def test_a_report_about_remarks_or_a_statement_stays_a_report(title: str) -> None:
    assert classify(title, REPORTED) == DocType("report", "third-person narration with 4 reporting verbs")


@pytest.mark.parametrize(
    "salutation", ["Madam Minister,", "Ladies and gentlemen,", "Colleagues,", "Уважаемые коллеги!"]
)
def test_a_salutation_at_the_opening_makes_a_transcript(salutation: str) -> None:
    result = classify("Talks in Moscow", ((salutation,), ("It is good to be here.",)))
    assert result.type == "transcript"
    assert salutation in result.reason


def test_question_and_answer_lines_make_a_transcript() -> None:
    body = (("Question: Will the talks continue?",), ("Answer: Yes, next month.",), ("Q: And sanctions?",))
    assert classify("Talks", body).type == "transcript"


def test_first_person_narration_without_reporting_verbs_is_a_statement() -> None:
    result = classify("On the decision of the council", FIRST_PERSON)
    assert result.type == "statement"
    assert result.reason.startswith("first person")


def test_quoted_first_person_is_not_the_narrator() -> None:
    lines = [
        '"We will respond," the minister said.',
        '"I am sure of it. We',
        'The spokesman added that "our" was a typo.',
    ]
    assert narration(lines) == ""
    counted = voice(lines)
    assert counted.first_person == 0
    assert counted.reporting == 2
    assert classify("Minister vows response", tuple((line,) for line in lines)).type == "report"


def test_us_the_country_is_not_first_person() -> None:
    assert voice(["US troops landed in Europe, the US said."]).first_person == 0
