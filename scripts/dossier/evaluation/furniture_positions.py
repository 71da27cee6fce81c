"""Furniture wordings nobody tuned on, where pages put them:
``python -m dossier.evaluation.furniture_positions CORPUS SET.yaml ...``.

The collections in tests/data (``furniture_fresh*.yaml``, ``furniture_written7.yaml``) hold real
or blind-written furniture lines by kind, most split into a tuning half and a held-out half
(``part``), and genuine lines. tests/test_furniture.py tries each line alone in the middle of an
article; a page puts most furniture elsewhere, as the labelled generator does (inject.py): audio
prompts, sharing and cookie lines above the article, newsletter, sharing and cookie prompts below
it, adverts, related links and captions between its paragraphs. Here each furniture line goes
into a corpus article at the places of its kind, and each genuine line where it belongs (an
``opening`` line above the article's first paragraph, a ``closing`` line below its last, any
other line between two paragraphs, and a ``heading`` also above the first: a subtitle).

Two figures per part:

- **positions**: lines found where their kind goes, and genuine lines removed;
- **generator**: the labelled generator of evaluation.furniture run over the corpus with the
  weak kinds' wordings (newsletter, related, audio, cookie, advert) taken only from the sets'
  held-out halves, the rest as usual: an estimate of what a check with wordings we never saw
  would measure (every line recall, weak kinds, genuine lines lost).

Only the tuning half's misses are ever printed (``--show``): the held-out half stays unread.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dossier.evaluation.furniture import Tally, labelled_tally
from dossier.evaluation.inject import BODY_KINDS, HEAD_KINDS, TAIL_KINDS, Article, load_corpus
from dossier.evaluation.phrasings import phrasings
from dossier.extract.furniture import find_furniture
from dossier.models import Paragraph

WEAK_KINDS = ("newsletter", "related", "audio", "cookie", "advert")
HEAD, BODY, TAIL = "head", "body", "tail"
# the kinds the generator puts at each place (navigation opens the head)
_KINDS_AT: tuple[tuple[str, tuple[str, ...]], ...] = (
    (HEAD, ("navigation", *dict(HEAD_KINDS))),
    (BODY, tuple(dict(BODY_KINDS))),
    (TAIL, tuple(dict(TAIL_KINDS))),
)
PLACES: dict[str, tuple[str, ...]] = {
    kind: tuple(place for place, there in _KINDS_AT if kind in there) for _, kinds in _KINDS_AT for kind in kinds
}
GENUINE_PLACES: dict[str, tuple[str, ...]] = {"opening": (HEAD,), "closing": (TAIL,), "heading": (BODY, HEAD)}
MIN_PARAGRAPHS = 4  # articles long enough to have a head, a body and a tail
STEP = 37  # the next line goes into the article this many further on: many articles, repeatably


@dataclass(frozen=True)
class Line:
    """One line of a collection: furniture (its kind) or genuine (its group), and its half."""

    text: str
    kind: str | None
    group: str
    part: str


def load_lines(path: Path) -> list[Line]:
    """Every line of a collection file; genuine lines without a group go between paragraphs."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    lines = [Line(x["line"], x["kind"], "", x.get("part") or "tuning") for x in data.get("furniture", [])]
    for item in data.get("genuine", []):
        entry = {"line": item} if isinstance(item, str) else item
        lines.append(Line(entry["line"], None, entry.get("group", ""), entry.get("part") or "tuning"))
    return lines


def placed(article: Article, line: str, place: str) -> tuple[Paragraph, ...]:
    """The article's paragraphs with ``line`` as a paragraph of its own at ``place``."""
    paragraphs = list(article.paragraphs)
    paragraphs.insert({HEAD: 0, BODY: 1, TAIL: len(paragraphs)}[place], (line,))
    return tuple(paragraphs)


def positions(lines: Sequence[Line], articles: Sequence[Article]) -> tuple[Counter[str], list[str]]:
    """Counts by part ("tuning found", "tuning lines", "heldout genuine removed", ...) and the
    tuning half's misses and genuine lines removed, as printable lines."""
    counts: Counter[str] = Counter()
    misses: list[str] = []
    for number, line in enumerate(lines):
        article = articles[(number * STEP) % len(articles)]
        genuine = line.kind is None
        for place in GENUINE_PLACES.get(line.group, (BODY,)) if genuine else PLACES.get(line.kind or "", (BODY,)):
            removed = [r.line for r in find_furniture(article.title, placed(article, line.text, place)).removed]
            if genuine:
                counts[f"{line.part} genuine lines"] += 1
                counts[f"{line.part} genuine removed"] += bool(removed)
                if removed and line.part == "tuning":
                    misses.append(f"genuine removed ({place}): {removed}")
                continue
            found = line.text in removed
            counts[f"{line.part} lines"] += 1
            counts[f"{line.part} found"] += found
            counts[f"{line.part} {line.kind} lines"] += 1
            counts[f"{line.part} {line.kind} found"] += found
            if not found and line.part == "tuning":
                misses.append(f"missed {line.kind} ({place}): {line.text}")
    return counts, misses


def unseen_generator(lines: Sequence[Line], articles: Sequence[Article], seed: int) -> Tally:
    """evaluation.furniture's labelled set with the weak kinds worded only by held-out lines."""
    wordings = dict(phrasings(real=False))
    for kind in WEAK_KINDS:
        # the generator fills "{headline}" in its wordings: a brace in a real line is its own
        held = [x.text.replace("{", "{{").replace("}", "}}") for x in lines if x.kind == kind and x.part == "heldout"]
        if held:
            wordings[kind] = tuple(held)
    return labelled_tally(articles, seed, wordings)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def report(counts: Counter[str], tally: Tally) -> list[str]:
    """The figures as printable lines: per part, then the generator's estimate."""
    out = []
    for part in ("tuning", "heldout"):
        if not counts[f"{part} lines"] and not counts[f"{part} genuine lines"]:
            continue
        kinds = sorted({key.split()[1] for key in counts if key.startswith(f"{part} ") and len(key.split()) == 3})
        found = _share(counts[f"{part} found"], counts[f"{part} lines"])
        genuine = f"{counts[f'{part} genuine removed']} of {counts[f'{part} genuine lines']} placements"
        out.append(f"{part}: furniture found where pages put it {found}")
        out.append(
            "  by kind: "
            + ", ".join(
                f"{k} {counts[f'{part} {k} found']}/{counts[f'{part} {k} lines']}" for k in kinds if k != "genuine"
            )
        )
        out.append(f"  genuine lines removed: {genuine}")
    every = _share(sum(tally.found.values()), sum(tally.kinds.values()))
    weak = sum(tally.kinds[k] for k in WEAK_KINDS)
    out.append(f"generator with held-out wordings for the weak kinds: every line {every}")
    out.append(
        f"  weak kinds {_share(sum(tally.found[k] for k in WEAK_KINDS), weak)}: "
        + ", ".join(f"{k} {tally.found[k]}/{tally.kinds[k]}" for k in WEAK_KINDS)
    )
    out.append(f"  genuine lines removed: {sum(tally.wrong.values())} of {tally.genuine}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; prints the report and returns 0."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.furniture_positions", description=__doc__)
    parser.add_argument("corpus", type=Path, help="folder of .txt articles: first line headline, then body")
    parser.add_argument("sets", type=Path, nargs="+", help="collection files (YAML: furniture and genuine lines)")
    parser.add_argument("--seed", type=int, default=2225, help="random seed of the generator (default 2225)")
    parser.add_argument("--show", action="store_true", help="print the tuning half's misses and genuine lines removed")
    args = parser.parse_args(argv)
    articles = [a for a in load_corpus(args.corpus) if len(a.paragraphs) >= MIN_PARAGRAPHS]
    if not articles:
        parser.error(f"no readable .txt articles of {MIN_PARAGRAPHS} paragraphs or more under {args.corpus}")
    lines = [line for path in args.sets for line in load_lines(path)]
    counts, misses = positions(lines, articles)
    if args.show:
        print("\n".join(misses))
    print("\n".join(report(counts, unseen_generator(lines, list(load_corpus(args.corpus)), args.seed))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
