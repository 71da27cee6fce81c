"""Untrusted input, end to end: the bad-input corpus (tests/data/bad, one file per case) is built
into a real site, every file's outcome is checked, and every HTML file and the search records are
scanned for anything a seed could have injected."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from dossier.extract.characters import clean_characters
from dossier.models import Source
from dossier.read.formats import read_document
from dossier.render.citation import EXPORTS
from tests import documents
from tests.helpers import (
    RENDERERS,
    assert_faithful,
    body_text,
    elements,
    heading_text,
    indexed_fragments,
    make_project,
    markdown_changes,
    relative_links,
    run_dossier,
    site_config,
)

BAD = Path(__file__).parent / "data" / "bad"
NFD, NFC = "clash-cafe\u0301.txt", "clash-caf\u00e9.txt"
HUGE = "huge-single-line.txt"
HUGE_PAGE, DEEP_PAGE = "huge-page.html", "deeply-nested.html"
MARKUP = '<script>alert("pwned-doc")</script> & [x](javascript:alert(1)) {{ config }} --8<-- "mkdocs.yml"'
#: documents of other formats made by the fixture: name -> (bytes, title, paragraphs as the author wrote them)
MADE = {
    "pdf-markup.pdf": (
        documents.pdf([MARKUP, "A second paragraph & more."], title='</title><script>alert("pwned-pdf")</script>'),
        '</title><script>alert("pwned-pdf")</script>',
        [MARKUP, "A second paragraph & more."],
    ),
    "docx-markup.docx": (
        documents.word([MARKUP, "Line one\n<b>line two</b>"], heading='"><img src=x onerror=alert("pwned-docx")>'),
        '"><img src=x onerror=alert("pwned-docx")>',
        [MARKUP, "Line one\n<b>line two</b>"],
    ),
}
#: what the committed web pages say, as their authors wrote it (title, paragraphs)
PAGES = {
    "html-script-title.html": (
        '</title><script>alert("pwned-html-title")</script>',
        [
            "A page whose title and text try to run code on the archive. The text keeps every character as written.",
            'Entity-escaped markup stays text: <script>alert("pwned-entity")</script> and '
            "<img src=x onerror=alert(1)> and a double-escaped &lt;b&gt;.",
            "Real markup is not text: the paragraph goes on with a link and bold words.",
            'Markdown and templates stay literal: [click](javascript:alert("pwned-md")) {{ config.site_name }} '
            '{% include "x" %} --8<-- "mkdocs.yml" {: onclick="alert(\'pwned-attr\')" }',
        ],
    ),
    "html-entity-escaped.htm": (
        "Café & bar: “quoted” <em>title</em>",
        [
            'Named, decimal and hex references are text: é é é — &amp; <> ".',
            "A paragraph written in windows-1252: café and naïve and a euro sign € in the middle of enough words.",
        ],
    ),
}
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
#: curated values a renderer prints (tags are shown on the page by Zensical), hostile on purpose
HOSTILE_SIDECAR = (
    "tags: ['<script>alert(\"pwned-tag\")</script>', '<img src=x onerror=alert(1)>']\n"
    'description: \'"><script>alert("pwned-description")</script>\'\n'
)

REJECTED = {
    "cp1252-french.txt": "is not valid UTF-8",
    "latin1-german.txt": "is not valid UTF-8",
    "cp1251-russian.txt": "is not valid UTF-8",
    "koi8r-russian.txt": "is not valid UTF-8",
    "invalid-utf8.txt": "is not valid UTF-8 (byte 0xff at offset 13)",
    "binary-png.txt": "contains NUL bytes",
    "utf16-no-bom.txt": "contains NUL bytes",
    "empty.txt": "is empty",
    "whitespace-only.txt": "is empty",
    "unsupported.pdf": "is not a readable PDF",
    DEEP_PAGE: "nests elements 255 or more deep",
    "no-extension": "unsupported file type '(none)'",
    NFC: f"has the same name as {NFD!r} after Unicode normalisation",
}
SKIPPED = {".hidden.txt", "backup.txt~"}
#: Material's bundle and workers, and Dossier's own scripts (list filter, names pages)
#: Material's scripts and the site's own (extra_javascript in mkdocs.yml), wherever a page links them from
_EXTRA = site_config()["extra_javascript"]
OUR_SCRIPTS = re.compile(r"(\./|/)?(\.\./)*(assets/javascripts/|(" + "|".join(map(re.escape, _EXTRA)) + ")$)")
PAYLOAD = re.compile(r"alert\(|pwned", re.I)
#: "Cite this" carries a document's citation files as data: links that download them; only these
#: text types, base64-encoded, and only on a link with a download attribute
CITATION_FILES = tuple(f"data:{media};charset=utf-8;base64," for _, media in EXPORTS.values())


Built = tuple[Path, subprocess.CompletedProcess[str]]


def _add_generated(seeds: Path) -> None:
    """Bad input made here rather than committed: a 1.5 MB web page, a page nested 100,000
    elements deep, a PDF and a Word file holding markup."""
    (seeds / HUGE_PAGE).write_text(documents.web_page("Huge page", ["<b>" * 20_000, "word " * 150_000]), "utf-8")
    (seeds / DEEP_PAGE).write_text("<html><body>" + "<div>" * 100_000 + "<p>Deep</p></body></html>", "utf-8")
    for name, (data, _, _) in MADE.items():
        (seeds / name).write_bytes(data)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Built]:
    """Build a corpus ("bad": the bad-input corpus plus a generated 1 MB single-line seed and a
    sidecar with hostile tags; "seeds": the five real seeds) as `make site` does: ``dossier
    build``, then MkDocs or Zensical, which runs no MkDocs hook, so the generated files alone
    must be safe and complete. Each (corpus, renderer) is built once per module."""
    built: dict[tuple[str, str], Built] = {}

    def build(corpus: str, renderer: str) -> Built:
        if (corpus, renderer) not in built:
            seeds = tmp_path_factory.mktemp(f"{corpus}-seeds") / "seeds"
            shutil.copytree(BAD if corpus == "bad" else SEEDS, seeds)
            if corpus == "bad":
                (seeds / HUGE).write_text("Huge " + "word " * 200_000 + "end", "utf-8")
                (seeds / "title-breakout.yml").write_text(HOSTILE_SIDECAR, "utf-8")
                _add_generated(seeds)
            project = make_project(tmp_path_factory.mktemp(f"{corpus}-{renderer}") / "project", seeds=seeds)
            generated = run_dossier(project)
            assert generated.returncode == 0, generated.stderr
            rendered = RENDERERS[renderer](project)
            assert rendered.returncode == 0, rendered.stderr
            built[corpus, renderer] = project, generated
        return built[corpus, renderer]

    return build


@pytest.fixture(scope="module", params=sorted(RENDERERS))
def bad_site(request: pytest.FixtureRequest, sites: Callable[[str, str], Built]) -> Built:
    """The bad-input corpus, rendered by each renderer."""
    return sites("bad", request.param)


@pytest.fixture(scope="module", params=[(c, r) for c in ("bad", "seeds") for r in sorted(RENDERERS)], ids=str)
def any_site(request: pytest.FixtureRequest, sites: Callable[[str, str], Built]) -> Path:
    """Each corpus (bad input, the five real seeds) rendered by each renderer."""
    return sites(*request.param)[0]


def _catalog(project: Path) -> dict[str, Any]:
    return dict(json.loads((project / "site" / "catalog.json").read_text("utf-8")))


def _all_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink())


def test_every_file_is_published_rejected_or_skipped_by_rule(bad_site: tuple[Path, Any]) -> None:
    project, generated = bad_site
    catalog = _catalog(project)
    published = {d["seed"] for d in catalog["documents"]}
    rejected = {r["seed"]: r["reason"] for r in catalog["rejected"]}
    files = set(_all_files(project / "seeds"))
    assert published | set(rejected) | SKIPPED | {"title-breakout.yml"} == files  # and the sidecar
    assert not published & set(rejected)
    assert set(rejected) == set(REJECTED)
    for seed, reason in REJECTED.items():
        assert reason in rejected[seed], seed
    assert f"dossier: {len(REJECTED)} file(s) rejected, by reason" in generated.stderr  # at the end of the build
    # every rejected file is on the pages of the Data quality page's list of them
    pages = (project / "site" / "archive" / "quality" / "rejected").rglob("*.html")
    listed = "".join(page.read_text("utf-8") for page in pages)
    for seed in REJECTED:
        assert f"<code>{seed}</code>" in listed


def test_published_pages_show_the_decoded_seed_word_for_word(any_site: Path) -> None:
    project = any_site
    for record in _catalog(project)["documents"]:
        data = (project / "seeds" / record["seed"]).read_bytes()
        text = clean_characters(read_document(Source(record["seed"], data, ""), (), 2_000_000).text).text
        html = (project / "site" / record["url"] / "index.html").read_text("utf-8")
        assert_faithful(html, text)


@pytest.mark.parametrize("seed", [*PAGES, *MADE])
def test_documents_of_other_formats_show_what_their_authors_wrote(bad_site: tuple[Path, Any], seed: str) -> None:
    project, _ = bad_site
    title, paragraphs = PAGES[seed] if seed in PAGES else MADE[seed][1:]
    record = next(d for d in _catalog(project)["documents"] if d["seed"] == seed)
    assert record["format"] == {"html": "html", "htm": "html", "pdf": "pdf", "docx": "docx"}[seed.rsplit(".", 1)[1]]
    assert record["title"] == title
    html = (project / "site" / record["url"] / "index.html").read_text("utf-8")
    assert heading_text(html) == title
    body = body_text(html)[0]
    assert body.split() == " ".join(paragraphs).split()  # paragraph structure: tests/test_formats.py
    assert "pwned-head-script" not in html and "pwned-body-script" not in html and "evil.invalid" not in html


def test_originals_of_web_pages_are_never_published_as_html(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    originals = sorted(p.name for p in (project / "site" / "archive" / "originals").iterdir())
    pages = [name for name in originals if "html" in name or name.endswith(".htm.txt")]
    assert pages and all(name.endswith(".html.txt") for name in pages), pages
    assert not [name for name in originals if name.lower().endswith((".html", ".htm", ".xhtml", ".svg", ".xml"))]
    record = next(d for d in _catalog(project)["documents"] if d["seed"] == "html-script-title.html")
    published = project / "site" / "archive" / "originals" / (record["url"].split("/")[-2] + ".html.txt")
    assert published.read_bytes() == (BAD / "html-script-title.html").read_bytes()


def test_title_only_file_is_published_with_an_empty_body(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    record = next(d for d in _catalog(project)["documents"] if d["seed"] == "title-only.txt")
    assert (record["title"], record["words"]) == ("Only a title, no body", 0)


def test_encodings_are_recorded(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    encodings = {d["seed"]: d["encoding"] for d in _catalog(project)["documents"]}
    assert encodings["utf8-bom.txt"] == "utf-8"
    assert encodings["utf16-le-bom.txt"] == encodings["utf16-be-bom.txt"] == "utf-16"


def test_urls_are_unique_and_never_take_reserved_names(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    urls = [d["url"] for d in _catalog(project)["documents"]]
    assert len(urls) == len(set(urls))
    assert all(re.fullmatch(r"archive/documents/[a-z0-9-]{1,93}/", u) for u in urls), urls
    assert "archive/documents/index/" not in urls
    assert (project / "site" / "archive" / "index.html").read_text("utf-8").count("<h1>All documents</h1>") == 1


def is_inert_json(body: str) -> bool:
    """A JSON-LD element's text is JSON with no "<" (so nothing in it can end the element)."""
    try:
        json.loads(body)
    except ValueError:
        return False
    return "<" not in body


def injection_findings(html: str) -> list[str]:
    """Everything in ``html`` that a seed must never be able to produce, as readable findings."""
    findings = []
    for match in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.S | re.I):
        attrs, body = match.groups()
        if attrs == ' type="application/ld+json"' and is_inert_json(body):
            continue  # data, not code: a title saying "alert(1)" is allowed to say so there
        src = re.search(r'src="([^"]+)"', attrs)
        if PAYLOAD.search(attrs + body) or (src and not OUR_SCRIPTS.match(src.group(1))):
            findings.append(f"script: {match.group(0)[:120]}")
    for tag, values in elements(html):
        for name, value in values.items():
            if name.startswith("on") or name in {"autofocus", "style", "srcdoc", "formaction"}:
                findings.append(f"attribute {name} on <{tag}>")
            elif not (
                tag == "a" and name == "href" and "download" in values and value.startswith(CITATION_FILES)
            ) and value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                findings.append(f"URL {value[:60]} in <{tag} {name}>")
        if tag in {"iframe", "object", "embed", "base"}:
            findings.append(f"element <{tag}>")
    if "markdown_extensions" in html or "[tool.dossier]" in html:
        findings.append("a project file was pasted into the page")
    return findings


def test_the_scanner_finds_injections() -> None:
    bad = (
        '<p onclick="x()">a</p><script>alert(1)</script><a href=" JavaScript:alert(1)">x</a>'
        '<iframe src="x"></iframe><script src="https://evil.invalid/x.js"></script><p>markdown_extensions:</p>'
    )
    assert len(injection_findings(bad)) == 6
    assert injection_findings('<script src="../../assets/javascripts/bundle.js"></script><p>&lt;script&gt;</p>') == []
    assert injection_findings('<script type="application/ld+json">{"a": "alert(1) \\u003c/script"}</script>') == []
    assert len(injection_findings('<script type="application/ld+json">{"a": "alert(1)"</script>')) == 1
    ours = '<a href="data:application/x-bibtex;charset=utf-8;base64,QA==" download="x.bib">BibTeX</a>'
    assert injection_findings(ours) == []
    assert len(injection_findings(ours.replace(' download="x.bib"', ""))) == 1
    assert len(injection_findings(ours.replace("application/x-bibtex", "text/html"))) == 1


def test_no_html_file_contains_injected_script_handler_or_url(any_site: Path) -> None:
    project = any_site
    pages = sorted((project / "site").rglob("*.html"))
    documents = {project / "site" / d["url"] / "index.html" for d in _catalog(project)["documents"]}
    assert documents and documents <= set(pages)
    for page in pages:
        html = page.read_text("utf-8")
        assert injection_findings(html) == [], page
        assert "<style>body" not in html, page


def test_every_relative_link_resolves_with_either_renderer(any_site: Path) -> None:
    # Zensical rewrites links in raw HTML as if relative to the page's source file, MkDocs leaves
    # them alone: the generated pages' links must mean the same to both
    checked, broken = relative_links(any_site / "site")
    assert not broken and checked > 100


def test_titles_and_descriptions_are_escaped_in_head(any_site: Path) -> None:
    project = any_site
    for record in _catalog(project)["documents"]:
        html = (project / "site" / record["url"] / "index.html").read_text("utf-8")
        head = html[: html.index("</head>")]
        title = re.findall(r"<title>(.*?)</title>", head, flags=re.S)
        assert len(title) == 1 and "<" not in title[0], record["seed"]
        metas = [values for tag, values in elements(head) if tag == "meta" and values.get("name") == "description"]
        assert len(metas) == 1 and set(metas[0]) == {"name", "content"}, record["seed"]


def test_front_matter_cannot_change_the_template(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    record = next(d for d in _catalog(project)["documents"] if d["seed"] == "yaml-front-matter.txt")
    html = (project / "site" / record["url"] / "index.html").read_text("utf-8")
    assert "data-dossier-body" in html and 'class="md-content"' in html
    assert record["title"] == "---"
    for seed in ("yaml-coercion-no.txt", "yaml-coercion-date.txt"):
        title = next(d["title"] for d in _catalog(project)["documents"] if d["seed"] == seed)
        assert title == (BAD / seed).read_text("utf-8").split("\n", 1)[0]


#: where each renderer writes its own search index: off, so none or (Zensical) an empty one
THEME_SEARCH_INDEXES = {"search/search_index.json": "docs", "search.json": "items"}


def test_search_holds_each_text_exactly_as_data(bad_site: tuple[Path, Any]) -> None:
    """The theme writes no search index; Pagefind's records hold each title and text exactly (as
    JSON data, which the search page only ever shows as text: see tests/browser/test_search.py)."""
    project, _ = bad_site
    site = project / "site"
    for path, key in THEME_SEARCH_INDEXES.items():
        assert not (site / path).exists() or json.loads((site / path).read_text("utf-8"))[key] == [], path
    fragments = indexed_fragments(site)
    records = _catalog(project)["documents"]
    assert sorted(fragments) == sorted(d["url"] for d in records)
    for record in records:
        fragment = fragments[record["url"]]
        assert fragment["meta"] == {"title": record["title"]}, record["seed"]
        body = body_text((site / record["url"] / "index.html").read_text("utf-8"))[0].split()
        # Pagefind drops zero-width spaces (its own word boundary mark) from what it indexes
        expected = " ".join(body).replace("\u200b", "").split() or record["title"].split()
        assert fragment["content"].split() == expected, record["seed"]


def test_curated_values_a_renderer_prints_are_shown_as_text(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    record = next(d for d in _catalog(project)["documents"] if d["seed"] == "title-breakout.txt")
    assert record["tags"] == ['<script>alert("pwned-tag")</script>', "<img src=x onerror=alert(1)>"]
    html = (project / "site" / record["url"] / "index.html").read_text("utf-8")
    head = html[: html.index("</head>")]
    metas = [values for tag, values in elements(head) if tag == "meta" and values.get("name") == "description"]
    assert metas == [{"name": "description", "content": '"><script>alert("pwned-description")</script>'}]
    shown_tags = [unescape(t).strip() for t in re.findall(r'<span class="md-tag">(.*?)</span>', html, flags=re.S)]
    assert shown_tags in ([], record["tags"])  # Material shows no tags without its plugin; Zensical does


def test_generated_pages_pass_through_markdown_unchanged(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    pages, changed = markdown_changes(project)
    assert pages > 40
    assert changed == []


def test_catalog_keeps_values_exact_and_csv_defuses_formulas(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    records = {d["seed"]: d for d in _catalog(project)["documents"]}
    assert records["title-breakout.txt"]["title"] == '</title><script>alert("pwned-breakout")</script>'
    assert records["csv-formula.txt"]["title"].startswith("=HYPERLINK(")
    csv_text = (project / "site" / "catalog.csv").read_text("utf-8")
    assert "'=HYPERLINK(" in csv_text
    assert not re.search(r"(^|,)[=+@]", csv_text, flags=re.M)


def test_strict_mode_fails_on_the_bad_corpus(bad_site: tuple[Path, Any]) -> None:
    project, _ = bad_site
    result = run_dossier(project, "--strict")
    assert result.returncode == 1
    assert "strict mode: failing on" in result.stderr
    assert "WARNING control-characters.txt: 6 control character(s)" in result.stderr
