"""Web pages saved as text: menu runs (furniture._chrome_runs) and the title found past a page's
chrome (extract/page_head.py). Their evaluation is tested in test_benchmark_text_evaluation.py."""

from __future__ import annotations

import hashlib

from dossier.curation import Correction
from dossier.extract import extract_source
from dossier.extract.furniture import find_furniture
from dossier.extract.page_head import chrome_title, page_start
from dossier.extract.structure import split_document
from dossier.models import Document, Source

ARTICLE = (
    "Junior foreign ministers from Britain and Russia met in Germany on Saturday in the highest-level "
    "contact between the two countries in more than a year.",
    "The talks covered consular staff, the return of diplomats and the state of trade, officials from "
    "both governments said after the meeting ended late in the evening.",
)
MENU = ("Home", "World", "Politics", "Business", "Twitter", "Facebook", "Search")


def removed(paragraphs: tuple[tuple[str, ...], ...], title: str = "Talks resume") -> dict[str, str]:
    return {r.line: r.rule for r in find_furniture(title, paragraphs).removed}


def test_a_menu_run_goes_with_the_chrome_it_holds() -> None:
    found = removed((MENU, *((line,) for line in ARTICLE)))
    # Twitter, Facebook and Search are furniture of themselves; the items beside them go too
    assert set(found) == set(MENU)
    assert found["Politics"] == "menu-run" and found["Twitter"] != "menu-run"


def test_a_list_without_chrome_stays() -> None:
    names = ("Alan Duncan", "Vladimir Titov", "Liz Truss", "Sergey Lavrov", "Ben Wallace", "Sergei Shoigu")
    assert removed((names, *((line,) for line in ARTICLE))) == {}
    # one control among them is not enough: a list may end with a "Share" of its own
    assert set(removed(((*names, "Share"), *((line,) for line in ARTICLE)))) == {"Share"}


def test_a_run_is_of_short_lines_in_one_paragraph() -> None:
    # a sentence between the items ends the run: neither side has enough lines
    split = ("World", "Twitter", "Facebook", ARTICLE[0], "Politics", "Business", "Twitter")
    assert set(removed((split, (ARTICLE[1],)))) == {"Twitter", "Facebook"}
    # items in paragraphs of their own are no run
    apart = tuple((line,) for line in MENU[1:])
    assert set(removed((*apart, (ARTICLE[0],)))) == {"Twitter", "Facebook"}
    # a long control that is no sentence goes on a run ("Skip to contentSkip to site index")
    glued = ("Sections", "Skip to contentSkip to site index", "Log In", "Today's Paper", "Opinion")
    assert set(removed((glued, (ARTICLE[0],)))) == set(glued)


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def extracted(text: str, name: str = "saved.txt") -> Document:
    data = text.encode("utf-8")
    result = extract_source((), 200, (Source(name, data, hashlib.sha256(data).hexdigest()), None))
    assert isinstance(result, Document)
    return result


def test_a_saved_page_is_titled_by_its_headline_past_its_menus() -> None:
    text = page(
        "Skip to content\n" + "\n".join(MENU),
        "Advertisement",
        "Opinion",
        "UK and Russia hold first talks in over a year\nBy Jane Smith\nNov 19, 2019, 10:31 pm",
        *ARTICLE,
        "Share this article",
    )
    doc = extracted(text)
    assert doc.title == "UK and Russia hold first talks in over a year"
    lines = [line for para in doc.paragraphs for line in para]
    # a short label above the headline that no rule takes stays, at the text's start: nothing
    # is lost if the headline is not the one the page meant
    assert lines == ["Opinion", "By Jane Smith", "Nov 19, 2019, 10:31 pm", *ARTICLE]
    gone = {r.line: r.rule for r in doc.meta.removed}
    assert gone["Skip to content"] == "control" and gone["Politics"] == "menu-run"
    assert {"Advertisement", "Share this article", *MENU} <= set(gone)


def test_a_line_a_curator_keeps_stays_above_the_headline_too() -> None:
    text = page("Skip to content\n" + "\n".join(MENU), "UK and Russia hold first talks in over a year", *ARTICLE)
    data = text.encode("utf-8")
    source = Source("saved.txt", data, hashlib.sha256(data).hexdigest())
    doc = extract_source((), 200, (source, Correction(keep=("Politics",))))
    assert isinstance(doc, Document)
    assert doc.title == "UK and Russia hold first talks in over a year"
    assert doc.paragraphs[0] == ("Politics",)
    assert "Politics" not in {r.line for r in doc.meta.removed}


def test_the_headline_is_stepped_to_over_a_byline_a_standfirst_and_a_caption() -> None:
    text = page(
        "Menu\nHome\nWorld\nSport",
        "Talks resume in Geneva after a year\nBy Jane Smith\nA deal looks closer.\nShares\n"
        "Ministers in Geneva. Photograph: Reuters\n"
        "What the two governments said after their first meeting in more than a year, and what is likely to come next",
        *ARTICLE,
    )
    assert extracted(text).title == "Talks resume in Geneva after a year"


def test_a_caption_ending_with_its_credit_is_no_headline() -> None:
    """A caption shares the article's words and stands where the headline is sought; its
    closing credit tells it apart."""
    for caption in (
        "Junior foreign ministers from Britain and Russia met in Germany.Reuters",
        "Junior foreign ministers from Britain and Russia met in Germany (AP)",
        "Junior foreign ministers from Britain and Russia met in Germany (Credit: Getty Images)",
    ):
        text = page("Skip to content\n" + "\n".join(MENU), "Ministers talk in Berlin again", caption, *ARTICLE)
        doc = extracted(text)
        assert doc.title == "Ministers talk in Berlin again"
        assert doc.paragraphs[0] == (caption,)  # the caption stays, below the title


def test_the_headline_shares_the_articles_words_where_a_byline_does_not() -> None:
    text = page(
        "Skip to content\n" + "\n".join(MENU),
        "Ministers from Britain and Russia meet in Germany\nMeg Kinnard and Errin Haines, Associated Press",
        *ARTICLE,
    )
    assert extracted(text).title == "Ministers from Britain and Russia meet in Germany"


def test_a_headline_above_the_article_is_needed_else_the_first_line_left() -> None:
    # no line of prose: the first line the rules leave is the title
    doc = extracted(page("Skip to content\n" + "\n".join(MENU), "Results\nArsenal 2 Chelsea 1\nSpurs 0 Everton 0"))
    assert doc.title == "Results"
    assert [line for para in doc.paragraphs for line in para] == ["Arsenal 2 Chelsea 1", "Spurs 0 Everton 0"]
    # the article opens the text: a title is cut from its first line, which stays in the article
    doc = extracted(page("Menu", *ARTICLE))
    assert doc.title == "Junior foreign ministers from Britain and Russia met in Germany on Saturday in…"
    assert doc.paragraphs == tuple((line,) for line in ARTICLE)
    assert [(r.line, r.rule) for r in doc.meta.removed] == [("Menu", "menu")]
    # chrome throughout: the first line stays the title, and nothing is taken twice
    doc = extracted(page("Skip to content\nShare\nTwitter\nFacebook\nSearch"))
    assert doc.title == "Skip to content"


def test_a_text_whose_first_line_is_its_title_is_not_touched() -> None:
    for text in (
        page("Talks resume", *ARTICLE),  # set apart by a blank line: a title, whatever its words
        "Talks resume\n" + "\n".join(ARTICLE) + "\n",  # glued to the article's text
        "Ministers\nOffice\nPapers\nTalks resume\n" + "\n".join(ARTICLE) + "\n",  # short lines, no menu
    ):
        split = split_document("a.txt", text)
        assert page_start(split.title, split.paragraphs, split.glued) == (split.title, split.paragraphs, ())
    # a skip link or a navigation label is chrome wherever it is
    assert chrome_title("Skip to main content", (), glued=False) == "control"
    assert chrome_title("Menu", (), glued=False) == "menu"
    assert chrome_title("Перейти к контенту", (), glued=False) == "control"
    # a longer first line is read by the rules only above a short line (a cookie notice over a menu)
    notice = "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies."
    assert chrome_title(notice, ("Bloomberg.com", "Markets"), glued=True) is not None
    assert chrome_title(notice, (ARTICLE[0],), glued=True) is None


def test_chrome_above_the_article_makes_a_title_like_first_line_a_pages_too() -> None:
    """A first line that reads as a title ("Dow Jones, a News Corp company", set apart) opens a
    saved page when the rules take at least two of the lines above the article's prose."""
    text = page(
        "Dow Jones, a News Corp company",
        "Subscribe\nSign In",
        "Opinion",
        "UK and Russia hold first talks in over a year",
        *ARTICLE,
    )
    doc = extracted(text)
    assert doc.title == "UK and Russia hold first talks in over a year"
    # the first line, which no rule takes, stays at the article's start with the section label
    assert [line for para in doc.paragraphs for line in para] == ["Dow Jones, a News Corp company", "Opinion", *ARTICLE]
    assert {"Subscribe", "Sign In"} <= {r.line for r in doc.meta.removed}
    # one line the rules take is not enough: the first line stays the title
    doc = extracted(page("Dow Jones, a News Corp company", "Subscribe", "Opinion", "Talks resume", *ARTICLE))
    assert doc.title == "Dow Jones, a News Corp company"


def test_under_a_first_line_too_short_for_a_headline_a_notice_is_read_past() -> None:
    notice = "This website uses cookies. By continuing to use our website you are agreeing to our use of cookies."
    doc = extracted(
        page("Share", notice, "Home\nAbout us\nSearch\nClose", "Ascom signs a distribution deal in Europe", *ARTICLE)
    )
    assert doc.title == "Ascom signs a distribution deal in Europe"
    assert notice in {r.line for r in doc.meta.removed}
    # under a headline, a notice set apart is the article's first paragraph as far as the title goes
    split = split_document("a.txt", page("Talks resume in Geneva", notice, "Home\nAbout us\nSearch", *ARTICLE))
    assert page_start(split.title, split.paragraphs, split.glued)[0] == "Talks resume in Geneva"


def test_a_first_line_left_too_long_for_a_title_leaves_the_text_as_it_was() -> None:
    # no headline, and the first line the rules leave is no article's sentence but 250 letters
    text = "Skip to content\nHome\n" + "x" * 250 + "\n" + "\n".join(MENU) + "\n"
    split = split_document("a.txt", text)
    assert page_start(split.title, split.paragraphs, split.glued) == (split.title, split.paragraphs, ())


def test_markup_in_a_saved_page_stays_text() -> None:
    headline = "<script>alert(1)</script> talks *resume* in [Geneva](javascript:x)"
    doc = extracted(page("Skip to content\nHome\nWorld\nSearch", headline, *ARTICLE))
    assert doc.title == headline  # kept as written; pages escape it where they are made


def test_a_russian_page_saved_as_text_is_titled_and_dated_past_its_menus() -> None:
    text = page(
        "Перейти к содержанию\nГлавная\nНовости\nПолитика\nЭкономика\nПоделиться\nВКонтакте",
        "Лавров и Трасс провели переговоры в Москве\nАвтор: Иван Петров\n10 февраля 2022, 14:05",
        "Министр иностранных дел России Сергей Лавров провёл в четверг переговоры с главой британского "
        "МИД Лиз Трасс, сообщили в министерстве.",
        "Стороны обсудили ситуацию вокруг Украины и двусторонние отношения, которые находятся на самом "
        "низком уровне за многие годы.",
    )
    doc = extracted(text, "ru.txt")
    assert doc.title == "Лавров и Трасс провели переговоры в Москве"
    assert doc.paragraphs[0] == ("Автор: Иван Петров", "10 февраля 2022, 14:05")
    assert {r.line: r.rule for r in doc.meta.removed}["Политика"] == "menu-run"
    assert doc.meta.date is not None and doc.meta.date.value == "2022-02-10"
