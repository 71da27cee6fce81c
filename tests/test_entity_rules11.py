"""Names of the eleventh pass of issue 16: Russian text's foreign surnames and adjectives."""

from __future__ import annotations

import pytest

from dossier.enrich.entities.morphology import analyser
from dossier.enrich.entities.russian import foreign_nominative
from dossier.enrich.entities.transliteration import cross_script_merges, sound_key
from tests.helpers import names_of


def test_a_foreign_surname_after_a_given_name_is_named_in_the_nominative() -> None:
    text = (
        "Песков прокомментировал слова Эммануэля Макрона. Встреча с Эммануэлем Макроном прошла в Париже. "
        "Она напомнила об отравлении Сергея Скрипаля. Глава МИД Украины Дмитрий Кулеба выступил."
    )
    people = names_of("person", text)
    assert "Эммануэль Макрон" in people
    assert people.count("Эммануэль Макрон") == 2
    assert "Сергей Скрипаль" in people
    assert "Дмитрий Кулеба" in people
    # a nominative surname stays as written, not read as another word's plural ("Келины")
    assert names_of("person", "Посол России Андрей Келин прибыл в Лондон.") == ["Андрей Келин"]
    # a woman's foreign surname does not decline; a hyphenated one keeps its capitals
    assert names_of("person", "Заявление Барбары Вудворд прозвучало после речи Линды Томас-Гринфилд.") == [
        "Барбара Вудворд",
        "Линда Томас-Гринфилд",
    ]


def test_a_given_name_needs_no_surname_to_keep_words_out_of_it() -> None:
    # the foreign-surname reading follows a given name only: a place or a role word is never one
    assert names_of("person", "Президент Украины Владимир Зеленский прибыл в Минск.") == ["Владимир Зеленский"]
    assert names_of("person", "В Минске прошли переговоры.") == []


@pytest.mark.parametrize(
    ("word", "gender", "case", "nominative"),
    [
        ("Макрона", "masc", "gent", "Макрон"),
        ("Скрипаля", "masc", "gent", "Скрипаль"),
        ("Кулебы", "masc", "gent", "Кулеба"),
        ("Шольцем", "masc", "ablt", "Шольц"),
        ("Макрону", "masc", "datv", "Макрон"),
        ("Макроне", "masc", "loct", "Макрон"),
        ("Вудворд", "femn", "gent", "Вудворд"),
        ("Макрон", "masc", "nomn", "Макрон"),
    ],
)
def test_foreign_nominative_from_the_given_names_case(word: str, gender: str, case: str, nominative: str) -> None:
    assert foreign_nominative(word, gender, case, analyser().parse(word)) == nominative


def test_a_capitalised_adjective_before_its_noun_is_no_surname() -> None:
    text = "Песков заявил, что альтернативы Минским соглашениям нет. Акции на Московской бирже упали."
    assert names_of("person", text) == ["Песков"]
    # the same words as surnames, before a verb or alone, still are people
    assert names_of("person", "Зеленский заявил о переговорах. Позже Зеленского поддержали.") == [
        "Зеленский",
        "Зеленский",
    ]


def test_a_name_transcribed_by_sound_joins_its_original_spelling() -> None:
    people = [("vudvord", "Барбара Вудворд"), ("woodward", "Barbara Woodward"), ("makron", "Эммануэль Макрон")]
    assert cross_script_merges([*people, ("macron", "Emmanuel Macron")]) == {
        "vudvord": "woodward",
        "makron": "macron",
    }
    assert sound_key("Линда Томас-Гринфилд") == sound_key("Linda Thomas-Greenfield")
    # two Latin people who sound alike: the Cyrillic name joins neither
    assert cross_script_merges([*people[:2], ("woodword", "Barbara Woodword")]) == {}
    # a word of one consonant ("Джо", "Joe") sounds like too many names
    assert cross_script_merges([("baiden", "Джо Байден"), ("biden", "Joe Biden")]) == {}
    # a transliteration the skeleton joins is not looked at again
    assert cross_script_merges([("zakharova-ru", "Мария Захарова"), ("zakharova", "Maria Zakharova")]) == {
        "zakharova-ru": "zakharova"
    }
