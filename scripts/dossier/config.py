"""Every setting once: its type, default and meaning, read from ``[tool.dossier]`` in pyproject.toml.

Command-line flags override the file. All problems are reported together in one ConfigError.
"""

from __future__ import annotations

import codecs
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import ConfigError
from dossier.models import SiteInfo


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
    #: the site's public address, ``site_url`` in mkdocs.yml (``!ENV`` resolved as MkDocs does),
    #: ending in "/"; empty when unknown, and then no absolute link is written anywhere
    site_url: str = ""
    #: ``site_description`` in mkdocs.yml: the feeds' description
    site_description: str = ""

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.seeds

    @property
    def docs_dir(self) -> Path:
        return self.root / self.docs

    @property
    def site(self) -> SiteInfo:
        """The site's name, address and description, as render needs them."""
        return SiteInfo(self.site_name, self.site_url, self.site_description)


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
    """Safe loader that reads mkdocs.yml's ``!ENV`` tags as MkDocs does and other tags (such as
    ``!!python/name``) as null."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``: the first variable that is set, else the
    default (the last item of a list of two or more), as pyyaml-env-tag reads it for MkDocs."""
    default: Any = None
    if isinstance(node, yaml.SequenceNode):
        children = list(node.value)
        if len(children) > 1:
            default = loader.construct_object(children.pop())
        names = [loader.construct_scalar(child) for child in children if isinstance(child, yaml.ScalarNode)]
    elif isinstance(node, yaml.ScalarNode):
        names = [loader.construct_scalar(node)]
    else:
        return None
    for name in names:
        if str(name) in os.environ:
            return os.environ[str(name)]
    return default


MkDocsYamlLoader.add_constructor("!ENV", _env_tag)
MkDocsYamlLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _site_url(value: object) -> str:
    """``site_url`` ending in "/" (as MkDocs normalises it), or "" when unset or not http(s)."""
    if not isinstance(value, str) or not value.strip().lower().startswith(("https://", "http://")):
        return ""
    return value.strip().rstrip("/") + "/"


def read_site_config(mkdocs_yml: Path) -> SiteInfo:
    """``site_name``, ``site_url`` and ``site_description`` from mkdocs.yml; defaults when the
    file or a key is missing."""
    try:
        data = yaml.load(mkdocs_yml.read_text("utf-8"), Loader=MkDocsYamlLoader)  # noqa: S506 - safe subclass
    except FileNotFoundError:
        return SiteInfo()
    except yaml.YAMLError as exc:
        raise ConfigError(f"{mkdocs_yml}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        return SiteInfo()
    name, description = data.get("site_name"), data.get("site_description")
    return SiteInfo(
        name=name if isinstance(name, str) and name.strip() else "Dossier",
        url=_site_url(data.get("site_url")),
        description=description if isinstance(description, str) else "",
    )


def read_site_name(mkdocs_yml: Path) -> str:
    """``site_name`` from mkdocs.yml, or "Dossier" when the file or key is missing."""
    return read_site_config(mkdocs_yml).name


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
    known = {f.name for f in fields(Settings)} - {"root", "site_name", "site_url", "site_description"}
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
    site = read_site_config(root / "mkdocs.yml")
    values.update(site_name=site.name, site_url=site.url, site_description=site.description)
    settings = replace(Settings(root=root.resolve()), **values)
    if not settings.seeds_dir.is_dir():
        raise ConfigError(f"seeds folder {settings.seeds_dir} does not exist: create it and add .txt files")
    return settings
