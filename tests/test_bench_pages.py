"""The benchmark's page sizes: every HTML page of a site measured and named by kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.bench.pages import kind_of, page_rows, page_sizes


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("index.html", "home"),
        ("archive/index.html", "all documents"),
        ("archive/2005/03/2/index.html", "all documents"),
        ("archive/undated/index.html", "all documents"),
        ("archive/documents/a-title/index.html", "document"),
        ("archive/timeline/2005/index.html", "timeline"),
        ("archive/sources/other/2/index.html", "sources"),
        ("archive/quality/rejected/index.html", "data quality"),
        ("archive/people/index.html", "names"),
        ("about/index.html", "other"),
        ("404.html", "other"),
    ],
)
def test_pages_are_named_by_kind(path: str, kind: str) -> None:
    assert kind_of(path) == kind


def test_the_largest_page_of_each_kind_and_pages_over_the_limit(tmp_path: Path) -> None:
    for rel, size in (("index.html", 10), ("archive/index.html", 30), ("archive/2005/03/index.html", 50)):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x" * size)
    (tmp_path / "archive" / "names.json").write_bytes(b"x" * 99)  # not a page
    sizes = page_sizes(tmp_path, limit=40)
    assert list(sizes) == ["all documents", "home"]
    listing = sizes["all documents"]
    assert (listing.pages, listing.total, listing.largest) == (2, 80, (50, "archive/2005/03/index.html"))
    assert listing.over == ["archive/2005/03/index.html"] and sizes["home"].over == []
    rows = dict(page_rows("site", tmp_path))
    assert rows["site: pages over 1 MB"] == "0"
