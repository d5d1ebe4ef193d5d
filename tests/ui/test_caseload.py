"""The caseload report in the window: figures for a period, counted on a worker, and exported.

The caseload is five clients stored in a real SQLite file: four ESF+ participants who entered
and left on known days, and pathways whose stages, moves and drop-outs are known.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from pathways.model import Client, Goal, Participation, Pathway, Step, Transition
from storage.repository import Repository
from ui.caseload import CaseloadDialog
from ui.main_window import MainWindow

TODAY = date(2025, 11, 1)


def _pathway(
    pathway_id: str, status: str, steps: list[Step], moves: list[tuple[str, str]]
) -> Pathway:
    return Pathway(
        pathway_id,
        "Polku",
        status,
        created_on=date(2024, 1, 1),
        steps=steps,
        transitions=[Transition(a, b, "next") for a, b in moves],
    )


@pytest.fixture
def caseload(repository: Repository) -> Repository:
    clients = [
        Client(
            "a",
            "Aino",
            participation=Participation(
                date(2025, 2, 1), "unemployed", date(2025, 9, 30), "employed"
            ),
            pathways=[
                _pathway(
                    "pa",
                    "active",
                    [
                        Step(
                            "a1", "rehabilitative_work_activity", "ongoing", start=date(2025, 2, 10)
                        )
                    ],
                    [],
                )
            ],
        ),
        Client(
            "b",
            "Bertta",
            participation=Participation(date(2025, 3, 15), "long_term_unemployed"),
            pathways=[
                _pathway(
                    "pb",
                    "active",
                    [
                        Step(
                            "b1",
                            "service_need_assessment",
                            "completed",
                            start=date(2025, 3, 15),
                            end=date(2025, 4, 14),
                        ),
                        Step("b2", "social_rehabilitation", "ongoing", start=date(2025, 4, 15)),
                    ],
                    [("b1", "b2")],
                )
            ],
        ),
        Client(
            "c",
            "Cecilia",
            goal=Goal("training"),
            participation=Participation(
                date(2024, 5, 1), "inactive", date(2024, 12, 31), "in_education"
            ),
            pathways=[
                _pathway(
                    "pc",
                    "closed",
                    [
                        Step(
                            "c1",
                            "rehabilitative_work_activity",
                            "completed",
                            start=date(2024, 5, 1),
                            end=date(2024, 7, 30),
                        ),
                        Step(
                            "c2",
                            "vocational_education",
                            "completed",
                            start=date(2024, 8, 1),
                            end=date(2024, 12, 31),
                        ),
                    ],
                    [("c1", "c2")],
                )
            ],
        ),
        Client(
            "d",
            "Daniel",
            pathways=[_pathway("pd", "draft", [Step("d1", "work_trial", "planned")], [])],
        ),
        Client(
            "e",
            "Eero",
            participation=Participation(
                date(2025, 6, 1), "unemployed", date(2025, 8, 1), "job_seeking"
            ),
            pathways=[
                _pathway(
                    "pe",
                    "closed",
                    [
                        Step(
                            "e1",
                            "social_rehabilitation",
                            "interrupted",
                            start=date(2025, 6, 1),
                            end=date(2025, 7, 15),
                        )
                    ],
                    [],
                )
            ],
        ),
    ]
    for client in clients:
        repository.create_client(client)
    return repository


class GatedRepository:
    """The real repository, but reading the clients waits until the test opens the gate: a
    count that takes as long as the test wants."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository
        self.gate = threading.Event()
        self.waiting = threading.Event()  # a worker has come to the gate
        self.reads = 0

    def load_clients(self, client_ids: Any = None) -> list[Client]:
        self.waiting.set()
        self.gate.wait(20)
        self.reads += 1
        return self._repository.load_clients(client_ids)

    def catalogue(self) -> Any:
        return self._repository.catalogue()


def _dialog(qtbot: Any, repository: Any) -> CaseloadDialog:
    dialog = CaseloadDialog(repository, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _figures(dialog: CaseloadDialog, table: str) -> dict[str, str]:
    return {row[0]: row[1] for row in dialog.figure_rows()[table]}


def _type(field: Any, text: str) -> None:
    field.line_edit.setFocus()
    field.line_edit.selectAll()
    QTest.keyClicks(field.line_edit, text)
    QTest.keyClick(field.line_edit, Qt.Key.Key_Return)


def test_the_figures_are_counted_on_a_worker_for_all_time_and_for_a_period(
    qtbot: Any, caseload: Repository
) -> None:
    gated = GatedRepository(caseload)
    dialog = _dialog(qtbot, gated)
    assert dialog.recount()
    # The count waits at the gate: the window goes on answering meanwhile.
    assert dialog.counting and dialog.status.text().startswith("Reading the clients")
    assert not dialog.busy_bar.isHidden() and not dialog.csv_button.isEnabled()
    qtbot.waitUntil(lambda: gated.waiting.is_set())  # the worker is at the gate
    QApplication.processEvents()  # the window answers meanwhile
    assert dialog.report is None and dialog.counting
    gated.gate.set()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.counting, timeout=20000)
    assert dialog.worker_thread not in (None, threading.get_ident())
    assert dialog.busy_bar.isHidden()

    esf = _figures(dialog, "esf")
    # The ESF+ indicators under the funder's names, the total first (no gender recorded here).
    assert {key: esf[key] for key in (
        "Total number of participants",
        "Unemployed, including long-term unemployed",
        "Long-term unemployed participants",
        "Inactive",
        "Participants who left",
        "Participants in employment, including self-employment, upon leaving",
        "Participants in education or training upon leaving",
        "Participants engaged in job searching upon leaving",
    )} == {
        "Total number of participants": "4",
        "Unemployed, including long-term unemployed": "3",
        "Long-term unemployed participants": "1",
        "Inactive": "1",
        "Participants who left": "3",
        "Participants in employment, including self-employment, upon leaving": "1",
        "Participants in education or training upon leaving": "1",
        "Participants engaged in job searching upon leaving": "1",
    }
    assert dialog.figure_rows()["esf"][1] == ["Total number of participants", "4", "0", "0",
                                              "0", "4"]
    assert _figures(dialog, "caseload") == {
        "Clients in the database": "5",
        "Active pathways": "2",
        "Active pathways with no current stage": "0",
    }
    stages = {row[0]: row[1:] for row in dialog.figure_rows()["stages"]}
    # (clients now, median days, ended short of the goal, steps in active pathways)
    assert stages["Need identification and assessment"] == ["0", "30 (n = 1)", "0", "1"]
    assert stages["Functional capacity and rehabilitation"] == ["1", "122 (n = 2)", "1", "1"]
    assert stages["Work activity"] == ["1", "177 (n = 2)", "0", "1"]
    assert stages["Training and education"] == ["0", "152 (n = 1)", "0", "0"]
    assert "Period: all time" in dialog.period_label.text()
    # The chart: two moves on and one path that stopped short of the goal.
    assert dialog.chart.bands == 3
    description = dialog.chart.accessibleDescription()
    assert "Need identification and assessment → Functional capacity and rehabilitation: 1" in (
        description
    )
    assert "Functional capacity and rehabilitation → ended short of the goal: 1" in description

    # A period typed as people write dates: counted from the clients already read.
    _type(dialog.from_field, "1.1.2025")
    _type(dialog.to_field, "31.12.2025")
    qtbot.waitUntil(lambda: _figures(dialog, "esf")["Total number of participants"] == "3")
    esf = _figures(dialog, "esf")
    assert esf["Inactive"] == "0"
    assert esf["Participants who left"] == "2"
    assert esf["Participants in education or training upon leaving"] == "0"
    assert "1 Jan 2025 – 31 Dec 2025" in dialog.period_label.text()
    assert gated.reads == 1

    # Open at the end: from June on.
    dialog.to_field.set_value(None)
    _type(dialog.from_field, "1.6.2025")
    qtbot.waitUntil(lambda: _figures(dialog, "esf")["Total number of participants"] == "1")
    assert _figures(dialog, "esf")["Participants who left"] == "2"
    assert "from 1 Jun 2025" in dialog.period_label.text()

    # "All time" opens both ends again; "Read again" reads the database anew.
    dialog.all_time_button.click()
    qtbot.waitUntil(lambda: _figures(dialog, "esf")["Total number of participants"] == "4")
    dialog.reread_button.click()
    qtbot.waitUntil(lambda: gated.reads == 2 and not dialog.counting)


def test_a_period_that_ends_before_it_starts_is_refused(qtbot: Any, caseload: Repository) -> None:
    dialog = _dialog(qtbot, caseload)
    dialog.recount()
    qtbot.waitUntil(lambda: dialog.report is not None)
    _type(dialog.from_field, "1.6.2025")
    qtbot.waitUntil(lambda: not dialog.counting)
    _type(dialog.to_field, "1.1.2025")
    assert dialog.problem.text() == "The period starts after it ends."
    assert not dialog.counting
    assert dialog.report.period_from == date(2025, 6, 1) and dialog.report.period_to is None
    _type(dialog.to_field, "31.13.2025")
    assert "no such day" in dialog.problem.text()


def test_a_stopped_or_closed_count_drops_its_late_result(qtbot: Any, caseload: Repository) -> None:
    gated = GatedRepository(caseload)
    dialog = _dialog(qtbot, gated)
    dialog.recount()
    job = dialog.count_job
    qtbot.waitUntil(gated.waiting.is_set)  # the worker reads (a job not started yet is skipped)
    dialog.cancel_button.click()
    assert not dialog.counting and dialog.status.text() == "Counting stopped."
    gated.gate.set()
    qtbot.waitUntil(lambda: job is not None and job.settled)  # the result came, and was dropped
    assert gated.reads == 1 and dialog.report is None

    gated.gate.clear()
    gated.waiting.clear()
    dialog.recount(reread=True)
    job = dialog.count_job
    qtbot.waitUntil(gated.waiting.is_set)
    dialog.close()
    gated.gate.set()
    qtbot.waitUntil(lambda: job is not None and job.settled)
    assert gated.reads == 2 and dialog.report is None

    # Deleted while its worker still counts: the result goes nowhere, and nothing breaks.
    gated.gate.clear()
    gated.waiting.clear()
    doomed = CaseloadDialog(gated, today=TODAY)  # not qtbot's: this test deletes it
    doomed.show()
    doomed.recount(reread=True)
    job = doomed.count_job
    qtbot.waitUntil(gated.waiting.is_set)
    doomed.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(doomed))
    gated.gate.set()
    qtbot.waitUntil(lambda: job is not None and job.settled)
    assert gated.reads == 3


def test_export_as_csv_and_pdf(
    qtbot: Any, caseload: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, caseload)
    dialog.recount()
    qtbot.waitUntil(lambda: dialog.report is not None)
    asked: list[str] = []

    def save_as(_parent: Any, title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / ("report" if title.endswith("CSV") else "report.pdf")), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as saved:
        dialog.csv_button.click()
    assert saved.args == [str(tmp_path / "report.csv")]  # the suffix is added
    data = (tmp_path / "report.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as Excel in Finland wants
    text = data.decode("utf-8-sig")
    assert "Total number of participants;4;0;0;0;4\r\n" in text
    assert "Clients in the database;5\r\n" in text
    assert asked[0].endswith("2025-11-01.csv")

    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.pdf_button.click()
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))  # no half-written file left behind
    assert dialog.status.text() == f"Saved {pdf}."


def test_the_window_opens_the_report_from_its_reports_menu(
    qtbot: Any, main_window: MainWindow, caseload: Repository
) -> None:
    action = main_window.caseload_action
    assert action in main_window.menus["reports"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    dialog = main_window.caseload_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert _figures(dialog, "caseload")["Clients in the database"] == "5"
    # Opened again, it reads the database again (another workstation may have added clients).
    dialog.close()
    caseload.create_client(Client("f", "Fanni"))
    action.trigger()
    assert main_window.caseload_dialog is dialog
    qtbot.waitUntil(lambda: _figures(dialog, "caseload")["Clients in the database"] == "6")
