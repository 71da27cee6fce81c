"""The head of a web page saved or copied as text: its chrome above the headline.

A text seed's first line is its title (structure.py). A page that a user saved as text, or
selected whole and pasted, opens instead with the site's menus, skip links and notices, and its
headline comes after them. When the first line is page chrome (chrome_title: a skip link, a
navigation label such as "Menu", a line the furniture rules take above a short line, or the
first item of a menu), or when it reads as a title but the lines above the article's first
paragraph of prose hold chrome (four lines or more, two of them taken by the rules: "Dow Jones, a
News Corp company" above "Subscribe", "Sign In"), the title is sought past it:

1. the furniture rules are run over the whole text, first line included;
2. the headline is looked for among the twelve lines above the article's first paragraph of
   prose (fifteen words or more, ending as a sentence), in the lines that read as one: four to
   eighteen words, not ending as a sentence, no byline or time stamp ("Chris Davies - Nov 19,
   2019, 10:31 pm CST"), not taken by the other rules unless by a menu run (a short headline
   glued under a menu is read as one of its items). Of those, the headline is the one sharing
   the most words (of four letters or more) with the article's first three lines, the nearest
   on a tie or if none shares any: a byline without "By" ("Meg Kinnard and Errin Haines,
   Associated Press") or a caption between headline and article shares none;
3. failing that, the first line the rules leave is the title; or, when that line is the
   article's first (fifteen words or more), a title is cut from it as structure.py cuts an
   over-long first line, and the line stays in the article.

The lines above the title that the rules took are listed as removed with their rules; the others
stay, at the article's start, so that a wrong headline loses nothing. The rest of the text then
goes through the furniture rules with the title found, as any text does. A text whose first
line is set apart by a blank line (every BBC headline) costs two patterns on that line.
"""

from __future__ import annotations

import itertools
import re

from dossier.extract import furniture_patterns as pat
from dossier.extract.furniture import furniture_lines, is_chrome_run, line_rule, menu_item
from dossier.extract.structure import MAX_TITLE, ends_as_sentence, shorten
from dossier.models import Paragraph

MIN_PROSE_WORDS = 15  # the article's first paragraph: a sentence at least this long
MIN_HEAD_MENU = 6  # short lines glued together at a text's top: a menu, whatever its words
HEAD_WINDOW = 12  # lines above the first prose where the headline is looked for
TOPIC_LINES = 3  # the article's first lines, whose words a headline shares
TOPIC_WORD = 4  # letters of a word that counts as shared (not "the", "and", "of")
MAX_CUT_TITLE = 80  # characters of a title cut from the article's first line
MIN_HEADLINE_WORDS = 4
HEAD_SCAN = 40  # lines read, from the top, for the first paragraph of prose (_chrome_above_prose)
MIN_HEAD_LINES = 4  # lines above the first prose of a text that may open with a page's chrome
MIN_HEAD_CHROME = 2  # of those, lines the furniture rules take
MAX_LABEL_WORDS = 2  # a first line this short is a label: a notice under it is read past
MAX_HEADLINE_WORDS = 18  # 101 of the 102 headlines of the benchmark's tuning half are no longer
# MIN_PROSE_WORDS words as pat.WORD finds them, matched from the start and no further (a lead
# paragraph runs to 60 words): each word taken whole, possessively, as findall would take it.
_PROSE_WORDS = re.compile(r"(?:[\W\d_]*+[^\W\d_]++(?:['’][^\W\d_]++)*+){" + str(MIN_PROSE_WORDS) + "}")
# A photo's caption ends with its credit, which no headline does: "... in New York.Reuters",
# "... Nogales, Ariz. (AP)", "... in coming weeks (Credit: iStock)". Captions share the article's
# words and stand between headline and article, where the headline is sought.
_CAPTION_END = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|PA|Getty Images|iStock|Shutterstock|Alamy)(?: Photo)?(?:/[^()]{1,40})?\)$|"
    r"\((?:photo|image|picture|credit)s?(?: credit)?\s*:[^()]{1,60}\)$|"
    r"[.!?”\"](?:Reuters|AP|AFP|EPA|Getty Images|Bloomberg|Shutterstock)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av|от|автор)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|"
    r"sept|déc|januar|februar|märz|juni|juli|okt|dez|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|"
    r"янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)[^\W\d_]*\.?\s*\d",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SKIP_LINK = re.compile(
    r"^(?:(?:skip|jump) (?:directly )?to\b|direkt zum inhalt|zum inhalt springen|aller au contenu|перейти к)",
    re.IGNORECASE,
)


def chrome_title(title: str, following: Paragraph = (), glued: bool = True) -> str | None:
    """The rule that makes a text's first line a page's chrome rather than its title, or None:
    a furniture line ("Skip to content", a cookie notice, "Menu"), or the first item of a menu
    that the lines ``following`` it without a blank line go on (see furniture._chrome_runs).
    A skip link or a navigation label ("Menu", "Search") is chrome wherever it is; any other
    first line is read by the rules only when a short line follows it without a blank line (a
    menu, or a cookie notice above one), not when it is set apart (every BBC headline) or the
    article's text follows: the rules' full reading of a short line costs about 0.1 ms, nothing
    on one document but 0.2 s of CPU over BBC's 2,224 titles."""
    text = title.strip().rstrip(":")
    label = "control" if _SKIP_LINK.match(text) else "menu" if pat.HEAD_LABEL.match(text) else None
    if label or not (glued and following and menu_item(following[0])):
        return label  # else a headline, or a lead paragraph, followed by the article's text
    rule = line_rule(title)
    if rule or not menu_item(title):
        return rule
    run = [title, *itertools.takewhile(menu_item, following)]
    if len(run) >= MIN_HEAD_MENU or is_chrome_run(len(run), sum(1 for line in run if line_rule(line))):
        return "menu-run"
    return None


def _words(text: str) -> int:
    return len(pat.WORD.findall(text))


def _prose(text: str) -> bool:
    """A sentence of MIN_PROSE_WORDS words or more, counted no further (see _PROSE_WORDS)."""
    return ends_as_sentence(text) and bool(_PROSE_WORDS.match(text))


def _dated(text: str) -> bool:
    """A byline or a time stamp: what a page puts between its headline and its article."""
    return bool(
        _BYLINE.match(text)
        or _CLOCK.search(text)
        or _NUMERIC_DATE.search(text)
        or (_YEAR.search(text) and _MONTH.search(text))
    )


def _headline_like(text: str) -> bool:
    return (
        MIN_HEADLINE_WORDS <= _words(text) <= MAX_HEADLINE_WORDS
        and len(text) <= MAX_TITLE
        and not pat.SENTENCE_END.search(text)
        and not _dated(text)
        and not _CAPTION_END.search(text)
    )


def _headline(lines: list[str], found: dict[int, str], start: int) -> int | None:
    """The index of the headline above the first paragraph of prose from ``start`` (the first
    line the rules leave; see the module docstring), or None."""
    prose = next((i for i in range(start, len(lines)) if i not in found and _prose(lines[i].strip())), None)
    if prose is None:
        return None
    candidates = [
        i
        for i in range(prose - 1, max(-1, prose - 1 - HEAD_WINDOW), -1)
        if lines[i].strip() and (i not in found or found[i] == "menu-run") and _headline_like(lines[i].strip())
    ]
    if not candidates:
        return None
    topic = _topic(" ".join(lines[prose : prose + TOPIC_LINES]))
    shared = {i: len(_topic(lines[i]) & topic) for i in candidates}
    best = max(shared.values())
    return next(i for i in candidates if shared[i] == best) if best else candidates[0]


def _chrome_above_prose(block: tuple[Paragraph, ...], keep: frozenset[str]) -> bool:
    """Whether the lines above a text's first paragraph of prose hold a page's chrome though its
    first line reads as a title ("Dow Jones, a News Corp company", "×", a weather widget's "55°F
    Clear" above a menu): at least MIN_HEAD_LINES lines, the first line included, of which
    MIN_HEAD_CHROME the rules take. A text whose second line is prose under a title of three words
    or more (every BBC article) costs two patterns on that line."""
    # Under a first line of a word or two, a label ("Share", "World"), a sentence the rules take
    # (a cookie notice) is no article's: read on past it. A headline's text is not read so.
    short = len(block[0][0].split()) <= MAX_LABEL_WORDS
    head: list[list[str]] = [[] for _ in block]
    count = 0
    for p, para in enumerate(block):
        for line in para:
            if count and (count >= HEAD_SCAN or (_prose(line.strip()) and not (short and line_rule(line)))):
                return count >= MIN_HEAD_LINES and _chrome_lines(head, keep) >= MIN_HEAD_CHROME
            head[p].append(line)
            count += 1
    return False  # no prose at all: no article to find a headline above


def _chrome_lines(head: list[list[str]], keep: frozenset[str]) -> int:
    """How many lines of ``head`` (paragraphs of lines) the furniture rules take, but a curator's."""
    lines = [line.strip() for para in head for line in para]
    return sum(1 for i in furniture_lines("", tuple(tuple(para) for para in head if para)) if lines[i] not in keep)


def _topic(text: str) -> set[str]:
    return {w for w in pat.WORD.findall(text.casefold()) if len(w) >= TOPIC_WORD}


def page_start(
    title: str, paragraphs: tuple[Paragraph, ...], glued: bool, keep: frozenset[str] = frozenset()
) -> tuple[str, tuple[Paragraph, ...], tuple[tuple[str, str], ...]]:
    """The title and paragraphs of a text whose first line is page chrome, and the lines above
    the title as (line, rule) pairs, to be listed as removed (see the module docstring).
    ``glued``: the first line runs into the first paragraph with no blank line between
    (structure.Split); ``keep``: lines a curator keeps (stripped), which no rule takes here
    either. Any other text is returned as it is, with no pair."""
    following = paragraphs[0] if glued and paragraphs else ()
    block = ((title, *paragraphs[0]), *paragraphs[1:]) if following else ((title,), *paragraphs)
    if not chrome_title(title, following, glued) and not _chrome_above_prose(block, keep):
        return title, paragraphs, ()
    where = [(p, line) for p, para in enumerate(block) for line in para]
    lines = [line for _, line in where]
    found = {i: rule for i, rule in furniture_lines("", block).items() if lines[i].strip() not in keep}
    start = next((i for i in range(len(lines)) if i not in found), None)
    if start is None:
        return title, paragraphs, ()  # chrome throughout: nothing is better than the first line
    head = _headline(lines, found, start)
    lead = tuple((line, found[i]) for i, line in enumerate(lines[: start if head is None else head]) if i in found)
    rest: list[list[str]] = [[] for _ in block]
    if head is None and _words(lines[start]) >= MIN_PROSE_WORDS:
        # no headline, and the article opens the text: a title is cut from its first line, as
        # structure.py cuts an over-long first line, and the line stays in the article
        for i, (p, line) in enumerate(where):
            if i >= start:
                rest[p].append(line)
        return shorten(lines[start].strip(), MAX_CUT_TITLE), tuple(tuple(para) for para in rest if para), lead
    head = start if head is None else head
    if len(lines[head].strip()) > MAX_TITLE:
        return title, paragraphs, ()
    for i, (p, line) in enumerate(where):
        if i > head or (i < head and i not in found):
            rest[p].append(line)
    return lines[head].strip(), tuple(tuple(para) for para in rest if para), lead
