"""Does text decoded with a legacy single-byte encoding look like real text, or like mojibake?

Real words are written in one script and, past their first letter, are lowercase or all
uppercase. Reading bytes in the wrong code page breaks that: cp1251 Russian read as cp1252 gives
Latin letters with accents in impossible sequences ("Ïðèâåò"), KOI8-R read as cp1251 gives
Cyrillic words whose case alternates ("пРИВЕТ" patterns), and undefined positions give C1
control characters.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

_WORD = re.compile(r"[^\W\d_]{3,}")
_C1 = re.compile(r"[\x80-\x9f]")
#: share of words that may look wrong before the text as a whole is called mojibake (real
#: English news has up to ~5% "McDonald"/"iPod" words; mojibake has 40% and more)
MAX_ODD_SHARE = 0.10
#: KOI8-R and cp1251 swap the cases of Cyrillic letters: real text is mostly lowercase
MAX_UPPER_SHARE = 0.6
#: below this many letters (in words of 3+ letters) no decoding is trusted
MIN_LETTERS = 12
#: share of Latin words with three or more accented letters; rare even in French or Czech
MAX_ACCENTED_SHARE = 0.05


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "?"


def _odd(word: str) -> bool:
    """True for a word no one writes: mixed scripts, or case flipping after the first letter."""
    if len({_script(c) for c in word}) > 1:
        return True
    tail = word[1:]
    if word[0].islower() and not tail.islower():
        return True  # "лХМХЯРП": a lowercase letter never starts an uppercase word
    if tail.islower() or tail.isupper():
        return False
    # camelCase-like words exist ("iPhone", "McDonald"), but not many of them
    return sum(1 for a, b in pairwise(tail) if a.islower() and b.isupper()) > 0


def _accent_density(words: list[str]) -> float:
    """Share of Latin words with 3+ non-ASCII letters: "Ïðèâåò" is not French."""
    latin = [w for w in words if _script(w[0]) == "LATIN"]
    if not latin:
        return 0.0
    return sum(1 for w in latin if sum(1 for c in w if ord(c) > 0x7F) >= 3) / len(latin)


def implausibility(text: str) -> str | None:
    """None when ``text`` looks like real text; otherwise a short reason, for the error message."""
    if _C1.search(text):
        return "contains C1 control characters (undefined in real text)"
    words = _WORD.findall(text)
    if sum(len(w) for w in words) < MIN_LETTERS:
        return f"has too few words (under {MIN_LETTERS} letters) to tell a right decoding from a wrong one"
    odd = sum(1 for w in words if _odd(w)) / len(words)
    if odd > MAX_ODD_SHARE:
        return f"has {odd:.0%} words with mixed scripts or case (looks like mojibake)"
    if _accent_density(words) > MAX_ACCENTED_SHARE:
        return "has too many accented letters per word (looks like mojibake)"
    letters = [c for w in words for c in w]
    if sum(c.isupper() for c in letters) / len(letters) > MAX_UPPER_SHARE:
        return "is mostly capital letters (looks like KOI8-R and cp1251 mixed up)"
    return None
