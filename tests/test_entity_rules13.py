"""Names of the thirteenth pass of issue 16, Russian text: a country before a name, countries'
abbreviations, bodies named with "и", "о" and participles, and acronyms spelled out or cued."""

from __future__ import annotations

import pytest

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from tests.helpers import names_of


def _entities(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.name, m.surface) for m in find_mentions("doc", "Заголовок", ((text,),), Registry())]


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        # particle_people reads the name; the country before it in the same capitalised run stays
        ("Президент Бразилии Луис Инасиу Лула да Силва выступил по видеосвязи.", "Brazil", "Луис Инасиу Лула да Силва"),
        ("Накануне президент Египта Абдель Фаттах ас-Сиси заявил об этом.", "Egypt", "Абдель Фаттах ас-Сиси"),
        # a name the dictionary does not know, after a role and its country
        ("Он встретился с президентом Ирана Масудом Пезешкианом.", "Iran", "Масуд Пезешкиан"),
        ("Премьер-министр Пакистана Шахбаз Шариф прибыл в Астану.", "Pakistan", "Шахбаз Шариф"),
        # the role opens the sentence; the dictionary reads "Хакан" as a title of old
        ("Министр иностранных дел Турции Хакан Фидан прибыл в Москву.", "Turkey", "Хакан Фидан"),
    ],
)
def test_a_country_before_a_persons_name_is_a_place_and_the_name_a_person(text: str, place: str, person: str) -> None:
    assert place in names_of("place", text)
    assert names_of("person", text) == [person]


def test_what_follows_a_name_with_a_particle_in_its_run_is_not_read_apart() -> None:
    # "Аль Нахайяном" goes on with "Мухаммедом бен Заидом": no person "Аля Нахайян"
    text = "Он провёл переговоры с президентом ОАЭ Мухаммедом бен Заидом Аль Нахайяном."
    assert [p for p in names_of("person", text) if "Нахайян" in p and "бен" not in p] == []


def test_a_korean_surname_alone_is_the_person_named_in_full() -> None:
    text = "Председатель КНДР Ким Чен Ын встретил гостя. Позже Ким заявил о дружбе."
    people = [(name, surface) for kind, name, surface in _entities(text) if kind == "person"]
    assert people == [("Ким Чен Ын", "Ким Чен Ын"), ("Ким Чен Ын", "Ким")]


def test_a_republic_takes_one_name_unless_the_words_agree() -> None:
    text = "Он встретился с президентом Республики Корея Юн Сок Ёлем в Сеуле."
    assert names_of("place", text) == ["South Korea", "Seoul"]
    assert names_of("person", text) != []
    assert "Республика Марий Эл" in names_of("place", "В Республике Марий Эл прошли выборы.")


def test_countries_abbreviated_in_russian_are_places() -> None:
    text = "Делегации КНР, США, РФ, ФРГ и ЮАР прибыли, как и делегация Британии."
    assert names_of("place", text) == ["China", "United States", "Russia", "Germany", "South Africa", "United Kingdom"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лидеры Шанхайской организации сотрудничества собрались в Астане.", "Шанхайская организация сотрудничества"),
        (
            "Доклад Организации экономического сотрудничества и развития вышел во вторник.",
            "Организация экономического сотрудничества и развития",
        ),
        ("Генсек Организации Объединённых Наций выступил.", "Организация Объединённых Наций"),
        (
            "Саммит Организации Договора о коллективной безопасности прошёл в Минске.",
            "Организация Договора о коллективной безопасности",
        ),
    ],
)
def test_a_bodys_name_runs_on_through_genitives_joined_by_and_participles_and_about(text: str, name: str) -> None:
    assert names_of("organisation", text) == [name]


def test_a_pronouns_adjective_makes_no_body() -> None:
    assert names_of("organisation", "Эта организация занимается помощью. Каждый совет решает сам.") == []


def test_a_russian_acronym_spelled_out_in_the_document_is_that_body() -> None:
    text = (
        "Лидеры Шанхайской организации сотрудничества собрались в Астане. Саммит ШОС продлится два дня, "
        "а ООН и Организация Объединённых Наций прислали наблюдателей."
    )
    bodies = [(name, surface) for kind, name, surface in _entities(text) if kind == "organisation"]
    assert bodies == [
        ("Шанхайская организация сотрудничества", "Шанхайской организации сотрудничества"),
        ("Шанхайская организация сотрудничества", "ШОС"),
        ("Организация Объединённых Наций", "ООН"),
        ("Организация Объединённых Наций", "Организация Объединённых Наций"),
    ]


def test_an_acronym_after_a_word_for_a_bodys_summit_or_members_is_a_body() -> None:
    assert names_of("organisation", "Путин выступил на полях саммита БРИКС, члены ЕАЭС согласились.") == [
        "БРИКС",
        "ЕАЭС",
    ]
    # with no such word, an unknown acronym stays no body
    assert names_of("organisation", "Он сдал ЕГЭ в июне.") == []


def test_a_role_names_a_man_whose_surname_ends_like_a_womans() -> None:
    # "Локшина" is the genitive of Локшин after "Михаила": the given name gives the gender
    assert names_of("person", "Фильм режиссёра Михаила Локшина собрал миллиард.") == ["Михаил Локшин"]


def test_a_given_name_and_patronymic_alone_are_the_person_named_in_full() -> None:
    text = "Космонавт Олег Дмитриевич Кононенко вернулся. Олег Дмитриевич рассказал о полёте."
    assert names_of("person", text) == ["Олег Кононенко", "Олег Кононенко"]
    # with nobody named in full, a surname may look like a patronymic
    assert names_of("person", "Представитель России Александр Лукашевич призвал миссию.") == ["Александр Лукашевич"]


def test_a_cyrillic_name_after_latin_words_in_one_run_is_read() -> None:
    text = "Суд приговорил корреспондента The Wall Street Journal Эвана Гершковича к 16 годам."
    assert names_of("person", text) == ["Эван Гершкович"]


def test_a_surname_the_dictionary_reads_otherwise_is_found_alone_in_any_case() -> None:
    text = (
        "Суд приговорил корреспондента The Wall Street Journal Эвана Гершковича к 16 годам. "
        "Сам Гершкович вину не признал, Путин допустил обмен Гершковича."
    )
    people = [(name, surface) for kind, name, surface in _entities(text) if kind == "person"]
    assert people == [
        ("Эван Гершкович", "Эвана Гершковича"),
        ("Эван Гершкович", "Гершкович"),
        ("Путин", "Путин"),
        ("Эван Гершкович", "Гершковича"),
    ]


def test_two_given_names_with_one_surname_are_two_people_and_a_surname_alone_the_last_named() -> None:
    text = (
        "Вице-премьером стал Дмитрий Патрушев, сын экс-секретаря Совета безопасности Николая Патрушева. "
        "Зюганов сообщил, что коммунисты не поддержали кандидатуру Патрушева."
    )
    people = [(name, surface) for kind, name, surface in _entities(text) if kind == "person"]
    assert ("Дмитрий Патрушев", "Дмитрий Патрушев") in people
    assert ("Николай Патрушев", "Николая Патрушева") in people
    assert ("Николай Патрушев", "Патрушева") in people  # the last named with the surname


def test_a_shorter_form_of_a_name_named_in_full_is_the_same_person() -> None:
    text = "Путин встретился с Мухаммедом бен Сальманом. Бен Сальман, в свою очередь, поблагодарил гостя."
    assert names_of("person", text) == ["Путин", "Мухаммед бен Сальман", "Мухаммед бен Сальман"]


def test_a_street_or_square_named_by_adjectives_is_a_place() -> None:
    text = "Музей на Большой Садовой улице открылся, Красная площадь закрыта. Он вышел на улицу."
    assert names_of("place", text) == ["Большая Садовая улица", "Красная площадь"]


def test_a_ground_named_in_guillemets_is_a_place_and_not_the_company_in_its_name() -> None:
    text = "Голы на «Газпром Арене» забили хозяева, матч на «Род Лейвер Арене» перенесли."
    assert names_of("place", text) == ["Газпром Арена", "Род Лейвер Арена"]
    assert names_of("organisation", text) == []


def test_a_court_named_by_its_place_and_level_or_the_highest_court_opens_a_sentence_as_a_body() -> None:
    text = "Свердловский областной суд приговорил журналиста. Верховный суд постановил. Районный суд рассмотрит дело."
    assert names_of("organisation", text) == ["Свердловский областной суд", "Верховный суд"]


def test_an_acronym_in_brackets_after_a_bodys_name_is_that_body() -> None:
    text = "Эксперты Международного агентства по атомной энергии (МАГАТЭ) прибыли. МАГАТЭ заявило о рисках."
    bodies = {(name, surface) for kind, name, surface in _entities(text) if kind == "organisation"}
    keys = {m.entity for m in find_mentions("doc", "Заголовок", ((text,),), Registry()) if m.kind == "organisation"}
    assert ("Международное агентство по атомной энергии", "МАГАТЭ") in bodies
    assert len(keys) == 1


def test_a_legal_form_or_a_kind_of_plant_is_no_body_but_cues_the_name_in_guillemets() -> None:
    text = "Суд признал банкротом ООО «Гугл», а ГУП «Петербургский метрополитен» отчитался. Курская АЭС работает."
    assert names_of("organisation", text) == ["Гугл", "Петербургский метрополитен"]


def test_a_body_named_with_russia_or_rf_or_a_citys_two_names_is_one_body() -> None:
    text = (
        "Министерство обороны России и Министерство обороны РФ сообщили, "
        "Законодательное собрание Петербурга и Законодательное собрание Санкт-Петербурга согласились."
    )
    keys = [m.entity for m in find_mentions("doc", "Заголовок", ((text,),), Registry()) if m.kind == "organisation"]
    assert len(keys) == 4 and keys[0] == keys[1] and keys[2] == keys[3] and keys[0] != keys[2]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the adjective that opens another body's name is not taken into the first
        ("Совет директоров Континентальной хоккейной лиги одобрил переезд.", ["Континентальная хоккейная лига"]),
        # "Высшего" is высший, though the analyser's lemma is высокий
        ("Заседание Высшего Евразийского экономического совета прошло.", ["Высший Евразийский экономический совет"]),
        (
            "Евразийская экономическая комиссия и Законодательное собрание Санкт-Петербурга.",
            [
                "Евразийская экономическая комиссия",
                "Законодательное собрание Санкт-Петербурга",
            ],
        ),
        ("Эксперты Евразийского банка развития приехали в Бишкек.", ["Евразийский банк развития"]),
        ("Казанский федеральный университет занял второе место.", ["Казанский федеральный университет"]),
        ("Фракция «Единая Россия» голосовала за бюджет.", ["Единая Россия"]),
    ],
)
def test_more_heads_of_bodies_and_their_names(text: str, names: list[str]) -> None:
    assert names_of("organisation", text) == names


def test_an_adjective_of_a_body_or_a_club_is_no_surname() -> None:
    text = "Казанский федеральный университет занял место, а Астанинский «Барыс» проиграл."
    assert names_of("person", text) == []


def test_a_place_whose_word_reads_first_as_an_adjective_is_a_place_before_and() -> None:
    # "Ачинском" reads first as ачинский; before "и" (which the dictionary also reads as a
    # letter's name, a noun) it is no adjective of a noun
    assert names_of("place", "Ремонт идёт между Ачинском и Красноярском.") == ["Achinsk", "Krasnoyarsk"]
    # adjectives joined by "и" before their noun stay adjectives
    assert names_of("place", "Модернизация Байкало-Амурской и Транссибирской магистралей идёт.") == []
    assert names_of("place", "Он жил в Московской и Тверской областях.") == []


def test_an_ocean_and_a_federal_district_are_places() -> None:
    text = "Пепел выпал над Тихим океаном. Курская область входит в Центральный федеральный округ."
    assert names_of("place", text) == ["Тихий океан", "Курская область", "Центральный федеральный округ"]


def test_a_meeting_is_no_body() -> None:
    assert names_of("organisation", "Очередное собрание акционеров прошло в июне.") == []


def test_a_latin_name_in_russian_text_is_a_body_unless_glued_to_a_russian_word_or_an_event() -> None:
    text = (
        "Акционеры Yandex N.V. одобрили сделку, а Google и Wildberries отчитались. Пандемия COVID-19, "
        "VPN-сервисы, XX век, турнир US Open и IPO компании. Агентство Bloomberg сообщило."
    )
    assert names_of("organisation", text) == ["Yandex N.V.", "Google", "Wildberries", "Bloomberg"]


def test_latin_names_in_english_text_keep_the_english_rules() -> None:
    # a few Cyrillic words do not make a document Russian
    text = "Wildberries and Google were mentioned by Дмитрий Песков in passing."
    assert "Wildberries" not in names_of("organisation", text)


def test_a_latin_acronym_in_brackets_after_a_latin_body_is_that_body() -> None:
    text = "Рейтинг Quacquarelli Symonds (QS) вышел. QS отметил рост."
    keys = {m.entity for m in find_mentions("doc", "Заголовок", ((text,),), Registry()) if m.kind == "organisation"}
    assert keys == {"quacquarelli-symonds"}


def test_a_regions_everyday_name_is_the_region() -> None:
    text = "Заводы в Подмосковье и Московской области, на Кубани и в Краснодарском крае, в Приморье."
    mentions = [m for m in find_mentions("doc", "Заголовок", ((text,),), Registry()) if m.kind == "place"]
    keys = [m.entity for m in mentions]
    assert keys[0] == keys[1] and keys[2] == keys[3] and len(set(keys)) == 3
    assert mentions[2].name == "Krasnodar Krai"  # the gazetteer's region, with its coordinates


def test_parties_in_guillemets_after_deputies_or_a_faction_and_joined_by_and() -> None:
    text = (
        "За документ проголосовали депутаты от «Единой России» и «Справедливой России — За правду», "
        "фракции КПРФ и «Яблока» выступили против. Он сказал «мы победим» и «Яблоко» упало."
    )
    assert names_of("organisation", text) == ["Единая Россия", "Справедливая Россия — За правду", "КПРФ", "Яблоко"]
    assert names_of("place", text) == []


def test_the_eu_named_in_any_case_is_a_body_and_the_registrys_when_it_has_it() -> None:
    from dossier.enrich.entities.registry import RegistryEntity

    text = "Представитель Евросоюза Жозеп Боррель заявил, что ЕС согласен."
    assert names_of("organisation", text) == ["Европейский союз", "Европейский союз"]
    assert names_of("place", text) == []
    eu = RegistryEntity("european-union", "European Union", "organisation", ("EU", "Евросоюз", "Европейский союз"))
    found = [m for m in find_mentions("doc", "Заголовок", ((text,),), Registry((eu,))) if m.kind == "organisation"]
    assert [m.entity for m in found][:1] == ["european-union"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # "Жиль" reads as a verb's imperative, which no capital starts mid-sentence
        ("Его тренер Жиль Сервара отметил, что сопернику помогли.", "Жиль Сервара"),
        # a demonym is a cue, and "Кори" (корь) a given name right after it
        ("В финале она обыграла американку Кори Гауфф.", "Кори Гауфф"),
        # the body and country before the name are left at the run's start
        ("Генеральный секретарь ЦК Компартии Вьетнама Нгуен Фу Чонг встретил гостя.", "Нгуен Фу Чонг"),
    ],
)
def test_foreign_names_after_a_role_or_a_demonym(text: str, person: str) -> None:
    assert names_of("person", text) == [person]


def test_known_names_after_a_body_stay_the_dictionarys() -> None:
    text = "Председатель Совета Федерации Валентина Матвиенко заявила."
    assert names_of("person", text) == ["Валентина Матвиенко"]
    assert names_of("person", "Жители Москвы и британцы Лондона вышли на улицы.") == []


def test_a_latin_phrase_quoted_in_russian_text_makes_no_body() -> None:
    text = (
        "Трамп выступил под лозунгом Make America Great Again, а в песне звучало We will rock you. "
        "В финале он сказал: «The End»."
    )
    assert names_of("organisation", text) == []


def test_a_short_given_name_and_a_turkish_c_still_join_a_name_across_scripts() -> None:
    from dossier.enrich.entities.transliteration import cross_script_merges

    people = [
        ("dzho-bayden", "Джо Байден"),
        ("joe-biden", "Joe Biden"),
        ("redzhep-tayip-erdogan", "Реджеп Тайип Эрдоган"),
        ("recep-tayyip-erdogan", "Recep Tayyip Erdogan"),
        ("dzho-smit", "Джо Смит"),  # no Latin person sounds like him: stays apart
    ]
    assert cross_script_merges(people) == {"dzho-bayden": "joe-biden", "redzhep-tayip-erdogan": "recep-tayyip-erdogan"}
