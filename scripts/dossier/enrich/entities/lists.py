"""Names listed together ("Robert De Niro, Dustin Hoffman and Barbra Streisand", "firms Sony,
Toshiba and Dell") are of one kind: a list is a sequence of names separated only by commas,
"and", "or" or "&". Rules that know the kind of one item (a person with a given name, an
organisation after "firms") lend it to the others (discovery.py, organisations.py).
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")


def coordinated(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Groups of two or more ``spans`` (indices, spans in text order) that ``text`` lists
    together; spans on their own are left out."""
    groups: list[list[int]] = []
    current: list[int] = []
    for index, (start, _) in enumerate(spans):
        if current and _SEPARATOR.fullmatch(text, spans[current[-1]][1], start):
            current.append(index)
            continue
        if len(current) > 1:
            groups.append(current)
        current = [index]
    if len(current) > 1:
        groups.append(current)
    return groups
