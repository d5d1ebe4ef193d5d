"""Start-up of the window (``ui.app.WindowSession``): the cyclic garbage collector is off while
the window starts (``run_window`` switches it off; the opening job's hundreds of thousands of
objects all stay) and runs again once the database opened — or failed to — so that a long
session does not pile up garbage."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storage.database import open_database
from storage.repository import Repository
from ui.app import WindowSession
from ui.settings import Settings


@pytest.fixture
def collector_off_as_at_start() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


def _session(qapp: Any, settings: Settings, db: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    args = argparse.Namespace(
        db=str(db), lang="en", debug=False, screenshot=None, client=None, view=None
    )
    session = WindowSession(qapp, args, settings, "en")
    session.statuses = []
    monkeypatch.setattr(session, "finish", session.statuses.append)
    session.start()
    return session


@pytest.mark.usefixtures("collector_off_as_at_start")
def test_the_collector_runs_again_once_the_clients_are_shown(
    qtbot: Any, qapp: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "polku.sqlite3"
    database = open_database(str(db))
    Repository(database).count_clients()
    database.close()
    session = _session(qapp, settings, db, monkeypatch)
    try:
        qtbot.waitUntil(lambda: session.window.repository is not None, timeout=30000)
        assert gc.isenabled()
        assert session.statuses == []
    finally:
        session.dispose()


@pytest.mark.usefixtures("collector_off_as_at_start")
def test_the_collector_runs_again_when_the_database_cannot_be_opened(
    qtbot: Any, qapp: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "not-a-database.sqlite3"
    db.write_bytes(b"this is no database " * 100)
    session = _session(qapp, settings, db, monkeypatch)
    try:
        qtbot.waitUntil(lambda: bool(session.statuses), timeout=30000)
        assert session.statuses == [1]
        assert gc.isenabled()
    finally:
        session.dispose()
