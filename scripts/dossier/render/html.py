"""Escaping and small HTML builders. Seed text only ever reaches a page through ``text()``.

Generated pages are written as raw HTML blocks inside Markdown, so Python-Markdown passes them
through untouched: no Markdown syntax in a seed can take effect, and every ``<``, ``&`` and quote
is escaped for the HTML context it lands in.
"""

from __future__ import annotations

import html
from urllib.parse import quote


def text(value: str) -> str:
    """Escape for HTML text and attribute values (quotes included)."""
    return html.escape(value, quote=True)


def href(path: str) -> str:
    """A relative URL built from our own path parts, percent-encoded and attribute-safe."""
    return text(quote(path, safe="/#.-_~"))


def link(path: str, label: str, **attrs: str) -> str:
    """``<a href=path>label</a>`` with escaped label and extra attributes."""
    extra = "".join(f' {name.replace("_", "-")}="{text(value)}"' for name, value in attrs.items())
    return f'<a href="{href(path)}"{extra}>{text(label)}</a>'


def external_link(url: str, label: str) -> str:
    """A link to an outside address; only http(s) URLs are linked, anything else shows as text."""
    if not url.lower().startswith(("https://", "http://")):
        return text(label)
    return f'<a href="{text(url)}" rel="nofollow noopener">{text(label)}</a>'
