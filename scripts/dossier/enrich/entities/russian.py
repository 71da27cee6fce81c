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

from dataclasses import dataclass
from typing import Any

from dossier.enrich.entities import patterns as pat
from dossier.enrich.entities.gazetteer import Gazetteer, Place
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.morphology import analyser, is_cyrillic, lemma_key, word_lemma
from dossier.enrich.entities.registry import Registry, entity_key
from dossier.enrich.entities.shapes import Token

_NAME_TAGS = ("Name", "Patr", "Surn")


@dataclass(frozen=True)
class NamePart:
    """One word of a Russian person's name: where it is, its nominative and its tag."""

    token: Token
    nominative: str
    tag: str  # Name, Patr or Surn


Found = tuple[int, str, list[NamePart]]  # paragraph, surface, the words of a person's name


def _parts(tokens: list[Token]) -> list[NamePart] | None:
    """The name words of a run of capitalised words, agreeing in gender and case with the given
    name when there is one; None when a word cannot be part of a name."""
    parses = [analyser().parse(t.text) for t in tokens]
    given = next((p for options in parses for p in options if "Name" in p.tag), None)
    gender = str(given.tag.gender) if given is not None and given.tag.gender else None
    case = str(given.tag.case) if given is not None and given.tag.case else None
    out: list[NamePart] = []
    for token, options in zip(tokens, parses, strict=True):
        named = [p for p in options if any(t in p.tag for t in _NAME_TAGS)]
        if not named:
            return None
        agreeing = [p for p in named if _agrees(p.tag, gender, case)]
        chosen = (agreeing or named)[0]
        form = chosen.inflect({"nomn"}) if chosen.tag.case != "nomn" else chosen
        word = str((form or chosen).word)
        out.append(NamePart(token, word[:1].upper() + word[1:], next(t for t in _NAME_TAGS if t in chosen.tag)))
    return out


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
        if lemma in pat.ROLES or lemma in pat.ROLE_MODIFIERS or lemma in pat.FUNCTION_WORDS:
            label = "role"
        elif _place(token.text, gazetteer, registry):
            label = "place"
        elif not token.text.isupper() and any(
            any(t in p.tag for t in _NAME_TAGS) for p in analyser().parse(token.text)
        ):
            label = "name"
        else:
            label = "other"  # "МИД", "Кремль": not a person's name
        if pieces and pieces[-1][0] == label == "name":
            pieces[-1][1].append(token)
        else:
            pieces.append((label, [token]))
    return pieces


def _place(word: str, gazetteer: Gazetteer, registry: Registry) -> str:
    """The dictionary form of a word that names a place, or ""."""
    lemma = lemma_key(word)
    parses = analyser().parse(word)
    if not any("Geox" in p.tag for p in parses) or any("Name" in p.tag and p.score > 0.5 for p in parses):
        return ""  # "Владимир" is a city too, but first a given name
    entity = registry.lookup(lemma)
    if (entity is not None and entity.kind == "place") or gazetteer.lookup(lemma):
        return lemma
    return ""


def russian_mentions(
    paragraph: int, text: str, unit_runs: list[list[Token]], gazetteer: Gazetteer, registry: Registry
) -> tuple[list[Mention], list[Found]]:
    """Places and people of the Cyrillic runs of one unit; people are keyed once the whole
    document is read (see person_mentions)."""
    places: list[Mention] = []
    people: list[Found] = []
    for run in unit_runs:
        if not is_cyrillic(run[0].text):
            continue
        whole = _place_of_words(run, gazetteer) if 1 < len(run) <= _PLACE_WORDS else None
        if whole is not None:  # "в Советском Союзе", "в Нижнем Новгороде": one place of several words
            key, name = gazetteer.identity(whole)
            surface = text[run[0].start : run[-1].end]
            places.append(Mention(key, name, "place", surface, paragraph, run[0].start, run[-1].end, "gazetteer"))
            continue
        for label, tokens in _split(run, gazetteer, registry):
            if label == "place":
                places.append(_place_mention(paragraph, text, tokens[0], gazetteer, registry))
            elif label == "name" and len(tokens) <= 3 and not _function_word(tokens):
                parts = _parts(tokens)
                if parts and any(p.tag in ("Name", "Surn") for p in parts):
                    people.append((paragraph, text[parts[0].token.start : parts[-1].token.end], parts))
    return places, people


_PLACE_WORDS = 3  # a place's name of several Russian words has this many at most


def _place_of_words(run: list[Token], gazetteer: Gazetteer) -> Place | None:
    """The gazetteer place a run of two or three Cyrillic words names as a whole, each word in its
    dictionary form ("Советском Союзе" -> "советский союз"); None when it names none."""
    places = gazetteer.lookup(" ".join(word_lemma(t.text).replace("ё", "е") for t in run))
    return places[0] if places else None


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP"})


def _function_word(tokens: list[Token]) -> bool:
    """A lone word that is most likely a preposition, pronoun or adverb ("По словам", "Это")."""
    return len(tokens) == 1 and analyser().parse(tokens[0].text)[0].tag.POS in _FUNCTION_POS


def _place_mention(paragraph: int, text: str, token: Token, gazetteer: Gazetteer, registry: Registry) -> Mention:
    lemma = lemma_key(token.text)
    entity = registry.lookup(lemma)
    surface = text[token.start : token.end]
    if entity is not None and entity.kind == "place":
        return Mention(entity.key, entity.name, "place", surface, paragraph, token.start, token.end, "registry")
    key, name = gazetteer.identity(gazetteer.lookup(lemma)[0])
    return Mention(key, name, "place", surface, paragraph, token.start, token.end, "gazetteer")


def person_mentions(found: list[Found], registry: Registry) -> list[Mention]:
    """One mention per name found: full names first; a surname alone joins the full name with it."""
    full: dict[str, tuple[str, str]] = {}  # nominative surname -> (key, name)
    for _, _, parts in found:
        if len(parts) > 1:
            name = " ".join(p.nominative for p in parts if p.tag != "Patr" or len(parts) == 2)
            entity = registry.lookup(name)
            key, display = (entity.key, entity.name) if entity else (entity_key(name), name)
            full.setdefault(parts[-1].nominative, (key, display))
    mentions: list[Mention] = []
    for paragraph, surface, parts in found:
        surface_at = (surface, paragraph, parts[0].token.start, parts[-1].token.end)
        if len(parts) > 1:
            key, display = full[parts[-1].nominative]
            rule, resolved = "name", True
        elif parts[0].tag == "Surn" and parts[0].nominative in full:
            (key, display), rule, resolved = full[parts[0].nominative], "surname", True
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
