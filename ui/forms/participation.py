"""The client's ESF+ participation: when they entered the project and their status then, when
they left and their situation then."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QWidget

from pathways import labels
from pathways.model import ENTRY_STATUSES, LEAVING_OUTCOMES, Client, Participation
from ui.forms.base import FormDialog
from ui.widgets import DateField, format_date


class ParticipationDialog(FormDialog):
    """Edit the participation record; all fields empty means not recorded.

    Rules (exchange format): entered_on and status_on_entry together; left_on not before
    entered_on; left_on and outcome_on_leaving together or not at all.
    """

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participation (ESF+)"), parent)
        self.original = client
        self.entered_on = DateField(self)
        self.add_field("entered_on", self.tr("&Entered the project on:"), self.entered_on)
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Not recorded"), None)
        for code in ENTRY_STATUSES:
            self.status_box.addItem(labels.entry_status_name(code), code)
        self.add_field("status_on_entry", self.tr("&Status on entry:"), self.status_box)
        self.left_on = DateField(self)
        self.add_field("left_on", self.tr("&Left the project on:"), self.left_on)
        self.outcome_box = QComboBox(self)
        self.outcome_box.addItem(self.tr("Not recorded"), None)
        for code in LEAVING_OUTCOMES:
            self.outcome_box.addItem(labels.leaving_outcome_name(code), code)
        self.add_field("outcome_on_leaving", self.tr("Situation on &leaving:"), self.outcome_box)
        participation = client.participation
        if participation is not None:
            self.entered_on.set_value(participation.entered_on)
            self.status_box.setCurrentIndex(
                max(0, self.status_box.findData(participation.status_on_entry))
            )
            self.left_on.set_value(participation.left_on)
            if participation.outcome_on_leaving:
                self.outcome_box.setCurrentIndex(
                    max(0, self.outcome_box.findData(participation.outcome_on_leaving))
                )
        self.setMinimumWidth(480)
        self.entered_on.setFocus()

    def _is_empty(self) -> bool:
        return not (
            self.entered_on.text().strip()
            or self.left_on.text().strip()
            or self.status_box.currentData()
            or self.outcome_box.currentData()
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
        return problems

    def result_value(self) -> Client:
        if self._is_empty():
            return dataclasses.replace(self.original, participation=None)
        entered = self.entered_on.value()
        assert entered is not None
        outcome = self.outcome_box.currentData()
        return dataclasses.replace(
            self.original,
            participation=Participation(
                entered_on=entered,
                status_on_entry=str(self.status_box.currentData()),
                left_on=self.left_on.value(),
                outcome_on_leaving=None if outcome is None else str(outcome),
            ),
        )
