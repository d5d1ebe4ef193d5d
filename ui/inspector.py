"""The inspector: a form for the selected step or transition.

Each field is applied when the user finishes with it (Enter or leaving a text field, choosing
in a list, ticking a box) as one undoable edit on the document, which saves it at once. Before
anything changes, the whole candidate step or transition is checked with the exchange format's
rules (``pathways.edits.step_problems`` / ``transition_problems``): a value that breaks them is
**not applied**, and the reason is shown in a message right under the field it concerns (and
read out with the field by screen readers, as its accessible description). The form keeps the
pending values until they are valid together — so "completed" can be chosen first and the end
date given next — or until the selection changes or the pathway changes under it (undo), which
shows the stored values again.

GUI thread only. The inspector reads the document's client and changes it only through
``ClientDocument.apply``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from pathways import labels
from pathways.catalogue import ServiceCatalogue
from pathways.edits import (
    Problem,
    UpdateStep,
    UpdateTransition,
    step_problems,
    transition_problems,
)
from pathways.i18n import current_language, format_date
from pathways.model import (
    SHARED_INFO,
    STEP_STATUSES,
    TRANSITION_KINDS,
    Pathway,
    Step,
    TeamMember,
    Transition,
)
from ui.canvas import step_display_name
from ui.document import ClientDocument

#: The responsible field's last entry: add someone to the team from the step.
NEW_MEMBER = "\x00new team member"

ERROR_STYLE = "color: #a00000; font-weight: bold;"
HINT_STYLE = "color: #4a4a4a;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


_DATE_PATTERN = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*$")
_ISO_PATTERN = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class BadDate(ValueError):
    """The text in a date field is not a date."""


def parse_date(text: str) -> date | None:
    """A date as people type it: 15.1.2026 (or 15/1/2026, 15-1-2026, 2026-01-15); "" is none.

    Raises :class:`BadDate` for anything else, including days that do not exist (31.2.2026).
    """
    if not text.strip():
        return None
    match = _DATE_PATTERN.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _ISO_PATTERN.match(text)
        if not match:
            raise BadDate(text)
        year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as error:
        raise BadDate(text) from error


def calendar_icon() -> QIcon:
    """A small calendar page, drawn (no icon theme or emoji font is needed)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#1b1b1b")
    painter.setPen(QPen(ink, 2.5))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.fillRect(QRectF(4, 6, 24, 7), ink)
    painter.drawLine(QPointF(10, 3), QPointF(10, 9))
    painter.drawLine(QPointF(22, 3), QPointF(22, 9))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    for row in range(2):
        for column in range(3):
            painter.drawRect(QRectF(8 + column * 6.5, 16 + row * 6, 3.5, 3.5))
    painter.end()
    return QIcon(pixmap)


class OptionalDateEdit(QWidget):
    """A date that may be left out: a text field (empty = no date) and a calendar button.

    Not a QDateEdit: a QDateEdit cannot be empty, and it refuses typing 31.5. while it still
    shows a February. Here a date is typed as people write it, 15.1.2026, or picked from the
    calendar; text that is not a date is reported next to the field and changes nothing.
    """

    #: The user finished editing the date (Enter, leaving the field, a pick from the calendar).
    date_edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QLineEdit(self)
        self._edit.setClearButtonEnabled(True)
        self._edit.setAccessibleName(accessible_name)
        example = format_date(date(2026, 1, 15), "fi")
        self._edit.setPlaceholderText(self.tr("no date (e.g. %1)").replace("%1", example))
        self._calendar_button = QToolButton(self)
        self._calendar_button.setIcon(calendar_icon())
        self._calendar_button.setToolTip(self.tr("Choose from a calendar"))
        self._calendar_button.setAccessibleName(
            self.tr("%1: choose from a calendar").replace("%1", accessible_name)
        )
        self._calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget(self)
        self._calendar.setGridVisible(True)
        self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        menu = QMenu(self._calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self._calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self._calendar_button.setMenu(menu)
        self._calendar.clicked.connect(self._on_calendar_pick)
        self._calendar.activated.connect(self._on_calendar_pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._calendar_button)
        self._edit.editingFinished.connect(self._on_editing_finished)
        self._edit.textChanged.connect(self._on_text_changed)
        self.setFocusProxy(self._edit)
        self._shown = ""
        self._problem: str | None = None

    @property
    def line_edit(self) -> QLineEdit:
        return self._edit

    @property
    def calendar(self) -> QCalendarWidget:
        return self._calendar

    def text(self) -> str:
        return self._edit.text()

    def value(self) -> date | None:
        """The date typed; raises :class:`BadDate` when the text is not one."""
        return parse_date(self._edit.text())

    def set_value(self, day: date | None) -> None:
        self._shown = format_date(day, "fi") if day is not None else ""
        self._edit.setText(self._shown)

    def set_problem(self, message: str | None) -> None:
        self._problem = message or None
        self._edit.setAccessibleDescription(message or "")

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        # A field with a message, emptied (the clear button, or the text deleted): "no date" is
        # a value of its own, checked at once, so a message about the old text goes away.
        if self._problem and not text.strip():
            self.date_edited.emit()

    @Slot()
    def _on_editing_finished(self) -> None:
        self.date_edited.emit()

    @Slot()
    def _prepare_calendar(self) -> None:
        try:
            day = self.value()
        except BadDate:
            day = None
        self._calendar.setSelectedDate(_qdate(day or date.today()))

    @Slot(QDate)
    def _on_calendar_pick(self, day: QDate) -> None:
        self._edit.setText(format_date(_pydate(day), "fi"))
        menu = self._calendar_button.menu()
        if menu is not None:
            menu.hide()
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.date_edited.emit()


class _FieldMessage(QLabel):
    """The message under a field that says why its value was not accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setVisible(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def show_message(self, message: str | None) -> None:
        self.setText(f"\u26a0 {message}" if message else "")
        self.setAccessibleName(message or "")
        self.setVisible(bool(message))


class _Form(QWidget):
    """A QFormLayout whose rows each have a message label under the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.form)
        outer.addStretch(1)  # fields stay together at the top
        # Labels above their fields: the panel is narrow beside the map.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.messages: dict[str, _FieldMessage] = {}
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}

    def add_field(
        self, name: str, label: str, widget: QWidget, hint: QLabel | None = None
    ) -> None:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint is not None:  # what the field means, under it (shown only where it helps)
            hint.setParent(holder)
            column.addWidget(hint)
            self.hints[name] = hint
        message = _FieldMessage(holder)
        column.addWidget(message)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, holder)
        self.messages[name] = message
        self.fields[name] = widget
        self.captions[name] = caption

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem.message)
        for name, message in self.messages.items():
            text = " ".join(by_field.get(name, [])) or None
            message.show_message(text)
            widget = self.fields[name]
            if isinstance(widget, OptionalDateEdit):
                widget.set_problem(text)
            else:
                widget.setAccessibleDescription(text or "")


class Inspector(QWidget):
    """Edits the selected step or transition of the editor's current pathway."""

    #: The user asked to remove what the inspector shows (its Remove button).
    remove_requested = Signal()
    #: The user asked to connect the shown step to another ("Connect to…").
    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: ClientDocument | None = None
        self._pathway_id: str | None = None
        self._catalogue = ServiceCatalogue()
        self.member_dialog: QDialog | None = None  # "Add a team member…" while it is open
        self._step_id: str | None = None
        self._transition_key: tuple[str, str, str] | None = None
        self._loading = False
        self.setAccessibleName(self.tr("Inspector"))

        self._title = QLabel(self)
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._title.setWordWrap(True)
        self._pending = QLabel(self.tr("Not saved yet: correct the fields marked below."), self)
        self._pending.setStyleSheet(ERROR_STYLE)
        self._pending.setWordWrap(True)
        self._pending.setVisible(False)

        self._stack = QStackedWidget(self)
        self._empty = QLabel(
            self.tr("Select a step or an arrow on the map to see and edit it here."), self
        )
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._empty.setStyleSheet(HINT_STYLE)
        self._many = QLabel(self)
        self._many.setWordWrap(True)
        self._many.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._step_form = self._build_step_form()
        self._transition_form = self._build_transition_form()
        for page in (self._empty, self._many, self._step_form, self._transition_form):
            self._stack.addWidget(page)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Details of the selection"))
        scroll.setWidget(self._stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._title)
        layout.addWidget(self._pending)
        layout.addWidget(scroll, 1)
        self.show_nothing()

    # --- Building the forms --------------------------------------------------------------------

    def _build_step_form(self) -> _Form:
        form = _Form(self)
        self._service = QComboBox(form)
        self._service.setAccessibleName(self.tr("Service"))
        self._service.setMinimumContentsLength(12)
        self._service.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._step_title = QLineEdit(form)
        self._step_title.setAccessibleName(self.tr("Title"))
        self._provider = QLineEdit(form)
        self._provider.setAccessibleName(self.tr("Provider"))
        self._provider.setPlaceholderText(self.tr("Organisation that provides it"))
        self._responsible = QComboBox(form)
        self._responsible.setAccessibleName(self.tr("Responsible"))
        self._responsible.setMinimumContentsLength(12)
        self._responsible.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._status = QComboBox(form)
        self._status.setAccessibleName(self.tr("Status"))
        for code in STEP_STATUSES:
            self._status.addItem(labels.step_status_name(code), code)
        self._start = OptionalDateEdit(self.tr("Start date"), form)
        self._end = OptionalDateEdit(self.tr("End date"), form)
        self._end_hint = QLabel(form)
        self._end_hint.setWordWrap(True)
        self._end_hint.setStyleSheet(HINT_STYLE)
        self._step_note = QPlainTextEdit(form)
        self._step_note.setAccessibleName(self.tr("Note"))
        self._step_note.setTabChangesFocus(True)
        self._step_note.setFixedHeight(80)
        form.add_field("service", self.tr("&Service"), self._service)
        form.add_field("title", self.tr("&Title"), self._step_title)
        form.add_field("provider", self.tr("&Provider"), self._provider)
        form.add_field("responsible", self.tr("&Responsible"), self._responsible)
        form.add_field("status", self.tr("St&atus"), self._status)
        form.add_field("start", self.tr("S&tart"), self._start)
        form.add_field("end", self.tr("&End"), self._end, hint=self._end_hint)
        form.add_field("note", self.tr("&Note"), self._step_note)
        buttons = QHBoxLayout()
        self._connect_button = QPushButton(self.tr("Connect to…"), form)
        self._connect_button.setAccessibleName(self.tr("Connect this step to another step"))
        self._remove_step_button = QPushButton(self.tr("Remove step"), form)
        self._remove_step_button.setAccessibleName(self.tr("Remove this step"))
        buttons.addWidget(self._connect_button)
        buttons.addStretch(1)
        buttons.addWidget(self._remove_step_button)
        form.form.addRow(buttons)
        self._service.activated.connect(self._commit_step)
        self._step_title.editingFinished.connect(self._commit_step)
        self._provider.editingFinished.connect(self._commit_step)
        self._responsible.activated.connect(self._responsible_chosen)
        self._status.activated.connect(self._show_end_meaning)
        self._status.activated.connect(self._commit_step)
        self._start.date_edited.connect(self._commit_step)
        self._end.date_edited.connect(self._commit_step)
        self._step_note.installEventFilter(self)
        self._connect_button.clicked.connect(self.connect_requested)
        self._remove_step_button.clicked.connect(self.remove_requested)
        return form

    def _build_transition_form(self) -> _Form:
        form = _Form(self)
        self._kind = QComboBox(form)
        self._kind.setAccessibleName(self.tr("Kind"))
        for code in TRANSITION_KINDS:
            self._kind.addItem(labels.transition_kind_name(code), code)
        self._referral = QCheckBox(self.tr("Formal referral (lähete)"), form)
        self._referral.setAccessibleName(self.tr("Formal referral"))
        self._transition_date = OptionalDateEdit(self.tr("Date of the transition"), form)
        shared = QWidget(form)
        grid = QGridLayout(shared)
        grid.setContentsMargins(0, 0, 0, 0)
        self._shared: dict[str, QCheckBox] = {}
        for index, code in enumerate(SHARED_INFO):
            box = QCheckBox(labels.shared_info_name(code), shared)
            box.setAccessibleName(
                self.tr("Shared: %1").replace("%1", labels.shared_info_name(code))
            )
            grid.addWidget(box, index, 0)  # one column: the panel is narrow
            self._shared[code] = box
            box.clicked.connect(self._commit_transition)
        shared.setAccessibleName(self.tr("Information shared"))
        self._consent = QComboBox(form)
        self._consent.setAccessibleName(self.tr("Consent"))
        self._consent.setMinimumContentsLength(12)
        self._consent.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._consent_hint = QLabel(form)
        self._consent_hint.setWordWrap(True)
        self._consent_hint.setStyleSheet(HINT_STYLE)
        self._transition_note = QPlainTextEdit(form)
        self._transition_note.setAccessibleName(self.tr("Note"))
        self._transition_note.setTabChangesFocus(True)
        self._transition_note.setFixedHeight(80)
        form.add_field("kind", self.tr("&Kind"), self._kind)
        form.add_field("referral", "", self._referral)
        form.add_field("date", self.tr("&Date"), self._transition_date)
        form.add_field("shared_info", self.tr("Information shared"), shared)
        form.add_field("consent", self.tr("&Consent"), self._consent)
        form.form.addRow(self._consent_hint)
        form.add_field("note", self.tr("&Note"), self._transition_note)
        self._remove_transition_button = QPushButton(self.tr("Remove connection"), form)
        self._remove_transition_button.setAccessibleName(self.tr("Remove this connection"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._remove_transition_button)
        form.form.addRow(buttons)
        self._kind.activated.connect(self._commit_transition)
        self._referral.clicked.connect(self._commit_transition)
        self._transition_date.date_edited.connect(self._commit_transition)
        self._consent.activated.connect(self._commit_transition)
        self._transition_note.installEventFilter(self)
        self._remove_transition_button.clicked.connect(self.remove_requested)
        return form

    # --- What it shows -------------------------------------------------------------------------

    def set_document(
        self, document: ClientDocument | None, pathway_id: str | None, catalogue: ServiceCatalogue
    ) -> None:
        self._document = document
        self._pathway_id = pathway_id
        if catalogue is not self._catalogue or self._service.count() == 0:
            self._catalogue = catalogue
            self._fill_services()
        self.show_nothing()

    def _fill_services(self) -> None:
        self._service.clear()
        lang = current_language()
        for sector, services in self._catalogue.by_sector().items():
            for service in services:
                self._service.addItem(
                    f"{service.name(lang)} ({labels.sector_name(sector)})", service.code
                )

    @property
    def step_id(self) -> str | None:
        return self._step_id

    @property
    def transition_key(self) -> tuple[str, str, str] | None:
        return self._transition_key

    @property
    def step_form(self) -> _Form:
        return self._step_form

    @property
    def transition_form(self) -> _Form:
        return self._transition_form

    def field(self, name: str) -> QWidget:
        """A field of the form on show (tests and the editor's focus handling)."""
        form = (
            self._step_form
            if self._stack.currentWidget() is self._step_form
            else self._transition_form
        )
        return form.fields[name]

    def message(self, name: str) -> str:
        """The message shown under field *name* of the form on show ("" when none)."""
        form = (
            self._step_form
            if self._stack.currentWidget() is self._step_form
            else self._transition_form
        )
        label = form.messages[name]
        return "" if label.isHidden() else label.accessibleName()

    def show_nothing(self) -> None:
        self._step_id = None
        self._transition_key = None
        self._title.setText(self.tr("Nothing selected"))
        self._pending.setVisible(False)
        self._stack.setCurrentWidget(self._empty)

    def show_selection(self, step_ids: list[str], keys: list[tuple[str, str, str]]) -> None:
        if len(step_ids) == 1 and not keys:
            self.show_step(step_ids[0])
        elif len(keys) == 1 and not step_ids:
            self.show_transition(keys[0])
        elif step_ids or keys:
            self._step_id = None
            self._transition_key = None
            self._title.setText(self.tr("Several selected"))
            self._many.setText(
                self.tr(
                    "%1 steps and %2 connections are selected. Press Delete "
                    "to remove them, or select one to edit it."
                )
                .replace("%1", str(len(step_ids)))
                .replace("%2", str(len(keys)))
            )
            self._pending.setVisible(False)
            self._stack.setCurrentWidget(self._many)
        else:
            self.show_nothing()

    def _pathway(self) -> Pathway | None:
        if self._document is None or self._pathway_id is None:
            return None
        return self._document.pathway(self._pathway_id)

    def show_step(self, step_id: str) -> None:
        pathway = self._pathway()
        if pathway is None or not pathway.has_step(step_id):
            self.show_nothing()
            return
        self._step_id = step_id
        self._transition_key = None
        step = pathway.step(step_id)
        self._load_step(step)
        self._stack.setCurrentWidget(self._step_form)

    def _load_step(self, step: Step) -> None:
        assert self._document is not None
        client = self._document.client
        self._loading = True
        try:
            self._title.setText(step_display_name(step, self._catalogue))
            index = self._service.findData(step.service)
            if index < 0:  # a code the catalogue does not know: keep it selectable as it is
                self._service.addItem(step.service, step.service)
                index = self._service.count() - 1
            self._service.setCurrentIndex(index)
            self._step_title.setText(step.title or "")
            self._step_title.setPlaceholderText(labels.service_name(self._catalogue, step.service))
            self._provider.setText(step.provider or "")
            self._responsible.clear()
            self._responsible.addItem(self.tr("— nobody named —"), None)
            for member in client.team:
                self._responsible.addItem(f"{member.name} ({member.role})", member.id)
            if step.responsible and self._responsible.findData(step.responsible) < 0:
                self._responsible.addItem(
                    self.tr("%1 (no longer in the team)").replace("%1", step.responsible),
                    step.responsible,
                )
            # Someone not yet in the team (the nurse, say) is added from here, in one go.
            self._responsible.insertSeparator(self._responsible.count())
            self._responsible.addItem(self.tr("Add a team member…"), NEW_MEMBER)
            self._responsible.setCurrentIndex(
                max(self._responsible.findData(step.responsible) if step.responsible else 0, 0)
            )
            self._status.setCurrentIndex(self._status.findData(step.status))
            self._start.set_value(step.start)
            self._end.set_value(step.end)
            self._show_end_meaning()
            self._step_note.setPlainText(step.note or "")
            self._step_form.show_problems([])
            self._pending.setVisible(False)
        finally:
            self._loading = False

    @Slot()
    def _show_end_meaning(self) -> None:
        """On an ongoing or planned step the end is its planned or decided end: say so."""
        status = self._status.currentData()
        planned = status in ("ongoing", "planned")
        self._step_form.captions["end"].setText(
            self.tr("Planned &end") if planned else self.tr("&End")
        )
        self._end.line_edit.setAccessibleName(
            self.tr("Planned end date") if planned else self.tr("End date")
        )
        if status == "ongoing":
            hint = self.tr(
                "Until when the step is planned or decided to run (a decision for a fixed "
                "period, a work trial agreed until a date). Leave it empty if there is none; "
                "when the step ends, mark it completed with the real end date."
            )
        elif status == "planned":
            hint = self.tr(
                "Until when the step is planned to run, if that is known. Leave it empty if "
                "it is not."
            )
        else:
            hint = ""
        self._end_hint.setText(hint)
        self._end_hint.setVisible(bool(hint))

    def show_transition(self, key: tuple[str, str, str]) -> None:
        pathway = self._pathway()
        if pathway is None or not pathway.has_transition(key):
            self.show_nothing()
            return
        self._step_id = None
        self._transition_key = key
        self._load_transition(pathway.transition(key))
        self._stack.setCurrentWidget(self._transition_form)

    def _load_transition(self, transition: Transition) -> None:
        assert self._document is not None
        pathway = self._pathway()
        assert pathway is not None  # show_transition found the transition in it
        client = self._document.client
        self._loading = True
        try:
            source = step_display_name(pathway.step(transition.from_step), self._catalogue)
            target = step_display_name(pathway.step(transition.to_step), self._catalogue)
            self._title.setText(f"{source} \u2192 {target}")
            self._kind.setCurrentIndex(self._kind.findData(transition.kind))
            self._referral.setChecked(transition.referral)
            self._transition_date.set_value(transition.date)
            for code, box in self._shared.items():
                box.setChecked(code in transition.shared_info)
            self._consent.clear()
            self._consent.addItem(self.tr("— no consent recorded —"), None)
            for consent in client.consents:
                sectors = ", ".join(labels.sector_name(s) for s in consent.sectors)
                text = (
                    self.tr("Given %1: %2")
                    .replace("%1", format_date(consent.given_on))
                    .replace("%2", sectors)
                )
                if consent.expires_on:
                    text += " " + self.tr("(until %1)").replace(
                        "%1", format_date(consent.expires_on)
                    )
                self._consent.addItem(text, consent.id)
            if transition.consent and self._consent.findData(transition.consent) < 0:
                self._consent.addItem(transition.consent, transition.consent)
            self._consent.setCurrentIndex(
                max(self._consent.findData(transition.consent) if transition.consent else 0, 0)
            )
            self._transition_note.setPlainText(transition.note or "")
            self._update_consent_hint(transition)
            self._transition_form.show_problems([])
            self._pending.setVisible(False)
        finally:
            self._loading = False

    def _update_consent_hint(self, transition: Transition) -> None:
        if transition.shared_info and transition.consent is None:
            self._consent_hint.setText(
                self.tr("Information is shared but no consent is recorded for it.")
            )
        elif not self._document or not self._document.client.consents:
            self._consent_hint.setText(self.tr("The client has no consents recorded yet."))
        else:
            self._consent_hint.setText("")
        self._consent_hint.setVisible(bool(self._consent_hint.text()))

    @Slot()
    def refresh(self) -> None:
        """Show the stored values again (the pathway changed: an edit, an undo)."""
        if self._step_id is not None:
            self.show_step(self._step_id)
        elif self._transition_key is not None:
            self.show_transition(self._transition_key)

    def focus_first_field(self) -> None:
        if self._stack.currentWidget() is self._step_form:
            self._service.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self._stack.currentWidget() is self._transition_form:
            self._kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- Applying ------------------------------------------------------------------------------

    def _read_dates(
        self, fields: dict[str, OptionalDateEdit], stored: dict[str, date | None]
    ) -> tuple[dict[str, date | None], list[Problem]]:
        """The dates typed in *fields*; text that is not a date is a problem at its field (and
        the stored date stands in for it, so that the other rules can still be checked)."""
        values: dict[str, date | None] = {}
        problems: list[Problem] = []
        for name, widget in fields.items():
            try:
                values[name] = widget.value()
            except BadDate:
                values[name] = stored[name]
                problems.append(
                    Problem(
                        name, self.tr("Write the date as day.month.year, for example 15.1.2026.")
                    )
                )
        return values, problems

    def candidate_step(self) -> tuple[Step, list[Problem]] | None:
        """The step as the form has it, and the dates that could not be read."""
        pathway = self._pathway()
        if pathway is None or self._step_id is None or not pathway.has_step(self._step_id):
            return None
        current = pathway.step(self._step_id)
        dates, problems = self._read_dates(
            {"start": self._start, "end": self._end}, {"start": current.start, "end": current.end}
        )
        return dataclasses.replace(
            current,
            service=self._service.currentData() or current.service,
            title=self._step_title.text().strip() or None,
            provider=self._provider.text().strip() or None,
            responsible=self._responsible.currentData(),
            status=self._status.currentData(),
            start=dates["start"],
            end=dates["end"],
            note=self._step_note.toPlainText() or None,
        ), problems

    @Slot(int)
    def _responsible_chosen(self, index: int) -> None:
        if self._responsible.itemData(index) == NEW_MEMBER:
            self.add_responsible_member()
        else:
            self._commit_step()

    def add_responsible_member(self) -> None:
        """Ask for a new team member (their sector preset from the step's service); on OK add
        them to the client's team and make them responsible for the step, as one undoable
        change. Until then the field shows the step's responsible person as before."""
        from ui.forms.team import TeamMemberDialog

        pathway = self._pathway()
        if self._document is None or pathway is None or self._step_id is None:
            return
        step = pathway.step(self._step_id)
        self._loading = True
        self._responsible.setCurrentIndex(
            max(self._responsible.findData(step.responsible) if step.responsible else 0, 0)
        )
        self._loading = False
        dialog = TeamMemberDialog(None, self)
        sector = self._catalogue.sector_of(step.service)
        if sector is not None:
            dialog.sector_box.setCurrentIndex(max(0, dialog.sector_box.findData(sector)))
        step_id, pathway_id = step.id, self._pathway_id
        dialog.accepted.connect(lambda: self._member_added(dialog.value, step_id, pathway_id))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.member_dialog = dialog
        dialog.open()

    def _member_added(self, member: TeamMember, step_id: str, pathway_id: str | None) -> None:
        document = self._document
        if document is None or pathway_id is None:
            return
        name = step_display_name(document.client.pathway(pathway_id).step(step_id), self._catalogue)
        label = (
            self.tr("Add %1 to the team, responsible for %2")
            .replace("%1", member.name)
            .replace("%2", name)
        )
        failures: list[str] = []
        document.edit_failed.connect(failures.append)
        stack = document.undo_stack
        stack.beginMacro(label)
        try:
            team = [*document.client.team, member]
            document.edit_details(dataclasses.replace(document.client, team=team), label)
            if not failures and pathway_id == self._pathway_id:
                self.show_step(step_id)
                self._responsible.setCurrentIndex(self._responsible.findData(member.id))
                self._commit_step()
        finally:
            stack.endMacro()
            document.edit_failed.disconnect(failures.append)

    @Slot()
    def _commit_step(self) -> bool:
        """Apply the form to the step if the values are valid together; True if applied."""
        if self._loading or self._document is None or self._pathway_id is None:
            return False
        pathway = self._pathway()
        read = self.candidate_step()
        if read is None or pathway is None:
            return False
        candidate, problems = read
        current = pathway.step(candidate.id)
        team = [m.id for m in self._document.client.team]
        if current.responsible:
            team.append(current.responsible)
        problems += step_problems(candidate, catalogue=self._catalogue, team_ids=team)
        self._step_form.show_problems(problems)
        self._pending.setVisible(bool(problems))
        if problems or candidate == current:
            return False
        label = self._step_label(current, candidate)
        return self._document.apply(UpdateStep(current, candidate), label, self._pathway_id)

    def _step_label(self, before: Step, after: Step) -> str:
        name = step_display_name(before, self._catalogue)
        changed = UpdateStep(before, after).changed_fields()
        if "status" in changed and changed <= {"status", "start", "end"}:
            return (
                self.tr("Mark %1 as %2")
                .replace("%1", name)
                .replace("%2", labels.step_status_name(after.status).lower())
            )
        if changed <= {"start", "end"}:
            return self.tr("Edit dates of %1").replace("%1", name)
        if changed == {"title"}:
            return self.tr("Rename %1").replace("%1", name)
        if changed == {"provider"}:
            return self.tr("Edit provider of %1").replace("%1", name)
        if changed == {"responsible"}:
            return self.tr("Change who is responsible for %1").replace("%1", name)
        if changed == {"note"}:
            return self.tr("Edit note of %1").replace("%1", name)
        if changed == {"service"}:
            return self.tr("Change service of %1").replace("%1", name)
        return self.tr("Edit %1").replace("%1", name)

    def candidate_transition(self) -> tuple[Transition, list[Problem]] | None:
        """The transition as the form has it, and the date if it could not be read."""
        pathway = self._pathway()
        key = self._transition_key
        if pathway is None or key is None or not pathway.has_transition(key):
            return None
        current = pathway.transition(key)
        dates, problems = self._read_dates({"date": self._transition_date}, {"date": current.date})
        return dataclasses.replace(
            current,
            kind=self._kind.currentData(),
            referral=self._referral.isChecked(),
            date=dates["date"],
            shared_info=[code for code, box in self._shared.items() if box.isChecked()],
            consent=self._consent.currentData(),
            note=self._transition_note.toPlainText() or None,
        ), problems

    @Slot()
    def _commit_transition(self) -> bool:
        if self._loading or self._document is None or self._pathway_id is None:
            return False
        pathway = self._pathway()
        read = self.candidate_transition()
        if read is None or pathway is None or self._transition_key is None:
            return False
        candidate, problems = read
        current = pathway.transition(self._transition_key)
        consents = [c.id for c in self._document.client.consents]
        if current.consent:
            consents.append(current.consent)
        problems += transition_problems(
            pathway, candidate, replacing=current.key, consent_ids=consents
        )
        self._transition_form.show_problems(problems)
        self._pending.setVisible(bool(problems))
        self._update_consent_hint(candidate)
        if problems or candidate == current:
            return False
        # The key changes with the kind: follow it before the document reports the change.
        self._transition_key = candidate.key
        source = step_display_name(pathway.step(current.from_step), self._catalogue)
        target = step_display_name(pathway.step(current.to_step), self._catalogue)
        arrow = f"{source} \u2192 {target}"
        if candidate.kind != current.kind:
            label = (
                self.tr("Make %1 %2")
                .replace("%1", arrow)
                .replace("%2", labels.transition_kind_name(candidate.kind).lower())
            )
        else:
            label = self.tr("Edit connection %1").replace("%1", arrow)
        applied = self._document.apply(
            UpdateTransition(current, candidate), label, self._pathway_id
        )
        if not applied:
            self._transition_key = current.key
            self.refresh()
        return applied

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Notes are applied when the user leaves them (Tab, a click elsewhere).
        if event.type() == QEvent.Type.FocusOut:
            if watched is self._step_note:
                self._commit_step()
            elif watched is self._transition_note:
                self._commit_transition()
        return super().eventFilter(watched, event)
