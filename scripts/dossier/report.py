"""What a build tells its user: rejected files grouped by reason, each group with its count and
what to do, so that 20,000 files of one unsupported type make one short paragraph, not 20,000
lines. Used by the command line and by the MkDocs hook; every file stays listed on the Data
quality page and in catalog.json.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.models import Rejected
from dossier.read.formats import FORMATS, conversion_hint

#: how many files of one group are named in the terminal (all are on the Data quality page)
SHOWN = 5

#: (pattern on the reason, group label, hint); the first that matches names the group
_GROUPS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), label, hint)
    for pattern, label, hint in (
        (r"no text layer", "PDF without a text layer", "run OCR first: ocrmypdf in.pdf out.pdf"),
        (r"encrypted|password", "encrypted or password-protected", "save an unprotected copy"),
        (r"is not a readable|cannot be read as a web page|is not an HTML page", "corrupt or unreadable file",
         "open the file in its program and save it again"),
        (r"has no article text", "web page without article text", "save the article's page itself, not an index"),
        (r"not valid UTF-8|charset|mojibake|not valid utf|byte-order mark", "text encoding",
         "re-save as UTF-8, or list the encoding in fallback_encodings (see the README)"),
        (r"NUL bytes", "binary file named .txt", "check the file: it is not text"),
        (r"is empty", "empty file", "add the text, or remove the file"),
        (r"over the limit", "too large", "split the file, or raise max_seed_bytes / max_document_bytes"),
        (r"symbolic link|not a regular file", "link or special file", "copy the file into seeds/ instead"),
        (r"same name as", "same name after Unicode normalisation", "rename one of the files"),
    )
)  # fmt: skip
_UNSUPPORTED = re.compile(r"^unsupported file type '([^']*)'")


@dataclass(frozen=True)
class Group:
    """Rejected files that share a reason, and what to do about them."""

    label: str
    hint: str
    files: tuple[Rejected, ...]


def group_of(rejected: Rejected) -> tuple[str, str]:
    """(label, hint) of the group a rejected file belongs to."""
    unsupported = _UNSUPPORTED.match(rejected.reason)
    if unsupported:
        return f"unsupported file type {unsupported.group(1)}", conversion_hint(rejected.seed)
    for pattern, label, hint in _GROUPS:
        if pattern.search(rejected.reason):
            return label, hint
    return "other", "see each file's reason"


def groups(rejected: Sequence[Rejected]) -> list[Group]:
    """Rejected files by group, largest group first (then by label), files in path order."""
    found: dict[tuple[str, str], list[Rejected]] = {}
    for item in rejected:
        found.setdefault(group_of(item), []).append(item)
    ordered = sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0][0]))
    return [Group(label, hint, tuple(files)) for (label, hint), files in ordered]


def rejection_lines(rejected: Sequence[Rejected]) -> list[str]:
    """The rejected files as a few lines per group: count, reason, hint and the first files."""
    if not rejected:
        return []
    lines = [f"{len(rejected):,} file(s) rejected, by reason (all are listed on the Data quality page):"]
    for group in groups(rejected):
        lines.append(f"  {len(group.files):,} × {group.label}: {group.hint}")
        lines += [f"    REJECTED {item.seed}: {item.reason}" for item in group.files[:SHOWN]]
        if len(group.files) > SHOWN:
            lines.append(f"    ... and {len(group.files) - SHOWN:,} more")
    return lines


def nothing_published(rejected: Sequence[Rejected]) -> str:
    """The message of a build that found nothing to publish."""
    kinds = ", ".join(sorted(FORMATS))
    if not rejected:
        return f"nothing to publish: seeds/ holds no files; add {kinds} files"
    return f"nothing to publish: every file under seeds/ was rejected ({len(rejected):,}, by reason above)"
