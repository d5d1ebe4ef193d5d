"""What the window's trust features share: who is working, background jobs, times and messages.

The trust features (``ui.backups``, ``ui.access_log``, ``ui.erasure``, ``ui.single_instance``)
are about the data's safety, so they share a few contracts:

- **Who.** The window's repository writes every view and change under :func:`window_actor`:
  the operating-system account and the worker's name from the Settings (``$POLKU_WORKER`` when
  the Settings name nobody). The window sets it again whenever the name changes.
- **Off the GUI thread.** Backups, restores, erasures and exports run as :class:`Job`\\ s.
  Those that change the database file (backup, restore, erase) go through :func:`file_pool`, a
  pool of one thread, so that they run one after the other and never overlap; a job never
  touches a widget, and its result reaches the GUI thread through a queued signal.
- **Messages without personal data.** :func:`message_of` turns an error into words for people:
  a Polku error's own lines (written to name files and ids, never values), anything else by its
  kind alone.

Privacy of the window's own state: the settings (QSettings) hold the language, the worker's
name and the window's layout — never a client's id, name or a folder chosen for an export
(a folder's name may name a person). The exception hook (``ui.app``) shows the kind of an
unexpected error only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from storage.audit import Actor


def tr(text: str) -> str:
    return QCoreApplication.translate("trust", text)


# --- Who is working ------------------------------------------------------------------------------


def window_actor(worker_name: str) -> Actor:
    """The access log's *who* for the window: this account and *worker_name* (from the
    Settings), or ``$POLKU_WORKER`` when the Settings name nobody."""
    from storage.audit import Actor

    current = Actor.current()
    return Actor(current.os_user, worker_name.strip() or current.worker)


def use_worker_name(repository: Any, worker_name: str) -> None:
    """Make *repository* write its next entries under *worker_name*."""
    if repository is not None and hasattr(repository, "actor"):
        repository.actor = window_actor(worker_name)


# --- Jobs off the GUI thread ---------------------------------------------------------------------


class _JobSignals(QObject):
    """A QRunnable is no QObject: its signals live here (queued to the GUI thread)."""

    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception


class Job(QRunnable):
    """Runs *work* (a function of no arguments) on a pool thread.

    Runs on the worker: *work* must never touch a widget. Emits exactly one of
    ``signals.finished`` (with the result) and ``signals.failed`` (with the exception).
    """

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - shown on the GUI thread
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


_file_pool: QThreadPool | None = None
#: Jobs started and not yet reported (keeps their signal objects alive until then).
_running: set[Job] = set()


def file_pool() -> QThreadPool:
    """The one-thread pool of the jobs that write the database file or its backups."""
    global _file_pool
    if _file_pool is None:
        _file_pool = QThreadPool()
        _file_pool.setMaxThreadCount(1)
        _file_pool.setExpiryTimeout(30_000)
    return _file_pool


def start_job(
    work: Callable[[], Any],
    finished: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    *,
    writes_file: bool = False,
    context: QObject | None = None,
) -> Job:
    """Run *work* on a worker; *finished* or *failed* is then called on the GUI thread.

    *writes_file*: the work backs up, restores or erases (one at a time, in order).
    *context*: a QObject whose deletion cancels the call (a dialog closed meanwhile).
    """
    job = Job(work)
    _running.add(job)

    def alive() -> bool:
        return context is None or shiboken6.isValid(context)

    def done(result: Any) -> None:
        _running.discard(job)
        if alive():
            finished(result)

    def broke(error: Any) -> None:
        _running.discard(job)
        if alive():
            failed(error)

    # The signal object was made here, on the GUI thread: queued calls run here too.
    queued = Qt.ConnectionType.QueuedConnection
    job.signals.finished.connect(done, queued)
    job.signals.failed.connect(broke, queued)
    (file_pool() if writes_file else QThreadPool.globalInstance()).start(job)
    return job


def wait_for_file_jobs(milliseconds: int = 120_000) -> bool:
    """Wait (at the end of the program, the window gone) until backups and restores finish."""
    return _file_pool is None or _file_pool.waitForDone(milliseconds)


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A window-modal busy indication (no cancel: the work cannot stop half-way); shown at once,
    closed by the caller when the job reports."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(tr("Polku"))
    dialog.setAccessibleName(text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    dialog.show()
    return dialog


# --- Words ---------------------------------------------------------------------------------------


def local_time_text(moment: dt.datetime, *, seconds: bool = False) -> str:
    """A stored UTC moment in this computer's time, as people write it (15.1.2026 14:05)."""
    from pathways.i18n import format_date

    local = moment.astimezone()
    return (
        f"{format_date(local.date())} {local:%H:%M:%S}"
        if seconds
        else (f"{format_date(local.date())} {local:%H:%M}")
    )


def message_of(error: BaseException) -> str:
    """An error in words for people, without personal data: a Polku error's own lines (they name
    files and ids, never values), anything else by its kind."""
    from pathways.errors import PolkuError

    if isinstance(error, PolkuError):
        lines = [line.removeprefix("polku: ") for line in error.lines]
        text = "\n".join(line[:1].upper() + line[1:] for line in lines if line)
        return text if text.endswith((".", "!", "?")) else text + "."
    return tr("Something went wrong (%1). Nothing was changed.").replace("%1", type(error).__name__)
