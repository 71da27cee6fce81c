"""Names of the tenth pass of issue 16."""

from __future__ import annotations

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry

EMPTY = Registry()


def names_of(kind: str, text: str, title: str = "A report") -> list[str]:
    """The names of the mentions of one kind in ``text``, in text order."""
    return [m.name for m in find_mentions("doc", title, ((text,),), EMPTY) if m.kind == kind]


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
