"""The smaller holes of issue #11, each answered with one clear line and its exit status."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from storage.database import open_database
from storage.repository import Repository
from tests.storage.test_repository import client


@pytest.fixture
def db(tmp_path: Path, examples_dir: Path, polku_en: Any) -> Path:
    path = tmp_path / "polku.sqlite3"
    assert polku_en("--db", path, "import", examples_dir / "three-clients.json").returncode == 0
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- An identity code without its century sign ------------------------------------------------


def test_an_identity_code_without_its_century_sign_is_redacted_from_prints(
    examples_dir: Path,
) -> None:
    from pathways.exchange import load_file
    from pathways.printing import Redactor

    person = load_file(examples_dir / "three-clients.json").clients[0]
    redact = Redactor(person, pseudonym=None)
    assert "0511799515" not in redact("Soittaa, hetu 0511799515, ehkä")
    assert "051179-9515" not in redact("hetu 051179-9515")
    # Ten digits that are no identity code (a wrong check character) stay: a phone number.
    assert "0401234567" in redact("puh. 0401234567")


# --- Files that are no files -------------------------------------------------------------------


@pytest.mark.parametrize("command", ["validate", "import"])
def test_validate_and_import_of_a_pipe_or_a_device_are_exit_2_at_once(
    tmp_path: Path, command: str, polku_process: Any
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/zero")):
        extra = ["--db", tmp_path / "x.sqlite3"] if command == "import" else []
        result = polku_process("--lang", "en", *extra, command, target, timeout=30)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr == f"{target}: not a file (a pipe or a device)\n"
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_database_that_is_a_pipe_or_a_device_is_exit_2_at_once(
    tmp_path: Path, polku_process: Any
) -> None:
    fifo = tmp_path / "db.sqlite3"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/zero")):
        result = polku_process("--lang", "en", "--db", target, "clients", timeout=30)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr == (
            f"polku: {target} is not a file (a pipe or a device); nothing was opened\n"
        )


def test_a_file_over_the_size_limit_is_exit_2_without_reading_it(
    tmp_path: Path, polku_en: Any
) -> None:
    from pathways import exchange

    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # sparse: 10 GB that take no disk and must not be read
        handle.truncate(10 * 1024**3)
    status, out, err = polku_en("validate", big)
    assert (status, out) == (2, "")
    assert err == (
        f"{big}: larger than {exchange.MAX_FILE_BYTES // 1024**2} MB, the most an exchange file "
        "may be\n"
    )


def test_a_file_denser_than_any_export_is_refused_before_it_is_parsed(
    tmp_path: Path, polku_en: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathways import exchange

    monkeypatch.setattr(exchange, "MAX_CONTAINERS", 1000)
    dense = tmp_path / "dense.json"
    dense.write_text("[" + ",".join(["{}"] * 2000) + "]")
    status, out, err = polku_en("validate", dense)
    assert (status, out) == (2, "")
    assert err.startswith(f"{dense}: holds more objects and lists than an exchange file can")


# --- Names that would fake rows ------------------------------------------------------------------


def test_names_with_newlines_or_invisible_characters_cannot_fake_rows(
    db: Path, polku_en: Any
) -> None:
    database = open_database(str(db))
    try:
        repository = Repository(database)
        repository.create_client(client("x1", "Ville Virta\ne9        Forged Person"))
        repository.create_client(client("x2", "Ma\u200btti \u202eNen"))
    finally:
        database.close()
    status, out, err = polku_en("--db", db, "clients")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 1 + 5  # the heading and five clients: no forged row
    assert not any(line.startswith("e9 ") for line in lines)
    assert any("Ville Virta\\u000ae9" in line for line in lines)
    assert any("Ma\\u200btti \\u202eNen" in line for line in lines)


# --- Private and kept output files --------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".json", ".pdf"])
def test_report_files_are_private(
    db: Path, tmp_path: Path, polku_en: Any, suffix: str
) -> None:
    out = tmp_path / f"report{suffix}"
    old = os.umask(0o022)
    try:
        assert polku_en("--db", db, "report", "-o", out).returncode == 0
    finally:
        os.umask(old)
    assert mode(out) == 0o600


@pytest.mark.parametrize(
    "command",
    [
        ["export", "-o"],
        ["report", "-o"],
        ["print", "--client", "e2", "-o"],
        ["backup", "-o"],
    ],
    ids=["export", "report", "print", "backup"],
)
def test_an_existing_read_only_output_file_is_not_replaced(
    db: Path, tmp_path: Path, polku_en: Any, command: list[str]
) -> None:
    out = tmp_path / ("kept.pdf" if command[0] in ("print", "report") else "kept.json")
    out.write_bytes(b"the user's own")
    os.chmod(out, 0o444)
    status, stdout, err = polku_en("--db", db, *command, out)
    assert (status, stdout) == (2, "")
    assert err == f"{out}: the file exists and is read-only; nothing was written\n"
    assert out.read_bytes() == b"the user's own"


# --- One clear line -------------------------------------------------------------------------------


def test_audit_from_the_first_day_of_the_calendar_is_answered(
    db: Path, polku_en: Any
) -> None:
    status, out, err = polku_en("--db", db, "audit", "--from", "0001-01-01",
                                "--to", "9999-12-31")  # fmt: skip
    assert (status, err) == (0, "") and "import" in out


@pytest.mark.parametrize("url", ["postgresql://localhost:abc/polku",
                                 "postgresql://localhost:99999/polku"])  # fmt: skip
def test_a_bad_postgresql_port_is_one_line(url: str, polku_en: Any) -> None:
    status, out, err = polku_en("--db", url, "clients")
    assert (status, out) == (1, "") and len(err.splitlines()) == 1
    assert "unexpected" not in err


def test_a_file_in_a_folder_that_cannot_be_read_is_one_line(
    tmp_path: Path, polku_en: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads every folder, so the operating system's refusal is what the test makes true.
    target = tmp_path / "locked" / "clients.json"

    def refused(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", refused)
    status, out, err = polku_en("--db", tmp_path / "x.sqlite3", "import", target)
    assert (status, out) == (1, "")
    assert err == f"polku: {target}: Permission denied\n"


# --- Nothing of a name on standard error ----------------------------------------------------------


def test_glyphs_missing_from_the_font_never_spell_a_name_on_standard_error(
    db: Path, tmp_path: Path, polku_process: Any
) -> None:
    database = open_database(str(db))
    try:
        Repository(database).create_client(client("x9", "ᚠᚢᚦ Ꭰ𓀀 Runoilija"))
    finally:
        database.close()
    # A real process: the warnings would reach the terminal's standard error.
    result = polku_process("--lang", "en", "--db", db, "print", "--client", "x9",
                           "-o", tmp_path / "x.pdf")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert not re.search(r"RUNIC|CHEROKEE|HIEROGLYPH|Glyph", result.stderr)
