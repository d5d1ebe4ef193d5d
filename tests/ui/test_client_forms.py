"""The client forms in the real window: bad input is refused next to the field and nothing
reaches the database; good input is saved at once (checked through a fresh Repository)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from pathways.model import Client, Consent, Meeting, Pathway, Step, TeamMember
from ui.forms import (
    ClientDialog,
    ConsentDialog,
    ConsentsDialog,
    GoalDialog,
    MeetingDialog,
    MeetingsDialog,
    NeedsDialog,
    ParticipationDialog,
    TeamDialog,
    TeamMemberDialog,
)
from ui.forms.base import FormDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english")


VALID_CODE = "131052-308T"  # the example of the Digital and Population Data Services Agency
WRONG_CHECK = "131052-308A"


def _type(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type *text* into a line edit (or a DateField) as a person would, replacing what is there."""
    target = getattr(widget, "line_edit", widget)
    target.setFocus()
    target.selectAll()
    if not text:
        qtbot.keyClick(target, Qt.Key.Key_Delete)
    for character in text:
        if character.isascii():
            qtbot.keyClicks(target, character)
        else:  # QTest only knows ASCII keys: send what a keyboard layout with Ä sends
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    target,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character),
                )


def _press_ok(qtbot: Any, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _shown_under(dialog: FormDialog, key: str) -> str:
    """The message shown under field *key*, checking that it is visible and right below it."""
    field = dialog.fields[key]
    assert field.error.isVisible(), f"no message under {key}"
    widget_bottom = field.widget.mapTo(dialog, field.widget.rect().bottomLeft()).y()
    error_top = field.error.mapTo(dialog, field.error.rect().topLeft()).y()
    assert 0 <= error_top - widget_bottom <= 12, "the message is not right under its field"
    target = getattr(field.widget, "line_edit", field.widget)
    assert target.property("invalid") is True, f"{key} is not marked"
    return field.message()


def _client(client_id: str = "c1", name: str = "Noora Laaksonen", **values: Any) -> Client:
    return Client(id=client_id, name=name, municipality="Lahti", **values)


@pytest.fixture
def opened(main_window: MainWindow, repository: Any) -> MainWindow:
    """The window with one client, Noora Laaksonen (c1), open."""
    repository.create_client(
        _client(
            team=[TeamMember("t1", "Heidi Rantanen", "IPS-työhönvalmentaja", "health")],
            pathways=[
                Pathway(
                    "p1",
                    "IPS-polku",
                    "active",
                    steps=[
                        Step(
                            "s1",
                            "ips_coaching",
                            "ongoing",
                            start=date(2025, 3, 10),
                            responsible="t1",
                        )
                    ],
                )
            ],
        )
    )
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    return main_window


# --- A new client -------------------------------------------------------------------------------


def test_bad_personal_identity_code_is_refused_next_to_the_field_then_a_valid_one_saves(
    qtbot: Any, main_window: MainWindow, fresh_repository: Any
) -> None:
    main_window.new_client_action.trigger()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog) and dialog.isVisible()
    _type(qtbot, dialog.name_edit, "Matti Äijälä")
    _type(qtbot, dialog.personal_id_edit, WRONG_CHECK)
    _press_ok(qtbot, dialog)

    assert dialog.isVisible(), "a bad code must not close the form"
    assert "check character" in _shown_under(dialog, "personal_id")
    assert dialog.focusWidget() is dialog.personal_id_edit
    assert fresh_repository().count_clients() == 0, "nothing may reach the database"

    _type(qtbot, dialog.personal_id_edit, VALID_CODE)
    _press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    saved = fresh_repository().list_clients()
    assert [s.name for s in saved] == ["Matti Äijälä"]
    client = fresh_repository().load_client(saved[0].id)
    assert client is not None
    assert client.personal_id == VALID_CODE
    assert client.birth_year == 1952  # filled in from the code
    # The new client is open and listed.
    assert main_window.current_client_id() == client.id
    assert main_window.details.name_label.text() == "Matti Äijälä"
    assert [s.name for s in main_window.client_list.model.summaries()] == ["Matti Äijälä"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("131052-308", "11 characters"),
        ("310252-308T", "not a real date"),
        ("131052*308T", "century sign"),
        ("131052-001T", "individual number"),
        ("13105X-308T", "DDMMYYCNNNX"),
    ],
)
def test_the_message_says_what_is_wrong_with_the_code(
    qtbot: Any, main_window: MainWindow, code: str, words: str
) -> None:
    main_window.new_client()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _type(qtbot, dialog.name_edit, "Anna Aalto")
    _type(qtbot, dialog.personal_id_edit, code)
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert words in _shown_under(dialog, "personal_id")
    assert main_window.repository.count_clients() == 0


def test_empty_name_and_impossible_year_are_refused(
    qtbot: Any, main_window: MainWindow, fresh_repository: Any
) -> None:
    main_window.new_client()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _type(qtbot, dialog.name_edit, "   ")
    _type(qtbot, dialog.birth_year_edit, "1850")
    _type(qtbot, dialog.languages_edit, "fi, Swedish")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "name" in _shown_under(dialog, "name")
    assert "1900" in _shown_under(dialog, "birth_year")
    assert "Swedish" in _shown_under(dialog, "languages")
    assert dialog.focusWidget() is dialog.name_edit  # the first field in error
    assert fresh_repository().count_clients() == 0


def test_birth_year_must_agree_with_the_personal_identity_code(
    qtbot: Any, main_window: MainWindow
) -> None:
    main_window.new_client()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _type(qtbot, dialog.name_edit, "Anna Aalto")
    _type(qtbot, dialog.birth_year_edit, "1953")
    _type(qtbot, dialog.personal_id_edit, VALID_CODE)
    _press_ok(qtbot, dialog)
    assert "1952" in _shown_under(dialog, "birth_year")
    assert main_window.repository.count_clients() == 0


def test_a_message_goes_away_as_soon_as_the_field_is_fixed(
    qtbot: Any, main_window: MainWindow
) -> None:
    main_window.new_client()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _press_ok(qtbot, dialog)
    assert dialog.fields["name"].error.isVisible()
    qtbot.keyClicks(dialog.name_edit, "A")
    assert not dialog.fields["name"].error.isVisible()
    assert dialog.name_edit.property("invalid") is False


def test_a_personal_identity_code_of_another_client_is_refused_at_the_field(
    qtbot: Any, main_window: MainWindow, repository: Any, fresh_repository: Any
) -> None:
    repository.create_client(_client("c1", personal_id=VALID_CODE))
    main_window.client_list.refresh()
    main_window.new_client()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _type(qtbot, dialog.name_edit, "Toinen Asiakas")
    _type(qtbot, dialog.personal_id_edit, VALID_CODE)
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "same personal identity code" in _shown_under(dialog, "personal_id")
    assert VALID_CODE not in dialog.fields["personal_id"].message()  # never repeats the code
    assert fresh_repository().count_clients() == 1


def test_a_taken_client_number_is_refused(
    qtbot: Any, main_window: MainWindow, repository: Any
) -> None:
    repository.create_client(_client("c1"))
    main_window.new_client()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _type(qtbot, dialog.name_edit, "Toinen Asiakas")
    _type(qtbot, dialog.id_edit, "c1")
    _press_ok(qtbot, dialog)
    assert "already" in _shown_under(dialog, "id")
    assert repository.count_clients() == 1


def test_cancel_creates_nothing(qtbot: Any, main_window: MainWindow, fresh_repository: Any) -> None:
    main_window.new_client()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _type(qtbot, dialog.name_edit, "Anna Aalto")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert fresh_repository().count_clients() == 0


# --- Editing the details of an open client ------------------------------------------------------


def test_edit_basic_details_saves_at_once(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.section_actions["basic"].trigger()
    dialog = opened.open_dialog
    assert isinstance(dialog, ClientDialog)
    assert dialog.name_edit.text() == "Noora Laaksonen"
    _type(qtbot, dialog.municipality_edit, "Hollola")
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    client = fresh_repository().load_client("c1")
    assert client.municipality == "Hollola"
    assert client.pathways[0].title == "IPS-polku"  # details edits leave pathways alone
    assert "Hollola" in opened.details.bodies["basic"].text()


def test_goal_with_an_impossible_date_is_refused_then_saved(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.details.headers["goal"].button.click()
    dialog = opened.open_dialog
    assert isinstance(dialog, GoalDialog)
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData("open_employment"))
    _type(qtbot, dialog.description_edit, "")
    dialog.description_edit.setPlainText("Työ kahvilassa")
    _type(qtbot, dialog.target_date, "31.2.2026")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "no such day" in _shown_under(dialog, "target_date")
    assert fresh_repository().load_client("c1").goal is None

    _type(qtbot, dialog.target_date, "28.2.2026")
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    goal = fresh_repository().load_client("c1").goal
    assert goal is not None
    assert (goal.outcome, goal.description, goal.target_date) == (
        "open_employment",
        "Työ kahvilassa",
        date(2026, 2, 28),
    )


def test_goal_words_without_an_outcome_are_refused(qtbot: Any, opened: MainWindow) -> None:
    opened.edit_section("goal")
    dialog = opened.open_dialog
    assert isinstance(dialog, GoalDialog)
    dialog.description_edit.setPlainText("Jotain")
    _press_ok(qtbot, dialog)
    assert "Choose" in _shown_under(dialog, "outcome")


def test_needs_are_saved_and_a_note_without_a_level_is_refused(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.edit_section("needs")
    dialog = opened.open_dialog
    assert isinstance(dialog, NeedsDialog)
    dialog.levels["mental_health"].setCurrentIndex(dialog.levels["mental_health"].findData(3))
    assert dialog.dates["mental_health"].value() is not None  # today, filled in
    _type(qtbot, dialog.dates["mental_health"], "3.3.2025")
    _type(qtbot, dialog.notes["housing"], "asuu vanhempien luona")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "level" in _shown_under(dialog, "level:housing")
    assert fresh_repository().load_client("c1").needs == []

    dialog.levels["housing"].setCurrentIndex(dialog.levels["housing"].findData(1))
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    needs = {
        n.domain: (n.level, n.assessed_on, n.note)
        for n in fresh_repository().load_client("c1").needs
    }
    assert needs["mental_health"] == (3, date(2025, 3, 3), None)
    assert needs["housing"][0] == 1 and needs["housing"][2] == "asuu vanhempien luona"
    assert "●●●&nbsp;3" in opened.details.bodies["needs"].text()


def test_a_consent_that_expires_before_it_is_given_is_refused(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.edit_section("consents")
    consents = opened.open_dialog
    assert isinstance(consents, ConsentsDialog)
    qtbot.mouseClick(consents.add_button, Qt.MouseButton.LeftButton)
    consent = consents.open_record_dialog
    assert isinstance(consent, ConsentDialog) and consent.isVisible()
    _type(qtbot, consent.given_on, "3.3.2025")
    _type(qtbot, consent.expires_on, "2.3.2025")
    _press_ok(qtbot, consent)
    assert consent.isVisible()
    message = _shown_under(consent, "expires_on")
    assert "expire" in message and "2.3.2025" in message and "3.3.2025" in message
    assert "sector" in _shown_under(consent, "sectors")

    _type(qtbot, consent.expires_on, "3.3.2026")
    consent.sector_checks.boxes["health"].setChecked(True)
    consent.sector_checks.boxes["employer"].setChecked(True)
    _press_ok(qtbot, consent)
    assert not consent.isVisible()
    assert consents.list_widget.count() == 1
    assert fresh_repository().load_client("c1").consents == [], "saved only with the list's OK"

    _press_ok(qtbot, consents)
    stored = fresh_repository().load_client("c1").consents
    assert len(stored) == 1
    assert (stored[0].given_on, stored[0].expires_on, sorted(stored[0].sectors)) == (
        date(2025, 3, 3),
        date(2026, 3, 3),
        ["employer", "health"],
    )


def test_a_consent_named_on_a_transition_cannot_be_removed(
    qtbot: Any, main_window: MainWindow, repository: Any
) -> None:
    from pathways.model import Transition

    repository.create_client(
        _client(
            consents=[Consent("k1", date(2025, 1, 1), ["employment"])],
            pathways=[
                Pathway(
                    "p1",
                    "Polku",
                    "active",
                    steps=[
                        Step("a", "work_trial", "planned"),
                        Step("b", "open_employment", "planned"),
                    ],
                    transitions=[Transition("a", "b", "next", shared_info=["plan"], consent="k1")],
                )
            ],
        )
    )
    main_window.client_list.refresh()
    main_window.open_client("c1")
    main_window.edit_section("consents")
    dialog = main_window.open_dialog
    assert isinstance(dialog, ConsentsDialog)
    dialog.list_widget.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.list_widget.count() == 1
    assert "Polku" in dialog.list_error.message()


def test_participation_leaving_before_entering_is_refused(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.edit_section("participation")
    dialog = opened.open_dialog
    assert isinstance(dialog, ParticipationDialog)
    _type(qtbot, dialog.entered_on, "3.3.2025")
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("long_term_unemployed"))
    _type(qtbot, dialog.left_on, "1.3.2025")
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData("employed"))
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "before entering" in _shown_under(dialog, "left_on")
    assert fresh_repository().load_client("c1").participation is None

    _type(qtbot, dialog.left_on, "1.3.2026")
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    participation = fresh_repository().load_client("c1").participation
    assert participation is not None
    assert (participation.entered_on, participation.left_on, participation.outcome_on_leaving) == (
        date(2025, 3, 3),
        date(2026, 3, 1),
        "employed",
    )


def test_participation_leaving_date_needs_the_situation_on_leaving(
    qtbot: Any, opened: MainWindow
) -> None:
    opened.edit_section("participation")
    dialog = opened.open_dialog
    assert isinstance(dialog, ParticipationDialog)
    _type(qtbot, dialog.entered_on, "3.3.2025")
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("unemployed"))
    _type(qtbot, dialog.left_on, "1.6.2025")
    _press_ok(qtbot, dialog)
    assert "situation on leaving" in _shown_under(dialog, "outcome_on_leaving")


def test_a_meeting_reviewed_before_it_was_held_is_refused(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.edit_section("meetings")
    meetings = opened.open_dialog
    assert isinstance(meetings, MeetingsDialog)
    meetings.add_button.click()
    meeting = meetings.open_record_dialog
    assert isinstance(meeting, MeetingDialog)
    _type(qtbot, meeting.date_field, "10.11.2025")
    _type(qtbot, meeting.next_review, "1.11.2025")
    _press_ok(qtbot, meeting)
    assert "before the meeting" in _shown_under(meeting, "next_review")

    _type(qtbot, meeting.next_review, "12.1.2026")
    meeting.participants.item(0).setCheckState(Qt.CheckState.Checked)
    meeting.decisions_edit.setPlainText("Työkokeilu alkaa\n\nSeuraava palaveri tammikuussa")
    _press_ok(qtbot, meeting)
    _press_ok(qtbot, meetings)
    stored = fresh_repository().load_client("c1").meetings
    assert len(stored) == 1
    assert stored[0].participants == ["t1"]
    assert stored[0].decisions == ["Työkokeilu alkaa", "Seuraava palaveri tammikuussa"]
    assert stored[0].next_review == date(2026, 1, 12)


def test_team_member_needs_name_role_and_sector(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.edit_section("team")
    team = opened.open_dialog
    assert isinstance(team, TeamDialog)
    team.add_button.click()
    member = team.open_record_dialog
    assert isinstance(member, TeamMemberDialog)
    _type(qtbot, member.name_edit, "Ville Toivonen")
    _type(qtbot, member.email_edit, "ville.toivonen")
    _press_ok(qtbot, member)
    assert member.isVisible()
    assert "role" in _shown_under(member, "role")
    assert "sector" in _shown_under(member, "sector")
    assert "email" in _shown_under(member, "email")
    _type(qtbot, member.role_edit, "Psykiatrinen sairaanhoitaja")
    _type(qtbot, member.email_edit, "ville.toivonen@example.fi")
    member.sector_box.setCurrentIndex(member.sector_box.findData("health"))
    _press_ok(qtbot, member)
    _press_ok(qtbot, team)
    names = [m.name for m in fresh_repository().load_client("c1").team]
    assert names == ["Heidi Rantanen", "Ville Toivonen"]


def test_a_responsible_team_member_cannot_be_removed(qtbot: Any, opened: MainWindow) -> None:
    opened.edit_section("team")
    team = opened.open_dialog
    assert isinstance(team, TeamDialog)
    team.list_widget.setCurrentRow(0)
    team.remove_button.click()
    assert team.list_widget.count() == 1
    assert "Heidi Rantanen" in team.list_error.message()


def test_details_edits_can_be_undone_and_redone(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    assert opened.current_document() is not None  # every edit goes through the undoable document
    opened.edit_section("goal")
    dialog = opened.open_dialog
    assert isinstance(dialog, GoalDialog)
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData("training"))
    _press_ok(qtbot, dialog)
    assert fresh_repository().load_client("c1").goal.outcome == "training"
    assert "edit goal" in opened.undo_action.text()

    opened.undo_action.trigger()
    assert fresh_repository().load_client("c1").goal is None
    assert "No goal" in opened.details.bodies["goal"].text()
    opened.redo_action.trigger()
    assert fresh_repository().load_client("c1").goal.outcome == "training"


def test_every_form_names_its_controls_for_screen_readers(opened: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    client = opened.current_client()
    assert client is not None
    client.meetings.append(Meeting("m1", date(2025, 1, 1)))
    dialogs: list[FormDialog] = [
        ClientDialog(None, opened),
        ClientDialog(client, opened),
        GoalDialog(client, opened),
        NeedsDialog(client, opened),
        ConsentsDialog(client, opened),
        ConsentDialog(None, opened),
        TeamDialog(client, opened),
        TeamMemberDialog(None, opened),
        ParticipationDialog(client, opened),
        MeetingsDialog(client, opened),
        MeetingDialog(None, client.team, opened),
    ]
    for dialog in dialogs:
        controls = dialog.findChildren(QWidget)
        unnamed = [
            f"{type(w).__name__} {w.objectName()}"
            for w in controls
            if isinstance(
                w, (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)
            )
            and w.isVisibleTo(dialog)
            and not w.accessibleName()
        ]
        assert not unnamed, f"{dialog.windowTitle()}: {unnamed}"
        dialog.deleteLater()
