"""Pytest options and fixtures shared by the suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import built_project


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden from current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project (config, hand-written docs, the five seeds) built once with both tools."""
    return built_project(tmp_path_factory.mktemp("site") / "project")
