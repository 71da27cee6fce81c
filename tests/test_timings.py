"""Stage timings: every second of a build is counted once, in the stage that spent it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from dossier.pipeline import Timings


class Clock:
    """perf_counter for the test: time moves only when ``spend`` says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def spend(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(time, "perf_counter", clock)  # the module pipeline reads it from
    return clock


def test_a_stage_inside_another_is_counted_once(clock: Clock) -> None:
    timings = Timings()
    with timings.stage("render"):
        clock.spend(1.0)
        with timings.stage("write"):
            clock.spend(2.0)
            with timings.stage("render"):
                clock.spend(4.0)
            clock.spend(8.0)
        clock.spend(16.0)
    assert timings.stages == {"render": 21.0, "write": 10.0}
    assert sum(timings.stages.values()) == clock.now


def test_each_counts_the_time_to_produce_every_item(clock: Clock) -> None:
    def produce() -> Iterator[int]:
        for n in range(3):
            clock.spend(1.0)  # rendering the next file
            yield n
        clock.spend(0.5)  # finding there is no more

    timings = Timings()
    with timings.stage("write"):
        for _ in timings.each("render", produce()):
            clock.spend(10.0)  # writing it
    assert timings.stages == {"render": 3.5, "write": 30.0}
