"""The client's ESF+ participation: entry, the ESF+ participant data, leaving, and the six-month
follow-up, grouped as the funder's participant form groups them; and the follow-up form alone.

The characteristics are special categories of personal data: the form says so in words, records
them only when ticked, and records "asked and declined" as its own answer.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pathways import labels
from pathways.model import (
    CHARACTERISTICS,
    EDUCATION_LEVELS,
    ENTRY_STATUSES,
    GENDERS,
    LEAVING_OUTCOMES,
    Client,
    FollowUp,
    Participation,
    six_month_day,
)
from ui.forms.base import FormDialog
from ui.widgets import DateField, format_date


def _choice(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


def _yes_no(parent: QWidget, none_text: str, yes_text: str, no_text: str) -> QComboBox:
    """A choice of not recorded / yes / no: "no" is an answer, kept apart from not recorded."""
    box = QComboBox(parent)
    box.addItem(none_text, None)
    box.addItem(yes_text, True)
    box.addItem(no_text, False)
    return box


class FollowUpFields(QObject):
    """The three fields of the six-month follow-up, laid out in a form's group.

    Rules (exchange format): the date and the situation together; the date not before the
    six-month day (the leaving day six calendar months later).
    """

    def __init__(self, dialog: FormDialog, layout: QFormLayout) -> None:
        super().__init__(dialog)
        self.checked_on = DateField(dialog)
        dialog.add_field("follow_up_checked_on", self.tr("Followed up &on:"), self.checked_on,
                         layout=layout)
        self.status_box = QComboBox(dialog)
        self.status_box.addItem(self.tr("Not recorded"), None)
        for code in LEAVING_OUTCOMES:
            self.status_box.addItem(labels.leaving_outcome_name(code), code)
        dialog.add_field("follow_up_status", self.tr("Situa&tion six months after leaving:"),
                         self.status_box, layout=layout)
        self.improved_box = _yes_no(
            dialog,
            self.tr("Not assessed"),
            self.tr("Yes, it improved"),
            self.tr("No, it did not improve"),
        )
        dialog.add_field(
            "follow_up_improved",
            self.tr("Labour-market situation &improved since entry:"),
            self.improved_box,
            layout=layout,
        )

    def set_value(self, follow_up: FollowUp | None) -> None:
        if follow_up is None:
            return
        self.checked_on.set_value(follow_up.checked_on)
        _choice(self.status_box, follow_up.status)
        _choice(self.improved_box, follow_up.improved)

    def is_empty(self) -> bool:
        return not (
            self.checked_on.text().strip()
            or self.status_box.currentData() is not None
            or self.improved_box.currentData() is not None
        )

    def problems(self, left_on: date | None, left_text: str) -> dict[str, str]:
        """What is wrong, by field key; *left_on* is the leaving date when it is a valid one,
        *left_text* what the leaving field holds."""
        if self.is_empty():
            return {}
        problems: dict[str, str] = {}
        if not left_text.strip():
            problems["follow_up_checked_on"] = self.tr(
                "The follow-up is six months after leaving: write the leaving date first, or "
                "clear the follow-up."
            )
            return problems
        message = self.checked_on.error()
        if message:
            problems["follow_up_checked_on"] = message
        elif not self.checked_on.text().strip():
            problems["follow_up_checked_on"] = self.tr("Write the date of the follow-up.")
        elif left_on is not None:
            checked, due = self.checked_on.value(), six_month_day(left_on)
            if checked is not None and checked < due:
                message = self.tr(
                    "The follow-up is due on %1, six months after leaving; %2 is before it."
                )
                problems["follow_up_checked_on"] = (
                    message.replace("%1", format_date(due))
                    .replace("%2", format_date(checked))
                )
        if self.status_box.currentData() is None:
            problems["follow_up_status"] = self.tr(
                "Choose the participant's situation six months after leaving."
            )
        return problems

    def value(self) -> FollowUp | None:
        checked, status = self.checked_on.value(), self.status_box.currentData()
        if checked is None or status is None:
            return None
        improved = self.improved_box.currentData()
        return FollowUp(checked, str(status), None if improved is None else bool(improved))


class ParticipationDialog(FormDialog):
    """Edit the participation record; all fields empty means not recorded.

    Rules (exchange format): entered_on and status_on_entry together; left_on not before
    entered_on; left_on and outcome_on_leaving together or not at all; the qualification and the
    follow-up only with left_on; "declined" only without characteristics.
    """

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participation (ESF+)"), parent)
        self.original = client
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.insertLayout(self.body.count() - 2, columns)

        # 1. On entry: the participant's situation and background.
        entry = self._group(left, self.tr("On entry"))
        self.entered_on = DateField(self)
        self.add_field("entered_on", self.tr("&Entered the project on:"), self.entered_on,
                       layout=entry)
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Not recorded"), None)
        for code in ENTRY_STATUSES:
            self.status_box.addItem(labels.entry_status_name(code), code)
        self.add_field("status_on_entry", self.tr("&Status on entry:"), self.status_box,
                       layout=entry)
        self.gender_box = QComboBox(self)
        self.gender_box.addItem(self.tr("Not given"), None)
        for code in GENDERS:
            self.gender_box.addItem(labels.gender_name(code), code)
        self.add_field("gender", self.tr("&Gender:"), self.gender_box, layout=entry,
                       hint=self.tr("As the participant gives it."))
        self.education_box = QComboBox(self)
        self.education_box.addItem(self.tr("Not recorded"), None)
        for code in EDUCATION_LEVELS:
            self.education_box.addItem(labels.education_name(code), code)
        self.add_field("education_on_entry", self.tr("Ed&ucation on entry:"), self.education_box,
                       layout=entry, hint=self.tr("The highest education completed."))

        # 2. The characteristics: special categories, only with consent.
        box = QGroupBox(self.tr("Characteristics (special categories)"), self)
        column = QVBoxLayout(box)
        self.consent_note = QLabel(
            self.tr(
                "These are special categories of personal data. Record them only with the "
                "participant's consent, for the ESF+ report. They never appear on a print, the "
                "client copy, the meeting sheet or in meeting mode. If the participant was asked "
                "and did not want to answer, tick “Asked and declined”."
            ),
            box,
        )
        self.consent_note.setWordWrap(True)
        self.consent_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.consent_note.setAccessibleName(self.consent_note.text())
        column.addWidget(self.consent_note)
        self.characteristic_boxes: dict[str, QCheckBox] = {}
        for code in CHARACTERISTICS:
            check = QCheckBox(labels.characteristic_name(code), box)
            check.setAccessibleName(labels.characteristic_name(code))
            check.toggled.connect(lambda *_: self._characteristics_changed())
            column.addWidget(check)
            self.characteristic_boxes[code] = check
        column.addSpacing(6)
        self.declined = QCheckBox(self.tr("Asked and &declined"), box)
        self.declined.setAccessibleName(self.tr("Asked and declined"))
        self.declined.toggled.connect(self._declined_changed)
        column.addWidget(self.declined)
        left.addWidget(box)
        left.addStretch(1)

        # 3. On leaving.
        leaving = self._group(right, self.tr("On leaving"))
        self.left_on = DateField(self)
        self.add_field("left_on", self.tr("&Left the project on:"), self.left_on, layout=leaving)
        self.outcome_box = QComboBox(self)
        self.outcome_box.addItem(self.tr("Not recorded"), None)
        for code in LEAVING_OUTCOMES:
            self.outcome_box.addItem(labels.leaving_outcome_name(code), code)
        self.add_field("outcome_on_leaving", self.tr("Situation on &leaving:"), self.outcome_box,
                       layout=leaving)
        self.qualification_box = _yes_no(
            self, self.tr("Not recorded"), self.tr("Yes"), self.tr("No")
        )
        self.add_field("qualification_on_leaving", self.tr("&Qualification gained on leaving:"),
                       self.qualification_box, layout=leaving)

        # 4. Six months after leaving.
        later = self._group(right, self.tr("Six months after leaving"))
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        later.addRow(self.due_label)
        self.follow_up = FollowUpFields(self, later)
        right.addStretch(1)
        self.left_on.edited.connect(self._show_due_day)

        participation = client.participation
        if participation is not None:
            self.entered_on.set_value(participation.entered_on)
            _choice(self.status_box, participation.status_on_entry)
            self.left_on.set_value(participation.left_on)
            if participation.outcome_on_leaving:
                _choice(self.outcome_box, participation.outcome_on_leaving)
            _choice(self.gender_box, participation.gender)
            _choice(self.education_box, participation.education_on_entry)
            for code in participation.characteristics:
                if code in self.characteristic_boxes:
                    self.characteristic_boxes[code].setChecked(True)
            self.declined.setChecked(bool(participation.characteristics_declined))
            _choice(self.qualification_box, participation.qualification_on_leaving)
            self.follow_up.set_value(participation.after_six_months)
        self._show_due_day()
        self.setMinimumWidth(880)
        self.entered_on.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_note)

    def _fit_note(self) -> None:
        # A wrapped label in a dialog that sizes itself may get too few lines' height: once laid
        # out (the font and the column's width known), give it the height its text needs.
        # (Measured narrower than it is: Qt's own measure comes out a line short here.)
        needed = self.consent_note.heightForWidth(int(self.consent_note.width() * 0.6))
        if needed > self.consent_note.height():
            self.consent_note.setMinimumHeight(needed)
            self.adjustSize()

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        layout = QFormLayout(box)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addWidget(box)
        return layout

    def _characteristics_changed(self) -> None:
        if any(check.isChecked() for check in self.characteristic_boxes.values()):
            self.declined.setChecked(False)

    def _declined_changed(self, declined: bool) -> None:
        # Declined means none recorded: the boxes are cleared and wait until it is unticked.
        for check in self.characteristic_boxes.values():
            if declined:
                check.setChecked(False)
            check.setEnabled(not declined)

    def _show_due_day(self) -> None:
        try:
            left = self.left_on.value()
        except ValueError:
            left = None
        if left is None:
            self.due_label.setText(self.tr("The follow-up is due six months after leaving."))
        else:
            due = format_date(six_month_day(left))
            self.due_label.setText(self.tr("The follow-up is due on %1.").replace("%1", due))

    def characteristics(self) -> list[str]:
        return [code for code, check in self.characteristic_boxes.items() if check.isChecked()]

    def _is_empty(self) -> bool:
        return not (
            self.entered_on.text().strip()
            or self.left_on.text().strip()
            or self.status_box.currentData()
            or self.outcome_box.currentData()
            or self.gender_box.currentData()
            or self.education_box.currentData()
            or self.characteristics()
            or self.declined.isChecked()
            or self.qualification_box.currentData() is not None
            or not self.follow_up.is_empty()
        )

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self._is_empty():
            return problems
        for key, field in (("entered_on", self.entered_on), ("left_on", self.left_on)):
            message = field.error()
            if message:
                problems[key] = message
        if "entered_on" not in problems and not self.entered_on.text().strip():
            problems["entered_on"] = self.tr("Write the date the client entered the project.")
        if self.status_box.currentData() is None:
            problems["status_on_entry"] = self.tr(
                "Choose the client's labour-market status on entry."
            )
        left_given = bool(self.left_on.text().strip())
        left: date | None = None
        if not problems.get("entered_on") and not problems.get("left_on") and left_given:
            entered, left = self.entered_on.value(), self.left_on.value()
            if entered is not None and left is not None and left < entered:
                problems["left_on"] = (
                    self.tr("The client cannot leave (%1) before entering the project (%2).")
                    .replace("%1", format_date(left))
                    .replace("%2", format_date(entered))
                )
        outcome_given = self.outcome_box.currentData() is not None
        if left_given and not outcome_given:
            problems["outcome_on_leaving"] = self.tr(
                "Choose the client's situation on leaving, or clear the leaving date."
            )
        if outcome_given and not left_given and "left_on" not in problems:
            problems["left_on"] = self.tr(
                "Write the date the client left, or set the situation on leaving to not recorded."
            )
        if self.qualification_box.currentData() is not None and not left_given:
            problems["qualification_on_leaving"] = self.tr(
                "A qualification is gained on leaving: write the leaving date first, or set this "
                "to not recorded."
            )
        if "left_on" not in problems:
            problems.update(self.follow_up.problems(left, self.left_on.text()))
        return problems

    def result_value(self) -> Client:
        if self._is_empty():
            return dataclasses.replace(self.original, participation=None)
        entered = self.entered_on.value()
        assert entered is not None
        outcome = self.outcome_box.currentData()
        gender, education = self.gender_box.currentData(), self.education_box.currentData()
        qualification = self.qualification_box.currentData()
        return dataclasses.replace(
            self.original,
            participation=Participation(
                entered_on=entered,
                status_on_entry=str(self.status_box.currentData()),
                left_on=self.left_on.value(),
                outcome_on_leaving=None if outcome is None else str(outcome),
                gender=None if gender is None else str(gender),
                education_on_entry=None if education is None else str(education),
                characteristics=self.characteristics(),
                characteristics_declined=True if self.declined.isChecked() else None,
                qualification_on_leaving=None if qualification is None else bool(qualification),
                after_six_months=self.follow_up.value(),
            ),
        )


class FollowUpDialog(FormDialog):
    """Record the six-month follow-up of a participant who has left (ESF+ longer-term results).

    Opened from the caseload window's list of follow-ups due, and from the Checks tab.
    """

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Six-month follow-up (ESF+)"), parent)
        self.original = client
        participation = client.participation
        self.left_on = participation.left_on if participation is not None else None
        intro = QLabel(self)
        intro.setWordWrap(True)
        if self.left_on is not None:
            intro.setText(
                self.tr("%1 left the project on %2; the follow-up is due on %3.")
                .replace("%1", client.name)
                .replace("%2", format_date(self.left_on))
                .replace("%3", format_date(six_month_day(self.left_on)))
            )
        else:
            intro.setText(self.tr("%1 has not left the project: there is nothing to follow up.")
                          .replace("%1", client.name))
        intro.setAccessibleName(intro.text())
        self.form.addRow(intro)
        self.fields_of = FollowUpFields(self, self.form)
        if participation is not None:
            self.fields_of.set_value(participation.after_six_months)
        self.setMinimumWidth(520)
        self.fields_of.checked_on.setFocus()

    def check(self) -> dict[str, str]:
        if self.left_on is None:
            return {"": self.tr("Record the leaving date in the participation form first.")}
        problems = self.fields_of.problems(self.left_on, self.left_on.isoformat())
        if self.fields_of.is_empty():
            problems["follow_up_checked_on"] = self.tr("Write the date of the follow-up.")
            problems["follow_up_status"] = self.tr(
                "Choose the participant's situation six months after leaving."
            )
        return problems

    def result_value(self) -> Client:
        participation = self.original.participation
        assert participation is not None
        return dataclasses.replace(
            self.original,
            participation=dataclasses.replace(
                participation,
                characteristics=list(participation.characteristics),
                after_six_months=self.fields_of.value(),
            ),
        )
