"""People and places in Russian text, with their case forms reduced to the nominative.

A capitalised Cyrillic run is read word by word with the morphological analyser
(morphology.py): given names, patronymics and surnames (OpenCorpora's Name, Patr and Surn tags)
make a person, in the nominative and in the gender the text gives ("Марии Захаровой" is Мария
Захарова); a word the gazetteer or the registry knows in its dictionary form is a place ("России",
"Минске"); a role word ("Президент", "министра") is neither. So "Президент Украины Владимир
Зеленский" is the place Украина and the person Владимир Зеленский, never one name. A surname
alone ("По словам Пескова") is the person named in full with it in the same document, or, with
nobody, a surname of its own (resolved later across the corpus, as for Latin names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer import Gazetteer, Place
from dossier.enrich.entities.model import Mention, overlaps
from dossier.enrich.entities.morphology import (
    adjective_agrees,
    analyses,
    is_cyrillic,
    is_known,
    lemma_key,
    name_form,
    phrase_nominative,
    word_lemma,
)
from dossier.enrich.entities.registry import Registry, entity_key
from dossier.enrich.entities.russian_orgs import PLACE_TAGGED_BODIES
from dossier.enrich.entities.russian_places import (
    INFORMAL_REGIONS,
    english_region,
    name_case,
    region_mention,
    region_mentions,
    venue_mentions,
)
from dossier.enrich.entities.shapes import Token
from dossier.enrich.slugs import slugify
from dossier.models import pickled_by_fields

_NAME_TAGS = ("Name", "Patr", "Surn")


@dataclass(frozen=True)
class NamePart:
    """One word of a Russian person's name: where it is, its nominative and its tag."""

    token: Token
    nominative: str
    tag: str  # Name, Patr or Surn


pickled_by_fields(NamePart)  # compiled, a frozen class is not unpickled field by field (see dossier.native)


Found = tuple[int, str, list[NamePart]]  # paragraph, surface, the words of a person's name


def _parts(tokens: list[Token]) -> list[NamePart] | None:
    """The name words of a run of capitalised words, agreeing in gender and case with the given
    name when there is one; None when a word cannot be part of a name. After a given name, a
    word the dictionary does not read as a name agreeing with it is a foreign surname
    ("Эммануэля Макрона", "Сергея Скрипаля", "Андрей Келин"): its nominative is found from the
    given name's case (foreign_nominative)."""
    parses = [analyses(t.text) for t in tokens]
    given = next((p for options in parses for p in options if "Name" in p.tag), None)
    gender = str(given.tag.gender) if given is not None and given.tag.gender else None
    # an indeclinable given name ("Энтони", "Джо") says nothing about the case of the run
    case = str(given.tag.case) if given is not None and given.tag.case and "Fixd" not in given.tag else None
    out: list[NamePart] = []
    for token, options in zip(tokens, parses, strict=True):
        named = [p for p in options if any(t in p.tag for t in _NAME_TAGS)]
        agreeing = [p for p in named if _agrees(p.tag, gender, case)]
        if not agreeing and given is not None and out and out[0].tag == "Name":
            out.append(NamePart(token, foreign_nominative(token.text, gender, case, options), "Surn"))
            continue
        if not named:
            return None
        chosen = (agreeing or named)[0]
        form = chosen.inflect({"nomn"}) if chosen.tag.case != "nomn" else chosen
        out.append(
            NamePart(
                token,
                _written_like(str((form or chosen).word), token.text),
                next(t for t in _NAME_TAGS if t in chosen.tag),
            )
        )
    return out


def _written_like(word: str, surface: str) -> str:
    """The analyser's lower-case ``word`` with the capitals of ``surface``: the first letter and
    each letter after a hyphen ("томас-гринфилд" for "Томас-Гринфилд")."""
    if word == surface.casefold():
        return surface
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


_VOWELS = frozenset("аеёиоуыэюя")
# (case, ending, replacement) for a man's foreign surname, tried in order: "Макрона" -> "Макрон",
# "Скрипаля" -> "Скрипаль", "Кулебы" -> "Кулеба", "Шольцем" -> "Шольц". "ь/й" stands for "й"
# after a vowel ("Андрея"), nothing after ж, ш, ч, щ, ц, and "ь" after other consonants.
_ENDINGS = (
    ("gent", "ы", "а"),
    ("gent", "и", "я"),
    ("gent", "а", ""),
    ("gent", "я", "ь/й"),
    ("accs", "у", "а"),
    ("accs", "ю", "я"),
    ("accs", "а", ""),
    ("accs", "я", "ь/й"),
    ("datv", "у", ""),
    ("datv", "ю", "ь/й"),
    ("datv", "е", "а"),
    ("ablt", "ом", ""),
    ("ablt", "ем", "ь/й"),
    ("ablt", "ём", "ь/й"),
    ("ablt", "ой", "а"),
    ("ablt", "ей", "я"),
    ("loct", "е", ""),
)


def foreign_nominative(word: str, gender: str | None, case: str | None, options: Any) -> str:
    """The nominative of a surname the dictionary does not know as one, from the case and gender
    of the given name before it. A woman's foreign surname does not decline in Russian
    ("Барбары Вудворд"); a man's takes the endings of nouns (_ENDINGS). With no case to go by
    (an indeclinable given name), the analyser's guess for a masculine singular noun is taken
    when it keeps the word's stem; else the word as written."""
    if gender == "femn" or case == "nomn":
        return word
    if case is None:
        guess = next(
            (p for p in options if p.tag.POS == "NOUN" and p.tag.gender == "masc" and p.tag.number == "sing"), None
        )
        lemma = str(guess.normal_form) if guess is not None else ""
        same_stem = len(lemma) >= 3 and lemma[:-1] == word.casefold()[: len(lemma) - 1]
        return _written_like(lemma, word) if same_stem else word
    for ending_case, ending, replacement in _ENDINGS:
        stem = word[: -len(ending)]
        if ending_case == case and word.endswith(ending) and len(stem) >= 2:
            if replacement == "ь/й":  # none after ж, ш, ч, щ, ц, which take "е" for "о" ("Шольцем")
                replacement = "й" if stem[-1] in _VOWELS else "" if stem[-1] in "жшчщц" else "ь"
            return stem + replacement
    return word


def _agrees(tag: Any, gender: str | None, case: str | None) -> bool:
    """Whether a word's analysis agrees with the given name's gender and case (a surname that
    does not change with gender, such as Шойгу, agrees with both)."""
    same_gender = gender is None or tag.gender is None or str(tag.gender) == gender
    return same_gender and (case is None or str(tag.case) == case)


def _split(run: list[Token], gazetteer: Gazetteer, registry: Registry) -> list[tuple[str, list[Token]]]:
    """The run cut into ("place", words), ("role", words), ("name", words) and ("other", words)."""
    pieces: list[tuple[str, list[Token]]] = []
    for token in run:
        lemma = word_lemma(token.text)
        after_given = bool(pieces) and pieces[-1][0] == "name" and _given_name(pieces[-1][1][-1].text)
        if lemma in pat.ROLES or lemma in pat.ROLE_MODIFIERS or lemma in pat.FUNCTION_WORDS:
            label = "role"
        elif after_given and _surname_after(token.text, pieces[-1][1][-1].text):
            label = "name"  # "Айсен Николаев", "Дениса Мантурова": a surname, though a town's name too
        elif _place(token.text, gazetteer, registry):
            label = "place"
        elif not token.text.isupper() and (
            any(any(t in p.tag for t in _NAME_TAGS) for p in analyses(token.text))
            or (pieces and pieces[-1][0] == "name" and _given_name(pieces[-1][1][-1].text))
        ):  # a name's word, or a foreign surname after a given name ("Эммануэль Макрон")
            label = "name"
        else:
            label = "other"  # "МИД", "Кремль": not a person's name
        if pieces and pieces[-1][0] == label == "name" and not _next_person(pieces[-1][1][-1].text, token.text):
            pieces[-1][1].append(token)
        else:
            pieces.append((label, [token]))
    return pieces


def _next_person(surname: str, word: str) -> bool:
    """Whether ``word`` opens another person's name after ``surname``: a given name in a case
    the surname cannot be in ("Такеру Карлсону Владимир Путин": two people side by side)."""
    names = [p for p in analyses(word) if "Name" in p.tag]
    surnames = [p for p in analyses(surname) if "Surn" in p.tag]
    if not names or not surnames:
        return False
    return not {p.tag.case for p in names} & {p.tag.case for p in surnames}


# A name with a particle between given names and surname ("Урсула фон дер Ляйен", "Мухаммед бен
# Сальман", "Лула да Силва", "Шарль де Голль"): Russian writes the particle in lowercase, so the
# capitalised runs break there.
_PARTICLES = ("фон ", "ван ", "де ", "да ", "ди ", "дель ", "дос ", "бен ", "бин ", "ибн ", "аль", "ас", "эль")
_PARTICLE_NAME = re.compile(
    r"(?<![\w-])((?:[А-ЯЁ][а-яё]+ ){0,3})"
    r"(фон дер|фон|ван дер|ван|де|да|ди|дель|дос|бен|бин|ибн|аль|ас|эль)([ -])"
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])"
)


def particle_people(paragraph: int, text: str) -> list[Found]:
    """People whose names hold a particle, in the nominative from the first given name's case and
    gender; the first word must be a given name the dictionary knows ("Москва да Петербург" is
    no name)."""
    found: list[Found] = []
    if not any(f" {particle}" in text for particle in _PARTICLES):
        return found  # most paragraphs: no particle, known without the pattern
    for match in _PARTICLE_NAME.finditer(text):
        given = match.group(1).split()
        while given and is_known(given[0]) and not any("Name" in p.tag for p in analyses(given[0])):
            given.pop(0)  # "Глава Еврокомиссии Урсула ...", "Генерал Шарль ...": not the name's
        first = next((p for word in given for p in analyses(word) if "Name" in p.tag), None)
        if first is None or any("Geox" in p.tag for p in analyses(given[0])[:1]):
            continue
        gender = str(first.tag.gender) if first.tag.gender else None
        case = str(first.tag.case) if first.tag.case and "Fixd" not in first.tag else None
        parts: list[NamePart] = []
        position = match.start(1)
        for word in given:
            start = text.index(word, position)
            form = word if case == "nomn" else foreign_nominative(word, gender, case, analyses(word))
            if case != "nomn" and any("Name" in p.tag and p.tag.case == case for p in analyses(word)):
                form = name_form(word)[0] or form  # a given name the dictionary declines
            parts.append(NamePart(Token(word, start, start + len(word), word.casefold()), form, "Name"))
            position = start + len(word)
        surname = match.group(4)
        nominative = foreign_nominative(surname, gender, case, analyses(surname))
        if match.group(3) == "-":  # "аль-Будайви": one word with its particle
            start, nominative = match.start(2), match.group(2) + "-" + nominative
        else:
            particle = match.group(2)
            parts.append(NamePart(Token(particle, match.start(2), match.end(2), particle), particle, "Name"))
            start = match.start(4)
        parts.append(NamePart(Token(surname, start, match.end(4), surname.casefold()), nominative, "Surn"))
        found.append((paragraph, text[match.start(1) : match.end(4)], parts))
    return found


def _surname_after(word: str, given: str) -> bool:
    """Whether a word after a given name is its surname though the dictionary reads it as a
    town: it reads it as a surname too, or as a town's name in the given name's case
    ("Дениса Мантурова", not Мантурово)."""
    parses = analyses(word)
    if any("Surn" in p.tag for p in parses):
        return True
    cases = {p.tag.case for p in analyses(given) if "Name" in p.tag}
    return any("Geox" in p.tag and p.tag.case in cases for p in parses)


def _given_name(word: str) -> bool:
    """Whether the analyser reads ``word`` as a given name first (not as a surname too)."""
    parses = analyses(word)
    return "Name" in parses[0].tag and not any("Surn" in p.tag for p in parses)


def _place(word: str, gazetteer: Gazetteer, registry: Registry) -> str:
    """The lookup form of a word that names a place, or "": a word the dictionary knows as a
    place's name (Geox: "России", "Татарстане", "Кузбассе"), or a word it does not know whose
    form without its case ending is a large place of the gazetteer ("Эр-Рияде", "Абу-Даби")."""
    parses = analyses(word)
    if (lemma := word_lemma(word)) in INFORMAL_REGIONS:
        return lemma  # "Приморье", which the dictionary does not tag as a place
    if any("Name" in p.tag and p.score > 0.5 for p in parses):
        return ""  # "Владимир" is a city too, but first a given name
    if not any("Geox" in p.tag for p in parses):
        return "" if is_known(word) else _unknown_place(word, parses, gazetteer)
    lemma = lemma_key(word)
    entity = registry.lookup(lemma)
    if (entity is not None and entity.kind == "place") or _places_named(gazetteer, lemma):
        return lemma
    # a place the gazetteer lacks (its regions have English names only): the dictionary's
    # reading must come first, as a surname often reads as a town too ("Николаев"); a word it
    # knows (its guesses for others are no evidence: "Небензи"), not an acronym ("ВАДА" reads
    # as a place's genitive) nor a body the dictionary tags as a place
    if "Geox" not in parses[0].tag or word.isupper() or lemma in PLACE_TAGGED_BODIES or not is_known(word):
        return ""
    return lemma


def _known_place(word: str, gazetteer: Gazetteer, registry: Registry) -> bool:
    """Whether the place a word names is the gazetteer's or the registry's (not one of its own)."""
    key = _place(word, gazetteer, registry)
    entity = registry.lookup(key)
    return bool(_places_named(gazetteer, key)) or (entity is not None and entity.kind == "place")


#: countries whose towns Russian text names by their own Russian names
_RUSSIAN_SPEAKING = frozenset(
    {"RU", "UA", "BY", "KZ", "KG", "MD", "AM", "GE", "AZ", "UZ", "TJ", "TM", "LV", "LT", "EE"}
)


def _places_named(gazetteer: Gazetteer, key: str) -> tuple[Place, ...]:
    """The gazetteer's places with a Russian word's dictionary form as a name, without the small
    towns far away that GeoNames gives such a name too ("Алтай" is also a town in China): a
    Russian text means its own region or a place it knows."""
    return tuple(
        p
        for p in gazetteer.lookup(key)
        if p.kind != "city" or p.population >= _WELL_KNOWN or p.country in _RUSSIAN_SPEAKING
    )


_WELL_KNOWN = 100_000  # a city found by a word the dictionary does not know has this many people


def _unknown_place(word: str, parses: tuple[Any, ...], gazetteer: Gazetteer) -> str:
    """The gazetteer's form of a word the dictionary does not know: as written, or one of the
    analyser's guesses at its dictionary form; a country, region or large city only (a foreign
    surname may be some small town's name too)."""
    for key in dict.fromkeys([word.casefold(), *(str(p.normal_form) for p in parses)]):
        key = key.replace("ё", "е")
        places = gazetteer.lookup(key)
        if places and (places[0].kind != "city" or places[0].population >= _WELL_KNOWN):
            return key
    return ""


def russian_mentions(
    paragraph: int,
    text: str,
    unit_runs: list[list[Token]],
    gazetteer: Gazetteer,
    registry: Registry,
    taken: list[tuple[int, int]],
) -> tuple[list[Mention], list[Found]]:
    """Places and people of one unit's Russian text: regions named by an adjective and a place
    noun (russian_places.py, outside the ``taken`` spans of registry names) and names with a
    particle, read from the text; then the Cyrillic runs they leave. People are keyed once the
    whole document is read (see person_mentions)."""
    places = [
        r
        for r in region_mentions(paragraph, text, gazetteer) + venue_mentions(paragraph, text)
        if not overlaps(r.start, r.end, taken)
    ]
    people: list[Found] = particle_people(paragraph, text)
    regions = [(r.start, r.end) for r in places]
    named = [(f[2][0].token.start, f[2][-1].token.end) for f in people]
    for whole in (part for run in unit_runs for part in _cyrillic_parts(run)):
        for run in _unclaimed(whole, regions, named):
            if len(run) > 1 and _EPONYM.search(text, max(0, run[0].start - 24), run[0].start):
                run = run[1:]  # "МГУ имени М. В. Ломоносова Виктор Садовничий": the body's eponym, then the rector
            found_places, found_people = _run_mentions(paragraph, text, run, gazetteer, registry)
            # "Тренер Деян Станкович": a name the dictionary does not know, after a word for a
            # role; read so when the dictionary finds nobody, or when the role word stands right
            # before it ("канцлером Олафом Шольцем", which the dictionary misreads as "Олафомы
            # Шольцем")
            cued = _cued_person(paragraph, text, run, gazetteer, registry)
            if cued is not None and (
                not found_people
                or (len(cued[2]) == 2 and _right_after_role(text, run))
                or all(_fragment(person, cued) for person in found_people)
            ):
                start, end = cued[2][0].token.start, cued[2][-1].token.end
                found_places = [m for m in found_places if not overlaps(m.start, m.end, [(start, end)])]
                found_people = [cued]
            places += found_places
            people += found_people
    return places, people


# "имени" and a person's initials before a surname: the name a body bears ("МГУ имени М. В.
# Ломоносова", "театра имени Е. Вахтангова"), one word, which no name after it continues
_EPONYM = re.compile(r"\bимени\s+(?:[А-ЯЁ]\.\s*){1,3}$")


def _cyrillic_parts(run: list[Token]) -> list[list[Token]]:
    """The Cyrillic words of a run, each stretch a run of its own: "Эвана Гершковича" after "The
    Wall Street Journal" (the Latin words are read by the English rules)."""
    if all(is_cyrillic(t.text) for t in run):
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if is_cyrillic(token.text):
            parts[-1].append(token)
        elif parts[-1]:
            parts.append([])
    return [part for part in parts if part]


def _fragment(person: Found, whole: Found) -> bool:
    """Whether the dictionary's reading ``person`` is one word of the name ``whole`` ("Фидан" of
    "Хакан Фидан", whose given name the dictionary reads as a title)."""
    parts, outer = person[2], whole[2]
    return len(parts) == 1 < len(outer) and outer[0].token.start <= parts[0].token.start < outer[-1].token.end


def _unclaimed(run: list[Token], regions: list[tuple[int, int]], named: list[tuple[int, int]]) -> list[list[Token]]:
    """The parts of a run outside the spans already read, each a run of its own: outside
    ``regions``, and before the ``named`` people ("Президент Бразилии" before "Луис Инасиу Лула
    да Силва", which particle_people has read). What follows a name in its run goes on with it
    ("Мухаммедом бен Заидом Аль Нахайяном"), so it is left."""
    parts: list[list[Token]] = [[]]
    for token in run:
        if overlaps(token.start, token.end, named):
            break
        if overlaps(token.start, token.end, regions):
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


def _run_mentions(
    paragraph: int, text: str, run: list[Token], gazetteer: Gazetteer, registry: Registry
) -> tuple[list[Mention], list[Found]]:
    """The places and people of one capitalised Cyrillic run, as the dictionary reads its words."""
    whole = _place_of_words(run, gazetteer) if 1 < len(run) <= _PLACE_WORDS else None
    if whole is not None:  # "в Советском Союзе", "в Нижнем Новгороде": one place of several words
        key, name = gazetteer.identity(whole)
        surface = text[run[0].start : run[-1].end]
        return [Mention(key, name, "place", surface, paragraph, run[0].start, run[-1].end, "gazetteer")], []
    places: list[Mention] = []
    people: list[Found] = []
    for label, tokens in _split(run, gazetteer, registry):
        own = label == "place" and not _known_place(tokens[0].text, gazetteer, registry)
        if own and len(run) > 1:
            continue  # a place the gazetteer lacks, alone in its run only: not "Чен" of "Ким Чен Ын"
        if label == "place" and not _attributive(text, tokens):  # not "Мариинском театре"
            places.append(_place_mention(paragraph, text, tokens[0], gazetteer, registry))
        elif label == "name" and len(tokens) <= 3 and not _function_word(tokens) and not _attributive(text, tokens):
            parts = _parts(tokens)
            if parts and any(p.tag in ("Name", "Surn") for p in parts):
                people.append((paragraph, text[parts[0].token.start : parts[-1].token.end], parts))
    return places, people


# Words a Russian news item puts right before a person's name ("журналиста Эвана Гершковича",
# "Тренер Деян Станкович", "канцлер Олаф Шольц"): a title, a trade, a role in a team. Only for a
# name the dictionary does not know: it reads known given names and surnames itself.
PERSON_CUES = frozenset(
    """президент премьер премьер-министр вице-премьер министр замминистра глава председатель руководитель
    директор гендиректор генсек генеральный секретарь представитель пресс-секретарь советник помощник посол
    канцлер король королева принц принцесса шейх эмир султан губернатор мэр депутат сенатор спикер лидер
    судья прокурор адвокат следователь журналист корреспондент редактор обозреватель тренер наставник
    игрок нападающий полузащитник защитник вратарь форвард капитан спортсменка спортсмен фигуристка
    фигурист теннисист теннисистка актёр актер актриса певец певица режиссёр режиссер писатель
    писательница художник композитор дирижёр дирижер основатель сооснователь владелец бизнесмен
    предприниматель генерал полковник командующий эксперт аналитик политолог экономист учёный ученый
    профессор ректор""".split()
)
_CLAUSE_BREAK = re.compile(r"[.;:!?,—(]")
_CUE_REACH = 8  # words: the role may be named at a distance ("представитель Евросоюза по иностранным делам")


def _right_after_role(text: str, run: list[Token]) -> bool:
    """Whether the run opens with a word for a role or follows one with only a space between."""
    before = text[max(0, run[0].start - 40) : run[0].start]
    words = before.split()
    last = words[-1] if words and before.endswith(" ") else ""
    return word_lemma(run[0].text) in PERSON_CUES or _role_word(last)


def _cue_before(text: str, start: int) -> str:
    """The nearest word for a person's role among the last words of the clause before ``start``
    ("журналиста американской газеты The Wall Street Journal", "полузащитник «Спартака»"), or ""."""
    before = text[max(0, start - 120) : start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    for word in reversed(clause.split()[-_CUE_REACH:]):
        word = word.strip('«»"')
        if _role_word(word) or (word[1:].islower() and _role_word(word.lower())):  # "Министр ..." opening
            return word
    return ""


def _role_word(word: str) -> bool:
    """A lowercase word for a person's role (PERSON_CUES: "журналиста", "тренер") or for where a
    person is from ("американку", "россиянина", "британец")."""
    if not word.islower():
        return False
    lemma = word_lemma(word)
    return lemma in PERSON_CUES or (lemma.endswith(_DEMONYM_ENDINGS) and _person_noun(word))


# the endings of nouns for a person from somewhere: американка, россиянин, британец, француженка
_DEMONYM_ENDINGS = ("анка", "янка", "ийка", "анин", "янин", "ец", "енка", "женка", "ичка", "иец")


def _person_noun(word: str) -> bool:
    """Whether the analyser's first reading of ``word`` is a noun for a person ("американку")."""
    first = analyses(word)[0]
    return bool(first.tag.POS == "NOUN" and "anim" in first.tag)


def _cued_person(paragraph: int, text: str, run: list[Token], gazetteer: Gazetteer, registry: Registry) -> Found | None:
    """Two capitalised words after a word for a person's role ("журналиста Эвана Гершковича"),
    one of which at least the dictionary does not know (a foreign given name: Жозеп, Деян,
    Айсен, Олаф), the others being names it knows: a person, in the nominative from the role
    word's case (foreign_nominative). None otherwise; known names are read by _split."""
    names, cue_word = list(run), ""
    # a run may open with the role ("Тренер Деян Станкович", at a sentence's start), a body's
    # acronym ("представитель ЕС Жозеп Боррель") or the country of the role ("президентом Ирана
    # Масудом Пезешкианом"), with no known name yet before it
    while names and (
        names[0].text.isupper()
        or word_lemma(names[0].text) in PERSON_CUES
        or (len(names) > 2 and (bool(_place(names[0].text, gazetteer, registry)) or _common_word(names[0].text)))
    ):
        cue_word = cue_word or (
            "" if names[0].text.isupper() or not _role_word(names[0].text.lower()) else names[0].text
        )
        names.pop(0)
    if len(names) not in (2, 3) or not any(not is_known(t.text) for t in names):
        return None
    # a common word ("Совета Федерации") makes no name, unless a role stands right before a given
    # name and a surname the dictionary does not know ("американку Кори Гауфф": корь)
    adjacent = len(names) == 2 and not is_known(names[1].text) and _right_after_role(text, names)
    if any(_common_word(t.text) for t in names) and not adjacent:
        return None
    cue_word = cue_word or _cue_before(text, names[0].start)
    role = next((p for p in analyses(cue_word) if p.normal_form in PERSON_CUES), None) if cue_word else None
    if role is None and cue_word and _role_word(cue_word.lower()):
        role = analyses(cue_word)[0]  # a demonym: "американку Кори Гауфф"
    if role is None:
        return None
    case = str(role.tag.case) if role.tag.case else None
    surname = names[-1].text
    # the gender of a given name the dictionary knows ("режиссёра Михаила Локшина"), else the
    # surname's ending says it
    given = next((p for t in names[:-1] if is_known(t.text) for p in analyses(t.text) if "Name" in p.tag), None)
    if given is not None and given.tag.gender in ("masc", "femn"):
        gender = str(given.tag.gender)
    else:
        gender = "femn" if surname.endswith(("ова", "ева", "ина", "ына", "ская", "цкая")) else "masc"
    parts = []
    for token, tag in zip(names, ("Name", "Name", "Surn")[-len(names) :], strict=True):
        known = is_known(token.text) and any(tag in p.tag for p in analyses(token.text))
        form = name_form(token.text)[0] if known else foreign_nominative(token.text, gender, case, analyses(token.text))
        parts.append(NamePart(token, form, tag))
    return paragraph, text[names[0].start : names[-1].end], parts


_SYLLABLE = 3  # letters: "Си", "Ван", "Ким" are a Chinese or Korean name's, though words too


def _common_word(word: str) -> bool:
    """A word the dictionary knows, not as a name, and longer than a name's syllable; a noun for
    a being is not one when it is no role ("Хакан Фидан": хакан is a title of old), nor a verb's
    form, which no capital letter starts mid-sentence ("Жиль Сервара": жилить)."""
    if len(word) <= _SYLLABLE or not is_known(word):
        return False
    parses = analyses(word)
    if any(n in p.tag for p in parses for n in _NAME_TAGS):
        return False
    return not all(
        (p.tag.POS == "NOUN" and "anim" in p.tag and p.normal_form not in pat.ROLES) or p.tag.POS in _VERB_FORMS
        for p in parses
    )


_VERB_FORMS = frozenset({"VERB", "INFN", "GRND", "PRTS"})


_PLACE_WORDS = 3  # a place's name of several Russian words has this many at most


def _place_of_words(run: list[Token], gazetteer: Gazetteer) -> Place | None:
    """The gazetteer place a run of two or three Cyrillic words names as a whole, in the
    nominative, adjectives agreeing with the noun ("Советском Союзе" -> "советский союз",
    "Саудовской Аравии" -> "саудовская аравия"); None when it names none."""
    words = phrase_nominative(tuple(t.text for t in run)) or tuple(word_lemma(t.text) for t in run)
    places = gazetteer.lookup(" ".join(words).replace("ё", "е"))
    return places[0] if places else None


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP"})


def _function_word(tokens: list[Token]) -> bool:
    """A lone word that is most likely a preposition, pronoun or adverb ("По словам", "Это")."""
    return len(tokens) == 1 and analyses(tokens[0].text)[0].tag.POS in _FUNCTION_POS


_NEXT_WORD = re.compile(r" ([а-яё]+)")


_ADJECTIVES_BETWEEN = 2  # lowercase adjectives between a name's adjective and its noun


def _attributive(text: str, tokens: list[Token]) -> bool:
    """A lone capitalised word that is an adjective agreeing with the common noun after it,
    perhaps across lowercase adjectives ("Минским соглашениям", "на Московской бирже", "Казанский
    федеральный университет"), or an adjective before a name in guillemets ("Астанинский
    «Барыс»"): a name's adjective, not a surname, though the dictionary knows Минский, Московская
    and Казанский as surnames too."""
    if len(tokens) != 1:
        return False
    adjectives = [p for p in analyses(tokens[0].text) if p.tag.POS == "ADJF"]
    if not adjectives:
        return False
    if text.startswith(" «", tokens[0].end):
        return True
    position = tokens[0].end
    for _ in range(_ADJECTIVES_BETWEEN + 1):
        after = _NEXT_WORD.match(text, position)
        if after is None:
            return False
        parses = analyses(after.group(1))
        if parses[0].tag.POS in _FUNCTION_POS:  # "и", "в": which the dictionary also reads as nouns
            return after.group(1) in ("и", "или") and _coordinated(text, after.end(), adjectives)
        nouns = [n for n in parses if n.tag.POS == "NOUN"]
        if any(adjective_agrees(a, n) or _last_of_coordinated(a, n) for a in adjectives for n in nouns):
            return True
        if not any(adjective_agrees(a, b) for a in adjectives for b in parses if b.tag.POS == "ADJF"):
            return False
        position = after.end()
    return False


def _last_of_coordinated(adjective: Any, noun: Any) -> bool:
    """A singular adjective before a plural noun in its case: the last of adjectives joined by
    "и" ("Байкало-Амурской и Транссибирской магистралей")."""
    return bool(adjective.tag.number == "sing" and noun.tag.number == "plur" and adjective.tag.case == noun.tag.case)


_NEXT_ANY_WORD = re.compile(r" ([А-ЯЁа-яё]+)")


def _coordinated(text: str, position: int, adjectives: list[Any]) -> bool:
    """Whether an adjective in the same case follows "и" at ``position``, then a noun in that
    case: "в Московской и Тверской областях" (the first adjective's noun is the second's), not
    "между Ачинском и Красноярском"."""
    second = _NEXT_ANY_WORD.match(text, position)
    if second is None:
        return False
    cases = {p.tag.case for p in analyses(second.group(1)) if p.tag.POS == "ADJF"} & {a.tag.case for a in adjectives}
    noun = _NEXT_WORD.match(text, second.end())
    return (
        bool(cases)
        and noun is not None
        and any(p.tag.POS == "NOUN" and p.tag.case in cases for p in analyses(noun.group(1)))
    )


def _place_mention(paragraph: int, text: str, token: Token, gazetteer: Gazetteer, registry: Registry) -> Mention:
    lemma = _place(token.text, gazetteer, registry)
    entity = registry.lookup(lemma)
    surface = text[token.start : token.end]
    if entity is not None and entity.kind == "place":
        return Mention(entity.key, entity.name, "place", surface, paragraph, token.start, token.end, "registry")
    if lemma in INFORMAL_REGIONS:  # "на Кубани": Краснодарский край, as region_mentions names it
        return region_mention(INFORMAL_REGIONS[lemma], surface, paragraph, token.start, token.end, gazetteer)
    places = _places_named(gazetteer, lemma)
    if places:
        key, name = gazetteer.identity(places[0])
        return Mention(key, name, "place", surface, paragraph, token.start, token.end, "gazetteer")
    # a Russian region the gazetteer names in English ("Татарстан" is Tatarstan Republic), else a
    # place of its own, named by the dictionary form with its "ё" ("Ново-Огарёво")
    form = str(next(p for p in analyses(token.text) if "Geox" in p.tag).normal_form)
    name = name_case(form)
    region = english_region(name, gazetteer)
    if region is not None:
        key, display = gazetteer.identity(region)
        return Mention(key, display, "place", surface, paragraph, token.start, token.end, "gazetteer")
    return Mention(slugify(name), name, "place", surface, paragraph, token.start, token.end, "region")


_SURNAME_ENDINGS = frozenset({"", "а", "у", "ом", "е", "я", "ю", "ем", "ём", "ы", "и", "ой", "ей"})
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
_MIN_SURNAME = 4  # letters: a shorter surname ("Ли", "Ким") alone is too often another word


def lone_surnames(units: list[tuple[int, str]], found: list[Found], taken: list[tuple[int, int, int]]) -> list[Found]:
    """Surnames standing alone in any case ("Сам Гершкович", "обменять Гершковича") of people
    the document names in full with a surname the dictionary does not read as one, which no
    other rule reads alone; outside the ``taken`` (paragraph, start, end) spans."""
    surnames = {
        parts[-1].nominative
        for _, _, parts in found
        if len(parts) > 1
        and (parts[-1].tag == "Surn" or len(parts) == 2)  # "Эвана Гершковича": read as a patronymic
        and len(parts[-1].nominative) >= _MIN_SURNAME
    }
    surnames = {name for name in surnames if not any("Surn" in p.tag for p in analyses(name))}
    if not surnames:
        return []
    # a given name alone ("Гершкович" read as a patronymic) names nobody: its word may be taken
    kept = [(p, parts) for p, _, parts in found if len(parts) > 1 or parts[0].tag == "Surn"]
    spans = taken + [(p, parts[0].token.start, parts[-1].token.end) for p, parts in kept]
    lone: list[Found] = []
    for paragraph, text in units:
        for match in _CAPITALISED_WORD.finditer(text):
            word, start, end = match.group(), match.start(), match.end()
            surname = next((name for name in surnames if _case_form(word, name)), None)
            if surname is None or any(p == paragraph and s < end and start < e for p, s, e in spans):
                continue
            lone.append((paragraph, word, [NamePart(Token(word, start, end, word.casefold()), surname, "Surn")]))
    return lone


def _case_form(word: str, surname: str) -> bool:
    """Whether ``word`` is ``surname`` in some case: "Гершковича", "Кулебы" (Кулеба)."""
    if word.startswith(surname) and word[len(surname) :] in _SURNAME_ENDINGS:
        return True
    stem = surname[:-1]
    return surname[-1] in "ая" and word.startswith(stem) and word[len(stem) :] in _SURNAME_ENDINGS


def person_mentions(found: list[Found], registry: Registry) -> list[Mention]:
    """One mention per name found: full names first, each its own person (two given names with
    one surname are two people: "Дмитрий Патрушев", "Николай Патрушев"; the same given name is
    one, with or without a patronymic); a surname alone joins the full name with it, the last one
    named before it when there are several."""
    found = sorted(found, key=lambda f: (f[0], f[2][0].token.start))
    people: dict[tuple[str, str], tuple[str, str]] = {}  # (surname, given name) -> (key, name)
    for _, _, parts in found:
        if len(parts) > 1 and (parts[-1].nominative, parts[0].nominative) not in people:
            same = _shorter_form(parts, people)  # "Бен Сальман" of "Мухаммед бен Сальман"
            if same is not None:
                people[parts[-1].nominative, parts[0].nominative] = same
                continue
            name = " ".join(p.nominative for p in parts if p.tag != "Patr" or len(parts) == 2)
            entity = registry.lookup(name)
            people[parts[-1].nominative, parts[0].nominative] = (
                (entity.key, entity.name) if entity else (entity_key(name), name)
            )
    # a given name and patronymic alone ("Олег Дмитриевич") are the person named in full with
    # them; else they are read as before, as a given name and a surname ("Александр Лукашевич",
    # whose surname reads as a patronymic)
    addressed = {
        (parts[0].nominative, parts[1].nominative): people[parts[-1].nominative, parts[0].nominative]
        for _, _, parts in found
        if len(parts) == 3 and parts[1].tag == "Patr" and parts[-1].tag == "Surn"
    }
    last: dict[str, tuple[str, str]] = {}  # surname (or a Korean name's first word) -> the last named with it
    mentions: list[Mention] = []
    for paragraph, surface, parts in found:
        surface_at = (surface, paragraph, parts[0].token.start, parts[-1].token.end)
        if len(parts) == 2 and (parts[0].nominative, parts[1].nominative) in addressed:
            key, display = addressed[parts[0].nominative, parts[1].nominative]
            mentions.append(Mention(key, display, "person", *surface_at, "surname", True))
            continue
        if len(parts) > 1:
            key, display = people[parts[-1].nominative, parts[0].nominative]
            rule, resolved = "name", True
            last[parts[-1].nominative] = (key, display)
            # a Korean or Chinese name opens with the surname: "Ким" alone is "Ким Чен Ын"
            last.setdefault(parts[0].nominative, (key, display))
        elif parts[0].tag == "Surn" and (
            named := _named_with(parts[0].nominative, people, last) or _named_by_form(surface, people, last)
        ):
            (key, display), rule, resolved = named, "surname", True
        elif parts[0].tag == "Surn":
            entity = registry.lookup(parts[0].nominative)
            key, display = (
                (entity.key, entity.name) if entity else (entity_key(parts[0].nominative), parts[0].nominative)
            )
            rule, resolved = "surname", entity is not None
        else:
            continue  # a given name alone says too little
        mentions.append(Mention(key, display, "person", *surface_at, rule, resolved))
    return mentions


def _named_by_form(
    surface: str, people: dict[tuple[str, str], tuple[str, str]], last: dict[str, tuple[str, str]]
) -> tuple[str, str] | None:
    """The person named in full whose surname the word is a case form of, when the word's own
    reading missed it: "Лихачёва заявила" read as the genitive of Лихачёв beside "Елизавету
    Лихачёву", a headline's "Фальков" read as a plural of Фальки beside "Валерий Фальков". The
    last named before it first, as for a surname read right."""
    before = next((person for surname, person in last.items() if _case_form(surface, surname)), None)
    return before or next((person for (surname, _), person in people.items() if _case_form(surface, surname)), None)


def _shorter_form(parts: list[NamePart], people: dict[tuple[str, str], tuple[str, str]]) -> tuple[str, str] | None:
    """The person already named in full whose name holds every word of ``parts``: "Бен Сальман"
    after "Мухаммед бен Сальман"."""
    words = {p.nominative.casefold() for p in parts}
    return next(
        (
            person
            for (surname, _), person in people.items()
            if surname == parts[-1].nominative and words <= set(person[1].casefold().split())
        ),
        None,
    )


def _named_with(
    surname: str, people: dict[tuple[str, str], tuple[str, str]], last: dict[str, tuple[str, str]]
) -> tuple[str, str] | None:
    """The person a surname alone stands for: the last named in full with it before, else the
    first named with it anywhere in the document ("По словам Пескова ... Дмитрий Песков"), else
    the first whose name opens with it (a Korean name)."""
    if surname in last:
        return last[surname]
    with_it = [person for (named, _), person in people.items() if named == surname]
    if with_it:
        return with_it[0]
    return next((person for (_, given), person in people.items() if given == surname), None)
