"""The client's consents to share information with named sectors, each given on a date and
perhaps expiring."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QPlainTextEdit, QWidget

from pathways import labels
from pathways.model import SECTORS, Client, Consent
from ui.forms.base import MAX_LONG, FormDialog, optional, text_problem
from ui.forms.lists import RecordListDialog
from ui.widgets import DateField, format_date


class SectorChecks(QFrame):
    """One check box per sector, in two columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        for index, code in enumerate(SECTORS):
            box = QCheckBox(labels.sector_name(code), self)
            box.setAccessibleName(labels.sector_name(code))
            self.boxes[code] = box
            grid.addWidget(box, index // 2, index % 2)

    def sectors(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_sectors(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class ConsentDialog(FormDialog):
    """One consent: given on, expires on (not before it is given), sectors (at least one)."""

    def __init__(self, consent: Consent | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New consent") if consent is None else self.tr("Consent"), parent)
        self.original = consent
        self.given_on = DateField(self)
        self.add_field("given_on", self.tr("&Given on:"), self.given_on, required=True)
        self.expires_on = DateField(self)
        self.add_field(
            "expires_on",
            self.tr("&Expires on:"),
            self.expires_on,
            hint=self.tr("Leave empty when the consent does not expire"),
        )
        self.sector_checks = SectorChecks(self)
        self.add_field(
            "sectors", self.tr("Information may go to:"), self.sector_checks, required=True
        )
        for box in self.sector_checks.boxes.values():
            box.toggled.connect(lambda _checked: self._field_edited("sectors"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field("note", self.tr("&Note:"), self.note_edit)
        self.add_required_note()
        if consent is not None:
            self.given_on.set_value(consent.given_on)
            self.expires_on.set_value(consent.expires_on)
            self.sector_checks.set_sectors(consent.sectors)
            self.note_edit.setPlainText(consent.note or "")
        self.setMinimumWidth(520)
        self.given_on.setFocus()

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        given_error, expires_error = self.given_on.error(), self.expires_on.error()
        if given_error:
            problems["given_on"] = given_error
        elif not self.given_on.text().strip():
            problems["given_on"] = self.tr("Write the date the client gave the consent.")
        if expires_error:
            problems["expires_on"] = expires_error
        if not given_error and not expires_error:
            given, expires = self.given_on.value(), self.expires_on.value()
            if given is not None and expires is not None and expires < given:
                problems["expires_on"] = (
                    self.tr("The consent cannot expire (%1) before it is given (%2).")
                    .replace("%1", format_date(expires))
                    .replace("%2", format_date(given))
                )
        if not self.sector_checks.sectors():
            problems["sectors"] = self.tr("Choose at least one sector the information may go to.")
        message = text_problem(self.note_edit.toPlainText(), limit=MAX_LONG)
        if message:
            problems["note"] = message
        return problems

    def result_value(self) -> Consent:
        given = self.given_on.value()
        assert given is not None
        return Consent(
            id=self.original.id if self.original is not None else str(uuid.uuid4()),
            given_on=given,
            expires_on=self.expires_on.value(),
            sectors=self.sector_checks.sectors(),
            note=optional(self.note_edit.toPlainText().strip()),
        )


class ConsentsDialog(RecordListDialog[Consent]):
    """The client's consents."""

    attribute = "consents"

    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consents"), client, parent)
        self.set_button_names(
            self.tr("Add a consent"), self.tr("Edit the consent"), self.tr("Remove the consent")
        )

    def copy_record(self, record: Consent) -> Consent:
        return Consent(
            record.id, record.given_on, list(record.sectors), record.expires_on, record.note
        )

    def sort_key(self, record: Consent) -> date:
        return record.given_on

    def describe(self, record: Consent) -> str:
        period = (
            self.tr("%1 – %2")
            .replace("%1", format_date(record.given_on))
            .replace("%2", format_date(record.expires_on))
            if record.expires_on
            else self.tr("from %1, no expiry").replace("%1", format_date(record.given_on))
        )
        sectors = ", ".join(labels.sector_name(code) for code in record.sectors)
        return f"{period}: {sectors}"

    def record_dialog(self, record: Consent | None) -> FormDialog:
        return ConsentDialog(record, self)

    def removal_problem(self, record: Consent) -> str | None:
        uses = [
            pathway.title
            for pathway in self.original.pathways
            for transition in pathway.transitions
            if transition.consent == record.id
        ]
        if not uses:
            return None
        return (
            self.tr(
                "This consent is named on %1 transition(s) of the pathway “%2”. Change those first."
            )
            .replace("%1", str(len(uses)))
            .replace("%2", uses[0])
        )
