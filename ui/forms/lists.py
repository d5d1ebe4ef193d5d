"""A form over a list of a client's records (consents, team members, meetings): add, edit, remove.

Each record is edited in its own small form (a :class:`FormDialog`), opened on top of the list.
The list form changes nothing until its own OK: then the caller saves the whole list at once,
as one undoable change.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from pathways.model import Client
from ui.forms.base import FormDialog
from ui.widgets import FieldError

T = TypeVar("T")


class RecordListDialog(FormDialog, Generic[T]):
    """The records in *attribute* of *client*, with Add…, Edit… and Remove.

    Subclasses implement :meth:`describe` (one line for the list), :meth:`record_dialog` (the
    form for one record; None for a new one) and may refuse a removal in
    :meth:`removal_problem` (a record that a pathway or a meeting still refers to).
    """

    attribute = ""
    #: Accessible name of the list and texts of its buttons; subclasses set them in __init__.

    def __init__(self, title: str, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.original = client
        self.records: list[T] = [self.copy_record(r) for r in getattr(client, self.attribute)]
        self.list_widget = QListWidget(self)
        self.list_widget.setAlternatingRowColors(True)
        self.list_widget.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.list_widget.setAccessibleName(title)
        self.list_widget.itemActivated.connect(lambda _item: self.edit_record())
        self.list_widget.currentRowChanged.connect(self._update_buttons)
        self.list_error = FieldError(self)
        self.list_error.setAccessibleName(self.tr("Error in %1").replace("%1", title))
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.remove_button.clicked.connect(self.remove_record)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_widget)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_record)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.body.insertWidget(0, self.list_widget, 1)
        self.body.insertWidget(1, self.list_error)
        self.body.insertLayout(2, row)
        self.open_record_dialog: FormDialog | None = None
        self.setMinimumWidth(560)
        self.refresh()
        self.list_widget.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Return in the list opens the record (itemActivated); it must not also press OK.
        if self.list_widget.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # Subclasses
    def copy_record(self, record: T) -> T:
        return copy.copy(record)

    def describe(self, record: T) -> str:
        raise NotImplementedError

    def record_dialog(self, record: T | None) -> FormDialog:
        raise NotImplementedError

    def removal_problem(self, record: T) -> str | None:
        return None

    def sort_key(self, record: T) -> Any:
        return 0

    def set_button_names(self, add: str, edit: str, remove: str) -> None:
        self.add_button.setAccessibleName(add)
        self.edit_button.setAccessibleName(edit)
        self.remove_button.setAccessibleName(remove)

    # The list
    def refresh(self, select: int | None = None) -> None:
        self.list_widget.clear()
        for record in self.records:
            item = QListWidgetItem(self.describe(record))
            item.setToolTip(item.text())
            self.list_widget.addItem(item)
        if self.records:
            self.list_widget.setCurrentRow(select if select is not None else 0)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has_current = 0 <= self.list_widget.currentRow() < len(self.records)
        self.edit_button.setEnabled(has_current)
        self.remove_button.setEnabled(has_current)

    def _open(self, dialog: FormDialog, on_accepted: Any) -> None:
        self.open_record_dialog = dialog
        dialog.accepted.connect(lambda: on_accepted(dialog.value))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.finished.connect(lambda _result: setattr(self, "open_record_dialog", None))
        dialog.open()

    @Slot()
    def add_record(self) -> None:
        self.list_error.show_message(None)

        def added(record: T) -> None:
            self.records.append(record)
            self.records.sort(key=self.sort_key)
            self.refresh(self.records.index(record))

        self._open(self.record_dialog(None), added)

    @Slot()
    def edit_record(self) -> None:
        row = self.list_widget.currentRow()
        if not 0 <= row < len(self.records):
            return
        self.list_error.show_message(None)

        def edited(record: T) -> None:
            self.records[row] = record
            self.records.sort(key=self.sort_key)
            self.refresh(self.records.index(record))

        self._open(self.record_dialog(self.copy_record(self.records[row])), edited)

    @Slot()
    def remove_record(self) -> None:
        row = self.list_widget.currentRow()
        if not 0 <= row < len(self.records):
            return
        problem = self.removal_problem(self.records[row])
        self.list_error.show_message(problem)
        if problem:
            return
        del self.records[row]
        self.refresh(min(row, len(self.records) - 1) if self.records else None)

    def result_value(self) -> Client:
        # The attribute is each subclass's own (consents, team, meetings): a name, not a field.
        changes: dict[str, Any] = {self.attribute: list(self.records)}
        return dataclasses.replace(self.original, **changes)
