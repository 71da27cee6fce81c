"""The surname evaluation's scoring and its labelled cases (dossier.evaluation.surnames)."""

from __future__ import annotations

from pathlib import Path

from dossier.evaluation.surnames import Case, Tally, load_cases, outcome

ROOT = Path(__file__).resolve().parent.parent


def test_a_join_is_right_only_to_one_of_the_labelled_names() -> None:
    case = Case("sport/417.txt", "Hayes", ("J Hayes", "John Hayes"))
    assert outcome({"J Hayes"}, False, case) == "right"
    assert outcome({"Joanna Hayes"}, False, case) == "wrong"
    assert outcome({"J Hayes", "Joanna Hayes"}, False, case) == "wrong"
    assert outcome(set(), True, case) == "apart"


def test_any_join_of_a_surname_that_is_nobody_known_is_wrong() -> None:
    case = Case("politics/399.txt", "Howard", None)
    assert outcome({"Michael Howard"}, False, case) == "wrong"
    assert outcome(set(), True, case) == "apart"


def test_the_tally_reports_joins_and_people_found() -> None:
    tally = Tally(right=16, wrong=1, apart=22, joinable=19, joined_right=16)
    assert tally.line("tuning") == ("tuning   joins right  94.1% (16/17)  people found  84.2% (16/19)  kept apart 22")
    assert "n/a (0/0)" in Tally().line("empty")


def test_the_labelled_cases_are_two_parts_of_forty_distinct_cases() -> None:
    parts = load_cases(ROOT / "tests" / "data" / "surname_links.yaml")
    assert sorted(parts) == ["heldout", "tuning"]
    every = [(c.seed, c.surname) for cases in parts.values() for c in cases]
    assert len(every) == len(set(every)) == 80
    for cases in parts.values():
        assert all(c.person is None or c.person == "unsure" or isinstance(c.person, tuple) for c in cases)
        assert sum(isinstance(c.person, tuple) for c in cases) >= 15
