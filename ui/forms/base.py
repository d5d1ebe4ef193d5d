"""The frame of every form dialog: fields with their error message right under them.

A form checks its fields with the same rules as the exchange format (``spec/exchange-format.md``)
and refuses OK while anything is wrong: each bad field gets a red frame and a message under it
saying what is wrong, the first one takes the focus, and nothing is handed back to the caller.
Only a form that passes hands its result (a new domain object) to the caller, which saves it.

Forms work on copies: they never change the objects they were given. They live on the GUI
thread and never touch the database; the caller owns them (Qt parent) and opens them with
``open()`` (window-modal, so tests and screen readers can reach them while they are shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import DateField, FieldError, mark_invalid

#: The exchange format's limits.
MAX_SHORT = 200  # ids, codes, names, titles, roles
MAX_LONG = 10_000  # notes, summaries, descriptions


class Field:
    """One field of a form: the label, the editing widget and the error message under it."""

    def __init__(self, key: str, label: QLabel, widget: QWidget, error: FieldError) -> None:
        self.key = key
        self.label = label
        self.widget = widget
        self.error = error

    def show_error(self, message: str | None) -> None:
        self.error.show_message(message)
        mark_invalid(self.widget, message)

    def message(self) -> str:
        return self.error.message()


class FormDialog(QDialog):
    """A dialog of labelled fields, each with an inline error message, and OK / Cancel.

    Subclasses add fields with :meth:`add_field`, implement :meth:`check` (field key → message
    for every broken rule) and :meth:`result_value` (the edited domain object, called only when
    :meth:`check` found nothing).
    """

    refused = Signal(list)  # OK was pressed and refused; the keys of the fields in error

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.fields: dict[str, Field] = {}
        self._touched: set[str] = set()
        self.value: Any = None  # the result, set when the dialog is accepted
        #: Called with the result when OK is pressed and every field is valid; saves it and
        #: returns None, or returns (field key or None, message) and the dialog stays open.
        self.saver: Callable[[Any], tuple[str | None, str] | None] | None = None
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        #: A message about the whole form (for instance: saving failed), above the buttons.
        self.form_error = FieldError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setAccessibleName(self.tr("OK"))
        self.ok_button.setDefault(True)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.form_error)
        self.body.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    # --- Building -------------------------------------------------------------------------------

    def add_field(
        self,
        key: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
        hint: str | None = None,
        layout: QFormLayout | None = None,
    ) -> Field:
        """Add a row: *label* (with an ``&`` mnemonic), *widget* and its error line.

        *label* is also the widget's accessible name (without ``&`` and ``:``); a required
        field's label is marked with an asterisk, which the dialog's note explains.
        """
        plain = label.replace("&", "").rstrip(":").strip()
        label_widget = QLabel((label + " *") if required else label, self)
        label_widget.setBuddy(widget)
        if isinstance(widget, DateField):
            widget.set_accessible_name(plain)
        else:
            widget.setAccessibleName(plain)
        if hint:
            widget.setToolTip(hint)
            if isinstance(widget, QLineEdit) and not widget.placeholderText():
                widget.setPlaceholderText(hint)
        error = FieldError(self)
        error.setAccessibleName(self.tr("Error in %1").replace("%1", plain))
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        (layout or self.form).addRow(label_widget, holder)
        field = Field(key, label_widget, widget, error)
        self.fields[key] = field
        self._watch(field)
        return field

    def register_field(
        self, key: str, label: QLabel | None, widget: QWidget, accessible_name: str
    ) -> Field:
        """Register a field laid out by the subclass (a grid row, say); returns its Field, whose
        ``error`` label the subclass places right under *widget*."""
        if isinstance(widget, DateField):
            widget.set_accessible_name(accessible_name)
        else:
            widget.setAccessibleName(accessible_name)
        error = FieldError(self)
        error.setAccessibleName(self.tr("Error in %1").replace("%1", accessible_name))
        field = Field(key, label if label is not None else QLabel(self), widget, error)
        self.fields[key] = field
        self._watch(field)
        return field

    def add_required_note(self) -> None:
        note = QLabel(self.tr("Fields marked with * are required."), self)
        note.setAccessibleName(note.text())
        self.body.insertWidget(self.body.count() - 2, note)

    def _watch(self, field: Field) -> None:
        """Check again as the user edits, so a message goes away as soon as it is fixed; show a
        new message only once the user has left the field (not at every keystroke)."""
        widget = field.widget
        edited: Callable[..., Any] = lambda *_: self._field_edited(field.key)  # noqa: E731
        finished: Callable[..., Any] = lambda *_: self._field_finished(field.key)  # noqa: E731
        if isinstance(widget, DateField):
            widget.edited.connect(edited)
            widget.editing_finished.connect(finished)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(edited)
            widget.editingFinished.connect(finished)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(finished)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(finished)

    # --- Checking -------------------------------------------------------------------------------

    def check(self) -> dict[str, str]:
        """Every broken rule, as field key → message. Subclasses override."""
        return {}

    def result_value(self) -> Any:
        """The edited object; only called when :meth:`check` returned nothing."""
        return None

    def errors(self) -> dict[str, str]:
        """The messages now shown, by field key."""
        return {key: field.message() for key, field in self.fields.items() if field.message()}

    def _refresh(self, keys: set[str]) -> None:
        problems = self.check()
        for key, field in self.fields.items():
            if key in keys or field.message():
                field.show_error(problems.get(key))

    def _field_edited(self, key: str) -> None:
        # While typing, only take messages away (or update one already shown).
        problems = self.check()
        for field_key, field in self.fields.items():
            if field.message():
                field.show_error(problems.get(field_key))

    def _field_finished(self, key: str) -> None:
        self._touched.add(key)
        self._refresh(self._touched)

    @Slot()
    def accept(self) -> None:
        problems = self.check()
        for key, field in self.fields.items():
            field.show_error(problems.get(key))
        self._touched.update(self.fields)
        if problems:
            first = next((key for key in self.fields if key in problems), None)
            if first is not None:
                self.fields[first].widget.setFocus(Qt.FocusReason.OtherFocusReason)
            unplaced = [message for key, message in problems.items() if key not in self.fields]
            self.form_error.show_message(" ".join(unplaced) if unplaced else None)
            self.refused.emit(list(problems))
            return
        self.form_error.show_message(None)
        value = self.result_value()
        if self.saver is not None:
            problem = self.saver(value)
            if problem is not None:
                where, refusal = problem
                if where is not None and where in self.fields:
                    self.fields[where].show_error(refusal)
                    self.fields[where].widget.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    self.form_error.show_message(refusal)
                self.refused.emit([where] if where else [])
                return
        self.value = value
        super().accept()


# --- Rules shared by the forms (the exchange format's) ------------------------------------------


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("forms", text)


def text_problem(
    text: str, *, required: bool = False, limit: int = MAX_SHORT, empty_message: str | None = None
) -> str | None:
    """What is wrong with a text field by the exchange format's rules, or None."""
    if required and not text.strip():
        return empty_message or tr("This cannot be empty.")
    if len(text) > limit:
        return (
            tr("At most %1 characters; now %2.")
            .replace("%1", f"{limit:,}".replace(",", " "))
            .replace("%2", f"{len(text):,}".replace(",", " "))
        )
    if any((ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127 for ch in text):
        return tr("Remove the control characters (invisible characters that came with a paste).")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return tr("Remove the broken characters that came with a paste.")
    return None


def optional(text: str) -> str | None:
    """A text field's value: the text as written, None when only blanks."""
    return text if text.strip() else None


def sentence(message: str) -> str:
    """A domain message (``the check character … does not match``) as a sentence for a form."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."
