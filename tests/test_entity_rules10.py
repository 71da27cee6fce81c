"""Names of the tenth pass of issue 16."""

from __future__ import annotations

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from tests.helpers import names_of

EMPTY = Registry()


def test_a_venue_is_a_place_in_any_report_and_before_the_town_in_its_name() -> None:
    concert = (
        "They played their hits to the Sheffield Arena audience on Monday, then a night at Wembley Stadium "
        "and the Alltel Stadium in Jacksonville."
    )
    assert names_of("place", concert) == ["Sheffield Arena", "Wembley Stadium", "Alltel Stadium", "Jacksonville"]
    # no locative word needed, a possessive or "new" before it will do
    deal = "The realism of the club's deal for their new Emirates Stadium at Ashburton has changed the landscape."
    assert names_of("place", deal) == ["Emirates Stadium", "Ashburton"]
    # a generic first word ("National", "Olympic") opens a venue's name outside sport too
    assert names_of("place", "The championships came to the National Indoor Arena last year.") == [
        "National Indoor Arena"
    ]
    # the town before a possessive stays the town
    assert names_of("place", "The final at Seville's Olympic Stadium drew a crowd.") == ["Sevilla", "Olympic Stadium"]
    # other words of a ground ("Road", "Park") still need a sports report and a locative word
    assert names_of("place", "Shares in Hyde Park Holdings rose.") == []


def test_a_places_stock_market_leaves_the_place_a_place() -> None:
    text = "Indian and Hong Kong stock markets rose. In Hong Kong, shares gained. Nike stock fell."
    assert set(names_of("place", text)) == {"Hong Kong"}
    assert names_of("organisation", text) == ["Nike"]  # "stock" alone still says a company's


SPORT = "Ireland beat the USA 55-6 in the rugby international at Lansdowne Road, with a try in each half."


def players(*paragraphs: str) -> list[tuple[str, str]]:
    found = find_mentions("doc", "A report", ((SPORT,), *((p,) for p in paragraphs)), EMPTY)
    return [(m.kind, m.surface) for m in found if m.paragraph > 0]


def test_a_paragraph_of_initialled_players_is_a_line_up_however_short_and_in_sentences() -> None:
    bench = "S Byrne, S Best, L Cullen, A Foley, P Stringer, R O'Gara, G Dempsey."
    assert {kind for kind, _ in players(bench)} == {"person"}
    assert ("person", "A Foley") in players(bench)
    # backs and forwards in two sentences: every player, none of them a town's side
    side = "G Murphy; S Horgan, K Maggs, T Bowe; D Humphreys, G Easterby; M Horan. F Sheahan, J Hayes, E Miller."
    backs = ["G Murphy", "S Horgan", "K Maggs", "T Bowe", "D Humphreys", "G Easterby", "M Horan"]
    assert players(side) == [("person", s) for s in [*backs, "F Sheahan", "J Hayes", "E Miller"]]
    # places and bodies in a list have no initials: not players
    assert ("person", "Paris") not in players("Rome, Paris, Madrid, Berlin and London were named.")


def test_a_line_up_whose_label_was_lost_still_names_its_players() -> None:
    squad = ": Murphy, Dempsey, Horgan, Maggs, Hickie, O'Gara, Stringer, O'Connell, capt, S Easterby, Hayes, Foley."
    found = players(squad)
    assert {kind for kind, _ in found} == {"person"}
    assert [s for _, s in found][-3:] == ["S Easterby", "Hayes", "Foley"]  # past the captain's mark


def test_line_ups_with_semicolons_particles_and_bullets_name_their_players() -> None:
    leeds = "Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens; Murphy, Palmer (capt), Morgan."
    assert players(leeds)[0] == ("organisation", "Leeds")  # the label: the side
    assert {kind for kind, _ in players(leeds)[1:]} == {"person"}
    assert ("person", "Bell") in players(leeds)  # a player, not the town's side
    boks = ": P Montgomery; B Paulse, M Joubert, De Wet Barry, J van der Westhuyzen; F Du Preez; J van Niekerk."
    assert [s for _, s in players(boks)] == [
        "P Montgomery", "B Paulse", "M Joubert", "De Wet Barry", "J van der Westhuyzen", "F Du Preez", "J van Niekerk"
    ]  # fmt: skip
    squad = "- M Blair (Edinburgh), A Craig (Glasgow), C Cusiter (Borders), A Henderson (Glasgow),"
    assert [s for kind, s in players(squad) if kind == "person"] == ["M Blair", "A Craig", "C Cusiter", "A Henderson"]


def test_a_sentences_first_word_before_a_given_name_and_a_surname_is_a_description() -> None:
    text = (
        'Keeper Tony Bullock saved it. "Drummer Larry Mullen was there." Bar Keith Gleeson, all are fit. '
        "Referee Andy Turner agreed."
    )
    assert names_of("person", text) == ["Tony Bullock", "Larry Mullen", "Keith Gleeson", "Andy Turner"]
    # a name of three words that opens with a given name keeps it
    assert names_of("person", "Mary Ann Smith came. Then Gordon Brown spoke.") == ["Mary Ann Smith", "Gordon Brown"]


def test_productions_ends_a_companys_name() -> None:
    assert names_of("organisation", "The film was made by Icon Productions last year.") == ["Icon Productions"]


def test_a_plural_possessive_inside_a_bodys_name_and_guilds() -> None:
    text = (
        "He was criticised by the Professional Footballers' Association and the Musicians' Union. "
        "The Writers Guild of America's award went to him, as the Writers' Guild was striking."
    )
    assert names_of("organisation", text) == [
        "Professional Footballers' Association",
        "Musicians' Union",
        "Writers Guild of America",
        "Writers' Guild",
    ]
    # elsewhere the apostrophe still ends the name before it
    assert names_of("person", "Wales' Gareth Thomas scored twice.") == ["Gareth Thomas"]


def test_the_federal_reserve_is_a_standing_body_without_a_head_word() -> None:
    text = "The US Federal Reserve may raise rates. The Federal Reserve met. Pandas live in the Wolong Nature Reserve."
    assert names_of("organisation", text) == ["Federal Reserve", "Federal Reserve"]
