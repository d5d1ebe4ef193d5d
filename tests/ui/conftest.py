"""Fixtures of the window tests: the real window on this test's own database and settings.

The QApplication is pytest-qt's ``qapp``, created once for the session. Every test gets a fresh
SQLite file under ``tmp_path`` and a settings file of its own; message boxes are patched so that
no test waits for a click (``message_boxes`` records what would have been shown).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from pathways import i18n
from storage.database import Database, open_database
from storage.repository import Repository
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    QCoreApplication.setOrganizationName("Polku")
    QCoreApplication.setApplicationName("Polku")
    return ["polku-tests"]


@pytest.fixture
def english() -> Iterator[None]:
    """Domain messages in English (the source language), whatever a test before changed.

    Opt-in (``pytest.mark.usefixtures("english")``), so that other modules keep the language
    they test in."""
    previous = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


@dataclass
class MessageBoxes:
    """What the patched QMessageBox was asked to show; ``answer`` is what question() returns."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def recorder(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            boxes.shown.append((kind, title, text))
            if kind == "question":
                return boxes.answer
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("question", "information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return boxes


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in an ini file of this test alone (never the user's)."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def fresh_repository(db_path: Path) -> Iterator[Any]:
    """A function giving a new Repository on the same file: what really reached the database."""
    opened: list[Database] = []

    def make() -> Repository:
        database = open_database(str(db_path))
        opened.append(database)
        return Repository(database)

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def main_window(
    qtbot: Any, repository: Repository, database: Database, settings: Settings
) -> Iterator[MainWindow]:
    """The real main window at 1366×768 with the repository set, as after start-up."""
    window = MainWindow(settings, lang="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.set_repository(repository, location=str(database.path))
    yield window
    if window.open_dialog is not None:
        window.open_dialog.reject()
    window.close()
