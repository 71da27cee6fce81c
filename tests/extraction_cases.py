"""Shared inputs of the metadata-extraction tests: the labelled cases and the real seeds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dossier.extract.structure import split_document, split_paragraphs
from dossier.models import Paragraph

CASES_FILE = Path(__file__).resolve().parent / "data" / "extraction_cases.yaml"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class Case:
    """One labelled case of tests/data/extraction_cases.yaml."""

    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    date: str | None
    precision: str | None
    provenance: str
    event_date: str | None
    place: str | None
    language: str


def _case(raw: dict[str, Any]) -> Case:
    return Case(
        id=raw["id"],
        title=raw["title"],
        paragraphs=split_paragraphs(raw["text"].strip("\n")),
        date=raw["date"],
        precision=raw["precision"],
        provenance=raw["provenance"],
        event_date=raw["event_date"],
        place=raw["place"],
        language=raw["language"],
    )


def load_cases() -> list[Case]:
    """Every labelled case, in file order."""
    with CASES_FILE.open(encoding="utf-8") as handle:
        return [_case(raw) for raw in yaml.safe_load(handle)]


CASES = load_cases()


def seed(prefix: str) -> tuple[str, tuple[Paragraph, ...]]:
    """Title and paragraphs of the seed whose file name starts with ``prefix`` (e.g. "003_")."""
    path = next(SEEDS.glob(f"{prefix}*.txt"))
    split = split_document(path.name, path.read_text(encoding="utf-8"))
    return split[0], split[1]
