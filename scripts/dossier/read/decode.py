"""Turn seed bytes into text, exactly, or refuse with a reason. Nothing is guessed.

Policy (documented in the README):
1. A UTF-8 or UTF-16 byte-order mark is honoured.
2. Otherwise the bytes must be valid UTF-8 ...
3. ... or decode strictly in one of the configured ``fallback_encodings`` (none by default), tried
   in order, and the result must look like real text in that encoding (see ``plausible``).
   A single-byte encoding decodes almost any bytes, so the plausibility check is what keeps
   cp1251 read as cp1252 (or KOI8-R as cp1251) from being published as mojibake.
4. NUL bytes without a UTF-16 BOM mean binary (or BOM-less UTF-16): refused.
"""

from __future__ import annotations

import codecs

from dossier.errors import SourceError
from dossier.models import Decoded, Source
from dossier.read.plausible import implausibility

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


def decode(source: Source, fallback_encodings: tuple[str, ...] = ()) -> Decoded:
    """Decode a seed, raising SourceError with the reason if it cannot be decoded exactly."""
    data = source.data
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(source, data.decode(codec), name)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    source.seed, f"starts with a {name} byte-order mark but is not valid {name} at byte {exc.start}"
                ) from exc
    if b"\x00" in data:
        raise SourceError(source.seed, "contains NUL bytes: a binary file, or UTF-16 without a byte-order mark")
    try:
        return Decoded(source, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    tried: list[str] = []
    for encoding in fallback_encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            tried.append(f"not valid {encoding}")
            continue
        problem = implausibility(text)
        if problem is None:
            return Decoded(source, text, codecs.lookup(encoding).name)
        tried.append(f"as {encoding} it {problem}")
    detail = f"; fallback encodings: {'; '.join(tried)}" if tried else ""
    raise SourceError(source.seed, f"{utf8_error}{detail}; re-save it as UTF-8")
