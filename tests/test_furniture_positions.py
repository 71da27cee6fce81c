"""The evaluation of furniture lines where pages put them (evaluation/furniture_positions.py):
lines go where their kind goes, halves are counted apart, and only the tuning half is shown."""

from __future__ import annotations

from pathlib import Path

from dossier.evaluation import furniture_positions as fp
from dossier.evaluation.inject import Article

ARTICLE = Article(
    "a.txt",
    "Britain and Russia hold talks",
    (
        ("Junior ministers met in Germany on Saturday, officials said.",),
        ("The talks were the first at that level since relations froze.",),
        ("Both sides agreed to keep talking, although no date was set.",),
        ("The next round may be held in Vienna, diplomats said.",),
    ),
)
COLLECTION = """
furniture:
- {kind: audio, part: tuning, line: "Tap to unmute"}
- {kind: related, part: tuning, line: "Quux zorblax"}
- {kind: newsletter, part: heldout, line: "Zorblax quux"}
- {kind: advert, part: heldout, line: "Advertisement"}
genuine:
- {group: closing, part: tuning, line: "The talks ended on Sunday, officials said."}
- {group: heading, part: heldout, line: "Inbox overload"}
- "A plain genuine line without a group."
"""


def test_kinds_and_groups_go_where_pages_put_them() -> None:
    assert fp.PLACES["audio"] == (fp.HEAD,)
    assert fp.PLACES["newsletter"] == (fp.TAIL,)
    assert fp.PLACES["cookie"] == (fp.HEAD, fp.TAIL)
    assert fp.PLACES["related"] == (fp.BODY,)
    assert fp.PLACES["navigation"] == (fp.HEAD,)
    assert fp.placed(ARTICLE, "x", fp.HEAD)[0] == ("x",)
    assert fp.placed(ARTICLE, "x", fp.BODY)[1] == ("x",)
    assert fp.placed(ARTICLE, "x", fp.TAIL)[-1] == ("x",)


def test_halves_are_counted_apart_and_only_the_tuning_half_is_shown(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(COLLECTION, encoding="utf-8")
    lines = fp.load_lines(path)
    assert [(line.kind, line.group, line.part) for line in lines][-1] == (None, "", "tuning")
    counts, shown = fp.positions(lines, [ARTICLE])
    assert (counts["tuning found"], counts["tuning lines"]) == (1, 2)  # at the head, by the edge rule
    assert (counts["heldout found"], counts["heldout lines"]) == (1, 2)  # the made-up words stay
    # the heading goes between paragraphs and above the article: two placements, both kept
    assert (counts["heldout genuine removed"], counts["heldout genuine lines"]) == (0, 2)
    assert (counts["tuning genuine removed"], counts["tuning genuine lines"]) == (0, 2)
    assert shown == ["missed related (body): Quux zorblax"]  # the held-out miss is not printed
    text = "\n".join(fp.report(counts, fp.unseen_generator(lines, [ARTICLE], seed=1)))
    assert "tuning: furniture found where pages put it 1/2 (50.0%)" in text
    assert "heldout: furniture found where pages put it 1/2 (50.0%)" in text
