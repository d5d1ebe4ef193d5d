"""The pathway editor, driven as a user drives it: the real widgets, a real SQLite file.

Every change must reach the database at once (no save button), so the tests reopen the file
with a new Repository and compare what a person would see there.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pathways.errors import InputError
from pathways.model import Client, Consent, Goal, Pathway, Step, TeamMember, Transition
from storage.database import open_database
from storage.repository import Repository
from ui.canvas import SERVICE_MIME_TYPE, StepCardItem
from ui.document import ClientDocument
from ui.editor import ConnectDialog, PathwayEditor, TitleDialog

TEAM = [
    TeamMember("m1", "Sari Sosiaalityöntekijä", "sosiaalityöntekijä", "social"),
    TeamMember("m2", "Jari Työhönvalmentaja", "työhönvalmentaja", "employment"),
]


def _client(steps: list[Step] | None = None, transitions: list[Transition] | None = None) -> Client:
    return Client(
        "c1",
        "Aino Asiakas",
        goal=Goal("open_employment", "Osa-aikatyö varastossa"),
        team=list(TEAM),
        consents=[Consent("k1", date(2025, 2, 1), ["employment", "social"])],
        pathways=[
            Pathway(
                "p1",
                "Suunnitelma",
                "active",
                created_on=date(2025, 2, 1),
                steps=steps or [],
                transitions=transitions or [],
            )
        ],
    )


def stored_client(db_path: Path) -> Client:
    """The client as a new program run would load it from the same file."""
    database = open_database(str(db_path))
    try:
        client = Repository(database).load_client("c1")
    finally:
        database.close()
    assert client is not None
    return client


def _open(qtbot, repository: Repository, client: Client) -> tuple[PathwayEditor, ClientDocument]:
    repository.create_client(client)
    document = ClientDocument(repository, repository.load_client(client.id))
    editor = PathwayEditor(repository)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitExposed(editor)
    editor.windowHandle().requestActivate()  # keyboard focus goes to the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.set_document(document)
    return editor, document


def _service_codes(pathway: Pathway) -> list[str]:
    return [s.service for s in pathway]


def _step_of(pathway: Pathway, service: str) -> Step:
    return next(s for s in pathway if s.service == service)


def _add_from_palette(editor: PathwayEditor, search: str) -> None:
    """Type in the palette's search box and press Enter (what Insert leads to)."""
    box = editor.service_palette.search_box
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, search)
    QTest.keyClick(box, Qt.Key.Key_Return)


def _type_date(field, text: str) -> None:
    """Type a date in an inspector date field and press Enter, as a user does."""
    edit = field.line_edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_add_connect_edit_dates_undo_redo_and_reopen(
    qtbot, repository, db_path, fresh_repository
) -> None:
    editor, document = _open(qtbot, repository, _client())
    stack = document.undo_stack

    # Three services from the palette, each a planned step, each saved at once.
    _add_from_palette(editor, "monialainen")
    _add_from_palette(editor, "tyohonvalmennus")
    _add_from_palette(editor, "tyokokeilu")
    stored = stored_client(db_path).pathway("p1")
    assert _service_codes(stored) == ["multisectoral_mapping", "job_coaching", "work_trial"]
    assert {s.status for s in stored} == {"planned"}
    assert len(editor.scene.cards()) == 3
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add Multi-sectoral mapping and employment plan",
        "Add Job coaching",
        "Add Work trial",
    ]

    pathway = document.pathway("p1")
    mapping = _step_of(pathway, "multisectoral_mapping").id
    coaching = _step_of(pathway, "job_coaching").id
    trial = _step_of(pathway, "work_trial").id

    # Connect mapping → coaching with "Connect to…", and coaching → trial by dragging.
    editor.select_steps([mapping])
    editor.actions_for_menus()["connect"].trigger()
    dialog = editor.dialog
    assert isinstance(dialog, ConnectDialog)
    row = next(
        i
        for i in range(dialog.steps_list.count())
        if dialog.steps_list.item(i).data(Qt.ItemDataRole.UserRole) == coaching
    )
    dialog.steps_list.setCurrentRow(row)
    dialog.referral_box.setChecked(True)
    dialog.accept()
    view = editor.view
    source = editor.scene.card(coaching)
    target = editor.scene.card(trial)
    view.reveal(trial)
    start = view.mapFromScene(source.mapToScene(source.rect().center()))
    end = view.mapFromScene(target.mapToScene(target.rect().center()))
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, start
    )
    QTest.mouseMove(view.viewport(), (start + end) / 2)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, end
    )
    stored = stored_client(db_path).pathway("p1")
    assert [(t.from_step, t.to_step, t.kind, t.referral) for t in stored.transitions] == [
        (mapping, coaching, "next", True),
        (coaching, trial, "next", False),
    ]
    assert editor.scene.arrow((coaching, trial, "next")) is not None
    assert stack.text(stack.count() - 1) == "Connect Job coaching \u2192 Work trial"

    # Edit the work trial's dates in the inspector: bad ones are refused next to the field.
    editor.select_steps([trial])
    inspector = editor.inspector
    assert inspector.step_id == trial
    # A planned step's end is its planned end, if known: the form names it so.
    assert inspector.step_form.captions["end"].text() == "Planned &end"
    assert "if that is known" in inspector.step_form.hints["end"].text()
    status_box = inspector.field("status")
    status_box.setCurrentIndex(status_box.findData("ongoing"))
    status_box.activated.emit(status_box.currentIndex())
    assert "start date" in inspector.message("start")
    assert _step_of(stored_client(db_path).pathway("p1"), "work_trial").status == "planned"
    count = stack.count()
    start_field = inspector.field("start")
    _type_date(start_field, "1.3.2026")
    assert inspector.message("start") == ""
    stored = _step_of(stored_client(db_path).pathway("p1"), "work_trial")
    assert (stored.status, stored.start, stored.end) == ("ongoing", date(2026, 3, 1), None)
    assert stack.count() == count + 1
    assert stack.text(stack.count() - 1) == "Mark Work trial as ongoing"

    # On an ongoing step the end is its planned end, and the form says so: it is saved.
    end_field = inspector.field("end")
    form = inspector.step_form
    assert form.captions["end"].text() == "Planned &end"
    assert not form.hints["end"].isHidden()
    assert "work trial agreed until a date" in form.hints["end"].text()
    _type_date(end_field, "30.4.2026")
    assert inspector.message("end") == ""
    stored = _step_of(stored_client(db_path).pathway("p1"), "work_trial")
    assert (stored.status, stored.end) == ("ongoing", date(2026, 4, 30))
    assert stack.text(stack.count() - 1) == "Edit dates of Work trial"
    count = stack.count()
    # A planned end before the start is refused, next to the field; so is completing with it.
    _type_date(end_field, "1.2.2026")
    assert "before the start" in inspector.message("end")
    assert not inspector.step_form.messages["end"].isHidden()
    status_box.setCurrentIndex(status_box.findData("completed"))
    status_box.activated.emit(status_box.currentIndex())
    assert form.captions["end"].text() == "&End"  # a completed step's end is its real end
    assert form.hints["end"].isHidden()
    assert "before the start" in inspector.message("end")
    stored = _step_of(stored_client(db_path).pathway("p1"), "work_trial")
    assert (stored.status, stored.end) == ("ongoing", date(2026, 4, 30))
    assert stack.count() == count  # nothing was applied
    _type_date(end_field, "31.2.2026")  # no such day
    assert "15.1.2026" in inspector.message("end")
    assert _step_of(stored_client(db_path).pathway("p1"), "work_trial").status == "ongoing"
    _type_date(end_field, "31.5.2026")
    stored = _step_of(stored_client(db_path).pathway("p1"), "work_trial")
    assert (stored.status, stored.start, stored.end) == (
        "completed",
        date(2026, 3, 1),
        date(2026, 5, 31),
    )
    assert inspector.message("end") == ""
    assert editor.scene.card(trial).status == "completed"

    # Undo everything back to the empty pathway, checking the file at each step; then redo.
    final = document.pathway("p1").copy()
    while stack.canUndo():
        stack.undo()
        assert stored_client(db_path).pathway("p1") == document.pathway("p1")
    assert len(stored_client(db_path).pathway("p1")) == 0
    assert editor.scene.cards() == []
    while stack.canRedo():
        stack.redo()
    assert document.pathway("p1") == final

    # A new run of the program on the same file shows exactly the same pathway.
    assert stored_client(db_path).pathway("p1") == final
    editor.close()
    repository2 = fresh_repository()
    reopened = ClientDocument(repository2, repository2.load_client("c1"))
    second = PathwayEditor(repository2)
    qtbot.addWidget(second)
    second.set_document(reopened)
    assert second.current_pathway_id() == "p1"
    assert {c.step_id for c in second.scene.cards()} == {mapping, coaching, trial}
    assert second.scene.card(trial).status == "completed"
    assert len(second.scene.arrows()) == 2


def test_the_same_flow_with_the_keyboard_alone(qtbot, repository, db_path) -> None:
    editor, document = _open(qtbot, repository, _client())
    view = editor.view
    view.setFocus()
    assert view.hasFocus()
    for search in ("sosiaaliohjaus", "kuntouttava tyotoiminta", "tyokokeilu"):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
        assert editor.service_palette.search_box.hasFocus()
        QTest.keyClicks(editor.service_palette.search_box, search)
        QTest.keyClick(editor.service_palette.search_box, Qt.Key.Key_Return)
    pathway = document.pathway("p1")
    assert _service_codes(pathway) == [
        "social_guidance",
        "rehabilitative_work_activity",
        "work_trial",
    ]

    # Arrow keys walk the steps in reading order (columns left to right).
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home)
    order = editor.scene.reading_order()
    assert editor.scene.selected_step_ids() == [order[0]]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert editor.scene.selected_step_ids() == [order[1]]
    assert editor.pathway_list.selected_step_ids() == [order[1]]  # the list follows

    # Ctrl+L: connect the selected step to the next one in the list.
    QTest.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    QTest.keyClick(dialog.steps_list, Qt.Key.Key_Down)
    QTest.keyClick(dialog.steps_list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    stored = stored_client(db_path).pathway("p1")
    assert [(t.from_step, t.to_step) for t in stored.transitions] == [(order[1], order[2])]

    # Enter opens the selected step in the inspector; the status box changes with the arrows.
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home)
    QTest.keyClick(view, Qt.Key.Key_Return)
    inspector = editor.inspector
    assert inspector.field("service").hasFocus()
    status_box = inspector.field("status")
    status_box.setFocus()
    QTest.keyClick(status_box, Qt.Key.Key_Down)  # planned → ongoing: needs a start date
    assert status_box.currentData() == "ongoing"
    assert inspector.message("start") != ""
    assert document.pathway("p1").step(order[0]).status == "planned"
    QTest.keyClick(status_box, Qt.Key.Key_Tab)  # to the start date
    start = inspector.field("start")
    assert start.line_edit.hasFocus()
    QTest.keyClicks(start.line_edit, "2.3.2026")
    QTest.keyClick(start.line_edit, Qt.Key.Key_Return)
    step = stored_client(db_path).pathway("p1").step(order[0])
    assert (step.status, step.start) == ("ongoing", date(2026, 3, 2))

    # Delete removes the selected step (and its transitions); Ctrl+Z brings it back.
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)
    removed = editor.scene.selected_step_ids()[0]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert not stored_client(db_path).pathway("p1").has_step(removed)
    assert stored_client(db_path).pathway("p1").transitions == []
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = stored_client(db_path).pathway("p1")
    assert restored.has_step(removed) and len(restored.transitions) == 1
    QTest.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not stored_client(db_path).pathway("p1").has_step(removed)

    # Ctrl+2 / Ctrl+1 switch views.
    QTest.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_view() == "timeline"
    QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_view() == "stages"


def test_dropping_a_service_adds_a_planned_step(qtbot, repository, db_path) -> None:
    editor, document = _open(qtbot, repository, _client())
    # What the palette puts on the clipboard of a drag.
    tree = editor.service_palette.tree
    item = tree.itemFromIndex(editor.service_palette.index_of_code("job_coaching"))
    mime = tree.mimeData([item])
    assert bytes(mime.data(SERVICE_MIME_TYPE).data()) == b"job_coaching"

    # A drop on the view's viewport, as the window system delivers it.
    viewport = editor.view.viewport()
    point = QPoint(viewport.width() // 2, viewport.height() // 2)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    assert _service_codes(stored_client(db_path).pathway("p1")) == ["job_coaching"]

    # A second one lands as well; the dropped step is selected and shown in the inspector.
    data = QMimeData()
    data.setData(SERVICE_MIME_TYPE, b"work_trial")
    _drop(viewport, data, QPoint(40, 40))
    assert _service_codes(stored_client(db_path).pathway("p1")) == ["job_coaching", "work_trial"]
    assert editor.inspector.step_id == document.pathway("p1").steps[-1].id
    # Text that is not a service is refused, and changes nothing.
    plain = QMimeData()
    plain.setText("work_trial")
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        plain,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert not enter.isAccepted()
    _drop(viewport, plain, point)
    assert len(stored_client(db_path).pathway("p1")) == 2


def _drop(viewport, data: QMimeData, point: QPoint) -> None:
    QApplication.sendEvent(
        viewport,
        QDragEnterEvent(
            point,
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    QApplication.sendEvent(
        viewport,
        QDropEvent(
            QPointF(point),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


def _three_steps() -> Client:
    return _client(
        steps=[
            Step(
                "a",
                "multisectoral_mapping",
                "completed",
                start=date(2025, 2, 1),
                end=date(2025, 3, 1),
                responsible="m2",
            ),
            Step("b", "job_coaching", "ongoing", start=date(2025, 3, 2), responsible="m2"),
            Step("c", "work_trial", "planned", start=date(2026, 4, 1), end=date(2026, 6, 30)),
        ],
        transitions=[Transition("a", "b", "next"), Transition("b", "c", "next")],
    )


def test_dragging_a_card_is_one_undo_command_and_the_position_persists(
    qtbot, repository, db_path
) -> None:
    editor, document = _open(qtbot, repository, _three_steps())
    stack = document.undo_stack
    view = editor.view
    card = editor.scene.card("c")
    arrow = editor.scene.arrow(("b", "c", "next"))
    tip_before = arrow.route_points()[-1]
    view.reveal("c")
    start = view.mapFromScene(card.mapToScene(QPointF(60, 30)))
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(8 * step, 14 * step))
    # The arrow follows the card while it moves.
    assert arrow.route_points()[-1] != tip_before
    assert stack.count() == 0  # nothing is recorded until the button is released
    QTest.mouseRelease(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        start + QPoint(40, 70),
    )
    assert stack.count() == 1 and stack.text(0) == "Move card"
    moved = document.pathway("p1").step("c").position
    assert moved is not None
    assert stored_client(db_path).pathway("p1").step("c").position == moved
    assert (card.pos().x(), card.pos().y()) == moved

    # Keyboard nudges of the same card merge into one more command.
    view.setFocus()
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == 2
    assert stored_client(db_path).pathway("p1").step("c").position == (moved[0] + 30, moved[1])

    # Tidy up puts every card back where the layout places it, as one command.
    editor.actions_for_menus()["tidy"].trigger()
    assert stack.count() == 3 and stack.text(2) == "Tidy up"
    assert stored_client(db_path).pathway("p1").step("c").position is None
    auto = editor.scene.layout.card("c").auto_box
    assert (card.pos().x(), card.pos().y()) == (auto.x, auto.y)
    assert not editor.actions_for_menus()["tidy"].isEnabled()
    stack.undo()
    assert stored_client(db_path).pathway("p1").step("c").position == (moved[0] + 30, moved[1])
    stack.undo()
    stack.undo()
    assert stored_client(db_path).pathway("p1").step("c").position is None


def test_switching_to_the_timeline(qtbot, repository) -> None:
    editor, _document = _open(qtbot, repository, _three_steps())
    editor.scene.set_today(date(2026, 1, 15))
    editor.actions_for_menus()["view_timeline"].trigger()
    assert editor.current_view() == "timeline"
    layout = editor.scene.layout
    assert layout.view == "timeline" and layout.today_x == layout.x_of(date(2026, 1, 15))
    a, b, c = (editor.scene.card(x) for x in "abc")
    assert a.pos().x() == layout.x_of(date(2025, 2, 1))
    assert a.pos().x() < b.pos().x() < c.pos().x()
    assert layout.card("b").open_end  # ongoing: open-ended
    assert not a.flags() & a.GraphicsItemFlag.ItemIsMovable  # bars follow their dates
    assert len(editor.scene.arrows()) == 2
    editor.set_view("stages")
    assert editor.scene.layout.view == "stages"
    assert editor.scene.card("c").flags() & StepCardItem.GraphicsItemFlag.ItemIsMovable


def test_list_and_canvas_select_together(qtbot, repository) -> None:
    editor, _document = _open(qtbot, repository, _three_steps())
    listing = editor.pathway_list
    assert listing.step_rows() == editor.scene.reading_order() == ["a", "b", "c"]
    assert listing.step_item("b").text(0).splitlines() == [
        "Job coaching",
        "Ongoing · 2 Mar 2025 – · Jari Työhönvalmentaja",
    ]
    assert listing.transition_item(("b", "c", "next")) is not None
    listing.step_item("b").setSelected(True)
    assert editor.scene.selected_step_ids() == ["b"]
    assert editor.inspector.step_id == "b"
    editor.scene.select([], [("a", "b", "next")])
    assert listing.selected_transition_keys() == [("a", "b", "next")]
    assert editor.inspector.transition_key == ("a", "b", "next")
    received = []
    editor.selection_changed.connect(received.append)
    editor.select_steps(["c"])
    assert received[-1] == ["c"]


def _click_box(box) -> None:
    """Click a check box on its box (a click on the empty space beside it does nothing)."""
    QTest.mouseClick(
        box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(7, box.height() // 2)
    )


def test_transition_inspector_validates_and_saves(qtbot, repository, db_path) -> None:
    editor, document = _open(qtbot, repository, _three_steps())
    editor.scene.select([], [("b", "c", "next")])
    inspector = editor.inspector
    shared = inspector.transition_form.fields["shared_info"]
    assert shared is not None
    referral = inspector.field("referral")
    _click_box(referral)
    assert stored_client(db_path).pathway("p1").transition(("b", "c", "next")).referral
    # Turning a support arrow c → a into "next" would make a loop: refused at "kind".
    assert editor.connect_steps("c", "a", "support")
    editor.scene.select([], [("c", "a", "support")])
    kind = inspector.field("kind")
    kind.setCurrentIndex(kind.findData("next"))
    kind.activated.emit(kind.currentIndex())
    assert "loop" in inspector.message("kind")
    assert stored_client(db_path).pathway("p1").has_transition(("c", "a", "support"))
    # Shared information with the client's consent.
    editor.scene.select([], [("a", "b", "next")])
    box = inspector._shared["health"]  # noqa: SLF001 - the form's own checkbox
    _click_box(box)
    consent = inspector.field("consent")
    consent.setCurrentIndex(consent.findData("k1"))
    consent.activated.emit(consent.currentIndex())
    stored = stored_client(db_path).pathway("p1").transition(("a", "b", "next"))
    assert (stored.shared_info, stored.consent) == (["health"], "k1")
    # Changing the kind keeps the transition selected under its new key.
    kind.setCurrentIndex(kind.findData("support"))
    kind.activated.emit(kind.currentIndex())
    assert stored_client(db_path).pathway("p1").has_transition(("a", "b", "support"))
    assert editor.inspector.transition_key == ("a", "b", "support")
    assert editor.scene.selected_transition_keys() == [("a", "b", "support")]


def test_pathways_new_copy_rename_activate_close(qtbot, repository, db_path) -> None:
    editor, document = _open(qtbot, repository, _three_steps())
    actions = editor.actions_for_menus()
    stack = document.undo_stack

    actions["copy_pathway"].trigger()
    dialog = editor.dialog
    assert isinstance(dialog, TitleDialog)
    dialog.line_edit.setText("Vaihtoehto B")
    dialog.accept()
    copy_id = editor.current_pathway_id()
    assert copy_id != "p1"
    stored = stored_client(db_path)
    copy = stored.pathway(copy_id)
    assert (copy.title, copy.status) == ("Vaihtoehto B", "draft")
    assert [s.id for s in copy] == ["a", "b", "c"] and len(copy.transitions) == 2
    assert {c.step_id for c in editor.scene.cards()} == {"a", "b", "c"}

    actions["activate_pathway"].trigger()
    stored = stored_client(db_path)
    assert [(p.id, p.status) for p in stored.pathways] == [("p1", "draft"), (copy_id, "active")]
    assert "draft" in editor.message_bar.text
    assert not actions["activate_pathway"].isEnabled()

    actions["rename_pathway"].trigger()
    editor.dialog.line_edit.setText("  ")
    editor.dialog.accept()
    assert editor.dialog is not None and editor.dialog.isVisible()  # an empty title is refused
    editor.dialog.line_edit.setText("Plan B")
    editor.dialog.accept()
    assert stored_client(db_path).pathway(copy_id).title == "Plan B"

    actions["new_pathway"].trigger()
    editor.dialog.accept()  # the offered title
    blank_id = editor.current_pathway_id()
    assert len(stored_client(db_path).pathway(blank_id)) == 0
    assert editor.scene.cards() == []
    editor.actions_for_menus()["close_pathway"].trigger()
    assert stored_client(db_path).pathway(blank_id).status == "closed"

    # The selector lists them all and switches.
    box = editor._pathway_box  # noqa: SLF001 - the selector above the canvas
    assert box.count() == 3
    box.setCurrentIndex(box.findData("p1"))
    box.activated.emit(box.currentIndex())
    assert editor.current_pathway_id() == "p1"

    # Undo back: the new pathway goes, the rename and activation are undone.
    while stack.canUndo():
        stack.undo()
    stored = stored_client(db_path)
    assert [(p.id, p.title, p.status) for p in stored.pathways] == [("p1", "Suunnitelma", "active")]
    assert editor.current_pathway_id() == "p1"


def test_a_change_the_database_refuses_changes_nothing(
    qtbot, repository, db_path, monkeypatch
) -> None:
    editor, document = _open(qtbot, repository, _three_steps())
    before = document.pathway("p1").copy()

    def refuse(client_id: str, pathways: list[Pathway], **_kwargs: object) -> None:
        raise InputError("polku: the change conflicts with data in the database (test)")

    monkeypatch.setattr(repository, "save_pathways", refuse)
    assert editor.add_service("work_trial") is None
    assert document.pathway("p1") == before
    assert document.undo_stack.count() == 0
    assert editor.message_bar.isVisible() and editor.message_bar.is_error
    assert "conflicts" in editor.message_bar.text
    assert len(editor.scene.cards()) == 3
    monkeypatch.undo()
    assert stored_client(db_path).pathway("p1") == before


def test_client_details_are_edited_through_the_document(qtbot, repository, db_path) -> None:
    editor, document = _open(qtbot, repository, _three_steps())
    details = dataclasses.replace(
        document.client,
        team=[dataclasses.replace(TEAM[0]), dataclasses.replace(TEAM[1], name="Jari Uusinimi")],
    )
    document.edit_details(details, "Edit team")
    assert stored_client(db_path).team[1].name == "Jari Uusinimi"
    assert "Jari Uusinimi" in editor.scene.card("b").toolTip()
    document.undo_stack.undo()
    assert stored_client(db_path).team[1].name == "Jari Työhönvalmentaja"
    assert "Jari Työhönvalmentaja" in editor.scene.card("b").toolTip()


def test_no_document_and_no_pathway(qtbot, repository) -> None:
    editor = PathwayEditor(repository)
    qtbot.addWidget(editor)
    editor.set_document(None)
    assert editor.current_pathway_id() is None
    assert not editor.actions_for_menus()["add_step"].isEnabled()
    client = _client()
    client.pathways = []
    repository.create_client(client)
    document = ClientDocument(repository, repository.load_client("c1"))
    editor.set_document(document)
    assert editor.current_pathway_id() is None
    assert editor.actions_for_menus()["new_pathway"].isEnabled()
    editor.create_pathway("Ensimmäinen")
    assert editor.current_pathway_id() is not None
    assert editor.add_service("work_trial") is not None


def test_every_control_has_an_accessible_name(qtbot, repository) -> None:
    from PySide6.QtWidgets import QAbstractButton, QWidget

    editor, _document = _open(qtbot, repository, _three_steps())
    for selection in ((), ("b",), ("a", "b", "next")):
        if len(selection) == 1:
            editor.select_steps(list(selection))
        elif selection:
            editor.scene.select([], [selection])
        for panel in (editor.inspector, editor.service_palette, editor.pathway_list):
            editor.show_panel(panel)
            for widget in editor.findChildren(QWidget):
                if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
                    continue
                name = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else ""
                )
                assert name, f"{type(widget).__name__} under {type(widget.parent()).__name__}"


def test_connect_by_dragging_from_the_handle_and_a_loop_is_refused(
    qtbot, repository, db_path
) -> None:
    editor, document = _open(qtbot, repository, _three_steps())
    view = editor.view
    scene = editor.scene
    view.set_zoom(1.0)
    editor.select_steps(["a"])
    source, target = scene.card("a"), scene.card("c")

    def drag(from_point: QPointF, to_card) -> None:
        view.ensureVisible(source.sceneBoundingRect().united(to_card.sceneBoundingRect()))
        start = view.mapFromScene(from_point)
        end = view.mapFromScene(to_card.mapToScene(to_card.rect().center()))
        QTest.mousePress(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
        )
        QTest.mouseMove(view.viewport(), (start + end) / 2)
        QTest.mouseMove(view.viewport(), end)
        assert scene.connecting
        QTest.mouseRelease(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end
        )
        assert not scene.connecting

    # The selected card shows a handle on its right edge: dragging from it connects.
    drag(source.mapToScene(source.handle_center()), target)
    assert stored_client(db_path).pathway("p1").has_transition(("a", "c", "next"))
    box = scene.layout.card("a").box
    assert (source.pos().x(), source.pos().y()) == (box.x, box.y)  # not moved
    # c → a would make a loop of "next" steps: refused, with the reason in the message bar.
    editor.select_steps(["c"])
    source = scene.card("c")
    count = document.undo_stack.count()
    drag(source.mapToScene(source.handle_center()), scene.card("a"))
    assert document.undo_stack.count() == count
    assert editor.message_bar.is_error and "loop" in editor.message_bar.text
    assert not stored_client(db_path).pathway("p1").has_transition(("c", "a", "next"))


def test_right_click_on_a_card_offers_its_commands(qtbot, repository) -> None:
    editor, _document = _open(qtbot, repository, _three_steps())
    view = editor.view
    card = editor.scene.card("b")
    view.reveal("b")
    point = view.mapFromScene(card.mapToScene(card.rect().center()))
    view.customContextMenuRequested.emit(point)
    assert editor.scene.selected_step_ids() == ["b"]
    menu = editor._map_menu  # noqa: SLF001 - the menu just shown
    texts = [a.text().replace("&", "") for a in menu.actions() if a.isEnabled()]
    assert {"Edit selected", "Connect to…", "Delete"} <= set(texts)
    menu.close()


def test_connect_offers_the_steps_not_yet_linked_and_preselects_one_nobody_leads_to(
    qtbot, repository
) -> None:
    # b is linked to a (next, into it) and to d (support, into it); c is led to from a already.
    client = _client(
        steps=[
            Step("a", "multisectoral_mapping", "completed", start=date(2025, 2, 1),
                 end=date(2025, 3, 1), responsible="m2"),
            Step("b", "job_coaching", "ongoing", start=date(2025, 3, 2), responsible="m2"),
            Step("c", "work_trial", "planned", start=date(2026, 4, 1), responsible="m2"),
            Step("d", "social_guidance", "ongoing", start=date(2025, 1, 10), responsible="m2"),
            Step("e", "work_trial", "planned", start=date(2026, 5, 1), responsible="m2"),
        ],
        transitions=[
            Transition("a", "b", "next"),
            Transition("d", "b", "support"),
            Transition("a", "c", "next"),
        ],
    )
    editor, _document = _open(qtbot, repository, client)
    editor.select_steps(["b"])
    editor.actions_for_menus()["connect"].trigger()
    dialog = editor.dialog
    assert isinstance(dialog, ConnectDialog)
    offered = [
        dialog.steps_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.steps_list.count())
    ]
    assert sorted(offered) == ["c", "e"]
    assert dialog.steps_list.currentItem().data(Qt.ItemDataRole.UserRole) == "e"
    dialog.reject()
