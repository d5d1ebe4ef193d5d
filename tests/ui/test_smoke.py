"""Everything opens on everything: every menu command, dialog and tab of the real window, on every
demo client, in Finnish, Swedish and English, with a hook that fails the test on any error.

This is the test that would have found Client details → Needs raising KeyError on every client
with needs. One window per language keeps it fast; the commands are found from the menus, so a
dialog added later is opened here too. Commands that change data (make active, close, tidy,
delete, the language) are left out; a question is answered Cancel (``message_boxes``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QTabWidget

from pathways import i18n
from pathways.demo import demo_clients
from ui.app import install_translations
from ui.jobs import running_jobs
from ui.main_window import MainWindow

#: Commands that change the data or the settings, or end the program.
CHANGING = {
    "activate_pathway",
    "close_pathway",
    "tidy",
    "delete",
    "add_step",  # adds a step at once when a service is selected in the palette
}


@pytest.fixture
def translated(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    lang = request.param
    previous = i18n.current_language()
    i18n.set_language(lang)
    install_translations(qapp, lang)
    yield lang
    install_translations(qapp, "en")
    i18n.set_language(previous)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every exception that reaches the hook (PySide hands exceptions in slots to it)."""
    caught: list[str] = []

    def hook(kind: type[BaseException], error: BaseException, _trace: Any) -> None:
        caught.append(f"{kind.__name__}: {error}")

    monkeypatch.setattr(sys, "excepthook", hook)
    # A file dialog would wait for a person: it answers "cancelled" at once.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    return caught


def _close_dialogs(window: MainWindow, opened: list[str], name: str) -> None:
    """Close every dialog now shown (noting which command opened one)."""
    QApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            opened.append(f"{name}: {type(widget).__name__}")
            widget.reject()
            widget.close()
    QApplication.processEvents()


def _menu_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")
            elif not action.isSeparator():
                found.append((f"{path} → {action.text()}", action))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text())
    return found


@pytest.mark.parametrize("translated", ["fi", "sv", "en"], indirect=True)
def test_every_dialog_and_tab_opens_on_every_demo_client(
    qtbot: Any,
    repository: Any,
    database: Any,
    settings: Any,
    message_boxes: Any,
    errors: list[str],
    translated: str,
) -> None:
    for client in demo_clients(date.today()):
        repository.create_client(client)
    window = MainWindow(settings, lang=translated)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.set_repository(repository, location=str(database.path))
    editor = window.editor
    changing = {editor.actions_for_menus()[key] for key in CHANGING}
    changing |= {window.quit_action, window.delete_client_action, window.new_client_action}
    changing |= set(window.language_actions.values())
    changing |= set(window.section_actions.values())  # opened below through the panel
    # What does not depend on the client is opened with the first one only; so is the print
    # preview, which renders the whole print on a worker (the print tests render every demo
    # client): six renders per language starve the GUI thread on a busy machine.
    once = {window.backups_action, window.caseload_action, window.refresh_action}
    once.add(window.print_action)
    for key in ("settings", "help"):
        once |= {a for _name, a in _menu_actions(window) if a in window.menus[key].actions()}
    opened: list[str] = []

    # Without a client: a new client's dialog, the settings, help, reports.
    window.new_client()
    _close_dialogs(window, opened, "new client")

    for number, client in enumerate(demo_clients(date.today())):
        assert window.open_client(client.id), client.id
        window.set_details_visible(True)
        for key in window.details.headers:
            window.edit_section(key)
            _close_dialogs(window, opened, f"{client.id} details {key}")
        # Every tab beside the map, every step in the inspector, both views.
        side = editor.findChild(QTabWidget)
        assert side is not None
        for index in range(side.count()):
            side.setCurrentIndex(index)
            QApplication.processEvents()
        pathway = window.current_client().default_pathway()
        for step in pathway.steps if pathway is not None else []:
            editor.select_steps([step.id])
            editor.open_inspector()
            _close_dialogs(window, opened, f"{client.id} step")
        if pathway is not None and pathway.steps:
            editor.select_steps([pathway.steps[0].id])
        for name, action in _menu_actions(window):
            if action in changing or not action.isEnabled() or (number and action in once):
                continue
            action.trigger()
            _close_dialogs(window, opened, f"{client.id} {name}")
        if window.caseload_dialog is not None:
            qtbot.waitUntil(lambda: not window.caseload_dialog.counting, timeout=20_000)
            window.caseload_dialog.close()
        assert errors == [], f"{client.id}: {errors}"

    # No render or count outlives the test (it would slow the tests after it).
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=120_000)
    assert errors == []
    assert [text for kind, _title, text in message_boxes.shown if kind == "critical"] == []
    # The commands really opened their dialogs (the test opens what it claims to).
    kinds = {entry.split(": ")[-1] for entry in opened}
    assert {"ClientDialog", "NeedsDialog", "ConnectDialog"} <= kinds, kinds
    window.close()
