"""Backups in the window: File → Backups…, the automatic hourly backup, and a damaged database.

- :class:`BackupsDialog` lists the automatic backups of the open database (when, why, how big,
  sound or not), takes one now and restores one (after asking).
- :class:`AutomaticBackups` checks every ten minutes, and when the window closes, whether the
  hourly backup is due (``storage.backups.maybe_backup``: at most one an hour, only when the
  data changed).
- :func:`recovery_offer` and :class:`StartupRecovery`: a database that cannot be opened because
  it is damaged, not a Polku database or made by a newer Polku is never changed; the window
  explains in one message and offers to restore the newest sound backup (the file that could
  not be opened is kept aside), or quits with status 1.

Threads: listing (with each backup's integrity check), backing up and restoring run on workers
(``ui.jobs.run_job``; the last two one at a time, on the file pool). Nothing on a worker
touches a widget. A restore replaces the data under the window, so the window then reloads
the client list and closes the open documents (``MainWindow.reload_data``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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
from ui.trust import busy_dialog, local_time_text, message_of, window_actor
from ui.widgets import ERROR_COLOUR

if TYPE_CHECKING:
    from storage.backups import BackupInfo, Restored

#: How often the window asks whether the hourly backup is due (it is taken at most hourly).
CHECK_INTERVAL_MS = 10 * 60 * 1000
#: The reason of a backup taken with "Back up now".
MANUAL = "manual"


def tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    if reason.startswith("before-migration"):
        return tr("Before an upgrade of Polku")
    return {
        "hourly": tr("Automatic (hourly)"),
        MANUAL: tr("Taken with “Back up now”"),
        "before-import": tr("Before an import"),
        "before-restore": tr("Before a restore"),
    }.get(reason, reason)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


# --- The dialog ----------------------------------------------------------------------------------


class BackupsDialog(QDialog):
    """The automatic backups of the open database: list, back up now, restore (window-modal)."""

    #: The list shows the backups (after each reading).
    listed = Signal()
    #: A backup was taken now (its path).
    backed_up = Signal(str)
    #: A backup was restored (``storage.backups.Restored``): the window must reload its data.
    restored = Signal(object)

    TAKEN, REASON, SIZE, SOUND = range(4)

    def __init__(self, repository: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self._database = repository.database
        self._path: Path | None = self._database.path
        self._backups: list[BackupInfo] = []
        self._busy: Any = None
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        self.setMinimumSize(640, 380)

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self._path is None:
            intro.setText(
                self.tr(
                    "The data is on a database server, which Polku does not back up: back it "
                    "up with the server's own tools."
                )
            )
        else:
            intro.setText(
                self.tr(
                    "Polku backs up the database by itself: every hour while the data changes, "
                    "and before an import, a restore or an upgrade. Older backups are thinned "
                    "out to one a day and then one a week. They are kept in %1."
                ).replace("%1", str(self._path.parent / "backups"))
            )
        self.intro = intro

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Usable")]
        )
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TAKEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SOUND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

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

        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.setToolTip(self.tr("Take a backup of the database as it is now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setToolTip(
            self.tr("Put the chosen backup in place of the data as it is now (asks first)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.buttons)
        self._working = False
        self._update_buttons()
        self.reload()

    # --- Reading -------------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        """The backups shown, newest first."""
        return list(self._backups)

    @Slot()
    def reload(self, outcome: str = "") -> None:
        """Read the backups (and check each) on a worker; then show *outcome* (what was just
        done), or how many backups there are."""
        if self._path is None:
            self.table.setRowCount(0)
            return
        path = self._path

        def work() -> list[BackupInfo]:
            from storage.backups import list_backups

            return list_backups(path, check=True)

        self._set_working(True, outcome or self.tr("Reading the backups and checking each…"))
        run_job(work, lambda found: self._listed(found, outcome), self._failed, context=self)

    def _listed(self, backups: list[BackupInfo], outcome: str = "") -> None:
        self._backups = list(backups)
        selected = self.selected_backup()
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            sound = (
                self.tr("Yes")
                if info.sound
                else self.tr("No: %1").replace("%1", info.problem or "?")
                if info.sound is False
                else self.tr("Not checked")
            )
            cells = (
                local_time_text(info.taken_at),
                reason_text(info.reason),
                size_text(info.size),
                sound,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.SIZE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if info.sound is False:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        if backups:
            keep = next(
                (
                    row
                    for row, info in enumerate(backups)
                    if selected and info.path == selected.path
                ),
                0,
            )
            self.table.selectRow(keep)
        if not backups:
            count = self.tr("No backups yet.")
        elif len(backups) == 1:
            count = self.tr("1 backup.")
        else:
            count = self.tr("%1 backups.").replace("%1", str(len(backups)))
        self._set_working(False, outcome or count)
        self.listed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_working(False, message_of(error), problem=True)

    # --- Backing up and restoring ------------------------------------------------------------

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows() if self._backups else []
        if not rows or rows[0].row() >= len(self._backups):
            return None
        return self._backups[rows[0].row()]

    @Slot()
    def back_up_now(self) -> None:
        if self._path is None or self._working:
            return
        database = self._database

        def work() -> str:
            from storage.backups import make_backup

            return str(make_backup(database, MANUAL))

        self._set_working(True, self.tr("Backing up…"))
        run_job(work, self._backed_up, self._failed, writes_file=True, context=self)

    def _backed_up(self, path: str) -> None:
        self._set_working(False, self.tr("Backed up."))
        self.backed_up.emit(path)
        self.reload(self.tr("Backed up."))

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None or self._path is None or self._working:
            return
        if not info.sound:
            QMessageBox.warning(
                self,
                self.tr("Restore"),
                self.tr("This backup cannot be restored: %1").replace("%1", info.problem or "?"),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Restore the backup taken %1?\n\n"
                "The data as it is now is replaced by the backup's: changes made after %1 are "
                "no longer shown. The data as it is now is kept beside the database as a file, "
                "and among the backups. The access log keeps every entry, and clients erased "
                "since stay erased.\n\nOpen clients are closed first."
            ).replace("%1", local_time_text(info.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db_path = self._path
        actor = getattr(self._repository, "actor", None)

        def work() -> Restored:
            from storage.backups import restore_backup

            return restore_backup(db_path, info.path, actor=actor)

        self._set_working(True, self.tr("Restoring the backup…"))
        self._busy = busy_dialog(
            self,
            self.tr("Restoring the backup taken %1…").replace("%1", local_time_text(info.taken_at)),
        )
        run_job(work, self._restored, self._restore_failed, writes_file=True, context=self)

    def _end_busy(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None

    def _restored(self, restored: Restored) -> None:
        self._end_busy()
        text = self.tr("Restored.")
        if restored.kept_aside is not None:
            text += " " + self.tr("The data as it was is kept as %1.").replace(
                "%1", str(restored.kept_aside)
            )
        if restored.erasures_applied == 1:
            text += " " + self.tr("A client erased since the backup was taken was erased again.")
        elif restored.erasures_applied:
            text += " " + self.tr(
                "%1 clients erased since the backup was taken were erased again."
            ).replace("%1", str(restored.erasures_applied))
        self._set_working(False, text)
        self.restored.emit(restored)
        self.reload(text)

    def _restore_failed(self, error: BaseException) -> None:
        self._end_busy()
        self._set_working(False, message_of(error), problem=True)
        QMessageBox.warning(
            self, self.tr("Restore"), message_of(error) + self.refusal_explained(error)
        )

    def refusal_explained(self, error: BaseException) -> str:
        """What a refusal for the logs' sake means, in words (empty for other failures)."""
        kind = getattr(error, "kind", None)
        if kind in ("forged", "history"):
            return "\n\n" + self.tr(
                "Polku checks that a backup's access log is the log as it was written. This "
                "backup's log was changed after the backup was taken, or the backup is of "
                "another database: restoring it could add entries nobody made. Nothing was "
                "changed. Keep the file aside for your data protection officer."
            )
        if kind == "erasures":
            return "\n\n" + self.tr(
                "The access log of this database is damaged, and the register of erased "
                "clients beside it is missing. Polku cannot tell whose data must not come back, "
                "so it restores nothing. Ask your IT support to restore the erasure register "
                "(the .erasures file) from their backups."
            )
        return ""

    # --- State -------------------------------------------------------------------------------

    def _set_working(self, working: bool, text: str, *, problem: bool = False) -> None:
        self._working = working
        self.busy_bar.setVisible(working)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        self._update_buttons()

    def is_working(self) -> bool:
        return self._working

    @Slot()
    def _update_buttons(self) -> None:
        writable = self._path is not None and not self._database.readonly
        self.back_up_button.setEnabled(writable and not self._working)
        info = self.selected_backup()
        self.restore_button.setEnabled(
            writable and not self._working and info is not None and bool(info.sound)
        )


# --- The hourly backup ---------------------------------------------------------------------------


class AutomaticBackups(QObject):
    """Asks every :data:`CHECK_INTERVAL_MS`, and when the window closes, whether the hourly
    backup is due, and takes it on the file pool (never on the GUI thread)."""

    #: A backup was taken (its path).
    backed_up = Signal(str)
    #: The backup could not be taken (a message for people).
    failed = Signal(str)
    #: A check ended, with or without a backup.
    checked = Signal()

    def __init__(self, database: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        if self.active():
            self.timer.start()

    def active(self) -> bool:
        return self._database.path is not None and not self._database.readonly

    def _work(self) -> Any:
        database = self._database

        def work() -> str | None:
            from storage.backups import maybe_backup

            taken = maybe_backup(database)
            return str(taken) if taken is not None else None

        return work

    @Slot()
    def check(self) -> None:
        """Take the hourly backup if it is due (at most one check at a time)."""
        if self._pending or not self.active():
            return
        self._pending = True
        run_job(self._work(), self._done, self._broke, writes_file=True, context=self)

    def _done(self, path: str | None) -> None:
        self._pending = False
        if path:
            self.backed_up.emit(path)
        self.checked.emit()

    def _broke(self, error: BaseException) -> None:
        self._pending = False
        self.failed.emit(
            tr("The automatic backup was not taken: %1").replace("%1", message_of(error))
        )
        self.checked.emit()

    def at_close(self) -> None:
        """The window closes: one last check, on the file pool (``ui.app`` waits for it before
        it closes the database). Its outcome goes to standard error only: no window is left."""
        self.timer.stop()
        if not self.active():
            return

        def report(error: BaseException) -> None:
            print(f"polku: {message_of(error)}", file=sys.stderr)

        run_job(self._work(), lambda _path: None, report, writes_file=True)


def install_automatic_backups(window: Any, database: Any) -> AutomaticBackups:
    """The hourly backup of *window*'s database, with its outcome in the status bar."""
    backups = AutomaticBackups(database, window)
    backups.failed.connect(lambda text: window.statusBar().showMessage(text, 15000))
    return backups


# --- A database that cannot be opened ------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryOffer:
    """A database file that could not be opened and what can be done about it."""

    path: Path
    #: What is wrong with the file, in words (``storage.backups.check_backup``'s answer).
    problem: str
    #: The newest sound automatic backup (``BackupInfo``), or None when there is none.
    backup: Any


def recovery_offer(target: str | None, error: BaseException) -> RecoveryOffer | None:
    """What to offer when opening *target* failed with *error*; None when restoring a backup
    would not help (the database was reachable and sound: locked, unreadable, a server…).

    Runs on the opener's worker (checking backups reads whole files); never raises.
    """
    try:
        from pathways.errors import EnvironmentProblem
        from storage.backups import check_backup, newest_sound_backup
        from storage.database import DamagedDatabase, sqlite_path

        if not isinstance(error, EnvironmentProblem):
            return None
        path = sqlite_path(target)
        if path is None or not path.is_file() or not os.access(path, os.R_OK):
            return None
        check = check_backup(path)
        if check.sound:
            return None
        backup = error.backup if isinstance(error, DamagedDatabase) else newest_sound_backup(path)
        return RecoveryOffer(path, check.problem or "?", backup)
    except Exception:  # noqa: BLE001 - no offer; the plain message is shown
        return None


class StartupRecovery(QObject):
    """Offers to restore the newest sound backup in place of a database that cannot be opened;
    emits ``finished(True)`` once it is restored (the caller opens the database again), or
    ``finished(False)`` when the user said no or the restore failed (the caller quits with 1)."""

    finished = Signal(bool)

    def __init__(self, window: QWidget, offer: RecoveryOffer, worker_name: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.offer = offer
        self.worker_name = worker_name
        self._busy: Any = None

    def question(self) -> str:
        offer = self.offer
        text = (
            self.tr("The database could not be opened: %1.\n\n%2\n\nIt was left exactly as it was.")
            .replace("%1", offer.problem)
            .replace("%2", str(offer.path))
        )
        text += "\n\n" + self.tr(
            "The newest sound backup was taken %1. Restore it and open it? The file that "
            "could not be opened is kept beside it, so nothing is lost.\n\n"
            "Choose No to quit without changing anything."
        ).replace("%1", local_time_text(offer.backup.taken_at))
        return text

    def start(self) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Polku"),
            self.question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.finished.emit(False)
            return
        offer = self.offer
        actor = window_actor(self.worker_name)

        def work() -> Restored:
            from storage.backups import restore_backup

            return restore_backup(offer.path, offer.backup.path, actor=actor)

        self._busy = busy_dialog(self.window, self.tr("Restoring the backup…"))
        run_job(work, self._restored, self._failed, writes_file=True, context=self)

    def _close_busy(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None

    def _restored(self, restored: Restored) -> None:
        self._close_busy()
        text = self.tr("The backup taken %1 was restored.").replace(
            "%1", local_time_text(self.offer.backup.taken_at)
        )
        if restored.kept_aside is not None:
            text += "\n\n" + self.tr("The file that could not be opened is kept as %1.").replace(
                "%1", str(restored.kept_aside)
            )
        QMessageBox.information(self.window, self.tr("Polku"), text)
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        self._close_busy()
        print(f"polku: {message_of(error)}", file=sys.stderr)
        QMessageBox.critical(
            self.window,
            self.tr("Polku"),
            self.tr("The backup could not be restored.") + "\n\n" + message_of(error),
        )
        self.finished.emit(False)
