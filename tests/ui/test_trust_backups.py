"""Backups in the window: File → Backups… (back up now, restore), the hourly backup on a worker,
and a database that cannot be opened (never changed; the newest sound backup offered)."""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pathways.model import Client
from storage import backups
from storage.database import open_database
from storage.repository import Repository
from ui.app import WindowSession
from ui.backups import BackupsDialog
from ui.jobs import wait_for_file_jobs
from ui.main_window import MainWindow
from ui.settings import Settings

pytestmark = pytest.mark.usefixtures("english")

YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


def _add(repository: Any, client_id: str, name: str) -> None:
    repository.create_client(Client(id=client_id, name=name))


def _names(window: MainWindow) -> list[str]:
    return [summary.name for summary in window.client_list.model.summaries()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- File → Backups… -----------------------------------------------------------------------------


def _backups_dialog(qtbot: Any, window: MainWindow) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10000)
    return dialog


def test_back_up_now_lists_the_new_backup_sound_with_its_time_and_reason(
    qtbot: Any, main_window: MainWindow, repository: Repository, db_path: Path
) -> None:
    _add(repository, "a-1", "Matti Äijälä")
    dialog = _backups_dialog(qtbot, main_window)
    assert dialog.table.rowCount() == 0 and dialog.status.text() == "No backups yet."
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.listed, timeout=20000):
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, column).text() for column in range(4)]
    assert row[1:] == ["Taken with “Back up now”", row[2], "Yes"]
    assert row[2].endswith(("KB", "kB", "bytes", "B"))
    taken = dialog.backups()[0].taken_at.astimezone()
    assert row[0].endswith(f"{taken:%H:%M}")  # local time
    assert [p.name for p in (db_path.parent / "backups").iterdir()] == [
        dialog.backups()[0].path.name
    ]
    assert dialog.restore_button.isEnabled()  # the new backup is chosen


def test_restore_asks_first_then_restores_and_the_window_reloads(
    qtbot: Any,
    main_window: MainWindow,
    repository: Repository,
    db_path: Path,
    message_boxes: Any,
) -> None:
    _add(repository, "a-1", "Matti Äijälä")
    backups.make_backup(repository.database, "hourly")
    _add(repository, "a-2", "Anna Aalto")  # after the backup
    main_window.client_list.refresh()
    main_window.open_client("a-2")
    dialog = _backups_dialog(qtbot, main_window)
    dialog.table.selectRow(0)

    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Restore the backup taken" in message_boxes.texts("question")[-1]
    assert repository.client_exists("a-2") and main_window.current_client_id() == "a-2"

    message_boxes.answer = YES
    with qtbot.waitSignal(dialog.restored, timeout=30000) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert _names(main_window) == ["Matti Äijälä"]
    assert main_window.current_client() is None and main_window.current_document() is None
    assert not repository.client_exists("a-2")
    kept = restored.args[0].kept_aside
    assert kept is not None and kept.exists()
    assert "kept as" in dialog.status.text()
    assert [e.action for e in repository.audit_entries()][-1] == "restore"
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10000)
    assert "before-restore" in {info.reason for info in dialog.backups()}


def test_a_forged_backup_is_refused_and_the_window_explains(
    qtbot: Any,
    main_window: MainWindow,
    repository: Repository,
    db_path: Path,
    message_boxes: Any,
) -> None:
    from tests.storage.test_erase_everywhere import forge

    _add(repository, "a-1", "Matti Äijälä")
    repository.load_client("a-1")
    forged = backups.make_backup(repository.database, "hourly")
    forge(forged, recompute=True)  # a back-dated export slipped in, the chain made whole again
    before = digest(db_path)
    dialog = _backups_dialog(qtbot, main_window)
    dialog.table.selectRow(0)
    message_boxes.answer = YES
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")), timeout=30000)
    text = message_boxes.texts("warning")[-1]
    assert "tells another history" in text and "restoring it could add entries nobody made" in text
    assert digest(db_path) == before and repository.client_exists("a-1")
    assert all(e.worker != "Innocent Colleague" for e in repository.audit_entries())


def test_the_hourly_backup_runs_on_a_worker_on_the_timer_and_at_close(
    qtbot: Any,
    main_window: MainWindow,
    repository: Repository,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[int] = []
    original = backups.maybe_backup

    def recording(database: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return original(database, **kwargs)

    monkeypatch.setattr(backups, "maybe_backup", recording)
    folder = db_path.parent / "backups"
    automatic = main_window.automatic_backups
    assert automatic is not None and automatic.timer.isActive()
    assert automatic.timer.interval() == 10 * 60 * 1000
    with qtbot.waitSignal(automatic.checked, timeout=10000):
        automatic.check()  # nothing was done in the database yet: nothing to back up
    assert not folder.exists() or not any(folder.iterdir())

    _add(repository, "a-1", "Matti Äijälä")
    with qtbot.waitSignal(automatic.backed_up, timeout=20000):
        automatic.timer.timeout.emit()
    assert len(list(folder.glob("*.hourly.bak"))) == 1
    with qtbot.waitSignal(automatic.checked, timeout=10000):
        automatic.check()  # within the hour: no second one
    main_window.close()  # one last check, on the worker
    assert wait_for_file_jobs(20000)
    assert len(threads) == 4
    assert threading.get_ident() not in threads
    assert len(list(folder.glob("*.hourly.bak"))) == 1


# --- A database that cannot be opened ------------------------------------------------------------


def junk_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 200] = bytes(range(192))
    path.write_bytes(bytes(data))


def garbage(path: Path) -> None:
    path.write_bytes(b"Not a database at all\n" + os.urandom(8000))


def newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffff0099'")
    connection.close()


@pytest.fixture
def backed_up(db_path: Path) -> Path:
    """A database with one client and a sound hourly backup of it."""
    database = open_database(str(db_path))
    repository = Repository(database)
    _add(repository, "a-1", "Matti Äijälä")
    for n in range(30):  # a few pages, so that damage hits data
        _add(repository, f"b-{n:02d}", f"Asiakas {n}")
    backups.make_backup(database, "hourly")
    database.close()
    return db_path


@pytest.fixture
def start_session(qapp: Any, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Start the window as ``python main.py --db PATH`` does; ``session.statuses`` records the
    exit status it asks for (instead of ending the test's event loop)."""
    sessions: list[WindowSession] = []

    def start(db_path: Path) -> WindowSession:
        args = argparse.Namespace(
            db=str(db_path), lang="en", debug=False, screenshot=None, client=None, view=None
        )
        session = WindowSession(qapp, args, settings, "en")
        session.statuses = []  # type: ignore[attr-defined]
        monkeypatch.setattr(session, "finish", session.statuses.append)  # type: ignore[attr-defined]
        sessions.append(session)
        session.start()
        return session

    yield start
    for session in sessions:
        session.dispose()


def _ended(session: Any) -> bool:
    return session.window.repository is not None or bool(session.statuses)


@pytest.mark.parametrize("damage", [garbage, junk_pages], ids=["not-a-database", "damaged"])
def test_a_file_that_cannot_be_opened_is_replaced_by_the_newest_sound_backup_on_yes(
    qtbot: Any, backed_up: Path, start_session: Any, message_boxes: Any, damage: Any
) -> None:
    damage(backed_up)
    spoiled = backed_up.read_bytes()
    message_boxes.answer = YES
    session = start_session(backed_up)
    qtbot.waitUntil(lambda: _ended(session), timeout=30000)
    assert session.statuses == []
    question = message_boxes.texts("question")[-1]
    assert question.startswith("The database could not be opened: ")
    assert str(backed_up) in question and "Restore it and open it?" in question
    assert "Traceback" not in question
    window = session.window
    assert "Matti Äijälä" in _names(window) and window.new_client_action.isEnabled()
    # (Its -wal and -shm, when a read made them, go aside with it.)
    replaced = backed_up.parent.glob(f"{backed_up.name}.replaced-*")
    aside = [p for p in replaced if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == spoiled
    assert str(aside[0]) in message_boxes.texts("information")[-1]


@pytest.mark.parametrize("damage", [garbage, newer], ids=["not-a-database", "newer"])
def test_on_no_the_file_is_left_as_it_was_and_the_window_quits_with_1(
    qtbot: Any, backed_up: Path, start_session: Any, message_boxes: Any, damage: Any
) -> None:
    damage(backed_up)
    before = digest(backed_up)
    files = sorted(p.name for p in backed_up.parent.iterdir())
    message_boxes.answer = NO
    session = start_session(backed_up)
    qtbot.waitUntil(lambda: _ended(session), timeout=30000)
    assert session.statuses == [1] and session.window.repository is None
    question = message_boxes.texts("question")[-1]
    if damage is newer:
        assert "newer version of Polku" in question
    assert "Choose No to quit without changing anything." in question
    assert digest(backed_up) == before
    # Nothing beside it either, but the empty -wal/-shm SQLite makes when it reads a WAL file.
    wal = backed_up.with_name(backed_up.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    now = [p.name for p in backed_up.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))]
    assert sorted(now) == files


def test_without_a_sound_backup_the_window_explains_and_quits_with_1(
    qtbot: Any, db_path: Path, start_session: Any, message_boxes: Any
) -> None:
    garbage(db_path)
    before = digest(db_path)
    session = start_session(db_path)
    qtbot.waitUntil(lambda: _ended(session), timeout=30000)
    assert session.statuses == [1]
    assert message_boxes.texts("question") == []
    text = message_boxes.texts("critical")[-1]
    assert "could not be opened" in text and "not a Polku database" in text
    assert "Traceback" not in text
    assert digest(db_path) == before
