"""Backups: consistent private copies by SQLite's backup API, rotation, checks, and restores that
never lose an access-log entry nor bring an erased client back (no Qt)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from pathways.errors import EnvironmentProblem, InputError
from storage import audit, backups
from storage.backups import BackupInfo, RetentionPolicy, retained
from storage.database import Database, open_database
from storage.repository import Repository
from tests.storage.test_repository import client

UTC = dt.UTC


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def client_ids(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM clients ORDER BY id")]


# --- Copies -------------------------------------------------------------------------------------


def test_a_backup_is_private_stand_alone_and_sound(repository: Repository, db_path: Path) -> None:
    repository.create_client(client("c1"))
    path = backups.make_backup(repository.database, backups.HOURLY)
    assert path.parent == db_path.parent / "backups"
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    assert client_ids(path) == ["c1"]
    # No -wal/-shm beside it: a backup is one file that can be moved anywhere.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert backups.check_backup(path).sound
    [info] = backups.list_backups(db_path, check=True)
    assert (info.path, info.reason, info.sound, info.size) == (
        path, "hourly", True, path.stat().st_size,
    )


def test_a_backup_taken_during_a_write_holds_the_last_committed_state(
    repository: Repository, database: Database, db_path: Path
) -> None:
    repository.create_client(client("c1"))
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE clients SET name = 'half-way' WHERE id = 'c1'")
        writer.execute(
            "INSERT INTO clients (id, audit_key, name, search_text) VALUES ('c2', 'k', 'x', 'x')"
        )
        path = backups.make_backup(database, backups.HOURLY)  # while the write is open
        writer.execute("COMMIT")
    finally:
        writer.close()
    with sqlite3.connect(path) as copy:
        assert copy.execute("SELECT id, name FROM clients").fetchall() == [("c1", "Matti Äijälä")]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_failed_backup_leaves_no_file(
    repository: Repository, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository.create_client(client("c1"))

    def no_room(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(Exception, match="disk is full"):
        backups.make_backup(repository.database, backups.HOURLY)
    monkeypatch.undo()
    assert list((db_path.parent / "backups").iterdir()) == []


def test_an_import_is_backed_up_first(
    repository: Repository, db_path: Path, examples_dir: Path
) -> None:
    repository.create_client(client("c1"))
    repository.import_file(examples_dir / "three-clients.json")
    [info] = backups.list_backups(db_path)
    assert info.reason == "before-import"
    assert client_ids(info.path) == ["c1"]


def test_a_refused_import_takes_no_backup(
    repository: Repository, db_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "polku.exchange", "version": 1, "clients": [{"id": 1}]}')
    with pytest.raises(InputError):
        repository.import_file(bad)
    assert backups.list_backups(db_path) == []


# --- Rotation -----------------------------------------------------------------------------------


def info(moment: dt.datetime, reason: str = "hourly") -> BackupInfo:
    return BackupInfo(Path(f"/b/{moment.isoformat()}.{reason}"), moment, reason, 1)


def test_retention_keeps_24_hourly_14_daily_and_8_weekly() -> None:
    # A backup at 10 and 40 minutes past every hour for 70 days.
    end = dt.datetime(2026, 3, 1, 23, 40, tzinfo=UTC)  # a Sunday
    taken = [
        info(end - dt.timedelta(minutes=30 * n)) for n in range(70 * 48)
    ]
    kept = {p for p in retained(taken, tz=UTC)}
    kept_times = sorted((i.taken_at for i in taken if i.path in kept), reverse=True)

    hourly = [end - dt.timedelta(hours=h) for h in range(24)]  # xx:40 of the last 24 hours
    daily = [end - dt.timedelta(days=d) for d in range(14)]  # 23:40 of the last 14 days
    weekly = [end - dt.timedelta(weeks=w) for w in range(8)]  # Sunday 23:40 of 8 weeks
    assert kept_times == sorted(set(hourly + daily + weekly), reverse=True)
    assert len(kept_times) == 24 + 13 + 6  # today and this week are already among the hours


def test_retention_counts_periods_that_have_backups() -> None:
    """A database unused for months keeps its last states instead of losing every one."""
    old = [info(dt.datetime(2025, 1, 1, 8, tzinfo=UTC) + dt.timedelta(hours=h)) for h in range(30)]
    assert len(retained(old, tz=UTC)) == 24


def test_retention_keeps_the_last_backups_taken_before_a_change() -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    imports = [info(start + dt.timedelta(minutes=m), "before-import") for m in range(15)]
    kept = retained(imports, RetentionPolicy(hourly=1, daily=1, weekly=1), tz=UTC)
    assert kept == {i.path for i in imports[-10:]}


def test_pruning_deletes_what_is_not_kept_and_leftovers_of_a_crash(
    repository: Repository, db_path: Path
) -> None:
    repository.create_client(client("c1"))
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    made = [
        backups.make_backup(repository.database, "hourly", now=start + dt.timedelta(minutes=m))
        for m in (0, 20, 40, 70)
    ]
    # Within one hour only the newest stays; the next hour's is its own.
    assert [i.path for i in backups.list_backups(db_path)] == [made[3], made[2]]
    leftover = db_path.parent / "backups" / ".x.bak.123.tmp"
    leftover.write_bytes(b"half")
    os.utime(leftover, (0, 0))
    backups.prune_backups(db_path)
    assert not leftover.exists()


def test_maybe_backup_takes_one_an_hour_and_only_after_a_change(
    repository: Repository, database: Database, db_path: Path
) -> None:
    start = dt.datetime(2026, 1, 1, 9, tzinfo=UTC)
    assert backups.maybe_backup(database, now=start) is None  # an empty database: nothing to do
    repository.create_client(client("c1"))
    first = backups.maybe_backup(database, now=start)
    assert first is not None
    repository.load_client("c1")
    assert backups.maybe_backup(database, now=start + dt.timedelta(minutes=59)) is None
    second = backups.maybe_backup(database, now=start + dt.timedelta(minutes=61))
    assert second is not None
    assert backups.maybe_backup(database, now=start + dt.timedelta(hours=5)) is None  # unchanged
    assert [i.path for i in backups.list_backups(db_path)] == [second, first]


# --- Checks -------------------------------------------------------------------------------------


def damage(path: Path) -> None:
    """Overwrite the pages after the first with junk, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):
        data[offset + 8 : offset + 200] = bytes(range(192))
    path.write_bytes(bytes(data))


def test_check_backup_says_what_is_wrong(repository: Repository, tmp_path: Path) -> None:
    repository.create_client(client("c1"))
    sound = backups.make_backup(repository.database, "hourly")
    assert backups.check_backup(sound).sound

    text = tmp_path / "notes.bak"
    text.write_text("hello")
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE things (x)")
    newer = tmp_path / "newer.bak"
    newer.write_bytes(sound.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    damaged = tmp_path / "damaged.bak"
    damaged.write_bytes(sound.read_bytes())
    damage(damaged)

    problems = {
        path.name: backups.check_backup(path).problem
        for path in (text, foreign, newer, damaged, tmp_path / "missing.bak", tmp_path)
    }
    assert problems["notes.bak"] == "not a Polku database (not an SQLite file)"
    assert problems["other.sqlite3"] == "not a Polku database"
    assert problems["newer.bak"] == "made by a newer version of Polku (schema 0999)"
    assert problems["damaged.bak"] is not None and problems["damaged.bak"].startswith("damaged")
    assert problems["missing.bak"] == "no such file"
    assert problems[tmp_path.name] == "a folder, not a file"


def test_the_newest_sound_backup_skips_a_damaged_one(
    repository: Repository, db_path: Path
) -> None:
    repository.create_client(client("c1"))
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    older = backups.make_backup(repository.database, "hourly", now=start)
    newer = backups.make_backup(repository.database, "hourly", now=start + dt.timedelta(hours=1))
    damage(newer)
    found = backups.newest_sound_backup(db_path)
    assert found is not None and found.path == older and found.sound


# --- Restore ------------------------------------------------------------------------------------


def test_a_restore_brings_the_data_back_and_keeps_every_log_entry(
    repository: Repository, db_path: Path, tmp_path: Path
) -> None:
    repository.create_client(client("stays"))
    repository.create_client(client("erased", "Eero Poistettava", personal_id="131052-308T"))
    # A copy outside Polku's folder (backup -o): the erasure does not reach it, the restore does.
    backup = tmp_path / "outside.bak"
    backups.write_backup(db_path, backup)
    repository.create_client(client("later"))  # made after the backup: goes with the restore
    repository.load_client("stays")
    repository.erase_client("erased")
    log_before = [(e.hash, e.action) for e in repository.audit_entries()]
    repository.database.close()

    restored = backups.restore_backup(db_path, backup, actor=audit.Actor("os", "admin"))

    assert client_ids(db_path) == ["stays"]  # "erased" stays erased
    assert restored.erasures_applied == 1 and restored.entries_carried == 0
    assert restored.kept_aside is not None and client_ids(restored.kept_aside) == [
        "later", "stays",
    ]
    assert mode(restored.kept_aside) == 0o600
    assert restored.safety_backup is not None and restored.safety_backup.exists()
    database = open_database(str(db_path))
    try:
        entries = Repository(database).audit_entries()
        assert [(e.hash, e.action) for e in entries[:-1]] == log_before
        assert (entries[-1].action, entries[-1].client_key) == ("restore", None)
        assert audit.verify_chain(database) == []
    finally:
        database.close()
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            data = path.read_bytes()
            assert b"Poistettava" not in data and b"131052-308T" not in data


def test_a_backup_of_another_database_goes_into_a_new_one_not_over_another_history(
    db_path: Path, tmp_path: Path
) -> None:
    """A backup from another machine is restored into a new database, log and all; over a
    database with a history of its own it is refused: its log would tell another history
    (the same as a backup whose log was recomputed after it was taken)."""
    elsewhere = tmp_path / "elsewhere.sqlite3"
    other = open_database(str(elsewhere))
    Repository(other, actor=audit.Actor("os", "there")).create_client(client("c9"))
    backup = backups.make_backup(other, "hourly")
    other.close()
    here = open_database(str(db_path))
    Repository(here, actor=audit.Actor("os", "here")).create_client(client("c1"))
    here.close()
    before = client_ids(db_path)

    with pytest.raises(EnvironmentProblem, match="tells another history") as refused:
        backups.restore_backup(db_path, backup)
    assert len(str(refused.value).splitlines()) == 1 and client_ids(db_path) == before

    fresh = tmp_path / "new" / "polku.sqlite3"
    restored = backups.restore_backup(fresh, backup)
    assert restored.entries_carried == 0 and client_ids(fresh) == ["c9"]
    database = open_database(str(fresh))
    try:
        workers = [e.worker for e in Repository(database).audit_entries()]
        assert workers[0] == "there" and audit.verify_chain(database) == []
    finally:
        database.close()


def test_a_damaged_database_is_replaced_whole_and_its_log_salvaged_when_readable(
    repository: Repository, db_path: Path
) -> None:
    repository.create_client(client("c1"))
    backup = backups.make_backup(repository.database, "hourly")
    repository.create_client(client("c2"))
    repository.database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db_path)
    damaged_bytes = db_path.read_bytes()

    restored = backups.restore_backup(db_path, backup)

    assert client_ids(db_path) == ["c1"]
    assert restored.kept_aside is not None and restored.kept_aside.read_bytes() == damaged_bytes
    assert restored.safety_backup is None
    database = open_database(str(db_path))
    try:
        assert audit.verify_chain(database) == []
        assert Repository(database).audit_entries()[-1].action == "restore"
    finally:
        database.close()


def test_an_unsound_backup_is_refused_and_nothing_changes(
    repository: Repository,
    db_path: Path,
    tmp_path: Path,
    snapshot: Callable[[Path], dict[str, list[tuple[object, ...]]]],
) -> None:
    repository.create_client(client("c1"))
    repository.database.close()
    before = snapshot(db_path)
    bad = tmp_path / "bad.bak"
    bad.write_text("not a database")
    with pytest.raises(InputError) as caught:
        backups.restore_backup(db_path, bad)
    assert caught.value.lines == [f"{bad}: not a sound Polku backup: not a Polku database "
                                  "(not an SQLite file)"]  # fmt: skip
    assert snapshot(db_path) == before
    assert not list(db_path.parent.glob("*.replaced-*"))
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []
