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
    # a word of one consonant ("Джо", "Joe") sounds like too many names, unless the surname
    # keeps three (the thirteenth pass: "Джо Байден" and "Joe Biden" join; see test_entity_rules13)
    assert cross_script_merges([("dzho-li", "Джо Ли"), ("joe-lee", "Joe Lee")]) == {}
    assert cross_script_merges([("dzhek-ma", "Джек Ма"), ("jack-ma", "Jack Ma")]) == {}
    # a transliteration the skeleton joins is not looked at again
    assert cross_script_merges([("zakharova-ru", "Мария Захарова"), ("zakharova", "Maria Zakharova")]) == {
        "zakharova-ru": "zakharova"
    }


def test_a_russian_bodys_name_is_read_whole_and_in_the_nominative() -> None:
    text = (
        "Как сообщили в Министерстве обороны РФ, учения завершены. Заседание Совета Безопасности ООН "
        "прошло в понедельник. Лукашевич призвал Специальную мониторинговую миссию к объективности. "
        "Председатель Центрального банка выступила, а акции упали на Московской бирже."
    )
    assert names_of("organisation", text) == [
        "Министерство обороны РФ",
        "Совет Безопасности ООН",
        "Специальная мониторинговая миссия",
        "Центральный банк",
        "Московская биржа",
    ]
    # the country inside a body's name is not a place of its own there
    assert names_of("place", "В Министерстве обороны РФ сообщили об этом.") == []


def test_words_the_dictionary_knows_as_bodies_and_names_in_guillemets_after_a_body_word() -> None:
    text = (
        "Экспорт «Газпрома» упал. Посол заявил ТАСС, что глава МИД Великобритании не ответила. "
        "Компания «Норильский никель» и газета «Ведомости» сообщили о сделке."
    )
    assert names_of("organisation", text) == [
        "Газпром",
        "ТАСС",
        "МИД Великобритании",
        "Норильский никель",
        "Ведомости",
    ]
    # a film's or an exercise's name in guillemets is no body; "Ран" (wounds) is РАН only in capitals
    assert names_of("organisation", "Фильм «Брат» вышел в 1997 году. Учения «Запад-2021» прошли. Ран было много.") == []


def test_a_sentences_first_words_or_a_bare_head_make_no_body() -> None:
    text = (
        "Крупные банки снизили ставки. Как сообщает Банк, решение принято. Российские власти ответили. "
        "Совет директоров утвердил отчёт."
    )
    assert names_of("organisation", text) == []
