"""Enrich stage: readable, unique, stable slugs."""

from __future__ import annotations

from dossier.enrich.slugs import MAX_SLUG, assign_slugs, slugify, transliterate


def test_slug_is_readable_lowercase_ascii() -> None:
    assert slugify("UK and Russia hold first talks in over a year") == "uk-and-russia-hold-first-talks-in-over-a-year"
    assert slugify("In “absolutely necessary” cases: Britain") == "in-absolutely-necessary-cases-britain"
    assert slugify("Café Ünïcode") == "cafe-unicode"


def test_cyrillic_is_transliterated() -> None:
    assert slugify("Лавров провёл переговоры с Трасс") == "lavrov-provyol-peregovory-s-trass"
    assert transliterate("Щука") == "shchuka"


def test_long_titles_are_cut_at_a_word() -> None:
    slug = slugify("word " * 60)
    assert len(slug) <= MAX_SLUG
    assert slug.split("-") == ["word"] * len(slug.split("-"))


def test_collisions_get_the_id_so_no_document_takes_another_url() -> None:
    slugs = assign_slugs({"aaa": "Same Title", "bbb": "same title!", "ccc": "Other"})
    assert slugs == {"aaa": "same-title-aaa", "bbb": "same-title-bbb", "ccc": "other"}


def test_reserved_and_empty_slugs_use_the_id() -> None:
    assert assign_slugs({"a1": "Index", "b2": "!!!", "c3": "北京"}) == {
        "a1": "index-a1",
        "b2": "document-b2",
        "c3": "document-c3",
    }


def test_slugs_stay_when_unrelated_documents_come_and_go() -> None:
    before = assign_slugs({"a": "Alpha", "b": "Beta"})
    after = assign_slugs({"a": "Alpha", "b": "Beta", "c": "Gamma"})
    assert before["a"] == after["a"] and before["b"] == after["b"]


def test_a_suffixed_slug_never_equals_another_plain_slug() -> None:
    slugs = assign_slugs({"aaa": "Same", "bbb": "Same", "ccc": "Same aaa"})
    assert len(set(slugs.values())) == 3
    assert slugs["ccc"] == "same-aaa-ccc"
