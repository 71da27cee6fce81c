"""Citations of one document, read back by real parsers: the <head> tags with html.parser, the
JSON-LD with json, BibTeX with bibtexparser (LaTeX decoded by pylatexenc), RIS with rispy and
CSL-JSON rendered by citeproc-py. Hostile values must round-trip exactly and inject nothing."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from html.parser import HTMLParser

import pytest
import rispy
from bibtexparser.entrypoint import parse_string
from bibtexparser.library import Library
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation as CiteprocCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import given, settings
from hypothesis import strategies as st
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from dossier.models import DateValue, SiteInfo
from dossier.render.citation import KINDS, Citation, citation, citation_text, cite_block, one_line
from dossier.render.exports import bibtex_entry, catalog_exports, csl_item, csl_json, document_exports, ris_entry
from dossier.render.head import head_markup, json_ld, meta_tags
from tests.test_render import _doc

HOSTILE = (
    "</script><script>alert(1)</script> <!-- \"q\" 's' & &amp; {lone brace \\ % # $ _ ~ ^ -- '' `` "
    "\u2028\u2029 Лавров é </SCRIPT "
)


def _cite(**changes: object) -> Citation:
    base = Citation(
        id="0123abcdef45",
        kind="report",
        title="UK and Russia hold talks",
        date=DateValue("2022-02-10", "day", "dateline"),
        language="en",
        source=None,
        place="London",
        tags=(),
        description="A lead paragraph.",
        path="archive/documents/uk-and-russia-hold-talks/",
        slug="uk-and-russia-hold-talks",
        archive="UK–Russia talks",
        page_url=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


class _Head(HTMLParser):
    """Start tags with their attributes, and the text of script elements, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.texts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.texts.append(data)


def parse_head(markup: str) -> _Head:
    parser = _Head()
    parser.feed(markup)
    parser.close()
    return parser


def _meta_values(head: _Head) -> list[tuple[str, str, str | None]]:
    found = []
    for tag, attrs in head.tags:
        if tag == "meta":
            key = "name" if "name" in attrs else "property"
            found.append((key, attrs[key] or "", attrs["content"]))
    return found


#: any text but surrogates (which UTF-8 pages cannot hold)
_ANY = st.text(st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=200, deadline=None)
@given(title=_ANY, source=_ANY, tag=_ANY)
def test_head_tags_round_trip_any_value_and_inject_nothing(title: str, source: str, tag: str) -> None:
    cite = _cite(title=title or "x", source=source or None, tags=(tag,) if tag else (), page_url="https://e.org/a/")
    head = parse_head(head_markup(cite))
    assert [t for t, _ in head.tags] == ["meta"] * len(meta_tags(cite)) + ["script"]
    assert _meta_values(head) == meta_tags(cite)
    assert head.tags[-1][1] == {"type": "application/ld+json"}
    assert json.loads(head.scripts[0]) == json_ld(cite)


def test_script_breakers_stay_inside_the_json_ld() -> None:
    markup = head_markup(_cite(title=HOSTILE, description=HOSTILE))
    assert markup.count("<script") == 1 and markup.count("</script>") == 1
    assert "\u2028" not in markup.split("<script", 1)[1]
    assert json.loads(parse_head(markup).scripts[0])["headline"] == HOSTILE


def test_unknown_values_are_left_out_never_invented() -> None:
    cite = _cite(date=None, language=None, source=None, page_url=None)
    names = {name for _, name, _ in meta_tags(cite)}
    assert names == {"citation_title", "DC.type", "og:type", "og:title"}
    data = json_ld(cite)
    assert not {"author", "publisher", "datePublished", "inLanguage", "url"} & set(data)
    assert "og:site_name" not in names  # Zotero would file the archive's name as the newspaper


def test_known_values_are_given() -> None:
    cite = _cite(source="Example Wire", tags=("Talks", "UK"), page_url="https://e.org/r/archive/documents/x/")
    tags = {name: value for _, name, value in meta_tags(cite)}
    assert tags["citation_publisher"] == tags["citation_journal_title"] == "Example Wire"
    assert tags["citation_public_url"] == tags["og:url"] == "https://e.org/r/archive/documents/x/"
    assert tags["citation_keywords"] == "Talks; UK"
    assert json_ld(cite)["publisher"] == {"@type": "Organization", "name": "Example Wire"}


@pytest.mark.parametrize(
    ("value", "precision", "slashed"),
    [("2022-02-10", "day", "2022/02/10"), ("2022-02", "month", "2022/02"), ("2022", "year", "2022")],
)
def test_dates_keep_their_precision(value: str, precision: str, slashed: str) -> None:
    cite = _cite(date=DateValue(value, precision, "curated"))
    tags = {name: content for _, name, content in meta_tags(cite)}
    assert tags["citation_publication_date"] == slashed
    assert tags["article:published_time"] == json_ld(cite)["datePublished"] == value
    assert f"DA  - {slashed}\n" in ris_entry(cite)
    assert csl_item(cite)["issued"] == {"date-parts": [[int(p) for p in value.split("-")]]}


@pytest.mark.parametrize(
    ("kind", "dc_type", "schema", "csl"),
    [
        ("report", "newspaperArticle", "NewsArticle", "article-newspaper"),
        ("statement", "document", "Article", "document"),
        ("transcript", "presentation", "Article", "speech"),
    ],
)
def test_types_follow_zotero_and_csl(kind: str, dc_type: str, schema: str, csl: str) -> None:
    cite = _cite(kind=kind)
    assert ("name", "DC.type", dc_type) in meta_tags(cite)
    assert json_ld(cite)["@type"] == schema
    assert csl_item(cite)["type"] == csl
    assert rispy.loads(ris_entry(cite))[0]["type_of_reference"] == KINDS[kind].ris


_TEXT_COMMANDS = {"textbraceleft": "{", "textbraceright": "}", "textasciicircum": "^"}


def _latex_decoder() -> LatexNodes2Text:
    """pylatexenc's decoder, taught three LaTeX text commands it lacks (all in LaTeX's kernel)."""
    db = get_default_latex_context_db()
    db.add_context_category(
        "dossier-test",
        macros=[MacroTextSpec(name, text) for name, text in _TEXT_COMMANDS.items()],
        prepend=True,
    )
    return LatexNodes2Text(latex_context=db, math_mode="verbatim")


def _bib(entry: str) -> Library:
    library = parse_string(entry, append_middleware=[LatexDecodingMiddleware(decoder=_latex_decoder())])
    assert not library.failed_blocks
    return library


#: titles as seeds have them: any printable character a title line can hold, LaTeX's specials,
#: ligature pairs, quotes, Cyrillic and accents (no line breaks: a title is one line)
_TITLE = st.text(
    st.sampled_from(list("abcXYZ019 .,;:!?'\"`-{}\\%#$&_~^@<>()[]/*+=|ЛавровéßØ“”–—…")), min_size=1, max_size=50
).filter(lambda t: t.strip() == t and "  " not in t)


@settings(max_examples=300, deadline=None)
@given(title=_TITLE, source=_TITLE)
def test_bibtex_escapes_every_special_character_and_balances_braces(title: str, source: str) -> None:
    entry = bibtex_entry(_cite(title=title, source=source))
    assert entry.count("{") == entry.count("}")  # BibTeX counts backslashed braces too
    body = entry.split("\n", 1)[1]
    assert all(body.count(c) == body.count("\\" + c) for c in "%#$&_")  # never bare
    (parsed,) = _bib(entry).entries
    assert parsed.key == "0123abcdef45"
    assert parsed["title"] == title
    assert parsed["journal"] == source


def test_bibtex_entry_types_and_dates() -> None:
    (report,) = _bib(bibtex_entry(_cite(date=DateValue("2022-02", "month", "curated")))).entries
    assert (report.entry_type, report["year"], report["month"], report["date"]) == ("article", "2022", "feb", "2022-02")
    (speech,) = _bib(bibtex_entry(_cite(kind="transcript", source="Ministry", date=None))).entries
    assert speech.entry_type == "misc" and speech["publisher"] == "Ministry"
    assert "year" not in speech.fields_dict and "author" not in speech.fields_dict


@settings(max_examples=200, deadline=None)
@given(title=_ANY.filter(str.strip), tag=_ANY)
def test_ris_values_cannot_start_a_new_tag_line(title: str, tag: str) -> None:
    hostile = f"{title}\nER  - \nTY  - JOUR\nTI  - injected"
    entries = rispy.loads(ris_entry(_cite(title=hostile, tags=(tag,))))
    assert len(entries) == 1
    assert entries[0]["id"] == "0123abcdef45"
    assert entries[0]["title"] == one_line(hostile).strip()
    assert "injected" not in {v for v in entries[0].values() if isinstance(v, str)} - {entries[0]["title"]}


def _rendered(items: list[dict[str, object]]) -> list[str]:
    style = CitationStylesStyle("harvard-cite-them-right", validate=True)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(CiteprocCitation([CitationItem(str(item["id"]))]))
    return [str(entry) for entry in bibliography.bibliography()]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_csl_json_renders_in_citeproc(kind: str) -> None:
    cite = _cite(kind=kind, title=HOSTILE.strip(), source="Example Wire", page_url="https://e.org/x/")
    items = json.loads(csl_json(cite))
    assert items == [csl_item(cite)]
    (entry,) = _rendered(items)
    assert HOSTILE.strip().split()[0] in entry and "https://e.org/x/" in entry and "2022" in entry


def test_catalogs_hold_every_document_once_in_order() -> None:
    cites = [_cite(id=f"{n:012d}", title=f"Doc {n} {{") for n in range(3)]
    files = catalog_exports(cites)
    assert [e.key for e in _bib(files["catalog.bib"].decode()).entries] == [c.id for c in cites]
    assert [e["id"] for e in rispy.loads(files["catalog.ris"].decode())] == [c.id for c in cites]


def test_formatted_citation_names_title_source_date_archive_and_address() -> None:
    cite = _cite(source="Example Wire", page_url="https://e.org/x/")
    assert citation_text(cite) == (
        "“UK and Russia hold talks.” Example Wire, News report, 10 February 2022. UK–Russia talks, https://e.org/x/."
    )
    assert citation_text(_cite(title="Why?", date=None)) == "“Why?” News report, n.d. UK–Russia talks."


def downloads(html: str) -> dict[str, bytes]:
    """The files a page's data: links download, by file name (decoded as a browser does)."""
    found = {}
    for tag, attrs in parse_head(html).tags:
        href = str(attrs.get("href") or "")
        if tag == "a" and href.startswith("data:"):
            header, _, payload = href.partition(",")
            assert header.endswith(";charset=utf-8;base64"), header
            found[str(attrs["download"])] = base64.b64decode(payload, validate=True)
    return found


def test_cite_block_text_equals_the_citation_and_carries_the_files() -> None:
    cite = _cite(title=HOSTILE.strip(), page_url="https://e.org/x/")
    exports = document_exports(cite)
    head = parse_head(cite_block(cite, exports))
    slug = "uk-and-russia-hold-talks"
    assert downloads(cite_block(cite, exports)) == {f"{slug}.{ext}": data for ext, data in exports.items()}
    media = [str(a["href"]).split(";", 1)[0] for tag, a in head.tags if tag == "a"][:3]
    assert media == [
        "data:application/x-bibtex",
        "data:application/x-research-info-systems",
        "data:application/vnd.citationstyles.csl+json",
    ]
    catalogs = [a["href"] for tag, a in head.tags if tag == "a"][3:]
    assert catalogs == ["../../../catalog.bib", "../../../catalog.ris"]
    assert {tag for tag, _ in head.tags} == {"section", "h2", "p", "span", "a"}
    citation_para = "".join(head.texts).split("Cite this", 1)[1].split("Add the date", 1)[0]
    assert citation_para.strip() == citation_text(cite)


def test_without_site_url_nothing_absolute_is_written() -> None:
    cite = citation(_doc(), SiteInfo("Archive", "", ""))
    assert cite.page_url is None
    written = head_markup(cite) + bibtex_entry(cite) + ris_entry(cite) + csl_json(cite)
    assert "//" not in written.replace('"https://schema.org"', "")
    with_url = citation(_doc(), SiteInfo("Archive", "https://e.org/sub/", ""))
    assert with_url.page_url == "https://e.org/sub/archive/documents/case/"
