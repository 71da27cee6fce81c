"""A bare surname several people have: joined by its article's company, or kept apart (surname_context.py)."""

from __future__ import annotations

from dossier.enrich.entities.corpus_index import resolve_corpus
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.surname_context import SurnameContext, same_person

CABINET = ["Gordon Brown", "David Blunkett", "Jack Straw", "John Reid", "Alan Milburn"]
FILLER = 200  # articles naming nobody here: a name in 2 of 200 articles is rare, as in a real corpus


def _key(name: str) -> str:
    return name.lower().replace(" ", "-")


def _named(*names: str) -> tuple[Mention, ...]:
    """Resolved mentions of people named in full, one each."""
    return tuple(Mention(_key(n), n, "person", n, 0, 0, len(n), "name") for n in names)


def _bare(surname: str) -> Mention:
    return Mention(_key(surname), surname, "person", surname, 1, 0, len(surname), "surname", resolved=False)


def _corpus(**docs: tuple[Mention, ...]) -> dict[str, tuple[Mention, ...]]:
    filler = {f"filler-{i}": _named(f"Person Number{i}") for i in range(FILLER)}
    return {**docs, **filler}


def _final(corpus: dict[str, tuple[Mention, ...]], doc_id: str, surface: str) -> str:
    index = resolve_corpus(corpus)
    return next(m.entity for m in index.mentions[doc_id] if m.surface == surface)


def test_a_shared_surname_joins_the_person_whose_company_its_article_keeps() -> None:
    corpus = _corpus(
        pm=_named("Tony Blair", *CABINET),
        pm2=_named("Tony Blair", *CABINET[:3]),
        wife=_named("Cherie Blair", "Hugh Grant"),
        police=_named("Ian Blair", "Ken Livingstone"),
        mr=(*_named(*CABINET[:4]), _bare("Blair")),
    )
    assert _final(corpus, "mr", "Blair") == "tony-blair"
    assert resolve_corpus(corpus).entities["tony-blair"].documents == ("pm", "pm2", "mr")


def test_three_names_in_common_are_not_enough() -> None:
    """A league and two clubs: what any two reports of one sport share."""
    corpus = _corpus(
        wales=_named("Mark Hughes", "Newcastle", "Bolton", "Gary Speed"),
        aviator=_named("Howard Hughes", "Leonardo DiCaprio"),
        match=(*_named("Newcastle", "Bolton", "Gary Speed"), _bare("Hughes")),
    )
    assert _final(corpus, "match", "Hughes") == "hughes--match"


def test_two_people_in_the_same_company_keep_the_surname_apart() -> None:
    corpus = _corpus(
        one=_named("Alan Smith", *CABINET),
        two=_named("Walter Smith", *CABINET),
        three=(*_named(*CABINET), _bare("Smith")),
    )
    assert _final(corpus, "three", "Smith") == "smith--three"


def test_one_person_written_two_ways_does_not_compete_with_itself() -> None:
    squad = ["Denis Hickie", "Ronan O'Gara", "Peter Stringer", "Paul O'Connell", "Brian O'Driscoll"]
    corpus = _corpus(
        test1=_named("S Byrne", *squad),
        test2=_named("Shane Byrne", *squad),
        athletics=_named("Jolene Byrne", "Sonia O'Sullivan"),
        lineup=(*_named(*squad), _bare("Byrne")),
    )
    assert _final(corpus, "lineup", "Byrne") in {"s-byrne", "shane-byrne"}


def test_a_surname_that_is_a_given_name_in_its_article_is_never_joined() -> None:
    """ "Howard" beside "Howard Flight": the word may be the MP's given name, not Michael Howard."""
    corpus = _corpus(
        leader=_named("Michael Howard", *CABINET),
        leader2=_named("Michael Howard", *CABINET),
        film=_named("Ron Howard", "Tom Hanks"),
        flight=(*_named("Howard Flight", *CABINET), _bare("Howard")),
    )
    assert _final(corpus, "flight", "Howard") == "howard--flight"
    context = SurnameContext(corpus)
    assert context.evidence("flight", "michael-howard", ["michael-howard", "ron-howard"])[1] == len(CABINET)


def test_a_small_corpus_never_joins_a_shared_surname() -> None:
    """In a handful of articles every name is common, so no company is evidence enough."""
    corpus = {
        "pm": _named("Tony Blair", *CABINET),
        "wife": _named("Cherie Blair", "Hugh Grant"),
        "mr": (*_named(*CABINET), _bare("Blair")),
    }
    assert _final(corpus, "mr", "Blair") == "blair--mr"


def test_a_hyphenated_surname_alone_finds_the_one_person_named_with_it() -> None:
    corpus = {
        "launch": _named("Robert Kilroy-Silk"),
        "later": (_bare("Kilroy-Silk"),),
    }
    assert _final(corpus, "later", "Kilroy-Silk") == "robert-kilroy-silk"


def test_same_person_reads_initials_against_given_names() -> None:
    assert same_person("S Byrne", "Shane Byrne")
    assert same_person("J. Hayes", "John Hayes")
    assert same_person("Shane Byrne", "Shane Byrne")
    assert not same_person("Sam Jones", "Steve Jones")
    assert not same_person("S Byrne", "S Jones")
    assert not same_person("Byrne", "S Byrne")
    assert not same_person("J R Hayes", "John Hayes")
