"""The client's goal: an outcome (open employment, training, work ability, other), words, a date."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from pathways import labels
from pathways.model import GOAL_OUTCOMES, Client, Goal
from ui.forms.base import MAX_LONG, FormDialog, optional, text_problem
from ui.widgets import DateField


class GoalDialog(FormDialog):
    """Edit *client*'s goal; ``value`` is then a copy of the client with the new goal (or None)."""

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Goal"), parent)
        self.original = client
        self.outcome_box = QComboBox(self)
        self.outcome_box.addItem(self.tr("No goal recorded"), None)
        for code in GOAL_OUTCOMES:
            self.outcome_box.addItem(labels.goal_outcome_name(code), code)
        self.add_field("outcome", self.tr("&Goal:"), self.outcome_box)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.description_edit.setPlaceholderText(
            self.tr("In the client's own words, for example: work in a café or a bakery")
        )
        self.add_field("description", self.tr("&Description:"), self.description_edit)
        self.target_date = DateField(self)
        self.add_field("target_date", self.tr("&Target date:"), self.target_date)
        goal = client.goal
        if goal is not None:
            self.outcome_box.setCurrentIndex(max(0, self.outcome_box.findData(goal.outcome)))
            self.description_edit.setPlainText(goal.description or "")
            self.target_date.set_value(goal.target_date)
        self.setMinimumWidth(480)
        self.outcome_box.setFocus()

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        message = self.target_date.error()
        if message:
            problems["target_date"] = message
        message = text_problem(self.description_edit.toPlainText(), limit=MAX_LONG)
        if message:
            problems["description"] = message
        has_content = bool(
            self.description_edit.toPlainText().strip() or self.target_date.text().strip()
        )
        if self.outcome_box.currentData() is None and has_content:
            problems["outcome"] = self.tr(
                "Choose what the goal is, or clear the description and the date."
            )
        return problems

    def result_value(self) -> Client:
        outcome = self.outcome_box.currentData()
        goal = None
        if outcome is not None:
            goal = Goal(
                outcome=str(outcome),
                description=optional(self.description_edit.toPlainText().strip()),
                target_date=self.target_date.value(),
            )
        return dataclasses.replace(self.original, goal=goal)
