"""The furniture-model measurement (evaluation/furniture_model.py): repeatable features, a model
that learns a separable toy set, and a report that scores the rules and the model apart."""

from __future__ import annotations

import numpy as np

from dossier.evaluation.furniture_model import BUCKETS, Lines, features, matrix, report, train


def test_features_are_repeatable_hashed_and_see_shape() -> None:
    one = features("Listen to this article")
    assert one == features("Listen to this article")
    assert all(0 <= f < BUCKETS for f in one)
    assert features("Listen to this article.") != one  # the line's end is a feature


def test_a_separable_toy_set_is_learned() -> None:
    furniture = ["Sign up for our newsletter", "Accept all cookies", "Listen to this story", "Advertisement"]
    genuine = ["The minister resigned on Monday.", "Prices rose by 3% in May.", "Rain fell across the north."]
    x = matrix(furniture + genuine)
    y = np.array([1.0] * len(furniture) + [0.0] * len(genuine))
    w = train(x, y, strength=10.0)
    scores = x @ w[:-1] + w[-1]
    assert scores[: len(furniture)].min() > scores[len(furniture) :].max()


def test_report_counts_the_rules_and_the_model_apart() -> None:
    lines = Lines(
        train_furniture=["Sign up for our newsletter", "Accept all cookies", "Read more"],
        test_furniture=["Sign up for the daily newsletter", "Zorblax quux"],
        train_genuine=[f"The council met on day {n} and agreed the budget." for n in range(8)],
        test_genuine=["The council met again and agreed nothing."],
    )
    text = "\n".join(report(lines, [10.0]))
    assert "rules alone: 1/2 held-out furniture lines; 0 genuine test lines removed" in text
    assert "C=10, zero lost threshold" in text
