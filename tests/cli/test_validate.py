"""`polku validate FILE`: every error of an exchange file on standard error, exit 2; changes
nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_a_valid_file_exits_0_with_a_one_line_summary(polku: Any, examples_dir: Path) -> None:
    result = polku("validate", str(examples_dir / "three-clients.json"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "valid: 3 clients, 3 pathways, 10 steps\n"
    assert result.stderr == ""


def test_the_summary_counts_in_the_singular_too(polku: Any, tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"format": "polku.exchange", "version": 1, "clients": [
        {"id": "c", "name": "N", "pathways": [{"id": "p", "title": "T", "status": "draft",
                                               "steps": [{"id": "s", "service": "work_trial",
                                                          "status": "planned"}],
                                               "transitions": []}]}]}))
    result = polku("--lang", "en", "validate", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "valid: 1 client, 1 pathway, 1 step\n"


def test_four_errors_exits_2_with_every_error_located(polku: Any, examples_dir: Path) -> None:
    source = examples_dir / "invalid" / "four-errors.json"
    expected = (examples_dir / "invalid" / "four-errors.expected.txt").read_text().split()
    result = polku("validate", str(source), "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    prefix = f"{source}: "
    assert all(line.startswith(prefix) for line in lines), lines
    assert [line[len(prefix):].split(": ", 1)[0] for line in lines] == expected
    assert lines[0] == f"{prefix}{expected[0]}: end 2026-01-01 is before start 2026-02-01"
    assert "Traceback" not in result.stderr


def test_the_file_is_named_as_given(polku: Any, tmp_path: Path, examples_dir: Path) -> None:
    (tmp_path / "four.json").write_bytes(
        (examples_dir / "invalid" / "four-errors.json").read_bytes())
    result = polku("validate", "four.json", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[2] == (
        "four.json: clients[2].personal_id: the check character of the personal identity code "
        "does not match")


def test_a_file_that_is_not_json_is_refused_with_one_line(polku: Any, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("Asiakas: Aino\n", encoding="utf-8")
    result = polku("validate", str(path), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"{path}: not a JSON file")


def test_a_file_of_another_format_is_refused_with_one_line(polku: Any, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"format": "other.exchange", "version": 1, "clients": []}))
    result = polku("validate", str(path), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr == (
        f'{path}: format: not a Polku exchange file: the format is "other.exchange", not '
        '"polku.exchange"\n')


def test_a_file_of_another_version_is_refused_with_one_line(polku: Any, tmp_path: Path) -> None:
    path = tmp_path / "v2.json"
    path.write_text(json.dumps({"format": "polku.exchange", "version": 2, "clients": []}))
    result = polku("validate", str(path), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{path}: version: version 2 of the exchange format is not supported; this program "
        "reads version 1"]


def test_a_missing_file_is_exit_2_and_no_database_is_created(polku: Any, tmp_path: Path) -> None:
    database = tmp_path / "polku.sqlite3"
    missing = tmp_path / "missing.json"
    result = polku("validate", str(missing), "--db", str(database), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr == f"{missing}: no such file\n"
    assert not database.exists()


def test_validate_opens_no_database(polku: Any, tmp_path: Path, examples_dir: Path) -> None:
    # Even an unusable --db target does not matter: validate checks the file alone.
    database = tmp_path / "no-such-folder" / "polku.sqlite3"
    result = polku("validate", str(examples_dir / "three-clients.json"), "--db", str(database))
    assert result.returncode == 0, result.stderr
    assert not database.parent.exists()


def test_the_default_language_gives_the_same_one_line_summary(
    polku: Any, examples_dir: Path
) -> None:
    # Finnish is the default; whatever the translation says, the summary is one line with the
    # figures in it.
    result = polku("validate", str(examples_dir / "three-clients.json"))
    assert result.returncode == 0
    assert result.stdout.count("\n") == 1
    for number in ("3", "10"):
        assert number in result.stdout


def test_a_file_without_read_permission(polku: Any, tmp_path: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root reads every file; the case cannot be made here")
    path = tmp_path / "private.json"
    path.write_text("{}")
    path.chmod(0)
    result = polku("validate", str(path), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.startswith(f"{path}: cannot read the file")
