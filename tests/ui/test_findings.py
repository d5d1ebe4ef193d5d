"""The findings panel beside the map, driven as a user drives it: the real editor, a real file.

The pathway here has a gap of 61 days between two steps, passes information on without the
client's consent and leaves a major need for money matters without a service. The team's
history is a caseload of earlier clients stored in the same database.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget

from pathways.model import (
    Client,
    Goal,
    Need,
    Pathway,
    Step,
    TeamMember,
    Transition,
)
from storage.repository import Repository
from tests.ui.test_editor import stored_client
from ui.canvas import ERROR_MARK, StepCardItem
from ui.document import ClientDocument
from ui.editor import PathwayEditor

TODAY = date(2025, 6, 1)


def _client() -> Client:
    steps = [
        Step(
            "s1",
            "social_guidance",
            "completed",
            start=date(2025, 1, 10),
            end=date(2025, 3, 1),
            responsible="m1",
        ),
        Step("s2", "work_trial", "ongoing", start=date(2025, 5, 1), responsible="m1"),
    ]
    transitions = [Transition("s1", "s2", "next", shared_info=["basic"])]  # no consent named
    return Client(
        "c1",
        "Aino Asiakas",
        goal=Goal("open_employment"),
        needs=[Need("finances", 3)],
        team=[TeamMember("m1", "Sari Sosiaalityöntekijä", "sosiaalityöntekijä", "social")],
        pathways=[
            Pathway(
                "p1",
                "Suunnitelma",
                "active",
                created_on=date(2025, 1, 10),
                steps=steps,
                transitions=transitions,
            )
        ],
    )


def _earlier_client(number: int, reached: bool) -> Client:
    """A client whose closed pathway went through debt counselling and a work trial two years
    ago; with *reached*, work on the open labour market followed within the year."""
    steps = [
        Step("d", "debt_counselling", "completed", start=date(2023, 1, 2), end=date(2023, 6, 30)),
        Step("w", "work_trial", "completed", start=date(2023, 7, 1), end=date(2023, 12, 31)),
    ]
    transitions = [Transition("d", "w", "next")]
    if reached:
        steps.append(Step("o", "open_employment", "ongoing", start=date(2024, 2, 1)))
        transitions.append(Transition("w", "o", "next"))
    return Client(
        f"h{number:02d}",
        f"Earlier {number}",
        pathways=[
            Pathway(
                f"hp{number}",
                "Polku",
                "closed",
                created_on=date(2023, 1, 2),
                steps=steps,
                transitions=transitions,
            )
        ],
    )


def _open(qtbot, repository: Repository) -> PathwayEditor:
    repository.create_client(_client())
    document = ClientDocument(repository, repository.load_client("c1"))
    editor = PathwayEditor(repository)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitExposed(editor)
    editor.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.set_document(document)
    editor.findings_panel.set_today(TODAY)
    editor.show_panel(editor.findings_panel)
    qtbot.waitUntil(lambda: editor.findings_panel.result is not None)
    return editor


def _kinds(editor: PathwayEditor) -> list[str]:
    result = editor.findings_panel.result
    assert result is not None
    return [finding.kind for finding in result.findings]


def _row(editor: PathwayEditor, kind: str) -> int:
    return _kinds(editor).index(kind)


def test_the_panel_lists_each_finding_with_its_severity_in_words_and_a_sign(
    qtbot, repository
) -> None:
    editor = _open(qtbot, repository)
    panel = editor.findings_panel
    assert _kinds(editor) == ["gap", "consent", "unmet_need"]
    texts = panel.finding_texts()
    assert texts[0] == (
        "Warning · Gap between services\n"
        "No service for 61 days between “Social guidance” and “Work trial”"
    )
    assert texts[1].startswith("Error · Information shared without valid consent\n")
    assert "without the client’s consent" in texts[1]
    assert texts[2] == (
        "Warning · Need without a service\nNo step addresses the need “Finances” (level 3)"
    )
    # The sign is an icon beside the words (an error's differs from a warning's).
    icons = [panel.findings_list.item(row).icon() for row in range(3)]
    assert all(not icon.isNull() for icon in icons)
    assert icons[0].pixmap(16).toImage() != icons[1].pixmap(16).toImage()
    # The tab says how many there are.
    tabs = next(t for t in editor.findChildren(QTabWidget) if t.indexOf(panel) >= 0)
    assert tabs.tabText(tabs.indexOf(panel)) == "Checks (3)"


def test_choosing_a_finding_selects_and_shows_its_steps_on_the_map(qtbot, repository) -> None:
    editor = _open(qtbot, repository)
    panel = editor.findings_panel
    editor.view.set_zoom(2.5)  # so that the cards are not all in sight to begin with
    editor.view.horizontalScrollBar().setValue(editor.view.horizontalScrollBar().maximum())
    panel.findings_list.setFocus()  # (Qt makes the first row current: the gap)
    editor.select_steps([])
    with qtbot.waitSignal(editor.selection_changed) as signal:
        panel.findings_list.setCurrentRow(_row(editor, "consent"))
    assert signal.args == [["s1", "s2"]]
    editor.select_steps([])
    with qtbot.waitSignal(editor.selection_changed) as signal:
        QTest.mouseClick(
            panel.findings_list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=panel.findings_list.visualItemRect(
                panel.findings_list.item(_row(editor, "gap"))
            ).center(),
        )
    assert signal.args == [["s1", "s2"]]
    selected = {item.step_id for item in editor.scene.selectedItems()}
    assert selected == {"s1", "s2"}
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert visible.intersects(editor.scene.card("s1").sceneBoundingRect())
    assert visible.intersects(editor.scene.card("s2").sceneBoundingRect())
    assert panel.findings_list.hasFocus()  # the user goes on reading the findings

    # A need without a service has no step: its suggestions are chosen instead.
    panel.findings_list.setCurrentRow(_row(editor, "unmet_need"))
    chosen = panel.suggestions_list.currentItem()
    assert chosen is not None and chosen.text().startswith("Suggested for need: Finances")


def test_cards_carry_a_badge_with_their_findings(qtbot, repository) -> None:
    editor = _open(qtbot, repository)
    first: StepCardItem = editor.scene.card("s1")
    assert [severity for severity, _message in first.findings] == ["warning", "error"]
    assert first.badge_severity == "error"
    assert "No service for 61 days" in first.toolTip()
    assert "Error: Information goes from" in first.toolTip()
    # The badge is drawn: the error's red disc at the card's top-right corner.
    badge = first.badge_rect()
    image = QImage(int(badge.width()) * 2, int(badge.height()) * 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    area = first.mapRectToScene(badge)
    editor.scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(20)}
    assert ERROR_MARK.name() in colours
    # The badges come back with the pathway: in the timeline, and when the client is reopened.
    editor.set_view("timeline")
    assert editor.scene.card("s1").badge_severity == "error"
    document = editor.document
    editor.set_document(None)
    editor.set_document(document)
    qtbot.waitUntil(lambda: editor.scene.card("s1").badge_severity == "error")
    assert editor.scene.card("s2").badge_severity == "error"


def test_closing_the_gap_in_the_inspector_takes_the_finding_away(qtbot, repository) -> None:
    editor = _open(qtbot, repository)
    editor.select_steps(["s2"])
    editor.show_panel(editor.inspector)
    start = editor.inspector.field("start").line_edit
    start.setFocus()
    start.selectAll()
    QTest.keyClicks(start, "15.3.2025")
    QTest.keyClick(start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "gap" not in _kinds(editor))
    assert _kinds(editor) == ["consent", "unmet_need"]
    assert editor.findings_panel.finding_texts()[0].startswith("Error · ")
    assert [severity for severity, _m in editor.scene.card("s1").findings] == ["error"]
    # Undo brings the gap, and its row, back.
    editor.document.undo_stack.undo()
    qtbot.waitUntil(lambda: "gap" in _kinds(editor))
    assert editor.findings_panel.finding_texts()[0].startswith("Warning · Gap between services")


def test_a_suggestion_is_added_with_enter_saved_at_once_and_undone(
    qtbot, repository, db_path
) -> None:
    editor = _open(qtbot, repository)
    panel = editor.findings_panel
    texts = panel.suggestion_texts()
    assert texts[0].startswith("Suggested for need: Finances — ")
    row = next(i for i, text in enumerate(texts) if "Financial and debt counselling" in text)
    assert "Works on the need “Finances” (level 3)" in texts[row]
    panel.suggestions_list.setFocus()
    panel.suggestions_list.setCurrentRow(row)
    QTest.keyClick(panel.suggestions_list, Qt.Key.Key_Return)

    stored = stored_client(db_path).pathway("p1")
    added = [step for step in stored if step.service == "debt_counselling"]
    assert len(added) == 1 and added[0].status == "planned"
    assert editor.scene.card(added[0].id) is not None
    assert editor.scene.selected_step_ids() == [added[0].id]
    stack = editor.document.undo_stack
    assert stack.text(stack.count() - 1) == "Add Financial and debt counselling"
    # The need is met now: no finding about it and nothing more to suggest for it.
    assert "unmet_need" not in _kinds(editor)
    assert panel.suggestion_texts() == []

    stack.undo()
    assert [s.service for s in stored_client(db_path).pathway("p1")] == [
        "social_guidance",
        "work_trial",
    ]
    qtbot.waitUntil(lambda: "unmet_need" in _kinds(editor))
    assert any("Financial and debt counselling" in t for t in panel.suggestion_texts())


@pytest.mark.parametrize("earlier", [12, 9])
def test_evidence_of_earlier_clients_only_with_ten_or_more(qtbot, repository, earlier: int) -> None:
    for number in range(earlier):
        repository.create_client(_earlier_client(number, reached=number % 2 == 0))
    editor = _open(qtbot, repository)
    panel = editor.findings_panel
    qtbot.waitUntil(lambda: panel.evidence is not None and panel.evidence.ready, timeout=20000)
    assert panel.evidence.worker_thread not in (None, threading.get_ident())

    editor.select_steps(["s2"])  # the work trial
    debt = next(t for t in panel.suggestion_texts() if "Financial and debt counselling" in t)
    if earlier >= 10:
        assert panel.step_evidence_text == (
            "Of 12 earlier clients after “Work trial”, 50 % reached open work or training "
            "within a year. Typically it took 32 days after the service ended."
        )
        assert debt.endswith(
            "Of 12 earlier clients after “Financial and debt counselling”, 50 % reached open "
            "work or training within a year. Typically it took 216 days after the service ended."
        )
        assert "not a recommendation" in panel.evidence_note
    else:
        assert panel.step_evidence_text == ""
        assert "earlier clients" not in debt
        assert panel.evidence_note == ""
    editor.select_steps(["s1"])  # social guidance: nobody went through it before
    assert panel.step_evidence_text == ""


def test_f5_in_the_window_counts_the_teams_history_again(qtbot, main_window, repository) -> None:
    repository.create_client(_client())
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    editor = main_window.editor
    panel = editor.findings_panel
    panel.set_today(TODAY)
    editor.show_panel(panel)
    qtbot.waitUntil(lambda: panel.evidence is not None and panel.evidence.ready, timeout=20000)
    editor.select_steps(["s2"])
    assert panel.step_evidence_text == ""  # nobody went through a work trial before
    # Another workstation records ten earlier clients; F5 reads the clients again.
    for number in range(10):
        repository.create_client(_earlier_client(number, reached=True))
    main_window.refresh_action.trigger()
    qtbot.waitUntil(
        lambda: panel.step_evidence_text.startswith(
            "Of 10 earlier clients after “Work trial”, 100 % reached"
        ),
        timeout=20000,
    )


def test_the_checks_with_the_keyboard_alone(qtbot, repository, db_path) -> None:
    editor = _open(qtbot, repository)
    panel = editor.findings_panel
    editor.show_panel(editor.inspector)
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_F8)
    assert panel.isVisible() and panel.findings_list.hasFocus()
    # The first finding is the one in hand: the gap, shown on the map by both its steps.
    assert panel.findings_list.currentRow() == 0
    assert editor.scene.selected_step_ids() == ["s1", "s2"]
    QTest.keyClick(panel.findings_list, Qt.Key.Key_Down)  # the consent: the same two steps
    QTest.keyClick(panel.findings_list, Qt.Key.Key_Down)  # the unmet need: its suggestions
    assert panel.suggestions_list.currentItem().text().startswith("Suggested for need: Finances")
    QTest.keyClick(panel.findings_list, Qt.Key.Key_Tab)
    assert panel.suggestions_list.hasFocus()
    QTest.keyClick(panel.suggestions_list, Qt.Key.Key_Return)
    added = [s.service for s in stored_client(db_path).pathway("p1")][2:]
    assert len(added) == 1 and added[0] in {"debt_counselling", "adult_social_work"}
