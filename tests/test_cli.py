"""Command line and settings: exit codes, the rejected-file report, strict mode, config errors."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from dossier.cli import main
from dossier.config import load_settings
from dossier.errors import ConfigError
from dossier.pipeline import build
from dossier.progress import Progress
from tests.helpers import make_project, run_dossier, run_mkdocs


def _project(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "p")
    (project / "seeds" / "scan.pdf").write_bytes(b"%PDF")
    return project


def test_build_reports_rejected_files_and_succeeds_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _project(tmp_path)
    assert main(["build", "--root", str(project)]) == 0
    err = capsys.readouterr().err
    assert "5 published, 1 rejected" in err
    assert "  1 × corrupt or unreadable file: open the file in its program and save it again" in err
    assert "REJECTED scan.pdf: is not a readable PDF" in err


def test_rejections_are_grouped_by_reason_with_a_count_and_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p")
    for i in range(40):
        (project / "seeds" / f"old-{i:02d}.doc").write_bytes(b"\xd0\xcf")
    (project / "seeds" / "photo.jpg").write_bytes(b"\xff\xd8")
    assert main(["build", "--root", str(project)]) == 0
    err = capsys.readouterr().err
    assert "dossier: 41 file(s) rejected, by reason (all are listed on the Data quality page):" in err
    assert "  40 × unsupported file type .doc: convert to .docx: libreoffice --headless --convert-to docx FILE" in err
    assert "  1 × unsupported file type .jpg: an image of text: make a searchable PDF with OCR" in err
    assert err.count("REJECTED old-") == 5 and "    ... and 35 more" in err
    assert len(err.splitlines()) < 15


def test_a_build_that_publishes_nothing_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p")
    for seed in (project / "seeds").iterdir():
        seed.unlink()
    assert main(["build", "--root", str(project)]) == 1
    assert "dossier: error: nothing to publish: seeds/ holds no files; add .docx, .htm, .html, .pdf, .txt files" in (
        capsys.readouterr().err
    )
    (project / "seeds" / "a.rtf").write_bytes(b"{\\rtf1}")
    (project / "seeds" / "b.txt").write_bytes(b"")
    assert main(["build", "--root", str(project)]) == 1
    err = capsys.readouterr().err
    assert "1 × unsupported file type .rtf: convert to .docx" in err and "1 × empty file" in err
    assert err.rstrip().endswith(
        "dossier: error: nothing to publish: every file under seeds/ was rejected (2, by reason above)"
    )
    assert not (project / "docs" / "archive").exists()  # nothing written


def test_progress_is_shown_on_a_terminal_and_never_in_logs(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    terminal = _Terminal()
    build(load_settings(project), Progress.for_terminal(terminal))
    shown = terminal.getvalue()
    assert "dossier: 5/5 read" in shown and "5/5 extracted" in shown and "files written" in shown
    assert shown.endswith("\r")  # the status line is cleared before the summary
    piped = io.StringIO()
    assert Progress.for_terminal(piped).stream is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_make_site_reports_each_rejection_once(tmp_path: Path) -> None:
    project = _project(tmp_path)
    generated = run_dossier(project)
    built = run_mkdocs(project)
    assert built.returncode == 0, built.stderr
    assert generated.stderr.count("REJECTED scan.pdf") == 1
    assert "scan.pdf" not in built.stderr + built.stdout  # the hook's build changed nothing: already reported


def test_mkdocs_alone_reports_rejections_and_fails_on_an_empty_archive(tmp_path: Path) -> None:
    project = _project(tmp_path)
    built = run_mkdocs(project)
    assert built.returncode == 0, built.stderr
    assert built.stderr.count("REJECTED scan.pdf") == 1
    for seed in (project / "seeds").glob("*.txt"):
        seed.unlink()
    failed = run_mkdocs(project)
    assert failed.returncode == 1
    assert "dossier: nothing to publish: every file under seeds/ was rejected (1, by reason above)" in failed.stderr


def test_strict_mode_fails_on_rejected_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _project(tmp_path)
    assert main(["build", "--root", str(project), "--strict"]) == 1
    assert "strict mode" in capsys.readouterr().err


def test_second_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p")
    assert main(["build", "--root", str(project)]) == 0
    assert main(["build", "--root", str(project)]) == 0
    assert "0 file(s) written" in capsys.readouterr().out.splitlines()[-2]


def test_missing_seeds_folder_is_a_config_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--root", str(tmp_path)]) == 2
    assert "seeds folder" in capsys.readouterr().err


def test_unknown_and_bad_settings_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.dossier]\ncolour = "red"\nmax_seed_bytes = "big"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(tmp_path)
    assert "unknown setting 'colour'" in str(info.value)
    assert "'max_seed_bytes' must be an int > 0" in str(info.value)


def test_site_name_comes_from_mkdocs_yml(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    assert load_settings(project).site_name == "UK–Russia diplomatic talks, 2019–2023"


def test_fallback_encodings_setting_is_validated(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.dossier]\nfallback_encodings = ["cp1252", "klingon"]\n')
    with pytest.raises(ConfigError, match=r"unknown: \['klingon'\]"):
        load_settings(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.dossier]\nfallback_encodings = ["cp1252"]\n')
    assert load_settings(tmp_path).fallback_encodings == ("cp1252",)


def test_a_seed_linked_to_a_private_file_is_rejected_and_nothing_of_it_is_published(tmp_path: Path) -> None:
    secret = tmp_path / "private"
    secret.mkdir()
    (secret / "id_rsa.txt").write_text("Private key\nSECRET-7f3a9c\n", "utf-8")
    (secret / "curation.yml").write_text("title: SECRET-7f3a9c\n", "utf-8")
    project = make_project(tmp_path / "p")
    seeds = project / "seeds"
    (seeds / "notes.txt").symlink_to(secret / "id_rsa.txt")
    (seeds / "002_c7494566f5f2e8ae.yml").symlink_to(secret / "curation.yml")
    (seeds / "vault").symlink_to(secret, target_is_directory=True)
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    for name in ("notes.txt", "002_c7494566f5f2e8ae.yml", "vault"):
        assert f"REJECTED {name}: is a symbolic link; copy the file into seeds/ instead" in result.stderr
    published = [p for p in (project / "docs").rglob("*") if p.is_file()]
    assert published and not [p for p in published if b"SECRET-7f3a9c" in p.read_bytes()]
    assert run_dossier(project, "--strict").returncode == 1


def test_mkdocs_after_build_with_another_seeds_folder_keeps_that_folder(tmp_path: Path) -> None:
    """`dossier build --seeds DIR` then `mkdocs build`: the hook rebuilds from DIR, as built, and
    does not replace DIR's pages with those of the configured seeds/."""
    project = make_project(tmp_path / "p")
    other = project / "other-seeds"
    other.mkdir()
    (other / "briefing.txt").write_text("A briefing from another folder\nIts only paragraph.\n", "utf-8")
    assert run_dossier(project, "--seeds", str(other)).returncode == 0
    built = run_mkdocs(project)
    assert built.returncode == 0, built.stderr
    assert "building from" in built.stderr and "other-seeds" in built.stderr
    pages = sorted(p.parent.name for p in (project / "docs" / "archive" / "documents").glob("*/index.md"))
    assert pages == ["a-briefing-from-another-folder"]
    assert (project / "site" / "archive" / "documents" / "a-briefing-from-another-folder" / "index.html").is_file()
    assert run_dossier(project).returncode == 0  # built from the configured folder again: the hook follows
    assert run_mkdocs(project).returncode == 0
    assert len(list((project / "docs" / "archive" / "documents").glob("*/index.md"))) == 5


def test_the_command_exits_at_once_with_everything_written_and_said(tmp_path: Path) -> None:
    """`python -m dossier` leaves without freeing its heap (cli.run): its summary is printed, its
    exit status kept, and the cache it wrote is whole, so the next run finds nothing changed."""
    project = make_project(tmp_path / "p")
    first = run_dossier(project)
    assert first.returncode == 0, first.stderr
    assert re.search(r"dossier: 5 published, 0 rejected; [1-9]\d* file\(s\) written", first.stdout), first.stdout
    assert first.stdout.endswith("\n") and "stages:" in first.stdout.splitlines()[-1]
    again = run_dossier(project)
    assert again.returncode == 0 and "0 file(s) written" in again.stdout, again.stdout
    (project / "seeds" / "broken.txt").write_bytes(b"\xff\xfe not text")
    strict = run_dossier(project, "--strict")
    assert strict.returncode == 1 and "REJECTED broken.txt" in strict.stderr, strict.stderr
