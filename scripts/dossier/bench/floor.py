"""The bare floor: the same texts as plain MkDocs + Material pages, no extras, documents out of
the sidebar. What MkDocs itself costs for a corpus; the full site is compared against it."""

from __future__ import annotations

import html
from pathlib import Path

from dossier.read.discover import walk

FLOOR_CONFIG = """site_name: Floor
theme:
  name: material
plugins:
  - search
nav:
  - index.md
not_in_nav: |
  /docs/
"""


def write_floor(seeds: Path, project: Path) -> int:
    """A minimal MkDocs project with one plain page per decodable seed; return the page count."""
    docs = project / "docs"
    (docs / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(FLOOR_CONFIG, "utf-8")
    (docs / "index.md").write_text("# Floor\n", "utf-8")
    count = 0
    for rel in walk(seeds):
        try:
            text = (seeds / rel).read_text("utf-8")
        except UnicodeDecodeError:
            continue
        title, _, body = text.partition("\n")
        paras = "\n\n".join(html.escape(p) for p in body.split("\n") if p.strip())
        (docs / "docs" / f"{count:05d}.md").write_text(f"# {html.escape(title)}\n\n{paras}\n", "utf-8")
        count += 1
    return count
