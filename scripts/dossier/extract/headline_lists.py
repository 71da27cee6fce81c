"""Trailing lists of links to other articles ("More stories"), found by their shape.

Scraped pages often end with the headlines of unrelated articles, one per line. Such a run is
told apart from the end of an article, or from a genuine list (results, fixtures, nominees),
by three signs: every line is headline-shaped (short, no closing full stop), the lines are
marked alike (" -", " |", "•") or written in Title Case, and they share few words with the
article, since they are about something else.
"""

from __future__ import annotations

import re
import statistics

from dossier.extract import furniture_patterns as pat

MIN_ITEMS = 3
MAX_ITEM_WORDS = 22
MAX_ITEM_CHARS = 160
MARKED_SHARE = 0.6  # share of the run's lines that carry the same kind of edge separator
MIN_TITLE_CASE = 0.75  # share of a line's longer words that are capitalised
MIN_MEAN_WORDS = 5.0  # headlines are longer than fixtures ("Chelsea v Everton") or names
MIN_UNMARKED_WORDS = 4  # without separators, every line must be at least this long
MIN_PLAIN_ITEMS = 4
MAX_OVERLAP = {"marked": 0.5, "title-case": 0.25, "plain": 0.1}  # share of words found in the article
MAX_HEADER_WORDS = 5
MAX_LENGTH_RATIO = 2.0  # a first line twice as long as the items is the article's, not a link
MIN_LINE_OVERLAP = 0.2  # a first item may share this much with the article by chance


#: a person with a country or club in brackets, as a report ends with its referee or a results
#: list names players ("P O'Brien (New Zealand)"): the article's last line, never a headline
_NAMED_OFFICIAL = re.compile(r"^(?:[A-Z]\.?|[A-Z][a-z]+)(?: [A-Z][\w'’-]+){1,2} \([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\)$")


def _strip_marks(text: str) -> str:
    return pat.EDGE_SEPARATOR.sub("", text.strip()).strip()


def headline_shaped(line: str) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence or a clause."""
    if len(line.split(maxsplit=MAX_ITEM_WORDS + 2)) > MAX_ITEM_WORDS + 2:
        return False  # too long even without its two edge marks
    text = _strip_marks(line)
    words = text.split()
    first = next((ch for ch in text if ch.isalnum()), "")
    return (
        2 <= len(words) <= MAX_ITEM_WORDS
        and len(text) <= MAX_ITEM_CHARS
        and not text.endswith(".")
        and not pat.SENTENCE_END.search(text)
        and (first.isupper() or first.isdigit())
    )


def ends_like_prose(line: str) -> bool:
    """Whether a line ends as a sentence does ("... said.", '... right."'), not as a label or figure."""
    return bool(pat.PROSE_END.search(line.strip()))


def is_list_header(line: str) -> bool:
    """ "More stories", "You might also like": a short capitalised line with no closing punctuation."""
    text = line.strip()
    words = len(pat.WORD.findall(text))
    plain = not any(ch.isdigit() or ch in "(),[]" for ch in text)  # "Paul Honiss (New Zealand)" is an item
    return 0 < words <= MAX_HEADER_WORDS and plain and not pat.SENTENCE_END.search(text) and text[:1].isupper()


def content_words(text: str) -> set[str]:
    """Longer, less common words, case-folded: what a line is about."""
    return {w for w in (m.casefold() for m in pat.WORD.findall(text)) if len(w) >= 4 and w not in pat.COMMON_WORDS}


def title_case_share(text: str) -> float:
    """Share of the words of four letters or more that start with a capital."""
    words = [w for w in pat.WORD.findall(text) if len(w) >= 4]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def overlap(lines: list[str], vocabulary: set[str]) -> float:
    """Share of the content words of ``lines`` that also occur in ``vocabulary``."""
    words = [w for line in lines for w in content_words(line)]
    return sum(w in vocabulary for w in words) / len(words) if words else 1.0


def _kind(items: list[str], marked: int) -> str | None:
    """Which shape the run has ("marked", "title-case", "plain"), or None if it is not a list."""
    if marked >= MIN_ITEMS and marked >= MARKED_SHARE * len(items):
        return "marked"
    lengths = [len(_strip_marks(s).split()) for s in items]
    labelled = sum(1 for s in items if pat.LABELLED_ITEM.match(_strip_marks(s)))
    if min(lengths) < MIN_UNMARKED_WORDS or sum(lengths) < MIN_MEAN_WORDS * len(items) or 2 * labelled >= len(items):
        return None
    if all(title_case_share(s) >= MIN_TITLE_CASE for s in items):
        return "title-case"
    return "plain" if len(items) >= MIN_PLAIN_ITEMS else None


def _trailing_run(lines: list[str], order: list[int]) -> list[int]:
    """The headline-shaped lines at the end; with separators, only from the first marked line."""
    run: list[int] = []
    for i in reversed(order):
        if not headline_shaped(lines[i]) or _NAMED_OFFICIAL.match(lines[i].strip()):
            break
        run.insert(0, i)
    marked = [i for i in run if pat.EDGE_SEPARATOR.search(lines[i].strip())]
    return [i for i in run if i >= marked[0]] if len(marked) >= MIN_ITEMS else run


def _list_kind(lines: list[str], run: list[int], vocabulary: set[str]) -> str | None:
    """The shape of the list ending the text, after dropping leading lines about the article."""
    while len(run) >= MIN_ITEMS:
        items = [lines[i] for i in run]
        kind = _kind(items, sum(1 for s in items if pat.EDGE_SEPARATOR.search(s.strip())))
        if kind is None:
            return None
        typical = statistics.median(len(item.split()) for item in items[1:])
        about_article = overlap([items[0]], vocabulary) > max(MAX_OVERLAP[kind], MIN_LINE_OVERLAP)
        if not about_article and len(items[0].split()) <= MAX_LENGTH_RATIO * typical:
            return kind if overlap(items, vocabulary) <= MAX_OVERLAP[kind] else None
        run.pop(0)  # the article's own last line (about it, or much longer than the links)
    return None


def trailing_headlines(lines: list[str], title: str, skip: set[int]) -> dict[int, str]:
    """Indexes of the lines that form a trailing headline list (and its header), mapped to the rule."""
    order = [i for i in range(len(lines)) if i not in skip]
    run = _trailing_run(lines, order)
    if len(run) < MIN_ITEMS:
        return {}  # too short to be a list: no need to gather the article's words
    vocabulary = {w for i in order if i not in run for w in content_words(lines[i])} | content_words(title)
    if _list_kind(lines, run, vocabulary) is None:
        return {}
    rules = dict.fromkeys(run, "headline-list")
    before = [i for i in order if i < run[0]]
    # A header follows the article's last paragraph, which ends like prose; a short line after
    # other short lines ("8,200", "C Thomson": attendance and referee) belongs to them.
    if before and is_list_header(lines[before[-1]]) and (len(before) < 2 or ends_like_prose(lines[before[-2]])):
        rules[before[-1]] = "list-header"
    return rules
