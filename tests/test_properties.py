"""Property-based tests of the decoding and escaping layers, with faithfulness and no-injection
as oracles: whatever text a seed holds, the page shows exactly it and nothing else."""

from __future__ import annotations

import codecs
from dataclasses import replace
from html import unescape

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mkdocs.utils import meta

from dossier.errors import SourceError
from dossier.extract import extract
from dossier.extract.characters import clean_characters
from dossier.models import Decoded, SiteInfo, Source
from dossier.read.decode import decode
from dossier.render import frontmatter
from dossier.render.citation import citation
from dossier.render.frontmatter import HEAD_KEY, PRINTED_KEYS, document_fields, front_matter, printable
from dossier.render.head import head_markup
from dossier.render.html import attr
from dossier.render.page import document_page
from tests.helpers import assert_faithful, elements, site_markdown

# Characters a scraped seed plausibly holds, weighted towards the dangerous ones.
MARKUP = st.sampled_from([*"<>&\"'`*_[](){}#-+=!|\\:;/\n\t ", "javascript:", "--8<--", "{: ", "---", "&lt;"])
TEXT = st.lists(st.one_of(st.text(min_size=1, max_size=8), MARKUP), max_size=60).map("".join)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


MD = site_markdown()


@PROPERTY
@given(text=st.text())
def test_utf8_and_utf16_round_trip_exactly(text: str) -> None:
    for data, name in (
        (text.encode("utf-8"), "utf-8 without BOM"),
        (codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"), "utf-16"),
        (codecs.BOM_UTF16_BE + text.encode("utf-16-be", "surrogatepass"), "utf-16"),
    ):
        source = Source("p.txt", data, "")
        if name == "utf-8 without BOM" and "\x00" in text:
            with pytest.raises(SourceError, match="NUL bytes"):
                decode(source)
            continue
        decoded = decode(source)
        assert (decoded.text, decoded.encoding) == (text, name.removesuffix(" without BOM"))


RUSSIAN = st.lists(
    st.sampled_from("Министр иностранных дел России провёл переговоры Москве Лавров".split()), min_size=4
)


@PROPERTY
@given(words=RUSSIAN)
def test_russian_in_a_wrong_code_page_is_never_published(words: list[str]) -> None:
    text = " ".join(words) + "."
    for encoding, fallbacks in (("cp1251", ("cp1252", "latin-1", "koi8_r")), ("koi8_r", ("cp1252", "cp1251"))):
        with pytest.raises(SourceError, match="re-save it as UTF-8"):
            decode(Source("r.txt", text.encode(encoding), ""), fallbacks)
        decoded = decode(Source("r.txt", text.encode(encoding), ""), (encoding,))
        assert decoded.text == text


@PROPERTY
@given(title=TEXT, body=TEXT)
@example(title="©", body="¹")  # a chrome first line: the title is the next line (extract/page_head.py)
@example(
    title="Skip to content", body="Home\nWorld\nTwitter\nFacebook\n\nTalks resume in Geneva\n\n" + "Word " * 20 + "."
)
@example(  # a title-like first line above chrome stays at the body's start (extract/page_head.py)
    title="Dow Jones, a News Corp company",
    body="\nSubscribe\nSign In\n\nOpinion\n\nTalks resume in Geneva\n\n" + "Word " * 20 + ".",
)
def test_any_text_renders_faithfully_and_inertly(title: str, body: str) -> None:
    raw = f"{title}\n{body}"
    source = Source("seed.txt", raw.encode("utf-8", "surrogatepass"), "0" * 64)
    try:
        doc = replace(extract(Decoded(source, raw, "utf-8"), 220), slug="seed")
    except SourceError:
        assert not raw.strip()
        return
    page = document_page(doc, None, None)
    body_md, data = meta.get_data(page)
    # front matter: only our keys; parsed back exactly, but for the values renderers print, which
    # are HTML-escaped (as text, they read the same) and hold no markup
    fields = document_fields(doc)
    assert data == {**printable(fields), HEAD_KEY: head_markup(citation(doc, SiteInfo()))}
    for key in PRINTED_KEYS:
        printed = [data[key]] if isinstance(data[key], str) else data[key]
        assert [unescape(value) for value in printed] == (
            [fields[key]] if isinstance(fields[key], str) else fields[key]
        )
        assert not any(char in value for value in printed for char in "<>\"'")
    html = MD.reset().convert(body_md)
    # Python-Markdown passes the page through unchanged but for tabs (see markdown_changes), which
    # lets the hook skip it on the site
    assert html == body_md.expandtabs(MD.tab_length).strip()
    found = elements(html)
    allowed = {"h1", "h2", "section", "dl", "div", "dt", "dd", "a", "p", "br", "nav", "span", "details", "summary"}
    allowed |= {"ol", "li", "small"}
    assert {tag for tag, _ in found} <= allowed
    for tag, attrs in found:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        assert not attrs.get("href", "").lower().startswith("javascript"), attrs
    assert_faithful(html, clean_characters(raw).text)


@PROPERTY
@given(value=st.text())
def test_front_matter_round_trips_any_string(value: str) -> None:
    cleaned = clean_characters(value).text
    fields = {"title": cleaned, "description": cleaned, "place": cleaned}
    _, data = meta.get_data(front_matter(fields) + "\nbody")
    assert data == {"title": attr(cleaned), "description": attr(cleaned), "place": cleaned}


@PROPERTY
@given(value=st.text(), number=st.integers(), flag=st.booleans())
def test_front_matter_is_what_the_yaml_representer_writes(value: str, number: int, flag: bool) -> None:
    text = clean_characters(value).text
    fields = {"title": text, "words": number, "tags": [text, ""], "date": None, "search": {"exclude": flag}}
    expected = yaml.dump(
        printable(fields),
        Dumper=frontmatter._DUMPER,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
        default_flow_style=False,
    )
    assert front_matter(fields) == f"---\n{expected}---\n"
