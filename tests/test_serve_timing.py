"""The serve benchmark works end to end: an edited seed reaches its page under ``mkdocs serve --dirty``.

No timing threshold here: the targets live in the benchmark (``dossier.bench.serve``).
"""

from __future__ import annotations

from pathlib import Path

from dossier.bench.serve import measure_serve, seed_page
from tests.helpers import built_project


def test_dirty_serve_shows_an_edited_seed(tmp_path: Path) -> None:
    project = built_project(tmp_path / "p")
    seed, _ = seed_page(project)
    original = seed.read_bytes()

    timing = measure_serve(project, dirty=True, timeout=120)

    assert timing.dirty
    assert timing.startup_s > 0
    assert timing.edit_to_served_s is not None and timing.edit_to_served_s > 0, timing.note
    assert "/archive/ answered 200" in timing.note
    assert seed.read_bytes() == original  # the benchmark leaves the seed as it found it
