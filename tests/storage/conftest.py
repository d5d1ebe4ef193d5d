"""Fixtures of the storage tests: an open repository on this test's own database file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage.database import Database, open_database
from storage.repository import Repository


@pytest.fixture(autouse=True)
def _messages_in_english() -> Iterator[None]:
    """The storage tests read messages in their English source form, whatever the
    translations say (the program's default language is Finnish)."""
    from pathways import i18n

    before = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def repository(database: Database) -> Repository:
    return Repository(database)


def _snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the database at *path*, for "nothing changed" checks."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


Snapshot = Callable[[Path], dict[str, list[tuple[object, ...]]]]


@pytest.fixture
def snapshot() -> Snapshot:
    """A function returning every row of every table of a database file (sorted)."""
    return _snapshot
