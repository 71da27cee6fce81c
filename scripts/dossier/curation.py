"""Curator corrections: what a person says about a document wins over what was extracted.

Two places, both optional, validated together (every problem is reported with its file and key):

- ``curation.yml`` at the project root, for the whole collection::

      documents:
        003_7fce140085dacc93.txt:
          source: {name: TDI}
          tags: [Lavrov–Truss talks]

- a sidecar beside a seed, same name with ``.yml``: ``seeds/003_7fce140085dacc93.yml`` (or, to tell
  ``a.txt`` from ``a.html``, the full name: ``seeds/a.html.yml``) holding the same keys as one entry
  above. A sidecar wins over the collection file, key by key.

- folder defaults in ``curation.yml``, for every seed under a folder of seeds/::

      folders:
        wire: {source: {name: Example Wire, url: "https://example.org"}, language: en, type: report, tags: [wire]}

  A deeper folder wins over a shallower one, and a document's entry or sidecar over its folders,
  key by key (``source`` is one key: name and url together).

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
    from_folder: tuple[str, ...] = ()  # the keys (source, language, type, tags) a folder default set

    def curated(self) -> tuple[str, ...]:
        """Names of the fields this correction sets."""
        return tuple(
            f.name for f in fields(self) if f.name != "from_folder" and getattr(self, f.name) not in (None, ())
        )


KEYS = ("title", "date", "event_date", "place", "source", "language", "type", "tags", "description", "remove", "keep")
#: what a folder default may set: what is true of every document a folder holds
FOLDER_KEYS = ("source", "language", "type", "tags")
_KEY_FIELDS = {"source": ("source_name", "source_url")}
TOP_KEYS = ("documents", "folders")


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


def parse_entry(where: str, entry: Any, keys: tuple[str, ...] = KEYS) -> tuple[Correction, list[str]]:
    """Validate one document's (or folder's) corrections; ``where`` names the file and entry in
    messages; ``keys`` are the keys allowed there."""
    if not isinstance(entry, dict):
        return Correction(), [f"{where}: must be a mapping of field: value, got {type(entry).__name__}"]
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in entry.items():
        problem = _check(key, value, values) if key in keys else f"unknown key (valid keys: {', '.join(keys)})"
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


def _collection(root: Path, problems: list[str]) -> dict[str, Any]:
    """The top-level mapping of ``curation.yml`` ({} when absent or invalid, with the problem)."""
    collection = root / COLLECTION_FILE
    if not collection.is_file():
        return {}
    try:
        data = _parse_yaml(COLLECTION_FILE, collection.read_bytes(), problems)
    except OSError as exc:
        problems.append(f"{COLLECTION_FILE}: cannot be read: {exc.strerror or exc}")
        return {}
    if not isinstance(data, dict):
        if data is not None:
            problems.append(
                f"{COLLECTION_FILE}: must hold documents (seed paths to fields) and/or folders (folder paths to fields)"
            )
        return {}
    if not (data and set(data) <= set(TOP_KEYS)):
        problems.append(
            f"{COLLECTION_FILE}: must hold documents (seed paths to fields) and/or folders (folder paths to fields)"
        )
        return {}
    for key in TOP_KEYS:
        if data.get(key) is not None and not isinstance(data[key], dict):
            problems.append(f"{COLLECTION_FILE}: {key}: must be a mapping, got {type(data[key]).__name__}")
            data[key] = None
    return data


def load_corrections(root: Path, sidecars: dict[str, bytes], seeds: set[str]) -> Loaded:
    """Read ``curation.yml`` and the sidecars (their bytes, as the read stage found them under
    seeds/); every seed and folder named must exist among ``seeds``."""
    loaded = Loaded()
    data = _collection(root, loaded.problems)
    for seed, entry in sorted((data.get("documents") or {}).items(), key=lambda kv: str(kv[0])):
        _add(loaded, f"{COLLECTION_FILE}: documents: {seed}", str(seed), entry, seeds)
    by_stem: dict[str, list[str]] = {}
    for seed in sorted(seeds):
        by_stem.setdefault(seed.rsplit(".", 1)[0], []).append(seed)
    for sidecar, raw in sidecars.items():
        where = f"seeds/{sidecar}"
        described = _sidecar_seed(sidecar, seeds, by_stem, where, loaded.problems)
        entry = _parse_yaml(where, raw, loaded.problems) if described else None
        if described and entry is not None:
            _add(loaded, where, described, entry, seeds, sidecar=True)
    folders = _folders(data.get("folders") or {}, seeds, loaded.problems)
    if folders:
        for seed in seeds:
            merged = _with_folders(seed, folders, loaded.corrections.get(seed))
            if merged is not None:
                loaded.corrections[seed] = merged
    return loaded


def _sidecar_seed(
    sidecar: str, seeds: set[str], by_stem: dict[str, list[str]], where: str, problems: list[str]
) -> str | None:
    """The seed a sidecar describes: ``a.html.yml`` -> ``a.html``; ``a.yml`` -> the one seed named
    ``a.<suffix>`` (``a.txt`` when there is none, which is then reported as missing)."""
    stem = sidecar.rsplit(".", 1)[0]
    if stem in seeds:
        return stem
    matches = by_stem.get(stem, [])
    if len(matches) > 1:
        names = ", ".join(m.rsplit("/", 1)[-1] for m in matches)
        problems.append(f"{where}: describes several seeds ({names}): name it after one, e.g. {matches[0]}.yml")
        return None
    return matches[0] if matches else stem + ".txt"


def _folders(entries: dict[Any, Any], seeds: set[str], problems: list[str]) -> dict[str, Correction]:
    """Valid folder defaults by folder path ("" for the whole seeds folder)."""
    folders: dict[str, Correction] = {}
    parents = {seed.rsplit("/", 1)[0] if "/" in seed else "" for seed in seeds}
    known = {"/".join(parent.split("/")[:i]) for parent in parents for i in range(parent.count("/") + 2)}
    for name, entry in sorted(entries.items(), key=lambda kv: str(kv[0])):
        where = f"{COLLECTION_FILE}: folders: {name}"
        folder = str(name).strip("/")
        folder = "" if folder == "." else folder
        if folder not in known:
            problems.append(f"{where}: names a folder that holds no seeds (seeds/{folder})")
            continue
        correction, found = parse_entry(where, entry, FOLDER_KEYS)
        problems.extend(found)
        folders[folder] = correction
    return folders


def _with_folders(seed: str, folders: dict[str, Correction], own: Correction | None) -> Correction | None:
    """``own`` over the defaults of the folders holding ``seed``, deeper folders over shallower."""
    values: dict[str, Any] = {}
    for folder in sorted(folders, key=lambda f: (f.count("/"), f) if f else (-1, f)):
        if folder == "" or seed.startswith(folder + "/"):
            for key in FOLDER_KEYS:
                names = _KEY_FIELDS.get(key, (key,))
                if any(getattr(folders[folder], n) is not None for n in names):
                    values.update({n: getattr(folders[folder], n) for n in names})
    if not values:
        return own
    own = own or Correction()
    from_folder = []
    for key in FOLDER_KEYS:
        names = _KEY_FIELDS.get(key, (key,))
        if any(getattr(own, n) is not None for n in names):
            values.update({n: getattr(own, n) for n in names})
        elif any(n in values for n in names):
            from_folder.append(key)
    merged = {f.name: getattr(own, f.name) for f in fields(Correction)} | values
    return Correction(**{**merged, "from_folder": tuple(from_folder)})


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
