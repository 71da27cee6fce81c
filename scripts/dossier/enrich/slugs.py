"""Readable, unique URL slugs from titles.

A slug is the title folded to lowercase ASCII words joined by ``-`` (Cyrillic transliterated),
at most 80 characters. Titles that give the same slug all get their id appended, so no document
takes another's URL and the choice does not depend on which file was added first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

MAX_SLUG = 80
RESERVED = frozenset({"index", "404", "search", "assets"})

# Russian/Ukrainian/Belarusian Cyrillic, a readable BGN/PCGN-style romanisation.
_ROMAN = "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g w"
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў", _ROMAN.split(), strict=True))
_NON_WORD = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    """Lowercase ASCII approximation: accents dropped, Cyrillic romanised, others removed."""
    out: list[str] = []
    for char in text.lower():
        if char in _CYRILLIC:
            out.append(_CYRILLIC[char].strip("_"))
        else:
            out.append(char)
    folded = unicodedata.normalize("NFKD", "".join(out))
    return folded.encode("ascii", "ignore").decode("ascii")


def slugify(title: str) -> str:
    """The readable part of a URL; empty when the title has no Latin or Cyrillic letters."""
    # ASCII (most names and titles) folds to itself: transliterating it would only lowercase it
    slug = _NON_WORD.sub("-", title.lower() if title.isascii() else transliterate(title)).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[: MAX_SLUG + 1].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    return slug


def assign_slugs(titles: dict[str, str]) -> dict[str, str]:
    """Map document id -> unique slug. ``titles`` maps document id -> title."""
    groups: dict[str, list[str]] = defaultdict(list)
    for doc_id, title in titles.items():
        groups[slugify(title)].append(doc_id)
    slugs: dict[str, str] = {}
    for base, ids in groups.items():
        for doc_id in ids:
            if base and len(ids) == 1 and base not in RESERVED:
                slugs[doc_id] = base
            else:
                slugs[doc_id] = f"{base}-{doc_id}" if base else f"document-{doc_id}"
    # A suffixed slug can still equal another title's plain slug ("Same title 3f2a..." vs "Same
    # title"): that plain slug then takes its id too. Ids are unique, so one pass settles it.
    taken: dict[str, list[str]] = defaultdict(list)
    for doc_id, slug in slugs.items():
        taken[slug].append(doc_id)
    for ids in taken.values():
        for doc_id in ids if len(ids) > 1 else ():
            if not slugs[doc_id].endswith(doc_id):
                slugs[doc_id] = f"{slugs[doc_id]}-{doc_id}"
    return slugs
