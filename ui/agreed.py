"""Agreed versions in the window: keeping one, the list per pathway, and what changed since.

- :class:`KeepAsAgreedDialog` asks for the day, the meeting and a note of a new version.
- :class:`AgreedPanel` lists the versions of the pathway on show with their dates, opens one
  read-only on the canvas or compares it with the pathway now, and lists the changes as text
  (the way a screen reader reads them: the canvas marks have no accessibility interface).
- :class:`ChangeOverlay` marks the canvas: a badge above each new, changed or gone card with a
  symbol, a word and a colour (never colour alone). It is its own layer — one graphics item over
  the scene's cards — so that the canvas's own drawing stays as it is.

GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from pathways.changes import CHANGE_COLOURS, CHANGE_SYMBOLS, ChangeLine, change_word
from pathways.compare import GONE, Comparison
from pathways.i18n import current_language, format_date, ngettext
from pathways.model import AgreedVersion, Client
from ui.canvas import StepCardItem

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class KeepAsAgreedDialog(QDialog):
    """The day, the meeting and a note of a new agreed version of the pathway on show."""

    def __init__(self, client: Client, pathway_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep as agreed"))
        intro = QLabel(
            self.tr(
                "Keep “%1” as it is now as the plan agreed with the client. The kept version "
                "never changes; later changes are compared with it."
            ).replace("%1", pathway_title),
            self,
        )
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Agreed on"))
        self.meeting_box = QComboBox(self)
        self.meeting_box.setAccessibleName(self.tr("Meeting"))
        self.meeting_box.addItem(self.tr("No meeting"), None)
        today = date.today()
        for meeting in sorted(client.meetings, key=lambda m: m.date, reverse=True):
            self.meeting_box.addItem(format_date(meeting.date), meeting.id)
            if meeting.date == today:
                self.meeting_box.setCurrentIndex(self.meeting_box.count() - 1)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Agreed on:"), self)
        date_label.setBuddy(self.date_edit)
        meeting_label = QLabel(self.tr("At the &meeting:"), self)
        meeting_label.setBuddy(self.meeting_box)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow(meeting_label, self.meeting_box)
        form.addRow(note_label, self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Keep as agreed"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> tuple[date, str | None, str | None]:
        """(agreed on, meeting id or None, note or None)."""
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        note = self.note_edit.toPlainText().strip() or None
        return day, self.meeting_box.currentData(), note


class AgreedPanel(QWidget):
    """The agreed versions of the pathway on show, and the changes since the one compared."""

    keep_requested = Signal()
    #: Show this version (its id) read-only on the canvas.
    open_requested = Signal(str)
    #: Mark on the canvas what changed since this version (its id).
    compare_requested = Signal(str)
    #: Mark what changed from the first version (its id) to the second.
    compare_versions_requested = Signal(str, str)
    #: Back to the pathway as it is now, editable.
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Agreed versions"))
        self.keep_button = QPushButton(self.tr("&Keep as agreed…"), self)
        self.keep_button.setAccessibleName(self.tr("Keep as agreed"))
        self.keep_button.setToolTip(
            self.tr("Keep the pathway as it is now as the plan agreed with the client")
        )
        heading = QLabel(self.tr("Agreed &versions"), self)
        self.versions = QListWidget(self)
        self.versions.setAccessibleName(self.tr("Agreed versions of the pathway"))
        self.versions.setWordWrap(True)
        heading.setBuddy(self.versions)
        self.open_button = QPushButton(self.tr("&Show as agreed"), self)
        self.open_button.setAccessibleName(self.tr("Show the version as agreed, read-only"))
        self.compare_button = QPushButton(self.tr("&What changed"), self)
        self.compare_button.setAccessibleName(self.tr("Show what changed since the version"))
        self.earlier_button = QPushButton(self.tr("Since the &one before"), self)
        self.earlier_button.setAccessibleName(
            self.tr("Show what changed from the version before to this version")
        )
        self.back_button = QPushButton(self.tr("&Back to the pathway now"), self)
        self.back_button.setAccessibleName(self.tr("Back to the pathway now"))
        self.changes_heading = QLabel(self)
        self.changes_heading.setWordWrap(True)
        font = self.changes_heading.font()
        font.setBold(True)
        self.changes_heading.setFont(font)
        self.changes = QListWidget(self)
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes_heading.setBuddy(self.changes)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.compare_button)
        column = QVBoxLayout(self)
        column.addWidget(self.keep_button)
        column.addWidget(heading)
        column.addWidget(self.versions, 1)
        column.addLayout(buttons)
        column.addWidget(self.earlier_button)
        column.addWidget(self.back_button)
        column.addWidget(self.changes_heading)
        column.addWidget(self.changes, 2)

        self.keep_button.clicked.connect(self.keep_requested)
        self.open_button.clicked.connect(self._open)
        self.compare_button.clicked.connect(self._compare)
        self.back_button.clicked.connect(self.back_requested)
        self.earlier_button.clicked.connect(self._compare_with_earlier)
        self.versions.itemActivated.connect(lambda _item: self._compare())
        self.versions.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._presenting = False
        self.show_changes(None, [])

    def set_versions(
        self, versions: Sequence[AgreedVersion], client: Client | None, can_keep: bool
    ) -> None:
        """List *versions* (newest first) with their dates, meetings and notes."""
        chosen = self.current_version_id()
        self.versions.clear()
        for version in sorted(versions, key=lambda v: v.agreed_on, reverse=True):
            parts = [format_date(version.agreed_on)]
            meeting = client.meeting(version.meeting_id) if (
                client is not None and version.meeting_id) else None
            if meeting is not None:
                parts.append(self.tr("meeting %1").replace("%1", format_date(meeting.date)))
            count = len(version.steps)
            parts.append(ngettext("{n} step", "{n} steps", count).format(n=count))
            text = " · ".join(parts)
            if version.note:
                text += "\n" + version.note
            item = QListWidgetItem(text)
            item.setData(VERSION_ROLE, version.id)
            self.versions.addItem(item)
            if version.id == chosen:
                self.versions.setCurrentItem(item)
        if self.versions.currentRow() < 0 and self.versions.count():
            self.versions.setCurrentRow(0)
        self.keep_button.setEnabled(can_keep)
        self._update_buttons()

    def current_version_id(self) -> str | None:
        item = self.versions.currentItem()
        return str(item.data(VERSION_ROLE)) if item is not None else None

    def select_version(self, version_id: str) -> None:
        for row in range(self.versions.count()):
            if self.versions.item(row).data(VERSION_ROLE) == version_id:
                self.versions.setCurrentRow(row)
                return

    def set_presenting(self, presenting: bool) -> None:
        self._presenting = presenting
        self._update_buttons()

    def show_changes(self, title: str | None, lines: Sequence[ChangeLine]) -> None:
        """The changes as text, one row each (symbol and word first); None hides the list."""
        self.changes.clear()
        shown = title is not None
        self.changes_heading.setVisible(shown)
        self.changes.setVisible(shown)
        if not shown:
            return
        assert title is not None
        self.changes_heading.setText(title)
        self.changes.setAccessibleName(title)
        lang = current_language()
        for line in lines:
            item = QListWidgetItem(line.text(lang))
            item.setForeground(QBrush(QColor(CHANGE_COLOURS[line.change])))
            self.changes.addItem(item)
        if not lines:
            self.changes.addItem(QListWidgetItem(self.tr("No changes.")))

    def _update_buttons(self) -> None:
        has = self.current_version_id() is not None
        self.open_button.setEnabled(has)
        self.compare_button.setEnabled(has)
        self.earlier_button.setEnabled(self._earlier_id() is not None)
        self.back_button.setEnabled(self._presenting)

    @Slot()
    def _open(self) -> None:
        version_id = self.current_version_id()
        if version_id is not None:
            self.open_requested.emit(version_id)

    def _earlier_id(self) -> str | None:
        """The version listed after the chosen one (the list is newest first)."""
        row = self.versions.currentRow()
        if row < 0 or row + 1 >= self.versions.count():
            return None
        return str(self.versions.item(row + 1).data(VERSION_ROLE))

    @Slot()
    def _compare_with_earlier(self) -> None:
        earlier, chosen = self._earlier_id(), self.current_version_id()
        if earlier is not None and chosen is not None:
            self.compare_versions_requested.emit(earlier, chosen)

    @Slot()
    def _compare(self) -> None:
        version_id = self.current_version_id()
        if version_id is not None:
            self.compare_requested.emit(version_id)


class ChangeMarksItem(QGraphicsItem):
    """One item over the cards: a badge above each marked card (symbol, word, colour)."""

    PADDING = 3.0

    def __init__(self, marks: list[tuple[QRectF, str, str]]) -> None:
        super().__init__()
        self.setZValue(50)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._font = QFont()
        self._font.setBold(True)
        self._font.setPointSizeF(8.5)
        self._badges: list[tuple[QRectF, str, str]] = []
        self._veiled: list[QRectF] = []
        self.set_marks(marks)

    def set_marks(
        self,
        marks: list[tuple[QRectF, str, str]],
        arrow_marks: Sequence[tuple[QPointF, str, str]] = (),
    ) -> None:
        """(card rectangle in the scene, change, text) for each marked card; (the middle of
        the arrow, change, text) for each new or changed arrow."""
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self._font)
        height = metrics.height() + 2 * self.PADDING
        self._badges = []
        self._veiled = [card.adjusted(-2, -2, 2, 2) for card, change, _text in marks
                        if change == GONE]
        for card, change, text in marks:
            width = metrics.horizontalAdvance(text) + 2 * self.PADDING + 2
            # On the card's top edge, within its padding: a card stacked just above keeps its
            # last line readable (the gap between stacked cards is narrower than a badge).
            bottom = card.top() + StepCardItem.PAD - 1
            rect = QRectF(card.left() + StepCardItem.PAD, bottom - height, width, height)
            self._badges.append((rect, change, text))
        for point, change, text in arrow_marks:
            width = metrics.horizontalAdvance(text) + 2 * self.PADDING + 2
            rect = QRectF(point.x() - width / 2, point.y() - height / 2, width, height)
            self._badges.append((rect, change, text))

    def badges(self) -> list[tuple[str, str]]:
        """(change, text) of each badge, for tests."""
        return [(change, text) for _rect, change, text in self._badges]

    def boundingRect(self) -> QRectF:
        result = QRectF()
        for rect, _change, _text in self._badges:
            result = result.united(rect)
        for rect in self._veiled:
            result = result.united(rect)
        return result.adjusted(-1, -1, 1, 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        # A gone step fades under a veil of the paper's colour (its words stay readable).
        for card in self._veiled:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 150))
            painter.drawRect(card)
        for rect, change, text in self._badges:
            colour = QColor(CHANGE_COLOURS[change])
            painter.setPen(QPen(colour.darker(130), 1.0))
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class ChangeOverlay:
    """The change marks of one scene: shown, refreshed after the scene redraws, cleared.

    The scene may clear all its items (a switch of view); :meth:`refresh` then adds the marks
    again, so the editor calls it after every redraw while a comparison is on show.
    """

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._item: ChangeMarksItem | None = None
        self._comparison: Comparison | None = None

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    @property
    def item(self) -> ChangeMarksItem | None:
        return self._item if self._item is not None and shiboken6.isValid(self._item) else None

    def show(self, comparison: Comparison) -> None:
        self._comparison = comparison
        self.refresh()

    def refresh(self) -> None:
        comparison = self._comparison
        if comparison is None:
            return
        marks: list[tuple[QRectF, str, str]] = []
        lang = current_language()
        card_of = getattr(self._scene, "card", None)
        for step_id in (*comparison.steps_added, *comparison.steps_removed,
                        *(sid for sid, _fields in comparison.steps_changed)):
            card = card_of(step_id) if card_of is not None else None
            if card is None:
                continue
            change = comparison.step_change(step_id)
            assert change is not None
            text = f"{CHANGE_SYMBOLS[change]} {change_word(change, lang)}"
            marks.append((card.scene_rect(), change, text))  # the card itself, no margins
        arrow_marks: list[tuple[QPointF, str, str]] = []
        arrow_of = getattr(self._scene, "arrow", None)
        for key in (*comparison.transitions_added,
                    *(key for key, _fields in comparison.transitions_changed)):
            arrow = arrow_of(key) if arrow_of is not None else None
            if arrow is None or len(arrow.route_points()) != 4:
                continue
            points = arrow.route_points()
            # The middle of the cubic curve (start, two controls, tip) at t = 1/2.
            middle = (points[0] + points[1] * 3 + points[2] * 3 + points[3]) / 8
            change = comparison.transition_change(key)
            assert change is not None
            arrow_marks.append((arrow.mapToScene(middle), change,
                                f"{CHANGE_SYMBOLS[change]} {change_word(change, lang)}"))
        item = self.item
        if item is None:
            item = ChangeMarksItem(marks)
            item.set_marks(marks, arrow_marks)
            self._scene.addItem(item)
            self._item = item
        else:
            item.set_marks(marks, arrow_marks)
        item.update()

    def clear(self) -> None:
        self._comparison = None
        item = self.item
        if item is not None:
            self._scene.removeItem(item)
        self._item = None
