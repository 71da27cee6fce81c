"""What kind of document a text is: a news report, an official statement, or a transcript.

The rules, strongest first: a salutation line at the opening ("Madam Minister,") or a question
and answer layout means spoken words, a transcript; a title shaped like "Remarks by ..." or
"Statement of ..." names the genre, unless the body reads as a report about it; a body written
in the first person rather than with reporting verbs is a statement; anything else is a report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dossier.extract import doctype_patterns as pat
from dossier.models import Paragraph

Kind = Literal["report", "statement", "transcript"]
OPENING_LINES = 3  # a salutation opens the text
FIRST_PERSON_PER_100 = 1.5  # first-person words per 100 words, outside quotes, for a statement
MAX_REPORTING_PER_100 = 0.3  # ... with hardly a "said": news reports use about one per 100 words


@dataclass(frozen=True)
class DocType:
    """The document's kind and the rule that decided it, in words a reader can check."""

    type: Kind
    reason: str


@dataclass(frozen=True)
class Voice:
    """How the body speaks: its words, first-person words outside quotes, and reporting verbs."""

    words: int
    first_person: int
    reporting: int

    @property
    def reported(self) -> bool:
        """Reads as a report: reporting verbs at least half as frequent as "I"/"we" narration."""
        return self.reporting >= 2 and 2 * self.reporting >= self.first_person

    @property
    def first_person_rate(self) -> float:
        """First-person words per 100 words."""
        return 100 * self.first_person / self.words if self.words else 0.0

    @property
    def reporting_rate(self) -> float:
        """Reporting verbs per 100 words."""
        return 100 * self.reporting / self.words if self.words else 0.0


def narration(lines: list[str]) -> str:
    """The sentences in the author's own voice: none with quotation marks, no quote continuations.

    Scraped quotes are often unbalanced (a quote running over several paragraphs opens each one
    and closes only the last), so pairing quotation marks is unreliable; dropping is safe.
    """
    own: list[str] = []
    for line in lines:
        if line.count('"') % 2 == 0:
            own += (s for s in pat.SENTENCE_END.split(line) if not pat.QUOTE_MARK.search(s))
    return "\n".join(own)


def voice(lines: list[str]) -> Voice:
    """Count the words, the narrator's first-person words and the reporting verbs of ``lines``."""
    text = "\n".join(lines)
    return Voice(
        words=len(pat.WORD.findall(text)),
        first_person=len(pat.FIRST_PERSON.findall(narration(lines))),
        reporting=len(pat.REPORTING.findall(text)),
    )


def _spoken(lines: list[str]) -> str | None:
    """Why the body reads as spoken words, or None."""
    salutation = next((line for line in lines[:OPENING_LINES] if pat.SALUTATION.match(line.strip())), None)
    if salutation:
        return f"opens with the salutation {salutation.strip()!r}"
    answers = sum(1 for line in lines if pat.QA_LINE.match(line.strip()))
    return f"{answers} question/answer lines" if answers >= 2 else None


def classify(title: str, paragraphs: tuple[Paragraph, ...]) -> DocType:
    """Classify a document as "report", "statement" or "transcript", with the reason."""
    lines = [line for para in paragraphs for line in para]
    body = voice(lines)
    transcript = pat.TRANSCRIPT_TITLE.search(title)
    if transcript and not body.reported:
        return DocType("transcript", f"title names a transcript ({transcript[0].strip()!r})")
    spoken = _spoken(lines)
    if spoken:
        return DocType("transcript", spoken)
    statement = pat.STATEMENT_TITLE.search(title)
    if statement and not body.reported:
        return DocType("statement", f"title names a statement ({statement[0].strip()!r})")
    if body.first_person_rate >= FIRST_PERSON_PER_100 and body.reporting_rate <= MAX_REPORTING_PER_100:
        rate = f"{body.first_person_rate:.1f}"
        return DocType("statement", f"first person ({rate} per 100 words) with {body.reporting} reporting verbs")
    return DocType("report", f"third-person narration with {body.reporting} reporting verbs")
