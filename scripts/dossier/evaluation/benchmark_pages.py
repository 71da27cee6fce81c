"""The build's reading of web pages on a public benchmark it was never tuned on:
``python -m dossier.evaluation.benchmark_pages FOLDER [--export MIRRORS] [--show]``.

Zyte's article extraction benchmark (github.com/scrapinghub/article-extraction-benchmark, MIT)
holds 181 saved pages of as many sites with each page's article body written out by hand
(``ground-truth.json``), and scores an extractor by the 4-word shingles of its text against
that body: precision (how much of what it kept is the article), recall (how much of the article
it kept), averaged over pages, as the benchmark's own ``evaluate.py`` does (re-implemented here
in a few lines). trafilatura scores 0.938 / 0.978 there in the benchmark's last run.

Each page is read three ways, and only the article's text is compared (the title is a field of
its own in Dossier, as the headline is outside the benchmark's body):

- ``trafilatura``: the build's reader with the standfirst left out (read/html.py as it was
  before ``standfirst``);
- ``reader``: the build's reader, standfirst included;
- ``published``: the text a document page shows, after the extract stage's furniture rules.

The pages are the benchmark's test data (about 10 MB gzipped), not kept here: ``--export`` writes
them from a git mirror of the repository (as the fetch tool leaves it, ``owner+name/repo``).
The pages are split in halves by a hash of their keys; only the tuning half's lines are ever
printed (``--show``): each standfirst the reader added, with the share of its shingles that the
hand-written body holds (many bodies leave the standfirst out, as they leave the headline), and
each line of the published text none of whose shingles is in the body. The held-out half is
scored, never read. Lines the furniture rules took that are mostly in the body are counted per
half (the bodies keep some of what Dossier calls furniture: "See it now" buttons, short links).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from dossier.errors import SourceError
from dossier.extract import extract_source
from dossier.models import Document, Source
from dossier.read import html as html_reader

REPOSITORY = "scrapinghub/article-extraction-benchmark"
SHINGLE = 4  # words per shingle, as the benchmark's evaluate.py
WORDS_PER_MINUTE = 200
_TOKEN = re.compile(r"\w+")
WAYS = ("trafilatura", "reader", "published")
HALF = 0.5  # a removed line is counted as the body's when half its shingles or more are in it

Counts = tuple[float, float, float]  # true positives, false positives, false negatives (shares)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The text's word 4-grams with their counts (one shingle of all words when fewer)."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)) if tokens)


def matching(true: str, found: str) -> Counts:
    """True positives, false positives and false negatives of ``found``'s shingles against
    ``true``'s, as shares of their sum (every page weighs the same), as the benchmark counts."""
    expected, got = shingles(true), shingles(found)
    tp = sum(min(expected[key], got[key]) for key in expected.keys() | got.keys())
    fp = sum(max(0, got[key] - expected[key]) for key in got)
    fn = sum(max(0, expected[key] - got[key]) for key in expected)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: Sequence[Counts]) -> dict[str, float]:
    """Mean precision and recall over pages, and their F1 (the benchmark's ``metrics_from_tp_fp_fns``)."""

    def share(hit: float, miss: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if hit == miss == 0 else hit / (hit + miss)

    precision = statistics.mean(share(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(share(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


@contextmanager
def _without_standfirst() -> Iterator[None]:
    with mock.patch.object(html_reader, "standfirst", lambda *args: None):
        yield


def _read(source: Source, way: str) -> list[str]:
    """The article's lines as the reader gives them, with or without the standfirst ("reader",
    "trafilatura"); [] if refused. The published lines come from the document (evaluate)."""
    try:
        if way == "trafilatura":
            with _without_standfirst():
                decoded = html_reader.read_html(source, ())
        else:
            decoded = html_reader.read_html(source, ())
    except SourceError:  # a refused page counts as an empty text, as in the benchmark
        return []
    return decoded.text.split("\n\n", 1)[1].split("\n") if "\n\n" in decoded.text else []


def part(key: str) -> str:
    """The half of the benchmark a page is in, by a hash of its key: "tuning" or "heldout"."""
    return "tuning" if int(hashlib.sha256(key.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "heldout"


def _share_in(line: str, true: Counter[tuple[str, ...]]) -> float:
    """How much of ``line`` (its shingles) the hand-written body holds."""
    inside = shingles(line)
    return sum(min(n, true[s]) for s, n in inside.items()) / max(1, sum(inside.values()))


def evaluate(folder: Path) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Scores by "<half> <way>" (and "all <way>"), with "<half> removed in the body": lines the
    furniture rules took that are mostly (half or more) in the hand-written body; and the tuning
    half's lines for ``--show``: standfirsts the reader added, and lines of the published text
    none of which is in the body (chrome that survived, or what the bodies leave out)."""
    truth: dict[str, dict[str, str]] = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    counts: dict[str, list[Counts]] = {}
    removed_in_body: Counter[str] = Counter()
    shown: list[str] = []
    for key, item in sorted(truth.items()):
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        source = Source(f"{key}.html", data, key)
        # one extraction per page gives both the published lines and what the rules took
        document = extract_source((), WORDS_PER_MINUTE, (source, None))
        published = [line for para in document.paragraphs for line in para] if isinstance(document, Document) else []
        bodies = {way: _read(source, way) for way in ("trafilatura", "reader")} | {"published": published}
        true, half, url = item.get("articleBody", ""), part(key), item.get("url", key)
        for way, lines in bodies.items():
            page = matching(true, "\n".join(lines))
            counts.setdefault(f"{half} {way}", []).append(page)
            counts.setdefault(f"all {way}", []).append(page)
        expected = shingles(true)
        taken = document.meta.removed if isinstance(document, Document) else ()
        removed_in_body[half] += sum(1 for r in taken if _share_in(r.line, expected) >= HALF)
        if half != "tuning":
            continue
        for line in (line for line in bodies["reader"] if line.strip() and line not in bodies["trafilatura"]):
            shown.append(f"added, {_share_in(line, expected):4.0%} of it in the body ({url}): {line}")
        for line in (line for line in bodies["published"] if line.strip() and not _share_in(line, expected)):
            shown.append(f"survived, not in the body ({url}): {line}")
    order = [f"{half} {way}" for half in ("tuning", "heldout", "all") for way in WAYS]
    found = {name: scores(counts[name]) for name in order if name in counts}
    for half in ("tuning", "heldout"):
        found[f"{half} removed in the body"] = {"lines": float(removed_in_body[half])}
    return found, shown


def report(found: dict[str, dict[str, float]]) -> list[str]:
    """The scores as printable lines: precision, recall and F1 by reading, and counts of lines
    or pages (a score holding "lines" or "pages")."""
    out = []
    for name, score in found.items():
        unit = next((unit for unit in ("lines", "pages") if unit in score), None)
        if unit:
            out.append(f"{name}: {score[unit]:.0f} {unit[:-1]}(s)")
        else:
            out.append(
                f"{name:<22} precision {score['precision']:.3f}  recall {score['recall']:.3f}  F1 {score['f1']:.3f}"
            )
    return out


def export(mirrors: Path, folder: Path) -> int:
    """Write the benchmark's pages and ground truth into ``folder`` from its git mirror; pages written."""
    git_dir = mirrors / REPOSITORY.replace("/", "+") / "repo"
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(  # noqa: S603 - fixed arguments, a local mirror
        ["git", "--git-dir", str(git_dir), "archive", "HEAD", "html", "ground-truth.json"],  # noqa: S607
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)  # noqa: S603, S607
    return len(list((folder / "html").glob("*.html.gz")))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; prints the scores and returns 0."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.benchmark_pages", description=__doc__)
    parser.add_argument("folder", type=Path, help="the benchmark's html/ folder and ground-truth.json")
    parser.add_argument("--export", type=Path, metavar="MIRRORS", help="first write them from a git mirror here")
    parser.add_argument("--show", action="store_true", help="print the tuning half's added and surviving lines")
    args = parser.parse_args(argv)
    if args.export:
        print(f"pages written: {export(args.export, args.folder)}")
    found, shown = evaluate(args.folder)
    if args.show:
        print("\n".join(shown))
    print("\n".join(report(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
