"""A damaged database is found at open (``PRAGMA quick_check``) and never modified; the error
names the newest sound backup for the window to offer (no Qt)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from storage import backups
from storage.database import DamagedDatabase, open_database
from storage.repository import Repository
from tests.storage.test_repository import client


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def junk_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 200] = bytes(range(192))
    path.write_bytes(bytes(data))


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.fixture
def filled(db_path: Path) -> Path:
    database = open_database(str(db_path))
    repository = Repository(database)
    for n in range(40):
        repository.create_client(client(f"c{n:02d}", f"Asiakas {n}", notes="x" * 500))
    database.close()  # folds the WAL into the file and removes it
    return db_path


@pytest.mark.parametrize("damage", [junk_pages, truncated])
def test_a_damaged_file_is_refused_as_it_was_and_the_newest_sound_backup_named(
    filled: Path, damage: object
) -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    older = backups.make_backup(filled, "hourly", now=start)
    newer = backups.make_backup(filled, "hourly", now=start + dt.timedelta(hours=2))
    junk_pages(newer)  # the newest backup is damaged too: the older one is offered
    damage(filled)  # type: ignore[operator]
    before = digest(filled)
    files = sorted(p.name for p in filled.parent.iterdir())

    with pytest.raises(DamagedDatabase) as caught:
        open_database(str(filled))

    assert len(caught.value.lines) == 1
    line = caught.value.lines[0]
    assert line.startswith(f"polku: the database {filled} is damaged (")
    assert line.endswith(f"the newest sound backup is {older} (polku restore {older})")
    assert caught.value.backup is not None and caught.value.backup.path == older
    assert digest(filled) == before
    assert sorted(p.name for p in filled.parent.iterdir()) == files


def test_without_backups_the_message_says_so(filled: Path) -> None:
    junk_pages(filled)
    with pytest.raises(DamagedDatabase, match="no sound backup of it was found"):
        open_database(str(filled))


def test_quick_check_is_timed_at_open(filled: Path) -> None:
    database = open_database(str(filled))
    try:
        assert database.quick_check_seconds is not None
        assert 0 < database.quick_check_seconds < 10
    finally:
        database.close()
