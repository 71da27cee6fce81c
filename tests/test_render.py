"""Render stage: pages are escaped HTML blocks, front matter round-trips, catalogs carry every field."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mkdocs.utils import meta

from dossier.extract import extract
from dossier.models import Corpus, Decoded, Document, Rejected, Source
from dossier.render.catalog import CATALOG_FIELDS, catalog_files
from dossier.render.frontmatter import DOCUMENT_KEYS, HEAD_KEY, front_matter
from dossier.render.html import attr, compact
from dossier.render.page import document_page
from tests.helpers import body_text, elements, site_markdown

MARKDOWNISH = (
    "Title with *stars* and <b>tags</b> & _underscores_\n"
    "# not a heading\n"
    "- not a list\n"
    "1. not numbered\n"
    "> not a quote\n"
    "a *b* _c_ <i>d</i> &amp; e\n"
    "    four spaces, not code\n"
    "[link](javascript:alert(1)) {: onclick=x }\n"
)


def _doc(text: str = MARKDOWNISH, seed: str = "case.txt") -> Document:
    source = Source(seed=seed, data=text.encode(), sha256="0" * 64)
    from dataclasses import replace

    return replace(extract(Decoded(source, text, "utf-8"), 220), slug="case")


def test_markdown_looking_lines_display_as_written() -> None:
    page = document_page(_doc(), None, None)
    body, _ = meta.get_data(page)
    html = site_markdown().convert(body)
    text, count = body_text(html)
    assert count == 1
    expected = MARKDOWNISH.split("\n", 1)[1]
    assert text.split() == expected.split()
    shown = [line.strip() for line in text.split("\n") if line.strip()]
    assert shown == [line.strip() for line in expected.strip().split("\n")]
    tags = elements(html)
    assert {tag for tag, _ in tags} <= {"h1", "h2", "section", "dl", "div", "dt", "dd", "a", "p", "br", "nav", "span"}
    assert not [attrs for _, attrs in tags if any(name.startswith("on") for name in attrs)]
    assert not [attrs for _, attrs in tags if attrs.get("href", "").startswith("javascript")]


def test_title_is_escaped_in_the_heading() -> None:
    page = document_page(_doc(), None, None)
    escaped = "Title with *stars* and &lt;b&gt;tags&lt;/b&gt; &amp; _underscores_"
    assert f'<h1 class="dossier-title" data-search-exclude>{escaped}</h1>' in page


@pytest.mark.parametrize("value", ["NO", "null", "2022-02-10", "12:30", "010", "---", "a: b", "#x", "'q'", "é"])
def test_front_matter_round_trips_through_mkdocs(value: str) -> None:
    fields = {"title": value, "description": value, "place": value, "words": 3}
    _, data = meta.get_data(front_matter(fields) + "\nbody")
    assert data == {**fields, "title": attr(value), "description": attr(value)}  # printed: HTML-escaped


def test_document_front_matter_has_the_required_fields() -> None:
    _, data = meta.get_data(document_page(_doc(), None, None))
    assert tuple(data) == (*DOCUMENT_KEYS, HEAD_KEY)  # the catalog's fields, then the <head> tags
    assert {"title", "id", "seed", "sha256", "words", "reading_time", "description"} <= set(data)


def test_pager_links_previous_and_next() -> None:
    a, b, c = _doc(seed="a.txt"), _doc(seed="b.txt"), _doc(seed="c.txt")
    page = document_page(b, a, c)
    assert 'rel="prev"' in page and 'rel="next"' in page
    assert 'rel="prev"' not in document_page(a, None, b)


def test_catalogs_have_every_field_and_agree() -> None:
    doc = replace(
        _doc(),
        title='=HYPERLINK("http://x.invalid")',
        meta=replace(_doc().meta, tags=("talks", "-minus", "@at"), place=None),
    )
    files = catalog_files(Corpus(documents=(doc,)))
    records = json.loads(files["catalog.json"])["documents"]
    reader = csv.DictReader(io.StringIO(files["catalog.csv"].decode("utf-8")))
    rows = list(reader)
    assert tuple(records[0]) == CATALOG_FIELDS == tuple(reader.fieldnames or ())
    assert records[0]["url"] == rows[0]["url"] == "archive/documents/case/"
    # JSON keeps values exactly; the CSV defuses formulas, joins lists and leaves nulls empty
    assert records[0]["title"] == '=HYPERLINK("http://x.invalid")'
    assert rows[0]["title"] == '\'=HYPERLINK("http://x.invalid")'
    assert records[0]["tags"] == ["talks", "-minus", "@at"]
    assert rows[0]["tags"] == "talks | -minus | @at"  # the cell starts with "t": no formula
    assert records[0]["place"] is None and rows[0]["place"] == ""
    assert rows[0]["words"] == str(records[0]["words"]) == str(doc.words)
    assert rows[0]["id"] == records[0]["id"] == doc.id


def test_catalog_json_is_one_record_per_line_and_keeps_every_value() -> None:
    """A changed document changes one line of catalog.json; values survive exactly (no escaping
    that would lose them, no HTML meaning)."""
    awkward = replace(_doc(), title='He said "no" <script>\u2028é', id="x2")
    corpus = Corpus(documents=(_doc(), awkward), rejected=(Rejected("bad.bin", "unsupported file type '.bin'"),))
    text = catalog_files(corpus)["catalog.json"].decode("utf-8")
    data = json.loads(text)
    assert [d["title"] for d in data["documents"]] == [_doc().title, awkward.title]
    assert data["rejected"] == [{"seed": "bad.bin", "reason": "unsupported file type '.bin'"}]
    lines = text.split("\n")  # not splitlines(): U+2028 in a value is not a line break in the file
    assert [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("    ")] == [
        *data["documents"],
        *data["rejected"],
    ]
    assert json.loads(catalog_files(Corpus(documents=()))["catalog.json"]) == {"documents": [], "rejected": []}


def test_compact_drops_template_indentation_but_keeps_preformatted_text() -> None:
    page = (
        "<div>\n    <p>a\n      b</p>\n\n\n  <pre>\n   x\n    y</pre>\n"
        "   <textarea>\n  t</textarea>\n <PRE class=q>\n k</PRE >\n  end"
    )
    assert compact(page) == (
        "<div>\n<p>a\nb</p>\n<pre>\n   x\n    y</pre>\n<textarea>\n  t</textarea>\n<PRE class=q>\n k</PRE >\nend"
    )


@given(
    st.lists(st.sampled_from(["<p>", "</p>", "<pre>", "</pre>", "word", " ", "\n", "\t", "  \n  ", "é"]), max_size=40)
)
def test_compact_changes_only_white_space_a_browser_collapses(pieces: list[str]) -> None:
    page = "".join(pieces)
    out = compact(page)
    assert out.split() == page.split()  # the same words and tags, in order
    assert len(out) <= len(page)
    for kept in re.findall(r"<pre>.*?</pre>", page, re.S):
        assert kept in out
