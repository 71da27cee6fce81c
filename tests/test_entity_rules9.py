"""Names of the ninth pass of issue 16."""

from __future__ import annotations

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry

EMPTY = Registry()


def names_of(kind: str, text: str, title: str = "A report") -> list[str]:
    """The names of the mentions of one kind in ``text``, in text order."""
    return [m.name for m in find_mentions("doc", title, ((text,),), EMPTY) if m.kind == kind]


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
