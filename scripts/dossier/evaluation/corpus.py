"""Corpora for evaluation.related: the BBC News set as it is, and bigger ones made from its paragraphs.

The BBC set (``CORPUS/<category>/<n>.txt``: headline on the first line, then the body) gives
categories to score related documents against. The synthetic corpus recombines its paragraphs
into any number of documents with a fixed seed, and injects known versions: every 50th document
is an earlier one saved again (new title, other spacing) and every 50th, offset by 25, an
earlier one edited (a sentence dropped or added, a word changed, or a line of furniture added).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
SEED = 2225
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


@dataclass(frozen=True)
class Article:
    """One document of a benchmark corpus."""

    id: str
    category: str
    title: str
    body: str

    @property
    def text(self) -> str:
        """Title and body, as related_documents reads a document."""
        return f"{self.title}\n\n{self.body}"


@dataclass(frozen=True)
class Synthetic:
    """A synthetic corpus and the versions injected into it: (copy id, original id) pairs."""

    articles: tuple[Article, ...]
    copies: tuple[tuple[str, str], ...]
    edits: tuple[tuple[str, str], ...]


def load_bbc(root: Path) -> list[Article]:
    """Every decodable article under ``root``, in path order (``sport/199.txt`` is not UTF-8)."""
    articles: list[Article] = []
    for category in CATEGORIES:
        for path in sorted((root / category).glob("*.txt")):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            title, _, body = text.strip().partition("\n")
            articles.append(Article(f"{category}/{path.name}", category, title.strip(), body.strip()))
    return articles


def _edit(body: str, rng: random.Random, pool: list[str]) -> str:
    """A small edit of the kind syndication makes."""
    sentences = _SENTENCE.split(body)
    kind = rng.choice(("drop", "add", "word", "furniture"))
    if kind == "drop" and len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences))]
    elif kind == "add":
        extra = _SENTENCE.split(rng.choice(pool))[0]
        sentences.insert(rng.randrange(1, len(sentences) + 1), extra)
    elif kind == "word":
        words = body.split(" ")
        words[rng.randrange(len(words))] = rng.choice(("reportedly", "however", "officials", "Monday"))
        return " ".join(words)
    else:
        return body + "\n\nShare this article: Facebook | Twitter | Email"
    return " ".join(sentences)


def synthetic(articles: list[Article], size: int, seed: int = SEED) -> Synthetic:
    """``size`` documents of 3 to 8 paragraphs drawn from one BBC category each."""
    rng = random.Random(seed)  # noqa: S311 - a repeatable corpus, not a secret
    pools: dict[str, list[str]] = defaultdict(list)
    titles: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        pools[article.category].extend(p.strip() for p in article.body.split("\n\n") if p.strip())
        titles[article.category].append(article.title)
    made: list[Article] = []
    copies: list[tuple[str, str]] = []
    edits: list[tuple[str, str]] = []
    for i in range(size):
        doc_id = f"synthetic/{i:06d}"
        if i >= 50 and i % 50 in (0, 25):
            original = made[rng.randrange(i - 25)]
            if i % 50 == 0:
                body = "  ".join(original.body.split(" ")).replace("\n\n", "\n\n\n")
                copies.append((doc_id, original.id))
            else:
                body = _edit(original.body, rng, pools[original.category])
                edits.append((doc_id, original.id))
            made.append(Article(doc_id, original.category, f"Copy: {original.title}", body))
            continue
        category = rng.choice(CATEGORIES)
        paragraphs = rng.sample(pools[category], rng.randint(3, 8))
        made.append(Article(doc_id, category, rng.choice(titles[category]), "\n\n".join(paragraphs)))
    return Synthetic(tuple(made), tuple(copies), tuple(edits))
