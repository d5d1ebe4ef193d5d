"""The client's multiprofessional team: name, role, organisation, sector and contact of each."""

from __future__ import annotations

import re
import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from pathways import labels
from pathways.model import SECTORS, Client, TeamMember
from ui.forms.base import FormDialog, optional, text_problem
from ui.forms.lists import RecordListDialog

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,}$")


class TeamMemberDialog(FormDialog):
    """One team member: name and role required, a sector, organisation and contact details."""

    def __init__(self, member: TeamMember | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New team member") if member is None else self.tr("Team member"), parent
        )
        self.original = member
        self.name_edit = QLineEdit(self)
        self.add_field("name", self.tr("&Name:"), self.name_edit, required=True)
        self.role_edit = QLineEdit(self)
        self.add_field(
            "role",
            self.tr("&Role:"),
            self.role_edit,
            required=True,
            hint=self.tr("For example: job coach, social worker"),
        )
        self.organisation_edit = QLineEdit(self)
        self.add_field("organisation", self.tr("&Organisation:"), self.organisation_edit)
        self.sector_box = QComboBox(self)
        self.sector_box.addItem(self.tr("Choose a sector"), None)
        for code in SECTORS:
            self.sector_box.addItem(labels.sector_name(code), code)
        self.add_field("sector", self.tr("&Sector:"), self.sector_box, required=True)
        self.phone_edit = QLineEdit(self)
        self.add_field("phone", self.tr("&Phone:"), self.phone_edit)
        self.email_edit = QLineEdit(self)
        self.add_field("email", self.tr("&Email:"), self.email_edit)
        self.add_required_note()
        if member is not None:
            self.name_edit.setText(member.name)
            self.role_edit.setText(member.role)
            self.organisation_edit.setText(member.organisation or "")
            self.sector_box.setCurrentIndex(max(0, self.sector_box.findData(member.sector)))
            self.phone_edit.setText(member.phone or "")
            self.email_edit.setText(member.email or "")
        self.setMinimumWidth(460)
        self.name_edit.setFocus()

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for key, edit, required, empty in (
            ("name", self.name_edit, True, self.tr("Write the team member's name.")),
            ("role", self.role_edit, True, self.tr("Write the team member's role.")),
            ("organisation", self.organisation_edit, False, None),
            ("phone", self.phone_edit, False, None),
            ("email", self.email_edit, False, None),
        ):
            message = text_problem(edit.text(), required=required, empty_message=empty)
            if message:
                problems[key] = message
        if self.sector_box.currentData() is None:
            problems["sector"] = self.tr("Choose the sector the team member works in.")
        phone = self.phone_edit.text().strip()
        if phone and "phone" not in problems and not _PHONE.match(phone):
            problems["phone"] = self.tr(
                "Write a phone number with digits, for example 040 123 4567."
            )
        email = self.email_edit.text().strip()
        if email and "email" not in problems and not _EMAIL.match(email):
            problems["email"] = self.tr(
                "This does not look like an email address (name@example.fi)."
            )
        return problems

    def result_value(self) -> TeamMember:
        return TeamMember(
            id=self.original.id if self.original is not None else str(uuid.uuid4()),
            name=self.name_edit.text().strip(),
            role=self.role_edit.text().strip(),
            sector=str(self.sector_box.currentData()),
            organisation=optional(self.organisation_edit.text().strip()),
            phone=optional(self.phone_edit.text().strip()),
            email=optional(self.email_edit.text().strip()),
        )


class TeamDialog(RecordListDialog[TeamMember]):
    """The client's team."""

    attribute = "team"

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Team"), client, parent)
        self.set_button_names(
            self.tr("Add a team member"),
            self.tr("Edit the team member"),
            self.tr("Remove the team member"),
        )

    def describe(self, record: TeamMember) -> str:
        parts = [
            record.name,
            record.role,
            record.organisation or "",
            labels.sector_name(record.sector),
        ]
        return " · ".join(part for part in parts if part)

    def record_dialog(self, record: TeamMember | None) -> FormDialog:
        return TeamMemberDialog(record, self)

    def removal_problem(self, record: TeamMember) -> str | None:
        steps = sum(
            1
            for pathway in self.original.pathways
            for step in pathway
            if step.responsible == record.id
        )
        meetings = sum(1 for meeting in self.original.meetings if record.id in meeting.participants)
        if not steps and not meetings:
            return None
        return (
            self.tr(
                "%1 is responsible for %2 step(s) and took part in %3 meeting(s). "
                "Change those first."
            )
            .replace("%1", record.name)
            .replace("%2", str(steps))
            .replace("%3", str(meetings))
        )
