"""Escaping and small HTML builders. Seed text only ever reaches a page through ``text()`` (element
content) or ``attr()`` (attribute values).

Generated pages are written as raw HTML blocks inside Markdown, so Python-Markdown passes them
through untouched: no Markdown syntax in a seed can take effect, and every ``<`` and ``&`` (and in
attributes every quote) is escaped for the HTML context it lands in.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote


def text(value: str) -> str:
    """Escape for HTML element content: ``&``, ``<`` and ``>``. Quotes stay as they are, which
    keeps the pages small and quick to parse; attribute values go through ``attr()``."""
    return html.escape(value, quote=False)


def attr(value: str) -> str:
    """Escape for a double-quoted HTML attribute value (quotes included)."""
    return html.escape(value, quote=True)


def href(path: str) -> str:
    """A relative URL built from our own path parts, percent-encoded and attribute-safe."""
    return attr(quote(path, safe="/#.-_~"))


def link(path: str, label: str, **attrs: str) -> str:
    """``<a href=path>label</a>`` with escaped label and extra attributes."""
    extra = "".join(f' {name.replace("_", "-")}="{attr(value)}"' for name, value in attrs.items())
    return f'<a href="{href(path)}"{extra}>{text(label)}</a>'


def external_link(url: str, label: str) -> str:
    """A link to an outside address; only http(s) URLs are linked, anything else shows as text."""
    if not url.lower().startswith(("https://", "http://")):
        return text(label)
    return f'<a href="{attr(url)}" rel="nofollow noopener">{text(label)}</a>'


def unseen(value: str) -> str:
    """Text for screen readers only (escaped): "Page " before a bare page number, say."""
    return f'<span class="dossier-unseen">{text(value)}</span>'


#: elements whose white space is their content
_KEEP_SPACE = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.S | re.I)
_INDENT = re.compile(r"\n[ \t\r\n]+")


def compact(page: str) -> str:
    """A finished HTML page without the indentation and blank lines of the theme's templates:
    every run of white space that starts a line becomes one line break, except inside ``<pre>``
    and ``<textarea>``. A browser shows the page the same (a run of white space between words or
    elements counts as one space), and at 20,000 documents the site is about 60 MB smaller."""
    parts = _KEEP_SPACE.split(page)
    # split() returns [outside, whole element, its tag name, outside, ...]
    return "".join(part if i % 3 else _INDENT.sub("\n", part) for i, part in enumerate(parts) if i % 3 != 2)
