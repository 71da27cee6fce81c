"""Data for page-furniture detection: the shapes of lines that belong to a web page, not its article.

The patterns describe kinds of lines (player and sharing controls, newsletter and cookie
prompts, advert markers, tracker tokens, captions and credits, separators), not the strings of
any one site. Each is used with a length limit in furniture.py: a long line is article text.
"""

from __future__ import annotations

import re
from typing import Final

_I = re.IGNORECASE

# Phrases that only page controls and prompts use; one is enough in a short line. Each one is
# matched as whole words, and each starts with a plain letter (no group), so that UI_STRONG can
# skip every word that starts with another letter without trying them all.
CONTROL_PHRASES: Final = (
    r"audio (?:version|player|edition)",
    r"artificially[- ]generated",
    r"ai[- ]generated",
    r"automatically[- ]generated",
    r"computer[- ]generated",
    r"text[- ]to[- ]speech",
    r"listen to (?:this|the|our|full)? ?(?:article|story|audio|podcast|episode|report)",
    r"send (?:us )?(?:your )?feedback",
    r"give (?:us )?(?:your )?feedback",
    r"leave (?:us )?(?:your )?feedback",
    r"share (?:us )?(?:your )?feedback",
    r"more info",
    r"sponsored (?:content|by|post|story|links?)",
    r"read more",
    r"continue reading",
    r"story continues",
    r"article continues",
    r"text continues",
    r"click here",
    r"tap here",
    r"download (?:the|our) app",
    r"follow us",
    r"share (?:this|on|via)",
    r"copy link",
    r"link copied",
    r"print (?:this )?(?:article|page|story)",
    r"email (?:this|to a friend)",
    r"back to top",
    r"skip (?:to|ad|advert)",
    r"all rights reserved",
)
# ... and what a whole control line, or its opening words, may be.
CONTROL_LINES: Final = (
    r"advert(?:isement)?s?$",
    r"sponsored$",
    r"related (?:articles|stories|topics|content|links|coverage)\b",
    r"(?:most (?:read|popular|viewed|shared)|you may (?:also )?like|recommended for you)\b",
)
_INITIALS = "".join(sorted({phrase[0] for phrase in CONTROL_PHRASES}))
UI_STRONG: Final = re.compile(
    rf"\b(?=[{_INITIALS}])(?:{'|'.join(CONTROL_PHRASES)})\b|^(?:{'|'.join(CONTROL_LINES)})|©", _I
)
# Prompts that also occur in prose ("the newsletter was sent"): they need a reader-facing cue.
UI_WEAK: Final = re.compile(r"\bnewsletters?\b|\bsubscribe\b|\bsign(?:ing)? (?:up|in)\b|\blog ?in\b|\bregister\b", _I)
READER_CUE: Final = re.compile(
    r"^(?:subscribe|sign|log|register|get|join|receive)\b|\b(?:our|free|now|today|here|inbox)\b", _I
)
# A short command at the start of a line, with an object that is part of the page.
UI_COMMAND: Final = re.compile(
    r"^(?:listen|hear|play|watch|share|print|e-?mail|save|bookmark|copy|follow|download|subscribe|"
    r"join|read|see|view|click|tap|open|like|comment|tweet|post|send|report|get)\b"
    r".{0,30}\b(?:article|story|page|link|audio|video|podcast|app|us|comments?|newsletter|briefing|"
    r"updates|alerts|inbox|facebook|twitter|whatsapp|linkedin|telegram|instagram|email|print|"
    r"full coverage|more)\b",
    _I,
)
# A media player's clock: "00:00 / 04:12".
PLAYER_CLOCK: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
# Menus and breadcrumbs: "Home | News | Sport", "Home / News / Politics".
MENU_MARKS: Final = "|/•·>»"
MENU_SEPARATOR: Final = re.compile(rf"\s[{MENU_MARKS}]\s")
# Words a sharing bar is made of: "Facebook Twitter WhatsApp Email".
SOCIAL_WORDS: Final = frozenset(
    "facebook twitter x whatsapp telegram linkedin reddit pinterest instagram tiktok messenger email e-mail "
    "print share copy link sms flipboard bluesky threads mastodon vk ok.ru".split()
)
# Consent banners speak to the reader; prose about cookies does not.
COOKIE_NOTICE: Final = re.compile(
    r"\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.{0,40}\bcookies?\b|"
    r"\bcookies?\b.{0,120}\b(?:you (?:agree|accept|consent)|your (?:consent|preferences|choices))\b|"
    r"\b(?:accept|reject|manage|allow)(?: all)? cookies\b|\bcookies? (?:settings|preferences|policy|notice|consent)\b",
    _I,
)
# Every cookie notice names cookies: a line without the word is not tried against COOKIE_NOTICE.
COOKIE_WORD: Final = re.compile("cookie", _I)
# Captions and picture credits: "Image source, Getty Images", "Photo: Reuters".
CREDIT: Final = re.compile(
    r"^\(?(?:image|photo(?:graph)?|picture|pic|video|graphic|illustration|media|footage)s?"
    r"(?:\s+(?:source|caption|credit|copyright|by))?\s*[:,|/]|"
    r"^(?:getty images|reuters|afp|ap photo|pa media|pa wire|epa|shutterstock|alamy)(?:\s*/.*)?$",
    _I,
)
# Tracker and template leftovers: "source site-34", "utm_source=rss", a bare URL.
TRACKER: Final = re.compile(
    r"^(?:[a-z]+[ _:=/.#-]+){0,3}[a-z]*[_:=#-]?\d{1,12}$|^(?:https?://|www\.)\S+$|[?&]utm_\w+=|"
    r"^[a-z]+_[a-z_]+(?:=\S*)?$|^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$"
)
# A tracker-shaped line that prose also writes: a bare number ("2022", "12") or plain words and a
# number ("page 2", "round 2"), with no machine mark (no "site-34", "sid=", "_", "id"). Such a line
# is furniture only where its position says so (see furniture.py), never on its own.
PLAIN_NUMBER: Final = re.compile(r"^(?:(?!id\b)[a-z]+ +){0,3}\d{1,12}$")
# A line with no letters or digits at all: "-", "***", "• • •" (but not a stray full stop).
SEPARATOR_ONLY: Final = re.compile(r"^(?![.!?…\"”’)\s]+$)(?:[^\w]|_){1,20}$")
# "Drama - Featherboy", "Best actor: Jamie Foxx": a labelled list item (results, awards), not a headline.
LABELLED_ITEM: Final = re.compile(r"^[^-–—:|]{1,40}?\s(?:[-–—]|:)\s+\S|^[^:]{1,40}:\s+\S")
# Separators that mark each item of a list of links, at the end or the start of the line.
EDGE_SEPARATOR: Final = re.compile(r"\s(?P<end>[-–—|•·»›/])$|^(?P<start>[•·»›|])\s")
# How a sentence or clause ends, looking through closing quotes: 'that right."' ends like one.
SENTENCE_END: Final = re.compile(r"[.;:,][\"”’')]*$")
WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
TOKEN: Final = re.compile(r"\w+")  # how title repeats are compared: words and numbers, no punctuation

# Words too common to show that a headline is about the article.
COMMON_WORDS: Final = frozenset(
    "that this with from have been were will would could should their there they them than then what when "
    "where which while about after before over into more most also just said says year years first last "
    "time make made back says like your into only other some such very much many being does doesn".split()
)
