"""Page furniture: lines of a scraped web page that are not part of its article.

Five families of lines are found, each by its shape rather than by a site's exact wording:

- page controls and prompts anywhere in the text ("Listen to article", "Share this story",
  newsletter and cookie prompts, advert markers, captions and credits, tracker tokens such as
  "source site-34"; a bare number or "page 2" only at the end, beside other furniture);
- at the head, a repeat of the title, whole or split over lines, and a kicker line just above it;
- at the tail, a run of three or more headline-shaped lines that link to other articles
  (see headline_lists.py);
- separator-only lines ("-", "***") next to any of the above;
- in one paragraph, a run of four or more short lines two of which are furniture by the rules
  above: a menu, a share bar or a footer's links, one item per line as a page saved as text
  gives them (see _chrome_runs; a page's chrome above its headline: page_head.py).

When a rule is unsure it keeps the line: losing article text is worse than showing a stray
"Share" link. Kept lines are returned exactly as they were given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.extract import furniture_patterns as pat
from dossier.extract.headline_lists import trailing_headlines
from dossier.extract.page_words import CONJUNCTIONS, in_vocabulary, joins_things, names_the_page, page_words_only
from dossier.models import Paragraph

MAX_CONTROL_WORDS = 12  # a page control or prompt is a short line
MAX_NOTICE_WORDS = 45  # cookie notices and AI-audio disclaimers run longer
MAX_LONG_NOTICE_WORDS = 80  # a consent dialog's full text, naming the consent framework's phrases
MAX_COMMAND_WORDS = 7
MAX_OFFER_WORDS = 35  # a newsletter offer of a sentence or two
MAX_SHARE_BAR_WORDS = 8  # "Facebook Twitter WhatsApp Email"
MAX_LINK_WORDS = 25  # "See also: <a headline>"
HEAD_LINES = 8  # title repeats and kickers sit in the first lines
MAX_KICKER_WORDS = 4
MAX_KICKERS = 3  # short lines above a title repeat (section, breadcrumbs, label)
MIN_MENU_ITEMS = 3
#: a table (see _table_rows): its separator of cells, rows at least, rows with a number at least
TABLE_SEPARATOR = " | "
TABLE_ROWS = 3
NUMBER_ROWS = 2
_NUMBER = re.compile(r"[-+−]?[$€£¥]?\d[\d.,:/ ]*%?")
LONG_MENU_ITEMS = 6  # a menu of this many items may have items of three words
MIN_TITLE_PIECE = 0.4  # a line that is a piece of the title covers this share of it
EDGE_LINES = 8  # page lines read at each edge of the text, beyond those other rules found
MIN_RUN_LINES = 4  # a run of short lines in one paragraph, this long, ...
MIN_RUN_CHROME = 2  # ... holding this many lines other rules found, is a page's menu or bar
MAX_ITEM_WORDS = 4  # a menu item's words at most


@dataclass(frozen=True)
class Removed:
    """One furniture line: its text, the index of its paragraph, and the rule that found it."""

    line: str
    paragraph: int
    rule: str


@dataclass(frozen=True)
class Furniture:
    """The article with furniture lines taken out (empty paragraphs dropped), and what was taken."""

    kept: tuple[Paragraph, ...]
    removed: tuple[Removed, ...]


def _is_control(text: str, words: int) -> bool:
    """A page control or prompt, unless it is quoted or reported speech (the article quoting one)."""
    if words > MAX_NOTICE_WORDS:
        return False  # every test below has a length limit: most article lines are ruled out unread
    strong = _strong_phrases(text)
    if not _looks_like_control(text, words, strong):
        return False
    # Quote marks make a line someone's words, unless it holds two of the page's own phrases: a
    # quoted name is then the site's or a button's ('Подпишитесь на рассылку «Коммерсанта» — ...
    # на вашу почту', 'Нажимая кнопку «Подписаться», вы соглашаетесь с ...'). A speech verb still
    # makes it speech.
    quoted = pat.SPEECH if strong >= 2 else pat.REPORTED
    # a link's marker ("» Liveticker: ...") is not a quotation mark
    return not quoted.search(pat.LINK_MARKER.sub("", text))


def _label(text: str) -> bool:
    """A label's words in the line (furniture_patterns.LABEL), but not after "for", where they are
    a heading's object ("A new era for sponsored content")."""
    found = pat.LABEL.search(text)
    while found and text[max(0, found.start() - 4) : found.start()].casefold() == "for ":
        found = pat.LABEL.search(text, found.start() + 1)
    return found is not None


def _strong_phrases(text: str) -> int:
    """How many distinct phrases of the page's controls and prompts (UI_STRONG) ``text`` holds."""
    strong = pat.UI_STRONG_ASCII if text.isascii() else pat.UI_STRONG
    return len({m[0].casefold() for m in strong.finditer(text)})


def _looks_like_control(text: str, words: int, strong: int) -> bool:
    """Whether a line is shaped as a control or prompt; ``strong``: its _strong_phrases."""
    if strong and (words <= MAX_CONTROL_WORDS or (strong >= 2 and words <= MAX_NOTICE_WORDS)):
        return True
    if words <= MAX_COMMAND_WORDS and pat.WHOLE_LINE_CONTROL.match(text):
        return True
    if (
        words <= MAX_CONTROL_WORDS
        and pat.UI_WEAK.search(text)
        and pat.READER_CUE.search(text)
        # a question word without a question mark opens a heading ("Why your inbox is full of ...")
        and not (pat.ASKING.match(text) and "?" not in text)
    ):
        if words <= MAX_COMMAND_WORDS and not pat.PROSE_END.search(text) and not _one_clause(text):
            # two commands side by side, nothing offered to the reader: a heading ("Sign up, switch off")
            return bool(pat.OFFER_CUE.search(text))
        return not text.endswith("?") or bool(pat.QUESTION_PROMPT.search(text))
    if (
        words <= MAX_COMMAND_WORDS
        and not text.endswith((".", "?"))
        and pat.UI_COMMAND.match(text)
        and _one_clause(text)
    ):
        return True
    if (
        words <= MAX_COMMAND_WORDS + 1
        and not pat.PROSE_END.search(text)
        and pat.MULTILINGUAL_COMMAND.match(text)
        and _one_clause(text)
    ):
        return True
    if words <= MAX_LINK_WORDS and pat.LINK_LABEL.match(text):
        return True
    if words <= MAX_LINK_WORDS and not pat.PROSE_END.search(text[-4:]) and _label(text):
        return True
    if words <= MAX_COMMAND_WORDS and pat.PLAYER_LENGTH.match(text):
        return True
    if words <= MAX_CONTROL_WORDS + 3 and pat.AD_LABEL_TAIL.search(text):
        return True  # "investify: Der Langzeit-Rendite-Testsieger (Anzeige)"
    if (text[:5].casefold() == "this " or "advertiser" in text or "not involved" in text) and (
        pat.SPONSOR_NOTICE.search(text)
    ):
        return True  # "This article is sponsored by <Company>. The views expressed are ..."
    if pat.AD_BLOCKER.search(text) and pat.READER.search(text):
        return True  # "Je gebruikt een adblocker. ... Wil je jouw adblocker voor ons pauzeren?"
    if words <= MAX_OFFER_WORDS and pat.NEWSLETTER_VERB.search(text) and pat.NEWSLETTER_OFFER.search(text):
        return True  # "Want more ... in your inbox? Subscribe to Salon's weekly newsletter Lab Notes."
    if pat.SITE_SERVICE.search(text) and pat.READER.search(text):
        return True  # "Sign up for our newsletter. We won't share your email address."
    if "we " in text and pat.COMPENSATION.search(text) and pat.PURCHASE.search(text):
        return True  # "... we may receive compensation from retailers ..."
    if pat.COMMISSION.search(text) and pat.READER_OR_US.search(text):
        return True  # "We may earn a commission when you buy through links on our site."
    if pat.BUTTON_TAIL.search(text, max(0, len(text) - pat.BUTTON_TAIL_SPAN)):
        return True  # "... pour recevoir notre newsletter. En savoir plus."
    if words <= MAX_LINK_WORDS and pat.LOGIN_PROMPT.match(text):
        return True  # "Connectez-vous à votre compte franceinfo pour participer à la conversation."
    if words <= MAX_COMMAND_WORDS and (pat.SITE_SEARCH.match(text) or pat.JOIN_US.match(text)):
        return True  # "Search the BBC", "Rejoignez-nous"
    if words <= MAX_LINK_WORDS and pat.MEDIA_KICKER.match(text):
        return True  # "VIDÉO. Les images de l'incendie à Marseille"
    if words <= MAX_CONTROL_WORDS and pat.MEDIA_GONE.match(text):
        return True  # "Ce replay n'est plus disponible."
    # A sharing bar: a few words, each a social network or a sharing command.
    return words <= MAX_SHARE_BAR_WORDS and all(
        t in pat.SOCIAL_WORDS or not t for t in (t.casefold().strip(":|•·,") for t in text.split())
    )


_BRACKETED = re.compile(r"\([^()]*\)")
_QUOTE_BEFORE = re.compile(r"[\"“„«‘‹']\s?$")
_QUOTE_MARKS = '"“”«»„'  # a line holding one of these quotes someone (apostrophes excepted)


def _one_clause(text: str) -> bool:
    """Whether a command is one clause, or a list of the page's words ("Watch, listen and read"):
    a second clause after a comma is a heading's shape ("Skip the ads, pay more", "Ascoltare i
    podcast, pagando")."""
    _, comma, after = _BRACKETED.sub("", text).partition(", ")  # "Download the episode (MP3, 42MB)": one
    return not comma or all(in_vocabulary(word.strip(".,;:!?\"'").casefold()) for word in after.split())


def _is_consent(text: str, words: int) -> bool:
    """A cookie notice or consent banner line (a button or privacy link only as a short line)."""
    # A sentence that reports what is said of cookies is prose: "Campaigners say cookie consent
    # banners have done little ...", "..., the report found."
    if pat.COOKIE_WORD.search(text) and not pat.SPEECH.search(text):
        # a cookie page's name as a label, or as a sentence to the reader ("Read our cookie policy.")
        label = not pat.PROSE_END.search(text) or pat.READER_CUE.search(text)
        named = pat.COOKIE_LABEL.search(text) if words <= MAX_CONTROL_WORDS and label else None
        if named and not pat.ASKING.match(text) and not _goes_on(text[named.end() :]):
            return True  # not a heading asking ("How to manage your cookie settings") or saying what
            # becomes of it ("Cookie policy under review")
        # a notice speaks to the reader or for the site; a longer line that does neither reports on
        # cookies ("The Council today adopted ... including the use of cookies by online platforms.")
        if pat.COOKIE_NOTICE.search(text) and (
            words <= MAX_CONTROL_WORDS or pat.READER_OR_US.search(text) or pat.NOTICE_VOICE.search(text)
        ):
            return True
    if words <= MAX_COMMAND_WORDS and not pat.SENTENCE_END.search(text) and pat.CONSENT_CONTROL.search(text):
        return True
    # a page's name as a label, unless it joins things as a heading does ("Файлы cookie и
    # персональные данные"); or in a line to the reader
    if (
        pat.CONSENT_PAGES.search(text)
        and ((not pat.PROSE_END.search(text) and not joins_things(text)) or pat.READER_OR_US.search(text))
        and not pat.SPEECH.search(text)  # '«Мы используем файлы cookie ...», — заявил представитель'
    ):
        return True
    # a banner's phrase quoted in prose is the article's ('klickt oft auf „Alle akzeptieren“ ...'), and
    # so is one in reported speech ("We and our partners share data on threats, the minister said.")
    return any(
        not _QUOTE_BEFORE.search(text, max(0, m.start() - 2), m.start()) for m in pat.CONSENT.finditer(text)
    ) and not pat.SPEECH.search(text)


def _goes_on(rest: str) -> bool:
    """Whether the words after a page's name say something of it, as a heading does ("... under
    review"), rather than end the label or open the next item after a separator ("| Privacy")."""
    words = rest.strip().split()
    # a predicate goes on in small letters; a button's or a link's words follow in capitals ("Cookie
    # settings Accept All") or after "and" ("Cookie policy and terms of use")
    return (
        len(words) >= 2
        and rest.lstrip()[:1] not in "|•·›»:/-–—("
        and words[0][:1].islower()
        and words[0] not in CONJUNCTIONS
    )


CREDIT_TAIL = 200  # characters: a credit ends the line, and is shorter than this


def _ends_with_credit(text: str) -> bool:
    """A caption's closing credit ("... Photograph: Jane Doe/AFP", "... 2023. JANE DOE / AFP"),
    looked for in the line's end only and where a colon, a slash or a bracket is: a search of
    every word of every line took 0.5 s of CPU on BBC's lines and sentences."""
    tail = text[-CREDIT_TAIL:]
    return (":" in tail or "/" in tail or tail.endswith(")")) and bool(pat.CAPTION_CREDIT.search(tail))


_MENU_LINKS = frozenset("& of and the for to de du des et und".split())


def _is_menu(text: str) -> bool:
    if not any(mark in text for mark in pat.MENU_MARKS):
        return False  # the common case, told without splitting the line
    items = pat.MENU_SEPARATOR.split(text)
    # a breadcrumb may have two items when the first is the site's home page
    least = 2 if pat.HOME_ITEM.match(items[0]) else MIN_MENU_ITEMS
    # an item's words, small linking words aside ("Terms of Use", "Terms & Conditions"); a long
    # menu's items may have three ("CNN Partner Hotels")
    most = 3 if len(items) >= LONG_MENU_ITEMS else 2
    return len(items) >= least and all(
        0 < len([w for w in item.split() if w not in _MENU_LINKS]) <= most
        and item[:1].isupper()
        and not pat.SENTENCE_END.search(item)
        for item in items
    )


def _long_consent(text: str) -> bool:
    """A consent dialog past the usual length limit: two of the consent framework's phrases
    ("We and our partners store and/or access information on a device ... for personalised
    advertising and content, ..."), unless someone is quoted or reported saying it. (An appeal
    of the same length with two of the page's phrases was tried too: it found one line of the
    sixteenth collection's tuning half and none held out, for 50 ms of CPU over BBC.)"""
    # Most long lines of an article quote someone: a quote mark, found in C, rules them out first;
    # and the framework's dialogs all store "and/or access" information ("und/oder", "et/ou", "и/или").
    if "/" not in text or any(mark in text for mark in _QUOTE_MARKS):
        return False
    if len(text.split(maxsplit=MAX_LONG_NOTICE_WORDS)) > MAX_LONG_NOTICE_WORDS:
        return False
    return len({m[0].casefold() for m in pat.CONSENT.finditer(text)}) >= 2 and not pat.SPEECH.search(text)


def _names_a_channel_or_more(text: str, words: int) -> bool:
    """The site's channel on a platform, its named newsletter, or where more is told, in a line
    whose quoted names are the site's, the channel's or a linked title. Each is tried only when a
    word it needs is in the line (most lines have none: 15 ms of CPU less over BBC)."""
    folded = text.casefold()
    if any(name in folded for name in pat.CHANNEL_NAMES) or "MAX" in text:
        if pat.CHANNEL_PROMPT.search(text) and words <= MAX_CONTROL_WORDS + 3:
            return True  # "Читайте «...» в Дзене", "Підписуйтесь на наш Telegram-канал"
        if not pat.PROSE_END.search(text) and pat.CHANNEL_OFFER.search(text):
            return True  # "... jetzt auch auf WhatsApp: ..."
    if "newsletter" in folded:
        newsletter = pat.NAMED_NEWSLETTER.match(text)
        if newsletter and pat.NEWSLETTER_PITCH.search(newsletter["pitch"]):
            return True  # "Der Morgen-Newsletter: Die Nachrichten des Tages kompakt"
        if pat.NEWSLETTER_DESCRIBED.match(text):
            return True  # "The Verge Daily: A free newsletter with the top stories of the day"
    return bool(pat.MORE_IN.match(text))  # "Подробнее читайте в материале «...»"


def line_rule(line: str) -> str | None:
    """The furniture rule a line matches on its own, anywhere in the text, or None."""
    text = line.strip()
    # Words counted up to one past the highest limit below: a long line is not split to the end.
    words = len(text.split(maxsplit=MAX_NOTICE_WORDS))
    if not text:
        return None
    if words <= 4 and pat.TRACKER.search(text) and not pat.PLAIN_NUMBER.match(text):
        return "tracker"
    if words <= MAX_NOTICE_WORDS and _is_consent(text, words):
        return "cookie"
    if words > MAX_NOTICE_WORDS and _long_consent(text):
        return "cookie"
    if words <= MAX_CONTROL_WORDS and pat.CREDIT.search(text):
        return "credit"
    if words <= MAX_NOTICE_WORDS and _ends_with_credit(text) and not pat.REPORTED.search(text):
        return "credit"
    if _is_menu(text):
        return "menu"
    if words <= MAX_COMMAND_WORDS and pat.READING_TIME.match(text):
        return "control"
    if words <= MAX_COMMAND_WORDS and page_words_only(text):
        return "control"  # quotes and all: a label made of page words quotes no one ('Zulassen von "Cookies"')
    if words <= MAX_COMMAND_WORDS and pat.WIRE_SOURCE.match(text):
        return "control"  # "SOURCE Northwind Foods": a press-release wire's line
    if words <= MAX_COMMAND_WORDS and pat.RELATED_CATEGORY.match(text):
        return "control"  # 'In "Politics"': a related post's category
    if words <= MAX_COMMAND_WORDS and (
        pat.PREMIUM_LABEL.match(text) or pat.AD_WIDGET.match(text) or pat.GLUED_SPONSOR.match(text)
    ):
        return "control"  # "FAZ Plus", "STERN+"; "by Taboolaby Taboola"; "NorthwindSponsored"
    if words <= MAX_CONTROL_WORDS and text.endswith((" by", " by:")) and pat.SPONSOR_TAIL.search(text):
        return "control"  # "<Series> is supported by" (the sponsor's logo follows)
    if words <= MAX_NOTICE_WORDS and text[:1].isdigit() and pat.TIMED_LIST.match(text):
        return "control"  # "09:41 <headline> · 09:30 <headline> · 09:12 <headline>"
    if words <= MAX_LINK_WORDS and _names_a_channel_or_more(text, words) and not pat.SPEECH.search(text):
        return "control"
    # A quoted name in these is the app's or the label's: 'Скачайте приложение, чтобы слушать «Эхо»'.
    app = pat.GET_THE_APP.match(text) and not pat.PROSE_END.search(text)
    # So is one in an advert's legal marks: the Russian disclosure, the erid token.
    if (
        # a portal's app, named, may be offered in a longer line: "Download the Yahoo News app to stay ..."
        words <= (MAX_LINK_WORDS if app else MAX_CONTROL_WORDS)
        and (
            app
            or pat.AD_DISCLOSURE in text.casefold()
            or pat.AD_MARKING.search(text)
            or ("ИНН" in text and pat.AD_TAX_NUMBER.search(text))
        )
        and not pat.SPEECH.search(text)
    ):
        return "control"
    if words <= MAX_OFFER_WORDS and _page_chrome(text):
        return "control"
    if (
        words <= MAX_CONTROL_WORDS
        and (text[:9].casefold().startswith("copyright") or "ISSN" in text)
        and pat.COPYRIGHT_LINE.search(text)
    ):
        return "credit"  # "copyright Inexhibit 2019 - ISSN: 2283-5474", "ISSN 1234-5678"
    return "control" if _is_control(text, words) or pat.PLAYER_CLOCK.match(text) else None


_CHROME_OPENINGS = (
    *("follow ", "like ", "find ", "subscribe ", "an ", "something ", "this ", "order ", "tell "),
    *("popular ", "most ", "if you ", "listen ", "stream ", "hear ", "available ", "watch ", "stay ", "get ", "sign "),
)


def _page_chrome(text: str) -> bool:
    """Chrome of real pages that the other rules miss (furniture_patterns.FOLLOW_ON to
    COMMENT_POLICY): follow and subscribe prompts naming platforms, a label with its link, the
    page's dialogs, tagged related headlines, the reporter's address, affiliate disclosures,
    subscription pitches, comment rules. Each pattern is tried only when the line has what it
    opens or ends with."""
    folded = text[:12].casefold()
    if folded.startswith(_CHROME_OPENINGS) and (
        pat.FOLLOW_ON.match(text)
        or pat.PAGE_DIALOG.match(text)
        or pat.SHARE_OF_SALE.search(text)
        or pat.LISTEN_LIVE.match(text)
        or pat.WATCH_PROMPT.match(text)
        or pat.EMAIL_UPDATES.match(text)
    ):
        return True
    if "http" in text and pat.LINK_LINE.match(text):
        return True
    official = pat.OFFICIAL_LABEL.match(text) or (
        any(word in text for word in ("icence", "script", "financial", "activate")) and pat.OFFICIAL_NOTICE.search(text)
    )
    if official and not pat.REPORTED.search(text):
        return True  # "All content is available under the Open Government Licence v3.0, ..."
    if text.endswith(("]", "]|")) and pat.TAGGED_HEADLINE.search(text):
        return True
    if ("@" in text or "http" in text or "tip?" in text) and pat.CONTACT_LINE.search(text):
        return True
    if text.endswith(("back here", "back here.")) and pat.PAGE_DIALOG.search(text):
        return True
    # a pitch to the reader who enjoyed the article, or priced by the issue: what the pattern opens with or holds
    if (
        (folded.startswith("if you ") or " issues for " in text)
        and pat.SUBSCRIPTION_PITCH.search(text)
        and not pat.REPORTED.search(text)
    ):
        return True
    opening = text[:40].casefold()  # the policy opens the line, after a label at most
    return (
        any(word in opening for word in ("comment", "coment", "kommentar", "коммент"))
        and bool(pat.COMMENT_POLICY.search(text))
        and not pat.REPORTED.search(text)
    )


def tokens(text: str) -> list[str]:
    """Case-folded word tokens, punctuation and quotes ignored: how title repeats are compared."""
    return pat.TOKEN.findall(text.casefold())


def _title_span(lines: list[str], start: int, title: list[str]) -> int:
    """How many lines from ``start`` repeat the title (whole, split, or one piece of it); 0 if none."""
    if start >= len(lines):
        return 0
    piece = tokens(lines[start])
    joined: list[str] = []
    for count, line in enumerate(lines[start : start + 3], start=1):
        joined += piece if count == 1 else tokens(line)
        if joined == title:
            return count
        if joined != title[: len(joined)]:
            break
    if not piece or len(piece) < max(3, MIN_TITLE_PIECE * len(title)):
        return 0
    return 1 if any(title[i : i + len(piece)] == piece for i in range(len(title) - len(piece) + 1)) else 0


def is_short_label(line: str, max_words: int = MAX_KICKER_WORDS) -> bool:
    """A few words, capitalised, not ending like a sentence: a kicker, section name or list header."""
    text = line.strip()
    words = len(pat.WORD.findall(text))
    return 0 < words <= max_words and not pat.SENTENCE_END.search(text) and text[:1].isupper()


def head_furniture(lines: list[str], title: str, found: dict[int, str]) -> dict[int, str]:
    """Title repeats among the first lines, and the short labels (kickers) just above them."""
    title_tokens = tokens(title.removesuffix("…"))
    rules: dict[int, str] = {}
    labels: list[int] = []  # short lines that are kickers if a title repeat follows
    i = 0
    while i < min(len(lines), HEAD_LINES) and title_tokens:
        span = 0 if i in found else _title_span(lines, i, title_tokens)
        if span:
            rules.update(dict.fromkeys(labels, "kicker"))
            rules.update(dict.fromkeys(range(i, i + span), "title-repeat"))
            labels = []
        elif i not in found and not (is_short_label(lines[i]) and len(labels) < MAX_KICKERS):
            break
        elif i not in found:
            labels.append(i)
        i += max(span, 1)
    return rules


def _head_labels(lines: list[str], found: dict[int, str]) -> dict[int, str]:
    """Navigation labels ("Menu", "Search") among the first lines, above any line of the article:
    at the head of a scraped page they are its controls, further down they may be a heading."""
    rules: dict[int, str] = {}
    for i, line in enumerate(lines[:HEAD_LINES]):
        if pat.HEAD_LABEL.match(line.strip().rstrip(":")):
            rules[i] = "menu"
        elif i not in found:
            break
    return rules


def _separators(lines: list[str], found: dict[int, str]) -> dict[int, str]:
    """Separator-only lines ("-", "***") that touch a furniture line."""
    return {
        i: "separator"
        for i, line in enumerate(lines)
        if i not in found and (i - 1 in found or i + 1 in found) and pat.SEPARATOR_ONLY.match(line.strip())
    }


def edge_furniture(lines: list[str], found: dict[int, str]) -> dict[int, str]:
    """Lines about the page itself (page_words.names_the_page) in the runs of furniture that open
    and close the text. A page's controls and prompts surround its article, so a line there that
    names the page's newsletter, player or cookies is one of them ("Sign me up", "Audio version",
    "Manage cookies"), where inside the article the same words may be a heading ("Inbox
    overload"). Each run stops at the first line that is neither furniture nor about the page,
    the article's, and takes at most EDGE_LINES lines; quoted or reported lines stop it too. A
    text whose every line would go is left as it is: a short notice about a podcast is not
    furniture of itself."""
    rules: dict[int, str] = {}
    for last, ordered in ((False, range(len(lines))), (True, range(len(lines) - 1, -1, -1))):
        added = 0
        for i in ordered:
            if i in found or i in rules:
                continue
            text = lines[i].strip()
            if added == EDGE_LINES:
                break
            if not names_the_page(text, last=last) or pat.REPORTED.search(text):
                break
            rules[i] = "edge"
            added += 1
    return rules if len(found) + len(rules) < len(lines) else {}


def _trailing_numbers(lines: list[str], found: dict[int, str]) -> set[int]:
    """Plain-number lines ("2022", "page 2") in the run of such lines and furniture that ends the text."""
    numbers: set[int] = set()
    i = len(lines) - 1
    while i >= 0 and (i in found or pat.PLAIN_NUMBER.match(lines[i].strip())):
        if i not in found:
            numbers.add(i)
        i -= 1
    return numbers


def _table_rows(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes (over all lines) of the rows of tables: a table read from a page or a document is
    a paragraph with a line per row, its cells joined by " | " (read/html.py, read/docx.py), so a
    row of short cells ("Ticker | Security | Last | Change | Change %") looks like a menu. A
    paragraph of at least TABLE_ROWS lines with as many cells each, NUMBER_ROWS of them with a
    number in a cell, is a table; a menu of several lines is seldom alike and never priced."""
    rows: set[int] = set()
    first = 0
    for para in paragraphs:
        cells = [line.count(TABLE_SEPARATOR) for line in para]
        if len(para) >= TABLE_ROWS and cells[0] and len(set(cells)) == 1:
            numbered = sum(1 for line in para if any(_NUMBER.fullmatch(c.strip()) for c in line.split(TABLE_SEPARATOR)))
            if numbered >= NUMBER_ROWS:
                rows.update(range(first, first + len(para)))
        first += len(para)
    return rows


def menu_item(line: str) -> bool:
    """A line a menu or a bar could hold: a few words, not a sentence, not a quotation."""
    text = line.strip()
    if text.count(" ") > 2 * MAX_ITEM_WORDS:
        return False  # told without reading the words
    words = len(pat.WORD.findall(text))
    return 0 < words <= MAX_ITEM_WORDS and not pat.SENTENCE_END.search(text) and text[:1] not in _QUOTE_MARKS


def _unfinished(line: str) -> bool:
    """A control's line that is no sentence ("Skip to contentSkip to site index")."""
    text = line.strip()
    return len(pat.WORD.findall(text)) <= MAX_CONTROL_WORDS and not pat.SENTENCE_END.search(text)


def is_chrome_run(lines: int, found: int) -> bool:
    """``lines`` short lines (menu items) in a row, ``found`` of them furniture by other rules:
    enough of both to be a page's menu or bar."""
    return lines >= MIN_RUN_LINES and found >= MIN_RUN_CHROME


def _chrome_runs(paragraphs: tuple[Paragraph, ...], found: dict[int, str]) -> dict[int, str]:
    """Short lines of a menu, a share bar or a footer's links, as a page saved as text gives them:
    one item per line, in one paragraph ("Tech", "Cars", "Gaming", ..., "Twitter", "Facebook",
    "Search"). A run of at least MIN_RUN_LINES lines of a few words each, none a sentence, is
    the page's when at least MIN_RUN_CHROME of them are furniture by the other rules ("Twitter",
    "Search", "Privacy Policy"): its other items go with them. A list the article holds (names,
    places, a table's cells) has no such lines among it and stays, as does a short line next to
    a sentence: the run is of short lines only."""
    rules: dict[int, str] = {}
    first = 0
    for para in paragraphs:
        if len(para) < MIN_RUN_LINES:  # most paragraphs: a line each (every BBC one)
            first += len(para)
            continue
        run: list[int] = []
        for j, line in enumerate((*para, "")):  # "" ends the last run
            if j < len(para) and (menu_item(line) or (first + j in found and _unfinished(line))):
                run.append(first + j)
                continue
            if is_chrome_run(len(run), sum(1 for k in run if k in found)):
                rules.update({k: "menu-run" for k in run if k not in found})
            run = []
        first += len(para)
    return rules


def furniture_lines(title: str, paragraphs: tuple[Paragraph, ...]) -> dict[int, str]:
    """The furniture lines of ``paragraphs`` by index over all their lines, with their rules."""
    lines = [line for para in paragraphs for line in para]
    found = {i: rule for i, line in enumerate(lines) if (rule := line_rule(line))}
    menus = {i for i, rule in found.items() if rule == "menu"}
    for i in menus & _table_rows(paragraphs) if menus else ():
        del found[i]  # a table's header row of short cells is no menu
    found.update(_head_labels(lines, found))
    found.update(head_furniture(lines, title, found))
    # A bare number or "page 2" is the article's (a year, a chapter, a round) unless it ends the
    # text beside other furniture, where it is a tracker token or page counter.
    numbers = _trailing_numbers(lines, found)
    found.update(trailing_headlines(lines, title, set(found) | numbers))
    found.update({i: "tracker" for i in numbers if i - 1 in found or i + 1 in found})
    found.update(edge_furniture(lines, found))
    found.update(_separators(lines, found))
    found.update(_chrome_runs(paragraphs, found))
    return found


def find_furniture(title: str, paragraphs: tuple[Paragraph, ...]) -> Furniture:
    """Split a document's paragraphs into the article and its page furniture (see module docstring)."""
    where = [(p, line) for p, para in enumerate(paragraphs) for line in para]
    found = furniture_lines(title, paragraphs)
    removed = tuple(Removed(line, p, found[i]) for i, (p, line) in enumerate(where) if i in found)
    kept: list[list[str]] = [[] for _ in paragraphs]
    for i, (p, line) in enumerate(where):
        if i not in found:
            kept[p].append(line)
    return Furniture(tuple(tuple(para) for para in kept if para), removed)
