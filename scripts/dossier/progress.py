"""Progress of a long build on a terminal: one status line, rewritten in place, saying how many
documents were read, extracted and written. Quiet when the output is not a terminal (CI logs,
pipes, the MkDocs hook), so that logs hold only the summary.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

#: seconds between two updates of the status line (a terminal redraw costs more than a document)
INTERVAL = 0.2


class Progress:
    """Counts per step ("read", "extracted", "written") shown on one terminal line."""

    def __init__(self, stream: TextIO | None = None, interval: float = INTERVAL) -> None:
        self.stream = stream
        self.interval = interval
        self.counts: dict[str, int] = {}
        self.totals: dict[str, int] = {}
        self._shown = 0.0
        self._width = 0

    @classmethod
    def for_terminal(cls, stream: TextIO = sys.stderr) -> Progress:
        """A progress line on ``stream`` if it is a terminal, else one that prints nothing."""
        return cls(stream if stream.isatty() else None)

    def start(self, step: str, total: int) -> None:
        """Begin counting ``step`` up to ``total``."""
        self.totals[step] = total
        self.counts[step] = 0
        self._show(force=True)

    def tick(self, step: str, done: int = 1) -> None:
        """Count ``done`` more items of ``step``."""
        self.counts[step] = self.counts.get(step, 0) + done
        self._show()

    def line(self) -> str:
        """The status line: "dossier: 1,204/20,000 extracted, ..." for every step begun."""
        parts = [f"{self.counts[s]:,}/{self.totals[s]:,} {s}" for s in self.totals]
        return "dossier: " + ", ".join(parts)

    def _show(self, force: bool = False) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if not force and now - self._shown < self.interval:
            return
        self._shown = now
        text = self.line()
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """Clear the status line, so that the summary starts on a clean line."""
        if self.stream is not None and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


QUIET = Progress(None)
