"""Entity mentions: alias merging, surnames within a document, no blind merging across documents,
discovery of unregistered names, noise, Cyrillic, the five seeds, co-occurrence and snippets."""

from __future__ import annotations

import itertools
import random
import re
import time
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.curation import Correction
from dossier.enrich.entities.mentions import (
    EntityIndex,
    Mention,
    _document_mentions,
    cooccurrence,
    document_mentions,
    find_mentions,
    mention_snippet,
    resolve_corpus,
    snippet,
)
from dossier.enrich.entities.model import unit_text
from dossier.enrich.entities.registry import Registry, load_registry
from dossier.extract.metadata import split_furniture
from tests.extraction_cases import seed
from tests.test_render import _doc

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "entities.yml")


def mentions(registry: Registry, *paragraphs: str, title: str = "A report") -> tuple[Mention, ...]:
    return find_mentions("doc", title, tuple((p,) for p in paragraphs), registry)


def keys(found: tuple[Mention, ...], kind: str | None = None) -> dict[str, str]:
    """surface -> entity key (of one kind)."""
    return {m.surface: m.entity for m in found if kind is None or m.kind == kind}


def people(found: tuple[Mention, ...]) -> set[str]:
    return {m.name for m in found if m.kind == "person"}


# Aliases


def test_lavrov_spellings_are_one_person(registry: Registry) -> None:
    found = mentions(registry, "Sergey Lavrov met Sergei Lavrov. Lavrov said: «Лавров прав», Лавровым.")
    spellings = ("Sergey Lavrov", "Sergei Lavrov", "Lavrov", "Лавров", "Лавровым")
    assert keys(found) == dict.fromkeys(spellings, "sergey-lavrov")


def test_truss_britain_and_kyiv_variants_merge(registry: Registry) -> None:
    found = mentions(
        registry,
        "Liz Truss, or Elizabeth Truss, flew from Britain (Great Britain, the UK, the United Kingdom).",
        "She spoke of Kiev, which Ukrainians call Kyiv.",
    )
    assert keys(found) == {
        "Liz Truss": "liz-truss",
        "Elizabeth Truss": "liz-truss",
        "Britain": "united-kingdom",
        "Great Britain": "united-kingdom",
        "UK": "united-kingdom",
        "United Kingdom": "united-kingdom",
        "Kiev": "kyiv",
        "Kyiv": "kyiv",
    }


def test_offsets_point_at_the_surface_in_the_paragraph_text(registry: Registry) -> None:
    paragraphs = (("Talks in Moscow.",), ("First line", "Sergey Lavrov spoke to", "Liz Truss."))
    found = find_mentions("doc", "Lavrov meets Truss", paragraphs, registry)
    for mention in found:
        assert unit_text("Lavrov meets Truss", paragraphs, mention.paragraph)[mention.start : mention.end] == (
            mention.surface
        )
    assert [(m.paragraph, m.surface) for m in found] == [
        (-1, "Lavrov"),
        (-1, "Truss"),
        (0, "Moscow"),
        (1, "Sergey Lavrov"),
        (1, "Liz Truss"),
    ]


# Surnames within a document


def test_a_bare_surname_joins_the_full_name_in_the_same_document(registry: Registry) -> None:
    found = mentions(
        registry,
        "Trade Secretary Patricia Hewitt announced the plan.",
        "Ms Hewitt said it was fair. Hewitt added more.",
        title="Hewitt plans pay rise",
    )
    assert {m.surface: (m.entity, m.name) for m in found} == {
        "Hewitt": ("patricia-hewitt", "Patricia Hewitt"),
        "Patricia Hewitt": ("patricia-hewitt", "Patricia Hewitt"),
    }
    assert all(m.resolved for m in found)


def test_a_registry_person_lends_its_surname_and_given_name(registry: Registry) -> None:
    found = mentions(
        registry, 'Minister for Europe Alan Duncan met officials. "Alan was firm," it said. Duncan agreed.'
    )
    assert keys(found, "person") == {"Alan Duncan": "alan-duncan", "Alan": "alan-duncan", "Duncan": "alan-duncan"}


def test_a_surname_inside_a_longer_name_is_not_a_bare_surname(registry: Registry) -> None:
    found = mentions(registry, "Alan Duncan and Iain Duncan Smith met. Mr Duncan Smith spoke, then Duncan left.")
    assert keys(found) == {
        "Alan Duncan": "alan-duncan",
        "Iain Duncan Smith": "iain-duncan-smith",
        "Duncan Smith": "iain-duncan-smith",
        "Duncan": "alan-duncan",
    }


def test_a_shared_surname_goes_to_the_nearest_full_name_before_it(registry: Registry) -> None:
    found = mentions(registry, "Tony Blair spoke. Blair left.", "Cherie Blair arrived. Mrs Blair smiled. Blair waved.")
    assert [(m.surface, m.entity) for m in found] == [
        ("Tony Blair", "tony-blair"),
        ("Blair", "tony-blair"),
        ("Cherie Blair", "cherie-blair"),
        ("Blair", "cherie-blair"),
        ("Blair", "cherie-blair"),
    ]


def test_mr_surname_is_never_read_as_someone_s_given_name(registry: Registry) -> None:
    found = mentions(registry, "Howard Flight was sacked. Mr Howard said he had played by the rules.")
    assert {(m.surface, m.entity, m.resolved) for m in found} == {
        ("Howard Flight", "howard-flight", True),
        ("Howard", "howard", False),
    }


def test_sir_with_one_word_takes_the_given_name(registry: Registry) -> None:
    found = mentions(registry, "Sir Paul McCartney sang. Later Sir Paul removed his jacket.", title="Sir Paul rocks")
    assert {(m.surface, m.entity) for m in found} == {("Paul McCartney", "paul-mccartney"), ("Paul", "paul-mccartney")}


def test_an_adjective_suffix_is_not_part_of_the_name(registry: Registry) -> None:
    found = mentions(registry, "He avoided any Janet Jackson-style controversy.")
    assert [(m.surface, m.name) for m in found] == [("Janet Jackson", "Janet Jackson")]


# Across documents


def _index(registry: Registry, docs: dict[str, str]) -> EntityIndex:
    return resolve_corpus(
        {doc_id: find_mentions(doc_id, "Report", ((text,),), registry) for doc_id, text in docs.items()}, registry
    )


def _people(index: EntityIndex) -> dict[str, tuple[str, ...]]:
    return {e.key: e.documents for e in index.entities.values() if e.kind == "person"}


def test_two_people_sharing_a_surname_in_different_documents_stay_apart(registry: Registry) -> None:
    index = _index(
        registry,
        {
            "a": "Labour MP John Smith spoke. Mr Smith said no.",
            "b": "Novelist Jane Smith spoke. Ms Smith said yes.",
            "c": "Mr Smith, a farmer, said nothing.",
        },
    )
    assert _people(index) == {"john-smith": ("a",), "jane-smith": ("b",), "smith--c": ("c",)}
    assert index.entities["smith--c"].surname_only
    assert {m.entity for m in index.mentions["a"]} == {"john-smith", "labour-party"}  # "Labour MP": the party


def test_a_lone_surname_joins_the_only_person_known_with_it(registry: Registry) -> None:
    index = _index(registry, {"a": "Chancellor Gordon Brown spoke.", "b": "Mr Brown said no.", "c": "Mr Zog said no."})
    assert _people(index) == {"gordon-brown": ("a", "b"), "zog--c": ("c",)}
    assert [m.name for m in index.mentions["b"]] == ["Gordon Brown"]


def test_registry_identity_and_full_names_merge_across_documents(registry: Registry) -> None:
    index = _index(
        registry,
        {
            "000": "Boris Johnson met his counterpart Sergei Lavrov in Moscow.",
            "002": "Lavrov told Liz Truss that Kiev was reluctant.",
            "003": "Sergey Lavrov met Elizabeth Truss. Chancellor Gordon Brown was absent.",
            "004": "Лавров встретился с Борис Джонсон. Gordon Brown too.",
        },
    )
    entities = index.entities
    assert entities["sergey-lavrov"].documents == ("000", "002", "003", "004")
    assert entities["sergey-lavrov"].aliases == ("Lavrov", "Sergei Lavrov", "Лавров")
    assert entities["liz-truss"].documents == ("002", "003")
    assert entities["boris-johnson"].documents == ("000", "004")
    assert entities["boris-johnson"].wikidata == "Q180589"
    assert entities["gordon-brown"].documents == ("003", "004")
    assert entities["moscow"].kind == "place"


def test_an_acronym_joins_the_organisation_it_stands_for(registry: Registry) -> None:
    index = _index(
        registry,
        {
            "a": "The Confederation of British Industry (CBI) objected.",
            "b": "The CBI objected again.",
            "c": "The TUC too.",
        },
    )
    assert index.entities["confederation-of-british-industry"].documents == ("a", "b")
    assert index.entities["tuc"].documents == ("c",)
    assert not index.entities["tuc"].surname_only


# Discovery beyond the registry


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Russia's Foreign Minister Igor Ivanov arrived.", "Igor Ivanov"),
        ("A spokesman, said chairman Alan Beith, was absent.", "Alan Beith"),
        ("Tory leader Michael Howard attacked the plan.", "Michael Howard"),
        ("Lord Falconer disagreed.", "Lord Falconer"),
        ("Sir Menzies Campbell spoke.", "Menzies Campbell"),
        ("Dr. Anna Kowalski spoke.", "Anna Kowalski"),
        ("President Bush flew in.", "Bush"),
        ("Mr Mubanga said he was innocent.", "Mubanga"),
        ("Former chat show host Robert Kilroy-Silk quit.", "Robert Kilroy-Silk"),
        ("Theresa May said so.", "Theresa May"),
        ("Richard Thomas condemned it, Mr Thomas said.", "Richard Thomas"),
        ("Its ex-UKIP MEP Robert Kilroy-Silk quit.", "Robert Kilroy-Silk"),
        ("Министр Сергей Иванов прибыл.", "Сергей Иванов"),
    ],
)
def test_people_are_found_by_title_role_and_given_name(registry: Registry, text: str, person: str) -> None:
    assert people(mentions(registry, text)) == {person}


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("The Labour Party met.", "Labour Party"),
        ("The Bank of England Governor Mervyn King spoke.", "Bank of England"),
        ("The National Audit Office reported.", "National Audit Office"),
        ("The Foreign and Commonwealth Office agreed.", "Foreign, Commonwealth and Development Office"),
        ("The IAAF banned him.", "IAAF"),
    ],
)
def test_organisations_are_found_by_head_word_and_acronym(registry: Registry, text: str, organisation: str) -> None:
    assert {m.name for m in mentions(registry, text) if m.kind == "organisation"} == {organisation}


@pytest.mark.parametrize(
    "text",
    [
        "The government said on Monday that the plan would go ahead.",
        "In May 2005 the Tories won. March was cold. Friday Night Lights aired.",
        "Yesterday The Minister Said Nothing",  # a Title Case line
        "The minister said nothing, Said Nothing said.",
        "Weapon Deployment In Kyiv Region",
        "GDP rose as the MP and the CEO watched TV with AI and LGBT groups in ICT firms.",
        "The Freedom of Information Act and the General Election loom.",
        "Time Warner said profits rose.",  # a speech verb alone is not enough
        "Rival Boeing said orders rose.",
        "She was a major Manchester landlord.",
        "Madam Minister,",
        "John F. Kennedy airport.",
    ],
)
def test_noise_is_not_a_person(registry: Registry, text: str) -> None:
    assert people(mentions(registry, text)) == set()


def test_a_title_case_title_only_names_what_the_body_names(registry: Registry) -> None:
    found = mentions(
        registry, "Tony Blair said so.", title="Blair Meets Kim Jong Un Rival Amid Sales Gloom At Golden Globe"
    )
    assert [(m.paragraph, m.surface) for m in found] == [(-1, "Blair"), (0, "Tony Blair")]


def test_a_month_that_is_a_surname_needs_a_title(registry: Registry) -> None:
    found = mentions(registry, "Theresa May spoke in May. Mrs May left. May was over.")
    assert [m.surface for m in found] == ["Theresa May", "May"]


def test_headline_lists_give_no_names(registry: Registry) -> None:
    found = mentions(
        registry,
        "Kate Middleton, Prince William Break Silence Over Tragic Shooting In Canada -",
        "Real Reason Kim Kardashian Is Dating Lewis Hamilton -",
    )
    assert people(found) == set()


# The five seeds


@pytest.fixture(scope="module")
def seeds_index(registry: Registry) -> EntityIndex:
    found: dict[str, tuple[Mention, ...]] = {}
    for prefix in ("000_", "001_", "002_", "003_", "004_"):
        title, paragraphs = seed(prefix)
        article, _ = split_furniture(title, paragraphs, Correction())  # as the pipeline does
        found[prefix] = find_mentions(prefix, title, article, registry)
    return resolve_corpus(found, registry)


@pytest.mark.parametrize(
    ("key", "documents"),
    [
        ("sergey-lavrov", ("000_", "002_", "003_", "004_")),
        ("liz-truss", ("002_", "003_", "004_")),
        ("alan-duncan", ("000_",)),
        ("vladimir-titov", ("000_",)),
        ("boris-johnson", ("000_", "004_")),
        ("sergei-skripal", ("000_",)),
        ("james-cleverly", ("003_",)),
        ("united-kingdom", ("000_", "001_", "002_", "003_", "004_")),
        ("kyiv", ("002_", "003_")),
        ("moscow", ("000_", "001_", "002_", "003_", "004_")),
        ("nato", ("002_", "003_")),
        ("osce", ("001_", "003_")),
    ],
)
def test_seed_entities_resolve_to_one_entity_each(
    seeds_index: EntityIndex, key: str, documents: tuple[str, ...]
) -> None:
    assert seeds_index.entities[key].documents == documents


def test_seed_people_are_exactly_the_seven(seeds_index: EntityIndex) -> None:
    assert {e.name for e in seeds_index.of_kind("person")} == {
        "Sergey Lavrov",
        "Liz Truss",
        "Alan Duncan",
        "Vladimir Titov",
        "Boris Johnson",
        "Sergei Skripal",
        "James Cleverly",
    }


def test_seed_spelling_variants_are_aliases(seeds_index: EntityIndex) -> None:
    assert set(seeds_index.entities["sergey-lavrov"].aliases) == {"Lavrov", "Sergei Lavrov"}
    assert set(seeds_index.entities["united-kingdom"].aliases) >= {"Britain", "Great Britain", "UK"}
    assert set(seeds_index.entities["kyiv"].aliases) == {"Kiev"}


def test_seed_cooccurrence_pairs_lavrov_and_truss(seeds_index: EntityIndex) -> None:
    together = dict(cooccurrence(seeds_index)["sergey-lavrov"])
    assert together["liz-truss"] == 3
    assert together["united-kingdom"] == 4


# Co-occurrence


def test_cooccurrence_counts_documents_and_sorts(registry: Registry) -> None:
    index = _index(registry, {"a": "London and Moscow.", "b": "London, Moscow, Vienna.", "c": "London and Vienna."})
    assert cooccurrence(index)["london"] == [("moscow", 2), ("vienna", 2)]
    assert cooccurrence(index, top=1)["vienna"] == [("london", 2)]


def test_cooccurrence_is_fast_on_twenty_thousand_documents() -> None:
    # Shaped like the BBC corpus (6 entities per article on average, 95% at most 13, at most 40),
    # nine times over: 20,000 documents, 30,000 entities of which a few are everywhere.
    rng = random.Random(7)  # noqa: S311 - repeatable test data, not a secret
    population = [Mention(f"entity-{n}", f"Entity {n}", "person", "E", 0, 0, 1, "name") for n in range(30_000)]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(population))))
    documents = {}
    for n in range(20_000):
        size = min(40, 2 + int(rng.expovariate(1 / 5)))
        documents[str(n)] = tuple(rng.choices(population, cum_weights=cumulative, k=size))
    started = time.perf_counter()
    table = cooccurrence(EntityIndex({}, documents))
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"co-occurrence of 20,000 documents took {elapsed:.1f} s"
    assert len(table["entity-0"]) == 10
    assert table["entity-0"][0][0] == "entity-1"


# Snippets


def test_snippet_is_cut_at_words_with_an_ellipsis() -> None:
    text = (
        "In a meeting held in Moscow, Russian Foreign Minister Sergey Lavrov mentioned to his British "
        "counterpart Liz Truss that Russian-British relations have perhaps reached their lowest levels."
    )
    start = text.index("Liz Truss")
    cut = snippet(text, start, start + len("Liz Truss"), width=60)
    assert cut == "…his British counterpart Liz Truss that Russian-British…"
    assert len(cut) <= 62


def test_snippet_of_a_short_text_is_the_text() -> None:
    assert snippet("Lavrov\nsaid  so.", 0, 6) == "Lavrov said so."


@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\u0085", "\u3000"])))
def test_snippet_whitespace_runs_become_one_space_as_with_the_regex(text: str) -> None:
    # snippets.py splits and joins instead of using this regex, for speed: the two must agree
    assert snippet(text, 0, 0, width=10_000) == re.sub(r"\s+", " ", text).rstrip()


def test_snippet_at_the_start_gives_the_room_to_the_right() -> None:
    text = "Lavrov " + "word " * 40
    assert snippet(text, 0, 6, width=30) == "Lavrov word word word word…"


def test_mention_snippet_reads_the_title_or_the_paragraph(registry: Registry) -> None:
    paragraphs = (("Sergey Lavrov met Liz Truss in Moscow on Thursday.",),)
    found = find_mentions("doc", "Lavrov meets Truss", paragraphs, registry)
    assert [mention_snippet("Lavrov meets Truss", paragraphs, m, width=30) for m in found[:3]] == [
        "Lavrov meets Truss",
        "Lavrov meets Truss",
        "Sergey Lavrov met Liz Truss in…",
    ]


def test_documents_with_the_same_text_get_the_same_mentions_each_under_its_own_id(registry: Registry) -> None:
    # document_mentions searches a text saved twice once; each copy still gets its own entry
    text = "Sergei Lavrov met Liz Truss in Moscow.\n\nThe Foreign Office said so."
    first, copy, other = (
        replace(_doc(text, seed="a.txt"), id="a"),
        replace(_doc(text, seed="b.txt"), id="b"),
        replace(_doc("Gordon Brown spoke in Glasgow.", seed="c.txt"), id="c"),
    )
    found = document_mentions([first, other, copy], registry)
    assert list(found) == ["a", "c", "b"]
    for doc in (first, copy, other):
        assert found[doc.id] == find_mentions(doc.id, doc.title, doc.paragraphs, registry)
    assert found["a"] and found["a"] == found["b"] != found["c"]


def test_a_mention_row_holds_every_field_of_the_mention(registry: Registry) -> None:
    # worker processes send mentions back as rows of their fields (mentions._document_mentions),
    # made Mentions again by Mention(*row): a field added to Mention without its place in the row
    # would take its default unseen
    doc = _doc("Sergei Lavrov met Liz Truss in Moscow.\n\nThe Foreign Office said so.")
    rows = _document_mentions(registry, (doc.id, doc.title, doc.paragraphs))
    assert rows and all(len(row) == len(fields(Mention)) for row in rows)
    assert tuple(Mention(*row) for row in rows) == find_mentions(doc.id, doc.title, doc.paragraphs, registry)
