"""Names of the ninth pass of issue 16."""

from __future__ import annotations

from tests.helpers import kinds_of, names_of


def test_a_bodys_name_runs_on_to_where_its_acronym_says_it_ends() -> None:
    text = (
        "The Internet Corporation for Assigned Names and Numbers (Icann) approved it. Icann said so. "
        "The Global Alliance for Vaccines and Immunisation (GAVI) agreed."
    )
    assert names_of("organisation", text) == [
        "Internet Corporation for Assigned Names and Numbers",
        "Internet Corporation for Assigned Names and Numbers",
        "Internet Corporation for Assigned Names and Numbers",
        "Global Alliance for Vaccines and Immunisation",
        "Global Alliance for Vaccines and Immunisation",
    ]
    # the acronym may be set off by a comma instead of brackets
    comma = "Names are chosen by the Internet Corporation for Assigned Names and Numbers, Icann. Icann said."
    assert set(names_of("organisation", comma)) == {"Internet Corporation for Assigned Names and Numbers"}
    # initials that the words after the name do not give leave the name where it was
    assert names_of("organisation", "The World Bank of Asia (WB) met.")[0] == "World Bank of Asia"
    found = names_of("organisation", "The Arts Council of Wales and Welsh Water (ACW) met.")
    assert found[0] == "Arts Council of Wales"


def test_a_role_word_before_a_lone_head_word_opens_the_bodys_name() -> None:
    text = (
        "Car giant General Motors cut output. It was ratified by the ruling National Executive Committee. "
        "The Financial Ombudsman Service agreed. Sales of the Ryman Premier League rose."
    )
    assert names_of("organisation", text) == [
        "General Motors",
        "National Executive Committee",
        "Financial Ombudsman Service",
        "Ryman Premier League",
    ]
    # a role word before a name of two words or more is still where a person's name stops
    assert names_of("organisation", "Bank of England Governor Mervyn King spoke.") == ["Bank of England"]
    assert names_of("person", "Bank of England Governor Mervyn King spoke.") == ["Mervyn King"]


def test_a_club_a_given_name_opens_is_a_club_where_a_report_plays_or_joins_it() -> None:
    report = (
        "Manchester United's Alex Ferguson has praised his players after the 1-0 win at Aston Villa in the "
        "Premiership. Defender Carlos Ramos was sold to Sale Sharks in the summer, and Aston Villa boss "
        "David O'Leary said Aston Villa would not sell. Roger Federer beat Andy Roddick 6-1 6-3."
    )
    found = kinds_of(report, "Ferguson hails United's resolve")
    assert [s for k, s in found if k == "organisation" and s in ("Aston Villa", "Sale Sharks")] == [
        "Aston Villa",
        "Sale Sharks",
        "Aston Villa",
        "Aston Villa",
    ]
    assert ("person", "Aston Villa") not in found
    # a person makes an approach; a tennis player is beaten; outside sport the rule does not apply
    tennis = "Roche turned down an approach from Roger Federer after the 6-1 6-3 win at Wimbledon in the final."
    assert ("person", "Roger Federer") in kinds_of(tennis, "Roche rejects Federer")
    assert ("organisation", "Aston Villa") not in kinds_of("A painting was sold to Aston Villa in 1990.", "Art")


def test_laboratories_and_cooperatives_head_a_bodys_name() -> None:
    text = (
        "The Cray-1 was installed at Los Alamos National Laboratory in 1976. The Bay Area Laboratory "
        "Cooperative (Balco) is at the centre of the case. He spent 20 years at the European Laboratory for "
        "Particle Physics."
    )
    assert names_of("organisation", text) == [
        "Los Alamos National Laboratory",
        "Bay Area Laboratory Cooperative",
        "European Laboratory for Particle Physics",
    ]
    # a laboratory named by no proper word is none: "the research laboratory" stays lowercase
    assert names_of("organisation", "He works in a research laboratory in Dublin.") == []


def test_a_country_ends_no_ones_name_without_a_title_to_vouch_for_it() -> None:
    text = (
        "Fees will rise for English students studying in Scotland. Universities Scotland said so, as did "
        "Universities UK. He told BBC Radio Scotland's Good Morning Scotland programme. Air China flew."
    )
    assert names_of("person", text) == []
    assert names_of("place", text) == ["Scotland"]
    assert names_of("organisation", text)[:2] == ["Universities Scotland", "Universities UK"]
    # a title vouches for the person: Baroness Scotland is a minister
    assert names_of("person", "Baroness Scotland said the law would change.") == ["Baroness Scotland"]


def test_scotland_yard_a_directorate_an_admissions_service_and_an_agencys_bracketed_acronym() -> None:
    text = (
        "Detectives from Scotland Yard and its Directorate of Professional Standards are investigating. "
        "Figures were published by admissions service Ucas. The computer is at the US space agency's (Nasa) "
        "research centre."
    )
    assert names_of("organisation", text) == [
        "Scotland Yard",
        "Directorate of Professional Standards",
        "Ucas",
        "Nasa",
    ]
    assert "Scotland" not in names_of("place", text)
    assert names_of("organisation", "The Treasury said so. A Treasury spokesman agreed.") == ["Treasury", "Treasury"]
    # a bracketed word after anything but a body's kind is no acronym of a body
    assert names_of("organisation", "He sang the song (Angie) in the studio.") == []


def test_a_place_or_a_great_citys_side_is_no_ones_name() -> None:
    # a place's whole name is no person's, even when a speech verb follows it
    assert names_of("person", "Beverly Hills said the ban would stay. Rio de Janeiro was hot.") == []
    # a name a great city ends, with no given name to open it, is a body; the city alone is it too
    text = "Newcastle joined the race to sign Real Madrid striker Fernando Morientes. I have told Madrid so."
    found = kinds_of(text, "Morientes race")
    assert ("organisation", "Real Madrid") in found and ("organisation", "Madrid") in found
    assert ("place", "Madrid") not in found and ("person", "Real Madrid") not in found
    # two sides of one city leave the city alone as it was
    both = kinds_of("Inter Milan and AC Milan met. Milan is wet.", "Derby")
    assert ("organisation", "Milan") not in both
    # a sentence's opening word before a country makes no body
    report = "Had England won the 2-1 game in the Six Nations, the coach would stay. England lost."
    assert ("organisation", "Had England") not in kinds_of(report, "England lose")


def test_a_players_club_in_brackets_after_his_name_in_a_squad() -> None:
    squad = (
        "Scotland squad for the Six Nations: Phil Godman (Edinburgh Rugby), Calvin Howarth (Glasgow Rugby), "
        "Gordon Bulloch (captain, Glasgow Rugby), Christophe Dominici (Stade Francais). Referee: H Webb (S Yorkshire)."
    )
    found = kinds_of(squad, "Scotland name squad")
    clubs = [s for k, s in found if k == "organisation" and s != "Scotland"]
    assert clubs == ["Edinburgh Rugby", "Glasgow Rugby", "Glasgow Rugby", "Stade Francais"]
    assert not [s for k, s in found if k == "person" and s.endswith(("Rugby", "Francais"))]
    assert ("organisation", "S Yorkshire") not in found  # a referee's county, by its initial
    # a full name in brackets after a lowercase word is a person named in passing
    quote = "She played a player (Alicia Molik) that had just played the final 6-4 6-3."
    assert ("person", "Alicia Molik") in kinds_of(quote, "Davenport wins")


def test_welsh_bodies_a_nations_service_of_a_broadcaster_and_libraries() -> None:
    text = (
        "Plaid Cymru's Elfyn Llwyd told BBC Wales and ITV Wales so. Sinn Fein agreed. The British Library, "
        "the New York Public Library and the Library of Congress hold copies."
    )
    assert names_of("organisation", text) == [
        "Plaid Cymru",
        "BBC Wales",
        "ITV Wales",
        "Sinn Fein",
        "British Library",
        "New York Public Library",
        "Library of Congress",
    ]
    assert "Plaid Cymru" not in names_of("person", text)
    # a programme named after the nation's service is not the service
    assert "BBC Scotland" not in names_of("organisation", "He presented BBC Scotland Investigates on Monday.")


def test_who_after_a_two_word_name_says_a_person() -> None:
    text = "She hoped to meet DiCaprio and Keanu Reeves. Keanu Reeves, who presented the award, smiled."
    assert names_of("person", text) == ["Keanu Reeves", "Keanu Reeves"]
    # a club, a band after "the", a studio after its kind, a place: "who" is said of them too
    assert names_of("person", "Leeds Tykes, who lost, and St Helens, who won.") == []
    assert names_of("person", "The award went to the Tamil Tigers, who want a state.") == []
    assert names_of("person", "He was offered it by the studio Focus Features, who had paid.") == []


def test_a_one_word_or_place_named_club_in_brackets_in_a_squad_list() -> None:
    squad = (
        "Forwards: Robbie Russell (London Irish), Bruce Douglas (Borders), Olivier Magne (Brive). "
        "Referee: Andrew Small (South Yorkshire). Next game (Sat) after the 2-1 win in the Six Nations."
    )
    found = kinds_of(squad, "Scotland name squad")
    assert [s for k, s in found if k == "organisation" and s != "Scotland"] == ["London Irish", "Borders", "Brive"]


def test_a_month_and_a_firms_first_name_are_no_places() -> None:
    text = "In March this year, the mortgage lender Bradford & Bingley said. Serbia & Montenegro won."
    assert not {"March", "Bradford"} & set(names_of("place", text))
    assert "Serbia" in names_of("place", text)  # a country written with "&" is still one
    assert names_of("organisation", text)[0] == "Bradford & Bingley"
    assert names_of("place", "Floods hit Leeds and Bradford in May.") == ["Leeds", "Bradford"]


def test_skys_channels_named_by_their_subject_are_channels() -> None:
    text = "Sky Networks runs Sky News, Sky Travel and Sky Movies. The sky was blue over Sky Sports News Live."
    assert names_of("organisation", text) == ["Sky Networks", "Sky News", "Sky Travel", "Sky Movies"]


def test_britains_metropolitan_counties_and_named_regions_are_places() -> None:
    text = "He lives in West Yorkshire, not Merseyside, and works in North London, the Highlands and South Wales."
    assert names_of("place", text) == ["West Yorkshire", "Merseyside", "North London", "Highlands", "South Wales"]


def test_a_park_after_a_locative_word_is_no_person() -> None:
    assert names_of("person", "They will build a new stadium in Stanley Park by 2007.") == []
    assert names_of("person", "He spoke to Nick Park about the film.") == ["Nick Park"]


def test_a_place_before_an_events_word_is_no_side() -> None:
    report = (
        "Davenport will face former Wimbledon champion Conchita Martinez after a 6-1 6-3 win. "
        "Federer claimed the Dubai Championship trophy."
    )
    found = kinds_of(report, "Davenport wins")
    assert not {s for k, s in found if k == "organisation"} & {"Wimbledon", "Dubai"}
