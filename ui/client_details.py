"""The details panel beside the pathway: basic details, goal, needs, consents, team,
participation and meetings of the open client, each with an Edit… button.

The panel only shows a :class:`pathways.model.Client` it is given; it never reads or writes the
database. Edits go through the main window, which opens the form and saves the result (as an
undoable change) and then hands the panel the client again. GUI thread only.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import DETAIL_SECTIONS, ERROR_COLOUR, SectionHeader, muted_colour

if TYPE_CHECKING:  # the domain (networkx) is imported after the first paint
    from pathways.model import Client, Participation

#: The sections, in the order shown; each is edited by the dialog of the same key.
SECTIONS = DETAIL_SECTIONS
#: A consent expiring within this many days is flagged.
EXPIRY_WARNING_DAYS = 30


def mask_personal_id(code: str) -> str:
    """``131052-308T`` → ``131052-****``: the date part only, for a screen others may see."""
    return code[:7] + "****" if len(code) == 11 else "****"


def level_dots(level: int) -> str:
    """A need level as three dots, filled up to the level (●●○ for 2)."""
    level = max(0, min(3, level))
    return "●" * level + "○" * (3 - level)


class ClientDetailsPanel(QScrollArea):
    """A scrolling column of the client's details, section by section."""

    edit_requested = Signal(str)  # a section key of SECTIONS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Client details"))
        self._client: Client | None = None
        self._today: date | None = None
        self._show_personal_id = False
        inner = QWidget(self)
        inner.setObjectName("detailsInner")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(12, 10, 12, 10)
        self.column.setSpacing(4)

        self.name_label = QLabel(inner)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setAccessibleName(self.tr("Client's name"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.name_label)

        self.empty_hint = QLabel(
            self.tr(
                "The basic details, goal, needs, consents, team, participation and meetings of the "
                "client you open are shown here."
            ),
            inner,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAccessibleName(self.tr("No client open"))
        self.column.addWidget(self.empty_hint)
        self._rules: list[QFrame] = []
        self.headers: dict[str, SectionHeader] = {}
        self.bodies: dict[str, QLabel] = {}
        titles = {
            "basic": (self.tr("Basic details"), self.tr("Edit basic details")),
            "goal": (self.tr("Goal"), self.tr("Edit goal")),
            "needs": (self.tr("Needs"), self.tr("Edit needs")),
            "consents": (self.tr("Consents"), self.tr("Edit consents")),
            "team": (self.tr("Team"), self.tr("Edit team")),
            "participation": (self.tr("Participation (ESF+)"), self.tr("Edit participation")),
            "meetings": (self.tr("Meetings"), self.tr("Edit meetings")),
        }
        for key in SECTIONS:
            title, edit_name = titles[key]
            if key != "basic":
                line = QFrame(inner)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self._rules.append(line)
                self.column.addSpacing(4)
                self.column.addWidget(line)
            header = SectionHeader(title, self.tr("Edit…"), edit_name, inner)
            header.button.clicked.connect(
                lambda _checked=False, key=key: self.edit_requested.emit(key)
            )
            body = QLabel(inner)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setAccessibleName(title)
            self.headers[key], self.bodies[key] = header, body
            self.column.addWidget(header)
            if key == "basic":
                self.personal_id_row = QWidget(inner)
                row = QHBoxLayout(self.personal_id_row)
                row.setContentsMargins(0, 0, 0, 0)
                self.personal_id_label = QLabel(self.personal_id_row)
                self.personal_id_label.setAccessibleName(self.tr("Personal identity code"))
                self.personal_id_button = QToolButton(self.personal_id_row)
                self.personal_id_button.setCheckable(True)
                self.personal_id_button.setText(self.tr("Show"))
                self.personal_id_button.setAccessibleName(
                    self.tr("Show the personal identity code")
                )
                self.personal_id_button.setToolTip(
                    self.tr("The code is hidden so that others who see the screen do not see it")
                )
                self.personal_id_button.toggled.connect(self._toggle_personal_id)
                row.addWidget(self.personal_id_label)
                row.addWidget(self.personal_id_button)
                row.addStretch(1)
                self.column.addWidget(self.personal_id_row)
            self.column.addWidget(body)
        self.column.addStretch(1)
        self.setWidget(inner)
        self.set_client(None)

    # --- Showing -------------------------------------------------------------------------------

    def client(self) -> Client | None:
        return self._client

    def _esf_lines(
        self,
        p: Participation,
        today: date,
        esc: Callable[[str], str],
        none: Callable[[str], str],
        warn: Callable[[str], str],
    ) -> list[str]:
        """The ESF+ participant data in short lines. The characteristics (special categories)
        are not named here, only whether they were recorded: the panel may be in view of others."""
        from pathways import labels
        from pathways.i18n import format_date

        lines = []
        background = [
            labels.gender_name(p.gender) if p.gender else self.tr("gender not given"),
            labels.education_name(p.education_on_entry)
            if p.education_on_entry
            else self.tr("education not recorded"),
        ]
        lines.append(esc(", ".join(background)))
        if p.characteristics:
            lines.append(esc(self.tr("Characteristics recorded with consent (%n)", "",
                                     len(p.characteristics))))
        elif p.characteristics_declined:
            lines.append(none(self.tr("Characteristics: asked and declined.")))
        if p.qualification_on_leaving:
            lines.append(esc(self.tr("Gained a qualification on leaving.")))
        follow_up, due = p.after_six_months, p.six_month_day
        if follow_up is not None:
            lines.append(
                esc(
                    self.tr("Six months after leaving (%1): %2")
                    .replace("%1", format_date(follow_up.checked_on))
                    .replace("%2", labels.leaving_outcome_name(follow_up.status))
                )
            )
        elif due is not None:
            text = self.tr("Six-month follow-up due %1").replace("%1", format_date(due))
            lines.append(warn(text) if due <= today else esc(text))
        return lines

    def set_today(self, today: date | None) -> None:
        """Fix "today" (for tests and screenshots); None means the system's date."""
        self._today = today

    def set_editable(self, editable: bool) -> None:
        """Read-only mode (a later feature) hides nothing but disables the Edit… buttons."""
        for header in self.headers.values():
            header.button.setEnabled(editable and self._client is not None)

    def set_client(self, client: Client | None) -> None:
        """Show *client* (a :class:`pathways.model.Client`), or an empty panel for None."""
        self._client = client
        has_client = client is not None
        for header in self.headers.values():
            header.setVisible(has_client)
            header.button.setEnabled(has_client)
        for widget in (*self.bodies.values(), *self._rules):
            widget.setVisible(has_client)
        self.empty_hint.setVisible(not has_client)
        self.personal_id_row.setVisible(False)
        if client is None:
            self.name_label.setText(self.tr("No client open"))
            self.name_label.setEnabled(False)
            return
        self.name_label.setEnabled(True)
        self.personal_id_button.setChecked(False)
        self._show_personal_id = False
        self._fill(client)

    @Slot(bool)
    def _toggle_personal_id(self, shown: bool) -> None:
        self._show_personal_id = shown
        self.personal_id_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.personal_id_button.setAccessibleName(
            self.tr("Hide the personal identity code")
            if shown
            else self.tr("Show the personal identity code")
        )
        if self._client is not None:
            code = self._client.personal_id or ""
            self.personal_id_label.setText(self._personal_id_text(code))

    def _personal_id_text(self, code: str) -> str:
        shown = code if self._show_personal_id else mask_personal_id(code)
        return self.tr("Personal identity code: %1").replace("%1", shown)

    def _fill(self, c: Client) -> None:
        from pathways import labels
        from pathways.i18n import format_date

        today = self._today or date.today()
        muted = muted_colour(self)
        esc = html.escape

        def none(text: str) -> str:
            return f'<span style="color:{muted}">{esc(text)}</span>'

        def warn(text: str) -> str:
            return f'<span style="color:{ERROR_COLOUR}">{esc(text)}</span>'

        self.name_label.setText(c.name)
        # Basic details
        lines = [esc(self.tr("Client number: %1").replace("%1", c.id))]
        if c.birth_year:
            lines.append(esc(self.tr("Born: %1").replace("%1", str(c.birth_year))))
        if c.municipality:
            lines.append(esc(self.tr("Municipality: %1").replace("%1", c.municipality)))
        if c.languages:
            lines.append(esc(self.tr("Languages: %1").replace("%1", ", ".join(c.languages))))
        if c.notes:
            lines.append("<i>" + esc(c.notes).replace("\n", "<br>") + "</i>")
        self.bodies["basic"].setText("<br>".join(lines))
        code = c.personal_id or ""
        self.personal_id_row.setVisible(bool(code))
        self.personal_id_label.setText(self._personal_id_text(code))

        # Goal
        goal = c.goal
        if goal is None:
            self.bodies["goal"].setText(none(self.tr("No goal recorded.")))
        else:
            lines = [f"<b>{esc(labels.goal_outcome_name(goal.outcome))}</b>"]
            if goal.description:
                lines.append(esc(goal.description).replace("\n", "<br>"))
            if goal.target_date:
                lines.append(
                    esc(self.tr("Target date: %1").replace("%1", format_date(goal.target_date)))
                )
            self.bodies["goal"].setText("<br>".join(lines))

        # Needs, the greatest first
        needs = sorted(c.needs, key=lambda n: (-n.level, labels.need_domain_name(n.domain)))
        if not needs:
            self.bodies["needs"].setText(none(self.tr("No needs assessed.")))
        else:
            rows = "".join(
                f"<tr><td>{esc(labels.need_domain_name(n.domain))}</td>"
                f'<td style="padding-left:10px" title="{esc(labels.need_level_name(n.level))}">'
                f"{level_dots(n.level)}&nbsp;{n.level}</td></tr>"
                for n in needs
            )
            self.bodies["needs"].setText(f"<table cellspacing=0 cellpadding=1>{rows}</table>")

        # Consents
        if not c.consents:
            self.bodies["consents"].setText(none(self.tr("No consents recorded.")))
        else:
            lines = []
            for consent in sorted(c.consents, key=lambda k: k.given_on):
                period = (
                    f"{format_date(consent.given_on)} – {format_date(consent.expires_on)}"
                    if consent.expires_on
                    else self.tr("from %1").replace("%1", format_date(consent.given_on))
                )
                sectors = ", ".join(labels.sector_name(s) for s in consent.sectors)
                state = ""
                if consent.expires_on is not None and consent.expires_on < today:
                    state = " " + warn(self.tr("(expired)"))
                elif consent.given_on > today:
                    state = " " + warn(self.tr("(not yet valid)"))
                elif consent.expires_on is not None and consent.expires_on - today <= timedelta(
                    days=EXPIRY_WARNING_DAYS
                ):
                    state = " " + warn(self.tr("(expires soon)"))
                lines.append(f"<b>{esc(period)}</b>{state}<br>{esc(sectors)}")
            self.bodies["consents"].setText("<br>".join(lines))

        # Team
        if not c.team:
            self.bodies["team"].setText(none(self.tr("No team members yet.")))
        else:
            lines = []
            for member in c.team:
                detail = ", ".join(part for part in (member.role, member.organisation) if part)
                lines.append(f"<b>{esc(member.name)}</b><br>{esc(detail)}")
            self.bodies["team"].setText("<br>".join(lines))

        # Participation
        p = c.participation
        if p is None:
            self.bodies["participation"].setText(none(self.tr("Not recorded.")))
        else:
            lines = [
                esc(
                    self.tr("Entered %1: %2")
                    .replace("%1", format_date(p.entered_on))
                    .replace("%2", labels.entry_status_name(p.status_on_entry))
                )
            ]
            if p.left_on is not None:
                lines.append(
                    esc(
                        self.tr("Left %1: %2")
                        .replace("%1", format_date(p.left_on))
                        .replace(
                            "%2", labels.leaving_outcome_name(p.outcome_on_leaving or "unknown")
                        )
                    )
                )
            else:
                lines.append(none(self.tr("Still taking part.")))
            lines += self._esf_lines(p, today, esc, none, warn)
            self.bodies["participation"].setText("<br>".join(lines))

        # Meetings, the newest first (three shown)
        meetings = sorted(c.meetings, key=lambda m: m.date, reverse=True)
        if not meetings:
            self.bodies["meetings"].setText(none(self.tr("No meetings recorded.")))
        else:
            lines = []
            upcoming = [m.next_review for m in meetings if m.next_review is not None]
            if upcoming:
                review = max(upcoming)
                text = self.tr("Next review: %1").replace("%1", format_date(review))
                lines.append(
                    warn(text + " " + self.tr("(overdue)"))
                    if review < today
                    else f"<b>{esc(text)}</b>"
                )
            for meeting in meetings[:3]:
                line = f"<b>{esc(format_date(meeting.date))}</b>"
                if meeting.summary:
                    summary = meeting.summary.strip().splitlines()[0]
                    line += " – " + esc(summary if len(summary) <= 120 else summary[:120] + "…")
                lines.append(line)
            if len(meetings) > 3:
                lines.append(none(self.tr("and %1 earlier").replace("%1", str(len(meetings) - 3))))
            self.bodies["meetings"].setText("<br>".join(lines))


class ClientHeader(QWidget):
    """A slim bar above the pathway: whose pathway it is, and the button that shows or hides
    the details panel (the same action as View → Client details)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName(self.tr("Open client"))
        self.info_label = QLabel(self)
        self.info_label.setAccessibleName(self.tr("Client number and municipality"))
        self.info_label.setStyleSheet(f"color: {muted_colour(self)};")
        self.details_button = QToolButton(self)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 2)
        row.addWidget(self.name_label)
        row.addSpacing(8)
        row.addWidget(self.info_label, 1)
        row.addWidget(self.details_button)

    def set_client(self, client: Client | None) -> None:
        if client is None:
            self.name_label.clear()
            self.info_label.clear()
            return
        self.name_label.setText(client.name)
        parts = [client.id, client.municipality or ""]
        self.info_label.setText(" · ".join(part for part in parts if part))
