"""The size of every HTML page of a built site, by kind: the largest of each, and how many exceed
a limit (issue 15: no page over 1 MB at 20,000 documents, since a reader's browser must download,
parse and lay out the whole page before it can use it).

``python -m dossier.bench.pages SITE_DIR`` prints the table for an existing site.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

#: the limit a generated page must stay under (1 MB, as in the issue)
LIMIT_BYTES = 1_000_000

# The first matching pattern names a page's kind; paths are relative to the site root.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("document", re.compile(r"archive/documents/")),
    ("names", re.compile(r"archive/(people|places|organisations)/")),
    ("timeline", re.compile(r"archive/timeline/")),
    ("sources", re.compile(r"archive/sources/")),
    ("data quality", re.compile(r"archive/quality/")),
    ("all documents", re.compile(r"archive/((\d{4}|undated)/.*)?index\.html$")),
    ("home", re.compile(r"index\.html$")),
)


def kind_of(rel: str) -> str:
    """The kind of page at ``rel`` (a path under the site), "other" when none matches."""
    for kind, pattern in _KINDS:
        if pattern.match(rel):
            return kind
    return "other"


@dataclass
class KindSizes:
    """The pages of one kind: how many, their total bytes, the largest, and how many are over the limit."""

    pages: int = 0
    total: int = 0
    largest: tuple[int, str] = (0, "")
    over: list[str] = field(default_factory=list)


def page_sizes(site: Path, limit: int = LIMIT_BYTES) -> dict[str, KindSizes]:
    """Every ``*.html`` under ``site`` measured, grouped by kind (sorted by kind name)."""
    kinds: dict[str, KindSizes] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        size = path.stat().st_size
        sizes = kinds.setdefault(kind_of(rel), KindSizes())
        sizes.pages += 1
        sizes.total += size
        sizes.largest = max(sizes.largest, (size, rel))
        if size > limit:
            sizes.over.append(rel)
    return dict(sorted(kinds.items()))


def page_rows(label: str, site: Path) -> list[tuple[str, str]]:
    """Benchmark rows: the largest page of each kind, and any page over the limit."""
    kinds = page_sizes(site)
    rows = [
        (
            f"{label}: largest {kind} page",
            f"{sizes.largest[0] / 1024:,.0f} KiB ({sizes.largest[1]}); {sizes.pages:,} page(s)",
        )
        for kind, sizes in kinds.items()
    ]
    over = [rel for sizes in kinds.values() for rel in sizes.over]
    listed = f": {', '.join(over[:5])}" if over else ""
    rows.append((f"{label}: pages over {LIMIT_BYTES / 1e6:.0f} MB", f"{len(over)}{listed}"))
    return rows


def main(argv: list[str]) -> int:
    for name, value in page_rows(argv[0], Path(argv[0])):
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
