"""What kind of document a text is: a news report, an official statement, or a transcript.

The rules, strongest first: a salutation line at the opening ("Madam Minister,") or a question
and answer layout means spoken words, a transcript; a title shaped like "Remarks by ..." or
"Statement of ..." names the genre, unless the body reads as a report about it; a body written
in the first person rather than with reporting verbs is a statement; anything else is a report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from dossier.extract import doctype_patterns as pat
from dossier.models import Paragraph

Kind = Literal["report", "statement", "transcript"]
OPENING_LINES = 3  # a salutation opens the text
FIRST_PERSON_PER_100 = 1.5  # first-person words per 100 words, outside quotes, for a statement
MAX_REPORTING_PER_100 = 0.3  # ... with hardly a "said": news reports use about one per 100 words
MAX_MEMO = 100_000  # distinct words whose role is remembered


@dataclass(frozen=True)
class DocType:
    """The document's kind and the rule that decided it, in words a reader can check."""

    type: Kind
    reason: str


@dataclass(frozen=True)
class Voice:
    """How the body speaks: its words, reporting verbs, and first-person words outside quotes.

    The first person is counted on first use, from ``lines``: most reports are told apart by
    their reporting verbs alone, and narration is the slowest thing to count.
    """

    words: int
    reporting: int
    lines: tuple[str, ...]

    @cached_property
    def first_person(self) -> int:
        """First-person words of the narrator (see ``narration``)."""
        words = _words(narration(self.lines))
        return _count(words, "first_person", _ROLES.present(words))

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


def narration(lines: Sequence[str]) -> str:
    """The sentences in the author's own voice: none with quotation marks, no quote continuations.

    Scraped quotes are often unbalanced (a quote running over several paragraphs opens each one
    and closes only the last), so pairing quotation marks is unreliable; dropping is safe.
    """
    own: list[str] = []
    for line in lines:
        if line.count('"') % 2 == 0:
            own += (s for s in pat.SENTENCE_END.split(line) if not pat.QUOTE_MARK.search(s))
    return "\n".join(own)


Role = Literal["verb", "phrase_start", "first_person"]


def _roles_of(words: Iterable[str]) -> dict[str, set[str]]:
    """The words of each role ("verb", "phrase_start", "first_person") among ``words``, matched one by one."""
    found: dict[str, set[str]] = {"verb": set(), "phrase_start": set(), "first_person": set()}
    for word in words:
        match = pat.WORD_ROLE.fullmatch(word)
        if match and match.lastgroup:
            found[match.lastgroup].add(word)
    return found


class _WordRoles:
    """The words seen so far and those of each role, memoised: a corpus repeats the same few
    thousand words, so each spelling is matched once. Emptied when it would grow past MAX_MEMO.

    Kept as sets so that a text's words are sorted into roles with set operations, which run in
    C, rather than with one lookup per word.
    """

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.of_role = _roles_of(())

    def __len__(self) -> int:
        return len(self.seen)

    def clear(self) -> None:
        """Forget every word."""
        self.seen, self.of_role = set(), _roles_of(())

    def present(self, words: list[str]) -> dict[str, set[str]]:
        """The distinct words of ``words`` with each role."""
        distinct = set(words)
        new = distinct - self.seen
        if len(self.seen) + len(new) > MAX_MEMO:
            self.clear()
            return _roles_of(distinct)
        for role, found in _roles_of(new).items():
            self.of_role[role] |= found
        self.seen |= new
        return {role: distinct & known for role, known in self.of_role.items()}


_ROLES = _WordRoles()


def _words(text: str) -> list[str]:
    """The ``WORD`` matches of ``text``."""
    # the same matches: in ASCII text, \w is [A-Za-z0-9_], and the ASCII pattern is faster
    return (pat.ASCII_WORD if text.isascii() else pat.WORD).findall(text)


def _count(words: list[str], role: Role, present: dict[str, set[str]]) -> int:
    """How many of ``words`` have ``role``, given the distinct ones that do (``present``)."""
    # a text has only a few distinct words with a role: counting each of them (in C) beats
    # looking up the role of every word
    return sum(map(words.count, present[role]))


def _reporting(text: str, words: list[str]) -> int:
    """Reporting verbs and phrases ("according to") in ``text``, given its words (``WORD`` matches)."""
    present = _ROLES.present(words)
    phrases = len(pat.REPORTING_PHRASE.findall(text)) if present["phrase_start"] else 0
    return _count(words, "verb", present) + phrases


def voice(lines: Sequence[str]) -> Voice:
    """Count the words, the reporting verbs and (on first use) the narrator's first-person words."""
    text = "\n".join(lines)
    words = _words(text)
    return Voice(words=len(words), reporting=_reporting(text, words), lines=tuple(lines))


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
    if body.reporting_rate <= MAX_REPORTING_PER_100 and body.first_person_rate >= FIRST_PERSON_PER_100:
        rate = f"{body.first_person_rate:.1f}"
        return DocType("statement", f"first person ({rate} per 100 words) with {body.reporting} reporting verbs")
    return DocType("report", f"third-person narration with {body.reporting} reporting verbs")
