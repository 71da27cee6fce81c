"""Names of the twelfth pass of issue 16: Russian text's regions, places the gazetteer lacks,
names of several words in the nominative, and bodies whose names run on in lowercase words."""

from __future__ import annotations

import pytest

from dossier.enrich.entities.morphology import phrase_nominative
from dossier.enrich.entities.russian_orgs import russian_organisations
from tests.helpers import names_of


@pytest.mark.parametrize(
    ("words", "nominative"),
    [
        (("Саудовской", "Аравии"), ("саудовская", "аравия")),
        (("Оренбургской", "области"), ("оренбургская", "область")),
        (("Нижнем", "Новгороде"), ("нижний", "новгород")),
        (("Ханты-Мансийском", "автономном", "округе"), ("ханты-мансийский", "автономный", "округ")),
        (("Северной", "Корее"), ("северная", "корея")),
    ],
)
def test_a_name_of_several_words_is_put_in_the_nominative_with_its_adjectives_agreeing(
    words: tuple[str, ...], nominative: tuple[str, ...]
) -> None:
    assert phrase_nominative(words) == nominative


def test_an_adjective_that_does_not_agree_gives_no_phrase() -> None:
    assert phrase_nominative(("Оренбургской", "краю")) is None


def test_a_country_of_an_adjective_and_a_noun_is_found_in_any_case() -> None:
    # the dictionary form of each word alone was "саудовский аравия", which no place is called
    assert names_of("place", "Президент прибыл в Саудовскую Аравию, затем вернулся из Северной Кореи.") == [
        "Saudi Arabia",
        "North Korea",
    ]


def test_a_region_is_an_adjective_and_a_place_noun_in_the_nominative() -> None:
    text = (
        "Паводок затопил сёла в Оренбургской области и Курганской области. Пожары идут в Красноярском крае, "
        "на Кольском полуострове и в Олёкминском районе, а также в Ханты-Мансийском автономном округе."
    )
    assert names_of("place", text) == [
        "Оренбургская область",
        "Курганская область",
        "Krasnoyarsk Krai",  # the gazetteer's region, named in English (see below)
        "Кольский полуостров",
        "Олёкминский район",
        "Ханты-Мансийский автономный округ",
    ]
    # the adjective alone is no town: "Хабаровском" also reads as Хабаровск
    assert names_of("place", "Учения прошли в Хабаровском крае.") == ["Хабаровский край"]
    assert names_of("place", "Он вырос в Республике Адыгея.") == ["Adygeya Republic"]


def test_a_region_phrase_is_never_a_city_of_the_gazetteer() -> None:
    # GeoNames lists "Воронежская область" among Voronezh's alternate names
    assert names_of("place", "Режим ЧС ввели в Воронежской области.") == ["Воронежская область"]


def test_the_russian_names_of_regions_and_countries_are_the_gazetteers() -> None:
    text = "Визит в Белоруссию завершился. Конфликты на Ближнем Востоке и в Арктике обсуждались в Крыму."
    assert names_of("place", text) == ["Belarus", "Middle East", "Arctic", "Crimea"]


def test_a_place_the_dictionary_knows_is_a_place_of_its_own_when_the_gazetteer_lacks_it() -> None:
    assert names_of("place", "Пожары в Заполярье и паводки в Марий Эл.")[0] == "Заполярье"
    # (Якутия was one too, until its everyday name became the gazetteer's Sakha: test_entity_rules13)
    assert names_of("place", "Совещание прошло в Ново-Огарёве.") == ["Ново-Огарёво"]


def test_a_russian_region_is_the_gazetteers_english_one_when_its_name_fits() -> None:
    # GeoNames names Russia's regions in English only: compared through the transliteration
    # skeleton, the adjective's ending taken off, the kind agreeing
    text = "Пожары в Красноярском крае, в Свердловской области, в Татарстане и в Бурятии."
    assert names_of("place", text) == [
        "Krasnoyarsk Krai",
        "Sverdlovsk Oblast",
        "Tatarstan Republic",
        "Buryatiya Republic",
    ]
    # "Приморский край" is Primorye, whose English name says no kind
    assert names_of("place", "Тайфун пришёл в Приморский край.") == ["Primorye"]


def test_an_acronym_or_a_word_the_dictionary_only_guesses_is_no_place_of_its_own() -> None:
    # "ВАДА" reads as a place's genitive, "Небензи" is guessed to be one
    assert names_of("place", "Решение обжаловало ВАДА.") == []
    assert names_of("place", "Отвечая, Небензя напомнил о позиции Небензи.") == []


def test_a_place_of_its_own_is_not_a_word_of_a_longer_name() -> None:
    assert "Чен" not in names_of("place", "Ким Чен Ын встретил гостя в аэропорту.")


def test_an_unknown_word_is_a_large_place_of_the_gazetteer_without_its_ending() -> None:
    assert names_of("place", "Переговоры прошли в Эр-Рияде и в Абу-Даби.") == ["Riyadh", "Abu Dhabi"]


def test_a_place_inside_a_name_in_guillemets_is_not_a_place_but_one_in_a_quotation_is() -> None:
    assert names_of("place", "«Единая Россия» получила большинство.") == []
    assert "Kyiv" in names_of("place", "«Мы ждём от Киева выполнения взятых на себя обязательств», — сказал он.")


def test_an_adjective_before_a_common_noun_is_not_a_place() -> None:
    assert names_of("place", "Он руководит Мариинским театром.") == []


def _bodies(text: str) -> list[str]:
    return [m.name for m in russian_organisations(0, text, [])]


def test_a_body_after_adjectives_in_lowercase_is_named_whole() -> None:
    assert _bodies("Апелляцию подали Российское антидопинговое агентство и другие.") == [
        "Российское антидопинговое агентство"
    ]
    assert _bodies("Решение принял Международный союз конькобежцев.") == ["Международный союз конькобежцев"]
    assert _bodies("Он возглавил Большой театр.") == ["Большой театр"]


def test_a_body_opening_a_sentence_needs_a_relative_adjective_and_a_head_named_in_words() -> None:
    assert _bodies("Следственный комитет возбудил дело.") == ["Следственный комитет"]
    assert _bodies("Крупные банки снизили ставки.") == []
    assert _bodies("Российские банки снизили ставки.") == []
    assert _bodies("Головная компания сменила название.") == []
    assert _bodies("Совет директоров утвердил план.") == []


def test_a_court_of_a_region_is_named_with_its_region() -> None:
    assert _bodies("Иск рассмотрит Арбитражный суд Московской области в мае.") == ["Арбитражный суд Московской области"]
    assert names_of("place", "Иск рассмотрит Арбитражный суд Московской области в мае.") == []


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Кредит выдал Сбербанк, сообщил Росатом.", ["Сбербанк", "Росатом"]),
        ("Глава Ростеха Сергей Чемезов прибыл.", ["Ростех"]),
        ("Сотрудники Росгвардии и данные Росстата.", ["Росгвардия", "Росстат"]),
        ("Экспорт Беларуськалия упал, Аэрофлоту разрешили полёты.", ["Беларуськалий", "Аэрофлот"]),
        # the commodity, a common noun and a city are no company
        ("Нефть подешевела. Роспуск парламента объявлен. В Ростове прошёл матч.", []),
    ],
)
def test_a_company_is_a_noun_made_of_a_companys_parts(text: str, bodies: list[str]) -> None:
    assert _bodies(text) == bodies


def test_a_bodys_name_goes_on_after_po_right_after_its_head() -> None:
    assert _bodies("Об этом сообщило Федеральное агентство по управлению государственным имуществом.") == [
        "Федеральное агентство по управлению государственным имуществом"
    ]
    assert _bodies("Заявили в Совете по правам человека при президенте.") == ["Совет по правам человека"]
    # after the name's genitive, or before a pronoun, "по" is the sentence's
    assert _bodies("Заявили в Министерстве обороны по этому поводу.") == ["Министерство обороны"]
    assert _bodies("Заявили в Совете по этому вопросу.") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Тренер Деян Станкович доволен игрой.", ["Деян Станкович"]),
        ("Встреча с канцлером Олафом Шольцем прошла в Берлине.", ["Олаф Шольц"]),
        ("Верховный представитель ЕС Жозеп Боррель заявил об этом.", ["Жозеп Боррель"]),
        ("Аргентинский полузащитник «Спартака» Эсекьель Барко сравнял счёт.", ["Эсекьель Барко"]),
        # a given name the dictionary knows makes the surname after it a name, not a town
        ("Глава республики Айсен Николаев ввёл режим ЧС.", ["Айсен Николаев"]),
    ],
)
def test_a_name_the_dictionary_does_not_know_is_a_person_after_a_word_for_a_role(text: str, people: list[str]) -> None:
    assert names_of("person", text) == people


def test_without_a_role_in_its_clause_an_unknown_pair_is_no_person() -> None:
    assert names_of("person", "Президент заявил, что Жозеп Боррель неправ.") == []
    assert names_of("person", "Председатель Совета Федерации выступил.") == []
    assert names_of("place", "Он прибыл в Николаев.") == ["Mykolayiv"]


def test_in_a_sports_report_a_name_in_guillemets_is_a_side_in_the_nominative() -> None:
    report = (
        "ЦСКА одержал победу над «Спартаком» со счётом 2:1 в матче 12-го тура. Встреча прошла на «ВЭБ Арене». "
        "Лидирует «Зенит», «Спартак» пропустил вперёд «Краснодар». Армейцы сыграют с «Крыльями Советов»."
    )
    bodies = names_of("organisation", report)
    assert {"Спартак", "Зенит", "Краснодар", "Крылья Советов"} <= set(bodies)
    assert "ВЭБ Арене" not in bodies  # a ground
    assert "Krasnodar" not in names_of("place", report)  # the club, not the city


def test_a_name_in_guillemets_named_as_a_source_is_a_body_but_not_a_work() -> None:
    assert _bodies("По данным «Ведомостей», сделка закрыта.") == ["Ведомости"]
    assert _bodies("Об этом он рассказал в эфире «Матч ТВ».") == ["Матч ТВ"]
    assert _bodies("Он посмотрел «Брата» ещё раз.") == []  # not a sports report, no cue


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a surname the dictionary reads as a town's name, in the given name's case
        ("Дума утвердила кандидатуру Дениса Мантурова на пост.", ["Денис Мантуров"]),
        # a Chinese or Korean syllable is a name's, though a word too, after a role
        ("Он встретился с председателем КНР Си Цзиньпином и премьером.", ["Си Цзиньпин"]),
        # two people side by side: a given name in a case the surname before it cannot be in
        ("В интервью Такеру Карлсону Владимир Путин допустил обмен.", ["Владимир Путин"]),
        # a body before the name stays out of it
        ("Глава Сбера Герман Греф выступил на форуме.", ["Герман Греф"]),
    ],
)
def test_names_beside_towns_syllables_and_other_names(text: str, people: list[str]) -> None:
    assert names_of("person", text) == people


def test_a_town_is_still_a_town_without_a_given_name_before_it() -> None:
    assert names_of("place", "Он прибыл в Мантурово.") == ["Manturovo"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Глава Еврокомиссии Урсула фон дер Ляйен заявила об этом.", ["Урсула фон дер Ляйен"]),
        ("Он встретился с Урсулой фон дер Ляйен в Брюсселе.", ["Урсула фон дер Ляйен"]),
        ("Переговоры с Мухаммедом бен Сальманом прошли в Эр-Рияде.", ["Мухаммед бен Сальман"]),
        ("Президент Бразилии Луис Инасиу Лула да Силва прибыл.", ["Луис Инасиу Лула да Силва"]),
        ("Министр Джасем Мухаммед аль-Будайви прибыл.", ["Джасем Мухаммед аль-Будайви"]),
        ("Генерал Шарль де Голль выступил по радио.", ["Шарль де Голль"]),
        # no given name before the particle: no name
        ("Москва да Петербург спорят о первенстве.", []),
    ],
)
def test_a_name_with_a_particle_is_one_name_in_the_nominative(text: str, people: list[str]) -> None:
    assert names_of("person", text) == people
