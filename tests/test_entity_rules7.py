"""Places of the seventh pass of issue 16: country names that hold "and" or a shortened "Saint",
countries dissolved since GeoNames listed them, and places whose coordinates are unknown."""

from __future__ import annotations

import json

from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.gazetteer_sources import centre
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from dossier.models import EntityInfo, EntityRef, PlaceInfo
from dossier.render.entities import names_shard

EMPTY = Registry()


def found(text: str, title: str = "A report") -> list[tuple[str, str, str]]:
    """(kind, name, surface) of every mention in ``text``."""
    return [(m.kind, m.name, m.surface) for m in find_mentions("doc", title, ((text,),), EMPTY)]


def names_of(kind: str, text: str) -> list[str]:
    """The names of the mentions of one kind in ``text``, in text order."""
    return [name for found_kind, name, _ in found(text) if found_kind == kind]


def test_a_country_whose_name_holds_and_stays_whole_inside_a_longer_run() -> None:
    got = found("The last eight pits Jelena Jankovic of Serbia and Montenegro against Sania Mirza of India.")
    assert ("place", "Serbia and Montenegro", "Serbia and Montenegro") in got
    assert not {"Serbia", "Montenegro"} & {name for _, name, _ in got}
    got = found("Officials met in Trinidad and Tobago on Monday, then flew to China and India on Friday.")
    assert [(name, surface) for kind, name, surface in got if kind == "place"] == [
        ("Trinidad and Tobago", "Trinidad and Tobago"),
        ("China", "China"),  # two countries joined by "and" stay two
        ("India", "India"),
    ]


def test_a_country_named_with_a_shortened_saint_is_found() -> None:
    got = found("He flew to St Lucia on Monday and on to St Kitts and Nevis.")
    assert [(name, surface) for kind, name, surface in got if kind == "place"] == [
        ("Saint Lucia", "St Lucia"),
        ("Saint Kitts and Nevis", "St Kitts and Nevis"),
    ]


def test_countries_dissolved_since_are_former_countries_with_their_capitals_coordinates() -> None:
    gazetteer = load_gazetteer()
    for name, lat, lon in (("Serbia and Montenegro", 44.82, 20.46), ("Netherlands Antilles", 12.11, -68.93)):
        place = gazetteer.by_name(name)
        assert place is not None and (place.kind, place.lat, place.lon) == ("former", lat, lon)
    # a former country playing in a match report is its side, as a country is
    report = (
        "The coach guided his side to the 1988 European Championship title with a 2-0 win over the Soviet Union"
        " in the final. His striker scored twice and the goalkeeper saved a penalty before the match ended."
    )
    got = found(report, "Football")
    assert ("organisation", "Soviet Union (team)", "Soviet Union") in got


def test_no_place_lies_at_zero_zero_for_want_of_coordinates() -> None:
    """Countries and regions whose cities have no known population once got 0° N, 0° E; they
    now get the plain mean of their cities' coordinates, and a place with no city gets none."""
    places = load_gazetteer().places
    assert not [p.name for p in places if p.lat == 0 and p.lon == 0]
    palau = next(p for p in places if p.name == "Palau" and p.kind == "country")
    assert palau.lat is not None and palau.lon is not None and 6 < palau.lat < 9 and 134 < palau.lon < 135
    tokelau = next(p for p in places if p.name == "Tokelau")
    assert (tokelau.lat, tokelau.lon) == (None, None)
    cities = [
        {"latitude": 10.0, "longitude": 20.0, "population": 0},
        {"latitude": 12.0, "longitude": 22.0, "population": 0},
    ]
    assert centre(cities) == (11.0, 21.0)
    assert centre([*cities, {"latitude": 40.0, "longitude": 50.0, "population": 100}]) == (40.0, 50.0)
    assert centre([]) == (None, None)


def test_a_place_without_coordinates_shows_its_kind_and_no_map_link() -> None:
    place = PlaceInfo("country", None, None)
    info = EntityInfo(EntityRef("tokelau", "Tokelau", "place"), (), None, None, 1, (), (), place)
    assert json.loads(names_shard([info], {}))["names"]["tokelau"]["place"] == {"kind": "country"}


MATCH = " The striker scored twice and the goalkeeper saved a penalty before the referee ended the match."


def places_in(text: str, title: str = "Match report") -> list[str]:
    return [surface for kind, _, surface in found(text + MATCH, title) if kind == "place"]


def test_a_one_word_ground_after_at_in_a_sports_report_is_a_place() -> None:
    got = found("Scotland face Wales at Murrayfield on Saturday, and the Murrayfield crowd will help." + MATCH)
    assert [(kind, name) for kind, name, surface in got if surface == "Murrayfield"] == [("place", "Murrayfield")] * 2
    assert places_in("Real Madrid lost 1-0 at the Bernabeu on Sunday.") == ["Bernabeu"]
    # not in a report that is no sports report: "at Anfield" there may be the club's offices
    assert "Anfield" not in [s for _, _, s in found("The talks at Anfield went on until the board met again.", "Talks")]


def test_a_name_after_at_that_the_report_uses_as_a_side_is_no_ground() -> None:
    assert "Roma" not in places_in("He spent three years at Roma. Roma beat Lazio 2-1 last week.")
    assert "Roma" not in places_in("He spent three years at Roma before the game against Roma last week.")
    assert not places_in("He spent a year at Spurs.")  # a plural: a nickname or an event ("the Europeans")
    assert not places_in("The show's best audience came at Christmas 1986.")
    assert places_in("Ulster played at the Paseo de Anoeta stadium.") == []  # part of a longer name
    assert places_in("Safin won the final.", "Safin relieved at Aussie recovery") == []  # a headline's modifier


def test_a_town_named_as_where_someone_is_from_or_a_body_is_based_is_a_place() -> None:
    text = (
        "Ballymena sprinter Paul Brizzel will run. 'It hurt,' says the Waterford man, who trains in Ireland. "
        "The Cambridge-based firm agreed. Thanou, the Olympic women's silver medallist, ran too. "
        "Pop band Busted split, and the Leicester singer sang."
    )
    got = {surface: name for kind, name, surface in found(text) if kind == "place"}
    assert got == {
        "Ballymena": "Ballymena",
        "Waterford": "Waterford, Ireland",  # Ireland's: the story names it (the larger is Michigan's)
        "Ireland": "Ireland",
        "Cambridge": "Cambridge",
        "Leicester": "Leicester",  # "Pop band": a genre, no place
    }


def test_a_clubs_job_or_a_players_move_names_the_side_after_a_locative_word() -> None:
    report = (
        "Ranieri took charge of Valencia in 1997 and was replaced at Chelsea by Jose Mourinho. "
        "Juninho was signed from Middlesbrough, despite interest from Hamburg." + MATCH
    )
    got = {surface: (kind, name) for kind, name, surface in found(report, "Football")}
    for club in ("Valencia", "Chelsea", "Middlesbrough", "Hamburg"):
        assert got[club] == ("organisation", f"{club} (team)")
    # a locative word alone still names the place
    assert ("place", "Madrid", "Madrid") in found("He lives in Madrid now." + MATCH, "Football")


def test_a_club_that_owns_a_players_full_name_is_no_person() -> None:
    report = "Aston Villa's Thomas Hitzlsperger is waiting to learn his future at Villa Park." + MATCH
    got = [(kind, name) for kind, name, surface in found(report, "Football") if surface == "Aston Villa"]
    assert got == [("organisation", "Aston Villa")]
    # a manager's side is no person either way, and a person keeps his name
    managed = found("Alex Ferguson's Manchester United beat Arsenal 2-0." + MATCH, "Football")
    assert ("person", "Alex Ferguson", "Alex Ferguson") in managed


def test_small_words_and_an_agent_are_no_part_of_a_name() -> None:
    got = found("Once Rangers had scored, the game was over. Agent Brian Hassell said nothing." + MATCH, "Football")
    assert ("person", "Brian Hassell", "Brian Hassell") in got
    assert not [name for _, name, _ in got if name.startswith(("Once", "Agent"))]
    got = found("Comic Joe Pasquale won the show. Earlier, Labour said so. Sure Robbie Williams sang.")
    assert ("person", "Joe Pasquale", "Joe Pasquale") in got
    assert not [name for _, name, _ in got if name.startswith(("Comic", "Earlier", "Sure"))]


def test_a_channel_is_an_organisation_apart_from_its_broadcaster() -> None:
    text = (
        "The show moves from BBC Two to BBC One, while Channel 4 and ITV1 fight back. BBC Radio 1 played it, "
        "as did BBC 6 Music and Sky One. He told BBC Radio Five Live's reporter; the BBC said no."
    )
    got = names_of("organisation", text)
    assert got == [
        "BBC Two", "BBC One", "Channel 4", "ITV1", "BBC Radio 1", "BBC 6 Music", "Sky One",
        "BBC Radio Five Live", "BBC",
    ]  # fmt: skip
    stations = [(name, surface) for _, name, surface in found("BBC Radio 2 played it. Later Radio 2 and Radio 1 did.")]
    assert stations == [("BBC Radio 2", "BBC Radio 2"), ("BBC Radio 2", "Radio 2"), ("Radio 1", "Radio 1")]
    # a number after another acronym is a version or a sponsor's, and a longer name goes on
    names = [name for _, name, _ in found("The RBS 6 Nations, IE 6, USB 2.0 and BBC 100 Greatest.")]
    assert not [name for name in names if any(digit in name for digit in "0126")]


def test_an_awards_story_is_no_sports_report() -> None:
    from dossier.enrich.entities.sports import is_sport_report

    awards = (  # a victory, a season, a debut, a final, a clash and a draw: six halves of sport
        "Glasgow group Franz Ferdinand won two awards, a victory that crowns their season. The Birmingham "
        "singer's debut album took the final award after a clash with the Streets, the band's biggest draw."
    )
    assert not is_sport_report(awards)
    got = found(awards, "Band wins the final award")
    assert ("place", "Birmingham", "Birmingham") in got and not [n for k, n, _ in got if n.endswith("(team)")]
    assert is_sport_report("The striker scored twice in the league match and the coach praised the squad.")


def test_a_season_is_no_place_unless_a_place_follows_it() -> None:
    assert not [name for _, name, _ in found("The new show will launch in Spring next year.")]
    assert ("place", "Spring", "Spring") in found("The firm moved to Spring, Texas, last year.")


def test_an_air_force_is_an_organisation_and_its_country_no_place_inside_it() -> None:
    got = found("Tankers for the US Air Force were cancelled, and the Royal Air Force agreed.")
    assert [(kind, name) for kind, name, _ in got] == [
        ("organisation", "US Air Force"),
        ("organisation", "Royal Air Force"),
    ]


def test_a_fixture_line_names_its_two_sides() -> None:
    paragraphs = (
        ("Arsenal were handed a home tie in the FA Cup draw, and the striker scored in the league match.",),
        ("Charlton Athletic v Leicester City",),
        ("Arsenal v West Ham or Sheffield United",),
    )
    got = {(m.kind, m.surface) for m in find_mentions("doc", "Cup draw", paragraphs, EMPTY)}
    assert {("organisation", "Charlton Athletic"), ("organisation", "Arsenal")} <= got


def test_a_small_word_in_capitals_is_no_acronym() -> None:
    text = "It is certainly NOT the best song. Did they have ANY knowledge? The WHO and the FBI said THE time was near."
    assert names_of("organisation", text) == ["WHO", "FBI"]


def test_letters_for_an_office_or_an_honour_end_a_persons_name() -> None:
    got = found("The inquiry was led by Guy Mansfield QC, and Sir Elton John CBE spoke to Tony Wright MP.")
    assert [(kind, name) for kind, name, _ in got] == [
        ("person", "Guy Mansfield"),
        ("person", "Elton John"),
        ("person", "Tony Wright"),
    ]


def test_a_word_and_a_big_city_name_a_club_in_a_sports_report() -> None:
    report = "Ranieri faced Racing Santander, Steaua Bucharest and Atletico Madrid. Stuart Lancaster watched."
    got = {surface: kind for kind, _, surface in found(report + MATCH, "Football")}
    assert [got.get(club) for club in ("Racing Santander", "Steaua Bucharest", "Atletico Madrid")] == [
        "organisation"
    ] * 3
    assert got["Stuart Lancaster"] == "person"  # a given name first: a person named like a city
    # outside a sports report a great city's name after a word that no list gives as a first name
    # still names a body, not a person (the ninth pass: "Mitsubishi Tokyo", "Real Madrid" in a
    # transfer story with no score in it)
    assert ("organisation", "Atletico Madrid") in {(kind, surface) for kind, _, surface in found(report)}


def test_a_consortium_a_tribunal_a_panel_and_systems_head_a_bodys_name() -> None:
    text = "The British Retail Consortium, the Information Tribunal, the Takeover Panel and Cisco Systems agreed."
    assert names_of("organisation", text) == [
        "British Retail Consortium",
        "Information Tribunal",
        "Takeover Panel",
        "Cisco Systems",
    ]


def test_a_source_named_with_a_capital_the_is_a_body() -> None:
    assert ("organisation", "Sun", "Sun") in found("He told The Sun on Monday that he was happy.")


def test_a_firm_always_written_with_an_s_that_owns_nothing_is_named_so() -> None:
    text = (
        "Fast food giants McDonald's are listed as donors. McDonald's restaurants closed. Tesco's profits rose, "
        "Tesco said. It is Sony's which is the most advanced, Sony said."
    )
    names = set(names_of("organisation", text))
    assert names == {"McDonald's", "Tesco", "Sony"}  # Tesco and Sony are also written bare


def test_an_acronym_is_the_one_body_named_in_full_whose_initials_it_gives() -> None:
    text = "Marks & Spencer said sales fell, and M&S shares rose. British Airways and BA staff agreed; the AA too."
    got = [(name, surface) for kind, name, surface in found(text) if kind == "organisation"]
    assert ("Marks & Spencer", "M&S") in got and ("British Airways", "BA") in got
    assert ("AA", "AA") in got  # no body named in full gives its initials: left as it is


def test_a_place_listed_before_a_registry_name_is_found() -> None:
    from dossier.enrich.entities.registry import parse_registry

    registry = parse_registry(
        "test", {"entities": [{"name": "Europe", "kind": "place"}, {"name": "France", "kind": "place"}]}
    )
    text = "Growth in Japan and Europe slowed; fans filled the Stade de France; it ships in March for Europe."
    got = [(m.kind, m.surface) for m in find_mentions("doc", "A report", ((text,),), registry)]
    assert ("place", "Japan") in got  # the run "Japan and" had ended with its joining word
    assert ("place", "Stade") not in got and ("place", "March") not in got


def test_a_welsh_county_is_found_by_its_english_name() -> None:
    gazetteer = load_gazetteer()
    for name in ("Powys", "Torfaen"):
        place = gazetteer.by_name(name)
        assert place is not None and (place.name, place.kind, place.country) == (name, "region", "GB")
    assert ("place", "Powys", "Powys") in found("She moved to Powys, in Wales, nearly 20 years ago.")


def test_regions_of_the_world_and_holyrood_are_places() -> None:
    text = "Growth in South Asia and North Africa outpaced the Asia Pacific region, MSPs at Holyrood heard."
    assert names_of("place", text) == [
        "South Asia",
        "North Africa",
        "Asia Pacific",
        "Holyrood",
    ]
