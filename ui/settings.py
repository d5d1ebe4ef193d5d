"""The program's own settings (QSettings, organisation "Polku") and the Settings dialog.

Settings are read and written on the GUI thread only. They hold no client data: only the
interface language, the worker's name (for the audit log, later) and the window's layout.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import FieldError, mark_invalid

ORGANISATION = "Polku"
APPLICATION = "Polku"
LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
#: Each language named in itself, as a language menu should.
LANGUAGE_NAMES: dict[str, str] = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


class Settings:
    """Typed access to the QSettings store.

    The default store is the platform's native one for organisation and application "Polku";
    tests pass a QSettings on an ini file of their own so that no test touches the user's.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    def language(self) -> str:
        value = str(self.store.value("ui/language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self.store.setValue("ui/language", lang)
        self.store.sync()

    def worker_name(self) -> str:
        return str(self.store.value("user/worker_name", "") or "")

    def set_worker_name(self, name: str) -> None:
        self.store.setValue("user/worker_name", name.strip())
        self.store.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_splitter(self) -> QByteArray | None:
        value = self.store.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/splitter", splitter)
        self.store.sync()

    def details_visible(self) -> bool | None:
        """Whether the user last showed the details panel; None until they chose."""
        value = self.store.value("window/details_visible", None)
        if value is None:
            return None
        return value not in (False, "false", "0", 0)

    def set_details_visible(self, visible: bool) -> None:
        self.store.setValue("window/details_visible", visible)


class SettingsDialog(QDialog):
    """Language and the worker's name. The caller saves the values when the dialog is accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.language_box = QComboBox(self)
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(settings.language()))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(
            self.tr("The new language is used from the next start of Polku."), self
        )
        self.language_note.setWordWrap(True)
        self.worker_name_edit = QLineEdit(settings.worker_name(), self)
        self.worker_name_edit.setMaxLength(200)
        self.worker_name_edit.setAccessibleName(self.tr("Your name"))
        self.worker_name_edit.setPlaceholderText(self.tr("First name Last name"))
        self.worker_name_error = FieldError(self)
        worker_note = QLabel(
            self.tr("Recorded with the changes you make, so that the team can see who did what."),
            self,
        )
        worker_note.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        form.addRow(language_label, self.language_box)
        form.addRow("", self.language_note)
        name_label = QLabel(self.tr("Your &name:"), self)
        name_label.setBuddy(self.worker_name_edit)
        form.addRow(name_label, self.worker_name_edit)
        form.addRow("", self.worker_name_error)
        form.addRow("", worker_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.language_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def language(self) -> str:
        return str(self.language_box.currentData())

    def worker_name(self) -> str:
        return self.worker_name_edit.text().strip()

    @Slot()
    def accept(self) -> None:
        name = self.worker_name_edit.text()
        message = None
        if any(ord(ch) < 32 for ch in name):
            message = self.tr("The name cannot contain control characters.")
        self.worker_name_error.show_message(message)
        mark_invalid(self.worker_name_edit, message)
        if message:
            self.worker_name_edit.setFocus()
            return
        super().accept()
