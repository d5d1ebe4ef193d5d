"""`audit`, `backup`, `restore` and `erase` as a user runs them, and how every command answers a
damaged, newer, read-only or full database: exit 1, one line, nothing changed.

Most cases run in-process through ``main.run`` (fast); a few as real subprocesses.
"""

from __future__ import annotations

import json
import re
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from storage import backups
from storage import database as storage_database


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
        }


@pytest.fixture
def db(tmp_path: Path, examples_dir: Path, polku_en: Any) -> Path:
    """A database holding the three example clients (e1, e2, e3)."""
    path = tmp_path / "polku.sqlite3"
    assert polku_en("--db", path, "import", examples_dir / "three-clients.json").returncode == 0
    return path


# --- audit --------------------------------------------------------------------------------------


def test_audit_lists_who_did_what_in_aligned_columns(
    db: Path, tmp_path: Path, polku_en: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLKU_WORKER", "Sanna S")
    assert polku_en("--db", db, "check", "--client", "e2").returncode == 0
    printed = polku_en("--db", db, "print", "--client", "e2", "-o", tmp_path / "e2.pdf")
    assert printed.returncode == 0

    status, out, err = polku_en("--db", db, "audit", "--client", "e2")

    assert (status, err) == (0, "")
    header, *lines = out.splitlines()
    assert header.split() == ["When", "User", "Worker", "Client", "key", "Action", "What"]
    actions = [line[header.index("Action"):].split()[0] for line in lines]
    assert actions == ["import", "view", "check", "view", "print"]
    # The pathway by its internal key, never by its id from the file.
    assert re.fullmatch(r"pathway #\d+", lines[2][header.index("What"):])
    assert all(line[header.index("Worker"):].startswith("Sanna S") for line in lines[1:])
    assert "Peltonen" not in out and "Jussi" not in out  # the log names no one


def test_audit_json_has_stable_keys_and_filters_by_date(
    db: Path, polku_en: Any
) -> None:
    status, out, _err = polku_en("--db", db, "audit", "--json")
    document = json.loads(out)
    assert status == 0 and document["chain_problems"] == []
    assert len(document["entries"]) == 3
    assert set(document["entries"][0]) == {
        "number", "at", "os_user", "worker", "client_key", "action", "target", "hash",
        "db_user",  # the database account on a server (null on a file), since revision 0006
    }
    assert document["entries"][0]["at"].endswith("+00:00")
    status, out, _err = polku_en(
        "--db", db, "audit", "--json", "--from", "2000-01-01", "--to", "2000-12-31"
    )
    assert json.loads(out)["entries"] == []
    status, out, err = polku_en("--db", db, "audit", "--client", "nobody")
    assert (status, out, err) == (2, "", "polku: no client with id nobody\n")


def test_audit_of_a_tampered_log_is_exit_1_in_one_line(
    db: Path, polku_en: Any
) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TRIGGER access_log_no_update")
        connection.execute("UPDATE access_log SET os_user = 'nobody' WHERE pk = 2")
    status, out, err = polku_en("--db", db, "audit")
    assert status == 1 and out.count("\n") == 4
    assert err.splitlines() == [
        "polku audit: the access log was changed after it was written: 1 problems in its hash "
        "chain (the first: access log entry 2: its content was changed after it was written)"
    ]


# --- backup and restore -------------------------------------------------------------------------


def test_backup_writes_a_private_sound_copy_and_is_logged(
    db: Path, tmp_path: Path, polku_en: Any
) -> None:
    out_file = tmp_path / "copy.sqlite3"
    status, out, err = polku_en("--db", db, "backup", "-o", out_file)
    assert (status, out, err) == (0, f"backed up the database to {out_file}\n", "")
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    assert backups.check_backup(out_file).sound
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with sqlite3.connect(out_file) as copy:  # the copy holds its own log entry
        assert copy.execute(
            "SELECT client_key, action FROM access_log ORDER BY pk DESC LIMIT 1"
        ).fetchone() == (None, "backup")
    status, _out, err = polku_en("--db", db, "backup", "-o", tmp_path / "no" / "x")
    assert status == 2 and len(err.splitlines()) == 1


def test_restore_checks_the_file_first_and_keeps_the_replaced_database(
    db: Path, tmp_path: Path, polku_en: Any
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert polku_en("--db", db, "backup", "-o", copy).returncode == 0
    assert polku_en("--db", db, "erase", "--client", "e1", "--yes").returncode == 0

    junk = tmp_path / "junk.bak"
    junk.write_text("junk")
    before = rows(db)
    status, out, err = polku_en("--db", db, "restore", junk)
    assert (status, out) == (2, "")
    assert err == f"{junk}: not a sound Polku backup: not a Polku database (not an SQLite file)\n"
    assert rows(db) == before

    status, out, err = polku_en("--db", db, "restore", copy)
    assert (status, err) == (0, "")
    [aside] = db.parent.glob("polku.sqlite3.replaced-*")
    assert out == (
        f"restored {copy} into {db}; the replaced database is kept as {aside}; "
        "1 erased client in the backup was erased again\n"
    )
    assert [r[1] for r in rows(db)["clients"]] == ["e2", "e3"]
    assert [b.reason for b in backups.list_backups(db)][:1] == ["before-restore"]


# --- erase --------------------------------------------------------------------------------------


def test_erase_needs_yes_off_a_terminal(db: Path, polku_en: Any) -> None:
    before = rows(db)
    result = polku_en("--db", db, "erase", "--client", "e1")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "polku erase: not run on a terminal, so confirm with --yes; nothing was erased\n"
    )
    assert rows(db) == before


def test_erase_on_a_terminal_asks_for_the_client_id(
    db: Path, polku_en: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["e2 ", "e1"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    before = rows(db)
    status, _out, err = polku_en("--db", db, "erase", "--client", "e1", terminal=True)
    assert (status, err) == (2, "polku erase: not confirmed; nothing was erased\n")
    assert rows(db) == before
    status, out, err = polku_en("--db", db, "erase", "--client", "e1", terminal=True)
    assert (status, err) == (0, "")
    first, outside = out.splitlines()
    assert first.startswith("erased client e1 and everything about them (1 pathway)")
    assert outside == (
        "files outside Polku's folder (backup -o copies, exports, prints) are yours: delete "
        "them yourself"
    )
    assert "e1" not in {r[1] for r in rows(db)["clients"]}
    assert b"Noora" not in db.read_bytes()


def test_erase_of_an_unknown_client_is_exit_2(db: Path, polku_en: Any) -> None:
    status, out, err = polku_en("--db", db, "erase", "--client", "nobody", "--yes")
    assert (status, out, err) == (2, "", "polku erase: no client with id nobody\n")


# --- A database that cannot be used -------------------------------------------------------------


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 200] = bytes(range(192))
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_exit_1_unchanged_and_names_a_backup(
    db: Path, tmp_path: Path, polku_en: Any
) -> None:
    backup = backups.make_backup(db, backups.HOURLY)
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db)
    before = db.read_bytes()
    for command in (["clients"], ["export", "-o", tmp_path / "x.json"], ["audit"]):
        status, out, err = polku_en("--db", db, *command)
        assert (status, out) == (1, "")
        assert len(err.splitlines()) == 1 and "is damaged" in err
        assert f"polku restore {backup}" in err
        assert db.read_bytes() == before
    assert polku_en("--db", db, "restore", backup).returncode == 0
    assert polku_en("--db", db, "clients").returncode == 0


@pytest.mark.parametrize("kind", ["not a database", "newer"])
def test_a_foreign_or_newer_file_is_exit_1_and_unchanged(
    db: Path, polku_en: Any, examples_dir: Path, kind: str
) -> None:
    if kind == "newer":
        with sqlite3.connect(db) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0999'")
    else:
        db.write_bytes(b"PK\x03\x04 a zip file, not a database" * 100)
    before = db.read_bytes()
    status, out, err = polku_en("--db", db, "import", "--replace",
                                examples_dir / "three-clients.json")
    assert (status, out) == (1, "") and len(err.splitlines()) == 1
    assert ("newer version of Polku" if kind == "newer" else "is not a Polku database") in err
    assert db.read_bytes() == before


def test_a_read_only_database_is_exit_1_for_changes_and_readable_otherwise(
    db: Path, tmp_path: Path, polku_en: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write any file, so "this user cannot write it" is what the test makes true.
    monkeypatch.setattr(storage_database, "_writable", lambda _path: False)
    before = rows(db)
    status, out, err = polku_en("--db", db, "erase", "--client", "e1", "--yes")
    assert (status, out) == (1, "")
    assert err == f"polku: the database {db} is read-only; nothing was changed\n"
    status, out, err = polku_en("--db", db, "export", "-o", tmp_path / "x.json")
    assert status == 1 and "read-only" in err and not (tmp_path / "x.json").exists()
    assert polku_en("--db", db, "clients").returncode == 0
    assert polku_en("--db", db, "check", "--client", "e1").returncode == 0
    assert rows(db) == before


def many_clients(examples_dir: Path, path: Path, count: int) -> Path:
    """An exchange file of *count* new clients with long notes (a few hundred KB)."""
    document = json.loads((examples_dir / "three-clients.json").read_text("utf-8"))
    template = document["clients"][0]
    clients = []
    for n in range(count):
        person = {key: value for key, value in template.items() if key != "personal_id"}
        clients.append(person | {"id": f"new-{n:04d}", "notes": f"muistiinpano {n} " * 300})
    path.write_text(json.dumps(document | {"clients": clients}), encoding="utf-8")
    return path


def test_a_full_disk_is_exit_1_in_one_line_and_nothing_is_half_written(
    db: Path,
    tmp_path: Path,
    examples_dir: Path,
    polku_en: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = storage_database.sqlite_engine

    def limited(path: Path, *, readonly: bool) -> Any:
        """Every connection of the program may grow the file by three pages only."""
        engine = original(path, readonly=readonly)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_connection: Any, _record: Any) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 3}")

        return engine

    big = many_clients(examples_dir, tmp_path / "big.json", 100)
    monkeypatch.setattr(storage_database, "sqlite_engine", limited)
    before = rows(db)
    status, out, err = polku_en("--db", db, "import", big)
    assert (status, out) == (1, "")
    assert err == (
        f"polku: the disk is full (or the database {db} reached its size limit); nothing was "
        "changed — free some space and try again\n"
    )
    assert rows(db) == before
    monkeypatch.undo()
    assert polku_en("--db", db, "import", big).returncode == 0  # with room again, all of it goes in
    assert len(rows(db)["clients"]) == 103


def test_database_errors_never_show_statements_or_their_parameters(
    db: Path, polku_en: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from storage.repository import Repository

    secret = "Noora Laaksonen 090999-4825"

    def failing(self: Repository, _search: str | None = None) -> list[object]:
        with self._unit(write=False) as session:
            session.execute(text("SELECT * FROM no_such_table WHERE name = :n"), {"n": secret})
        return []

    monkeypatch.setattr(Repository, "list_clients", failing)
    status, out, err = polku_en("--db", db, "clients")
    assert (status, out) == (1, "")
    assert err == "polku: the database failed (no such table: no_such_table); nothing was changed\n"

    def escaping(self: Repository, _search: str | None = None) -> list[object]:
        with self.database.engine.connect() as connection:
            connection.execute(text("SELECT * FROM no_such_table WHERE name = :n"), {"n": secret})
        return []

    monkeypatch.setattr(Repository, "list_clients", escaping)
    status, out, err = polku_en("--db", db, "clients")
    assert status == 1
    assert err == "polku: unexpected error (OperationalError); run with --debug for details\n"
