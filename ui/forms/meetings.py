"""The client's network meetings (verkostopalaveri): date, who took part, summary, decisions and
the date of the next review."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from pathways.model import Client, Meeting, TeamMember
from ui.forms.base import MAX_LONG, FormDialog, optional, text_problem
from ui.forms.lists import RecordListDialog
from ui.widgets import DateField, format_date


class MeetingDialog(FormDialog):
    """One meeting. The participants are chosen from the client's team; the next review may not
    be before the meeting."""

    def __init__(
        self,
        meeting: Meeting | None,
        team: list[TeamMember],
        parent: QWidget | None = None,
        *,
        can_agree: bool = False,
    ) -> None:
        super().__init__(self.tr("New meeting") if meeting is None else self.tr("Meeting"), parent)
        self.original = meeting
        self.date_field = DateField(self)
        self.add_field("date", self.tr("&Date:"), self.date_field, required=True)
        self.participants = QListWidget(self)
        self.participants.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        chosen = set(meeting.participants) if meeting is not None else set()
        for member in team:
            item = QListWidgetItem(f"{member.name} · {member.role}")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if member.id in chosen else Qt.CheckState.Unchecked
            )
            self.participants.addItem(item)
        # Participants no longer in the team are kept as they are (the list cannot show them).
        self._kept = [p for p in chosen if p not in {m.id for m in team}]
        self.add_field(
            "participants",
            self.tr("&Participants:"),
            self.participants,
            hint=self.tr("Team members who took part"),
        )
        self.participants.setEnabled(bool(team))
        self.client_present = QComboBox(self)
        self.client_present.addItem(self.tr("Not recorded"), None)
        self.client_present.addItem(self.tr("Yes"), True)
        self.client_present.addItem(self.tr("No"), False)
        self.add_field("client_present", self.tr("&Client present:"), self.client_present)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("summary", self.tr("&Summary:"), self.summary_edit)
        self.decisions_edit = QPlainTextEdit(self)
        self.decisions_edit.setTabChangesFocus(True)
        self.decisions_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.decisions_edit.setPlaceholderText(self.tr("One decision on each line"))
        self.add_field("decisions", self.tr("D&ecisions:"), self.decisions_edit)
        self.next_review = DateField(self)
        self.add_field("next_review", self.tr("&Next review:"), self.next_review)
        # At the end of the meeting record: keep the pathway as agreed at this meeting.
        self.keep_agreed_box = QCheckBox(
            self.tr("&Keep the pathway as agreed at this meeting"), self
        )
        self.keep_agreed_box.setVisible(can_agree)
        self.add_field("keep_agreed", "", self.keep_agreed_box)
        self.add_required_note()
        if meeting is not None:
            self.date_field.set_value(meeting.date)
            self.client_present.setCurrentIndex(
                {None: 0, True: 1, False: 2}[meeting.client_present]
            )
            self.summary_edit.setPlainText(meeting.summary or "")
            self.decisions_edit.setPlainText("\n".join(meeting.decisions))
            self.next_review.set_value(meeting.next_review)
        self.setMinimumWidth(520)
        self.date_field.setFocus()

    def _decisions(self) -> list[str]:
        return [
            line.strip() for line in self.decisions_edit.toPlainText().splitlines() if line.strip()
        ]

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        date_error, review_error = self.date_field.error(), self.next_review.error()
        if date_error:
            problems["date"] = date_error
        elif not self.date_field.text().strip():
            problems["date"] = self.tr("Write the date of the meeting.")
        if review_error:
            problems["next_review"] = review_error
        if not date_error and not review_error:
            day, review = self.date_field.value(), self.next_review.value()
            if day is not None and review is not None and review < day:
                problems["next_review"] = (
                    self.tr("The next review (%1) cannot be before the meeting (%2).")
                    .replace("%1", format_date(review))
                    .replace("%2", format_date(day))
                )
        message = text_problem(self.summary_edit.toPlainText(), limit=MAX_LONG)
        if message:
            problems["summary"] = message
        message = text_problem(self.decisions_edit.toPlainText(), limit=MAX_LONG)
        if message:
            problems["decisions"] = message
        return problems

    def result_value(self) -> Meeting:
        day = self.date_field.value()
        assert day is not None
        participants = [
            str(self.participants.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.participants.count())
            if self.participants.item(row).checkState() == Qt.CheckState.Checked
        ]
        return Meeting(
            id=self.original.id if self.original is not None else str(uuid.uuid4()),
            date=day,
            participants=participants + self._kept,
            client_present=self.client_present.currentData(),
            summary=optional(self.summary_edit.toPlainText().strip()),
            decisions=self._decisions(),
            next_review=self.next_review.value(),
        )


class MeetingsDialog(RecordListDialog[Meeting]):
    """The client's meetings, newest first."""

    attribute = "meetings"

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meetings"), client, parent)
        self.set_button_names(
            self.tr("Add a meeting"), self.tr("Edit the meeting"), self.tr("Remove the meeting")
        )
        self.records.sort(key=self.sort_key)
        self.refresh()
        #: Meetings (id → date) at which the pathway is to be kept as agreed once the
        #: meetings are saved ("Keep the pathway as agreed at this meeting").
        self.agree_at: dict[str, date] = {}

    def copy_record(self, record: Meeting) -> Meeting:
        return Meeting(
            record.id,
            record.date,
            list(record.participants),
            record.client_present,
            record.summary,
            list(record.decisions),
            record.next_review,
        )

    def sort_key(self, record: Meeting) -> int:
        return -record.date.toordinal()

    def describe(self, record: Meeting) -> str:
        text = format_date(record.date)
        if record.summary:
            first_line = record.summary.strip().splitlines()[0]
            text += " – " + (first_line[:80] + "…" if len(first_line) > 80 else first_line)
        if record.next_review:
            text += "  " + self.tr("(next review %1)").replace(
                "%1", format_date(record.next_review)
            )
        return text

    def record_dialog(self, record: Meeting | None) -> FormDialog:
        dialog = MeetingDialog(
            record, self.original.team, self, can_agree=bool(self.original.pathways)
        )

        def note_agreement() -> None:
            if dialog.keep_agreed_box.isChecked():
                meeting = dialog.value
                self.agree_at[meeting.id] = meeting.date

        dialog.accepted.connect(note_agreement)
        return dialog
