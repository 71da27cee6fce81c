"""Organisations the corpus has named (corpus_names.py): a name two documents cue is one where a
third gives no cue, within the guards the module lists."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.enrich.entities.corpus_names import RULE, corpus_organisations
from dossier.enrich.entities.mentions import document_mentions, find_mentions
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.registry import Registry

EMPTY = Registry()


@dataclass(frozen=True)
class Doc:
    """What document_mentions reads of a document."""

    id: str
    title: str
    paragraphs: tuple[tuple[str, ...], ...]


def doc(doc_id: str, *paragraphs: str) -> Doc:
    return Doc(doc_id, "A report", tuple((p,) for p in paragraphs))


def organisations(found: dict[str, tuple[Mention, ...]], doc_id: str) -> set[str]:
    return {m.name for m in found[doc_id] if m.kind == "organisation"}


CUED = [
    doc("a", "The deal was struck by search giant Yahoo last week, analysts said."),
    doc("b", "Analysts said on Monday that Yahoo's profits had doubled."),
]
BARE = doc("c", "In 2004 the web portal Bloglines grew, and Yahoo has tweaked its technology since.")


def test_a_name_two_documents_cue_is_an_organisation_where_a_third_gives_no_cue() -> None:
    assert "Yahoo" not in {m.name for m in find_mentions(BARE.id, BARE.title, BARE.paragraphs, EMPTY)}
    found = document_mentions([*CUED, BARE], EMPTY)
    taken = [m for m in found["c"] if m.surface == "Yahoo"]
    assert [(m.kind, m.rule, m.name) for m in taken] == [("organisation", RULE, "Yahoo")]
    paragraph = BARE.paragraphs[taken[0].paragraph][0]
    assert paragraph[taken[0].start : taken[0].end] == "Yahoo"


def test_one_cued_document_is_not_enough() -> None:
    found = document_mentions([CUED[0], BARE], EMPTY)
    assert "Yahoo" not in organisations(found, "c")


def test_a_name_few_of_its_documents_cue_is_not_spread() -> None:
    # two cued texts against nine that would gain the name: under the share (SHARE)
    bare = [doc(f"bare{i}", f"Story {i} says Yahoo has tweaked its technology.") for i in range(9)]
    found = document_mentions([*CUED, *bare], EMPTY)
    assert all("Yahoo" not in organisations(found, d.id) for d in bare)
    found = document_mentions([*CUED, *bare[:3]], EMPTY)
    assert all("Yahoo" in organisations(found, d.id) for d in bare[:3])


def test_a_name_is_taken_only_where_it_stands_alone() -> None:
    longer = doc("d", "Users of the new Yahoo Messenger service complained on Monday.")
    lower = doc("e", "The yahoo at the back shouted, and Yahoo said nothing.")
    opening = doc("f", "Markets were calm. Yahoo has tweaked its technology.")
    found = document_mentions([*CUED, longer, lower, opening], EMPTY)
    assert "Yahoo" not in organisations(found, "d")  # part of a longer name
    assert "Yahoo" not in organisations(found, "e")  # also a lowercase word in its text
    assert "Yahoo" not in organisations(found, "f")  # opens a sentence


def test_sides_and_acronyms_are_not_spread() -> None:
    mention = Mention("ibm", "IBM", "organisation", "IBM", 0, 0, 3, "acronym")
    side = Mention("wales-team", "Wales (team)", "organisation", "Wales", 0, 0, 5, "team")
    lines = {"x": "IBM and Wales", "y": "IBM and Wales", "z": "So IBM and Wales met"}
    texts = [(name, "T", ((line,),)) for name, line in lines.items()]
    found = [(mention, side), (mention, side), ()]
    assert corpus_organisations(texts, found)[2] == ()


def test_the_same_texts_give_the_same_mentions() -> None:
    docs = [*CUED, BARE, doc("g", "Later Yahoo and Google met.")]
    assert document_mentions(docs, EMPTY) == document_mentions(docs, EMPTY)


def people(found: dict[str, tuple[Mention, ...]], doc_id: str) -> set[str]:
    return {m.name for m in found[doc_id] if m.kind == "person"}


def test_a_name_the_corpus_reads_as_a_work_or_a_band_is_no_person_anywhere() -> None:
    works = [
        doc("w1", "Fans queued for the new Harry Potter films, said Harry Smith."),
        doc("w2", "Harry Potter author JK Rowling signed copies in London."),
        doc("w3", "Glastonbury booked the band Franz Ferdinand on Friday."),
    ]
    bare = doc("p", "Harry Potter faces Voldemort again, and Franz Ferdinand played.")
    found = document_mentions([*works, bare], EMPTY)
    assert people(found, "p") == set()
    assert "Harry Smith" in people(found, "w1")  # a real person beside the work stays
    # one reading as a work is not enough (but for a band): "a Mike Leigh film" is a director's
    once = [doc("m1", "The new Mike Leigh films opened."), doc("m2", "Director Mike Leigh spoke on Friday.")]
    assert people(document_mentions(once, EMPTY), "m2") == {"Mike Leigh"}


def test_a_name_the_corpus_reads_as_a_character_is_no_person_anywhere() -> None:
    """A part actors take in turn ("the next James Bond") or an actor's role ("the role of ...")."""
    roles = [
        doc("b1", "Bookmakers shortened his odds of becoming the next James Bond."),
        doc("b2", "Bets on actor Colin Salmon to become the first black James Bond were dismissed."),
    ]
    bare = doc("b3", "Aston Martin cars were famously used by James Bond, said Ulrich Bez.")
    found = document_mentions([*roles, bare], EMPTY)
    assert people(found, "b3") == {"Ulrich Bez"}
    assert "Colin Salmon" in people(found, "b2")  # the actor beside the part stays
    # a government named after its leader, once, leaves the leader a person
    leader = [doc("g1", "It was the first Tony Blair government."), doc("g2", "Tony Blair spoke on Friday.")]
    assert people(document_mentions(leader, EMPTY), "g2") == {"Tony Blair"}


def test_a_person_named_like_a_body_the_corpus_names_is_that_body() -> None:
    banks = [
        doc("r1", "Merrill Lynch said it would cut jobs."),
        doc("r2", "Investment bank Merrill Lynch said profits rose."),
    ]
    misread = doc("r3", "Analyst Merrill Lynch said it would cut jobs.")  # a role before it: a person alone
    assert people(document_mentions([misread], EMPTY), "r3") == {"Merrill Lynch"}
    found = document_mentions([*banks, misread], EMPTY)
    assert "Merrill Lynch" in organisations(found, "r3") and not people(found, "r3")
