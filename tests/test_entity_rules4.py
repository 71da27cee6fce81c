"""Rules of the fourth pass of issue 16, one small case each: national sides the registry names
as countries, the side's words that outweigh a locative word, and the locative word further back
("in the UK", "in Milan and Turin")."""

from __future__ import annotations

from typing import Any

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.registry import Registry, parse_registry

EMPTY = Registry()
SPORT = " The coach named his squad after the match; the striker scored a goal in the 2-1 victory."


def registry(*places: str, aliases: tuple[str, ...] = ()) -> Registry:
    data: dict[str, Any] = {"entities": [{"name": p, "kind": "place", "aliases": list(aliases)} for p in places]}
    return parse_registry("test", data)


def found(text: str, reg: Registry = EMPTY) -> list[Mention]:
    return list(find_mentions("doc", "A report", tuple((p,) for p in text.split("\n\n")), reg))


def kinds(text: str, reg: Registry = EMPTY) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in found(text, reg):
        out.setdefault(m.kind, set()).add(m.name)
    return out


def test_a_registry_country_is_the_side_in_a_sports_report() -> None:
    text = "Bell featured in the England A side which beat France 30-20 ten days ago." + SPORT
    got = kinds(text, registry("France"))
    assert "France (team)" in got["organisation"]
    assert "France" not in got.get("place", set())


def test_a_registry_country_stays_a_place_outside_sports_reports() -> None:
    text = "The minister hoped to beat France's rivals to the deal."
    assert kinds(text, registry("France")) == {"place": {"France"}}


def test_a_registry_country_after_a_locative_stays_a_place_in_a_sports_report() -> None:
    text = "The team trained in France before the tournament." + SPORT
    got = kinds(text, registry("France"))
    assert got.get("place") == {"France"}
    assert "France (team)" not in got.get("organisation", set())


def test_a_sides_word_makes_the_team_after_a_locative() -> None:
    text = "He applied for the post of Wales manager and was in charge of Scotland for a year." + SPORT
    assert {"Wales (team)", "Scotland (team)"} <= kinds(text)["organisation"]
    text = "Three forwards were missing from Italy's side at the weekend." + SPORT
    assert "Italy (team)" in kinds(text)["organisation"]


def test_a_locative_further_back_keeps_places_in_a_sports_report() -> None:
    text = "In 1978 he lived in the UK and played in Milan and Turin, then in Zimbabwe, Ghana and Guinea." + SPORT
    got = kinds(text, registry("United Kingdom", aliases=("UK",)))
    assert {"United Kingdom", "Milan", "Turin", "Zimbabwe", "Ghana", "Guinea"} <= got["place"]
    assert not any(name.endswith("(team)") for name in got.get("organisation", set()))


def test_a_place_before_club_says_where_a_side_comes_from() -> None:
    text = "He left the London club early last season and joined Chelsea." + SPORT
    got = kinds(text)
    assert "London" in got["place"]
    assert "Chelsea (team)" in got["organisation"]


def test_a_sides_word_after_the_country_makes_the_team_even_after_the() -> None:
    text = "He was ruled out of the Ireland game and left out of the England side." + SPORT
    assert {"Ireland (team)", "England (team)"} <= kinds(text)["organisation"]


def test_a_country_in_brackets_after_a_player_is_the_players_country() -> None:
    text = "Seeds: 1 Lindsay Davenport (United States), 24 Mary Pierce (France), 26 Daniela Hantuchova (Slovakia)."
    got = kinds(text + SPORT)
    assert {"France", "Slovakia"} <= got["place"]
    assert not any(name.endswith("(team)") for name in got.get("organisation", set()))


def test_a_partys_short_form_before_its_people_is_the_party() -> None:
    text = "But Tony Banks, Labour MP for West Ham, said so, and Tory MPs and Lib Dem peers agreed."
    got = kinds(text)
    assert {"Labour Party", "Conservative Party", "Liberal Democrats"} <= got["organisation"]
    assert "Tory MPs" not in got["organisation"]
    assert kinds("Labour MP Tony Banks said so.") == {"organisation": {"Labour Party"}, "person": {"Tony Banks"}}


def test_an_acronym_that_opens_a_listed_company_is_that_company() -> None:
    got = kinds("The exchange appointed UBS and ABN Amro as advisers; BNP Paribas declined.")
    assert {"ABN Amro", "BNP Paribas"} <= got["organisation"]
    assert not {"ABN", "BNP"} & got["organisation"]


def test_a_price_that_moves_names_a_listed_company() -> None:
    text = "In London, Corus fell 2.2% to 55.57 pence. In Europe, Arcelor shed 2.1% to 17.58 euros."
    assert kinds(text)["organisation"] == {"Corus", "Arcelor"}


def test_common_words_and_indices_whose_figures_move_are_no_companies() -> None:
    text = "Sales climbed 8% in the year, as sales of toys rose. The Nikkei fell 1.2% and GDP rose 2%."
    assert "organisation" not in kinds(text)


def test_press_and_bros_end_an_organisations_name_but_not_a_persons() -> None:
    text = "A spokesman for the Oxford University Press told the Associated Press that Warner Bros agreed."
    assert {"Oxford University Press", "Associated Press", "Warner Bros"} <= kinds(text)["organisation"]
    got = kinds("Jim Press, vice president of the firm, said sales rose.")
    assert got["person"] == {"Jim Press"}
    assert "Jim Press" not in got.get("organisation", set())


def test_house_of_and_one_word_names_a_chamber() -> None:
    text = "The ban waits until the House of Lords and the House of Representatives have voted."
    assert kinds(text)["organisation"] == {"House of Lords", "House of Representatives"}
    assert "organisation" not in kinds("The Sydney Opera House showed House of Flying Daggers.")


def test_a_law_word_opens_a_bodys_name_but_not_an_acts() -> None:
    assert kinds("The Law Commission and the Law Society criticised the plan.")["organisation"] == {
        "Law Commission",
        "Law Society",
    }
    assert "organisation" not in kinds("It needs an Act of Parliament to change.")


def test_united_ends_a_clubs_name() -> None:
    got = kinds("He left Sheffield United for Manchester United in May.")
    assert {"Sheffield United", "Manchester United"} <= got["organisation"]


def test_and_joins_two_words_only_before_an_institutions_head() -> None:
    got = kinds("Backing came from Arsenal and Manchester United, and from the Food and Agriculture Organisation.")
    assert {"Arsenal", "Manchester United", "Food and Agriculture Organisation"} <= got["organisation"]
    assert "Arsenal and Manchester United" not in got["organisation"]


def test_examples_of_a_kind_of_organisation_are_organisations() -> None:
    got = kinds("The two companies face competition from retailers such as Wal-Mart and firms including Google.")
    assert {"Wal-Mart", "Google"} <= got["organisation"]


def test_a_paper_named_by_its_head_word_before_newspaper() -> None:
    got = kinds("He told the Herald newspaper, and the French newspaper Le Monde, that he was tired.")
    assert "Herald" in got["organisation"]
    assert "French" not in got["organisation"]


def test_an_opponent_in_a_sports_report_is_a_side_not_a_player_or_a_competition() -> None:
    text = "The coach praised the 3-1 win over Bayer Leverkusen and a home game against Millwall on Tuesday."
    got = kinds(text + SPORT)
    assert {"Bayer Leverkusen", "Millwall"} <= got["organisation"]
    tennis = "The seed beat Potito Starace 6-1 6-3 and then beat Italian Roberta Vinci in the final." + SPORT
    assert not {"Potito Starace", "Italian Roberta Vinci"} & kinds(tennis).get("organisation", set())
    assert "Bayer Leverkusen" not in kinds("The bank's win over Bayer Leverkusen in court pleased it.").get(
        "organisation", set()
    )


def test_a_radio_station_is_an_organisation_not_a_person() -> None:
    got = kinds("Waiting lists grew in Wales, Dr Gibbons told Radio Wales. Virgin Radio DJ Pete Mitchell agreed.")
    assert {"Radio Wales", "Virgin Radio"} <= got["organisation"]
    assert got["place"] == {"Wales"}
    assert got["person"] == {"Gibbons", "Pete Mitchell"}


def test_a_date_after_a_place_does_not_hide_it() -> None:
    got = kinds("The sprint is staged near Edinburgh on Tuesday, and in Dublin and Cork on 3 March.")
    assert {"Edinburgh", "Dublin", "Cork"} <= got["place"]


def test_a_capital_outweighs_a_small_town_the_context_favours() -> None:
    text = "US shares rose. Share prices in London, Frankfurt and Paris also closed higher, as in Rome."
    got = kinds(text)
    assert {"Paris", "Rome"} <= got["place"]
    assert not {"Paris, United States", "Rome, United States"} & got["place"]


def test_a_listed_month_is_no_place() -> None:
    assert "place" not in kinds("Sales should grow through February and March, the company added.")


def test_regions_are_places_in_the_countries_the_story_names() -> None:
    text = "The UK plan starts in Lancashire. Kent is likely to be next, then Bavaria in Germany."
    assert {"Lancashire", "Kent", "Bavaria"} <= kinds(text)["place"]
    assert "place" not in kinds("Bono sang and Delta flew on.")  # Ghana's and Nigeria's regions
    assert "Lancashire (team)" in kinds("Lancashire beat Kent in the match." + SPORT)["organisation"]


def test_a_registry_country_makes_its_regions_known() -> None:
    assert kinds("Kent is likely to be the site of the trial.", registry("United Kingdom")).get("place") == {"Kent"}
    assert "place" not in kinds("Kent is likely to be the site of the trial.")


def test_everyday_country_names_and_arabic_city_names_without_the_article() -> None:
    got = kinds("Investors in America, Holland and Burma watched operations in Fallujah.")
    assert got["place"] == {"United States", "The Netherlands", "Myanmar", "Al Fallūjah"}


def test_a_place_named_like_a_person_after_a_locative_is_the_place() -> None:
    got = kinds("Melcher died at his home in Beverly Hills, California, after a long illness.")
    assert "Beverly Hills" in got["place"]
    assert "Beverly Hills" not in got.get("person", set())


def test_a_man_from_a_place_in_a_sports_report_is_no_side() -> None:
    text = "The toe was broken, says the Waterford man, who trained in Dublin." + SPORT
    assert "Waterford (team)" not in kinds(text).get("organisation", set())
    assert "Waterford (team)" in kinds("The Waterford side lost." + SPORT)["organisation"]


def test_a_small_town_of_a_country_the_report_does_not_name_is_no_side() -> None:
    text = "Physio sessions with Murphy helped, and the Olympic champion trained with him." + SPORT
    assert not any(name.endswith("(team)") for name in kinds(text).get("organisation", set()))
    assert "Biarritz (team)" in kinds("France watched as Biarritz beat Wasps." + SPORT)["organisation"]


def test_a_source_no_person_rule_took_is_an_organisation() -> None:
    got = kinds('"It is good," he told Reuters. He told the Guardian newspaper, according to Gartner.')
    assert {"Reuters", "Guardian", "Gartner"} <= got["organisation"]
    assert "organisation" not in kinds("She told MPs the plan was wrong, and told Today programme listeners so.")


def test_a_registry_place_inside_an_organisations_name_is_the_name() -> None:
    reg = registry("London", "United Kingdom", "New York", aliases=())
    got = kinds("Shares on the London Stock Exchange rose, the Muslim Council of Britain said.", reg)
    assert {"London Stock Exchange"} <= got["organisation"]
    assert "London" not in got.get("place", set())
    got = kinds("He wrote in the New York Times and lives in London.", reg)
    assert got == {"organisation": {"New York Times"}, "place": {"London"}}


def test_an_acronym_joins_a_body_named_after_a_countrys_acronym() -> None:
    got = found(
        "The US Securities and Exchange Commission (SEC) said so. The SEC and the Food and Drug Administration agreed."
    )
    names = {m.surface: m.name for m in got if m.kind == "organisation"}
    assert names["SEC"] == "US Securities and Exchange Commission"
    assert names["Food and Drug Administration"] == "Food and Drug Administration"


def test_an_employer_after_a_role_and_a_body_that_said_it() -> None:
    text = "Jim Lanzone, vice president of search properties at Ask Jeeves, spoke. Ask Jeeves said it would wait."
    assert "Ask Jeeves" in kinds(text)["organisation"]
    assert "Jupiter Research" in kinds("Olivia Jones, an analyst at Jupiter Research, said so.")["organisation"]
    assert "organisation" not in kinds("Mike Leigh, director of Vera Drake, and Gerrard said it was hard.")
    assert "organisation" not in kinds("Jamie Foxx, star of Ray, and the best actor for Johnny Cash agreed.")


def test_an_acronym_inside_an_event_or_a_technology_pair_is_no_body() -> None:
    assert "organisation" not in kinds("They won the FA Cup, over TCP/IP, and a GP saw them.")
    assert kinds("The FA said the FA Cup final would go ahead.")["organisation"] == {"FA"}


def test_the_players_of_a_line_up_are_people() -> None:
    text = (
        "The coach praised his squad after the 2-1 victory. Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith. "
        "Subs: Wright, Pistone, Weir, Vaughan. Manchester United: Carroll, Gary Neville, Brown, Fortune, Rooney."
        "\n\nReplacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Paice for Dowd (71), Gotting for Hart."
    )
    people = kinds(text)["person"]
    assert {"Martyn", "Yobo", "Pistone", "Gary Neville", "Fortune", "Everitt", "Mapletoft", "Dowd"} <= people
    assert not {"Everton", "Manchester United", "Subs", "Replacements"} & people
    assert "person" not in kinds("The firm sold shares in four markets: London, Paris, Frankfurt, Milan.")


def test_a_ground_after_a_locative_and_the_article_in_a_sports_report() -> None:
    text = "He was to step out into the Olympic Stadium in Athens, then race at Musselburgh Racecourse." + SPORT
    assert {"Olympic Stadium", "Musselburgh Racecourse", "Athens"} <= kinds(text)["place"]


def test_regions_that_are_no_division_of_a_country() -> None:
    got = kinds("Studios sold films in the Middle East, Latin America and the Caribbean." + SPORT)
    assert {"Middle East", "Latin America", "Caribbean"} <= got["place"]
    assert not any(name.endswith("(team)") for name in got.get("organisation", set()))
    reg = registry("United States", "United Kingdom")
    assert {"Hollywood", "West End"} <= kinds("Hollywood studios and West End theatres reopened.", reg)["place"]


def test_seas_named_without_sea_or_ocean() -> None:
    got = found("Albums charted on both sides of the Atlantic; tankers queue in the Bosphorus.")
    places = {m.name: m for m in got if m.kind == "place"}
    assert {"Atlantic", "Bosphorus"} <= set(places)
