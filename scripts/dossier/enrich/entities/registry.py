"""The curated entity registry, ``entities.yml``: canonical names, kinds, aliases and identifiers.

Curators list the people, places and organisations that must always be recognised under one
name (format in the comment at the top of ``entities.yml``). Every problem is reported with the
file, the entry and the key, and Dossier goes on: an entry without a valid name or kind is
ignored; an unknown key, a bad alias list or a malformed Wikidata id is ignored on its own; an
alias already claimed by another entity stays with the first entity. A missing file is an
empty registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dossier.enrich.entities.aliases import AliasIndex, AliasMatch, fold, normalise_name
from dossier.enrich.slugs import slugify
from dossier.models import pickled_by_fields

REGISTRY_FILE = "entities.yml"
KINDS = ("person", "place", "organisation")
KEYS = ("name", "kind", "aliases", "description", "wikidata")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_ARTICLE = re.compile(r"(?i)^the\s+")


@dataclass(frozen=True)
class RegistryEntity:
    """One curated entity; ``key`` is the URL-safe slug of its canonical name."""

    key: str
    name: str
    kind: str  # "person", "place" or "organisation"
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None  # a Wikidata item id such as "Q159"

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


pickled_by_fields(RegistryEntity)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


class Registry:
    """Curated entities with alias lookup (case, accent, whitespace and leading "the" insensitive)
    and one compiled pattern that finds every alias in a text."""

    def __init__(
        self, entities: tuple[RegistryEntity, ...] = (), problems: tuple[str, ...] = (), ignore: tuple[str, ...] = ()
    ) -> None:
        self.entities = entities
        self.problems = problems
        self.ignore = ignore
        # names never taken as a place, person or organisation found by rules or the gazetteer
        self.ignored = frozenset(name.casefold() for name in ignore)
        self._by_key = {entity.key: entity for entity in entities}
        self._by_name = {normalise_name(name): entity for entity in entities for name in entity.names}
        self._index = AliasIndex([(name, entity.key) for entity in entities for name in entity.names])

    def get(self, key: str) -> RegistryEntity | None:
        """The entity with this key, or None."""
        return self._by_key.get(key)

    def lookup(self, name: str) -> RegistryEntity | None:
        """The entity one of whose names equals ``name`` ("the UK", "KIEV", "Sergei  Lavrov")."""
        found = self._by_name.get(normalise_name(name))
        if found is None and _ARTICLE.match(name):
            found = self._by_name.get(normalise_name(_ARTICLE.sub("", name)))
        return found

    def find(self, text: str) -> list[tuple[AliasMatch, RegistryEntity]]:
        """Every alias in ``text``, longest first at each place, never overlapping, in text order."""
        return [(match, self._by_key[match.key]) for match in self._index.find(text)]


@lru_cache(maxsize=1 << 16)
def entity_key(name: str) -> str:
    """The URL-safe key of an entity name: "NATO–Russia Council" -> "nato-russia-council"."""
    return slugify(fold(name).replace("'", ""))


def load_registry(path: Path) -> Registry:
    """Read and validate a registry file; a missing file gives an empty registry."""
    if not path.is_file():
        return Registry()
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return Registry(problems=(f"{path.name}: cannot be read as YAML: {exc}",))
    return parse_registry(path.name, data)


def parse_registry(where: str, data: Any) -> Registry:
    """Validate registry data already read from YAML; ``where`` names the file in messages."""
    if data is None:
        return Registry()
    if not (
        isinstance(data, dict)
        and "entities" in data
        and set(data) <= {"entities", "ignore"}
        and isinstance(data["entities"], list | None)
    ):
        return Registry(problems=(f"{where}: must hold a list of entities under entities (and optionally ignore)",))
    problems: list[str] = []
    ignore = data.get("ignore") or []
    if not (isinstance(ignore, list) and all(isinstance(n, str) and n.strip() for n in ignore)):
        problems.append(f"{where}: ignore: must be a list of names; ignored")
        ignore = []
    entities: list[RegistryEntity] = []
    owners: dict[str, RegistryEntity] = {}
    for number, raw in enumerate(data["entities"] or ()):
        entity = _entry(f"{where}: entities[{number}]", raw, problems)
        if entity is None:
            continue
        label = f"{where}: entities[{number}] ({entity.name})"
        if any(e.key == entity.key for e in entities):
            problems.append(f"{label}: name: has the same key {entity.key!r} as an earlier entity; entry ignored")
            continue
        if normalise_name(entity.name) in owners:
            other = owners[normalise_name(entity.name)].name
            problems.append(f"{label}: name: is already a name of {other!r}; entry ignored")
            continue
        aliases: list[str] = []
        for alias in entity.aliases:
            owner = owners.get(normalise_name(alias))
            if owner is not None and owner.key != entity.key:
                problems.append(f"{label}: aliases: {alias!r} is already a name of {owner.name!r}; alias ignored")
            elif alias != entity.name and alias not in aliases:  # "Nato" beside "NATO": case is checked
                aliases.append(alias)
        entity = RegistryEntity(
            entity.key, entity.name, entity.kind, tuple(aliases), entity.description, entity.wikidata
        )
        for name in entity.names:
            owners.setdefault(normalise_name(name), entity)
        entities.append(entity)
    return Registry(tuple(entities), tuple(problems), tuple(n.strip() for n in ignore))


def _entry(where: str, raw: Any, problems: list[str]) -> RegistryEntity | None:
    """One entry, or None (with the reason in ``problems``) when it has no valid name or kind."""
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping with name, kind and aliases; got {type(raw).__name__}")
        return None
    name = raw.get("name")
    if not (isinstance(name, str) and normalise_name(name) and entity_key(name)):
        problems.append(f"{where}: name: must be a non-empty name; entry ignored")
        return None
    where = f"{where} ({name.strip()})"
    for key in raw:
        if key not in KEYS:
            problems.append(f"{where}: {key}: unknown key (valid keys: {', '.join(KEYS)})")
    if raw.get("kind") not in KINDS:
        problems.append(f"{where}: kind: {raw.get('kind')!r} is not one of {', '.join(KINDS)}; entry ignored")
        return None
    aliases = raw.get("aliases") or []
    if not (isinstance(aliases, list) and all(isinstance(a, str) and normalise_name(a) for a in aliases)):
        problems.append(f"{where}: aliases: must be a list of non-empty names; aliases ignored")
        aliases = []
    description = raw.get("description")
    if description is not None and not (isinstance(description, str) and description.strip()):
        problems.append(f"{where}: description: must be a non-empty string; ignored")
        description = None
    wikidata = raw.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.fullmatch(wikidata)):
        problems.append(f"{where}: wikidata: {wikidata!r} is not a Wikidata item id such as Q159; ignored")
        wikidata = None
    return RegistryEntity(
        key=entity_key(name),
        name=name.strip(),
        kind=raw["kind"],
        aliases=tuple(a.strip() for a in aliases),
        description=description.strip() if description else None,
        wikidata=wikidata,
    )
