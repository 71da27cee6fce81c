"""Furniture on real web pages, end to end: ``python -m dossier.evaluation.real_pages SET.yaml PAGES``.

The collections of real lines (``tests/data/furniture_fresh22.yaml``, ``furniture_fresh24.yaml``)
were taken from saved pages: each line has the ``site`` it came from (a test page of Mozilla
Readability, or ``newspaper4k:<name>`` / ``codelucas-newspaper:<name>`` of those projects' tests).
evaluation/furniture_positions.py tries each line alone in a text article, as a text seed would
carry it. A web page is not read that way: the build reads it with trafilatura (read/html.py),
which drops most of a page's chrome by its markup, and the furniture rules then read what is
left. Here every page goes through the build's own reading and extraction (extract_source), and
each labelled line is looked for in the article that comes out:

- a furniture line **survives** when it is a line of the article (or, at five words or more,
  inside one); else it is gone, by trafilatura or by the rules (``removed by the rules`` counts
  the latter);
- a genuine line is **kept** when it is in the article; a genuine line the rules removed is
  counted apart, as that is the rules' error, not the reader's.

PAGES is a folder of the saved pages, one per site, named after it with ":" made "_" and ".html"
added (``newspaper4k_cnn_001.html``). The pages are not in this repository (they are the projects'
test data, several megabytes): ``--export`` writes them from git mirrors of the three projects.
Only the tuning half's lines are ever printed (``--show``: furniture that survived, genuine lines lost).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from dossier.evaluation.benchmark_text import flatten
from dossier.extract import extract_source
from dossier.models import Document, Source

_SPACES = re.compile(r"\s+")
MIN_INSIDE_WORDS = 5  # a line this long counts as present inside a longer line of the article
WORDS_PER_MINUTE = 200
#: where each source's pages are in its repository, by the prefix of a ``site``
SOURCES = {
    "": ("mozilla/readability", "test/test-pages/{name}/source.html"),
    "newspaper4k": ("AndyTheFactory/newspaper4k", "tests/data/html/{name}.html"),
    "codelucas-newspaper": ("codelucas/newspaper", "tests/data/html/{name}.html"),
}


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def page_file(site: str) -> str:
    """The file name a site's page has in PAGES."""
    return site.replace(":", "_") + ".html"


def score(entries: Sequence[dict[str, Any]], pages: Path, *, as_text: bool = False) -> tuple[Counter[str], list[str]]:
    """Counts by part ("tuning furniture", "heldout furniture survived", ...) and the tuning half's
    surviving furniture lines and lost genuine lines; ``entries``: a collection's furniture and
    genuine entries; ``as_text``: each page flattened to plain text first and read as a text
    seed (benchmark_text.flatten), as a user who saved the page as text would give it."""
    counts: Counter[str] = Counter()
    shown: list[str] = []
    by_site: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        by_site.setdefault(entry["site"], []).append(entry)
    for site, items in sorted(by_site.items()):
        path = pages / page_file(site)
        if not path.is_file():
            counts["lines without their page"] += len(items)
            continue
        data, name = path.read_bytes(), path.name
        if as_text:
            data, name = flatten(data).encode("utf-8"), path.with_suffix(".txt").name
        found = extract_source(
            ("cp1252",), WORDS_PER_MINUTE, (Source(name, data, hashlib.sha256(data).hexdigest()), None)
        )
        if not isinstance(found, Document):
            counts["lines of rejected pages"] += len(items)
            continue
        lines = [found.title, *(line for para in found.paragraphs for line in para)]
        present = {_norm(line) for line in lines}
        text = _norm("\n".join(lines))
        removed = {_norm(r.line) for r in found.meta.removed}
        for entry in items:
            wanted, part = _norm(entry["line"]), entry.get("part") or "tuning"
            here = wanted in present or (len(wanted.split()) >= MIN_INSIDE_WORDS and wanted in text)
            if "kind" in entry:
                counts[f"{part} furniture"] += 1
                counts[f"{part} furniture survived"] += here
                counts[f"{part} furniture removed by the rules"] += not here and wanted in removed
                if here and part == "tuning":
                    shown.append(f"survived {entry['kind']} ({site}): {entry['line']}")
            else:
                counts[f"{part} genuine"] += 1
                counts[f"{part} genuine kept"] += here
                counts[f"{part} genuine removed by the rules"] += not here and wanted in removed
                if not here and part == "tuning":
                    by = "the furniture rules" if wanted in removed else "reading the page"
                    shown.append(f"lost genuine, by {by} ({site}): {entry['line']}")
    return counts, shown


def report(counts: Counter[str]) -> list[str]:
    """The figures as printable lines, per part."""
    out = []
    for part in ("tuning", "heldout"):
        total, genuine = counts[f"{part} furniture"], counts[f"{part} genuine"]
        if not total and not genuine:
            continue
        gone = total - counts[f"{part} furniture survived"]
        share = f" ({100 * gone / total:.1f}%)" if total else ""
        out.append(
            f"{part}: furniture lines gone from the article {gone}/{total}{share}, "
            f"{counts[f'{part} furniture removed by the rules']} of them by the furniture rules"
        )
        out.append(
            f"  genuine lines kept {counts[f'{part} genuine kept']}/{genuine}; "
            f"removed by the furniture rules {counts[f'{part} genuine removed by the rules']}"
        )
    for key in ("lines without their page", "lines of rejected pages"):
        if counts[key]:
            out.append(f"{key}: {counts[key]}")
    return out


def export(entries: Sequence[dict[str, Any]], mirrors: Path, pages: Path) -> int:
    """Write every site's page into ``pages`` from git mirrors under ``mirrors`` (``owner+name/repo``,
    as the fetch tool leaves them); the number written."""
    pages.mkdir(parents=True, exist_ok=True)
    written = 0
    for site in sorted({entry["site"] for entry in entries}):
        prefix, _, name = site.rpartition(":")
        repository, template = SOURCES[prefix]
        git_dir = mirrors / repository.replace("/", "+") / "repo"
        shown = subprocess.run(  # noqa: S603 - fixed arguments, a local mirror
            ["git", "--git-dir", str(git_dir), "show", f"HEAD:{template.format(name=name)}"],  # noqa: S607
            capture_output=True,
            check=False,
        )
        if shown.returncode == 0:
            (pages / page_file(site)).write_bytes(shown.stdout)
            written += 1
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; prints the report and returns 0."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.real_pages", description=__doc__)
    parser.add_argument("set", type=Path, help="a collection of real lines (YAML with a site per line)")
    parser.add_argument("pages", type=Path, help="folder of the saved pages, one <site>.html per site")
    parser.add_argument("--export", type=Path, metavar="MIRRORS", help="first write the pages from git mirrors here")
    parser.add_argument(
        "--show", action="store_true", help="print the tuning half's surviving furniture and lost genuine lines"
    )
    parser.add_argument(
        "--as-text", action="store_true", help="flatten each page to plain text and read it as a text seed"
    )
    args = parser.parse_args(argv)
    data: dict[str, Any] = yaml.safe_load(args.set.read_text(encoding="utf-8"))
    entries = [*data.get("furniture", []), *data.get("genuine", [])]
    if any("site" not in entry for entry in entries):
        parser.error(f"{args.set} has lines without a site: it is not a collection of real pages")
    if args.export:
        print(f"pages written: {export(entries, args.export, args.pages)}")
    counts, shown = score(entries, args.pages, as_text=args.as_text)
    if args.show:
        print("\n".join(shown))
    print("\n".join(report(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
