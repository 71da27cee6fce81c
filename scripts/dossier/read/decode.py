"""Turn seed bytes into text, exactly, or refuse with a reason.

Policy: a UTF-8 or UTF-16 byte-order mark is honoured; otherwise the bytes must be valid UTF-8.
Bytes that look binary (NUL bytes) are refused. Nothing is guessed.
"""

from __future__ import annotations

import codecs

from dossier.errors import SourceError
from dossier.models import Decoded, Source

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(source: Source) -> Decoded:
    """Decode a seed, raising SourceError with the reason if it cannot be decoded exactly."""
    data = source.data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(source, data.decode(encoding), encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise SourceError(
                    source.seed,
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} at byte {exc.start}",
                ) from exc
    if b"\x00" in data:
        raise SourceError(source.seed, "contains NUL bytes: looks like a binary file, not text")
    try:
        return Decoded(source, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            source.seed,
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8",
        ) from exc
