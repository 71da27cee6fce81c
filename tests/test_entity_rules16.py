"""Names of the seventeenth pass of issue 16: a describing word before a name, anywhere."""

from __future__ import annotations

from tests.helpers import names_of


def test_a_word_no_list_knows_as_a_given_name_before_a_given_name_and_a_surname_describes_the_person() -> None:
    text = (
        "Dent will meet Swede Joachim Johansson on Sunday. A row was sparked by Blairite Alan Milburn "
        "being brought in. He has served under Presidents George W Bush and Bill Clinton."
    )
    assert names_of("person", text) == ["Joachim Johansson", "Alan Milburn", "George W Bush", "Bill Clinton"]


def test_a_longer_run_a_given_name_of_the_broad_list_or_a_saint_keep_the_words_before() -> None:
    # a song's title: four words from the given name on, no person
    assert "Will Tear Us Apart" not in names_of("person", "They covered Love Will Tear Us Apart at the show.")
    # "Saint" before a given name names a saint, a place or a body, never a description
    assert "Bernard Software" not in names_of("person", "The filter was made by Saint Bernard Software in 2004.")
    # the first of two given names stays: "Mary Ann Smith" is three names
    assert names_of("person", "The award went to Mary Ann Smith on Friday.") == ["Mary Ann Smith"]


def test_a_capitalised_common_word_before_a_name_like_word_is_no_person() -> None:
    """The document writes the first word in small letters too: a word, not a given name."""
    text = (
        "The original stars of Swedish pop quartet Abba have reunited for the premiere. "
        "Original Abba member Bjorn Ulvaeus set about translating the musical. Almost all of "
        "Abba's original songs were written in English."
    )
    people = names_of("person", text)
    assert "Original Abba" not in people and "Bjorn Ulvaeus" in people


def test_titles_and_given_names_open_names_whatever_the_text_says() -> None:
    text = (
        "Lord Falconer spoke for the lord chancellor's office on Monday. "
        "Will Smith said he will return to London next year."
    )
    assert names_of("person", text) == ["Lord Falconer", "Will Smith"]


def test_sentence_adverbs_modals_and_quantifiers_open_no_name() -> None:
    text = (
        "Several Hollywood stars feature in the drama. Often Pipex is blamed by users. "
        '"Maybe I\'ll be in for some stick," said Harry Redknapp.'
    )
    people = names_of("person", text)
    assert not {"Several Hollywood", "Often Pipex", "Maybe I'll"} & set(people)
    assert "Harry Redknapp" in people


def test_a_nationality_before_a_given_name_and_a_surname_says_where_the_person_is_from() -> None:
    """By the word's ending ("Belgian", "Kenyans", "Dutchman") or as one of the nationalities no
    ending marks ("Briton", "Czech", "Spaniard"), anywhere in a sentence."""
    text = (
        "The field includes Belgian Justine Henin-Hardenne and Hungarian Melinda Czink. Champion "
        "Briton Hayley Yelling runs too, and Czech Jiri Novak lost to fellow Spaniard Guillermo "
        "Garcia-Lopez. It will be between himself, Dutchman Arnoud Okken and Antonio Reina."
    )
    assert names_of("person", text) == [
        "Justine Henin-Hardenne",
        "Melinda Czink",
        "Hayley Yelling",
        "Jiri Novak",
        "Guillermo Garcia-Lopez",
        "Arnoud Okken",
        "Antonio Reina",
    ]


def test_a_nationality_that_is_also_a_given_name_stays_the_name() -> None:
    text = "Singer Dane Bowers was there with Christian Ziege and Adrian Chiles on Friday."
    assert names_of("person", text) == ["Dane Bowers", "Christian Ziege", "Adrian Chiles"]


def test_a_centre_is_a_body_unless_a_word_before_it_makes_it_a_building() -> None:
    text = (
        "The Foreign Policy Centre and the Simon Wiesenthal Center joined the European Roma Rights "
        "Centre. Shoppers at Bluewater Shopping Centre said the Scottish Exhibition and "
        "Conference Centre was busy, as was the World Trade Centre."
    )
    assert names_of("organisation", text) == [
        "Foreign Policy Centre",
        "Simon Wiesenthal Center",
        "European Roma Rights Centre",
    ]
    assert names_of("person", text) == []
