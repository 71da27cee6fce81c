"""Organisations in Russian text, named in the nominative.

Russian capitalises only the first word of a body's name ("Министерство иностранных дел
России", "Специальная мониторинговая миссия ОБСЕ", "на Московской бирже"), so the capitalised
runs the other rules read never hold the whole name. Three readings, each on the words of one
paragraph:

- **a head and its name**: a head word (ORG_HEADS: министерство, совет, миссия, банк, биржа...)
  capitalised, or after a capitalised adjective agreeing with it ("Центрального банка",
  "Специальную мониторинговую миссию"), then, for heads whose name goes on in words
  (DEFINED_HEADS: "Министерство иностранных дел", "Служба внешней разведки"), lowercase words
  in the genitive, then up to two capitalised words in the genitive or acronyms ("России", "РФ",
  "Безопасности ООН"). A bare head, or a head that opens a sentence with no capitalised word
  after it ("Совет директоров утвердил"), names nothing. The head and its adjectives are put in
  the nominative ("в Министерстве обороны РФ" is Министерство обороны РФ);
- **a word the dictionary knows as an organisation**: OpenCorpora's Orgn tag ("Газпрома" is
  Газпром, "ТАСС", "ВТБ", "Госдумы", "ФСБ"), a known word only (the analyser's guesses for
  unknown words are not evidence), with a genitive country after an acronym ("МИД Великобритании");
- **a name in guillemets after a word for a body**: "компания «Норильский никель»", "газета
  «Ведомости»", "радиостанции «Эхо»" (a name in apposition stays in the nominative).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer import load_gazetteer
from dossier.enrich.entities.model import Mention, overlaps, taken_spans
from dossier.enrich.entities.morphology import adjective_agrees, analyses, is_known, phrase_nominative, word_lemma
from dossier.enrich.entities.registry import entity_key
from dossier.enrich.entities.russian_places import PLACE_NOUNS, VENUE_WORDS

ORG_HEADS = frozenset(
    """министерство ведомство совет комитет служба агентство банк организация союз миссия биржа суд
    прокуратура дума палата ассамблея фонд партия академия университет институт департамент
    управление правительство администрация посольство корпорация компания концерн холдинг альянс
    центр трибунал парламент сенат конгресс театр музей консерватория федерация ассоциация объединение
    общество лига премьер-лига комиссия собрание метрополитен комбинат""".split()
)
# heads whose name goes on in lowercase words: "Министерство иностранных дел", "Совет безопасности"
DEFINED_HEADS = frozenset(
    """министерство ведомство совет комитет служба агентство управление департамент фонд палата союз
    федерация ассоциация объединение общество институт организация банк комиссия""".split()
)
# heads that a relative adjective makes one body's name at a sentence's start too, as DEFINED_HEADS
# ("Казанский федеральный университет занял", "Петербургский метрополитен"), unlike a company
NAMED_BY_ADJECTIVE = frozenset("университет академия консерватория театр музей метрополитен комбинат".split())
# Abbreviations of a legal form or a kind of plant, which the dictionary tags as organisations
# but which name none alone: "ООО «Гугл»" (the name in guillemets is the company's), "Курская АЭС"
KINDS_OF_BODY = frozenset(
    "ооо оао зао пао ао нао гуп муп фгуп гбу фгбу нко ано ип аэс гэс тэс тэц грэс азс нпз гок".split()
)
# bodies OpenCorpora tags as places (Geox): named as organisations here, never as places (russian.py)
# by the full name, which "ЕС" beside it joins (spelled_russian_acronyms)
PLACE_TAGGED_BODIES = {"евросоюз": "Европейский союз"}
# words for a body before its name in guillemets
GUILLEMET_CUES = (
    frozenset(
        """компания концерн корпорация холдинг группа банк газета журнал издание телеканал радиостанция
        агентство партия движение клуб фонд оператор ритейлер производитель сеть фракция""".split()
    )
    | KINDS_OF_BODY
)
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_GUILLEMETS = re.compile(r"«([А-ЯЁA-Z][^«»]{0,40})»")
_MAX_TAIL = 4  # lowercase words after a head: "иностранных дел", "по чрезвычайным ситуациям"
_COMMON_POS = frozenset({"NOUN", "VERB", "INFN", "ADJF", "ADVB", "CONJ", "PREP", "PRCL", "NPRO"})
_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ"})
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…]\s+|[\"«“]\s*)$")


def _parse(word: str) -> Any:
    return analyses(word)[0]


def _genitive(word: str) -> bool:
    """A noun's or adjective's genitive, or an acronym; not a conjunction or a preposition ("и",
    "в", which the dictionary also reads as letters' names)."""
    if word.isupper():
        return True
    parses = analyses(word)
    if parses[0].tag.POS in _FUNCTION_POS:
        return False
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses)  # "Объединённых"


def _content_word(word: str) -> bool:
    """A noun or an adjective that is not a pronoun's ("этому", "своей")."""
    tag = analyses(word)[0].tag
    return tag.POS in ("NOUN", "ADJF") and "Apro" not in tag


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _nominative(parse: Any, gender: str | None, number: str) -> str:
    """A head's or an adjective's nominative, agreeing with the head."""
    if parse.tag.case == "nomn" and parse.tag.number == number:
        return str(parse.word)  # as written: "Большой" would become "Больший" through its lemma
    wanted = {"nomn", number} | ({gender} if gender and number == "sing" and parse.tag.POS == "ADJF" else set())
    if "Supr" in parse.tag:  # "Высшего": the analyser's lemma is высокий, whose form is высочайший
        same = _same_stem_nominative(str(parse.word), parse, wanted)
        if same:
            return same
    form = parse.inflect(wanted)
    return str(form.word if form is not None else parse.word)


_ADJECTIVE_ENDINGS = sorted(
    "ого его ому ему ыми ими ым им ом ем ой ей ую юю ая яя ое ее ые ие ых их ый ий".split(), key=len, reverse=True
)


def _same_stem_nominative(word: str, parse: Any, wanted: set[str]) -> str:
    """The nominative built on the word's own stem ("высшего" -> "высший"), if the analyser reads
    it as the same adjective with the wanted tags; "" otherwise."""
    ending = next((e for e in _ADJECTIVE_ENDINGS if word.endswith(e)), "")
    stem = word[: len(word) - len(ending)]
    for candidate in ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые"):
        form = stem + candidate
        if any(p.normal_form == parse.normal_form and wanted <= p.tag.grammemes for p in analyses(form)):
            return form
    return ""


def _written(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def russian_organisations(
    paragraph: int, text: str, taken: list[tuple[int, int]], sport: bool = False
) -> list[Mention]:
    """The organisations of one paragraph's Russian text, crossing no ``taken`` span (one may lie
    inside a name: see _crosses); ``sport``: the document is a sports report (is_russian_sport),
    whose names in guillemets are clubs."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[Mention] = []
    i = 0
    while i < len(words):
        mention, used = (
            _head_name(paragraph, text, words, i)
            or _compound_name(paragraph, text, words, i)
            or _cued_acronym(paragraph, text, words, i)
            or _known_name(paragraph, text, words, i)
        )
        if mention is not None and not any(_crosses(mention, s, e) for s, e in taken):
            found.append(mention)
            i += used
        else:
            i += 1
    found = [_keyed_by_place(m) for m in found]
    found += _guillemet_names(
        paragraph, text, [*taken, *((m.start, m.end) for m in found)], sport, tuple(m.end for m in found)
    )
    return sorted(found, key=lambda m: m.start)


def _keyed_by_place(mention: Mention) -> Mention:
    """A body whose name ends with a place, keyed by the gazetteer's place: "Министерство обороны
    России" and "Министерство обороны РФ", "Законодательное собрание Петербурга" and "...
    Санкт-Петербурга" are one body, under the name first written."""
    words = mention.name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return mention
    gazetteer = load_gazetteer()
    places = [p for p in gazetteer.lookup(word_lemma(words[-1])) if p.kind != "town"]
    if not places:
        return mention
    key = entity_key(" ".join(words[:-1])) + "-" + gazetteer.identity(places[0])[0]
    return replace(mention, entity=key)


def _crosses(mention: Mention, start: int, end: int) -> bool:
    """Whether a taken span overlaps the mention without lying wholly inside it: a place or a
    registry name may be part of a body's name ("Министерство обороны РФ"); a person's name is
    never taken into one (_head_name's tail stops at a name's word)."""
    if not (start < mention.end and mention.start < end):
        return False
    inside_it = mention.start <= start and end <= mention.end and (start, end) != (mention.start, mention.end)
    return not inside_it


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only a space between two words (no comma, no full stop)."""
    return text[end:start] == " "


def _head_name(
    paragraph: int, text: str, words: list[tuple[str, int, int]], i: int
) -> tuple[Mention | None, int] | None:
    """A head word with its adjectives before and its name after, from word ``i`` (see the module)."""
    first = words[i][0]
    if not _capitalised(first):
        return None
    j = i  # words i..j-1 are adjectives (three at most), each after a space
    while j < len(words) and j - i < 3:
        tag = _parse(words[j][0]).tag
        if tag.POS != "ADJF" or "Apro" in tag or (j > i and not _adjacent(text, words[j - 1][2], words[j][1])):
            break  # not a pronoun's adjective: "Эта организация", "Каждый совет"
        j += 1
    if j >= len(words) or (j > i and not _adjacent(text, words[j - 1][2], words[j][1])):
        return None
    heads = [p for p in analyses(words[j][0]) if p.tag.POS == "NOUN" and p.normal_form in ORG_HEADS]
    if not heads or (j == i and not _capitalised(words[j][0])):
        return None
    # the head's reading whose case every adjective can take ("на Московской бирже": loct)
    options = [analyses(words[k][0]) for k in range(i, j)]
    head = next(
        (h for h in heads if all(any(adjective_agrees(a, h) for a in each) for each in options)),
        None,
    )
    if head is None:
        return None  # "Российские власти": an adjective that does not go with a head
    # a positive adjective before a comparative reading: "Высшего" is высший, not высочайший
    adjectives = [
        min((a for a in each if adjective_agrees(a, head)), key=lambda a: "Supr" in a.tag or "Cmp2" in a.tag)
        for each in options
    ]
    end = j + 1
    tail = 0
    if head.normal_form in DEFINED_HEADS:
        after_po = False  # "по" after the head opens words in any case: "агентство по атомной энергии"
        while (
            end < len(words)
            and tail < _MAX_TAIL
            and words[end][0].islower()
            and _adjacent(text, words[end - 1][2], words[end][1])
            and (
                _genitive(words[end][0])
                or (words[end][0] == "по" and tail == 0)  # right after the head only
                or (after_po and _content_word(words[end][0]))
                or _joined_genitive(words, end, tail)
            )
        ):
            after_po = after_po or words[end][0] == "по"
            end, tail = end + 1, tail + 1
        if words[end - 1][0] == "по":  # a name does not end with it
            end, tail = end - 1, tail - 1
    proper = 0
    while (
        end < len(words)
        and proper < 2
        and words[end][0][:1].isupper()
        and _adjacent(text, words[end - 1][2], words[end][1])
        and _genitive(words[end][0])
    ):
        # a region after a court or a body's name: "Арбитражный суд Московской области" (the
        # adjective may read as a surname too: "Московская")
        if (
            end + 1 < len(words)
            and _adjacent(text, words[end][2], words[end + 1][1])
            and _region_noun(words[end + 1][0])
        ):
            end, proper = end + 2, proper + 1
            break
        if any("Name" in p.tag or "Surn" in p.tag for p in analyses(words[end][0])):
            break
        end, proper = end + 1, proper + 1
    if proper and head.normal_form in DEFINED_HEADS:
        end += _about_words(text, words, end)  # "Организация Договора о коллективной безопасности"
    while proper and _parse(words[end - 1][0]).tag.POS == "ADJF":
        end, proper = end - 1, proper - 1  # "Совет директоров Континентальной хоккейной лиги": not its
    if not proper and _SENTENCE_OPEN.search(text[: words[i][1]]) and _common_opening(adjectives, head):
        return None  # "Совет директоров утвердил", "Крупные банки": a sentence's first words
    if end - i < 2:
        return None  # a bare head: "Министерство заявило"
    gender = str(head.tag.gender) if head.tag.gender else None
    number = "plur" if head.tag.number == "plur" else "sing"
    named = [_nominative(a, gender, number) for a in adjectives] + [_nominative(head, gender, number)]
    named = [_written(w, words[i + k][0]) for k, w in enumerate(named)]
    rest = text[words[j][2] : words[end - 1][2]]
    name = " ".join(named) + rest
    start, stop = words[i][1], words[end - 1][2]
    mention = Mention(entity_key(name), name, "organisation", text[start:stop], paragraph, start, stop, "organisation")
    return mention, end - i


def _about_words(text: str, words: list[tuple[str, int, int]], at: int) -> int:
    """How many words from ``at`` say what a body's name is about: "о" or "об", then lowercase
    adjectives and a noun in the prepositional ("о коллективной безопасности"); 0 if none."""
    if at >= len(words) or words[at][0] not in ("о", "об") or not _adjacent(text, words[at - 1][2], words[at][1]):
        return 0
    k = at + 1
    while (
        k < len(words)
        and k - at <= _MAX_TAIL
        and words[k][0].islower()
        and _adjacent(text, words[k - 1][2], words[k][1])
    ):
        parses = [p for p in analyses(words[k][0]) if p.tag.case == "loct" and p.tag.POS in ("NOUN", "ADJF")]
        if not parses:
            break
        k += 1
        if parses[0].tag.POS == "NOUN":
            return k - at
    return 0


def _joined_genitive(words: list[tuple[str, int, int]], at: int, tail: int) -> bool:
    """An "и" between two lowercase genitives of a name's words: "Организация экономического
    сотрудничества и развития", "Министерство науки и высшего образования"."""
    return (
        words[at][0] == "и"
        and tail > 0
        and at + 1 < len(words)
        and words[at + 1][0].islower()
        and _genitive(words[at + 1][0])
    )


def _region_noun(word: str) -> bool:
    """A lowercase noun for a kind of region in the genitive ("области", "края", "района")."""
    return word.islower() and any(p.tag.case == "gent" and p.normal_form in PLACE_NOUNS for p in analyses(word))


# the adjectives of a court's level: after a place's adjective they name one court ("Свердловский
# областной суд", "Мещанский районный суд"); the highest courts need no place
COURT_LEVELS = frozenset("областной краевой городской районный межрайонный окружной гарнизонный".split())
HIGHEST_COURTS = frozenset({"верховный", "конституционный"})


def _court_named(adjectives: list[Any]) -> bool:
    """Whether a court's adjectives name one court, not a kind ("Районный суд рассмотрит")."""
    if any(a.normal_form in HIGHEST_COURTS for a in adjectives):
        return True
    return len(adjectives) >= 2 and adjectives[-1].normal_form in COURT_LEVELS


def _common_opening(adjectives: list[Any], head: Any) -> bool:
    """Whether a sentence's first words, a head with no proper name after it, may be common
    words: a bare head ("Совет директоров"), a plural ("Российские банки") or a qualitative
    adjective ("Крупные банки", "Большой театр"). A relative adjective before one head in the
    singular names a body wherever it stands, when the head is one whose name goes on in words
    ("Следственный комитет возбудил", "Федеральная служба"): not a company ("Головная компания")."""
    if head.normal_form == "суд" and head.tag.number != "plur" and _court_named(adjectives):
        return False  # "Свердловский областной суд приговорил", "Верховный суд постановил"
    if not adjectives or head.tag.number == "plur" or head.normal_form not in DEFINED_HEADS | NAMED_BY_ADJECTIVE:
        return True  # "Нидерландская компания", "Головная компания": a kind of company
    return any("Qual" in a.tag for a in adjectives)


def _known_name(paragraph: int, text: str, words: list[tuple[str, int, int]], i: int) -> tuple[Mention | None, int]:
    """A word the dictionary knows as an organisation ("Газпрома", "ТАСС"), in the nominative."""
    word, start, stop = words[i]
    if not word[:1].isupper() or not is_known(word):
        return None, 1
    parses = analyses(word)
    parse = parses[0]
    if parse.normal_form in PLACE_TAGGED_BODIES:  # "Евросоюза", which the dictionary tags as a place
        name = PLACE_TAGGED_BODIES[parse.normal_form]
        return Mention(entity_key(name), name, "organisation", word, paragraph, start, stop, "organisation"), 1
    if "Orgn" not in parse.tag or "Geox" in parse.tag or word.casefold() in KINDS_OF_BODY:
        return None, 1
    if not word.isupper() and any("Orgn" not in p.tag and p.tag.POS in _COMMON_POS for p in parses):
        return None, 1  # "Ран", "Воз": a common word too, an organisation only in capitals (РАН, ВОЗ)
    name = word if word.isupper() else _written(str(parse.normal_form), word)
    used = 1
    after = words[i + 1] if i + 1 < len(words) else None
    if (
        word.isupper()
        and after is not None
        and _adjacent(text, stop, after[1])
        and any("Geox" in p.tag and p.tag.case == "gent" for p in analyses(after[0]))
    ):  # "МИД Великобритании", "ЦБ РФ"
        name, stop, used = f"{word} {after[0]}", after[2], 2
    return Mention(
        entity_key(name), name, "organisation", text[start:stop], paragraph, start, stop, "organisation"
    ), used


# words before a body's acronym that say it is one: "саммит БРИКС", "члены ШОС", "генсек НАТО"
ACRONYM_CUES = frozenset("саммит член членство генсек председательство штаб-квартира".split())


def _cued_acronym(
    paragraph: int, text: str, words: list[tuple[str, int, int]], i: int
) -> tuple[Mention | None, int] | None:
    """An acronym the dictionary does not know, right after a word that says it is a body's
    (ACRONYM_CUES): "на полях саммита БРИКС"."""
    word, start, stop = words[i]
    if not (word.isupper() and 2 <= len(word) <= 6 and i > 0 and _adjacent(text, words[i - 1][2], start)):
        return None
    if word_lemma(words[i - 1][0]) not in ACRONYM_CUES or (is_known(word) and "Orgn" in _parse(word).tag):
        return None  # a known body's acronym ("НАТО") is _known_name's
    return Mention(entity_key(word), word, "organisation", word, paragraph, start, stop, "organisation"), 1


# The word-parts Russian companies' and agencies' names are made of: a bank, an industry, a
# fleet ("Сбербанк", "Газпром", "Аэрофлот", "Беларуськалий"), or a state body's "Рос-" ("Росатом",
# "Росстат", "Ростех", "Росгвардия"). OpenCorpora tags some such names Orgn (_known_name) but
# knows "Сбербанк" and "Аэрофлот" as common nouns and not "Росатом" at all.
COMPANY_ENDINGS = (
    "банк", "пром", "нефть", "газ", "тех", "атом", "флот", "телеком", "строй", "энерго", "калий", "никель",
    "сталь", "металл", "холдинг", "трейд", "транс", "авто", "агро", "хим", "лес", "торг",
)  # fmt: skip
_STATE_PREFIX = "рос"
_CASE_ENDINGS = ("ом", "ем", "ой", "ью", "а", "я", "у", "ю", "е", "и")
_MIN_PART = 3  # letters a name has besides the part it is made of ("Нефть" alone is the commodity)


def _compound_name(
    paragraph: int, text: str, words: list[tuple[str, int, int]], i: int
) -> tuple[Mention | None, int] | None:
    """A capitalised noun made of a company's or a state body's word-parts (COMPANY_ENDINGS,
    "Рос-"), in the nominative: "Сбербанка" is Сбербанк, "Росатомом" Росатом. Not a place or a
    person's name, and, for "Рос-", not a word the dictionary knows ("Роспуск", "Россия")."""
    word, start, stop = words[i]
    if not _capitalised(word) or "-" in word:
        return None
    parses = analyses(word)
    known = is_known(word)
    read = parses if known else parses[:1]  # the analyser's guesses for an unknown word are weak
    if any(t in p.tag for p in read for t in ("Geox", "Name", "Surn", "Patr")) or parses[0].tag.POS != "NOUN":
        return None
    nominative = _compound_nominative(word, parses)
    stem = nominative.casefold()
    made = any(stem.endswith(part) and len(stem) - len(part) >= _MIN_PART for part in COMPANY_ENDINGS)
    state = stem.startswith(_STATE_PREFIX) and len(stem) >= 6 and not known
    if not (made or state):
        return None
    mention = Mention(
        entity_key(nominative), nominative, "organisation", text[start:stop], paragraph, start, stop, "organisation"
    )
    return mention, 1


def _compound_nominative(word: str, parses: tuple[Any, ...]) -> str:
    """A company name's nominative: the dictionary's for a word it knows ("Сбербанка"); else the
    word, or the word without its case ending, that ends in one of its parts ("Росатома" ->
    "Росатом", "Беларуськалия" -> "Беларуськалий"); else the analyser's guess when it keeps the
    word's stem ("Росгвардии" -> "Росгвардия")."""
    if is_known(word):
        return _written(str(parses[0].normal_form), word)
    low = word.casefold()
    forms = [low]
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_PART:
            forms += [low[: -len(ending)], low[: -len(ending)] + "й"]
    for form in forms:
        if form.endswith(COMPANY_ENDINGS):
            return _written(form, word)
    guess = str(parses[0].normal_form)
    return _written(guess, word) if guess.startswith(low[:-2]) and len(guess) >= len(low) - 2 else word


def _guillemet_names(
    paragraph: int, text: str, taken: list[tuple[int, int]], sport: bool = False, bodies: tuple[int, ...] = ()
) -> list[Mention]:
    """Names in guillemets after a word for a body ("компания «Норильский никель»": in apposition,
    in the nominative as written), or named as a source ("по данным «Ведомостей»", "в эфире «Матч
    ТВ»"), as a party ("депутаты от «Единой России»", "фракции «Яблоко»") or, in a sports report,
    as a side ("победу над «Спартаком»", "полузащитник «Спартака»"), where the name takes the
    sentence's case and is put in the nominative. A name joined by "и" to a body's name before
    it (``bodies``: where the bodies found end) is one too ("фракции КПРФ и «Яблока»")."""
    found: list[Mention] = []
    ends = set(bodies)
    for match in _GUILLEMETS.finditer(text):
        before = [w for w in _WORD.findall(text[max(0, match.start() - 30) : match.start()]) if w not in _PREPOSITIONS]
        cue = _parse(before[-1]).normal_form if before else ""
        start, stop = match.start(1), match.end(1)
        if overlaps(start, stop, taken):
            continue
        name = match.group(1).strip()
        head, dash, rest = name.partition(" — ")  # "«Справедливой России — За правду»"
        joined = cue in ("и", "или") and _after_body(text, match.start(), ends)
        if cue in GUILLEMET_CUES:
            pass  # in apposition: as written
        elif (
            (cue in SOURCE_CUES or cue in PARTY_CUES or sport or joined)
            and len(head.split()) <= _GUILLEMET_NAME_WORDS
            and _cyrillic_name(head)
        ):
            if any(word_lemma(w) in VENUE_WORDS for w in head.split()):
                continue  # "на «ВЭБ Арене»": a ground, which is a place
            name = _guillemet_nominative(head) + dash + rest
        else:
            continue
        ends.add(match.end())
        found.append(
            Mention(entity_key(name), name, "organisation", text[start:stop], paragraph, start, stop, "organisation")
        )
    return found


def _after_body(text: str, start: int, ends: set[int]) -> bool:
    """Whether "и" or "или" before ``start`` follows a body's name: "КПРФ и «Яблока»"."""
    before = text[:start].rstrip()
    for conjunction in (" и", " или"):
        if before.endswith(conjunction):
            return len(before) - len(conjunction) in ends
    return False


# words after which a name in guillemets is a source: "по данным «Ведомостей»", "в эфире «Матч
# ТВ»", "со ссылкой на «Интерфакс»", "сообщили «Известия»", "пишет «Коммерсантъ»"
SOURCE_CUES = frozenset("данные информация эфир источник ссылка сообщить сообщать писать".split())
# words after which a name in guillemets is a party: "депутаты от «Единой России»", "фракции «Яблоко»"
PARTY_CUES = frozenset("депутат фракция кандидат выдвиженец однопартиец член".split())
_PREPOSITIONS = frozenset("в во на с со из от для у по к о об при".split())
_GUILLEMET_NAME_WORDS = 3  # a club's or a medium's name; a longer text in guillemets is a quotation
_SPORT_WORDS = re.compile(
    r"\b(?:матч\w*|тур[аеу]?|чемпионат\w*|гол(?:а|ов|ом|ы)?|сч[её]том|тренер\w*|лиг[аиуе]|турнир\w*)\b"
)
_SPORT_EVIDENCE = 3  # distinct sports words a report has


def is_russian_sport(document: str) -> bool:
    """Whether a Russian text reads as a sports report (a match, a round, goals, a score)."""
    return len({m.group().casefold()[:4] for m in _SPORT_WORDS.finditer(document.casefold())}) >= _SPORT_EVIDENCE


def _cyrillic_name(name: str) -> bool:
    return name[:1].isupper() and bool(_WORD.match(name)) and not any(c in name for c in ".,!?:;")


def _guillemet_nominative(name: str) -> str:
    """A name in guillemets in the nominative: its first word, and the adjectives agreeing with
    it, in the nominative ("«Спартаком»" -> "Спартак", "«Крыльями Советов»" -> "Крылья
    Советов", "«Ведомостей»" -> "Ведомости"); an indeclinable name as written ("Матч ТВ")."""
    words = name.split()
    agreeing = phrase_nominative(tuple(words)) if len(words) > 1 else None
    if agreeing is not None:
        return " ".join(_written(w, like) for w, like in zip(agreeing, words, strict=True))
    first = next((p for p in analyses(words[0]) if p.tag.POS == "NOUN" and "Geox" not in p.tag), None)
    if first is None or first.tag.case == "nomn" or "Fixd" in first.tag:
        return name
    form = first.inflect({"nomn", str(first.tag.number or "sing")})
    return " ".join([_written(str(form.word), words[0]) if form is not None else words[0], *words[1:]])


_SMALL_WORDS = frozenset("и о об по на в во для при".split())  # left out of a Russian acronym


_CYRILLIC_ACRONYM = re.compile(r"(?<![\w-])[А-ЯЁ]{2,8}(?![\w-])")


def spelled_russian_acronyms(mentions: list[Mention], units: list[tuple[int, str]]) -> list[Mention]:
    """Mentions with each Russian acronym the document spells out made the organisation it names:
    the acronym in brackets right after the body's name ("Международного агентства по атомной
    энергии (МАГАТЭ)"), or letters that are the initials of exactly one body named in full there,
    small words left out ("ШОС" beside "Шанхайская организация сотрудничества", "ОДКБ" beside
    "Организация Договора о коллективной безопасности"); whether or not another rule read the
    acronym. Registry names keep their own entity."""
    bodies = [m for m in mentions if m.kind == "organisation" and " " in m.name]
    if not bodies:
        return mentions
    texts = dict(units)
    spelled: dict[str, tuple[str, str]] = {}
    for body in bodies:  # "Quacquarelli Symonds (QS)" too
        after = _BRACKETED_ACRONYM.match(texts.get(body.paragraph, ""), body.end)
        if after is not None and body.rule == "organisation":
            spelled.setdefault(after.group(1), (body.entity, body.name))
    named = {(m.entity, m.name) for m in bodies if _WORD.match(m.name)}
    by_initials: dict[str, list[tuple[str, str]]] = {}
    for entity, name in named:
        by_initials.setdefault(_russian_initials(name), []).append((entity, name))
    for initials, found in by_initials.items():
        if len(found) == 1 and initials not in spelled:
            spelled[initials] = found[0]
    mentions = mentions + _unread_acronyms(mentions, units, set(spelled))
    return [
        Mention(*spelled[m.name], m.kind, m.surface, m.paragraph, m.start, m.end, m.rule, m.resolved)
        if m.kind == "organisation"
        and (m.rule == "organisation" or (m.rule == "acronym" and not m.resolved))
        and m.name in spelled
        and m.name.isupper()
        else m
        for m in mentions
    ]


_BRACKETED_ACRONYM = re.compile(r" \(([А-ЯЁA-Z]{2,8})\)")


def _unread_acronyms(mentions: list[Mention], units: list[tuple[int, str]], initials: set[str]) -> list[Mention]:
    """Acronyms no rule has read ("ШОС") whose letters are some body's initials, as acronyms
    of their own (spelled_russian_acronyms gives them the body)."""
    taken = taken_spans(mentions)
    found = []
    for paragraph, text in units:
        for match in _CYRILLIC_ACRONYM.finditer(text):
            start, stop = match.span()
            if match.group() in initials and not overlaps(start, stop, taken.get(paragraph, ())):
                name = match.group()
                found.append(
                    Mention(entity_key(name), name, "organisation", name, paragraph, start, stop, "organisation")
                )
    return found


def _russian_initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.casefold() not in _SMALL_WORDS).upper()


# A Latin name in Russian text: Russian writes foreign people's names in Cyrillic, so a name left
# in Latin letters is a company's, a medium's or a body's ("Wildberries", "Google", "Bloomberg",
# "Yandex N.V."), unless it is glued to a Russian word ("COVID-19", "VPN-сервисы", "Telegram-канал"),
# a Roman numeral, an event ("US Open") or a common business abbreviation.
_LATIN_RUN = re.compile(r"(?<![\w.-])((?:[A-Z][\w&'’.]*|[A-Z]{2,})(?: (?:[A-Z][\w&'’.]*|&|of|and|de))*)(?![\w-])")
_ROMAN = re.compile(r"[IVXLCDM]+")
_INITIALS = re.compile(r"(?:^| )(?:[A-Z]\.){2,}$")
_LATIN_EVENTS = frozenset("open cup games championship grand prix masters tour".split())
_LATIN_COMMON = frozenset("IPO VPN GDP CEO IT AI PR SMS USB GPS LNG ESG ETF IT-".split())
_RUSSIAN_SHARE = 0.5  # of a document's letters, for it to be read as Russian text


_LATIN_WORD_BEFORE = re.compile(r"[a-z]+[,;:]? $")
_LATIN_WORD_AFTER = re.compile(r" [a-z]+\b")


def _in_latin_phrase(text: str, start: int, end: int) -> bool:
    """Whether a lowercase Latin word stands right before or after: a phrase in another language
    quoted in the Russian text ("звучало we will rock you"), not a name standing alone."""
    return bool(_LATIN_WORD_BEFORE.search(text, max(0, start - 30), start) or _LATIN_WORD_AFTER.match(text, end))


def latin_bodies(units: list[tuple[int, str]], mentions: list[Mention], document: str) -> list[Mention]:
    """Organisations named in Latin letters in a Russian document (see above), outside every
    mention found."""
    letters = [c for c in document if c.isalpha()]
    if not letters or sum(1 for c in letters if "а" <= c.lower() <= "я" or c in "ёЁ") < _RUSSIAN_SHARE * len(letters):
        return []
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for paragraph, text in units:
        for match in _LATIN_RUN.finditer(text):
            name = match.group(1)
            if name.endswith(".") and not _INITIALS.search(name):
                name = name.rstrip(".")  # a sentence's full stop, not "N.V."
            start, end = match.start(1), match.start(1) + len(name)
            words = name.split()
            if (
                len(words) > 3
                or _ROMAN.fullmatch(name)
                or name in _LATIN_COMMON
                or words[-1].casefold() in _LATIN_EVENTS
                or text.startswith("-", end)
                or len(name) < 2
                or words[0].casefold() in pat.FUNCTION_WORDS  # "We will rock you", "The End"
                or _in_latin_phrase(text, start, end)
                or (text[start - 1 : start] == "«" and text[end : end + 1] == "»")  # a title, as a rule
                or any(s < end and start < e for s, e in taken.get(paragraph, ()))
            ):
                continue
            found.append(Mention(entity_key(name), name, "organisation", name, paragraph, start, end, "organisation"))
    return found
