"""The access log of one client (File → Access log…) and the files of their access request.

Act 703/2023 gives a client the right to know who has viewed or handled their data. The dialog
shows every access-log entry about the open client — when (this computer's time), who (the
worker's name and the computer account), what was done and to which part of the data —
filtered by date, and writes what the client is entitled to ask for into a folder the worker
chooses: the client's data as an exchange file (JSON, for other programs) and a readable PDF
of the whole access log.

Threads: reading the log and writing the files run on workers (``ui.jobs.run_job``). The
export asks the repository for everything in one unit of work that first logs it as an
``export`` (``Repository.access_request``), so no copy leaves without its entry. The files
are written by ``pathways.access_report`` (matplotlib ``Figure``, no widget), privately and
atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import run_job
from ui.trust import local_time_text, message_of
from ui.widgets import ERROR_COLOUR, DateField

if TYPE_CHECKING:
    from pathways.model import Client
    from storage.audit import AuditEntry


def tr(text: str) -> str:
    return QCoreApplication.translate("access_log", text)


# --- Entries in words ----------------------------------------------------------------------------


def action_text(action: str) -> str:
    """What an entry's action was, in words."""
    return {
        "view": tr("Viewed"),
        "create": tr("Created"),
        "change": tr("Changed"),
        "delete": tr("Deleted"),
        "print": tr("Printed"),
        "export": tr("Handed out (exported)"),
        "import": tr("Imported"),
        "erase": tr("Erased"),
        "restore": tr("Restored from a backup"),
        "backup": tr("Backed up"),
        "check": tr("Checked the pathway"),
    }.get(action, action)


def target_text(target: str | None, client: Client | None = None) -> str:
    """Which part of the data an entry is about, in words (a pathway by its title when the
    client still has it)."""
    if target is None:
        return tr("The client's data")
    if target == "details":
        return tr("Details")
    if target == "access request":
        return tr("Access request")
    if target.startswith("pathway "):
        pathway_id = target.removeprefix("pathway ")
        title = next(
            (p.title for p in (client.pathways if client else []) if p.id == pathway_id), None
        )
        if title:
            return tr("Pathway “%1”").replace("%1", title)
        return tr("Pathway %1").replace("%1", pathway_id)
    return target


def who_text(entry: AuditEntry) -> str:
    """The worker's name and the computer account (the account alone when no name was set)."""
    account = f"{entry.os_user}, {entry.db_user}" if entry.db_user else entry.os_user
    if entry.worker:
        return f"{entry.worker} ({account})"
    return account


def entry_row(entry: AuditEntry, client: Client | None = None) -> tuple[str, str, str, str]:
    """(when, who, what, which data) of an entry, as shown and printed."""
    return (
        local_time_text(entry.at, seconds=True),
        who_text(entry),
        action_text(entry.action),
        target_text(entry.target, client),
    )


# --- The access request's files ------------------------------------------------------------------


def write_access_request(repository: Any, client_id: str, folder: Path) -> list[Path]:
    """Log the access request as an export, then write its files into *folder*: the client's
    data as an exchange file (JSON) and the access-log PDF (``pathways.access_report``, the
    same files the command line writes). The paths written. Runs on a worker."""
    from pathways.access_report import write_access_package

    request = repository.access_request(client_id)
    return write_access_package(request, folder)


# --- The dialog ----------------------------------------------------------------------------------


class AccessLogDialog(QDialog):
    """Every access-log entry about one client, filterable by date, and their export."""

    #: The entries were read and are shown.
    loaded = Signal()
    #: The access request's files were written (their paths).
    exported = Signal(list)
    #: Something could not be read or written (the message shown).
    failed = Signal(str)

    WHEN, WHO, WHAT, WHICH = range(4)

    def __init__(self, repository: Any, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self._client = client
        self._entries: list[AuditEntry] = []
        self._working = False
        title = self.tr("Access log – %1").replace("%1", client.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumSize(760, 460)

        intro = QLabel(
            self.tr(
                "Everyone who has viewed, changed, printed or handed out this client's data in "
                "Polku, newest first. The client has the right to know this (act 703/2023)."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.from_field = DateField(self)
        self.from_field.set_accessible_name(self.tr("Entries from (empty: from the first)"))
        self.to_field = DateField(self)
        self.to_field.set_accessible_name(self.tr("Entries up to (empty: up to now)"))
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.from_field.line_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_field.line_edit)
        for field in (self.from_field, self.to_field):
            field.line_edit.setMinimumWidth(110)
            field.edited.connect(self._filter)
            field.editing_finished.connect(self._filter)
        self.all_button = QPushButton(self.tr("&All dates"), self)
        self.all_button.setAccessibleName(self.tr("Show the entries of all dates"))
        self.all_button.clicked.connect(self.show_all_dates)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        filters = QHBoxLayout()
        filters.addWidget(from_label)
        filters.addWidget(self.from_field)
        filters.addWidget(to_label)
        filters.addWidget(self.to_field)
        filters.addWidget(self.all_button)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Which data")]
        )
        self.table.setAccessibleName(self.tr("Access log entries, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (self.WHEN, self.WHO, self.WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WHICH, QHeaderView.ResizeMode.Stretch)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.busy_bar)
        status_row.addWidget(self.status, 1)

        self.export_button = QPushButton(self.tr("&Export for the client's access request…"), self)
        self.export_button.setAccessibleName(self.tr("Export for the client's access request"))
        self.export_button.setToolTip(
            self.tr(
                "Write the client's data (JSON) and a readable PDF of this access log into a "
                "folder you choose. The export is itself recorded in the log."
            )
        )
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close")
        )
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.buttons)
        self.reload()

    # --- Reading and filtering -----------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the client's entries again, on a worker."""
        repository, client_id = self._repository, self._client.id
        self._set_working(True, self.tr("Reading the access log…"))
        run_job(
            lambda: repository.access_log(client_id), self._loaded, self._failed, context=self
        )

    def _loaded(self, entries: Sequence[AuditEntry]) -> None:
        self._entries = list(entries)
        self._set_working(False, "")
        self._filter()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        message = message_of(error)
        self._set_working(False, message, problem=True)
        self.failed.emit(message)

    def entries(self) -> list[AuditEntry]:
        """Every entry read, oldest first."""
        return list(self._entries)

    @Slot()
    def show_all_dates(self) -> None:
        self.from_field.set_value(None)
        self.to_field.set_value(None)
        self._filter()

    def _period(self) -> tuple[dt.date | None, dt.date | None] | None:
        problems = [
            f"{name}: {error}"
            for name, error in (
                (self.tr("From"), self.from_field.error()),
                (self.tr("To"), self.to_field.error()),
            )
            if error
        ]
        if problems:
            self.problem.setText(" ".join(problems))
            self.problem.show()
            return None
        start, end = self.from_field.value(), self.to_field.value()
        if start and end and start > end:
            self.problem.setText(self.tr("The first date is after the second."))
            self.problem.show()
            return None
        self.problem.hide()
        return start, end

    @Slot()
    def _filter(self) -> None:
        period = self._period()
        if period is None:
            return
        start, end = period
        shown = [
            entry
            for entry in reversed(self._entries)
            if (start is None or entry.at.astimezone().date() >= start)
            and (end is None or entry.at.astimezone().date() <= end)
        ]
        self.table.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            for column, text in enumerate(entry_row(entry, self._client)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if len(shown) == len(self._entries):
            self.count_label.setText(
                self.tr("1 entry")
                if len(shown) == 1
                else self.tr("%1 entries").replace("%1", str(len(shown)))
            )
        else:
            self.count_label.setText(
                self.tr("%1 of %2 entries")
                .replace("%1", str(len(shown)))
                .replace("%2", str(len(self._entries)))
            )

    def shown_rows(self) -> list[tuple[str, ...]]:
        """The table's rows as shown (for tests and checks)."""
        rows = []
        for row in range(self.table.rowCount()):
            items = (self.table.item(row, column) for column in range(4))
            rows.append(tuple(item.text() if item is not None else "" for item in items))
        return rows

    # --- The access request --------------------------------------------------------------------

    @Slot()
    def export(self) -> None:
        """Ask for a folder, then write the access request's JSON and PDF there on a worker."""
        if self._working:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the access request's files")
        )
        if not folder:
            return
        repository, client_id = self._repository, self._client.id
        self._set_working(True, self.tr("Writing the access request's files…"))
        run_job(
            lambda: write_access_request(repository, client_id, Path(folder)),
            self._exported,
            self._export_failed,
            context=self,
        )

    def _exported(self, paths: list[Path]) -> None:
        names = "\n".join(str(path) for path in paths)
        self._set_working(
            False, self.tr("Written: %1").replace("%1", ", ".join(path.name for path in paths))
        )
        self.exported.emit([str(path) for path in paths])
        QMessageBox.information(
            self,
            self.tr("Access request"),
            self.tr(
                "The client's data and this access log were written to:\n\n%1\n\n"
                "They hold personal data: hand them to the client securely, and delete them "
                "from this computer once handed over."
            ).replace("%1", names),
        )
        self.reload()  # the export is in the log now

    def _export_failed(self, error: BaseException) -> None:
        message = message_of(error)
        self._set_working(False, message, problem=True)
        self.failed.emit(message)
        QMessageBox.warning(self, self.tr("Access request"), message)

    # --- State ---------------------------------------------------------------------------------

    def _set_working(self, working: bool, text: str, *, problem: bool = False) -> None:
        self._working = working
        self.busy_bar.setVisible(working)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        self.export_button.setEnabled(not working and not self._repository.database.readonly)

    def is_working(self) -> bool:
        return self._working
