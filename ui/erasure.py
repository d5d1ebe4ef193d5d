"""Erasing a client for good (File → Erase client permanently…): the right to erasure.

Unlike *Delete client*, erasure (``storage.erasure``) leaves no trace of the client in the
database file: it is for a client who exercises their right to erasure (GDPR art. 17). So the
window asks twice: first a warning that explains what erasure is and that it cannot be undone,
then the worker types the client's number or full name to confirm. The erasure runs on the
file pool (it rewrites the whole file, which takes a while on a big database) behind a busy
indication; the client is closed first, so that nothing of them stays open in the window, and
leaves the list when the erasure is done.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import run_job
from ui.trust import busy_dialog, message_of
from ui.widgets import ERROR_COLOUR

if TYPE_CHECKING:
    from pathways.model import Client


def outside_copies_text() -> str:
    """The one line on what an erasure cannot reach."""
    return QCoreApplication.translate(
        "EraseConfirmDialog",
        "Files outside Polku's folder — backup copies you made, exports, prints — are yours: "
        "delete them yourself.",
    )


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class EraseConfirmDialog(QDialog):
    """The second question: type the client's number or full name to erase them."""

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        title = self.tr("Erase client permanently")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        warning = QLabel(
            self.tr(
                "Erasing %1 cannot be undone. To confirm, type their client number (%2) or "
                "their full name."
            )
            .replace("%1", client.name)
            .replace("%2", client.id),
            self,
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        #: The one line on what the erasure cannot reach.
        self.outside_note = QLabel(outside_copies_text(), self)
        self.outside_note.setWordWrap(True)
        self.confirmation = QLineEdit(self)
        self.confirmation.setAccessibleName(self.tr("Client number or full name, to confirm"))
        self.confirmation.setPlaceholderText(client.id)
        self.confirmation.textChanged.connect(self._update)
        label = QLabel(self.tr("&Client number or name:"), self)
        label.setBuddy(self.confirmation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("&Erase permanently"), self)
        self.erase_button.setAccessibleName(self.tr("Erase permanently"))
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.outside_note)
        layout.addWidget(label)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.buttons)
        self.confirmation.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    def confirmed(self) -> bool:
        """Whether what was typed is the client's number or full name."""
        typed = self.confirmation.text().strip()
        return bool(typed) and (
            typed == self.client.id or _folded(typed) == _folded(self.client.name)
        )

    @Slot()
    def _update(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    @Slot()
    def accept(self) -> None:
        if self.confirmed():
            super().accept()


class ClientErasure(QObject):
    """One erasure asked for in *window* (a ``MainWindow``): the two questions, then the work."""

    #: The erasure is done (True) or did not happen (False: cancelled or refused).
    finished = Signal(bool)

    def __init__(self, window: Any, client: Client) -> None:
        super().__init__(window)
        self.window = window
        self.client = client
        self.dialog: EraseConfirmDialog | None = None
        self._busy: Any = None

    def warning_text(self) -> str:
        return self.tr(
            "Erase %1 permanently?\n\n"
            "This is for a client who uses their right to erasure. Everything about them — "
            "details, pathways, meetings, consents — is removed so that it cannot be recovered "
            "from the database. The access log keeps only that an erasure was made, no longer "
            "linked to them.\n\n"
            "This cannot be undone. Polku's own backups are rewritten without them too.\n\n"
            "To remove a client in the ordinary way, use Delete client instead."
        ).replace("%1", self.client.name)

    def start(self) -> None:
        """The first question; the second follows when it is answered Yes."""
        answer = QMessageBox.warning(
            self.window,
            self.tr("Erase client permanently"),
            self.warning_text(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.finished.emit(False)
            return
        dialog = EraseConfirmDialog(self.client, self.window)
        self.dialog = dialog
        self.window.open_dialog = dialog

        def closed(result: int) -> None:
            if self.window.open_dialog is dialog:
                self.window.open_dialog = None
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._erase()
            else:
                self.finished.emit(False)

        dialog.finished.connect(closed)
        dialog.open()

    def _erase(self) -> None:
        window, client_id = self.window, self.client.id
        # Nothing of the client stays open in the window (nor its undo history).
        window.forget_client(client_id)
        repository = window.repository
        self._busy = busy_dialog(
            window, self.tr("Erasing %1 and everything about them…").replace("%1", self.client.name)
        )
        run_job(
            lambda: repository.erase_client(client_id),
            self._erased,
            self._failed,
            writes_file=True,
            context=self,
        )

    def _close_busy(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None

    def _erased(self, erasure: Any) -> None:
        self._close_busy()
        window = self.window
        window.client_list.remove_client(self.client.id)
        window.statusBar().showMessage(
            self.tr("%1 was erased permanently.").replace("%1", self.client.name), 8000
        )
        deleted = list(getattr(erasure, "copies_deleted", ()))
        if deleted:
            QMessageBox.information(
                window,
                self.tr("Erase client permanently"),
                self.tr(
                    "The client was erased. %n of Polku's backup copies could not be rewritten "
                    "without them, so they were deleted:", "", len(deleted)
                )
                + "\n\n" + "\n".join(path.name for path in deleted),
            )
        if not getattr(erasure, "file_rewritten", True):
            QMessageBox.information(
                window,
                self.tr("Erase client permanently"),
                self.tr(
                    "The client was erased. Another program was using the database, so old "
                    "copies of some of its pages may stay in the file until the next erasure "
                    "or restore."
                ),
            )
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        self._close_busy()
        self.window.client_list.refresh()
        QMessageBox.warning(
            self.window,
            self.tr("Erase client permanently"),
            self.tr("The client was not erased.") + "\n\n" + message_of(error),
        )
        self.finished.emit(False)
