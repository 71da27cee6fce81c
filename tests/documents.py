"""Test documents made in the tests: saved web pages, PDFs (fpdf2) and Word files (python-docx),
so that every fixture says in code what it holds."""

from __future__ import annotations

import html
import io
import zipfile
from collections.abc import Sequence
from datetime import datetime

import docx
from fpdf import FPDF
from fpdf.enums import EncryptionMethod


def web_page(
    title: str,
    paragraphs: Sequence[str],
    *,
    site: str = "The Example Times",
    url: str | None = "https://news.example.org/world/2022/talks",
    published: str | None = "2022-02-10T09:30:00Z",
    head_title: str | None = None,
    charset: str = "utf-8",
) -> str:
    """A saved news page: cookie banner, navigation, the article, related links, a footer."""
    meta = [f'<meta charset="{charset}">', f'<meta property="og:site_name" content="{html.escape(site)}">']
    if url:
        meta.append(f'<link rel="canonical" href="{html.escape(url)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{''.join(meta)}"
        f"<title>{html.escape(head_title or f'{title} | {site}')}</title></head><body>"
        '<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>'
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>'
        f"<article><h1>{html.escape(title)}</h1>{body}</article>"
        '<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Markets fall on rate fears</a></li>'
        '<li><a href="/b">Storm closes airports across the north</a></li></ul></aside>'
        f"<footer><p>© 2022 {html.escape(site)}. All rights reserved.</p></footer></body></html>"
    )


def pdf(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    created: datetime | None = datetime(2024, 3, 5, 12, 0),
    user_password: str | None = None,
    owner_password: str | None = None,
    encryption: EncryptionMethod = EncryptionMethod.RC4,
) -> bytes:
    """A PDF with a text layer (core Helvetica: Latin-1 text), one paragraph after another."""
    document = FPDF()
    document.core_fonts_encoding = "windows-1252"  # curly quotes and dashes, as real documents have
    document.set_font("helvetica", size=11)
    if title is not None:
        document.set_title(title)
    if created is not None:
        document.set_creation_date(created)
    if owner_password is not None:
        document.set_encryption(owner_password, user_password, encryption)
    document.add_page()
    for para in paragraphs:
        document.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        document.ln(5)
    return bytes(document.output())


def image_only_pdf() -> bytes:
    """A "scan": one page holding a picture and no text."""
    document = FPDF()
    document.add_page()
    document.set_fill_color(40, 40, 40)
    for row in range(20):
        document.rect(20, 20 + row * 8, 170, 4, style="F")
    return bytes(document.output())


def word(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    heading: str | None = None,
    table: Sequence[Sequence[str]] = (),
    created: datetime | None = datetime(2023, 1, 2, 10, 0),
) -> bytes:
    """A .docx: an optional Title-styled heading, paragraphs (``\\n`` is a line break), a table."""
    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    document.core_properties.created = created
    if heading is not None:
        document.add_heading(heading, 0)
    for para in paragraphs:
        lines = para.split("\n")
        paragraph = document.add_paragraph(lines[0])
        for line in lines[1:]:
            run = paragraph.add_run()
            run.add_break()
            run.add_text(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb(size: int) -> bytes:
    """A .docx-shaped zip archive whose document part unpacks to ``size`` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * size)
    return buffer.getvalue()
