"""Saved web pages (``.html``, ``.htm``): the article's text and what the page says about itself.

The main text is found by trafilatura, the field's maintained extractor: navigation, cookie
notices, sidebars, related links, comments and footers are left out. The summary many sites
print under the headline, outside the element trafilatura takes for the article, is put back
when trafilatura leaves it out (``standfirst``). Its output (paragraphs,
headings, list items, quotes, table rows, line breaks) is laid out as a plain-text seed, so the
rest of the pipeline (furniture, dates, names) treats it as any other text.

Metadata comes from the page's markup only, never from its text: the title (Open Graph, JSON-LD,
``<title>``, a single ``<h1>``) without the site-name suffix, the site's name, the canonical
http(s) address, and the publication date that htmldate finds in the head, JSON-LD and
``datePublished`` microdata (its guesses from dates in the body text are not used: a date the
text mentions is not the page's date).

The parsers get the text this module decoded, never a path or an address: htmldate fetches a
string that looks like a URL, so it is only ever handed a parsed tree.
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

from dossier.errors import SourceError
from dossier.models import DateValue, Decoded, FileMeta, Source
from dossier.read.charset import page_text
from dossier.read.layout import clean_line, same_line, seed_text

#: htmldate refuses dates after this one; a fixed day keeps builds reproducible (its default is today)
MAX_DATE = "2099-12-31"
MIN_DATE = "1990-01-01"
PAGE_METADATA = "page"  # provenance of values read from the page's markup
_SEPARATORS = r"\s*[|\-–—:·•»/]\s*"
_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
#: what in a page's body is metadata, not text: JSON-LD, microdata dates, the headline
_BODY_METADATA = (
    './/script[@type="application/ld+json"]|.//*[@itemprop="datePublished" or @itemprop="dateCreated"]|.//h1'
)
_BLOCKS = {"p", "head", "quote", "code", "item", "row"}
#: a standfirst: a description of fewer words is no summary; the words an element must begin
#: with; at least this fraction of the description's words (not a byline that begins it), at most
#: this many words (a summary, not a container of the article)
MIN_STANDFIRST_WORDS = 6
STANDFIRST_KEY_WORDS = 4
SHORTEST = 0.6
LONGEST_STANDFIRST = 120
_STANDFIRST_TAGS = {"p", "div", "h2", "span"}
_NOT_STANDFIRST = {"nav", "footer", "aside", "form", "a", "figure", "figcaption", "button", "noscript", "template"}
#: a part of <title> longer than this is not a site's name
MAX_SITE_NAME = 60
#: what Chrome, Edge and Internet Explorer write at the top of a page saved "HTML only"
_SAVED_FROM = re.compile(r"<!-- saved from url=\(\d+\)(\S+?) ?-->")
#: libxml2 stops parsing HTML at 256 nested elements and drops the rest of the page without an
#: error; a tree that deep is refused rather than published with text missing
MAX_DEPTH = 255

for _name in ("trafilatura", "htmldate", "justext", "courlan"):
    # their parse problems are reported as rejections with a reason, not as log lines
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


def _libraries() -> tuple[Any, Any, Any]:
    """trafilatura and lxml, imported on first use: a build without web pages never loads them."""
    import trafilatura
    import trafilatura.utils
    from lxml import html as lxml_html

    return trafilatura, trafilatura.utils, lxml_html


def read_html(source: Source, fallback_encodings: tuple[str, ...]) -> Decoded:
    """The article of a saved web page as seed text, with the page's own metadata."""
    text, encoding, undefined = page_text(source.seed, source.data, fallback_encodings)
    trafilatura, utils, _ = _libraries()
    try:
        tree = utils.load_html(text)
        if tree is None:
            raise SourceError(source.seed, "is not an HTML page (no document could be parsed)")
        if nesting(tree) >= MAX_DEPTH:
            raise SourceError(
                source.seed, f"nests elements {MAX_DEPTH} or more deep: the HTML parser stops there, text would be lost"
            )
        meta, description = _page_meta(tree, text)
        found = trafilatura.bare_extraction(
            copy.deepcopy(tree), include_comments=False, include_images=False, include_links=False, fast=False
        )
    except SourceError:
        raise
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        raise SourceError(source.seed, f"cannot be read as a web page ({type(exc).__name__}: {exc})") from exc
    paragraphs = list(_paragraphs(found.body)) if found is not None and found.body is not None else []
    lines = (line for para in paragraphs for line in para if not (meta.title and same_line(line, meta.title)))
    opening = next((line for line in lines if len(line.split()) >= MIN_STANDFIRST_WORDS), "")
    lede = standfirst(tree, description, opening)
    if lede:
        paragraphs = with_standfirst(paragraphs, lede, meta.title)
    if not any(line for para in paragraphs for line in para):
        raise SourceError(source.seed, "has no article text: nothing in it could be told from navigation and furniture")
    notes = (f"{undefined} byte(s) undefined in {encoding} shown as �",) if undefined else ()
    return Decoded(source, seed_text(meta.title, paragraphs), encoding, "html", meta, notes)


def nesting(tree: Any) -> int:
    """How deep the elements of ``tree`` nest (one pass, no recursion)."""
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _paragraphs(body: Any) -> list[tuple[str, ...]]:
    """trafilatura's body as paragraphs of lines: a paragraph, heading or quote is one paragraph
    (``<lb/>`` starts a new line), a list is one paragraph with a line per item, a table one
    paragraph with a line per row (cells joined by " | ")."""
    out: list[tuple[str, ...]] = []
    for element in body:
        tag = element.tag
        if tag == "list":
            out.append(tuple(line for item in element.findall("item") for line in _lines(item)))
        elif tag == "table":
            out.append(tuple(" | ".join(clean_line(_flat(cell)) for cell in row) for row in element.findall("row")))
        elif tag == "quote" and len(element) and all(child.tag in _BLOCKS | {"list"} for child in element):
            out.extend(_paragraphs(element))
        else:
            out.append(_lines(element))
    return [tuple(line for line in para if line.strip()) for para in out]


def _lines(element: Any) -> tuple[str, ...]:
    """The text of ``element`` split at its ``<lb/>`` elements and at newlines (``<pre>``)."""
    parts: list[str] = [element.text or ""]
    for child in element.iterdescendants():
        if child.tag == "lb":
            parts.append("\n")
        else:
            if child.tag in ("item", "row", "p", "head") and parts[-1] != "\n":
                parts.append("\n")
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return tuple("".join(parts).split("\n"))


def _flat(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _metadata_tree(tree: Any) -> Any:
    """A page holding only what is metadata: the head, JSON-LD, datePublished microdata and the
    headline. htmldate, given it, reads declared dates and never dates from the text."""
    _, _, lxml_html = _libraries()
    root = lxml_html.Element("html")
    head = tree.find("head")
    root.append(copy.deepcopy(head) if head is not None else lxml_html.Element("head"))
    body = lxml_html.Element("body")
    for element in tree.xpath(_BODY_METADATA):
        if element.getparent() is not None and element.getparent().tag != "head":
            kept = copy.deepcopy(element)
            kept.tail = None
            body.append(kept)
    root.append(body)
    return root


def _page_meta(tree: Any, text: str) -> tuple[FileMeta, str]:
    """Title, site name, canonical address and publication date from the page's markup; and
    the page's description (its ``description`` or Open Graph meta), "" if it declares none."""
    trafilatura, _, _ = _libraries()
    date_config = {
        "extensive_search": False,
        "original_date": True,
        "min_date": MIN_DATE,
        "max_date": MAX_DATE,
        "deferred_url_extractor": True,  # a declared date wins over digits in the address
    }
    found = trafilatura.extract_metadata(_metadata_tree(tree), date_config=date_config, extensive=False)
    site = clean_line(found.sitename) if found.sitename else None
    title = clean_line(found.title) if found.title else None
    if title and (not site or "." in site):  # no declared name (a domain is trafilatura's guess)
        site = site_from_title(_title_element(tree), title) or site
    url = found.url if found.url and _URL.fullmatch(found.url) else _saved_from(text)
    date = DateValue(found.date, "day", PAGE_METADATA, "") if found.date else None
    title = strip_site_name(title, site) if title else None
    return FileMeta(title=title or None, date=date, source_name=site or None, source_url=url), found.description or ""


def _words(text: str) -> list[str]:
    return text.casefold().split()


def standfirst(tree: Any, description: str, opening: str) -> str | None:
    """The page's standfirst: the summary printed between the headline and the article, which
    many sites keep in the page's header beside the headline, outside the element trafilatura
    takes for the article, so that it leaves the summary out ("New York's aging below-street
    infrastructure is tough to maintain, ..." under its headline on nytimes.com) or adds it
    after the article. ``opening``: the article's first sentence-long line as trafilatura found it.

    It is found as what the page says it is: the first element after the headline (``<h1>``)
    whose text begins with the first words of the page's declared description, before the
    article's opening, not inside navigation, a link, a caption, a form or a footer, with at
    least most of the description's words (not a byline that begins it) and at most a summary's
    (not a container of the article). None when the page declares no description or headline,
    or the description is the article's own opening."""
    wanted = _words(description)
    if len(wanted) < MIN_STANDFIRST_WORDS:
        return None
    opening_words = _words(opening)
    key, start = wanted[:STANDFIRST_KEY_WORDS], opening_words[:STANDFIRST_KEY_WORDS]
    headline = tree.find(".//body//h1")
    if headline is None:
        return None
    after_headline = False
    for element in tree.iter():
        if element is headline:
            after_headline = True
            continue
        if not after_headline or element.tag not in _STANDFIRST_TAGS:
            continue
        own = _words(element.text or "")[:STANDFIRST_KEY_WORDS]  # cheap: the element's own first words
        opens_article = bool(own) and own == start[: len(own)]
        if not opens_article and (not own or own != key[: len(own)]):
            continue
        content = element.text_content()  # read once, only for an element that may be either
        words = _words(content)
        if opens_article and words[: len(start)] == start:
            return None  # the article begins: no summary before it
        if (
            own == key[: len(own)]
            and words[: len(key)] == key
            and SHORTEST * len(wanted) <= len(words) <= LONGEST_STANDFIRST
            and not (start and " ".join(opening_words) in " ".join(words))  # it holds the article
            and not any(a.tag in _NOT_STANDFIRST for a in element.iterancestors())
        ):
            return clean_line(" ".join(content.split()))
    return None


def with_standfirst(paragraphs: list[tuple[str, ...]], lede: str, title: str | None) -> list[tuple[str, ...]]:
    """``paragraphs`` opening with ``lede``, the page's standfirst, where trafilatura left it out
    (after the headline, where trafilatura kept it as the first paragraph); unchanged where the
    article holds its text anywhere: trafilatura's order is kept."""
    if " ".join(_words(lede)) in " ".join(_words(" ".join(line for para in paragraphs for line in para))):
        return paragraphs
    at = 1 if title and paragraphs and same_line(" ".join(paragraphs[0]), title) else 0
    return [*paragraphs[:at], (lede,), *paragraphs[at:]]


def _title_element(tree: Any) -> str:
    element = tree.find(".//head/title")
    return clean_line(element.text_content()) if element is not None else ""


def site_from_title(title_element: str, headline: str) -> str | None:
    """The site's name when the ``<title>`` is the headline plus one more part ("Talks end —
    The Times" with the headline "Talks end" gives "The Times"); None otherwise."""
    for pattern in (rf"{re.escape(headline)}{_SEPARATORS}(.+)", rf"(.+?){_SEPARATORS}{re.escape(headline)}"):
        match = re.fullmatch(pattern, title_element, flags=re.IGNORECASE)
        if match and len(match.group(1)) <= MAX_SITE_NAME:
            return match.group(1).strip()
    return None


def _saved_from(text: str) -> str | None:
    """The address in a browser's "saved from url" comment at the top of a saved page."""
    match = _SAVED_FROM.search(text[:2048])
    return match.group(1) if match and _URL.fullmatch(match.group(1)) else None


def strip_site_name(title: str, site: str | None) -> str:
    """``title`` without a site-name suffix or prefix ("Talks end | The Times" -> "Talks end")."""
    if not site:
        return title
    name = re.escape(site)
    for pattern in (rf"(.+?){_SEPARATORS}{name}", rf"{name}{_SEPARATORS}(.+)"):
        match = re.fullmatch(pattern, title, flags=re.IGNORECASE)
        if match:
            return match.group(1).strip()
    return title
