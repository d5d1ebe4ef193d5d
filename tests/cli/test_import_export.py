"""`polku import` and `polku export` as a user runs them: exit statuses, messages, files."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from pathways import exchange

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
        }


def test_import_prints_a_one_line_summary(polku: Any, tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "x.sqlite3"
    result = polku("--lang", "en", "--db", db, "import", examples_dir / "three-clients.json")
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "imported 3 clients, 3 pathways, 10 steps\n",
        "",
    )


def test_import_then_export_round_trip(polku: Any, tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "x.sqlite3"
    example = examples_dir / "three-clients.json"
    assert polku("--db", db, "import", example).returncode == 0
    out = tmp_path / "out.json"
    result = polku("--lang", "en", "--db", db, "export", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"exported 3 clients, 3 pathways, 10 steps to {out}\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # it holds personal data
    written = json.loads(out.read_text(encoding="utf-8"))
    original = json.loads(example.read_text(encoding="utf-8"))
    assert exchange.comparable(written) == exchange.comparable(original)

    other = tmp_path / "other.sqlite3"
    assert polku("--db", other, "import", out).returncode == 0
    again = tmp_path / "again.json"
    assert polku("--db", other, "export", "-o", again).returncode == 0
    assert exchange.comparable(json.loads(again.read_text("utf-8"))) == exchange.comparable(
        original
    )


def test_export_of_named_clients(polku: Any, tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "x.sqlite3"
    polku("--db", db, "import", examples_dir / "three-clients.json")
    out = tmp_path / "two.json"
    result = polku(
        "--lang", "en", "--db", db, "export", "--client", "e3", "--client", "e1", "-o", out
    )
    assert result.returncode == 0, result.stderr
    assert [c["id"] for c in json.loads(out.read_text("utf-8"))["clients"]] == ["e1", "e3"]


def test_export_of_an_unknown_client_is_exit_2_and_writes_nothing(
    polku: Any, tmp_path: Path, examples_dir: Path
) -> None:
    db = tmp_path / "x.sqlite3"
    polku("--db", db, "import", examples_dir / "three-clients.json")
    out = tmp_path / "out.json"
    result = polku("--lang", "en", "--db", db, "export", "--client", "nobody", "-o", out)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == ["polku: no client with id nobody"]
    assert not out.exists()


def test_invalid_file_is_exit_2_with_one_line_per_error(
    polku_process: Any, tmp_path: Path, examples_dir: Path
) -> None:
    """The real program's exit status (a process, not main.run)."""
    db = tmp_path / "x.sqlite3"
    invalid = examples_dir / "invalid" / "four-errors.json"
    expected = (examples_dir / "invalid" / "four-errors.expected.txt").read_text().split()
    assert polku_process("--db", db, "import", examples_dir / "three-clients.json").returncode == 0
    before = rows(db)
    result = polku_process("--lang", "en", "--db", db, "import", invalid, "--replace")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert [line.split(": ")[1] for line in lines] == expected
    assert all(line.startswith(f"{invalid}: ") for line in lines)
    assert "Traceback" not in result.stderr
    assert rows(db) == before


def test_existing_ids_need_replace(polku: Any, tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "x.sqlite3"
    example = examples_dir / "three-clients.json"
    polku("--db", db, "import", example)
    before = rows(db)
    result = polku("--lang", "en", "--db", db, "import", example)
    assert result.returncode == 2
    assert [line.split(": ")[1] for line in result.stderr.splitlines()] == [
        "clients[0].id",
        "clients[1].id",
        "clients[2].id",
    ]
    assert "--replace" in result.stderr
    assert rows(db) == before
    replaced = polku("--lang", "en", "--db", db, "import", example, "--replace")
    assert (replaced.returncode, replaced.stdout) == (
        0,
        "imported 3 clients, 3 pathways, 10 steps\n",
    )


@pytest.mark.parametrize("content", [b"{not json", b'{"format": "other", "version": 1}'])
def test_a_file_that_is_not_an_exchange_file_is_refused_in_one_line(
    polku: Any, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = polku("--db", tmp_path / "x.sqlite3", "import", path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"{path}: ")


def test_a_missing_file_is_exit_2_and_creates_no_database(polku: Any, tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    result = polku("--lang", "en", "--db", db, "import", tmp_path / "nowhere.json")
    assert result.returncode == 2
    assert result.stderr == f"{tmp_path / 'nowhere.json'}: no such file\n"
    assert not db.exists()


def test_a_newer_database_is_exit_1_and_unchanged(
    polku: Any, polku_process: Any, tmp_path: Path, examples_dir: Path
) -> None:
    """The real program's exit status (a process, not main.run)."""
    db = tmp_path / "x.sqlite3"
    polku("--db", db, "import", examples_dir / "three-clients.json")
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.close()
    before = db.read_bytes()
    result = polku_process("--lang", "en", "--db", db, "export", "-o", tmp_path / "out.json")
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "newer version of Polku" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before
    assert not (tmp_path / "out.json").exists()


def test_export_into_a_missing_folder_is_exit_2(polku: Any, tmp_path: Path) -> None:
    result = polku("--db", tmp_path / "x.sqlite3", "export", "-o", tmp_path / "no" / "out.json")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
