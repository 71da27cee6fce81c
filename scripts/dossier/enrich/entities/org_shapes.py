"""Organisation names by their shape, for discovery.py: the segments of a capitalised run that
may hold one (split at "and", "the", "on", "&", joined again for "Foreign and Commonwealth
Office"), and the name a segment gives when it has a head word ("Party", "Bank of ...",
"House of Lords", "Radio Wales").
"""

from __future__ import annotations

from collections.abc import Iterator

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.shapes import CUES, LEADING_NOISE, SPLIT_PERSON, Candidate, Token, is_given

_SPLIT_ORG = frozenset("and the on &".split())
# Every word that may head an organisation's name: "House" and "Radio" only where organisation()
# says (before "of" and one word; before the station's name).
_HEADS = pat.ORG_HEADS | pat.SURNAME_HEADS
NAME_HEADS = _HEADS | {"house"} | pat.OPENING_HEADS


def organisation(segment: list[Token], paragraph: int) -> Candidate | None:
    """The organisation a run segment names, if it has a head word ("Party", "Bank of ...")."""
    heads = [
        i
        for i, t in enumerate(segment)
        if t.text[:1].isupper()
        and (
            t.key in _HEADS
            or (t.key == "house" and i + 3 == len(segment) and segment[i + 1].text == "of")
            or (t.key in pat.OPENING_HEADS and i + 1 < len(segment))  # "Radio Wales", "Universities Scotland"
        )
    ]  # "House" opens a name before "of" and one word: "House of Lords", not "Opera House" or a film
    if not heads:
        return None
    first = heads[0]
    if (
        segment[first].key in pat.ORG_OPENERS
        and segment[first + 1 : first + 2]
        and segment[first + 1].text in {"of", "for"}
    ):
        # "Bank of England Governor Mervyn King": the name ends before the next title or role
        end = next((i for i in range(first + 2, len(segment)) if segment[i].key in CUES), len(segment))
    elif segment[heads[-1]].key in pat.OPENING_HEADS:
        # the station's name follows its head ("Radio Wales", "Radio Five Live"), up to a role
        end = next((i for i in range(heads[-1] + 1, len(segment)) if segment[i].key in CUES), len(segment))
    else:
        end = heads[-1] + 1
    if end < len(segment) and segment[end].key in EVENT_AFTER:
        return None  # "Consumer Electronics Show", "Royal Television Society Awards": an event
    start = max((i + 1 for i in range(end) if segment[i].key in CUES), default=0)
    if end - start == 1 and start and segment[start - 1].key in pat.ROLES:
        # "General Motors", "National Executive Committee", "Financial Ombudsman Service": the role
        # word before a lone head word is one of the name's words (no one's title stands before
        # "Motors"), and so are the words before it, back to the cue before them
        start = max((i + 1 for i in range(start - 1) if segment[i].key in CUES), default=0)
    if segment[first].key not in pat.ORG_OPENERS:  # "Kazuhiro Takahashi of Daiwa Securities"
        start = max([start, *(i + 1 for i in range(start, first) if segment[i].text in {"of", "for"})])
    while start < end and segment[start].key in LEADING_NOISE and not _new_place(segment, start, end):
        if segment[start].key in pat.WEEKDAYS and end - start == 2:
            break  # "Sunday Telegraph", "Sunday Times": the day is the paper's name
        start += 1
    name = segment[start:end]
    while name and name[-1].text in SPLIT_PERSON:
        name = name[:-1]
    capitalised = [t.key for t in name if t.text[:1].isupper()]
    if capitalised and capitalised[0] in pat.LAW_WORDS and name[1:2] and name[1].text in {"of", "for"}:
        return None  # "Act of Parliament"; "Law Commission", "Law Society" are bodies
    if len(capitalised) < 2 or (capitalised[-1] in pat.GENERIC_HEADS and set(capitalised[:-1]) <= pat.ROLE_MODIFIERS):
        return None  # "Foreign Ministry" names no country
    if capitalised[-1] in pat.SURNAME_HEADS and is_given(capitalised[-2]):
        return None  # "Jim Press", "Songwriter Guy Chambers": a person whose surname is a head word
    if capitalised[-1] in _CENTRES and capitalised[-2] in _FACILITIES:
        return None  # "St David's Shopping Centre", "World Trade Centre": a building, no body
    words = tuple(t.text for t in name)
    return Candidate("organisation", words, "organisation", paragraph, name[0].start, name[-1].end)


# A centre is a body ("Foreign Policy Centre", "Simon Wiesenthal Center") unless a word before
# the head says it is a building or a venue ("Shopping Centre", "Exhibition and Conference Centre").
_CENTRES = frozenset({"centre", "center"})
_FACILITIES = frozenset(
    "shopping conference exhibition convention leisure sports arts trade visitor visitors community retail".split()
)
# Words that, just after a body's name, make the run an event's name ("Consumer Electronics Show").
EVENT_AFTER = frozenset(
    """
    show shows festival awards award cup trophy prize open championship championships games expo fair
    summit conference exhibition tournament marathon week
    """.split()
)


def _new_place(segment: list[Token], start: int, end: int) -> bool:
    """ "New" that opens a place's name ("New York Times"), not an adjective ("New rules")."""
    return segment[start].key == "new" and start + 1 < end and segment[start + 1].key in _NEW_PLACES


_NEW_PLACES = frozenset("york zealand jersey mexico hampshire delhi orleans england south".split())


def org_segments(run: list[Token]) -> Iterator[list[Token]]:
    """Segments of a run for organisation names, split at "and", "the", "on" and "&": "and"
    joins one word (or a country's acronym and a word) to a body's name after it ("Foreign and
    Commonwealth Office", "US Securities and Exchange Commission", "the SEC and the Food and Drug
    Administration"), "&" any two ("Procter & Gamble"); "Britain and the Labour Party" gives
    "Labour Party"."""
    spans: list[tuple[int, int]] = []  # [start, end) token indices of each segment
    start = 0
    for i, token in enumerate(run):
        if token.text in _SPLIT_ORG:
            if i > start:
                spans.append((start, i))
            start = i + 1
    if start < len(run):
        spans.append((start, len(run)))
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and _joins(run, merged[-1], span):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    for first, last in merged:
        yield from _after_head(run[first:last])


def _joins(run: list[Token], left: tuple[int, int], right: tuple[int, int]) -> bool:
    if right[0] - left[1] != 1:  # one joining word between them, not "and the"
        return False
    joiner = run[left[1]].text
    lead = left[0]
    while lead < left[1] - 1 and run[lead].key in pat.FUNCTION_WORDS:
        lead += 1  # "The US Securities": the article is no word of the name
    core = run[lead : left[1]]
    one = len(core) == 1 or (len(core) == 2 and core[0].text.isupper())
    if joiner == "and" and len(core) <= 3 and run[right[1] - 1].key in _LEGAL_HEADS:
        return True  # "Baoshan Iron and Steel Co.", "Procter and Gamble Co": a firm's legal form ends both
    if joiner == "and" and _of_what(core) and _subject(run[right[0] : right[1]]):
        return True  # "Department of Trade and Industry", "Academy of Motion Picture Arts and Sciences"
    return one and (joiner == "&" or (joiner == "and" and run[right[1] - 1].key in _JOINED_HEADS))


def _of_what(core: list[Token]) -> bool:
    """A department's or a school's name that ends in what it is of or for, in one to three words
    ("Department for Education", "Academy of Motion Picture Arts")."""
    return any(
        core[i].key in _SUBJECT_OPENERS and core[i + 1].text in {"of", "for"}
        for i in range(max(0, len(core) - 5), len(core) - 2)
    )


def _subject(words: list[Token]) -> bool:
    """One or two capitalised words that may be a subject ("Skills", "Political Science"), not a
    body of their own or a person's name."""
    return (
        len(words) <= 2
        and all(t.text[:1].isupper() and t.key not in _HEADS for t in words)
        and not is_given(words[0].key)
    )


# Bodies named by the subjects they deal with, two joined by "and" ("Department for Work and Pensions").
_SUBJECT_OPENERS = frozenset("department ministry school institute college academy".split())


def _after_head(segment: list[Token]) -> Iterator[list[Token]]:
    """A segment cut at "for" or "of" after a head that ends a name ("Sheffield United for
    Manchester United"); "Bank of England", "National Company for Cooperative Insurance" stay whole."""
    start = 0
    for i in range(1, len(segment) - 1):
        if segment[i].text in {"for", "of"} and segment[i - 1].key in _FINAL_HEADS:
            yield segment[start:i]
            start = i + 1
    yield segment[start:]


# Heads that end a name: "for" or "of" after one starts another phrase ("signing for", "shares of").
_FINAL_HEADS = frozenset(
    "united rovers wanderers athletic fc bros plc inc ltd llc corp co airways airlines holdings motors".split()
)
# A firm's legal form: after "and", it ends one name, not a list of two.
_LEGAL_HEADS = frozenset("co corp corporation inc ltd plc llc limited".split())
# Heads of bodies whose names join two words with "and" ("Foreign and Commonwealth Office", "Food
# and Drug Administration"); before a club's or a firm's head, "and" lists two names ("Arsenal
# and Manchester United", "Universal and Warner Bros").
_JOINED_HEADS = frozenset(
    """
    office department ministry commission committee council service agency administration authority
    institute institution association society federation union board bureau court organisation organization
    corporation bank
    """.split()
)
