"""Data for date and dateline extraction: the shapes of dates, datelines and labels.

Kept apart from the logic in dates.py and dateline.py so that a new label or shape is a one-line
change here. Month and weekday names are not listed here: they come from dateparser's locale
data (date_locale.py), and dateparser parses every candidate these shapes find. Every pattern is
compiled once, at import.
"""

from __future__ import annotations

import re
from typing import Final

# The languages whose month and weekday names dates are read in (dateparser's locale data, see
# date_locale.py): those language.py tells apart in the Latin and Cyrillic scripts.
DATE_LANGUAGES: Final = ("en", "ru", "uk", "de", "fr", "es", "it", "pt", "nl")

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100

# A month is any run of letters here (optionally abbreviated with a full stop); a match counts only
# if that run is a month name in dateparser's locale data, which then parses the whole match.
_MON = r"(?P<mon>[^\W\d_]{3,})\.?"
# "10", "10th", "1er" (French), "1." (German); "the 10th", "le 1er", "den 5." keep their article.
_DAY = r"(?:(?:the|le|den)\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_DAY_AFTER_MONTH = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})(?!\d)"
_RU_YEAR_WORD = r"(?:\s*(?:г\.|гг?\b|года\b|году\b|року\b|р\.))?"
_FLAGS = re.IGNORECASE

# Each pattern yields named groups y, and optionally mon/m and d; the name says the precision.
# "of" and "de" join day, month and year in English ("10th of February") and Spanish/Portuguese
# ("3 de mayo de 2021").
DAY_MONTH_YEAR: Final = re.compile(
    rf"(?<![\w.]){_DAY}\s+(?:(?:of|de)\s+)?{_MON},?\s+(?:de\s+)?{_YEAR}{_RU_YEAR_WORD}", _FLAGS
)
MONTH_DAY_YEAR: Final = re.compile(rf"(?<![\w.]){_MON}\s+{_DAY_AFTER_MONTH},?\s+{_YEAR}", _FLAGS)
MONTH_YEAR: Final = re.compile(rf"(?<![\w.]){_MON},?\s+{_YEAR}{_RU_YEAR_WORD}", _FLAGS)
ISO_DATE: Final = re.compile(r"(?<![\d.\-/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d\-])")
NUMERIC_DATE: Final = re.compile(r"(?<![\d.\-/])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
# Every form above has a four-digit year: a text without four digits in a row holds no date.
FOUR_DIGITS: Final = re.compile(r"\d{4}")
# Runs of letters. In the named forms a month name is a whole run (no word character touches it),
# so they cannot match a text none of whose runs, case-folded, is a month name.
LETTERS: Final = re.compile(r"[^\W\d_]+")
YEAR_ONLY: Final = re.compile(r"(?<![\d.,\-/])(?P<y>(?:19|20)\d{2})(?![\d\-/])")
# Day and month without a year (Reuters "Feb 10", TASS "10 февраля"): a dateline shape, no date.
DAY_MONTH: Final = re.compile(
    r"(?<![\w.])(?:[0-3]?\d(?:er|\.)?\s+(?P<mon>[^\W\d_]{3,})\b\.?|(?P<mon2>[^\W\d_]{3,})\.?\s+[0-3]?\d(?!\d))",
    _FLAGS,
)
# A publication stamp's label, which dates the document wherever the page's head puts it (a saved
# page's byline block: "Published 10 February 2022", or "Published" on a line of its own above
# the date); the other labels of DATE_LABEL ("Date", "Released", "Stand") count at the very
# opening only.
STAMP_LABEL: Final = re.compile(
    r"^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|опубликовано|обновлено|veröffentlicht|"
    r"(?:zuletzt\s+)?aktualisiert|publié|mis\s+à\s+jour)\b",
    _FLAGS,
)
# A byline's or a time stamp's marks, which make a short line of the head that holds a date the
# document's stamp: a time of day ("November 18, 2019 11:03 PM", "2019-11-18T23:30:00Z", "@17:19")
# or an author's label before it ("By Jane Smith - 2018-09-16", "Von ... publiziert am ...",
# "Written by ... on November 14, 2019", "Текст: ...").
STAMP_MARK: Final = re.compile(
    r"\b\d{1,2}:\d{2}\b|\d[T ]\d{2}:\d{2}|^(?:by|von|par|por|written\s+by|posted\s+by|текст|автор)\b",
    _FLAGS,
)
# Words that announce the publication date on a line of its own at the top of a text.
DATE_LABEL: Final = re.compile(
    r"^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|date|dated|issued|released|"
    r"опубликовано|дата(?:\s+публикации)?|обновлено|"
    r"veröffentlicht|aktualisiert|zuletzt\s+aktualisiert|stand|datum|"
    r"publié|mis\s+à\s+jour|mise\s+à\s+jour|date\s+de\s+publication)"
    r"(?:\s+(?:on|am|le))?\s*[:\-–—]?\s*",
    _FLAGS,
)
TIME_OF_DAY: Final = re.compile(
    r"^\s*(?:[,|\-–—@]|at|в|à|um)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr)?\s*"
    r"(?:gmt|bst|utc|cet|cest|msk|mck|et|est|edt|pt|pst|pdt|mez|mesz)?\s*$",
    _FLAGS,
)
# What may stand before a date that opens a sentence: "On 5 May 2021, ...", "Am 9. November 2021
# trafen ...", "Le 14 juillet 2021, ..."; a bare date, as in "10 февраля 2022 года в Москве ...".
SENTENCE_DATE_OPENER: Final = re.compile(
    r"^(?:(?:on|am|den|le|el|il|em|op)\s+)?"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?$",  # "On Thursday, 17 November 2022, ..."
    _FLAGS,
)
# The first sentence's main clause gives the date of what it reports, in the past tense: a Russian
# verb in the past ("Делегации провели 9 ноября 2021 года ..."), a German or French auxiliary before
# "am"/"le" ("haben sich am 2. Dezember 2021 ... verständigt", "a validé, le 5 août 2021, ...").
# An aside has no such verb before its date ("Der am 3. Oktober 1990 unterzeichnete Vertrag", "Le
# traité, signé le 8 décembre 1991, ...", "Договор, подписанный 8 декабря 1991 года, ...").
MAIN_CLAUSE_PAST_BEFORE: Final = re.compile(
    r"(?:^|\s)[а-яё]{3,}(?:ли|ла|ло)\s+$"
    r"|\b(?:hat|haben|ist|sind|wurde|wurden)\b[^,]*\sam\s+$"
    r"|\b(?:a|ont|est|sont|avait|avaient)\s+(?:été\s+)?[^\W\d_]+(?:é|ée|és|ées|i|is|u|us)\s*,?\s+$",
    _FLAGS,
)
# A document's title that ends with its own date after "of", "от", "vom", "du": "Statement of the
# G7 Foreign Ministers of 5 May 2021", "Комментарий ... от 28 декабря 2021 года", "Regierungs-
# pressekonferenz vom 6. Okt. 2021", "Compte rendu du Conseil des ministres du 16 juin 2021". Only
# a title that names a kind of document: "Remembering the attack of 11 September 2001" is not one.
TITLE_OWN_DATE_BEFORE: Final = re.compile(r"\s(?:of|dated|от|vom|du|del|dal)\s+$", _FLAGS)
DOCUMENT_WORD: Final = re.compile(
    r"(?<!\w)(?:statement|comment|commentary|remarks|speech|address|transcript|briefing|interview"
    r"|press conference|communiqu[eé]|declaration|minutes|letter|decision|resolution|decree"
    r"|заявлени|комментари|выступлени|брифинг|стенограмм|интервью|ответ|сообщени|указ|постановлени|письм"
    r"|\w*pressekonferenz|erklärung|rede|mitteilung|beschluss|schreiben|protokoll"
    r"|compte rendu|déclaration|discours|conférence de presse|entretien|lettre|décision|arrêté)",
    _FLAGS,
)
# The most words a line that is only a date can have, weekday and label apart: a date is at most
# five ("10th of February, 2022 года") and a time of day after it four ("at 14:05 p.m. GMT").
# Keep in step with the patterns above; a longer line is not searched for a date at all.
MAX_DATE_LINE_WORDS: Final = 9
MAX_LABELLED_WORDS: Final = MAX_DATE_LINE_WORDS + 5  # with a label and weekday ("Zuletzt aktualisiert am Mittwoch,")
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
_EVENT_VERBS = r"состоял\w*|прош(?:ёл|ел|ла|ли)"
EVENT_BEFORE_DATE: Final = re.compile(
    rf"\b(?:{_EVENT_WORDS})\b[^.;!?]{{0,40}}?(?:\bon|\bin|\bdated|\bв|\bот)\s+(?:\w+day,?\s+)?$|"
    rf"\b(?:{_EVENT_VERBS})\s+$",
    _FLAGS,
)
# A sentence without any event word holds no event date: it is not searched for dates at all.
# (The lookahead on first letters lets the search skip most words without trying every phrase.)
EVENT_WORD: Final = re.compile(rf"\b(?=[tiwhmsvgcвпсз])(?:{_EVENT_WORDS}|{_EVENT_VERBS})\b", _FLAGS)
# Words before the date that make it an earlier event, not the one reported ("the last meeting, on").
PAST_CUE: Final = re.compile(
    r"\b(?:last|previous|previously|earlier|former|prior)\b|\b(?:прошл\w*|ранее|предыдущ\w*|последн\w*)\b",
    _FLAGS,
)
# A first sentence about what is still to come is not dated by its date ("The summit will take
# place on 11 July 2023", "15 мая 2024 года состоится", "Am 3. Oktober wird", "aura lieu le").
FUTURE_CUE: Final = re.compile(
    r"\b(?:will|shall|is to|are to|is due|are due|scheduled|planned|upcoming|next)\b|"
    r"\b(?:состоит?ся|состоятся|пройд[её]т|будет|будут|планиру\w*|намечен\w*)(?!\w)|"
    r"\b(?:wird|werden|soll|sollen|geplant)\b|\b(?:aura|auront|sera|seront|prévue?s?)\b",
    _FLAGS,
)
# ... and after it: "on 5 May 2019, two years ago".
PAST_AFTER: Final = re.compile(r"^[^.;]*?\b(?:ago|назад|тому)\b", _FLAGS)
# A full stop after a one- or two-digit number is a German ordinal day ("Am 9. November 2021"), not an end.
SENTENCE_END: Final = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[\"“«A-ZА-ЯЁ])")

# A dateline opens a line: place and/or date, an optional agency, then ":" or a dash.
DATELINE: Final = re.compile(
    r"^(?P<head>[^:()/\n]{2,90}?)\s*"
    r"(?:(?:\((?P<agency>[^()]{1,40})\)|/(?P<slashed>[^/]{1,30})/)\s*(?:[:.]|[-–—]{1,2})|:|\s[-–—]{1,2})(?=\s|$)"
)
# A place and date with no mark after them: the first characters looked at, and how the text goes on
# ("Москва, 15 марта 2021 г. Министр ...": a space, then a capital or an opening quote).
MAX_RUN_IN_HEAD: Final = 80
# (or the line ends: "Paris, le 3 février 2021" heading a statement).
RUN_IN_TEXT: Final = re.compile(r"\.?(?:\s+[\"“«„]?[A-ZÀ-ÞА-ЯЁІЇЄҐ]|\s*$)")
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
