"""Curator corrections: what a person says about a document wins over what was extracted.

Two places, both optional, validated together (every problem is reported with its file and key):

- ``curation.yml`` at the project root, for the whole collection::

      documents:
        003_7fce140085dacc93.txt:
          source: {name: TDI}
          tags: [Lavrov–Truss talks]

- a sidecar beside a seed, same name with ``.yml``: ``seeds/003_7fce140085dacc93.yml`` holding the
  same keys as one entry above. A sidecar wins over the collection file, key by key.

Seed text and generated files are never edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

import yaml

COLLECTION_FILE = "curation.yml"
SIDECAR_SUFFIXES = (".yml", ".yaml")
TYPES = ("report", "statement", "transcript")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_LANGUAGE = re.compile(r"[a-z]{2}")
_URL = re.compile(r"https?://[^\s<>\"']+")


@dataclass(frozen=True)
class Correction:
    """The fields a curator may set for one seed; None means "not curated"."""

    title: str | None = None
    date: str | None = None
    event_date: str | None = None
    place: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    language: str | None = None
    type: str | None = None
    tags: tuple[str, ...] | None = None
    description: str | None = None
    remove: tuple[str, ...] = ()  # lines to remove as furniture, as written in the seed
    keep: tuple[str, ...] = ()  # lines the furniture rules must keep

    def curated(self) -> tuple[str, ...]:
        """Names of the fields this correction sets."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) not in (None, ()))


KEYS = ("title", "date", "event_date", "place", "source", "language", "type", "tags", "description", "remove", "keep")


@dataclass
class Loaded:
    """Corrections by seed path, and every problem found while reading them."""

    corrections: dict[str, Correction] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def precision_of(value: str) -> str:
    """ "day", "month" or "year" for a valid ISO date string (see ``check_date``)."""
    return {10: "day", 7: "month", 4: "year"}[len(value)]


def check_date(value: Any) -> str | None:
    """None if ``value`` is YYYY, YYYY-MM or YYYY-MM-DD and a real date; else what is wrong."""
    text = value.isoformat() if isinstance(value, date) else value
    match = _DATE.fullmatch(text) if isinstance(text, str) else None
    if not match:
        return f"{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        date(year, month, day)
    except ValueError as exc:
        return f"{value!r} is not a real date ({exc})"
    return None


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def parse_entry(where: str, entry: Any) -> tuple[Correction, list[str]]:
    """Validate one document's corrections; ``where`` names the file and entry in messages."""
    if not isinstance(entry, dict):
        return Correction(), [f"{where}: must be a mapping of field: value, got {type(entry).__name__}"]
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in entry.items():
        problem = _check(key, value, values)
        if problem:
            problems.append(f"{where}: {key}: {problem}")
    return Correction(**values), problems


def _check(key: Any, value: Any, values: dict[str, Any]) -> str | None:
    """Store a valid value in ``values``; return what is wrong otherwise."""
    if key not in KEYS:
        return f"unknown key (valid keys: {', '.join(KEYS)})"
    if key in ("date", "event_date"):
        problem = check_date(value)
        if problem is None:
            values[key] = value.isoformat() if isinstance(value, date) else value
        return problem
    if key == "source":
        return _check_source(value, values)
    if key == "language":
        if isinstance(value, str) and _LANGUAGE.fullmatch(value):
            values[key] = value
            return None
        return f"{value!r} is not a two-letter ISO 639-1 code such as en or ru"
    if key == "type":
        if value in TYPES:
            values[key] = value
            return None
        return f"{value!r} is not one of {', '.join(TYPES)}"
    if key in ("tags", "remove", "keep"):
        strings = _strings(value)
        if strings is None:
            return "must be a list of strings"
        values[key] = strings
        return None
    if isinstance(value, str) and value.strip():
        values[key] = value.strip()
        return None
    return "must be a non-empty string"


def _check_source(value: Any, values: dict[str, Any]) -> str | None:
    if not isinstance(value, dict) or not set(value) <= {"name", "url"} or not value:
        return "must be a mapping with name and/or url"
    name, url = value.get("name"), value.get("url")
    if name is not None and not (isinstance(name, str) and name.strip()):
        return "name must be a non-empty string"
    if url is not None and not (isinstance(url, str) and _URL.fullmatch(url)):
        return f"url {url!r} must be an http:// or https:// address"
    values["source_name"] = name.strip() if isinstance(name, str) else None
    values["source_url"] = url
    return None


def _parse_yaml(name: str, data: bytes, problems: list[str]) -> Any:
    try:
        return yaml.safe_load(data.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(f"{name}: cannot be read as YAML: {exc}")
        return None


def load_corrections(root: Path, sidecars: dict[str, bytes], seeds: set[str]) -> Loaded:
    """Read ``curation.yml`` and the sidecars (their bytes, as the read stage found them under
    seeds/); every seed named must exist among ``seeds``."""
    loaded = Loaded()
    collection = root / COLLECTION_FILE
    if collection.is_file():
        try:
            data = _parse_yaml(COLLECTION_FILE, collection.read_bytes(), loaded.problems)
        except OSError as exc:
            loaded.problems.append(f"{COLLECTION_FILE}: cannot be read: {exc.strerror or exc}")
            data = None
        if data is not None and not (isinstance(data, dict) and set(data) == {"documents"}):
            loaded.problems.append(f"{COLLECTION_FILE}: must hold one key, documents, mapping seed paths to fields")
        elif isinstance(data, dict):
            for seed, entry in sorted((data["documents"] or {}).items()):
                _add(loaded, f"{COLLECTION_FILE}: documents: {seed}", str(seed), entry, seeds)
    for sidecar, raw in sidecars.items():
        seed = sidecar.rsplit(".", 1)[0] + ".txt"
        data = _parse_yaml(f"seeds/{sidecar}", raw, loaded.problems)
        if data is not None:
            _add(loaded, f"seeds/{sidecar}", seed, data, seeds, sidecar=True)
    return loaded


def _add(loaded: Loaded, where: str, seed: str, entry: Any, seeds: set[str], *, sidecar: bool = False) -> None:
    if seed not in seeds:
        loaded.problems.append(f"{where}: names a seed that does not exist (seeds/{seed})")
        return
    correction, problems = parse_entry(where, entry)
    loaded.problems.extend(problems)
    earlier = loaded.corrections.get(seed)
    if sidecar and earlier is not None:
        merged = {f.name: getattr(earlier, f.name) for f in fields(Correction)}
        merged.update({name: getattr(correction, name) for name in correction.curated()})
        correction = Correction(**merged)
    loaded.corrections[seed] = correction
