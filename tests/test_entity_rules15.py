"""Names of the fifteenth pass of issue 16, in wordings of our own: a city named like a US state,
a famous city and its small namesakes, a country and the cities of its name, a city's alternate
names, London's seats of government, the White House, and acronyms spelled out at a sentence's start."""

from __future__ import annotations

import pytest

from dossier.enrich.entities.acronyms import thing_acronyms
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.registry import Registry

EMPTY = Registry()


def found(text: str) -> tuple[Mention, ...]:
    """The mentions find_mentions gives ``text`` (paragraphs split on blank lines), no registry."""
    return find_mentions("doc", "A report", tuple((p,) for p in text.split("\n\n")), EMPTY)


def names(text: str, kind: str) -> set[str]:
    """The names of the mentions of one kind in ``text``."""
    return {m.name for m in found(text) if m.kind == kind}


def places(text: str) -> list[tuple[str, str]]:
    """(entity key, surface) of every place in ``text``."""
    return [(m.entity, m.surface) for m in found(text) if m.kind == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers flew to Washington for talks on trade.",
        "Officials in Washington dismissed the report.",
        "The summit in Washington DC ended without a deal.",
    ],
)
def test_washington_in_the_news_is_the_capital(text: str) -> None:
    assert places(text)[0][0] == "washington-united-states"


@pytest.mark.parametrize(
    "text",
    [
        "Wildfires spread across Washington state on Monday.",
        "The firm is based in Seattle, Washington, and employs 900 people.",
        "Voters in the state of Washington backed the measure.",
    ],
)
def test_washington_is_the_state_when_the_text_says_so(text: str) -> None:
    assert ("washington", "Washington") in places(text)


def test_new_york_is_the_city_unless_the_state_is_named() -> None:
    assert places("Shares rose in New York on Friday.") == [("new-york-city", "New York")]
    assert places("New York electro-rock group The Bravery topped the poll.") == [("new-york-city", "New York")]
    assert places("Farms in upstate New York lost their crops.") == [("new-york", "New York")]
    # one entity whichever way the city is written
    assert {key for key, _ in places("He lives in New York City and works in New York.")} == {"new-york-city"}


def test_a_region_named_like_a_capital_keeps_its_rank() -> None:
    # the Australian state outranks Hong Kong (whose old name Victoria is) by size, as before
    assert places("Bushfires swept through Victoria in Australia.")[0][0] == "victoria"


def test_the_capitals_russian_name_merges_with_the_english_one() -> None:
    english = find_mentions("en", "A report", (("Talks in Washington ended on Monday.",),), EMPTY)
    russian = find_mentions("ru", "Доклад", (("Переговоры в Вашингтоне завершились в понедельник.",),), EMPTY)
    assert {m.entity for m in (*english, *russian) if m.kind == "place"} == {"washington-united-states"}


def test_a_famous_city_is_not_taken_for_a_small_namesake_by_context_alone() -> None:
    # the story names Canada and the United States elsewhere: still London and Athens
    assert places("Finance ministers from Canada and Japan met in London on Friday.")[-1] == ("london", "London")
    assert ("athens", "Athens") in places("The American sprinter won gold in Athens last August.")
    # the namesake's state or country written right after it decides
    assert ("london-canada", "London") in places("The plant in London, Ontario, will close.")
    assert ("athens-united-states", "Athens") in places("He grew up in Athens, Georgia, where the band formed.")


def test_a_city_is_not_found_under_another_places_name() -> None:
    # GeoNames gives "Whitehall" as an old name of Atlanta: the street of ministries is meant
    whitehall = places("Both parties planned to cut the number of civil servants at Whitehall.")
    assert whitehall == [("whitehall-united-kingdom", "Whitehall")]
    assert places("Lobbyists crowded into Westminster for the vote.") == [("westminster", "Westminster")]
    # an English name of a far better known city still finds it, beside small namesakes
    assert places("CeBit fever has taken over Hanover this week.") == [("hannover", "Hanover")]


def test_the_white_house_is_the_presidency_not_casablanca() -> None:
    mentions = found("The White House will announce its budget on Monday.")
    assert [(m.kind, m.name) for m in mentions] == [("organisation", "White House")]


def test_a_country_is_not_taken_for_a_city_of_its_name_by_context() -> None:
    # the story names the US elsewhere: Jamaica is still the country, not the Queens district
    text = "Coaches in the United States praised her. Veronica Campbell of Jamaica ran the fastest 60m this year."
    assert ("jamaica", "Jamaica") in places(text)


def test_a_city_after_the_comma_is_the_next_of_a_list_not_a_state() -> None:
    text = "Tulu has won the Boston, London and Tokyo marathons."
    assert [key for key, _ in places(text)] == ["boston", "london", "tokyo"]


def test_a_namesake_known_abroad_eclipses_a_small_city_only_when_itself_renowned() -> None:
    # Sydney, Nova Scotia is far smaller than Sydney: a story naming Canada still means Sydney
    text = "The firm has stations in Canada, London, Amsterdam and Sydney."
    assert ("sydney", "Sydney") in places(text)
    # a town a tenth the size of a city of its name is meant only when the text says so
    text = "He praised Australia's economy at his party's spring conference in Brighton."
    assert ("brighton", "Brighton") in places(text)
    # Halifax, Nova Scotia is no better known abroad than Halifax in Yorkshire: context decides
    assert ("halifax-united-kingdom", "Halifax") in places("House prices rose in Britain, figures from Halifax showed.")


def test_an_acronym_spelled_out_at_a_sentences_start_or_with_a_digit_for_a_word_names_a_thing() -> None:
    text = "Peer-to-peer (P2P) networks are here to stay. Firms want to make money from P2P technology."
    assert thing_acronyms(text) == {"P2P"}
    assert "P2P" not in {m.name for m in found(text)}
    assert thing_acronyms("Internet service providers (ISPs) must block the sites.") == {"ISP"}
    # a body's name is capitalised throughout, wherever the sentence starts
    assert thing_acronyms("Amnesty International (AI) said the trial was unfair.") == frozenset()


def test_olympic_is_no_part_of_a_persons_name() -> None:
    text = (
        "Double Olympic champion Hicham El Guerrouj will run in Birmingham. "
        "He will face Olympic champion Stefano Baldini and Athens Olympic silver medallist Francis Obikwelu."
    )
    assert names(text, "person") == {"Hicham El Guerrouj", "Stefano Baldini", "Francis Obikwelu"}


def test_an_acronym_spelled_out_as_an_events_name_names_no_body() -> None:
    text = "Bill Gates has opened the Consumer Electronics Show (CES) in Las Vegas. CES runs all week."
    assert thing_acronyms(text) == {"CES"}
    assert "CES" not in {m.name for m in found(text)}
    assert thing_acronyms("The Samsung Electronics Company (SEC) said.") == frozenset()


def test_a_name_a_body_word_introduces_is_the_body() -> None:
    def kinds(text: str) -> set[tuple[str, str]]:
        return {(m.kind, m.name) for m in found(text)}

    assert ("organisation", "Fannie Mae") in kinds("US mortgage company Fannie Mae should restate its earnings.")
    assert ("organisation", "Grant Thornton") in kinds("The accountancy firm Grant Thornton audited the books.")
    # words that can name people too leave the person alone
    assert ("person", "Theo van Gogh") in kinds("The Dutch film maker Theo van Gogh was killed in Amsterdam.")
    assert ("person", "Peter Molyneux") in kinds("Veteran games developer Peter Molyneux said the game was ready.")
    # a name before the body's word names the body; the person after it is its founder
    founder = kinds("Leading China-watcher, and founder of the CGA consultancy Jeanne-Marie Gescher, agreed.")
    assert ("person", "Jeanne-Marie Gescher") in founder


def test_a_feast_is_no_surname() -> None:
    text = (
        "Children queued to see Father Christmas. The e-mail read Merry Christmas and carried a virus. "
        "Christmas is a special time of the year, the star said."
    )
    assert names(text, "person") == set()


def test_a_games_city_with_its_medals_is_no_side() -> None:
    report = (
        "Olympic champion Kelly Holmes will run the 1500m at the indoor athletics meeting in Birmingham, "
        "where the relay squad and the sprint coach hope for a medal. "
        "Holmes and Carolina Kluft are among other Athens winners competing."
    )
    assert "Athens (team)" not in {m.name for m in found(report)}


@pytest.mark.parametrize(
    "text",
    [
        "Overall, the carmaker saw worldwide vehicle sales rise.",
        "Separately, the bank said profits would fall.",
        "The net is built on a protocol called TCP/IP, which means transmission control protocol.",
        "Two ships, the frigate HMS Chatham and the destroyer USS Cole, have arrived.",
    ],
)
def test_adverbs_a_slashed_acronym_and_a_ships_prefix_name_no_body(text: str) -> None:
    assert names(text, "organisation") == set()


def test_a_company_named_with_a_slash_is_still_a_company() -> None:
    # only an acronym in capitals is read as a technology's part: "NetRatings" keeps its cue
    text = "Figures from Nielsen/NetRatings, which tracks web use, showed the rise."
    assert "NetRatings" in {m.name for m in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Users of Microsoft Word were warned by experts. The flaw lets Word open files from the web.",
        "The fight recalls Sony Betamax and VHS. Betamax lost, said the analyst.",
    ],
)
def test_a_listed_companys_product_is_no_person(text: str) -> None:
    assert names(text, "person") == set()


def test_a_listed_companys_division_is_the_body() -> None:
    text = "Nissan Motor said profits rose. Nissan Motor shares climbed, and Motor analysts were pleased."
    assert {(m.kind, m.name) for m in found(text)} == {("organisation", "Nissan Motor")}


def test_a_takeovers_subject_is_a_company() -> None:
    assert "Interbrew" in names("The deal was agreed after Interbrew bought Ambev last year.", "organisation")
    assert "Quillon" in names("Quillon acquired Pyra Labs in 2003, the search firm said.", "organisation")
    # a manager takes over a club: no takeover's verb
    assert "Italian Ranieri" not in names("Italian Ranieri took over the Valencia job in June 2004.", "organisation")
