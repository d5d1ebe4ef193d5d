"""The window's one way to run work off the GUI thread: :func:`run_job` and its :class:`Job`.

Every background task of the window (opening the database, reloading and opening clients,
counting the caseload, the outcome evidence, printing, backups, restores, erasure, the access
log) follows the same rules:

- **Threads.** :func:`run_job` is called on the GUI thread. The *work* runs on a pool thread:
  it must never touch a widget (read the widgets first, hand the work plain values). *done*
  and *failed* are called on the GUI thread, through a queued signal.
- **Lifetime.** This module keeps a started job alive until it reports; the caller may drop
  the :class:`Job` it gets back. A job reports nothing when its *context* (a QObject, usually
  the dialog or window that asked) has been deleted meanwhile, or when it was cancelled.
- **Errors.** An exception raised by the work reaches *failed* on the GUI thread; without
  *failed* it is logged by its kind alone (no personal data, no traceback for the user).
- **Cancellation.** :meth:`Job.cancel` (GUI thread) drops the result: neither *done* nor
  *failed* is called. Long work may read :attr:`Job.cancelled` between steps and stop early.
  Starting newer work for the same view is: cancel the old job, run a new one.
- **Order.** Work that writes the database file or its backups (backup, restore, erase) passes
  ``writes_file=True`` and runs on a pool of one thread, one job after the other; everything
  else shares Qt's global pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

T = TypeVar("T")

log = logging.getLogger("polku.jobs")


class _JobSignals(QObject):
    """A QRunnable is no QObject: its signals live here, made on the GUI thread."""

    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception


class Job(QRunnable):
    """One piece of work on a pool thread, started by :func:`run_job`."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancelled = threading.Event()
        self._ended = threading.Event()
        #: True once the job's report reached the GUI thread (handed on, or dropped).
        self.settled = False
        self.report: _Report | None = None
        self.signals = _JobSignals()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called (safe to read on the worker)."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Drop the result: neither *done* nor *failed* will be called. Work not yet started is
        skipped; work under way runs on unless it reads :attr:`cancelled`."""
        self._cancelled.set()

    def wait(self, milliseconds: int = 120_000) -> bool:
        """Block until the work has ended (at shutdown, or before starting what it prepares);
        False if it is still running after *milliseconds*. Its report is still queued."""
        return self._ended.wait(milliseconds / 1000)

    def run(self) -> None:
        """Runs on the worker; never touch widgets here. Emits exactly one signal."""
        try:
            if self.cancelled:
                self._emit(self.signals.finished, None)
                return
            try:
                result = self._work()
            except Exception as error:  # noqa: BLE001 - handed to the GUI thread
                self._emit(self.signals.failed, error)
                return
            self._emit(self.signals.finished, result)
        finally:
            self._ended.set()

    def _emit(self, signal: Any, value: object) -> None:
        """Hand *value* to the GUI thread. When the program is quitting, Qt may already have
        deleted the signal's object: nobody is left to tell, so the report is dropped quietly
        (it never becomes a traceback on the terminal)."""
        try:
            signal.emit(value)
        except RuntimeError:
            self.settled = True
            _running.discard(self)
            log.info("a background job ended after the window closed; its report was dropped")


_file_pool: QThreadPool | None = None
#: Jobs started and not yet reported (keeps them and their signal objects alive until then).
_running: set[Job] = set()


def file_pool() -> QThreadPool:
    """The one-thread pool of the jobs that write the database file or its backups."""
    global _file_pool
    if _file_pool is None:
        _file_pool = QThreadPool()
        _file_pool.setMaxThreadCount(1)
        _file_pool.setExpiryTimeout(30_000)
    return _file_pool


def _log_failure(error: BaseException) -> None:
    log.warning("background work failed: %s", type(error).__name__)


def run_job(
    work: Callable[[], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
    *,
    context: QObject | None = None,
    writes_file: bool = False,
) -> Job:
    """Run *work* (no arguments) on a worker; then *done(result)* or *failed(error)* on the GUI
    thread — unless the job was cancelled or *context* was deleted meanwhile.

    Call on the GUI thread. *writes_file*: the work backs up, restores or erases (one at a time,
    in order)."""
    job = Job(work)
    _running.add(job)
    # PySide holds a connected bound method weakly: the job keeps its report alive.
    job.report = _Report(job, done, failed, context)
    report = job.report
    # The signal object was made here, on the GUI thread: queued calls run here too.
    queued = Qt.ConnectionType.QueuedConnection
    job.signals.finished.connect(report.finished, queued)
    job.signals.failed.connect(report.failed, queued)
    (file_pool() if writes_file else QThreadPool.globalInstance()).start(job)
    return job


class _Report:
    """Hands one job's result or error on (GUI thread), once, if still wanted; then lets go of
    the callbacks and the context, so that a closed dialog is not kept alive by its job."""

    def __init__(
        self,
        job: Job,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None,
        context: QObject | None,
    ) -> None:
        self._job: Job | None = job
        self._done: Callable[[Any], None] | None = done
        self._failed = failed or _log_failure
        self._context = context
        self._has_context = context is not None

    def _settle(self) -> tuple[Callable[[Any], None], Callable[[BaseException], None]] | None:
        """Forget the job; the callbacks when its report is still wanted, else None."""
        job, done, failed, context = self._job, self._done, self._failed, self._context
        self._job = self._done = self._context = None
        if job is None or done is None:
            return None
        _running.discard(job)
        job.settled = True
        if job.cancelled or (self._has_context and not shiboken6.isValid(context)):
            return None
        return done, failed

    def finished(self, result: Any) -> None:
        callbacks = self._settle()
        if callbacks is not None:
            callbacks[0](result)

    def failed(self, error: BaseException) -> None:
        callbacks = self._settle()
        if callbacks is not None:
            callbacks[1](error)


def running_jobs() -> int:
    """How many started jobs have not reported yet."""
    return len(_running)


def wait_for_file_jobs(milliseconds: int = 120_000) -> bool:
    """Wait (at the end of the program, the window gone) until backups and restores finish."""
    return _file_pool is None or _file_pool.waitForDone(milliseconds)
