"""Language detection: script, then function words and telltale letters; "und" for no text."""

from __future__ import annotations

import pytest

from dossier.extract.language import detect_language, document_language
from tests.extraction_cases import CASES, Case, seed


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_labelled_case_languages(case: Case) -> None:
    assert document_language(case.title, case.paragraphs) == case.language


@pytest.mark.parametrize("prefix", ["000_", "001_", "002_", "003_", "004_"])
def test_every_seed_is_english(prefix: str) -> None:
    title, paragraphs = seed(prefix)
    assert document_language(title, paragraphs) == "en"
    assert detect_language(title) == "en"  # the title line alone is enough


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("UK and Russia hold first talks in over a year", "en"),
        ("Ad sales boost Time Warner profit", "en"),  # no function word at all: Latin defaults to English
        ("Лавров провёл переговоры с Трасс", "ru"),
        ("Путин", "ru"),
        ("Київ", "uk"),
        ("Міністр закордонних справ зустрівся з колегою у Москві", "uk"),
        ("Министр иностранных дел встретился с коллегой в Москве", "ru"),
        ("Der Außenminister traf sich mit seinem Kollegen in Moskau", "de"),
        ("Le ministre a rencontré son homologue à Moscou", "fr"),
        ("El ministro se reunió con su homólogo en Moscú", "es"),
        ("Il ministro ha incontrato il suo omologo a Mosca", "it"),
        ("O ministro encontrou-se com o seu homólogo em Moscovo", "pt"),
        ("De minister heeft zijn collega in Moskou ontmoet", "nl"),
        ("Ο υπουργός συναντήθηκε με τον ομόλογό του", "el"),
        ("東京で会談が行われた", "ja"),
        ("北京会谈", "zh"),
        ("وزير الخارجية", "ar"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_russian_text_with_latin_names_is_russian() -> None:
    assert detect_language("Сергей Лавров и Liz Truss провели переговоры в Москве по Ukraine") == "ru"


@pytest.mark.parametrize("text", ["", "   ", "12345 -- !!", "2022-02-10", "— • —"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"
