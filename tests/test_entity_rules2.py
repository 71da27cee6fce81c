"""Rules of the second pass of issue 16, one small case each: the broad given-names list, names
listed together, appositive roles, works and workplaces that are no people, organisations by
head word, context and lists, demonyms, seas, islands and grounds, and the sports-report test."""

from __future__ import annotations

from dossier.enrich.entities.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from dossier.enrich.entities.lists import coordinated
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from dossier.enrich.entities.shapes import is_given
from dossier.enrich.entities.sports import is_sport_report

EMPTY = Registry()


def names(text: str, kind: str) -> list[str]:
    found = find_mentions("doc", "A report", tuple((p,) for p in text.split("\n\n")), EMPTY)
    return sorted({m.name for m in found if m.kind == kind})


# People


def test_the_broad_list_knows_given_names_of_many_countries() -> None:
    assert {"olivier", "kazuhiro", "sylvain", "jelena", "akira"} <= COMMON_GIVEN_NAMES
    assert "olivier" not in GIVEN_NAMES  # the hand-written list stays as it was
    assert not {"paris", "london", "danish", "lets"} & COMMON_GIVEN_NAMES  # places, languages, noise


def test_a_name_of_the_broad_list_opens_a_full_name() -> None:
    text = "The replacements were Olivier Magne and Sylvain Marconnet, who came on late."
    assert names(text, "person") == ["Olivier Magne", "Sylvain Marconnet"]


def test_a_broad_given_name_the_document_uses_as_a_word_needs_more() -> None:
    text = "Grace Hill was the venue. They prayed for grace before the vote."
    assert names(text, "person") == []


def test_hyphenated_given_names_count_when_each_part_is_one() -> None:
    assert is_given("jean-philippe") and is_given("sven-goran")
    assert not is_given("kung-fu")
    assert names("The team of Sven-Goran Eriksson lost again on Sunday.", "person") == ["Sven-Goran Eriksson"]


def test_a_given_name_that_is_also_a_word_opens_a_name() -> None:
    assert names("The comedy was co-written by Bill Cosby last year.", "person") == ["Bill Cosby"]


def test_words_before_a_given_name_are_not_part_of_the_name() -> None:
    text = "He will meet Frenchman Arnaud Clement in the first round."
    assert names(text, "person") == ["Arnaud Clement"]


def test_names_listed_with_a_person_are_people() -> None:
    text = "The film stars Robert De Niro, Dustin Hoffman and Barbra Streisand in the lead roles."
    assert "Barbra Streisand" in names(text, "person")


def test_a_role_after_a_comma_makes_a_person() -> None:
    text = "Assad Omar, Afghanistan's envoy to the talks, welcomed the move."
    assert names(text, "person") == ["Assad Omar"]


def test_an_arabic_article_stays_in_the_name() -> None:
    text = "Mohammed Mustafa al-Jibouri, the trade minister, asked for help."
    assert names(text, "person") == ["Mohammed Mustafa al-Jibouri"]


def test_works_and_bands_are_not_people() -> None:
    text = "Their first hit single Virginia Plain came out in 1972. The film Vera Drake won. Vera Drake is long."
    assert names(text, "person") == []


def test_where_a_person_works_is_not_a_person() -> None:
    text = 'said Michael Heilmann, chief technology officer for Vivendi Universal. "It works," he said.'
    assert names(text, "person") == ["Michael Heilmann"]


def test_foreign_company_words_are_not_names() -> None:
    text = "The offer of Deutsche Boerse was turned down by shareholders on Monday."
    assert names(text, "person") == []


# Organisations


def test_head_words_of_companies_and_newspapers() -> None:
    text = "He signed with Island Records and told the Daily Mirror and the New York Times about it."
    assert names(text, "organisation") == ["Daily Mirror", "Island Records", "New York Times"]


def test_a_person_before_of_is_not_part_of_an_organisation() -> None:
    text = "Analysts such as Kazuhiro Takahashi of Daiwa Securities were wary."
    assert names(text, "organisation") == ["Daiwa Securities"]
    assert names(text, "person") == ["Kazuhiro Takahashi"]


def test_names_listed_with_an_organisation_are_organisations() -> None:
    text = "Studios such as MGM Studios, Disney and Buena Vista back the format, as do Dell and Samsung."
    assert {"Buena Vista", "Disney", "MGM Studios"} <= set(names(text, "organisation"))


def test_which_and_whose_follow_an_organisation() -> None:
    text = "Profits rose. Sales at Nike, whose products are everywhere, were up."
    assert names(text, "organisation") == ["Nike"]


def test_words_before_a_name_make_an_organisation() -> None:
    text = "Dave Prentis, the leader of Britain's biggest union Unison, spoke out."
    assert "Unison" in names(text, "organisation")


def test_a_club_before_a_players_role_in_a_sports_report() -> None:
    text = (
        "Wolves caretaker boss Stuart Gray praised the squad after the match. The striker scored a goal in "
        "the league cup and the coach was happy with the 2-1 win."
    )
    assert "Wolves" in names(text, "organisation")


def test_a_demonym_is_no_organisation() -> None:
    text = "The firm British said nothing, and neither did Pan-European regulators."
    assert names(text, "organisation") == []


def test_and_between_names_splits_a_run() -> None:
    text = "The format is backed by firms Samsung and Phillips."
    assert names(text, "organisation") == ["Phillips", "Samsung"]


# Places


def test_seas_islands_and_rivers_are_places() -> None:
    text = "The pipeline runs from the Black Sea to the Adriatic Sea. The festival is on the Isle of Wight."
    assert names(text, "place") == ["Adriatic Sea", "Black Sea", "Isle of Wight"]


def test_a_ground_after_a_locative_in_a_sports_report() -> None:
    sport = "The match ended 2-1 after a late goal; the coach praised the striker and the league leaders drew."
    assert names(f"They play at Selhurst Park on Saturday. {sport}", "place") == ["Selhurst Park"]
    assert names("The office is at Selhurst Park on Saturday.", "place") == []


# Helpers


def test_lists_group_names_separated_by_commas_and_and() -> None:
    text = "Sony, Toshiba and Dell; later Apple"
    spans = [(0, 4), (6, 13), (18, 22), (30, 35)]
    assert coordinated(text, spans) == [[0, 1, 2]]


def test_a_sports_report_uses_many_words_of_sport() -> None:
    assert is_sport_report("The striker scored a goal in the match and the coach praised the squad.")
    assert not is_sport_report("The match between supply and demand worried the bank.")
