"""Fixtures of the storage tests (the open ``database`` and ``repository`` on this test's own
file, and English messages, are every test's: tests/conftest.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest


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
