"""Data for date and dateline extraction: month names (English, Russian, Ukrainian), patterns.

Kept apart from the logic in dates.py and dateline.py so that a new month spelling or label is a
one-line change here. Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re
from typing import Final

_EN = (
    "january february march april may june july august september october november december".split(),
    "jan feb mar apr may jun jul aug sep oct nov dec".split(),
)
_RU = (
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
    # genitive, as in "10 февраля 2022 г."
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    # prepositional, as in "в феврале 2022 года"
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(),
    "янв фев мар апр мая июн июл авг сен окт ноя дек".split(),
)
_UK = (
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split(),
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
)
_EXTRA = {"sept": 9, "febr": 2, "февр": 2, "сент": 9, "нояб": 11}

MONTHS: Final[dict[str, int]] = {
    **{name: number for names in (*_EN, *_RU, *_UK) for number, name in enumerate(names, start=1)},
    **_EXTRA,
}
ENGLISH_MONTHS: Final[frozenset[str]] = frozenset(name for names in _EN for name in names) | {"sept", "febr"}

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100

# Longest names first, so that "sept" wins over "sep" and "февраля" over "фев".
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MON = rf"(?P<mon>{_MONTH})\b\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})(?!\d)"
_RU_YEAR_WORD = r"(?:\s*(?:г\.|гг?\b|года\b|году\b|року\b|р\.))?"
_FLAGS = re.IGNORECASE

# Each pattern yields named groups y, and optionally mon/m and d; the name says the precision.
DAY_MONTH_YEAR: Final = re.compile(rf"(?<![\w.]){_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}{_RU_YEAR_WORD}", _FLAGS)
MONTH_DAY_YEAR: Final = re.compile(rf"(?<![\w.]){_MON}\s+{_DAY},?\s+{_YEAR}", _FLAGS)
MONTH_YEAR: Final = re.compile(rf"(?<![\w.]){_MON},?\s+{_YEAR}{_RU_YEAR_WORD}", _FLAGS)
ISO_DATE: Final = re.compile(r"(?<![\d.\-/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d\-])")
NUMERIC_DATE: Final = re.compile(r"(?<![\d.\-/])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
# Every form above has a four-digit year: a text without four digits in a row holds no date.
FOUR_DIGITS: Final = re.compile(r"\d{4}")
# Runs of letters. In the named forms a month name is a whole run (no word character touches it),
# so they cannot match a text none of whose runs, case-folded, is in MONTHS.
LETTERS: Final = re.compile(r"[^\W\d_]+")
YEAR_ONLY: Final = re.compile(r"(?<![\d.,\-/])(?P<y>(?:19|20)\d{2})(?![\d\-/])")
# Day and month without a year (Reuters "Feb 10", TASS "10 февраля"): a dateline shape, no date.
_ANY_MON = rf"(?:{_MONTH})\b\.?"
DAY_MONTH: Final = re.compile(rf"(?<![\w.])(?:[0-3]?\d\s+{_ANY_MON}|{_ANY_MON}\s+[0-3]?\d(?!\d))", _FLAGS)

WEEKDAY: Final = re.compile(
    r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
    r"|^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+",
    _FLAGS,
)
# Words that announce the publication date on a line of its own at the top of a text.
DATE_LABEL: Final = re.compile(
    r"^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|date|dated|issued|released|"
    r"опубликовано|дата(?:\s+публикации)?|обновлено)(?:\s+on)?\s*[:\-–—]?\s*",
    _FLAGS,
)
TIME_OF_DAY: Final = re.compile(
    r"^\s*(?:[,|\-–—@]|at|в)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:gmt|bst|utc|cet|cest|msk|mck|et|est|edt|pt|pst|pdt)?\s*$",
    _FLAGS,
)
# The most words a line that is only a date can have, weekday and label apart: a date is at most
# five ("10th of February, 2022 года") and a time of day after it four ("at 14:05 p.m. GMT").
# Keep in step with the patterns above; a longer line is not searched for a date at all.
MAX_DATE_LINE_WORDS: Final = 9
# A date at an edge of the title: "..., Moscow, February 10, 2022" or "10 Feb 2022 | ...".
TITLE_EDGE_BEFORE: Final = re.compile(r"(?:^|[,|(\[]|\s[-–—]|:)\s*$")
TITLE_EDGE_AFTER: Final = re.compile(r"^\s*(?:$|[)\]]\s*$|[|:]|[-–—]\s)")
TITLE_YEAR: Final = re.compile(r"\((?P<y>(?:19|20)\d{2})\)\s*$")

# The event a report is about, named just before its date: "The meeting took place on 10 February
# 2022", "talks on 5 May", "the summit was held in March 2019", "переговоры состоялись 10 февраля".
_EVENT_WORDS = (
    r"took place|takes place|will take place|was held|were held|is held|will be held|held talks|met|meet|meets|"
    r"signed|visited|gathered|convened|summit|meeting|talks|conference|ceremony|"
    r"встреч\w*|переговор\w*|визит\w*|саммит\w*|заседани\w*"
)
EVENT_BEFORE_DATE: Final = re.compile(
    rf"\b(?:{_EVENT_WORDS})\b[^.;!?]{{0,40}}?(?:\bon|\bin|\bdated|\bв|\bот)\s+(?:\w+day,?\s+)?$|"
    r"\b(?:состоял\w*|прош(?:ёл|ел|ла|ли))\s+$",
    _FLAGS,
)
# Words before the date that make it an earlier event, not the one reported ("the last meeting, on").
PAST_CUE: Final = re.compile(
    r"\b(?:last|previous|previously|earlier|former|prior)\b|\b(?:прошл\w*|ранее|предыдущ\w*|последн\w*)\b",
    _FLAGS,
)
# ... and after it: "on 5 May 2019, two years ago".
PAST_AFTER: Final = re.compile(r"^[^.;]*?\b(?:ago|назад|тому)\b", _FLAGS)
SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[\"“«A-ZА-ЯЁ])")

# A dateline opens a line: place and/or date, an optional agency, then ":" or a dash.
DATELINE: Final = re.compile(
    r"^(?P<head>[^:()/\n]{2,90}?)\s*"
    r"(?:(?:\((?P<agency>[^()]{1,40})\)|/(?P<slashed>[^/]{1,30})/)\s*(?:[:.]|[-–—]{1,2})|:|\s[-–—]{1,2})(?=\s|$)"
)
# One word of a place name: "Moscow", "NEW", "St.", "Stratford-upon-Avon", "N.Y.", "Москва".
PLACE_WORD: Final = re.compile(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.]*(?:-[\w'’.]+)*")
PLACE_PARTICLES: Final = frozenset(
    {"de", "da", "do", "dos", "das", "del", "der", "di", "du", "la", "le", "el", "am", "an"}
)
# All-caps words that open a line with a colon but are labels, not places.
NOT_PLACES: Final = frozenset(
    "breaking news update updated updates exclusive analysis opinion comment editorial review interview watch "
    "video photos pictures gallery live factbox explainer correction clarification advisory urgent flash note "
    "warning alert report feature podcast listen read more sponsored advertisement special focus profile "
    "timeline q&a faq summary background preview recap transcript statement press release ps nb re fw fwd "
    "срочно молния эксклюзив обновлено видео фото мнение комментарий интервью".split()
)
