"""Agreed versions in the window, driven as a user drives them: keep a version, change the
pathway, see the marks on the map and the list of changes; open a version read-only."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pathways.model import Client, Goal, Meeting, Pathway, Step, TeamMember, Transition
from storage.database import open_database
from storage.repository import Repository
from ui.agreed import KeepAsAgreedDialog


def client() -> Client:
    return Client(
        "c1",
        "Aino Asiakas",
        goal=Goal("open_employment"),
        team=[TeamMember("t1", "Sari", "sosiaalityöntekijä", "social")],
        meetings=[Meeting("m1", date.today(), decisions=["Työkokeilu alkaa"])],
        pathways=[
            Pathway(
                "p1",
                "Suunnitelma",
                "active",
                steps=[
                    Step("s1", "social_rehabilitation", "ongoing", start=date(2026, 1, 5)),
                    Step("s2", "job_coaching", "planned"),
                ],
                transitions=[Transition("s1", "s2", "next")],
            )
        ],
    )


def stored(db_path: Path) -> Client:
    database = open_database(str(db_path))
    try:
        loaded = Repository(database).load_client("c1")
    finally:
        database.close()
    assert loaded is not None
    return loaded


@pytest.fixture
def window(qtbot: Any, main_window: Any, repository: Repository) -> Any:
    repository.create_client(client())
    assert main_window.open_client("c1")
    editor = main_window.editor
    editor._side.setCurrentWidget(editor.agreed_panel)
    return main_window


def keep_through_the_dialog(qtbot: Any, editor: Any, note: str) -> None:
    qtbot.mouseClick(editor.agreed_panel.keep_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert isinstance(dialog, KeepAsAgreedDialog)
    assert dialog.meeting_box.currentData() == "m1"  # today's meeting is offered first
    qtbot.keyClicks(dialog.note_edit, note)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_keep_a_version_change_the_pathway_and_see_what_changed(
    qtbot: Any, window: Any, db_path: Path
) -> None:
    editor = window.editor
    keep_through_the_dialog(qtbot, editor, "Sovittu palaverissa")
    kept = stored(db_path).agreed_versions
    assert len(kept) == 1 and kept[0].meeting_id == "m1" and kept[0].note == "Sovittu palaverissa"
    assert [s.id for s in kept[0].steps] == ["s1", "s2"]
    panel = editor.agreed_panel
    assert panel.versions.count() == 1 and "2 steps" in panel.versions.item(0).text()

    # Change the pathway after agreeing: a new service, and the planned step dropped.
    new_id = editor.add_service("work_trial")
    assert new_id is not None
    editor.select_steps(["s2"])
    assert editor.delete_selection()
    assert {s.id for s in stored(db_path).pathways[0].steps} == {"s1", new_id}

    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert editor.presenting() == ("compare", kept[0].id)
    badges = editor.change_overlay.item.badges()
    # The gone step, the new step, and the new arrow into it (the new step follows s1).
    assert ("gone", "⊖ Gone") in badges and ("new", "✚ New") in badges
    assert editor.scene.card("s2") is not None  # the gone step is on the map, faded
    rows = [panel.changes.item(i).text() for i in range(panel.changes.count())]
    assert panel.changes.isVisibleTo(panel) and panel.changes.accessibleName().startswith(
        "Changes since")
    assert "✚ New: Work trial" in rows
    assert any(row.startswith("⊖ Gone: Job coaching") for row in rows)

    # The map is read-only meanwhile: nothing reaches the database.
    editor.select_steps([new_id])
    assert not editor.delete_selection()
    assert {s.id for s in stored(db_path).pathways[0].steps} == {"s1", new_id}

    # Esc goes back to the pathway now, editable, without marks.
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert editor.presenting() is None and editor.change_overlay.item is None
    assert editor.scene.card("s2") is None


def test_a_version_opens_read_only_as_it_was(qtbot: Any, window: Any, db_path: Path) -> None:
    editor = window.editor
    editor.keep_as_agreed(on=date(2026, 3, 12))
    editor.add_service("work_trial")
    qtbot.mouseClick(editor.agreed_panel.open_button, Qt.MouseButton.LeftButton)
    assert editor.presenting() is not None and editor.presenting()[0] == "version"
    assert {card.step_id for card in editor.scene.cards()} == {"s1", "s2"}
    assert "12 Mar 2026" in editor.message_bar.text
    qtbot.mouseClick(editor.agreed_panel.back_button, Qt.MouseButton.LeftButton)
    assert len({card.step_id for card in editor.scene.cards()}) == 3


def test_keeping_after_another_window_changed_the_client_is_refused(
    qtbot: Any, window: Any, db_path: Path
) -> None:
    # Another workstation changes the pathway: what this window shows is no longer stored.
    database = open_database(str(db_path))
    try:
        other = Repository(database)
        loaded = other.load_client("c1")
        assert loaded is not None
        pathway = loaded.pathways[0]
        pathway.replace_step(dataclasses.replace(pathway.step("s2"), status="cancelled"))
        other.save_pathway("c1", loaded.pathways[0])
    finally:
        database.close()
    assert window.editor.keep_as_agreed() is None
    assert stored(db_path).agreed_versions == []


def test_a_meeting_record_ends_with_keep_as_agreed(qtbot: Any, window: Any, db_path: Path) -> None:
    from ui.forms.meetings import MeetingDialog, MeetingsDialog

    window.edit_section("meetings")
    meetings = window.open_dialog
    assert isinstance(meetings, MeetingsDialog)
    meetings.add_button.click()
    meeting = meetings.open_record_dialog
    assert isinstance(meeting, MeetingDialog)
    assert meeting.keep_agreed_box.isVisibleTo(meeting)
    meeting.date_field.set_value(date(2026, 3, 12))
    meeting.decisions_edit.setPlainText("Työkokeilu alkaa")
    meeting.keep_agreed_box.setChecked(True)
    qtbot.mouseClick(meeting.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(meetings.ok_button, Qt.MouseButton.LeftButton)
    saved = stored(db_path)
    new = next(m for m in saved.meetings if m.date == date(2026, 3, 12))
    assert [(v.meeting_id, v.agreed_on) for v in saved.agreed_versions] == [
        (new.id, date(2026, 3, 12))
    ]
    assert window.editor.agreed_panel.versions.count() == 1


def test_two_versions_compared_in_the_window(qtbot: Any, window: Any) -> None:
    editor = window.editor
    first = editor.keep_as_agreed(on=date(2026, 3, 12))
    new_id = editor.add_service("work_trial")
    assert new_id is not None and editor.connect_steps("s2", new_id)
    second = editor.keep_as_agreed(on=date(2026, 6, 5))
    assert first is not None and second is not None and new_id is not None
    panel = editor.agreed_panel
    panel.select_version(second.id)
    assert panel.earlier_button.isEnabled()
    qtbot.mouseClick(panel.earlier_button, Qt.MouseButton.LeftButton)
    assert editor.presenting() == ("versions", second.id)
    # The new step and the new arrow into it, each marked.
    assert editor.change_overlay.item.badges() == [("new", "✚ New"), ("new", "✚ New")]
    assert panel.changes_heading.text() == "Changes from 12 Mar 2026 to 5 Jun 2026"
    panel.select_version(first.id)
    assert not panel.earlier_button.isEnabled()  # nothing before the first


def test_exporting_while_comparing_prints_the_changes_page(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf
    from PySide6.QtWidgets import QFileDialog

    editor = window.editor
    version = editor.keep_as_agreed(on=date(2026, 3, 12))
    assert version is not None
    editor.add_service("work_trial")
    editor.compare_with_now(version.id)
    window.export_pathway()
    from ui.printing import ExportDialog

    dialog = next(d for d in window.findChildren(ExportDialog))
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(folder / "out.pdf"), "")))
    with qtbot.waitSignal(dialog.saved, timeout=60000):
        dialog.save_button.click()
    pages = [page.extract_text() for page in pypdf.PdfReader(folder / "out.pdf").pages]
    assert "Changes since 12 Mar 2026" in pages[-1]
    assert "✚ New: Work trial" in " ".join(pages[-1].split())
