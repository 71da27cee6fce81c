"""Score the date extractor on labelled cases: ``python -m dossier.evaluation.dates FILE [FILE...]``.

FILE is a YAML list of cases in the form of tests/data/extraction_cases.yaml (id, title, text,
date, precision, provenance, language; place optional). A case's date is right when the date and
its precision are both right (an undated case is right when nothing is extracted); provenance,
language and place are scored apart. Misses are listed with what was found, so that a held-out
set (tests/data/dates_heldout.yaml) can be scored without reading it case by case.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dossier.extract.dates import extract_dates
from dossier.extract.language import document_language
from dossier.extract.place import extract_place
from dossier.extract.structure import split_paragraphs
from dossier.models import Paragraph


@dataclass(frozen=True)
class DateCase:
    """One labelled case: the text and what must be extracted from it."""

    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    date: str | None
    precision: str | None
    provenance: str
    language: str
    place: str | None  # None: the case does not say


def load_cases(path: Path) -> list[DateCase]:
    """The cases of one YAML file, in file order."""
    raw: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [
        DateCase(
            c["id"],
            c["title"],
            split_paragraphs(c.get("text", "").strip("\n")),
            c["date"],
            c["precision"],
            c["provenance"],
            c["language"],
            c.get("place"),
        )
        for c in raw
    ]


@dataclass(frozen=True)
class Score:
    """How many cases of a file were right, per field, and the lines describing each miss."""

    cases: int
    dates: int
    provenances: int
    languages: int
    places: int
    placed: int
    misses: tuple[str, ...]


def score(cases: Sequence[DateCase]) -> Score:
    """Extract from every case and compare with its labels."""
    dates = provenances = languages = places = placed = 0
    misses: list[str] = []
    for case in cases:
        info = extract_dates(case.title, case.paragraphs)
        right = (info.date, info.precision) == (case.date, case.precision)
        dates += right
        provenances += info.provenance == case.provenance
        language = document_language(case.title, case.paragraphs)
        languages += language == case.language
        if case.place is not None:
            placed += 1
            places += extract_place(case.title, case.paragraphs) == case.place
        if not right or language != case.language or info.provenance != case.provenance:
            misses.append(
                f"{case.id}: expected {case.date} ({case.precision}, {case.provenance}, {case.language}), "
                f"found {info.date} ({info.precision}, {info.provenance}, {language}) from {info.evidence!r}"
            )
    return Score(len(cases), dates, provenances, languages, places, placed, tuple(misses))


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def report(name: str, result: Score) -> list[str]:
    """The score of one file as printable lines."""
    return [
        f"{name}: dates {result.dates}/{result.cases} ({_pct(result.dates, result.cases)}); "
        f"provenance {result.provenances}/{result.cases}; language {result.languages}/{result.cases}; "
        f"place {result.places}/{result.placed}",
        *(f"  miss {line}" for line in result.misses),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; prints one score per file and returns 0."""
    parser = argparse.ArgumentParser(prog="python -m dossier.evaluation.dates", description=__doc__)
    parser.add_argument("files", type=Path, nargs="+", help="YAML files of labelled cases")
    args = parser.parse_args(argv)
    for path in args.files:
        print("\n".join(report(path.name, score(load_cases(path)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
