"""Small widgets the window and its forms share: a date field, an inline error label, a banner.

Everything here lives on the GUI thread and is owned by the widget it is placed in (the usual
Qt parent ownership). Nothing here touches the database.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

#: The sections of a client's details, in the order shown; each is edited by its own form.
DETAIL_SECTIONS: tuple[str, ...] = (
    "basic",
    "goal",
    "needs",
    "consents",
    "team",
    "participation",
    "meetings",
)

#: The colour of error messages and of the frame of a field in error. Dark enough to read on
#: white (contrast 6.5:1); the message text carries the meaning, never the colour alone.
ERROR_COLOUR = "#b3261e"
#: The colour of the banner (read-only mode, backups) and its text.
BANNER_BACKGROUND = "#fff4ce"
BANNER_BORDER = "#c9a227"


def tr(text: str, context: str = "widgets") -> str:
    """Translate *text* in *context* (for module-level code that has no ``self.tr``)."""
    return QCoreApplication.translate(context, text)


def set_accessible(widget: QWidget, name: str, description: str | None = None) -> QWidget:
    """Give *widget* an accessible name (and description) for screen readers; returns it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


# --- Dates --------------------------------------------------------------------------------------

_FINNISH_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> date | None:
    """A date written as ``15.1.2026`` (as Finns and Swedes write it) or ``2026-01-15``.

    Returns None for empty text; raises ValueError for text that is not a real date.
    """
    if not text.strip():
        return None
    match = _FINNISH_DATE.match(text)
    if match:
        day, month, year = (int(group) for group in match.groups())
        return date(year, month, day)
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(group) for group in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def format_date(day: date | None) -> str:
    """A date the way the date field shows it (``15.1.2026``); empty for None."""
    return "" if day is None else f"{day.day}.{day.month}.{day.year}"


class DateField(QWidget):
    """A date that may be left empty: a line edit for typing plus a calendar to pick from.

    ``value()`` returns the date, None for empty, and raises ValueError for text that is not
    a date; ``error()`` says in words what is wrong with the text (or None). Typing
    ``15.1.2026`` or ``2026-01-15`` both work, so a date copied from another system pastes.
    """

    edited = Signal()  # the text changed by the user (typing or the calendar)
    editing_finished = Signal()  # focus left the field or Return was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("d.m.yyyy"))
        self.line_edit.setMaxLength(10)
        self.line_edit.textEdited.connect(self.edited)
        self.line_edit.editingFinished.connect(self.editing_finished)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choose from a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The calendar itself is made when first opened: most dates are typed.
        self._calendar: Any = None
        menu = QMenu(self.calendar_button)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_accessible_name(self.tr("Date"))

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.line_edit.setAccessibleName(name)
        self.calendar_button.setAccessibleName(
            self.tr("%1: choose from a calendar").replace("%1", name)
        )

    def text(self) -> str:
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        self.line_edit.setText(text)

    def value(self) -> date | None:
        return parse_date(self.line_edit.text())

    def set_value(self, day: date | None) -> None:
        self.line_edit.setText(format_date(day))

    def error(self) -> str | None:
        """What is wrong with the text, in words, or None when it is a date or empty."""
        text = self.line_edit.text()
        try:
            parse_date(text)
        except ValueError:
            if _FINNISH_DATE.match(text) or _ISO_DATE.match(text):
                return self.tr("There is no such day: %1.").replace("%1", text.strip())
            return self.tr("Write the date as day.month.year, for example 15.1.2026.")
        return None

    @Slot()
    def _prepare_calendar(self) -> None:
        if self._calendar is None:
            from PySide6.QtWidgets import QCalendarWidget, QWidgetAction

            self._calendar = QCalendarWidget()
            self._calendar.setGridVisible(True)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.setAccessibleName(self.accessibleName())
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
            action = QWidgetAction(self.calendar_button.menu())
            action.setDefaultWidget(self._calendar)
            self.calendar_button.menu().addAction(action)
        try:
            day = self.value()
        except ValueError:
            day = None
        self._calendar.setSelectedDate(
            QDate(day.year, day.month, day.day) if day else QDate.currentDate())

    @Slot(QDate)
    def _picked(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.calendar_button.menu().hide()
        self.line_edit.setFocus()
        self.edited.emit()
        self.editing_finished.emit()


# --- Inline errors ------------------------------------------------------------------------------


class FieldError(QLabel):
    """The red message right under a field that says what is wrong with it; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_message(self, message: str | None) -> None:
        if message:
            self.setText("⚠ " + message)
            self.setAccessibleDescription(message)
            self.show()
        else:
            self.clear()
            self.setAccessibleDescription("")
            self.hide()

    def message(self) -> str:
        """The message shown (without the warning sign), empty when none is."""
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else not self.isHidden()
        return self.text().removeprefix("⚠ ") if shown else ""


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Frame *widget* in the error colour (or remove the frame) and describe the error.

    The frame is a style sheet on the widget itself: it only ever holds this rule, so setting it
    back to empty restores the platform look.
    """
    target = widget.line_edit if isinstance(widget, DateField) else widget
    invalid = bool(message)
    if bool(target.property("invalid")) == invalid and not invalid:
        return
    target.setProperty("invalid", invalid)
    name = type(target).__name__
    target.setStyleSheet(
        f"{name} {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; padding: 1px; }}"
        if invalid
        else ""
    )
    target.setAccessibleDescription(message or "")


# --- Banner -------------------------------------------------------------------------------------


class Banner(QFrame):
    """A strip across the top of the window with a message that stays (read-only mode, …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(
            f"QFrame#banner {{ background: {BANNER_BACKGROUND}; border-bottom: 1px solid "
            f"{BANNER_BORDER}; }} QFrame#banner QLabel {{ color: #3d3000; }}"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Notice"))
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""


class SectionHeader(QWidget):
    """A section title in bold with an action button at its right (``Edit…``)."""

    def __init__(
        self, title: str, button_text: str, button_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.title.setFont(font)
        self.button = QToolButton(self)
        self.button.setText(button_text)
        self.button.setAutoRaise(False)
        self.button.setAccessibleName(button_name)
        self.button.setToolTip(button_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.button)


def muted_colour(widget: QWidget) -> str:
    """A readable grey for secondary text, from the widget's palette."""
    return widget.palette().color(QPalette.ColorRole.PlaceholderText).name()
