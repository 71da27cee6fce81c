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


def test_pages_are_read_three_ways_and_added_standfirsts_are_shown(
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
    (tmp_path / "html" / "k1.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    truth = {"k1": {"articleBody": "\n\n".join(ARTICLE), "url": "https://news.example.org/talks"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert benchmark_pages.main([str(tmp_path), "--show"]) == 0
    out = capsys.readouterr().out
    # the hand-written body leaves the standfirst out: the reader's text holds more than it
    assert f"0% of it in the body (https://news.example.org/talks): {SUMMARY}" in out
    assert "standfirsts added: 1" in out
    lines = {line.split()[0]: line for line in out.splitlines() if "precision" in line}
    assert lines.keys() == {"trafilatura", "reader", "published"}
    assert "recall 1.000" in lines["trafilatura"] and "precision 1.000" not in lines["trafilatura"]
    # the furniture rules take the share prompt out of what the page shows
    found, _ = benchmark_pages.evaluate(tmp_path)
    assert found["published"]["precision"] > found["reader"]["precision"]
    assert found["published"]["recall"] == found["reader"]["recall"] == 1.0
