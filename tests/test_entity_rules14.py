"""Names of the fourteenth pass of issue 16: line-ups read from the tenth blind set's two
line-up articles, in wordings of our own."""

from __future__ import annotations

from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import Registry

EMPTY = Registry()
SPORT = "Scotland beat Italy 18-10 in the rugby international at Murrayfield, with a try in each half."


def people(*paragraphs: str) -> list[tuple[str, str]]:
    """(name, surface) of every person mentioned after the opening sports sentence."""
    found = find_mentions("doc", "A report", ((SPORT,), *((p,) for p in paragraphs)), EMPTY)
    return [(m.name, m.surface) for m in found if m.kind == "person" and m.paragraph > 0]


def test_a_players_initial_in_the_line_up_is_the_player_named_in_full() -> None:
    report = "Hugh Carver kicked three penalties and Tom Brady scored late on."
    lineup = "H Carver; T Brady, P Wills, J Hart, D Rowe."
    found = people(report, lineup)
    assert ("Hugh Carver", "H Carver") in found
    assert ("Tom Brady", "T Brady") in found
    assert ("P Wills", "P Wills") in found  # no one named in full: the initialled name itself
    assert len({name for name, _ in found}) == 5


def test_an_initial_that_fits_two_players_joins_neither() -> None:
    report = "Sam Jones and Steve Jones both started in the back row."
    found = people(report, "S Jones, A Price, B Lowe, C Dale.")
    assert ("S Jones", "S Jones") in found  # "S" could be either: kept apart
    assert ("Sam Jones", "S Jones") not in found
    # an initial that opens no given name of the surname joins no one
    assert ("Sam Jones", "A Jones") not in people(report, "A Jones, B Price, C Lowe, D Dale.")


def test_two_initials_and_a_particle_still_make_a_bench() -> None:
    bench = "G Intorno, S Pera, CA del Monte, S Orsi, P Griffin, R Pedroni, KP Roberts."
    assert [s for _, s in people(bench)] == [
        "G Intorno", "S Pera", "CA del Monte", "S Orsi", "P Griffin", "R Pedroni", "KP Roberts"
    ]  # fmt: skip


def test_a_club_note_left_unclosed_does_not_end_the_line_up() -> None:
    side = (
        "G Tomos (Toulon (capt); H Lusk (Dragons), T Shanks (Blues), G Hens (Ospreys), S Wills (Ospreys); "
        "S Jonas (Clermont), D Peal (Scarlets); G Jenks (Blues), M Davis (Gloucester)."
    )
    assert [s for _, s in people(side)] == [
        "G Tomos", "H Lusk", "T Shanks", "G Hens", "S Wills", "S Jonas", "D Peal", "G Jenks", "M Davis"
    ]  # fmt: skip


def test_a_long_essay_with_a_few_words_of_sport_is_no_sports_report() -> None:
    from dossier.enrich.entities.sports import is_sport_report

    chance = "We beat that threat, a victory for the nations of Europe, and the final defeat of fear was no draw. "
    filler = "The government wants new powers to hold suspects without trial, and critics fear for liberty. " * 110
    assert is_sport_report(chance)  # short: those words are a report's
    assert not is_sport_report(chance + filler)  # 1,600 words: the same words are chance
    report = "The striker scored twice and the coach praised his squad after the match at the stadium. " * 4
    assert is_sport_report(report + filler)  # a report's words stay dense enough in a long text


def test_a_long_essays_countries_stay_places() -> None:
    chance = "We beat that threat, a victory for the nations of Europe, and the final defeat of fear was no draw. "
    filler = "The government wants new powers to hold suspects without trial, and critics fear for liberty. " * 110
    text = chance + "There was no retaliatory blitz on Belfast or Dublin as there has been on Afghanistan and Iraq."
    found = find_mentions("doc", "Terror powers", ((text,), (filler,)), EMPTY)
    kinds = {m.surface: m.kind for m in found if m.paragraph == 0}
    assert kinds["Afghanistan"] == kinds["Iraq"] == kinds["Dublin"] == "place"


def _russian_people(title: str, text: str) -> list[tuple[str, str]]:
    found = find_mentions("doc", title, ((text,),), EMPTY)
    return [(m.name, m.surface) for m in found if m.kind == "person"]


def test_a_russian_surname_read_wrong_alone_still_joins_the_full_name() -> None:
    # the dictionary reads a headline's "Фальков" as a plural of "Фальки", and a woman's
    # "Лихачёва" as the genitive of "Лихачёв": the word is still a case form of the full name's
    text = (
        "Министр Валерий Фальков выступил в Москве. Елизавету Лихачёву назначили директором. Лихачёва заявила о планах."
    )
    found = _russian_people("Фальков заявил об отказе", text)
    assert ("Валерий Фальков", "Фальков") in found
    assert ("Елизавета Лихачёва", "Лихачёва") in found
    assert {name for name, _ in found} == {"Валерий Фальков", "Елизавета Лихачёва"}


def test_a_ships_name_in_guillemets_names_no_person() -> None:
    text = "Фрегат «Адмирал Горшков» и танкер «Академик Пашин» зашли в порт, сообщил посол Виктор Коронелли."
    assert _russian_people("Корабли прибыли", text) == [("Виктор Коронелли", "Виктор Коронелли")]


def test_a_bodys_eponym_is_not_glued_to_the_name_after_it() -> None:
    text = "Ректор МГУ имени М. В. Ломоносова Виктор Садовничий поддержал решение."
    assert _russian_people("Ректор поддержал", text) == [("Виктор Садовничий", "Виктор Садовничий")]


def test_a_ground_in_guillemets_with_a_latin_word_is_a_place_not_a_person() -> None:
    text = "«Краснодар» обыграл в последнем туре на «Ozon Арене» московское «Динамо»."
    found = find_mentions("doc", "Краснодар стал чемпионом", ((text,),), EMPTY)
    assert [(m.kind, m.name) for m in found if "Ozon" in m.surface] == [("place", "Ozon Арена")]
