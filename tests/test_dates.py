"""Document dates: written forms, validation, where a date may come from, and event dates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dossier.evaluation import dates as eval_dates
from dossier.extract import date_locale
from dossier.extract.date_parse import find_dates, make_iso, standalone_date
from dossier.extract.dates import DateInfo, extract_dates
from tests.extraction_cases import CASES, Case, seed

DATA = Path(__file__).resolve().parent / "data"


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
        ("1. Dezember 2021", "2021-12-01", "day"),
        ("15. März 2022", "2022-03-15", "day"),
        ("den 5. Mai 2021", "2021-05-05", "day"),
        ("Jänner 2021", "2021-01", "month"),
        ("le 1er mars 2021", "2021-03-01", "day"),
        ("10 janvier 2022", "2022-01-10", "day"),
        ("5 févr. 2020", "2020-02-05", "day"),
        ("3 de mayo de 2021", "2021-05-03", "day"),
        ("the 4th of March 2021", "2021-03-04", "day"),
        ("Jan. 5, 2023", "2023-01-05", "day"),
        ("10 фев. 2022", "2022-02-10", "day"),
        ("в декабре 2017 года", "2017-12", "month"),
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
        "31. Februar 2022",
        "30 février 2021",
        "10 people 2004",  # a word before a year is a month only if it is one
        "since 2004",
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


STANDFIRST = ("Foreign Secretary Liz Truss met Russian Foreign Minister Sergey Lavrov for talks in Moscow.",)
AUTHORS = ("From:", "Foreign, Commonwealth & Development Office and The Rt Hon Elizabeth Truss MP")
BODY = ("The Foreign Secretary travelled to Moscow on Thursday for talks with Sergey Lavrov.",)


def test_a_publication_stamp_further_down_the_head_dates_the_document() -> None:
    # a saved page's byline block: the stamp is the fourth and fifth line, under its label
    for stamp in (("Published", "10 February 2022"), ("Published 10 February 2022",)):
        info = extract_dates("Foreign Secretary meets Russian Foreign Minister", (STANDFIRST + AUTHORS + stamp, BODY))
        assert (info.date, info.provenance, info.evidence) == ("2022-02-10", "opening", "10 February 2022")
    # only a publication stamp counts past the third line: a bare date there is no stamp (a
    # timeline's first entry), nor a date under another label, nor a stamp past the eighth line
    for late in (("10 February 2022",), ("Date", "10 February 2022"), ("x",) * 5 + ("Published 10 February 2022",)):
        info = extract_dates("Foreign Secretary meets Russian Foreign Minister", (STANDFIRST + AUTHORS + late, BODY))
        assert info.date is None, late


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Reuters November 18, 2019 11:03 PM", "2019-11-18"),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19"),
        ("By admin - 2018-09-16", "2018-09-16"),
        ("By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health", "2019-11-18"),
        ("Von Moritz Bachmann publiziert am 30. Juli 2018", "2018-07-30"),
        ("Текст: Венера Ерофеева · 24 сентября 2018", "2018-09-24"),
        ("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", "2019-11-19"),
        # two days in one stamp, a month without a day, an author without a date: no stamp
        ("Updated Nov. 20, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", None),
        ("By Jane Smith, November 2019", None),
        ("By Jane Smith, Moscow correspondent", None),
    ],
)
def test_a_byline_with_its_date_in_the_head_dates_the_document(stamp: str, iso: str | None) -> None:
    info = extract_dates("Foreign Secretary meets Russian Foreign Minister", (STANDFIRST + AUTHORS + (stamp,), BODY))
    assert info.date == iso


def test_a_byline_below_the_articles_paragraphs_is_no_stamp() -> None:
    prose = "Talks between the two foreign ministers lasted four hours and ended without any joint statement."
    stamp = ("Reuters November 18, 2019 11:03 PM",)
    # one line of prose above it is a standfirst; two are the article
    assert extract_dates("Talks end", ((prose,), stamp, BODY)).date == "2019-11-18"
    assert extract_dates("Talks end", ((prose,), (prose,), stamp, BODY)).date is None


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


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Veröffentlicht am 4. Mai 2021", "2021-05-04"),
        ("Stand: 04.05.2021 10:15 Uhr", "2021-05-04"),
        ("Publié le 8 avril 2022 à 10h15", "2022-04-08"),
        ("Mis à jour le 3 mars 2022 à 18h05", "2022-03-03"),
        ("Mittwoch, 1. Dezember 2021", "2021-12-01"),
        ("Zuletzt aktualisiert am Mittwoch, 1. Dezember 2021, 14:05 Uhr und das ist ein langer Satz", None),
    ],
)
def test_standalone_date_lines_in_german_and_french(line: str, iso: str | None) -> None:
    found = standalone_date(line)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(
    "opening",
    [
        "Since 3 May 2018 the embassy has been closed.",  # "since": a past reference
        "Five years ago, on 2 August 2017, the plant exploded.",
        "The talks will resume on 5 May 2024, officials said.",  # the future
        "Am 3. Oktober 2024 wird der Kanzler sprechen.",
        "15 мая 2024 года состоится встреча министров.",
        "The treaty, signed on 8 December 1987, banned the missiles.",  # an aside
        "The company was founded in March 1998 and reported a profit.",  # a month is not a day
        "Negotiators met on Monday. The previous round ended on 12 April 2019.",  # not the first sentence
    ],
)
def test_an_opening_sentence_dates_the_document_only_with_a_date_for_the_news(opening: str) -> None:
    assert extract_dates("A title", ((opening,),)).date is None


def test_a_run_in_dateline_needs_a_place_a_full_date_and_a_capital_after() -> None:
    assert extract_dates("T", (("Москва, 15 марта 2021 г. Министр провёл встречу.",),)).provenance == "dateline"
    assert extract_dates("T", (("Moscow, 15 March 2021 was a cold day.",),)).date is None
    assert extract_dates("T", (("Moscow, March 2021 Ministers met.",),)).date is None  # a month only


def test_dateparser_reads_only_candidates_with_a_month_word(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = date_locale.parse.__wrapped__

    def counting(text: str, month: str, precision: date_locale.Precision) -> object:
        parsed.append(text)
        return real(text, month, precision)

    monkeypatch.setattr(date_locale, "parse", counting)
    lines = (
        ("In 2004 the firm made 1500 jobs redundant, and in 2005 another 2000.",),
        ("The meeting was held on 10 February 2022 in Moscow.",),
    )
    info = extract_dates("Jobs cut again in 2005", lines)
    assert info.event_date == "2022-02-10"
    assert parsed == ["10 February 2022"]  # not "in 2004", "1500 jobs", the title, the first sentence


def test_the_vocabulary_comes_from_dateparser_for_every_date_language() -> None:
    vocabulary = date_locale.vocabulary()
    months = vocabulary.months
    assert months["february"] == ("en",) and months["февраля"] == ("ru",) and months["лютого"] == ("uk",)
    assert set(months["mai"]) >= {"de", "fr"} and months["dezember"] == ("de",) and months["janvier"] == ("fr",)
    assert vocabulary.respell["феврале"] == "февраля"  # a form dateparser lacks, read as the genitive
    assert date_locale.strip_weekday("Jeudi 10 février 2022") == "10 février 2022"


@pytest.mark.parametrize("name", ["dates_heldout.yaml", "dates_heldout2.yaml", "dates_tuning.yaml"])
def test_date_sets_score_at_least_ninety_percent(name: str) -> None:
    # dates_heldout.yaml was written before the rules and never tuned on (see its header)
    result = eval_dates.score(eval_dates.load_cases(DATA / name))
    assert result.cases >= 20
    assert result.dates >= 0.9 * result.cases, result.misses
    assert result.languages == result.cases, result.misses


SECOND_PASS = [
    "en-title-remarks-of-date",
    "en-title-of-date-without-a-document-word-is-a-reference",
    "en-opening-sentence-weekday-comma",
    "ru-opening-sentence-past-verb-before-date",
    "ru-opening-sentence-participle-aside-is-background",
    "ru-opening-sentence-earlier-past-verb-is-background",
    "de-opening-sentence-auxiliary-am-date",
    "de-opening-sentence-extended-attribute-is-background",
    "fr-opening-sentence-auxiliary-date-between-commas",
    "fr-opening-sentence-participle-aside-is-background",
]


@pytest.mark.parametrize("case_id", SECOND_PASS)
def test_a_documents_own_date_in_its_title_or_main_clause_and_not_in_an_aside(case_id: str) -> None:
    # a title that names a kind of document ends with its date ("Remarks ... of 14 March 2022"); the
    # first sentence's main clause in the past gives the reported news's date (a Russian past verb,
    # a German or French auxiliary before it, a weekday before an opening date); a participle's
    # aside ("Der am 3. Oktober 1990 unterzeichnete Vertrag") or an earlier event does not
    case = next(c for c in eval_dates.load_cases(DATA / "dates_tuning.yaml") if c.id == case_id)
    info = extract_dates(case.title, case.paragraphs)
    assert (info.date, info.precision, info.provenance) == (case.date, case.precision, case.provenance)


def test_the_held_out_set_is_varied() -> None:
    cases = eval_dates.load_cases(DATA / "dates_heldout.yaml")
    assert len(cases) >= 30
    assert {case.language for case in cases} >= {"en", "ru", "de", "fr"}
    assert {case.provenance for case in cases} == {"dateline", "title", "opening", "none"}
    assert sum(case.date is None for case in cases) >= 8  # negatives: only past references


def test_eval_cli_prints_the_score_and_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- {id: a, title: T, text: 'Published: 3 March 2020', date: '2020-03-03', precision: day,"
        " provenance: opening, language: en}\n"
        "- {id: b, title: T, text: 'Nothing here.', date: '2020-03-04', precision: day,"
        " provenance: opening, language: en}\n",
        encoding="utf-8",
    )
    assert eval_dates.main([str(cases)]) == 0
    out = capsys.readouterr().out
    assert "cases.yaml: dates 1/2 (50%); provenance 1/2; language 2/2" in out
    assert "miss b: expected 2020-03-04" in out
