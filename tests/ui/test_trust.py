"""The window's trust features as a worker meets them: who is logged, a read-only or busy
database, the access log and the access request, erasure, and what the settings keep."""

from __future__ import annotations

import dataclasses
import getpass
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from pathways.model import Client, Pathway, Step
from storage import database as storage_database
from storage.database import Database, open_database
from storage.repository import Repository
from ui.main_window import MainWindow
from ui.settings import Settings

pytestmark = pytest.mark.usefixtures("english")

NAME = "Matti Äijälä"


def _add(repository: Any, client_id: str = "a-1", name: str = NAME, **values: Any) -> None:
    repository.create_client(Client(id=client_id, name=name, municipality="Kuopio", **values))


def _with_pathway(repository: Any) -> None:
    _add(
        repository,
        pathways=[
            Pathway(
                "p1",
                "Työkokeiluun",
                "active",
                steps=[Step("s1", "work_trial", "ongoing", start=date(2025, 5, 1))],
            )
        ],
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def worker_named(settings: Settings) -> Settings:
    """The Settings name the worker before the window gets its repository."""
    settings.set_worker_name("Liisa Laine")
    return settings


def _window(qtbot: Any, settings: Settings, repository: Any) -> MainWindow:
    window = MainWindow(settings, lang="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.set_repository(repository, location=str(repository.database.path))
    return window


# --- Who is logged -------------------------------------------------------------------------------


def test_what_the_window_shows_is_logged_under_the_worker_of_the_settings(
    qtbot: Any, worker_named: Settings, main_window: MainWindow, repository: Repository
) -> None:
    _add(repository)
    assert main_window.open_client("a-1")
    viewed = repository.access_log("a-1")[-1]
    assert (viewed.action, viewed.worker, viewed.os_user) == (
        "view",
        "Liisa Laine",
        getpass.getuser(),
    )

    # The name changes in the Settings: the next entries carry the new one.
    main_window.settings_action.trigger()
    dialog = main_window.open_dialog
    dialog.worker_name_edit.setText("Pekka Puro")  # type: ignore[attr-defined]
    dialog.accept()
    changed = dataclasses.replace(main_window.current_client(), notes="Soitettu")  # type: ignore[type-var]
    assert main_window.save_details(changed, "edit basic details") is None
    last = repository.access_log("a-1")[-1]
    assert (last.action, last.worker) == ("change", "Pekka Puro")


# --- A read-only database ------------------------------------------------------------------------


@pytest.fixture
def read_only(db_path: Path) -> Iterator[Database]:
    writable = open_database(str(db_path))
    _with_pathway(Repository(writable))
    writable.close()
    database = open_database(str(db_path), readonly=True)
    yield database
    database.close()


def test_a_read_only_database_says_so_and_an_edit_changes_nothing(
    qtbot: Any, settings: Settings, read_only: Database, db_path: Path
) -> None:
    before = digest(db_path)
    window = _window(qtbot, settings, Repository(read_only))
    assert "read-only" in window.banner_text()
    assert not window.new_client_action.isEnabled()
    assert not window.client_list.new_button.isEnabled()
    assert window.open_client("a-1")
    for action in (
        window.delete_client_action,
        window.erase_client_action,
        window.print_action,
        window.section_actions["basic"],
    ):
        assert not action.isEnabled(), action.text()
    assert window.access_log_action.isEnabled()  # reading the log is allowed

    # An edit that reaches the document anyway (the editor's own) is refused in words.
    document = window.current_document()
    edited = dataclasses.replace(document.client, notes="Uusi merkintä")
    document.edit_details(edited, "edit basic details")
    assert document.client.notes is None
    assert document.undo_stack.count() == 0  # the command dropped itself
    message = window.statusBar().currentMessage()
    assert "not saved" in message and "read-only" in message and "polku:" not in message
    assert window.automatic_backups is None  # nothing is written, backups neither
    window.close()
    assert digest(db_path) == before


def test_an_edit_while_another_program_writes_is_refused_in_words_and_not_lost_silently(
    qtbot: Any, settings: Settings, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage_database, "BUSY_TIMEOUT_MS", 300)  # not the 5 s of real use
    database = open_database(str(db_path))
    try:
        repository = Repository(database)
        _add(repository)
        window = _window(qtbot, settings, repository)
        window.open_client("a-1")
        document = window.current_document()
        other = sqlite3.connect(db_path, isolation_level=None)  # e.g. the CLI importing
        other.execute("BEGIN IMMEDIATE")
        try:
            edited = dataclasses.replace(document.client, notes="Uusi merkintä")
            document.edit_details(edited, "edit basic details")
            message = window.statusBar().currentMessage()
            assert "not saved" in message and "busy" in message
            assert document.client.notes is None and document.undo_stack.count() == 0
        finally:
            other.execute("ROLLBACK")
            other.close()
        document.edit_details(edited, "edit basic details")  # once free, the same edit saves
        assert Repository(database).load_client("a-1").notes == "Uusi merkintä"  # type: ignore[union-attr]
        window.close()
    finally:
        database.close()


# --- The access log ------------------------------------------------------------------------------


def _access_log(qtbot: Any, window: MainWindow) -> Any:
    window.access_log_action.trigger()
    dialog = window.open_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_working() and dialog.table.rowCount() > 0, timeout=10000)
    return dialog


def test_the_access_log_shows_who_did_what_and_filters_by_date(
    qtbot: Any, worker_named: Settings, main_window: MainWindow, repository: Repository
) -> None:
    _with_pathway(repository)
    main_window.open_client("a-1")
    repository.record("a-1", "print", "pathway p1")
    dialog = _access_log(qtbot, main_window)
    assert dialog.windowTitle() == f"Access log – {NAME}"
    rows = dialog.shown_rows()
    me = getpass.getuser()
    assert [row[1:] for row in rows] == [  # newest first
        (f"Liisa Laine ({me})", "Printed", "Pathway “Työkokeiluun”"),
        (f"Liisa Laine ({me})", "Viewed", "The client's data"),
        (f"Liisa Laine ({me})", "Created", "The client's data"),  # the window's repository
    ]
    assert dialog.count_label.text() == "3 entries"
    today = date.today()
    assert rows[0][0].startswith(f"{today.day} ")  # local time, as people write it

    dialog.from_field.set_value(today + timedelta(days=1))
    dialog.from_field.editing_finished.emit()
    assert dialog.table.rowCount() == 0 and dialog.count_label.text() == "0 of 3 entries"
    dialog.from_field.set_value(today)
    dialog.to_field.set_value(today - timedelta(days=1))
    dialog.to_field.editing_finished.emit()
    assert dialog.problem.isVisibleTo(dialog)  # the dates are the wrong way round
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3 and not dialog.problem.isVisibleTo(dialog)


def test_the_access_request_is_exported_as_json_and_pdf_and_logged(
    qtbot: Any,
    worker_named: Settings,
    main_window: MainWindow,
    repository: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    from pypdf import PdfReader

    _with_pathway(repository)
    main_window.open_client("a-1")
    dialog = _access_log(qtbot, main_window)
    folder = tmp_path / "pyyntö"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder))
    )
    with qtbot.waitSignal(dialog.exported, timeout=30000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    paths = [Path(path) for path in written.args[0]]
    assert sorted(path.name for path in folder.iterdir()) == sorted(path.name for path in paths)
    data = json.loads(paths[0].read_text(encoding="utf-8"))
    assert [client["id"] for client in data["clients"]] == ["a-1"]
    assert data["clients"][0]["name"] == NAME
    text = " ".join(page.extract_text() for page in PdfReader(paths[1]).pages)
    assert NAME in text and "Liisa Laine" in text and "viewed" in text
    assert str(folder) in message_boxes.texts("information")[-1]
    # The export itself is in the log, and the table shows it once read again.
    qtbot.waitUntil(lambda: not dialog.is_working() and dialog.table.rowCount() == 3)
    assert dialog.shown_rows()[0][2:] == ("Handed out (exported)", "Access request")


# --- Erasure -------------------------------------------------------------------------------------


@pytest.fixture
def warning_answer(monkeypatch: pytest.MonkeyPatch, message_boxes: Any) -> Any:
    """QMessageBox.warning with Yes among its buttons answers ``message_boxes.answer``."""

    def warning(_parent: Any, title: str, text: str, buttons: Any = None, *args: Any) -> Any:
        message_boxes.shown.append(("warning", title, text))
        if buttons is not None and buttons & QMessageBox.StandardButton.Yes:
            return message_boxes.answer
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return message_boxes


@pytest.fixture
def erasable(main_window: MainWindow, repository: Repository) -> MainWindow:
    _with_pathway(repository)
    _add(repository, "a-2", "Anna Aalto")
    main_window.client_list.refresh()
    main_window.open_client("a-1")
    return main_window


def _names(window: MainWindow) -> list[str]:
    return [summary.name for summary in window.client_list.model.summaries()]


def test_erase_cancelled_at_the_first_question_keeps_the_client(
    erasable: MainWindow, warning_answer: Any, repository: Repository
) -> None:
    warning_answer.answer = QMessageBox.StandardButton.Cancel
    erasable.erase_client_action.trigger()
    kind, title, text = warning_answer.shown[-1]
    assert title == "Erase client permanently" and "cannot be undone" in text
    assert "right to erasure" in text and "Delete client" in text
    assert erasable.open_dialog is None
    assert repository.client_exists("a-1") and NAME in _names(erasable)
    assert erasable.current_client_id() == "a-1"


def test_erase_cancelled_at_the_second_question_keeps_the_client(
    qtbot: Any, erasable: MainWindow, warning_answer: Any, repository: Repository
) -> None:
    warning_answer.answer = QMessageBox.StandardButton.Yes
    erasable.erase_client_action.trigger()
    dialog = erasable.open_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "Matti")  # not the whole name
    assert not dialog.erase_button.isEnabled()
    dialog.reject()
    assert repository.client_exists("a-1") and NAME in _names(erasable)


def test_erase_confirmed_leaves_no_trace_in_the_file(
    qtbot: Any, erasable: MainWindow, warning_answer: Any, repository: Repository, db_path: Path
) -> None:
    from storage import backups

    backup = backups.make_backup(repository.database, "hourly")  # it holds them too
    warning_answer.answer = QMessageBox.StandardButton.Yes
    erasable.erase_client_action.trigger()
    dialog = erasable.open_dialog
    # One line says what the erasure cannot reach.
    assert dialog.outside_note.isVisible()
    assert dialog.outside_note.text() == (
        "Files outside Polku's folder — backup copies you made, exports, prints — are yours: "
        "delete them yourself."
    )
    dialog.confirmation.setText("  MATTI ÄIJÄLÄ ")  # the full name, in any case
    assert dialog.erase_button.isEnabled()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.confirmation, "a-1")  # or the client number
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: NAME not in _names(erasable), timeout=30000)
    assert _names(erasable) == ["Anna Aalto"]
    assert erasable.current_client() is None and erasable.current_document() is None
    assert "erased" in erasable.statusBar().currentMessage()
    assert not repository.client_exists("a-1")
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            content = path.read_bytes()
            assert NAME.encode() not in content and "Työkokeiluun".encode() not in content
    assert NAME.encode() not in backup.read_bytes()  # rewritten on the worker too
    assert [e.action for e in repository.audit_entries()][-1] == "erase"


# --- What the settings keep ----------------------------------------------------------------------


def test_the_settings_hold_no_client_data(
    qtbot: Any, main_window: MainWindow, repository: Repository, tmp_path: Path
) -> None:
    _with_pathway(repository)
    main_window.open_client("a-1")
    main_window.close()
    main_window.settings.store.sync()
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "a-1" not in stored and "Matti" not in stored and "Työkokeiluun" not in stored


def test_checking_whether_a_new_clients_number_is_taken_logs_no_view(
    qtbot: Any, main_window: MainWindow, repository: Repository
) -> None:
    _add(repository)
    main_window.new_client()
    dialog = main_window.open_dialog
    dialog.name_edit.setText("Toinen Asiakas")  # type: ignore[attr-defined]
    dialog.id_edit.setText("a-1")  # type: ignore[attr-defined]
    dialog.accept()  # type: ignore[attr-defined]
    assert dialog.isVisible()  # refused: the number is taken
    assert [entry.action for entry in repository.access_log("a-1")] == ["create"]


def test_every_control_of_the_trust_dialogs_has_a_name_and_a_key(
    qtbot: Any, main_window: MainWindow, repository: Repository, warning_answer: Any
) -> None:
    _with_pathway(repository)
    main_window.open_client("a-1")
    warning_answer.answer = QMessageBox.StandardButton.Yes
    for open_dialog in (
        main_window.access_log_action.trigger,
        main_window.backups_action.trigger,
        main_window.erase_client_action.trigger,
    ):
        open_dialog()
        dialog = main_window.open_dialog
        assert dialog is not None and dialog.accessibleName()
        qtbot.waitUntil(lambda dialog=dialog: not getattr(dialog, "is_working", bool)())
        controls = [
            widget
            for widget in dialog.findChildren(QWidget)
            if isinstance(widget, (QAbstractButton, QLineEdit, QAbstractItemView))
            and not isinstance(widget, QHeaderView)  # the table's own
            and widget.isVisibleTo(dialog)
        ]
        unnamed = [
            f"{type(w).__name__} {getattr(w, 'text', str)()!r}"
            for w in controls
            if not w.accessibleName()
        ]
        assert not unnamed, (dialog.windowTitle(), unnamed)
        buttons = [w for w in controls if isinstance(w, QAbstractButton) and w.text()[:1] != "…"]
        unkeyed = [
            b.text() for b in buttons if "&" not in b.text() and b.text() not in ("Close", "Cancel")
        ]
        assert not unkeyed, unkeyed
        dialog.reject()


def test_opening_a_client_while_another_program_writes_says_so(
    qtbot: Any,
    settings: Settings,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    monkeypatch.setattr(storage_database, "BUSY_TIMEOUT_MS", 300)
    database = open_database(str(db_path))
    try:
        repository = Repository(database)
        _add(repository)
        window = _window(qtbot, settings, repository)
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # the view's log entry has to wait for it
        try:
            assert not window.open_client("a-1")
        finally:
            other.execute("ROLLBACK")
            other.close()
        text = message_boxes.texts("warning")[-1]
        assert "busy" in text and "polku:" not in text and "Traceback" not in text
        assert window.current_client() is None
        assert window.open_client("a-1")  # once free
        window.close()
    finally:
        database.close()
