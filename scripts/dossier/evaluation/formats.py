"""Measure the format readers on a few hundred files made from the BBC corpus.

    python -m dossier.evaluation.formats ../shared/corpora/bbc [--files 300] [--pdf-dir DIR]

- Saved web pages (evaluation/webpages.py): title, site name, canonical URL, date and body text
  against the known answers, on the tuning templates and, apart, on the held-out ones; the
  share of pages where some furniture (cookie notice, footer, other headlines) reached the text.
- PDF: Chromium prints BBC articles laid out as documents (three styles: spaced paragraphs,
  indented paragraphs, a larger heading), when Playwright and Chromium are installed (the test
  environment); the text is compared word for word and paragraph for paragraph.
- Word: python-docx writes the articles (heading, paragraphs, some with a table).

Cost is CPU seconds per file of the reader alone and of the whole extraction of one document
(reader, furniture, dates, names in the text), in this process, after one warm-up file: what a
build spends per document of that format (the worker processes share it out over the cores).
"""

from __future__ import annotations

import argparse
import difflib
import html
import io
import random
import shutil
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from dossier.evaluation.corpus import Article, load_bbc
from dossier.evaluation.heldout_pages import HELD_OUT, HELD_OUT_LATER
from dossier.evaluation.webpages import TUNING, Page, Template, pages
from dossier.extract import extract_source
from dossier.models import Decoded, Source
from dossier.read.formats import read_document

_PDF_STYLES = (
    "body{font-family:serif;font-size:12pt;margin:2cm} p{margin:0 0 0.8em;text-align:justify}",
    "body{font-family:sans-serif;font-size:11pt} p{margin:0;text-indent:1.5em} p+p{margin-top:0.3em}",
    "body{font-family:sans-serif;font-size:10pt} h1{font-size:20pt} p{margin:0.5em 0}",
)
#: layouts written after the paragraph rules were tuned on _PDF_STYLES, and never tuned on: a
#: word-processor default, a double-spaced draft with indents, a report with subheadings
_PDF_HELD_OUT_STYLES = (
    "body{font-family:sans-serif;font-size:11pt;line-height:1.15;margin:2.5cm} h1{font-size:16pt} p{margin:0 0 8pt}",
    "body{font-family:serif;font-size:12pt} p{line-height:2;margin:0;text-indent:2em}",
    "body{font-family:serif;font-size:11pt;line-height:1.4} h2{font-size:13pt;margin:1em 0 0.3em} p{margin:0 0 0.6em}",
)


def _paragraphs(article: Article) -> list[str]:
    return [p.strip() for p in article.body.split("\n") if p.strip()]


def cost(files: Sequence[tuple[str, bytes]]) -> tuple[float, float]:
    """(reader, whole extraction) CPU milliseconds per file, median of three passes."""
    read_document(Source(files[0][0], files[0][1], ""), (), 2_000_000)  # imports and caches
    reader, whole = [], []
    for _ in range(3):
        start = time.process_time()
        for name, data in files:
            read_document(Source(name, data, ""), (), 2_000_000)
        reader.append((time.process_time() - start) / len(files))
        start = time.process_time()
        for name, data in files:
            extract_source((), 220, (Source(name, data, ""), None))
        whole.append((time.process_time() - start) / len(files))
    return statistics.median(reader) * 1000, statistics.median(whole) * 1000


def _overlap(expected: list[str], found: list[str]) -> tuple[float, float]:
    """(recall, precision) of ``found`` words against ``expected`` words, in order."""
    blocks = difflib.SequenceMatcher(None, expected, found, autojunk=False).get_matching_blocks()
    same = sum(b.size for b in blocks)
    return same / max(1, len(expected)), same / max(1, len(found))


def score_pages(made: list[Page]) -> dict[str, float]:
    """Shares of pages with each field right, mean word recall and precision of the reader's text,
    and of pages where furniture reached the reader's text (``leaked``) and the published text
    after the extract stage's furniture rules (``published``)."""
    totals = dict.fromkeys(("title", "site", "url", "date", "recall", "precision", "leaked", "published"), 0.0)
    for page in made:
        decoded = read_document(Source(page.name, page.html.encode("utf-8"), ""), (), 2_000_000)
        title, _, body = decoded.text.partition("\n\n")
        meta = decoded.file_meta
        assert meta is not None
        totals["title"] += title == page.title
        totals["site"] += meta.source_name == page.site
        totals["url"] += meta.source_url == page.url
        totals["date"] += (meta.date.value if meta.date else None) == page.date
        recall, precision = _overlap(" ".join(page.paragraphs).split(), body.split())
        totals["recall"] += recall
        totals["precision"] += precision
        totals["leaked"] += any(f in body for f in page.furniture)
        # after the furniture rules of the extract stage: what the page shows
        doc = extract_source((), 220, (Source(page.name, page.html.encode("utf-8"), ""), None))
        shown = "\n".join(line for para in getattr(doc, "paragraphs", ()) for line in para)
        totals["published"] += any(f in shown for f in page.furniture)
    return {key: value / len(made) for key, value in totals.items()}


def word_files(articles: list[Article]) -> list[tuple[str, bytes, Article]]:
    """Articles as .docx files: a Title heading, the paragraphs, every third with a small table."""
    import docx

    out = []
    for i, article in enumerate(articles):
        document = docx.Document()
        document.add_heading(article.title, 0)
        for para in _paragraphs(article):
            document.add_paragraph(para)
        if i % 3 == 0:
            table = document.add_table(rows=2, cols=2)
            for r, c in ((0, 0), (0, 1), (1, 0), (1, 1)):
                table.cell(r, c).text = f"cell {r}{c}"
        buffer = io.BytesIO()
        document.save(buffer)
        out.append((f"doc-{i:04d}.docx", buffer.getvalue(), article))
    return out


def pdf_files(
    articles: list[Article], folder: Path, styles: Sequence[str] = _PDF_STYLES
) -> list[tuple[str, bytes, Article]]:
    """Articles printed to PDF by Chromium in ``styles`` (cached in ``folder``); [] without
    Playwright. With the report style (a style with ``h2``), every third paragraph is preceded
    by a subheading, which the expected text then holds as a paragraph of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    missing = [i for i in range(len(articles)) if not (folder / f"doc-{i:04d}.pdf").is_file()]
    if missing:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            return []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or None)
            page = browser.new_page()
            for i in missing:
                article = articles[i]
                style = styles[i % len(styles)]
                paras = "".join(
                    (f"<h2>Part {n // 3 + 1}</h2>" if "h2" in style and n % 3 == 2 else "") + f"<p>{html.escape(p)}</p>"
                    for n, p in enumerate(_paragraphs(article))
                )
                page.set_content(
                    f"<html><head><title>{html.escape(article.title)}</title><style>{style}</style>"
                    f"</head><body><h1>{html.escape(article.title)}</h1>{paras}</body></html>"
                )
                page.pdf(path=str(folder / f"doc-{i:04d}.pdf"), format="A4")
            browser.close()
    out = []
    for i, article in enumerate(articles):
        if "h2" in styles[i % len(styles)]:
            parts = _paragraphs(article)
            with_heads = [x for n, p in enumerate(parts) for x in ([f"Part {n // 3 + 1}"] if n % 3 == 2 else []) + [p]]
            article = Article(article.id, article.category, article.title, "\n".join(with_heads))
        out.append((f"doc-{i:04d}.pdf", (folder / f"doc-{i:04d}.pdf").read_bytes(), article))
    return out


def fidelity(files: list[tuple[str, bytes, Article]]) -> dict[str, float]:
    """Shares of files whose title, words and paragraphs come out exactly as written."""
    title = words = paragraphs = 0
    for name, data, article in files:
        decoded: Decoded = read_document(Source(name, data, ""), (), 2_000_000)
        found_title, _, body = decoded.text.partition("\n\n")
        expected = _paragraphs(article)
        title += found_title == article.title
        found = [" ".join(p.split()) for p in body.split("\n\n")]
        words += " ".join(found).split()[: len(" ".join(expected).split())] == " ".join(expected).split()
        paragraphs += found[: len(expected)] == [" ".join(p.split()) for p in expected]
    n = len(files)
    return {"title": title / n, "words": words / n, "paragraphs": paragraphs / n}


def _line(name: str, values: dict[str, float]) -> str:
    return f"{name}: " + ", ".join(f"{k} {v:.1%}" for k, v in values.items())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--files", type=int, default=300, help="files per format")
    parser.add_argument("--pdf-dir", type=Path, default=Path("build/evaluation-pdf"), help="cache of printed PDFs")
    args = parser.parse_args(argv)
    articles = load_bbc(args.corpus)
    chosen = random.Random(19).sample(articles, args.files)  # noqa: S311 - reproducible sample
    templates: list[tuple[str, dict[str, Template]]] = [
        ("tuning", TUNING),
        ("held-out", HELD_OUT),
        ("held-out, written later", HELD_OUT_LATER),
    ]
    made = {name: pages(articles, args.files, group) for name, group in templates}
    for name, group_pages in made.items():
        print(_line(f"web pages, {name} templates ({len(group_pages)})", score_pages(group_pages)))
    texts = [(f"{i}.txt", f"{a.title}\n\n{a.body}".encode()) for i, a in enumerate(chosen)]
    web = [(p.name, p.html.encode("utf-8")) for p in made["tuning"]]
    word = word_files(chosen)
    pdf = pdf_files(chosen, args.pdf_dir)
    held_out = random.Random(20).sample(articles, args.files // 2)  # noqa: S311 - reproducible sample
    pdf_held_out = pdf_files(held_out, args.pdf_dir / "held-out", _PDF_HELD_OUT_STYLES)
    print(_line(f"Word files ({len(word)})", fidelity(word)))
    if pdf:
        print(_line(f"PDF files, tuning layouts ({len(pdf)})", fidelity(pdf)))
        print(_line(f"PDF files, held-out layouts ({len(pdf_held_out)})", fidelity(pdf_held_out)))
    rows: list[tuple[str, list[tuple[str, bytes]]]] = [("txt", texts), ("html", web), ("docx", _pairs(word))]
    rows += [("pdf", _pairs(pdf))] if pdf else []
    print("format   files  mean size   reader ms/file   whole extraction ms/file")
    for kind, files in rows:
        reader, whole = cost(files)
        size = statistics.mean(len(d) for _, d in files) / 1024
        print(f"{kind:8} {len(files):5} {size:7.0f} KiB {reader:14.1f} {whole:22.1f}")


def _pairs(files: list[tuple[str, bytes, Article]]) -> list[tuple[str, bytes]]:
    return [(name, data) for name, data, _ in files]


Score = Callable[[list[Page]], dict[str, float]]

if __name__ == "__main__":
    main()
