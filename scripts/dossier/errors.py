"""One exception hierarchy, so callers can catch Dossier's own failures and nothing else.

Every message names the file (or setting) and the reason, so a user can act on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class DossierError(Exception):
    """Base class of every error Dossier raises on purpose."""


class SourceError(DossierError):
    """A seed file cannot be published: unreadable, undecodable, empty, too big..."""

    def __init__(self, seed: str, reason: str) -> None:
        super().__init__(f"{seed}: {reason}")
        self.seed = seed
        self.reason = reason


class ConfigError(DossierError):
    """A setting is missing or invalid; the message lists every problem found."""


class WriteError(DossierError):
    """Generated output cannot be written without harming files Dossier does not own."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NothingToPublishError(DossierError):
    """No file under seeds/ could be published; ``corpus`` holds the rejected files and why."""

    def __init__(self, message: str, corpus: Any) -> None:
        super().__init__(message)
        self.corpus = corpus


class StrictModeError(DossierError):
    """Raised by a strict build that found problems (rejected seeds, warnings)."""
