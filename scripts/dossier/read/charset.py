"""The text of a saved web page: decoded with the charset it declares, exactly; nothing is guessed.

Order (the HTML standard's, without its final guess): a byte-order mark; else the charset the
page declares in its first bytes (``<meta charset>``, ``http-equiv``, an XML declaration); else
strict UTF-8; else ``fallback_encodings``, accepted only when the page's text looks like real
text in them (read/plausible.py), as for plain-text seeds. Labels are read as browsers read them:
"iso-8859-1", "latin1" and "us-ascii" mean windows-1252, which is what such pages hold. Bytes the
declared charset does not define are shown as U+FFFD and counted in a warning, as a browser shows
them.
"""

from __future__ import annotations

import codecs
import re

from dossier.errors import SourceError
from dossier.read.plausible import implausibility

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
#: how far into the file a declaration counts (the HTML standard's prescan reads 1,024 bytes;
#: real saved pages put long comments or scripts first, so a little more is read)
PRESCAN = 8192
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
#: labels browsers read as another encoding (WHATWG Encoding Standard)
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252"}
_WHATWG |= {"ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252", "x-cp1251": "cp1251", "utf8": "utf-8"}
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>|&[#\w]+;", re.IGNORECASE | re.DOTALL)


def declared_charset(data: bytes) -> str | None:
    """The charset label the page declares near its start, lower-case, or None."""
    match = _DECLARED.search(data[:PRESCAN])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii").lower()


def page_text(seed: str, data: bytes, fallback_encodings: tuple[str, ...]) -> tuple[str, str, int]:
    """(text, encoding name, count of undefined bytes shown as U+FFFD) of a saved page."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return text, name, text.count("\ufffd") - data.decode(codec, errors="ignore").count("\ufffd")
    label = declared_charset(data)
    if label is not None:
        try:
            codec = codecs.lookup(_WHATWG.get(label, label)).name
        except LookupError:
            raise SourceError(seed, f"declares charset {label!r}, which is not a known encoding") from None
        if codec.startswith("utf-16"):  # a declaration read as ASCII cannot be UTF-16: the standard reads UTF-8
            codec = "utf-8"
        strict = _strict(data, codec)
        if strict is not None:
            return strict, codec, 0
        text = data.decode(codec, errors="replace")
        return text, codec, text.count("\ufffd") - data.decode(codec, errors="ignore").count("\ufffd")
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return utf8, "utf-8", 0
    tried: list[str] = []
    for encoding in fallback_encodings:
        fallback = _strict(data, encoding)
        if fallback is None:
            tried.append(f"not valid {encoding}")
            continue
        problem = implausibility(_TAGS.sub(" ", fallback))
        if problem is None:
            return fallback, codecs.lookup(encoding).name, 0
        tried.append(f"as {encoding} its text {problem}")
    detail = f"; fallback encodings: {'; '.join(tried)}" if tried else ""
    raise SourceError(
        seed, f"declares no charset and is not valid UTF-8{detail}; add <meta charset=...> or re-save it as UTF-8"
    )


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None
