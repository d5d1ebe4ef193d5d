"""The window's one job runner: results on the GUI thread, errors handed over, cancellation."""

from __future__ import annotations

import threading
import weakref
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from ui.jobs import run_job, running_jobs


def test_the_work_runs_on_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, Any] = {}
    run_job(
        lambda: threading.get_ident(),
        lambda worker: seen.update(worker=worker, reported=threading.get_ident()),
    )
    qtbot.waitUntil(lambda: "reported" in seen)
    assert seen["worker"] != gui
    assert seen["reported"] == gui
    qtbot.waitUntil(lambda: running_jobs() == 0)


def test_an_error_reaches_failed_and_never_done(qtbot: QtBot) -> None:
    done: list[object] = []
    failed: list[BaseException] = []

    def work() -> None:
        raise ValueError("no")

    run_job(work, done.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0], ValueError)
    assert done == []


def test_a_cancelled_job_reports_nothing(qtbot: QtBot) -> None:
    release = threading.Event()
    reported: list[object] = []
    job = run_job(lambda: release.wait(10), reported.append, reported.append)
    job.cancel()
    release.set()
    assert job.wait(10_000)
    qtbot.waitUntil(lambda: running_jobs() == 0)
    assert reported == []
    assert job.cancelled


def test_a_job_whose_context_was_deleted_reports_nothing(qtbot: QtBot) -> None:
    release = threading.Event()
    reported: list[object] = []
    context = QObject()
    run_job(lambda: release.wait(10), reported.append, reported.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not _valid(context))
    release.set()
    qtbot.waitUntil(lambda: running_jobs() == 0)
    assert reported == []


def test_file_jobs_run_one_after_the_other_in_order(qtbot: QtBot) -> None:
    order: list[int] = []
    lock = threading.Lock()
    inside = 0
    overlapped = False

    def work(number: int) -> int:
        nonlocal inside, overlapped
        with lock:
            inside += 1
            overlapped = overlapped or inside > 1
        threading.Event().wait(0.02)
        with lock:
            inside -= 1
        return number

    for number in range(5):
        run_job(lambda n=number: work(n), order.append, writes_file=True)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
    assert not overlapped


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_a_job_that_reported_holds_nothing_of_the_window(qtbot: QtBot) -> None:
    """A closed dialog is not kept alive by the job it started (nor its callbacks)."""
    context = QObject()
    alive = weakref.ref(context)
    job = run_job(lambda: 1, lambda _result: None, context=context)
    qtbot.waitUntil(lambda: job.settled)
    del context
    assert alive() is None


def test_a_job_that_ends_after_its_signals_are_gone_prints_no_traceback(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """Quitting while a print preview is still rendering: Qt deletes the job's signal object
    before the work ends. The report is dropped quietly — no traceback on the terminal."""
    release = threading.Event()
    reported: list[object] = []
    job = run_job(lambda: release.wait(10), reported.append)
    shiboken6.delete(job.signals)
    release.set()
    assert job.wait(10_000)
    # Whatever the job posted to the GUI thread was posted before this: it has arrived once
    # this has (no fixed wait that a slow machine outruns).
    flushed: list[bool] = []
    QTimer.singleShot(0, lambda: flushed.append(True))
    qtbot.waitUntil(lambda: bool(flushed))
    assert reported == [] and job.settled
    assert running_jobs() == 0
    err = capfd.readouterr().err
    assert "Traceback" not in err and "RuntimeError" not in err and "Error calling" not in err
