"""The client's needs: each of the twelve need domains at level 0 (no need) to 3 (major need)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from pathways import labels
from pathways.model import NEED_DOMAINS, Client, Need
from ui.forms.base import FormDialog, optional, text_problem
from ui.widgets import DateField


class NeedsDialog(FormDialog):
    """Edit the levels of *client*'s needs, with the date each was assessed and a note.

    A domain left at "Not assessed" has no need recorded; the exchange format allows at most one
    need per domain, which one row per domain guarantees.
    """

    def __init__(
        self, client: Client, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(self.tr("Needs"), parent)
        self.original = client
        self._today = today
        self.levels: dict[str, QComboBox] = {}
        self.dates: dict[str, DateField] = {}
        self.notes: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for column, heading in enumerate(
            (self.tr("Need"), self.tr("Level"), self.tr("Assessed on"), self.tr("Note"))
        ):
            label = QLabel(f"<b>{heading}</b>", self)
            grid.addWidget(label, 0, column)
        existing = {need.domain: need for need in client.needs}
        for index, domain in enumerate(NEED_DOMAINS):
            row = 1 + index * 2
            name = labels.need_domain_name(domain)
            domain_label = QLabel(name + ":", self)
            level = QComboBox(self)
            level.addItem(self.tr("Not assessed"), None)
            for value in range(4):
                level.addItem(f"{value} – {labels.need_level_name(value)}", value)
            domain_label.setBuddy(level)
            assessed = DateField(self)
            note = QLineEdit(self)
            note.setMaxLength(10_000)
            self.levels[domain], self.dates[domain], self.notes[domain] = level, assessed, note
            # The stored values go in before the fields are watched: a watched field checks the
            # whole form, whose later domains do not exist yet (and a stored value is not an edit).
            need = existing.get(domain)
            if need is not None:
                level.setCurrentIndex(level.findData(need.level))
                assessed.set_value(need.assessed_on)
                note.setText(need.note or "")
            fields = (
                self.register_field(
                    f"level:{domain}", domain_label, level, self.tr("%1: level").replace("%1", name)
                ),
                self.register_field(
                    f"assessed_on:{domain}",
                    None,
                    assessed,
                    self.tr("%1: assessed on").replace("%1", name),
                ),
                self.register_field(
                    f"note:{domain}", None, note, self.tr("%1: note").replace("%1", name)
                ),
            )
            grid.addWidget(domain_label, row, 0, Qt.AlignmentFlag.AlignRight)
            for column, field in enumerate(fields, start=1):
                grid.addWidget(field.widget, row, column)
                grid.addWidget(field.error, row + 1, column)
            level.currentIndexChanged.connect(
                lambda _index, domain=domain: self._level_chosen(domain)
            )
        grid.setColumnStretch(3, 1)
        self.form.addRow(grid)
        hint = QLabel(self.tr("0 = no need, 1 = minor, 2 = moderate, 3 = major need."), self)
        self.body.insertWidget(1, hint)
        self.setMinimumWidth(760)
        self.levels[NEED_DOMAINS[0]].setFocus()

    def _level_chosen(self, domain: str) -> None:
        """Choosing a level for a domain assessed today fills in today's date (editable)."""
        if self.levels[domain].currentData() is not None and not self.dates[domain].text():
            self.dates[domain].set_value(self._today or date.today())

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for domain in NEED_DOMAINS:
            message = self.dates[domain].error()
            if message:
                problems[f"assessed_on:{domain}"] = message
            message = text_problem(self.notes[domain].text(), limit=10_000)
            if message:
                problems[f"note:{domain}"] = message
            if self.levels[domain].currentData() is None and (
                self.dates[domain].text().strip() or self.notes[domain].text().strip()
            ):
                problems[f"level:{domain}"] = self.tr(
                    "Choose a level, or clear the date and the note."
                )
        return problems

    def result_value(self) -> Client:
        needs: list[Need] = []
        for domain in NEED_DOMAINS:
            level = self.levels[domain].currentData()
            if level is None:
                continue
            needs.append(
                Need(
                    domain=domain,
                    level=int(level),
                    assessed_on=self.dates[domain].value(),
                    note=optional(self.notes[domain].text().strip()),
                )
            )
        return dataclasses.replace(self.original, needs=needs)
