"""Build a labelled furniture test set: real articles with page furniture injected at random.

Each article keeps its own lines (the negatives) and gets, with fixed-seed randomness, some of:
a repeated or split title with an optional kicker, audio-player and sharing lines, navigation,
adverts, captions and "Read more" links between paragraphs, newsletter and cookie prompts,
tracker tokens, and a trailing list of other articles' headlines (Title Case or as written,
with various separators or none, an optional header and rule line). Every line carries its
label: the furniture kind, or None for the article's own text.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from dossier.evaluation.phrasings import KICKERS, LIST_HEADERS, LIST_SEPARATORS, RULE_LINES, phrasings
from dossier.extract.structure import split_document
from dossier.models import Paragraph

Block = list[tuple[str, str | None]]  # one paragraph: (line, furniture kind or None)
CLEAN_SHARE = 0.25  # share of articles left untouched
Wordings = Mapping[str, tuple[str, ...]]
WORDINGS: Wordings = phrasings()  # the generator's wordings and the held-out real ones
# Where each kind of line goes, with the chance that an article gets it: above the article (after
# any navigation and title repeat), between its paragraphs, below it.
HEAD_KINDS: tuple[tuple[str, float], ...] = (("audio", 0.35), ("share", 0.25), ("cookie", 0.08))
BODY_KINDS: tuple[tuple[str, float], ...] = (("advert", 0.35), ("related", 0.25), ("caption", 0.25))
TAIL_KINDS: tuple[tuple[str, float], ...] = (("share", 0.25), ("newsletter", 0.25), ("cookie", 0.08))
NAVIGATION_CHANCE = 0.15  # navigation lines open the head


@dataclass(frozen=True)
class Article:
    """One corpus article: where it came from, its title and its paragraphs."""

    name: str
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Labelled:
    """An article with furniture injected, and the label of every line, paragraph by paragraph."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    labels: tuple[tuple[str | None, ...], ...]


def load_corpus(root: Path) -> Iterator[Article]:
    """Every decodable ``*.txt`` under ``root``, in path order; undecodable files are skipped."""
    for path in sorted(root.rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        split = split_document(path.name, text.replace("\r\n", "\n"))
        if split[1]:
            yield Article(path.relative_to(root).as_posix(), split[0], split[1])


def _title_case(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def _fill(rng: random.Random, template: str, headlines: list[str]) -> str:
    return template.format(headline=rng.choice(headlines), n=rng.randint(1, 99999))


def _lines(rng: random.Random, kind: str, count: int, headlines: list[str], wordings: Wordings) -> Block:
    return [(_fill(rng, phrase, headlines), kind) for phrase in rng.sample(wordings[kind], count)]


def _title_block(rng: random.Random, title: str) -> Block:
    words = title.split()
    style = rng.choice(("same", "upper", "split", "kicker"))
    if style == "split" and len(words) >= 4:
        at = title.index(":") + 1 if ":" in title else len(" ".join(words[: len(words) // 2]))
        return [(title[:at].strip(), "title-repeat"), (title[at:].strip(), "title-repeat")]
    if style == "kicker":
        return [(rng.choice(KICKERS), "kicker"), (title, "title-repeat")]
    return [(title.upper() if style == "upper" else title, "title-repeat")]


def _headline_list(rng: random.Random, headlines: list[str]) -> list[Block]:
    items = rng.sample(headlines, rng.randint(min(3, len(headlines)), min(16, len(headlines))))
    if rng.random() < 0.5:
        items = [_title_case(item) for item in items]
    mark = rng.choice(LIST_SEPARATORS)
    marked = [f"{mark}{item}" if mark.endswith(" ") else f"{item}{mark}" for item in items]
    if rng.random() < 0.3:
        marked[-1] = items[-1]  # the last link often lacks its separator
    blocks: list[Block] = []
    if rng.random() < 0.4:
        blocks.append([(rng.choice(RULE_LINES), "separator")])
    if rng.random() < 0.4:
        blocks.append([(rng.choice(LIST_HEADERS), "list-header")])
    if rng.random() < 0.6:
        return blocks + [[(item, "headline-list")] for item in marked]
    return [*blocks, [(item, "headline-list") for item in marked]]


def _split(block: Block, rng: random.Random) -> list[Block]:
    """Furniture lines as one paragraph or one paragraph each, at random."""
    return [block] if rng.random() < 0.4 else [[line] for line in block]


def _head(rng: random.Random, article: Article, headlines: list[str], wordings: Wordings) -> list[Block]:
    blocks: list[Block] = []
    if rng.random() < NAVIGATION_CHANCE:
        blocks += _split(_lines(rng, "navigation", rng.randint(1, 2), headlines, wordings), rng)
    if rng.random() < 0.4:
        blocks += _split(_title_block(rng, article.title), rng)
    for kind, chance in HEAD_KINDS:
        if rng.random() < chance:
            blocks += _split(_lines(rng, kind, rng.randint(1, 2), headlines, wordings), rng)
    return blocks


def _tail(rng: random.Random, headlines: list[str], wordings: Wordings) -> list[Block]:
    blocks: list[Block] = []
    for kind, chance in TAIL_KINDS:
        if rng.random() < chance:
            blocks += _split(_lines(rng, kind, rng.randint(1, 2), headlines, wordings), rng)
    if rng.random() < 0.4:
        blocks += _headline_list(rng, headlines)
    if rng.random() < 0.3:
        blocks.append(_lines(rng, "tracker", 1, headlines, wordings))
    return blocks


def inject(article: Article, headlines: list[str], rng: random.Random, wordings: Wordings = WORDINGS) -> Labelled:
    """``article`` with furniture added; ``headlines`` are other articles' titles to link to."""
    body: list[Block] = [[(line, None) for line in para] for para in article.paragraphs]
    if rng.random() >= CLEAN_SHARE:
        for kind, chance in BODY_KINDS:
            if rng.random() < chance and len(body) > 1:
                body.insert(rng.randrange(1, len(body)), _lines(rng, kind, 1, headlines, wordings))
        body = _head(rng, article, headlines, wordings) + body + _tail(rng, headlines, wordings)
    return Labelled(
        article,
        tuple(tuple(line for line, _ in block) for block in body),
        tuple(tuple(kind for _, kind in block) for block in body),
    )
