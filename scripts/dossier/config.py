"""Every setting once: its type, default and meaning, read from ``[tool.dossier]`` in pyproject.toml.

Command-line flags override the file. All problems are reported together in one ConfigError.
"""

from __future__ import annotations

import codecs
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """Build settings. Paths are relative to the project root unless absolute."""

    root: Path
    #: folder of seed documents, read recursively
    seeds: Path = Path("seeds")
    #: MkDocs docs_dir; generated pages go to its reserved ``archive/`` folder
    docs: Path = Path("docs")
    #: treat every problem (rejected seed, warning) as a failure
    strict: bool = False
    #: seeds larger than this many bytes are rejected, to keep the build bounded
    max_seed_bytes: int = 2_000_000
    #: web pages, PDF and Word files larger than this are rejected (their text must still fit
    #: max_seed_bytes); such files carry images, fonts and scripts besides their text
    max_document_bytes: int = 50_000_000
    #: legacy encodings to try, in order, for seeds that are not UTF-8 (e.g. ["cp1252"]);
    #: a decoding that looks like mojibake is refused (see read/plausible.py)
    fallback_encodings: tuple[str, ...] = ()
    #: words per minute used for reading time
    words_per_minute: int = 220
    #: how many documents the home page lists as latest
    home_latest: int = 5
    #: rows per page of a listing (All documents, timeline, sources, data quality lists): a month
    #: or a source with more documents continues on further pages
    listing_rows: int = 200
    #: documents per Pagefind run when indexing for search: Pagefind needs about 220 KB of memory
    #: per document of a run; larger languages are indexed in parts, which the search page merges
    search_part_size: int = 2500
    #: the archive's name, read from ``site_name`` in mkdocs.yml
    site_name: str = "Dossier"

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.seeds

    @property
    def docs_dir(self) -> Path:
        return self.root / self.docs


_TYPES: dict[str, type] = {
    "seeds": Path,
    "docs": Path,
    "strict": bool,
    "max_seed_bytes": int,
    "max_document_bytes": int,
    "words_per_minute": int,
    "fallback_encodings": tuple,
    "home_latest": int,
    "listing_rows": int,
    "search_part_size": int,
}


class MkDocsYamlLoader(yaml.SafeLoader):
    """Safe loader that reads mkdocs.yml's ``!!python/name`` and ``!ENV`` tags as plain values."""


MkDocsYamlLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_site_name(mkdocs_yml: Path) -> str:
    """``site_name`` from mkdocs.yml, or "Dossier" when the file or key is missing."""
    try:
        data = yaml.load(mkdocs_yml.read_text("utf-8"), Loader=MkDocsYamlLoader)  # noqa: S506 - safe subclass
    except FileNotFoundError:
        return "Dossier"
    except yaml.YAMLError as exc:
        raise ConfigError(f"{mkdocs_yml}: invalid YAML: {exc}") from exc
    name = data.get("site_name") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name.strip() else "Dossier"


def _bad_encodings(value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return [repr(value)]
    bad = []
    for name in value:
        try:
            codecs.lookup(name)
        except LookupError:
            bad.append(name)
    return bad


def _valid(expected: type, value: Any) -> bool:
    if expected is bool:
        return isinstance(value, bool)
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def load_settings(root: Path, **overrides: Any) -> Settings:
    """Read ``[tool.dossier]`` from ``root/pyproject.toml`` (if any) and apply overrides."""
    table: dict[str, Any] = {}
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            table = tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}).get("dossier", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{pyproject}: invalid TOML: {exc}") from exc
    table.update({k: v for k, v in overrides.items() if v is not None})
    problems: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Settings)} - {"root"}
    for key, value in sorted(table.items()):
        if key not in known:
            problems.append(f"unknown setting {key!r} (known: {', '.join(sorted(known))})")
            continue
        expected = _TYPES[key]
        if expected is Path and isinstance(value, str | Path):
            values[key] = Path(value)
        elif expected is tuple:
            bad = _bad_encodings(value)
            if bad:
                problems.append(f"setting {key!r} must be a list of encoding names; unknown: {bad}")
            else:
                values[key] = tuple(value)
        elif _valid(expected, value):
            values[key] = value
        else:
            problems.append(
                f"setting {key!r} must be {'an' if expected is int else 'a'} {expected.__name__}"
                f"{' > 0' if expected is int else ''}, got {value!r}"
            )
    if problems:
        raise ConfigError("[tool.dossier] in pyproject.toml: " + "; ".join(problems))
    values["site_name"] = read_site_name(root / "mkdocs.yml")
    settings = replace(Settings(root=root.resolve()), **values)
    if not settings.seeds_dir.is_dir():
        raise ConfigError(f"seeds folder {settings.seeds_dir} does not exist: create it and add .txt files")
    return settings
