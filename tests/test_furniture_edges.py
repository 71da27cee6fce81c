"""Furniture at the edges of the text: lines about the page itself in the runs that open and
close it (furniture.edge_furniture, page_words.names_the_page), never the article's own lines."""

from __future__ import annotations

import pytest

from dossier.extract.furniture import find_furniture
from dossier.extract.page_words import names_the_page
from dossier.models import Paragraph

ARTICLE: tuple[Paragraph, ...] = (
    ("Junior ministers from Britain and Russia met in Germany on Saturday, officials said.",),
    ("The talks were the first at that level since relations froze, the foreign office said.",),
    ("Both sides agreed to keep talking, although no date was set for another meeting.",),
)
TITLE = "Britain and Russia hold first talks in a year"


def removed(paragraphs: tuple[Paragraph, ...]) -> list[tuple[str, str]]:
    return [(r.line, r.rule) for r in find_furniture(TITLE, paragraphs).removed]


def at_head(line: str) -> tuple[Paragraph, ...]:
    return ((line,), *ARTICLE)


def at_tail(line: str) -> tuple[Paragraph, ...]:
    return (*ARTICLE, (line,))


def in_the_middle(line: str) -> tuple[Paragraph, ...]:
    return (ARTICLE[0], (line,), *ARTICLE[1:])


# Each of these is found by no other rule: in the middle of the text it stays (see below).
@pytest.mark.parametrize(
    "line",
    [
        "Remind me about the podcast",  # a button in the reader's voice
        "Tap to unmute",  # a command alone
        "Воспроизвести",
        "Podcast Extra | Folge 12",  # a label's bullet
        "Vorlesen · 6 Minuten",  # a length
        "LISTEN: The week in Westminster",  # a link's action and its colon, not a speaker
        "Our podcasts every morning for you",  # a feature and the site speaking to the reader
        "This article is for subscribers only.",  # a sentence about the page that names it
        "Your podcast is ready: listen on this page.",  # a sentence to the reader that acts on the page
    ],
)
def test_a_line_about_the_page_is_furniture_at_either_edge_only(line: str) -> None:
    assert removed(at_head(line)) == [(line, "edge")]
    assert removed(at_tail(line)) == [(line, "edge")]
    assert removed(in_the_middle(line)) == []


@pytest.mark.parametrize("line", ["Podcast archive", "Newsletter archive", "Le podcast du matin"])
def test_a_label_naming_a_feature_closes_the_text_as_furniture(line: str) -> None:
    # at the head such a label may be the article's heading; nothing follows a heading at the end
    assert removed(at_tail(line)) == [(line, "edge")]
    assert removed(at_head(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Inbox overload",  # headings made of furniture words
        "The consent question",
        "Search for survivors",
        "Share prices recover after a turbulent week",
        "Subscribers are paying more",
        "Podcasts : l'âge d'or",
    ],
)
def test_a_heading_at_the_head_or_in_the_middle_is_kept(line: str) -> None:
    assert removed(at_head(line)) == []
    assert removed(in_the_middle(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        # news sentences about subscribers, advertising or apps name no reader and no page
        "Shares in the streaming firm fell 5% after it lost two million subscribers.",
        "The regulator said advertising for sports betting would be banned from January.",
        # a reader addressed, but advice about advertising, not an act on the page
        "You should never use an ad rate card to estimate ad revenue from any media product.",
        # a transcript's speaker
        "MINISTER: The new app will let you read this page.",
        # a line going on from the last one
        "so just looking over your podcast episodes, I wonder what your main point was",
        # quoted or reported
        '"Sign up for our newsletter," the campaign urged its readers.',
        # a headline marked as an update: no feature of the page, no player
        "Update | Deceased crash victims identified",
        # a long lead addressed to the reader, about a feature
        "The odds are that when you fire up your browser, you go straight to your favourite search "
        "engine, rather than type in a web address.",
    ],
)
def test_article_lines_at_the_edges_are_kept(line: str) -> None:
    assert removed(at_head(line)) == []
    assert removed(at_tail(line)) == []


def test_the_run_stops_at_the_article() -> None:
    # the second line names the page too, but the article's first line stands between
    paragraphs = (("Tap to unmute",), ARTICLE[0], ("Remind me about the podcast",), *ARTICLE[1:])
    assert removed(paragraphs) == [("Tap to unmute", "edge")]


def test_runs_join_other_furniture_and_take_at_most_eight_lines() -> None:
    tail = tuple((f"Podcast episode {n}",) for n in range(10))
    # a run continues past lines other rules found ("Share this story")
    assert removed((*ARTICLE, ("Newsletter archive",), ("Share this story",), ("Podcast feed",))) == [
        ("Newsletter archive", "edge"),
        ("Share this story", "control"),
        ("Podcast feed", "edge"),
    ]
    assert [rule for _, rule in removed((*ARTICLE, *tail))] == ["edge"] * 8


def test_a_text_of_page_lines_alone_is_kept() -> None:
    # nothing would be left of it: unsure, so not furniture
    paragraphs = (("Podcast archive",), ("Newsletter archive",))
    assert removed(paragraphs) == []


@pytest.mark.parametrize(
    "line",
    [
        # prose without its full stop (a fragment, a caption) has more words of its own
        "Im kurzen Video gezeigt",
        "Normally, video calls tend to",
        "Video der iranischen Nachrichtenagentur",
        "Die ARD hat für ihre Mediathek",
    ],
)
def test_prose_without_its_full_stop_closing_the_text_is_kept(line: str) -> None:
    assert removed(at_tail(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Narrated by Jane Doe",  # the voice of the audio version
        "Gelesen von Max Mustermann",
        "Audio-Version",  # a feature in a compound
        "This audio is auto-generated",  # the page's audio speaking of itself
    ],
)
def test_the_audio_versions_labels_open_the_text_as_furniture(line: str) -> None:
    assert removed(at_head(line)) == [(line, "edge")]


@pytest.mark.parametrize(
    "line",
    [
        "Read by millions, the paper changed hands in 2019",  # not a name after "by"
        "Web-Video, Online-Journalismus und Open Education. Unser Schwerpunkt liegt",  # compounds in prose
    ],
)
def test_prose_like_the_audio_labels_is_kept(line: str) -> None:
    assert removed(at_head(line)) == []
    assert removed(at_tail(line)) == []


@pytest.mark.parametrize("line", ["Écoutez cet article", "Regarder la vidéo", "Guarda il video"])
def test_a_player_command_in_more_languages_opens_the_text_as_furniture(line: str) -> None:
    assert [text for text, _ in removed(at_head(line))] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this article gave the wrong number of newsletter subscribers.",
        "Update: This story was updated with the ministry's comment on the app.",
        "This article was amended to correct the name of the podcast's host.",
    ],
)
def test_a_newsrooms_note_on_the_text_closes_it_as_the_article(line: str) -> None:
    assert removed(at_tail(line)) == []


@pytest.mark.parametrize("line", ["Apps that track you", "Cookies which follow you everywhere"])
def test_a_label_with_a_relative_pronoun_is_a_heading_not_a_control(line: str) -> None:
    assert removed(at_head(line)) == []


@pytest.mark.parametrize("line", ["Download at your peril", "Share your worries with a doctor"])
def test_an_action_advising_the_reader_without_a_feature_is_a_heading(line: str) -> None:
    assert removed(at_head(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        # advice to the reader: longer than a prompt, or of two clauses, and no site speaking
        "Go to the settings menu and tap Privacy to check which apps can read your location.",
        "Deleting your cookies will not hide you online, but it is a start.",
        "In short, keep the subscription you use and cancel the others.",
        # a heading that asks, or advises without an action of the page
        "Why you should delete old apps",
        "Block trackers in your browser",
        "Podcasts every morning for you",  # the reader alone, no action of the page: a heading may say it
    ],
)
def test_advice_to_the_reader_at_the_edges_is_the_article(line: str) -> None:
    assert removed(at_head(line)) == [] and removed(at_tail(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Media playback is unsupported on your device",
        "You can change these settings at any time using the link at the foot of any page.",
        "Deaktivieren Sie den Werbeblocker für unsere Seite",
    ],
)
def test_the_pages_own_messages_to_the_reader_open_the_text_as_furniture(line: str) -> None:
    assert [text for text, _ in removed(at_head(line))] == [line]


def test_por_alone_is_no_question_word_but_por_que_is() -> None:
    # "¿Por qué ...?" opens a heading; "Por favor, ..." (please) opens a prompt like any other
    assert names_the_page("Por favor, suscríbete a nuestro boletín", last=True)
    assert not names_the_page("Por qué suscribirse a un boletín", last=True)
