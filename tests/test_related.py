"""Related documents: text similarity plus shared entities and dates, versions kept apart."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pytest

from dossier.enrich.related import signals
from dossier.enrich.related.ranking import RelatedInput, related_and_duplicates, related_documents
from dossier.enrich.related.signals import date_proximity, date_reasons, date_table, entity_matrix
from dossier.enrich.related.text_tokens import english_stem, russian_stem, term, words
from dossier.evaluation.corpus import load_bbc
from dossier.evaluation.related import agreement, inputs
from dossier.models import RelatedRef
from tests.helpers import BBC, requires_bbc

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MEETING = ("002", "003", "004")  # the three seeds on the Lavrov-Truss talks of 10 February 2022

COOKING = (
    "How to bake sourdough bread at home. Mix flour, water and salt with an active starter, fold the dough "
    "every half hour, let it rise overnight in a cool kitchen and bake it in a very hot cast iron pot."
)
RUSSIAN = {
    "ru1": "Лавров провёл переговоры с Трасс в Москве. Министры обсудили отношения России и Британии и гарантии "
    "безопасности в Европе. Лавров заявил, что ультиматумы и угрозы ни к чему не приведут.",
    "ru2": "Переговоры Лаврова и Трасс в Москве прошли напряжённо. Отношения России и Британии, по словам "
    "министра, находятся на самом низком уровне, а гарантии безопасности остаются главным вопросом.",
    "ru3": "Сборная по футболу выиграла матч со счётом три ноль. Тренер похвалил игроков за дисциплину, "
    "а болельщики праздновали победу на стадионе до поздней ночи.",
}


def seeds() -> list[RelatedInput]:
    """The five shipped seeds, id = the three-digit prefix, text = the whole file."""
    return [RelatedInput(p.name[:3], p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def ids(related: Mapping[str, Sequence[RelatedRef]], doc: str) -> list[str]:
    """The ids listed for ``doc``, best first."""
    return [r.id for r in related[doc]]


def test_the_three_seeds_on_one_meeting_relate_to_each_other_first() -> None:
    related = related_documents(seeds())
    for doc in MEETING:
        others = sorted(set(MEETING) - {doc})
        assert sorted(ids(related, doc)[:2]) == others, related[doc]
        assert all("similar text" in r.reasons for r in related[doc][:2])


def test_a_document_never_lists_itself_and_lists_at_most_k() -> None:
    related = related_documents(seeds(), k=2)
    assert all(doc not in ids(related, doc) and len(related[doc]) <= 2 for doc in related)
    assert set(related) == {d.id for d in seeds()}


def test_an_unrelated_document_is_not_padded_in() -> None:
    related = related_documents([*seeds(), RelatedInput("bread", COOKING)])
    assert related["bread"] == ()
    assert all("bread" not in ids(related, doc) for doc in related)


def test_near_duplicates_are_versions_not_related_reading() -> None:
    docs = seeds()
    copy = RelatedInput("002-copy", "Lavrov, Truss meet (syndicated)\n" + docs[2].text.split("\n", 1)[1])
    related, versions = related_and_duplicates([*docs, copy])
    assert versions == (("002", "002-copy"),)
    assert "002-copy" not in ids(related, "002") and "002" not in ids(related, "002-copy")
    for doc in ("003", "004"):
        assert len({"002", "002-copy"} & set(ids(related, doc))) == 1
    # Groups passed in are used as given.
    given = related_documents([*docs, copy], duplicates=[("003", "004")])
    assert "004" not in ids(given, "003") and "002-copy" in ids(given, "002")


def test_same_input_in_any_order_gives_the_same_lists() -> None:
    docs = [*seeds(), *(RelatedInput(k, v) for k, v in RUSSIAN.items())]
    first = related_documents(docs)
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)  # noqa: S311 - a repeatable order, not a secret
    assert related_documents(shuffled) == first
    assert list(first) == sorted(first)


def test_equal_scores_break_ties_by_id() -> None:
    text = seeds()[2].text
    docs = [RelatedInput("b", text), RelatedInput("a", text), RelatedInput("probe", seeds()[3].text)]
    related = related_documents(docs, duplicates=[])
    assert ids(related, "probe") == ["a", "b"]
    assert related["probe"][0].score == related["probe"][1].score


def test_rare_shared_entities_outweigh_common_ones_and_are_given_as_reasons() -> None:
    docs = seeds()
    common = frozenset({"russia", "united-kingdom"})
    with_entities = [
        RelatedInput(d.id, d.text, common | ({"sergey-lavrov", "liz-truss"} if d.id in ("000", "004") else set()))
        for d in docs
    ]
    before = related_documents(docs)["000"]
    after = related_documents(with_entities)["000"]
    assert after[0].id == "004" != before[0].id
    assert after[0].reasons == ("similar text", "4 shared names")
    assert next(r for r in after if r.id == "001").reasons == ("similar text", "2 shared names")


def test_dates_rerank_but_never_make_documents_related() -> None:
    docs = [*seeds(), RelatedInput("bread", COOKING, date="2022-02-10")]
    dated = [RelatedInput(d.id, d.text, date="2022-02-10" if d.id in ("000", "004") else d.date) for d in docs]
    related = related_documents(dated)
    assert related["bread"] == ()
    assert ids(related, "000")[0] == "004"
    assert related["000"][0].reasons == ("similar text", "same date")
    near = related_documents(
        [RelatedInput(d.id, d.text, date={"000": "2022-02", "004": "2022-02-13"}.get(d.id)) for d in docs]
    )
    assert near["000"][0].reasons[-1] == "same month"


def test_date_proximity_follows_precision() -> None:
    table = date_table(["2022-02-10", "2022-02-13", "2022-02", "2022", None, "2022-02-30", "2022-03-30"])
    rows, cols = np.array([0, 0, 0, 0, 0, 0, 1]), np.array([0, 1, 2, 3, 4, 5, 6])
    assert date_proximity(table, rows, cols).round(3).tolist() == [1.0, 0.9, 0.5, 0.0, 0.0, 0.0, 0.0]
    assert date_reasons(table, rows, cols) == ["same date", "dates 3 days apart", "same month", None, None, None, None]


def test_very_common_entities_count_but_link_no_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(signals, "MAX_ENTITY_DOCUMENTS", 2)
    matrix, totals = entity_matrix([frozenset({"x", "a"}), frozenset({"x", "a"}), frozenset({"x"})])
    shared = (matrix @ matrix.T).toarray()
    assert shared[0, 1] > 0 and shared[0, 2] == shared[1, 2] == 0
    assert totals[2] > 0 and totals[0] > totals[2]


def test_russian_texts_relate_by_topic() -> None:
    related = related_documents([RelatedInput(k, v) for k, v in RUSSIAN.items()])
    assert ids(related, "ru1") == ["ru2"] and related["ru3"] == ()
    assert russian_stem("переговорах") == russian_stem("переговоры") == "переговор"
    assert russian_stem("лаврова") == russian_stem("лавров")
    assert english_stem("policies") == "policy" and english_stem("talks") == "talk" and english_stem("news") == "news"
    assert [term(w) for w in words("The 2022 talks, и ещё Её")] == [None, None, "talk", None, None, None]


def test_degenerate_corpora() -> None:
    assert related_documents([]) == {}
    assert related_documents([RelatedInput("only", "Some text here")]) == {"only": ()}
    assert related_documents([RelatedInput("a", ""), RelatedInput("b", "")]) == {"a": (), "b": ()}
    with pytest.raises(ValueError, match="unique"):
        related_documents([RelatedInput("a", "x"), RelatedInput("a", "y")])


@requires_bbc
def test_bbc_related_documents_share_their_category() -> None:
    articles = load_bbc(BBC)
    related, versions = related_and_duplicates(inputs(articles))
    scores = agreement(articles, related)
    assert scores["macro"] >= 0.90, scores
    assert scores["strict"] >= 0.90, scores
    assert min(v for k, v in scores.items() if k not in ("macro", "strict")) >= 0.88, scores
    assert len(versions) >= 140


@pytest.mark.parametrize(("setting", "huge_pages"), [(None, False), ("1", True), ("0", False)])
def test_numpy_huge_pages_are_off_unless_the_environment_asks(setting: str | None, huge_pages: bool) -> None:
    # The package turns numpy's madvise huge pages off before numpy loads (see its docstring),
    # and leaves an explicit NUMPY_MADVISE_HUGEPAGE alone.
    env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    if setting is not None:
        env["NUMPY_MADVISE_HUGEPAGE"] = setting
    probe = (
        "import dossier.enrich.related.ranking\n"
        "from numpy._core.multiarray import _get_madvise_hugepage\n"
        "print(_get_madvise_hugepage())"
    )
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(huge_pages)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc (Linux)")
@pytest.mark.parametrize("setting", [None, "2"])
def test_openblas_runs_one_thread_unless_the_environment_asks(setting: str | None) -> None:
    # OpenBLAS starts its threads when numpy loads: one per core unless OPENBLAS_NUM_THREADS says
    # otherwise (capped at the cores). The package sets it to 1 first; an explicit value stays.
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if setting is not None:
        env["OPENBLAS_NUM_THREADS"] = setting
    probe = "import os, dossier.enrich.related.ranking\nprint(len(os.listdir('/proc/self/task')))"
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    cores = len(os.sched_getaffinity(0))
    assert int(out.stdout) == (1 if setting is None else min(2, cores))
