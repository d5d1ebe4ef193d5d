"""The client's basic details: name, personal identity code, birth year, municipality, languages.

Used both to create a client and to edit one. A new client also gets the goal (what the work is
for, in the client's words), a readable number (``2026-0007``, or the organisation's own) and a
first pathway, active, so that services can be added at once. Rules are those of the exchange
format: a name that is not blank, a valid personal identity code (``pathways.hetu``) whose year
agrees with the birth year, a birth year from 1900 to this year, two-letter language codes, and
an id that no other client has and no other client's personal identity code.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from pathways import hetu, labels
from pathways.model import GOAL_OUTCOMES, Client, Goal, Pathway
from ui.forms.base import MAX_LONG, FormDialog, optional, sentence, text_problem

_LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


def split_languages(text: str) -> list[str]:
    """``"fi, sv"`` → ``["fi", "sv"]`` (commas or spaces between codes)."""
    return [part for part in re.split(r"[,\s;]+", text.strip()) if part]


class ClientDialog(FormDialog):
    """Create a client (*client* None) or edit the basic details of *client*.

    *id_taken(id)* tells whether another client already has that id; it is asked only when OK is
    pressed, so the form does no database work while the user types. A personal identity code
    that another client has is reported by the saver (the repository refuses it).
    """

    def __init__(
        self,
        client: Client | None,
        parent: QWidget | None = None,
        *,
        id_taken: Callable[[str], bool] | None = None,
        next_number: Callable[[], str] | None = None,
        today: date | None = None,
    ) -> None:
        self.creating = client is None
        super().__init__(
            self.tr("New client") if self.creating else self.tr("Basic details"), parent
        )
        self.original = client
        self._id_taken = id_taken
        self._next_number = next_number
        self._number: str | None = None  # the number given when the field was left empty
        self._today = today
        self.name_edit = QLineEdit(self)
        self.add_field(
            "name",
            self.tr("&Name:"),
            self.name_edit,
            required=True,
            hint=self.tr("First name Last name"),
        )
        self.id_edit = QLineEdit(self)
        if self.creating:
            proposed = next_number() if next_number is not None else None
            if proposed:  # the number itself shows in the field; the whole hint on hover
                self.id_edit.setPlaceholderText(proposed)
            self.add_field(
                "id",
                self.tr("Client &number:"),
                self.id_edit,
                hint=(
                    self.tr("Left empty: %1 (or type your organisation's own)").replace(
                        "%1", proposed
                    )
                    if proposed
                    else self.tr("Made automatically when left empty")
                ),
            )
        else:
            self.id_edit.hide()  # a client's number is not changed once given
        self.personal_id_edit = QLineEdit(self)
        self.personal_id_edit.setMaxLength(20)
        self.add_field(
            "personal_id",
            self.tr("&Personal identity code:"),
            self.personal_id_edit,
            hint=self.tr("DDMMYYCNNNX, for example 131052-308T"),
        )
        self.birth_year_edit = QLineEdit(self)
        self.birth_year_edit.setMaxLength(4)
        self.add_field(
            "birth_year",
            self.tr("&Year of birth:"),
            self.birth_year_edit,
            hint=self.tr("Filled in from the personal identity code"),
        )
        self.municipality_edit = QLineEdit(self)
        self.add_field("municipality", self.tr("&Municipality:"), self.municipality_edit)
        self.languages_edit = QLineEdit(self)
        self.add_field(
            "languages",
            self.tr("&Languages:"),
            self.languages_edit,
            hint=self.tr("Two-letter codes, for example: fi, sv, en"),
        )
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("notes", self.tr("N&otes:"), self.notes_edit)
        self.goal_box = QComboBox(self)
        self.goal_edit = QLineEdit(self)
        self.goal_edit.setMaxLength(MAX_LONG)
        if self.creating:
            self.goal_box.addItem(self.tr("Not decided yet"), None)
            for code in GOAL_OUTCOMES:
                self.goal_box.addItem(labels.goal_outcome_name(code), code)
            self.add_field("goal", self.tr("&Goal:"), self.goal_box)
            self.add_field(
                "goal_description",
                self.tr("Goal in the client's &words:"),
                self.goal_edit,
                hint=self.tr("For example: work in a café or a bakery"),
            )
        else:
            self.goal_box.hide()  # edited in Client details → Goal
            self.goal_edit.hide()
        self.add_required_note()
        self.personal_id_edit.editingFinished.connect(self._fill_birth_year)
        if client is not None:
            self.name_edit.setText(client.name)
            self.personal_id_edit.setText(client.personal_id or "")
            self.birth_year_edit.setText(
                "" if client.birth_year is None else str(client.birth_year)
            )
            self.municipality_edit.setText(client.municipality or "")
            self.languages_edit.setText(", ".join(client.languages))
            self.notes_edit.setPlainText(client.notes or "")
        self.setMinimumWidth(480)
        self.name_edit.setFocus()

    def _fill_birth_year(self) -> None:
        """A valid code tells the year of birth: fill it in when the field is empty."""
        year = hetu.birth_year(self.personal_id_edit.text().strip(), self._today)
        if year is not None and not self.birth_year_edit.text().strip():
            self.birth_year_edit.setText(str(year))

    def _personal_id(self) -> str:
        return self.personal_id_edit.text().strip()

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        name = self.name_edit.text()
        message = text_problem(
            name, required=True, empty_message=self.tr("Write the client's name.")
        )
        if message:
            problems["name"] = message
        if self.creating:
            client_id = self.id_edit.text().strip()
            message = text_problem(client_id)
            if message:
                problems["id"] = message
        code = self._personal_id()
        birth_year_from_code: int | None = None
        if code:
            reason = hetu.why_invalid(code, self._today)
            if (
                reason is not None
                and code != code.upper()
                and hetu.is_valid(code.upper(), self._today)
            ):
                reason = None  # typed in lower case: saved in upper case
            if reason is not None:
                problems["personal_id"] = sentence(reason)
            else:
                birth_year_from_code = hetu.birth_year(code.upper(), self._today)
        year_text = self.birth_year_edit.text().strip()
        if year_text:
            this_year = (self._today or date.today()).year
            if not year_text.isascii() or not year_text.isdigit():
                problems["birth_year"] = self.tr(
                    "Write the year with four digits, for example 1987."
                )
            elif not 1900 <= int(year_text) <= this_year:
                problems["birth_year"] = self.tr("The year of birth is from 1900 to %1.").replace(
                    "%1", str(this_year)
                )
            elif birth_year_from_code is not None and int(year_text) != birth_year_from_code:
                problems["birth_year"] = self.tr(
                    "The personal identity code gives the year %1."
                ).replace("%1", str(birth_year_from_code))
        message = text_problem(self.municipality_edit.text())
        if message:
            problems["municipality"] = message
        codes = split_languages(self.languages_edit.text())
        wrong = [c for c in codes if not _LANGUAGE_CODE.match(c)]
        if wrong:
            problems["languages"] = self.tr(
                "Use two lower-case letters for each language (fi, sv, en …); not: %1"
            ).replace("%1", ", ".join(wrong))
        elif len(set(codes)) != len(codes):
            problems["languages"] = self.tr("Each language only once.")
        message = text_problem(self.notes_edit.toPlainText(), limit=MAX_LONG)
        if message:
            problems["notes"] = message
        if self.creating:
            message = text_problem(self.goal_edit.text(), limit=MAX_LONG)
            if message:
                problems["goal_description"] = message
            elif self.goal_box.currentData() is None and self.goal_edit.text().strip():
                problems["goal"] = self.tr("Choose what the goal is, or clear the words about it.")
        return problems

    def accept(self) -> None:
        # The database question (is the number taken?) only once the form is valid.
        client_id = self.id_edit.text().strip()
        if (
            self.creating
            and client_id
            and self._id_taken
            and not self.check()
            and self._id_taken(client_id)
        ):
            self.fields["id"].show_error(self.tr("Another client already has this number."))
            self.fields["id"].widget.setFocus()
            return
        if self.creating and not client_id and not self.check():
            self._number = self._free_number()
        super().accept()

    def _free_number(self) -> str:
        """The readable number for a client whose number field was left empty."""
        number = self._next_number() if self._next_number is not None else None
        # Another workstation may have just taken it: then the next after it.
        for _attempt in range(20):
            if number is None or self._id_taken is None or not self._id_taken(number):
                break
            year, _, count = number.rpartition("-")
            number = f"{year}-{int(count) + 1:04d}" if count.isdigit() else None
        return number or uuid.uuid4().hex[:8]

    def result_value(self) -> Client:
        code = self._personal_id().upper() or None
        year_text = self.birth_year_edit.text().strip()
        # A valid code tells the year of birth (the check has made sure they agree).
        year = (
            int(year_text) if year_text else (hetu.birth_year(code, self._today) if code else None)
        )
        name = self.name_edit.text().strip()
        municipality = optional(self.municipality_edit.text().strip())
        languages = split_languages(self.languages_edit.text())
        notes = optional(self.notes_edit.toPlainText())
        if self.original is None:
            outcome = self.goal_box.currentData()
            goal = (
                Goal(str(outcome), optional(self.goal_edit.text().strip()))
                if outcome is not None
                else None
            )
            # The first pathway, active: services can be added to it at once.
            first = Pathway(
                uuid.uuid4().hex,
                self.tr("Pathway %1").replace("%1", "1"),
                "active",
                created_on=self._today or date.today(),
            )
            client_id = self.id_edit.text().strip() or self._number or self._free_number()
            return Client(id=client_id, name=name, personal_id=code, birth_year=year,
                          municipality=municipality, languages=languages, notes=notes,
                          goal=goal, pathways=[first])
        return dataclasses.replace(self.original, name=name, personal_id=code, birth_year=year,
                                   municipality=municipality, languages=languages, notes=notes)
