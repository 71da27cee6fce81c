"""Web pages saved as plain text, as a user's text seed carries them, on a public benchmark:
``python -m dossier.evaluation.benchmark_text FOLDER [--show]``.

A researcher who copies a whole web page into a ``.txt`` seed ("Select all", "Save as text")
brings the page's menus, share bars, related links and footers with the article. This scores
what the extract stage's furniture rules leave of such text on Zyte's article extraction
benchmark (the 181 pages of ``benchmark_pages``, written by its ``--export``): each page is
flattened to text as a browser's ``innerText`` lays it out (one line per block, a blank line
around each paragraph; script, style and hidden elements left out; no style sheet, as a saved
page opened offline), read as a ``.txt`` seed, and the published paragraphs are scored by the
benchmark's 4-word shingles against the hand-written body, beside the flattened text itself
(every line after the first, which a text seed takes for its title):

- ``flattened``: the text as the user saved it, nothing taken;
- ``published``: what a document page shows after the furniture rules.

Precision is how much of the text kept is the article; recall how much of the article is
kept (a headline found further down and made the title leaves the published text, as the title
is not part of it). The title a text seed gets (extract/page_head.py) is compared with the
page's headline, its first ``<h1>`` or else its Open Graph title, by their words
(``same_headline``). Lines the rules took that are mostly (half their shingles or more) in the body are
counted per half: the rules' cost. The halves are ``benchmark_pages``'s (a hash of each page's
key); only the tuning half's lines are printed (``--show``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from dossier.evaluation.benchmark_pages import (
    HALF,
    WORDS_PER_MINUTE,
    Counts,
    _share_in,
    matching,
    part,
    report,
    scores,
    shingles,
)
from dossier.extract import extract_source
from dossier.models import Document, Source

WAYS = ("flattened", "published")
#: elements whose text a browser never lays out
_UNSEEN = {
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "iframe", "object", "canvas",
}  # fmt: skip
#: elements laid out as blocks by a browser's default style sheet: a line of their own
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre",
    "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "select",
}  # fmt: skip
_CELLS = {"td", "th"}  # a tab between cells of a row, as innerText puts it
_PARAGRAPH = "\0"  # a blank line's place: collapsed with its neighbours, then written as one
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_WORDS = re.compile(r"\w+")
TITLE_SHARE = 0.6  # a title is the page's headline when it shares this much of its words both ways


def _hidden(element: etree._Element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style


def _walk(element: etree._Element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if not tag or tag in _UNSEEN or _hidden(element):
        return
    if tag == "br":
        out.append("\n")
    elif tag == "p":
        out.append(_PARAGRAPH)
    elif tag in _BLOCKS:
        out.append("\n")
    elif tag in _CELLS:
        out.append("\t")
    if element.text:
        out.append(_SPACES.sub(" ", element.text))
    for child in element:
        _walk(child, out)
        if child.tail:
            out.append(_SPACES.sub(" ", child.tail))
    if tag == "p":
        out.append(_PARAGRAPH)
    elif tag in _BLOCKS:
        out.append("\n")


def _parse(data: bytes) -> etree._Element:
    try:  # most pages are UTF-8 and many do not say so, where lxml would guess Latin-1
        data.decode("utf-8")
    except UnicodeDecodeError:
        return lxml_html.document_fromstring(data)
    return lxml_html.document_fromstring(data, parser=lxml_html.HTMLParser(encoding="utf-8"))


def headline(data: bytes) -> str:
    """The page's headline: its first ``<h1>`` with text, else its Open Graph title."""
    return _headline(_parse(data))


def _headline(root: etree._Element) -> str:
    for h1 in root.iter("h1"):
        text = _SPACES.sub(" ", h1.text_content()).strip()
        if text:
            return text
    return next((m.get("content", "").strip() for m in root.iter("meta") if m.get("property") == "og:title"), "")


def same_headline(title: str, wanted: str) -> bool:
    """True when ``title`` and ``wanted`` share at least TITLE_SHARE of each one's words."""
    got, want = set(_WORDS.findall(title.casefold())), set(_WORDS.findall(wanted.casefold()))
    return bool(got and want) and min(len(got & want) / len(got), len(got & want) / len(want)) >= TITLE_SHARE


def flatten(data: bytes) -> str:
    """A saved page's text as a browser lays it out: one line per block element, a blank line
    around each paragraph, spaces collapsed, empty lines dropped (more than one blank line
    becomes one)."""
    return _flatten(_parse(data))


def _flatten(root: etree._Element) -> str:
    out: list[str] = []
    _walk(root, out)
    lines: list[str] = []
    for chunk in "".join(out).replace(_PARAGRAPH, "\n\0\n").split("\n"):
        line = chunk.strip(" \t")
        if line == _PARAGRAPH:
            if lines and lines[-1] != "":
                lines.append("")
        elif line:
            lines.append(line)
    return "\n".join(lines).strip() + "\n"


def evaluate(folder: Path) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Scores by "<half> <way>" and "all <way>"; by half, the lines the rules removed, those of
    them mostly in the body, the pages with a headline (``<h1>``, or Open Graph title) and
    those the text seed is titled by (same_headline); and the tuning half's lines for
    ``--show``: each title beside the headline, published lines none of which is in the body
    (chrome left), and lines the rules took that are mostly in it (article lost)."""
    truth: dict[str, dict[str, str]] = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    counts: dict[str, list[Counts]] = {}
    removed: Counter[str] = Counter()
    removed_in_body: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    shown: list[str] = []
    for key, item in sorted(truth.items()):
        root = _parse(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()))
        text = _flatten(root)
        data = text.encode("utf-8")
        source = Source(f"{key}.txt", data, hashlib.sha256(data).hexdigest())
        document = extract_source((), WORDS_PER_MINUTE, (source, None))
        published = [line for para in document.paragraphs for line in para] if isinstance(document, Document) else []
        flattened = [line for line in text.split("\n")[1:] if line.strip()]
        true, half, url = item.get("articleBody", ""), part(key), item.get("url", key)
        expected = shingles(true)
        for way, lines in (("flattened", flattened), ("published", published)):
            page = matching(true, "\n".join(lines))
            counts.setdefault(f"{half} {way}", []).append(page)
            counts.setdefault(f"all {way}", []).append(page)
        taken = document.meta.removed if isinstance(document, Document) else ()
        removed[half] += len(taken)
        lost = [r.line for r in taken if _share_in(r.line, expected) >= HALF]
        removed_in_body[half] += len(lost)
        title = document.title if isinstance(document, Document) else ""
        wanted = _headline(root)
        titles[f"{half} pages with a headline"] += bool(wanted)
        titles[f"{half} titled by it"] += bool(wanted) and same_headline(title, wanted)
        if half != "tuning":
            continue
        shown.append(f"title ({url}): {title} [headline: {wanted}]")
        shown += [f"lost, in the body ({url}): {line}" for line in lost]
        shown += [f"left, not in the body ({url}): {line}" for line in published if not _share_in(line, expected)]
    order = [f"{half} {way}" for half in ("tuning", "heldout", "all") for way in WAYS]
    found = {name: scores(counts[name]) for name in order if name in counts}
    for half in ("tuning", "heldout"):
        found[f"{half} lines removed"] = {"lines": float(removed[half])}
        found[f"{half} removed in the body"] = {"lines": float(removed_in_body[half])}
        for name in (f"{half} pages with a headline", f"{half} titled by it"):
            found[name] = {"pages": float(titles[name])}
    return found, shown


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; prints the scores and returns 0."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.benchmark_text", description=__doc__)
    parser.add_argument("folder", type=Path, help="the benchmark's html/ folder and ground-truth.json")
    parser.add_argument("--show", action="store_true", help="print the tuning half's titles, lost and left lines")
    parser.add_argument("--dump", type=Path, metavar="DIR", help="also write each flattened page here, as KEY.txt")
    args = parser.parse_args(argv)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for page in sorted((args.folder / "html").glob("*.html.gz")):
            text = flatten(gzip.decompress(page.read_bytes()))
            (args.dump / page.name.replace(".html.gz", ".txt")).write_text(text, encoding="utf-8")
    found, shown = evaluate(args.folder)
    if args.show:
        print("\n".join(shown))
    print("\n".join(report(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
