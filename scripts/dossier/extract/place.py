"""The place a document was filed from: its dateline place, or the place in its title's trailer.

"LONDON:" gives "London", "WASHINGTON (Reuters) -" gives "Washington", "Moscow, 11 February 2022
(TDI):" gives "Moscow", and a title ending ", Moscow, February 10, 2022" gives "Moscow". Places
mentioned in the body are not where the text was filed, so without a dateline there is no place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from dossier.extract import date_patterns as pat
from dossier.extract.dateline import find_dateline, title_trailer
from dossier.models import Paragraph

_PARTS = re.compile(r"([\s\-]+)")


def _capitalise(word: str) -> str:
    if word.casefold() in pat.PLACE_PARTICLES or word.casefold() in {"upon", "on", "sur", "en"}:
        return word.casefold()
    # "xi'an" -> "Xi'an", "st." -> "St.": only the first letter is raised.
    return word[:1].upper() + word[1:].lower()


def normalise_place(place: str) -> str:
    """An all-caps place in title case ("NEW YORK" -> "New York"); other spellings as written."""
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) <= 3 or not all(ch.isupper() for ch in letters):
        return place  # mixed case is deliberate; "UAE" and "USA" are acronyms, not shouting
    parts = _PARTS.split(place.casefold())
    words = [p if _PARTS.fullmatch(p) else _capitalise(p) for p in parts]
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]  # a particle never opens a name
    return "".join(words)


@dataclass(frozen=True)
class Place:
    """A normalised place name and where it was found: "dateline" or "title" (its trailer)."""

    name: str
    provenance: Literal["dateline", "title"]


def find_place(title: str, paragraphs: tuple[Paragraph, ...]) -> Place | None:
    """The place and its provenance; None when the document has no dateline or title trailer."""
    dateline = find_dateline(title, paragraphs)
    if dateline and dateline.place:
        return Place(normalise_place(dateline.place), "dateline")
    trailer = title_trailer(title)
    if trailer and trailer.place:
        return Place(normalise_place(trailer.place), "title")
    return None


def extract_place(title: str, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """The dateline place of a document, normalised; None when it has no dateline."""
    found = find_place(title, paragraphs)
    return found.name if found else None
