"""The ESF+ participant data and the six-month follow-up in the real window: recorded through
the participation form and the follow-up form (from the caseload window's list and from the
Checks tab), refused where the exchange format's rules are broken, saved at once, and the
caseload report changes with them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from pathways import i18n
from pathways.model import Client, FollowUp, Participation, Pathway, Step, six_month_day
from storage import audit
from storage.audit import Actor
from ui.caseload import CaseloadDialog
from ui.forms import FollowUpDialog, ParticipationDialog
from ui.forms.base import FormDialog
from ui.main_window import MainWindow
from ui.widgets import format_date

pytestmark = pytest.mark.usefixtures("english")

TODAY = date.today()
#: Left long enough ago that the six-month follow-up is due today.
LEFT_ON = TODAY - timedelta(days=300)


def _type(qtbot: Any, widget: QWidget, text: str) -> None:
    target = getattr(widget, "line_edit", widget)
    target.setFocus()
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClicks(target, text)


def _choose(box: Any, value: object) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def _tick(qtbot: Any, check: QCheckBox) -> None:
    """Click the box itself (a check box takes clicks on its box and its text only)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def _press_ok(qtbot: Any, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _caseload(qtbot: Any, window: MainWindow) -> CaseloadDialog:
    window.show_caseload()
    dialog = window.caseload_dialog
    assert isinstance(dialog, CaseloadDialog)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.counting, timeout=20000)
    return dialog


def _recounted(qtbot: Any, dialog: CaseloadDialog) -> None:
    before = dialog.report
    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.report is not before and not dialog.counting, timeout=20000
    )


def _row(dialog: CaseloadDialog, label: str) -> list[str]:
    return next(row[1:] for row in dialog.figure_rows()["esf"] if row[0] == label)


@pytest.fixture
def opened(main_window: MainWindow, repository: Any) -> MainWindow:
    """The window with Noora Laaksonen (c1), a participant since 3.3.2025, open."""
    repository.create_client(
        Client(
            "c1",
            "Noora Laaksonen",
            birth_year=1990,
            participation=Participation(date(2025, 3, 3), "long_term_unemployed"),
            pathways=[Pathway("p1", "IPS-polku", "active",
                              steps=[Step("s1", "ips_coaching", "ongoing",
                                          start=date(2025, 3, 10))])],
        )
    )
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    return main_window


def test_the_esf_fields_are_recorded_through_the_form_and_the_report_changes(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    caseload = _caseload(qtbot, opened)
    assert _row(caseload, "Total number of participants") == ["1", "0", "0", "0", "1"]
    assert _row(caseload, "Participants with disabilities") == ["0"] * 5

    opened.edit_section("participation")
    dialog = opened.open_dialog
    assert isinstance(dialog, ParticipationDialog)
    # The statement about special categories is on the form, in plain words.
    assert dialog.consent_note.isVisible()
    assert "special categories" in dialog.consent_note.text()
    assert "consent" in dialog.consent_note.text()
    _choose(dialog.gender_box, "woman")
    _choose(dialog.education_box, "isced_3_4")
    _tick(qtbot, dialog.characteristic_boxes["disability"])
    _tick(qtbot, dialog.characteristic_boxes["rural_area"])
    _type(qtbot, dialog.left_on, format_date(date(2025, 9, 30)))
    _choose(dialog.outcome_box, "in_education")
    _choose(dialog.qualification_box, False)  # asked: no qualification (an answer, kept)
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    stored = fresh_repository().load_client("c1").participation
    assert stored == Participation(
        date(2025, 3, 3),
        "long_term_unemployed",
        left_on=date(2025, 9, 30),
        outcome_on_leaving="in_education",
        gender="woman",
        education_on_entry="isced_3_4",
        characteristics=["disability", "rural_area"],
        qualification_on_leaving=False,
    )
    # The details panel says what was recorded, without naming the special categories.
    details = opened.details.bodies["participation"].text()
    assert "Woman" in details and "Upper secondary" in details
    assert "Characteristics recorded with consent (2)" in details
    assert "Disability" not in details and "rural" not in details

    _recounted(qtbot, caseload)
    assert _row(caseload, "Total number of participants") == ["1", "1", "0", "0", "0"]
    assert _row(caseload, "Participants with disabilities") == ["1", "1", "0", "0", "0"]
    assert _row(caseload, "Participants from rural areas") == ["1", "1", "0", "0", "0"]
    assert _row(caseload, "Participants in education or training upon leaving")[0] == "1"
    assert _row(caseload, "Participants gaining a qualification upon leaving")[0] == "0"
    assert _row(caseload, "Between 18 and 29 years of age")[0] == "0"  # 35 on entry


def test_asked_and_declined_clears_the_characteristics_and_is_kept(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.edit_section("participation")
    dialog = opened.open_dialog
    assert isinstance(dialog, ParticipationDialog)
    _tick(qtbot, dialog.characteristic_boxes["minority"])
    assert dialog.characteristic_boxes["minority"].isChecked()
    _tick(qtbot, dialog.declined)
    assert dialog.declined.isChecked()
    assert not dialog.characteristic_boxes["minority"].isChecked()
    assert not dialog.characteristic_boxes["minority"].isEnabled()
    _press_ok(qtbot, dialog)
    stored = fresh_repository().load_client("c1").participation
    assert (stored.characteristics, stored.characteristics_declined) == ([], True)
    # The access log says who changed them (the details, by this account).
    changes = [e for e in fresh_repository().access_log("c1") if e.action == audit.CHANGE]
    assert changes and changes[-1].target == "details"
    assert changes[-1].os_user == Actor.current().os_user
    assert "asked and declined" in opened.details.bodies["participation"].text()


def test_the_form_refuses_what_the_exchange_format_refuses(
    qtbot: Any, opened: MainWindow, fresh_repository: Any
) -> None:
    opened.edit_section("participation")
    dialog = opened.open_dialog
    assert isinstance(dialog, ParticipationDialog)
    # A qualification and a follow-up without a leaving date.
    _choose(dialog.qualification_box, True)
    _type(qtbot, dialog.follow_up.checked_on, "1.6.2026")
    _choose(dialog.follow_up.status_box, "employed")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "leaving date" in dialog.fields["qualification_on_leaving"].message()
    assert "leaving date" in dialog.fields["follow_up_checked_on"].message()
    # Left on 31.8.2025: the follow-up is due on 28.2.2026, and 27.2.2026 is before it.
    _type(qtbot, dialog.left_on, "31.8.2025")
    _choose(dialog.outcome_box, "job_seeking")
    assert dialog.due_label.text() == f"The follow-up is due on {format_date(date(2026, 2, 28))}."
    _type(qtbot, dialog.follow_up.checked_on, "27.2.2026")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert format_date(date(2026, 2, 28)) in dialog.fields["follow_up_checked_on"].message()
    assert fresh_repository().load_client("c1").participation.left_on is None
    _type(qtbot, dialog.follow_up.checked_on, "28.2.2026")
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    stored = fresh_repository().load_client("c1").participation
    assert stored.after_six_months == FollowUp(date(2026, 2, 28), "employed")
    assert stored.qualification_on_leaving is True


@pytest.fixture
def left(main_window: MainWindow, repository: Any) -> MainWindow:
    """Two participants who left ~300 days ago (their follow-ups due) and one still taking part."""
    for client_id, name, gender in (("c1", "Noora Laaksonen", "woman"),
                                    ("c2", "Bo Sundström", "man")):
        repository.create_client(
            Client(
                client_id,
                name,
                participation=Participation(
                    LEFT_ON - timedelta(days=200), "unemployed", LEFT_ON, "job_seeking",
                    gender=gender,
                ),
                pathways=[Pathway("p1", "Polku", "active",
                                  steps=[Step("s1", "job_coaching", "completed",
                                              start=LEFT_ON - timedelta(days=100),
                                              end=LEFT_ON)])],
            )
        )
    repository.create_client(
        Client("c3", "Aino", participation=Participation(TODAY - timedelta(days=10), "inactive"))
    )
    main_window.client_list.refresh()
    return main_window


def test_a_follow_up_due_is_listed_and_recorded_from_the_caseload_window(
    qtbot: Any, left: MainWindow, fresh_repository: Any
) -> None:
    caseload = _caseload(qtbot, left)
    assert caseload.follow_ups_due() == ["c2", "c1"]  # the same day: by name
    rows = [[caseload.follow_up_table.item(r, c).text() for c in range(3)]
            for r in range(caseload.follow_up_table.rowCount())]
    assert rows[0] == ["Bo Sundström", i18n.format_date(LEFT_ON),
                       i18n.format_date(six_month_day(LEFT_ON))]
    assert _row(caseload, "Six-month follow-ups due, not yet recorded") == ["2", "1", "1", "0", "0"]

    caseload.follow_up_table.selectRow(1)
    qtbot.mouseClick(caseload.follow_up_button, Qt.MouseButton.LeftButton)
    assert left.current_client_id() == "c1"
    dialog = left.open_dialog
    assert isinstance(dialog, FollowUpDialog)
    due = six_month_day(LEFT_ON)
    _type(qtbot, dialog.fields_of.checked_on, format_date(due - timedelta(days=1)))
    _choose(dialog.fields_of.status_box, "employed")
    _choose(dialog.fields_of.improved_box, True)
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert format_date(due) in dialog.fields["follow_up_checked_on"].message()
    _type(qtbot, dialog.fields_of.checked_on, format_date(due))
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    stored = fresh_repository().load_client("c1").participation
    assert stored.after_six_months == FollowUp(due, "employed", improved=True)
    # The report is counted again: one follow-up left to do, one employed and improved.
    qtbot.waitUntil(lambda: caseload.follow_ups_due() == ["c2"], timeout=20000)
    qtbot.waitUntil(lambda: not caseload.counting, timeout=20000)
    assert _row(caseload, "Six-month follow-ups due, not yet recorded") == ["1", "0", "1", "0", "0"]
    assert _row(caseload, "Participants in employment, including self-employment, six months "
                          "after leaving") == ["1", "1", "0", "0", "0"]
    assert _row(caseload, "Participants with an improved labour market situation six months "
                          "after leaving") == ["1", "1", "0", "0", "0"]


def test_the_checks_tab_shows_the_follow_up_and_enter_opens_its_form(
    qtbot: Any, left: MainWindow, fresh_repository: Any
) -> None:
    assert left.open_client("c2")
    editor = left.editor
    assert editor is not None
    panel = editor.findings_panel
    editor.show_panel(panel)
    qtbot.waitUntil(lambda: panel.result is not None)
    kinds = [finding.kind for finding in panel.result.findings]
    assert "follow_up" in kinds
    text = next(t for t in panel.finding_texts() if "Six-month follow-up due" in t)
    assert i18n.format_date(six_month_day(LEFT_ON)) in text
    row = kinds.index("follow_up")
    findings = panel._findings
    findings.setCurrentRow(row)
    findings.setFocus()
    qtbot.keyClick(findings, Qt.Key.Key_Return)
    dialog = left.open_dialog
    assert isinstance(dialog, FollowUpDialog)
    _type(qtbot, dialog.fields_of.checked_on, format_date(TODAY))
    _choose(dialog.fields_of.status_box, "self_employed")
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert fresh_repository().load_client("c2").participation.after_six_months == FollowUp(
        TODAY, "self_employed")
    qtbot.waitUntil(lambda: "follow_up" not in [f.kind for f in panel.result.findings])


def test_meeting_mode_never_shows_the_characteristics(
    qtbot: Any, main_window: MainWindow, repository: Any
) -> None:
    from pathways.labels import CHARACTERISTIC_NAMES
    from pathways.model import CHARACTERISTICS
    from ui.meeting_mode import MeetingModeWindow

    repository.create_client(
        Client(
            "c1",
            "Nadia Rahimi",
            participation=Participation(date(2025, 1, 10), "unemployed", gender="woman",
                                        characteristics=list(CHARACTERISTICS)),
            pathways=[Pathway("p1", "Polku", "active",
                              steps=[Step("s1", "job_coaching", "ongoing",
                                          start=date(2025, 2, 1)),
                                     Step("s2", "language_training", "planned")])],
        )
    )
    assert main_window.open_client("c1")
    assert main_window.editor is not None
    main_window.editor.actions_for_menus()["meeting_mode"].trigger()
    window = main_window.editor._meeting_window
    assert isinstance(window, MeetingModeWindow)
    qtbot.waitExposed(window)
    shown = []
    for index in range(window.screen_count()):
        window.go_to(index)
        shown.append(window.shown_text())
    text = "\n".join(shown).lower()
    assert "job coaching" in text  # it shows the pathway
    words = set(CHARACTERISTICS) | {i18n.translate(name, lang)
                                     for name in CHARACTERISTIC_NAMES.values()
                                     for lang in ("fi", "sv", "en")}
    for word in words:
        assert word.lower() not in text, word
    window.close()
