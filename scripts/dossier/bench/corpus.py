"""Benchmark inputs: a temporary copy of a real corpus, and synthetic corpora built from it."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from dossier.evaluation.corpus import load_bbc
from dossier.read.discover import walk

MONTHS = "January February March April May June July August September October November December".split()
PLACES = ["LONDON", "MOSCOW", "BRUSSELS", "WASHINGTON", "KYIV", "BERLIN", "PARIS", "GENEVA"]


def copy_corpus(source: Path, seeds: Path) -> int:
    """Copy every ``*.txt`` of ``source`` (its category folders) into ``seeds``; return the count."""
    count = 0
    for rel in walk(source):
        if rel.lower().endswith(".txt") and "/" in rel:  # skip the corpus README at the top
            (seeds / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / rel, seeds / rel)
            count += 1
    return count


def synthetic_corpus(source: Path, seeds: Path, count: int, seed: int = 7) -> int:
    """``count`` documents recombining real paragraphs, with varied datelines (dates, places), so
    that every stage has realistic work. Deterministic for a given ``seed``."""
    rng = random.Random(seed)
    articles = [(a.title, [p for p in a.body.split("\n") if p.strip()]) for a in load_bbc(source)]
    for n in range(count):
        title, paragraphs = articles[n % len(articles)]
        extra = rng.choice(articles)[1]
        body = paragraphs[:3] + rng.sample(extra, min(3, len(extra))) + paragraphs[3:6]
        when = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2004, 2024)}"
        dateline = f"{rng.choice(PLACES)}, {when} -"
        folder = seeds / f"{n // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = f"{title} ({n})\n{dateline} " + "\n".join(body) + "\n"
        (folder / f"{n:05d}.txt").write_text(text, "utf-8")
    return count
