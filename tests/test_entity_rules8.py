"""Names of the eighth pass of issue 16."""

from __future__ import annotations

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from tests.helpers import kinds_of, names_of

EMPTY = Registry()


def test_a_city_before_an_ensemble_word_is_where_the_act_comes_from() -> None:
    assert names_of("place", "Glasgow group Franz Ferdinand won two prizes, as did Keane.") == ["Glasgow"]
    assert names_of("place", "Manchester duo Elbow played first.") == ["Manchester"]
    # a name people are given is not taken on that evidence: "the Mercedes group" is the firm
    assert names_of("place", "Mercedes group profits fell last year.") == []
    # the word alone, opening a sentence, is still not enough
    assert names_of("place", "Glasgow won praise. Others did not.") == []


def test_constituencies_named_by_a_british_place() -> None:
    text = (
        "Mr Blunkett entered Parliament for Sheffield Brightside in 1987, after first contesting the Sheffield "
        "Hallam seat in 1974. Rates ranged from 10% in Bristol South and Leeds Central to 62% elsewhere."
    )
    assert names_of("place", text) == ["Sheffield Brightside", "Sheffield Hallam", "Bristol South", "Leeds Central"]
    # a party's seat, a club, and a compass word after a name no British place opens are not seats
    assert names_of("place", "He held the Labour seat. Fans in Preston North End colours sang.") == []
    assert "Erewash" in names_of("place", "Kilroy-Silk is to contest the Derbyshire seat of Erewash.")


def test_a_place_set_off_by_a_comma_before_its_country_or_county() -> None:
    text = "He swore during a concert in St Thomas, Jamaica, in January. A man from Pease Pottage, West Sussex, died."
    assert names_of("place", text) == ["St Thomas", "Jamaica", "Pease Pottage", "West Sussex"]
    # a body's name, a list, a possessive after the country, and what follows no place are not
    assert "Clare College" not in names_of("place", "He studied at Clare College, Cambridge.")
    assert "Harvard" not in names_of("place", "Papers are kept at Harvard, Oxford and Yale.")
    assert "Yukos" not in names_of("place", "It holds shares in Yukos, Russia's biggest oil firm.")
    assert "Media Player" not in names_of("place", "Flaws in Media Player, Windows Messenger and Outlook.")


def test_a_country_after_native_is_the_country_in_a_sports_report() -> None:
    report = (
        "Holland beat France 2-1 in the World Cup qualifier on Saturday. The striker scored twice in the second "
        "half and the midfielder once before the coach made three substitutions. Jol, who has coached in his "
        "native Holland, watched the match."
    )
    kinds = kinds_of(report, "Qualifier report")
    assert kinds.count(("organisation", "Holland")) == 1  # the side that beat France
    assert kinds.count(("place", "Holland")) == 1  # his native country


def test_a_square_is_a_place() -> None:
    text = "Protesters recalled the Tiananmen Square massacre; the premiere was held in Leicester Square."
    assert names_of("place", text) == ["Tiananmen Square", "Leicester Square"]


def test_a_job_at_a_city_in_a_sports_report_is_at_its_club() -> None:
    report = (
        "Ajax have refused to reveal whether they want a new coach after the defeat on Saturday. The striker "
        "scored twice in the second half and the midfielder once. Jol has been linked with the vacant post at "
        "Ajax, and Johan Cruyff, currently a consultant at Barcelona, will help find a head coach."
    )
    got = kinds_of(report, "Coach search")
    assert ("place", "Ajax") not in got and ("place", "Barcelona") not in got
    assert ("organisation", "Barcelona") in got


def test_a_city_that_owns_a_player_in_a_sports_report_is_the_club() -> None:
    report = (
        "England's defensive worries deepened after the withdrawal of Tottenham's Ledley King from the squad. "
        "The striker scored twice in the second half and the midfielder once. The final is at Sydney's Olympic "
        "Stadium, and Russia's Elena Bovina won her match."
    )
    got = kinds_of(report, "Squad news")
    assert ("organisation", "Tottenham") in got
    assert ("place", "Sydney") in got  # a city that owns a ground stays the city
    assert ("place", "Russia") in got  # a country that owns a player is her nationality


def test_the_last_word_of_a_sentence_is_no_cue_for_the_next_one() -> None:
    # "tracks" and "album" are words of works ("the album Parachutes"), but not across a full stop
    text = "Cables run alongside the train tracks. Brian McBride, managing director of the firm, said it works."
    assert names_of("person", text) == ["Brian McBride"]
    assert names_of("person", "They released a new album. Dionne Warwick sang on it.") == ["Dionne Warwick"]
    # an honorific's or an initial's dot still joins: "Mr. Smith"
    assert names_of("person", "He met Mr. Smith on Monday.") == ["Smith"]


def test_a_party_short_form_is_not_part_of_a_persons_name() -> None:
    assert names_of("person", "But Lib Dem Norman Baker accused ministers.") == ["Norman Baker"]
    assert names_of("person", "The Lib Dems said so.") == []


def test_bridge_ends_a_persons_name_after_a_given_name_only() -> None:
    assert names_of("person", "Chelsea's John Terry and Wayne Bridge are also out.") == ["John Terry", "Wayne Bridge"]
    assert names_of("person", "Crowds crossed London Bridge on Sunday.") == []


def test_a_name_after_island_of_or_town_of_is_a_place() -> None:
    text = "She was holidaying on the Thai island of Koh Phi Phi with Eileen Lee. He moved to the town of Kirkcaldy."
    assert names_of("place", text) == ["Koh Phi Phi", "Kirkcaldy"]
    assert names_of("person", text) == ["Eileen Lee"]
    # a demonym, and "state of" (the state of a body), are not
    assert names_of("place", "The city of Italian fashion mourned. The state of Parmalat worsened.") == []
    # a town that several countries have is a place of its own, with no coordinates
    got = find_mentions("doc", "Water", (("Protests spread in the city of El Alto.",),), EMPTY)
    assert [(m.name, m.entity, m.rule) for m in got] == [("El Alto", "el-alto", "landmark")]


def test_a_compound_descriptor_before_a_name_is_no_part_of_it() -> None:
    text = "Fly-half Jonny Wilkinson is out. Film-maker Michael Moore said so. Car-maker Honda's robot Asimo walked."
    assert names_of("person", text) == ["Jonny Wilkinson", "Michael Moore"]
    # a hyphenated given name stays whole, whether both parts are capitalised or not
    assert names_of("person", "Sven-Goran Eriksson met Chung Mong-koo and Ban Ki-moon.") == [
        "Sven-Goran Eriksson",
        "Chung Mong-koo",
        "Ban Ki-moon",
    ]


def test_a_body_named_by_what_it_is_of_keeps_its_and() -> None:
    text = (
        "The Academy of Motion Picture Arts and Sciences announced it. "
        "The Department for Culture Media and Sport agreed."
    )
    assert names_of("organisation", text) == [
        "Academy of Motion Picture Arts and Sciences",
        "Department for Culture Media and Sport",
    ]


def test_a_body_named_by_one_word_of_its_own() -> None:
    text = "He urged Congress to act and the Pentagon said no. The Trades Union Congress met the US Senate."
    assert names_of("organisation", text) == ["Congress", "Pentagon", "Trades Union Congress", "US Senate"]
    assert names_of("organisation", "The Scottish Executive has seconded 11 staff.") == ["Scottish Executive"]


def test_a_body_named_beside_its_kind() -> None:
    text = (
        "Metrovias, the private firm which runs the tube lines, said no. The campaign used a company called "
        "Akamai that helps websites. Companies like SecureWave can restrict it. John Smith, a company director, "
        "spoke."
    )
    assert names_of("organisation", text) == ["Metrovias", "Akamai", "SecureWave"]
    assert names_of("person", text) == ["John Smith"]
    # brands and networks are not bodies; a cut name ending in "of" is none
    text = "Brands such as Dairy Milk sold, via networks called Ultra Wideband. Groups including Friends of the Earth."
    assert "Dairy Milk" not in names_of("organisation", text)
    assert "Ultra Wideband" not in names_of("organisation", text)
    assert "Friends of" not in names_of("organisation", text)


def test_a_listed_company_named_like_a_small_foreign_town_needs_no_cue() -> None:
    assert names_of("organisation", "Nokia and Honda both showed robots on Monday.") == ["Nokia", "Honda"]
    assert names_of("organisation", "Ferries left Dover on Monday.") == []


def test_a_clubs_short_forms_are_the_club() -> None:
    report = (
        "Premiership side Newcastle United face a trip to Yeading in the FA Cup third round. Holders Manchester "
        "United meet Conference side Exeter City, and Notts County host Middlesbrough after the draw on Sunday. "
        "The striker scored twice in the second half.\nYeading v Newcastle\nMan Utd v Exeter\nNotts Co v Middlesbrough"
    )
    got = find_mentions("doc", "Cup draw", ((report,),), EMPTY)
    organisations = {m.surface: m.name for m in got if m.kind == "organisation"}
    assert organisations["Newcastle"] == "Newcastle United"
    assert organisations["Exeter"] == "Exeter City"
    assert organisations["Man Utd"] == "Manchester United"
    assert organisations["Notts Co"] == "Notts County"


def test_a_misspelling_is_no_abbreviation() -> None:
    text = "Games firm Electronic Arts said so; games firm Electronics Arts agreed. Shares in News Corporation fell."
    text += " Shares in News Corp fell too."
    names = names_of("organisation", text)
    assert "Electronic Arts" in names and "Electronics Arts" in names
    assert "News Corp" not in names and "News Corporation" in names


def test_airlines_and_web_addresses_are_companies() -> None:
    text = "Shares in Air China rose and Air Deccan flew. Amazon.com and Sina.com grew. See www.bbc.co.uk/news now."
    got = [(m.name, m.entity) for m in find_mentions("doc", "Report", ((text,),), EMPTY) if m.kind == "organisation"]
    assert got == [
        ("Air China", "air-china"),
        ("Air Deccan", "air-deccan"),
        ("Amazon.com", "amazon"),  # one entity with "Amazon" across the corpus
        ("Sina.com", "sina"),
    ]


def test_stores_like_names_a_store() -> None:
    text = "The deal brings together famous stores like Macy's, creating the largest chain."
    assert names_of("organisation", text) == ["Macy's"]
    assert names_of("organisation", "He spoke to a Newsnight journalist.") == []  # a programme has journalists


def test_substitutes_in_a_line_up_are_players() -> None:
    report = (
        ("Arsenal and Chelsea drew 2-2 at Highbury on Sunday. The striker scored twice in the second half.",),
        (
            "Almunia, Lauren, Toure, Campbell, Cole, Pires, Flamini, Fabregas, Reyes (Clichy 82), Bergkamp, Henry. "
            "Subs Not Used: Senderos, Hoyte.",
        ),
    )
    people = [m.surface for m in find_mentions("doc", "Match report", report, EMPTY) if m.kind == "person"]
    assert {"Clichy", "Senderos", "Hoyte", "Reyes", "Almunia"} <= set(people)


def test_a_city_before_an_occupation_is_where_someone_is_from() -> None:
    assert names_of("place", "Edinburgh architect, Dominic Stephenson, became the first.") == ["Edinburgh"]


def test_a_speakers_role_after_a_comma_makes_an_unfamiliar_name_a_person() -> None:
    text = '"It is a good bet," said Suhas Naik, an investment analyst from ING Mutual Fund.'
    assert names_of("person", text) == ["Suhas Naik"]
    assert names_of("person", '"Rates will rise," said Naris Chaiyasoot, director of the fiscal office.') == [
        "Naris Chaiyasoot"
    ]


def test_a_works_maker_or_actor_is_a_person() -> None:
    assert names_of("person", "The comedy was directed by Sofia Coppola.") == ["Sofia Coppola"]
    # a work's title before a possessive, and a band's, are not
    assert names_of("person", "The film, directed by A Beautiful Mind's Ron Howard, opens.") == ["Ron Howard"]
    assert "Solid Crew" not in names_of("person", "Bullet Boy, starring So Solid Crew rapper Asher D.")


def test_a_role_vouches_for_a_name_that_ends_like_a_word() -> None:
    assert names_of("person", "US hip-hop star Kanye West leads the race.") == ["Kanye West"]
    assert names_of("person", "Bank of England governor Mervyn King spoke.") == ["Mervyn King"]
    # without the role the name stays unread; a role's own words or a feast are no name
    assert names_of("person", "Then Kanye West led the race.") == []
    assert names_of("person", "said Ken Kutaragi, Chief Operating Officer of Sony.") == ["Ken Kutaragi"]


def test_an_acronym_written_as_a_word_in_brackets_names_the_body_after() -> None:
    text = "The Organisation of Petroleum Exporting Countries (Opec) met. Later Opec cut output."
    got = [(m.surface, m.name) for m in find_mentions("doc", "Oil", ((text,),), EMPTY) if m.kind == "organisation"]
    assert got == [
        ("Organisation of Petroleum Exporting Countries", "Organisation of Petroleum Exporting Countries"),
        ("Opec", "Organisation of Petroleum Exporting Countries"),
        ("Opec", "Organisation of Petroleum Exporting Countries"),
    ]


def test_a_generations_mark_is_no_surname() -> None:
    got = find_mentions("doc", "Row", (("Charles Evans Jr battled over his role. Later Mr Evans sued.",),), EMPTY)
    assert {m.name for m in got if m.kind == "person"} == {"Charles Evans Jr"}


def test_a_role_vouches_for_two_initials_in_capitals() -> None:
    assert names_of("person", "Author JK Rowling and singer PJ Harvey won.") == ["JK Rowling", "PJ Harvey"]
    assert names_of("person", "Then PJ Harvey won.") == []  # no role: two capitals may be a firm's ("BA Connect")
