"""Rules of the fifth pass of issue 16 that read one document: an event's word after a body's
name, "Any" opening a sentence, and "and" before a firm's legal form."""

from __future__ import annotations

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry
from dossier.enrich.entities.sports import is_sport_report

EMPTY = Registry()


def kinds(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions("doc", "A report", ((text,),), EMPTY):
        out.setdefault(m.kind, set()).add(m.name)
    return out


def test_a_bodys_name_before_an_events_word_names_the_event() -> None:
    got = kinds("Toshiba spoke at the Consumer Electronics Show in Las Vegas on Thursday.")
    assert "Consumer Electronics" not in got.get("organisation", set())
    assert "Royal Television Society" not in kinds("He won at the Royal Television Society Awards.").get(
        "organisation", set()
    )
    assert "Royal Television Society" in kinds("He joined the Royal Television Society last year.")["organisation"]


def test_any_opening_a_sentence_is_no_organisation() -> None:
    assert "Any" not in kinds("The rebuild cost more. Any profits would depend on the outcome.").get(
        "organisation", set()
    )


def test_and_before_a_firms_legal_form_joins_one_name() -> None:
    got = kinds("China's Baoshan Iron and Steel Co. said it was delaying a share sale.")
    assert "Baoshan Iron and Steel Co" in got["organisation"]
    assert not {"Baoshan Iron", "Steel Co"} & got["organisation"]


def test_a_word_that_opens_a_sentence_and_is_written_in_lowercase_is_no_organisation() -> None:
    text = "The airline cut its fares. Airline profits fell 5% as fuel costs rose."
    assert "Airline" not in kinds(text).get("organisation", set())
    assert "Ryanair" in kinds("The market was calm. Ryanair profits fell 5% as fuel costs rose.")["organisation"]


def test_and_joins_two_subjects_of_a_department_or_school() -> None:
    got = kinds("A Department for Education and Skills spokesman said the Department of Trade and Industry agreed.")
    assert {"Department for Education and Skills", "Department of Trade and Industry"} <= got["organisation"]
    assert not {"Skills", "Department of Trade", "Industry"} & got["organisation"]
    got = kinds("Officials from the Department of Health and Tony Blair's office met.")
    assert "Department of Health" in got["organisation"]
    assert "Tony Blair" in got["person"]


def test_an_ampersand_inside_a_word_keeps_the_acronym_whole() -> None:
    got = kinds("Shares in AT&T rose after the P&O deal, while R&D spending fell.")
    assert {"AT&T", "P&O"} <= got["organisation"]
    assert not {"AT", "T", "P", "O", "R&D", "R", "D"} & got["organisation"]


SPORT = "The coach named his squad after the match; the striker scored a goal in the 2-1 victory."


def test_a_paragraph_of_names_alone_is_a_line_up_in_a_sports_report() -> None:
    lineup = "G Murphy; G Dempsey, S Horgan, K Maggs, D Hickie, R O'Gara, P Stringer; R Corrigan, S Byrne, A Foley."
    found = list(find_mentions("doc", "A report", ((SPORT,), (lineup,)), EMPTY))
    people = {m.name for m in found if m.kind == "person"}
    assert {"G Murphy", "R Corrigan", "S Byrne", "A Foley"} <= people
    assert not [m for m in found if m.kind != "person" and m.paragraph == 1]
    # outside a sports report, or with other words in the paragraph, no line-up
    assert "G Dempsey" not in {m.name for m in find_mentions("doc", "A report", ((lineup,),), EMPTY)}
    mixed = ((SPORT,), (lineup.replace("A Foley.", "A Foley, and Ireland won."),))
    assert "K Maggs" not in {m.name for m in find_mentions("doc", "A report", mixed, EMPTY)}


def test_an_unlabelled_line_up_may_open_a_paragraph_before_a_labelled_one() -> None:
    lineup = (
        "Pilkington, Talbot, Buxton, Dimech, Artell, Corden, Murray, Curtis, Neil,Warne, Barker. "
        "Subs Not Used: White, McIntosh, Wood, Lloyd, Herron."
    )
    found = list(find_mentions("doc", "A report", ((SPORT,), (lineup,)), EMPTY))
    people = {m.name for m in found if m.kind == "person"}
    assert {"Pilkington", "Talbot", "Warne", "Barker", "Herron"} <= people
    assert not [m for m in found if m.kind != "person" and m.paragraph == 1]
    # a list of eight names before a sentence is no line-up
    listed = "France, Italy, Spain, Wales, Scotland, Ireland, England, Argentina. The draw is on Monday."
    assert not [m for m in find_mentions("doc", "A report", ((SPORT,), (listed,)), EMPTY) if m.kind == "person"]


def test_words_other_news_uses_weigh_half_in_a_sports_report() -> None:
    business = "The board set a final date and will try again next season to beat the deadline."
    assert not is_sport_report(business)  # five weak words: two and a half points
    assert is_sport_report("The striker scored; the coach praised the squad.")  # four words of sport
    assert is_sport_report("The striker scored as the season ended 2-1.")  # two words, a weak one, a score
    assert not is_sport_report("The striker scored as the season ended.")
