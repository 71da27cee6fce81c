"""The evaluation of web pages saved as text (evaluation/benchmark_text.py): a page flattened as
a browser lays it out, read as a text seed, scored against the hand-written body, and titled."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dossier.evaluation import benchmark_text

ARTICLE = (
    "Junior foreign ministers from Britain and Russia met in Germany on Saturday in the highest-level "
    "contact between the two countries in more than a year.",
    "The talks covered consular staff, the return of diplomats and the state of trade, officials from "
    "both governments said after the meeting ended late in the evening.",
)

SAVED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks | Example</title>
<style>p {{ color: red }}</style><script>var x = "<p>not text</p>";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li>World</li><li>Politics</li><li>Twitter</li><li>Facebook</li>
<li>Search</li></ul></nav><div hidden>Hidden promo</div><div style="display: none">Also hidden</div>
<h1>Talks resume in Geneva</h1><div>By <b>Jane</b> Smith</div>
{paragraphs}<table><tr><td>Arsenal</td><td>2</td></tr></table>
<footer><p>Privacy Policy</p></footer></body></html>"""


def test_a_page_is_flattened_as_a_browser_lays_it_out() -> None:
    data = SAVED.format(paragraphs="".join(f"<p>{p}</p>" for p in ARTICLE)).encode("utf-8")
    text = benchmark_text.flatten(data)
    lines = text.split("\n")
    assert lines[:7] == ["Home", "World", "Politics", "Twitter", "Facebook", "Search", "Talks resume in Geneva"]
    assert "By Jane Smith" in lines and "Arsenal\t2" in lines
    assert f"\n\n{ARTICLE[0]}\n\n{ARTICLE[1]}\n\n" in text
    assert "hidden" not in text.lower() and "not text" not in text and "color" not in text
    assert benchmark_text.headline(data) == "Talks resume in Geneva"
    assert benchmark_text.same_headline("Talks resume in Geneva", "Talks resume in Geneva | Example")
    assert not benchmark_text.same_headline("Home", "Talks resume in Geneva")
    # a UTF-8 page that does not say so is read as UTF-8, not Latin-1
    bare = "<html><body><p>Lavrov’s talks in Zürich</p></body></html>".encode()
    assert benchmark_text.flatten(bare) == "Lavrov’s talks in Zürich\n"


def test_the_evaluation_scores_saved_pages_and_shows_only_the_tuning_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = SAVED.format(paragraphs="".join(f"<p>{p}</p>" for p in ARTICLE)).encode("utf-8")
    (tmp_path / "html").mkdir()
    truth = {}
    for key in ("k1", "k4"):  # k1 is in the tuning half, k4 in the held-out one
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(data))
        truth[key] = {"articleBody": "\n\n".join(ARTICLE), "url": f"https://news.example.org/{key}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert benchmark_text.main([str(tmp_path), "--show", "--dump", str(tmp_path / "text")]) == 0
    out = capsys.readouterr().out
    assert "title (https://news.example.org/k1): Talks resume in Geneva [headline: Talks resume in Geneva]" in out
    assert "k4" not in out.split("tuning flattened")[0]
    assert (tmp_path / "text" / "k1.txt").read_text(encoding="utf-8").startswith("Home\nWorld\n")
    found, _ = benchmark_text.evaluate(tmp_path)
    for half in ("tuning", "heldout"):
        assert found[f"{half} flattened"]["recall"] == found[f"{half} published"]["recall"] == 1.0
        assert found[f"{half} published"]["precision"] > found[f"{half} flattened"]["precision"]
        assert found[f"{half} titled by it"] == found[f"{half} pages with a headline"] == {"pages": 1.0}
        assert found[f"{half} removed in the body"] == {"lines": 0.0}
