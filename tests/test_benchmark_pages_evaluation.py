"""The benchmark evaluation of web-page reading (evaluation/benchmark_pages.py): the benchmark's
shingle scores, and the three ways a page is read."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dossier.evaluation import benchmark_pages

ARTICLE = [
    "Foreign ministers met in Geneva on Thursday for three hours of talks on the crisis.",
    "Officials said the meeting had been frank and that both sides would meet again next month.",
    "In December 2017 a similar meeting ended without agreement.",
]
SUMMARY = "A deal on consular staff looks closer than at any point since the embassies were emptied."


def test_shingles_are_scored_as_the_benchmark_scores_them() -> None:
    # 4-word shingles: "a b c d" is in both, "b c d e" only expected, "b c d x" only found
    assert benchmark_pages.matching("a b c d e", "a b c d x") == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert benchmark_pages.matching("a b", "a b") == (1.0, 0.0, 0.0)  # short texts are one shingle
    assert benchmark_pages.matching("", "") == (0.0, 0.0, 0.0)
    found = benchmark_pages.scores([(1 / 3, 1 / 3, 1 / 3), (1.0, 0.0, 0.0)])
    assert found["precision"] == pytest.approx(0.75) and found["recall"] == pytest.approx(0.75)
    assert found["f1"] == pytest.approx(0.75)
    # a page with nothing found counts 0 for recall and is left out of precision, as in evaluate.py
    assert benchmark_pages.scores([(0.0, 0.0, 1.0), (1.0, 0.0, 0.0)]) == pytest.approx(
        {"precision": 1.0, "recall": 0.5, "f1": 2 / 3}
    )


def test_pages_are_read_three_ways_and_only_the_tuning_halfs_lines_are_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="description" content="{SUMMARY}">'
        "<title>Talks end | The Example Times</title></head><body><nav><a href='/'>Home</a></nav>"
        f'<header><h1>Talks end</h1><div class="dek">{SUMMARY}</div></header>'
        f"<div class='story'><article>{body}<p>Share this article on Facebook</p></article></div></body></html>"
    )
    (tmp_path / "html").mkdir()
    truth = {}
    assert (benchmark_pages.part("k1"), benchmark_pages.part("k4")) == ("tuning", "heldout")
    for key in ("k1", "k4"):  # the same page in each half
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
        truth[key] = {"articleBody": "\n\n".join(ARTICLE), "url": f"https://news.example.org/{key}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert benchmark_pages.main([str(tmp_path), "--show"]) == 0
    out = capsys.readouterr().out
    # the hand-written body leaves the standfirst out: the reader's text holds more than it;
    # only the tuning half's page is shown
    assert f"added,   0% of it in the body (https://news.example.org/k1): {SUMMARY}" in out
    assert "k4" not in out
    assert "survived, not in the body (https://news.example.org/k1): " + SUMMARY in out
    found, _ = benchmark_pages.evaluate(tmp_path)
    assert list(found) == [
        *(f"{half} {way}" for half in ("tuning", "heldout", "all") for way in benchmark_pages.WAYS),
        "tuning removed in the body",
        "heldout removed in the body",
    ]
    assert found["all trafilatura"]["recall"] == 1.0 and found["all trafilatura"]["precision"] < 1.0
    assert found["tuning reader"]["precision"] < found["tuning trafilatura"]["precision"]
    # the furniture rules take the share prompt out of what the page shows, and nothing of the body
    assert found["heldout published"]["precision"] > found["heldout reader"]["precision"]
    assert found["heldout published"]["recall"] == found["heldout reader"]["recall"] == 1.0
    assert found["heldout removed in the body"] == {"lines": 0.0}


def test_lines_the_rules_took_from_a_hand_written_body_are_counted(tmp_path: Path) -> None:
    lines = [*ARTICLE, "Share this article on Facebook"]
    paragraphs = "".join(f"<p>{p}</p>" for p in lines)
    page = f"<html><body><article><h1>Talks end</h1>{paragraphs}</article></body></html>"
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "k2.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    truth = {"k2": {"articleBody": "\n\n".join(lines)}}  # this body keeps the prompt
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    found, _ = benchmark_pages.evaluate(tmp_path)
    assert found["tuning removed in the body"] == {"lines": 1.0}
    assert found["tuning published"]["recall"] < found["tuning reader"]["recall"] == 1.0
