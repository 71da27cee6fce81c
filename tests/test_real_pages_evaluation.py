"""The end-to-end furniture evaluation on saved pages (evaluation/real_pages.py): each page goes
through the build's reader and extraction, and labelled lines are looked for in the article."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from dossier.evaluation import real_pages

PARAGRAPHS = [
    "The delegations met in Geneva on Monday for the first round of talks in more than a year, "
    "officials from both governments said after the meeting ended late in the evening.",
    "The foreign ministers agreed to meet again next month, and their deputies will prepare a "
    "joint statement on consular matters, trade and the return of diplomats to both capitals.",
    "Neither side gave details of the disputes that remain open, but both described the "
    "atmosphere of the talks as businesslike and said further meetings were planned this year.",
]
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks resume in Geneva</title></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news desk</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Talks resume in Geneva</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<footer><p>Terms of use and privacy policy for all readers</p></footer></body></html>"""


def collection(tmp_path: Path, entries: list[dict[str, str]]) -> Path:
    path = tmp_path / "set.yaml"
    furniture = [e for e in entries if "kind" in e]
    genuine = [e for e in entries if "kind" not in e]
    path.write_text(yaml.safe_dump({"furniture": furniture, "genuine": genuine}), encoding="utf-8")
    return path


def test_chrome_goes_with_the_reader_and_the_article_stays(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / real_pages.page_file("news:geneva-1")).write_text(PAGE, encoding="utf-8")
    entries = [
        {"kind": "navigation", "site": "news:geneva-1", "line": "World news desk", "part": "heldout"},
        {
            "kind": "navigation",
            "site": "news:geneva-1",
            "line": "Terms of use and privacy policy for all readers",
            "part": "heldout",
        },
        # a line labelled furniture that is in fact the article's: it survives, and is shown
        {"kind": "related", "site": "news:geneva-1", "line": PARAGRAPHS[1], "part": "tuning"},
        {"group": "opening", "site": "news:geneva-1", "line": PARAGRAPHS[0], "part": "heldout"},
        {"group": "closing", "site": "news:geneva-1", "line": PARAGRAPHS[2], "part": "heldout"},
        {"group": "heading", "site": "news:other-2", "line": "A page that is not there", "part": "heldout"},
        # genuine lines the reading lost: a tuning half's is shown, a held-out half's never
        {"group": "closing", "site": "news:geneva-1", "line": "Terms of use and privacy policy", "part": "tuning"},
        {"group": "closing", "site": "news:geneva-1", "line": "Sport", "part": "heldout"},
    ]
    counts, shown = real_pages.score(entries, pages)
    assert (counts["heldout furniture"], counts["heldout furniture survived"]) == (2, 0)
    assert (counts["heldout genuine"], counts["heldout genuine kept"]) == (3, 2)
    assert counts["heldout genuine removed by the rules"] == 0
    assert (counts["tuning furniture"], counts["tuning furniture survived"]) == (1, 1)
    assert shown == [
        f"survived related (news:geneva-1): {PARAGRAPHS[1]}",
        "lost genuine, by reading the page (news:geneva-1): Terms of use and privacy policy",
    ]
    assert counts["lines without their page"] == 1
    text = "\n".join(real_pages.report(counts))
    assert "heldout: furniture lines gone from the article 2/2 (100.0%), 0 of them by the furniture rules" in text
    assert "genuine lines kept 2/3" in text
    assert "lines without their page: 1" in text


def test_a_short_line_survives_only_as_a_line_of_its_own(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.html").write_text(PAGE, encoding="utf-8")
    # "Geneva" is inside the article's lines, never a line of its own: gone; a long phrase inside one: present
    counts, _ = real_pages.score(
        [
            {"kind": "navigation", "site": "p", "line": "Geneva", "part": "heldout"},
            {"kind": "related", "site": "p", "line": "the first round of talks in more", "part": "heldout"},
        ],
        pages,
    )
    assert (counts["heldout furniture"], counts["heldout furniture survived"]) == (2, 1)


def test_a_page_saved_as_text_keeps_the_chrome_the_reader_drops(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.html").write_text(PAGE, encoding="utf-8")
    entries = [
        {"kind": "navigation", "site": "p", "line": "World news desk", "part": "heldout"},
        {"group": "opening", "site": "p", "line": PARAGRAPHS[0], "part": "heldout"},
    ]
    as_html, _ = real_pages.score(entries, pages)
    as_text, _ = real_pages.score(entries, pages, as_text=True)
    # three menu items are no run the rules take, and trafilatura is not there to drop them
    assert (as_html["heldout furniture survived"], as_text["heldout furniture survived"]) == (0, 1)
    assert as_html["heldout genuine kept"] == as_text["heldout genuine kept"] == 1


def test_a_collection_without_sites_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = collection(tmp_path, [{"kind": "share", "line": "Share this", "part": "tuning"}])
    with pytest.raises(SystemExit):
        real_pages.main([str(path), str(tmp_path)])
    assert "has lines without a site" in capsys.readouterr().err


def test_pages_are_exported_from_a_mirror_of_their_project(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "tests/data/html").mkdir(parents=True)
    (work / "tests/data/html/cnn_001.html").write_text(PAGE, encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "."], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-qm", "page"], check=True)
    mirror = tmp_path / "mirrors" / "AndyTheFactory+newspaper4k" / "repo"
    subprocess.run([*git, "clone", "-q", "--bare", str(work), str(mirror)], check=True)
    entries = [
        {"kind": "navigation", "site": "newspaper4k:cnn_001", "line": "World news desk", "part": "tuning"},
        {"kind": "navigation", "site": "newspaper4k:missing", "line": "Sport", "part": "tuning"},
    ]
    pages = tmp_path / "pages"
    assert real_pages.export(entries, tmp_path / "mirrors", pages) == 1
    assert (pages / "newspaper4k_cnn_001.html").read_text(encoding="utf-8") == PAGE
