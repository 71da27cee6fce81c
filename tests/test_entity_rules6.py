"""Rules of the sixth pass of issue 16: acronyms that name things (acronyms.py)."""

from __future__ import annotations

from dossier.enrich.entities.acronyms import names_no_body, thing_acronyms
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry

EMPTY = Registry()


def organisations(text: str) -> set[str]:
    return {m.name for m in find_mentions("doc", "A report", ((text,),), EMPTY) if m.kind == "organisation"}


def test_an_acronym_spelled_out_in_lowercase_names_a_thing() -> None:
    assert thing_acronyms("Sales of liquid-crystal displays (LCDs) rose.") == {"LCD"}
    assert thing_acronyms("the SET [science, engineering and technology] industry") == {"SET"}
    assert thing_acronyms("gross domestic product (GDP) grew") == {"GDP"}
    assert thing_acronyms("the trusted platform module (TPM) chip") == {"TPM"}
    text = "Firms worry about corporate social responsibility (CSR). CSR reports are long."
    assert "CSR" not in organisations(text)


def test_an_acronym_spelled_out_as_a_things_name_names_a_thing() -> None:
    text = "Many sets lack adaptors called DVI or HDMI (High-Definition Multimedia Interface) connections."
    assert thing_acronyms(text) == {"HDMI"}
    assert "HDMI" not in organisations(text)


def test_a_bodys_spelled_out_name_keeps_its_acronym() -> None:
    assert thing_acronyms("the Disasters Emergency Committee (DEC) said") == frozenset()
    assert thing_acronyms("the Internet Engineering Task Force (IETF) met") == frozenset()
    assert thing_acronyms("the Confederation of British Industry (CBI) said") == frozenset()
    assert "Confederation of British Industry" in organisations("The Confederation of British Industry (CBI) met.")


def test_words_that_do_not_give_the_initials_spell_nothing() -> None:
    assert thing_acronyms("it was something he (Kerr) said") == frozenset()
    assert thing_acronyms("action was lawful under the existing (UN) resolution") == frozenset()
    assert "UN" in organisations("Action was lawful under the existing (UN) resolution, the UN said.")


def test_an_index_number_or_a_colon_makes_an_acronym_part_of_another_name() -> None:
    text = "the FTSE 100 index rose"
    assert names_no_body(text, 4, 8)
    assert "FTSE" not in organisations("Shares rose and the FTSE 100 index closed higher.")
    assert "NY" not in organisations("Five promoted the crime show CSI:NY on its website.")


def test_a_year_a_digit_or_a_measure_after_an_acronym_keeps_the_body() -> None:
    assert "UEFA" in organisations("He said UEFA 2005 plans were ready.")
    assert "BBC 1" in organisations("He told BBC 1's Breakfast with Frost on Sunday.")  # the channel (channels.py)
    assert "AAA" in organisations("She may defend her indoor AAA 800m title in Sheffield.")
    text = "the FTSE 100. It fell"
    assert names_no_body(text, 4, 8)


def test_a_name_a_works_word_introduces_is_no_organisation_in_the_whole_document() -> None:
    text = (
        "Hoffman is in the UK to publicise his new comedy, Meet the Fockers. "
        "Fockers took $46m. Hanks was in London for the UK premiere of Polar Express. "
        "Polar Express is based on a book. The band Bloc Party played."
    )
    got = organisations(text)
    assert not {"Fockers", "Polar Express", "Bloc Party"} & got
    # a magazine, a label or a group is a body; "play" and "hit" are verbs too
    assert "Stuff" in organisations("So says Oliver Irish, editor of gadget magazine Stuff.")
    assert "British Airways" in organisations("The strike hit British Airways, the airline said.")


def test_a_companys_figures_and_feasts_open_sentences_and_name_no_body() -> None:
    text = "GE made money. Net profit was up 6%. Operating profit fell. Before Christmas, Cairn said so."
    assert not {"Net", "Operating", "Christmas"} & organisations(text)


def test_a_news_agencys_name_keeps_the_country_in_it() -> None:
    got = find_mentions("doc", "A report", (("It was reported by Agence France Presse on Monday.",),), EMPTY)
    assert [(m.name, m.kind) for m in got] == [("Agence France Presse", "organisation")]


def test_a_person_whose_surname_is_chambers_is_a_person() -> None:
    got = find_mentions("doc", "A report", (("It was written with the songwriter Guy Chambers.",),), EMPTY)
    assert [(m.name, m.kind) for m in got] == [("Guy Chambers", "person")]
    assert "Matrix Chambers" in organisations("Lawyers at Matrix Chambers said it was unlawful.")


def test_a_run_after_a_locative_word_that_opens_with_a_place_gives_the_place() -> None:
    got = {
        m.name
        for m in find_mentions("doc", "A report", (("He became an icon in America and the Third World.",),), EMPTY)
    }
    assert "United States" in got
    # not after "of": a work's title ("a rendition of Georgia on My Mind")
    song = "She sang a rendition of Georgia on My Mind for old friends."
    assert not any(m.kind == "place" for m in find_mentions("doc", "A report", ((song,),), EMPTY))
