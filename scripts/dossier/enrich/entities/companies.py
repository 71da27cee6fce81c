"""Listed companies by name: a capitalised run that is one of them names an organisation even
with no cue in the text ("Sony", "Boeing", "Goldman Sachs").

The list (data/companies.txt, about 1,450 names) is derived from pytickersymbols, the members of
20 stock indices, by scripts/tools/make_companies.py with a fixed rule written in its docstring:
legal forms cut ("Nike, Inc." is "Nike"), and names the text could use for something else left
out (English words such as "Apple" or "Shell", given names, places). Read once per process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from dossier.enrich.entities.aliases import fold

COMPANY_LIST: Final = Path(__file__).resolve().parent / "data" / "companies.txt"


def company_key(name: str) -> str:
    """The comparison form of a name, as runs' token keys are joined: folded, casefolded."""
    return " ".join((w if w.isascii() else fold(w)).casefold() for w in name.split())


def _read(path: Path = COMPANY_LIST) -> frozenset[str]:
    with path.open(encoding="utf-8") as handle:
        return frozenset(company_key(line.rstrip("\n")) for line in handle if not line.startswith("#"))


COMPANIES: Final = _read()
