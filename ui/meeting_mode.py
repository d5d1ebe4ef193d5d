"""Meeting mode: the pathway full screen for the meeting room, in plain language and large type.

The words come from :func:`pathways.meeting_view.meeting_view` (done → now → next → the goal);
this module only lays them out: black on white, type sized from the screen's height (about
54 px for body text on a 1080-line screen, readable from three metres), the journey as a strip
at the top with the page on show marked by a frame and inverse colours as well as by colour.
A page with more than fits goes on over several screens.

Paging: → ↓ Page Down, Space, Enter or a left click go on; ← ↑ Page Up, Backspace or a right
click go back (a presenter's clicker sends Page Up/Down); Home and End; Esc leaves. The whole
page's text is the widget's accessible description, so a screen reader reads what is shown.

GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from pathways.meeting_view import MeetingItem, MeetingView

INK = QColor("#000000")
PAPER = QColor("#FFFFFF")
SOFT = QColor("#333333")  # 12.6:1 on white
CURRENT = QColor("#0B3D91")  # the page on show: white on it reads at 10:1

NEXT_KEYS = frozenset({Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown,
                       Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp,
                           Qt.Key.Key_Backspace})


@dataclass(frozen=True, slots=True)
class Screen:
    """One screenful: a page of the view (by index) and the items of it that fit."""

    page: int
    items: tuple[MeetingItem, ...]
    part: int  # 1-based, when a page needs more than one screen
    parts: int


class MeetingModeWindow(QWidget):
    """The meeting-room presentation of one pathway (or agreed version)."""

    #: The screen on show changed (its index).
    screen_changed = Signal(int)

    def __init__(self, view: MeetingView, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("Meeting mode – Polku"))
        self.setAccessibleName(self.tr("Meeting mode"))
        palette = self.palette()
        palette.setColor(self.backgroundRole(), PAPER)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._view = view
        self._screens: list[Screen] = []
        self._index = 0
        self.resize(1366, 768)
        self._paginate()

    # --- What is on show -----------------------------------------------------------------------

    @property
    def view(self) -> MeetingView:
        return self._view

    def screen_count(self) -> int:
        return len(self._screens)

    def screen_index(self) -> int:
        return self._index

    def current_screen(self) -> Screen:
        return self._screens[self._index]

    def shown_text(self) -> str:
        """Every word on the screen now, in reading order (also the accessible description)."""
        screen = self.current_screen()
        page = self._view.pages[screen.page]
        lines = [f"{self._view.name} — {self._view.heading}"]
        lines += [label for _key, label in self._view.journey]
        lines.append(self._page_title(screen))
        if not screen.items:
            lines.append(page.empty)
        for item in screen.items:
            lines.append(f"{item.symbol} {item.heading}")
            lines += item.sentences
        lines.append(self._footer())
        return "\n".join(lines)

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self._screens) - 1))
        if index != self._index:
            self._index = index
            self._announce()
            self.update()
            self.screen_changed.emit(index)

    def next_screen(self) -> None:
        self.go_to(self._index + 1)

    def previous_screen(self) -> None:
        self.go_to(self._index - 1)

    # --- Type and layout -----------------------------------------------------------------------

    def _unit(self) -> float:
        """The body text's pixel size: a twentieth of the height (54 px on 1080 lines), and
        never so wide that a line holds fewer than about 30 characters."""
        return max(16.0, min(self.height() / 20.0, self.width() / 30.0))

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, round(self._unit() * scale)))
        font.setBold(bold)
        return font

    def _margin(self) -> float:
        return self._unit() * 0.9

    def _body_box(self) -> QRectF:
        """Where the page's items go: below the header, strip and title, above the footer."""
        margin = self._margin()
        top = margin + self._header_height() + self._strip_height() + self._title_height()
        bottom = self.height() - margin - self._footer_height()
        return QRectF(margin, top, self.width() - 2 * margin, max(10.0, bottom - top))

    def _header_height(self) -> float:
        return QFontMetricsF(self._font(0.7, True)).height() * 1.3

    def _strip_height(self) -> float:
        return QFontMetricsF(self._font(0.75, True)).height() * 1.8

    def _title_height(self) -> float:
        return QFontMetricsF(self._font(1.45, True)).height() * 1.35

    def _footer_height(self) -> float:
        return QFontMetricsF(self._font(0.6)).height() * 1.4

    def _item_lines(self, item: MeetingItem, width: float) -> list[tuple[str, QFont]]:
        heading = self._font(1.1, True)
        body = self._font(1.0)
        lines = [(text, heading) for text in _wrap(f"{item.symbol} {item.heading}", heading,
                                                     width)]
        indent = QFontMetricsF(heading).horizontalAdvance(f"{item.symbol} ")
        for sentence in item.sentences:
            lines += [("\t" + text, body) for text in _wrap(sentence, body, width - indent)]
        return lines

    def _item_height(self, item: MeetingItem, width: float) -> float:
        height = sum(QFontMetricsF(font).lineSpacing() for _text, font in
                     self._item_lines(item, width))
        return height + self._unit() * 0.6

    def _paginate(self) -> None:
        """Split each page into screens of the items that fit (at least one item each)."""
        box = self._body_box()
        screens: list[Screen] = []
        for number, page in enumerate(self._view.pages):
            chunks: list[list[MeetingItem]] = [[]]
            used = 0.0
            for item in page.items:
                height = self._item_height(item, box.width())
                if chunks[-1] and used + height > box.height():
                    chunks.append([])
                    used = 0.0
                chunks[-1].append(item)
                used += height
            for part, chunk in enumerate(chunks, start=1):
                screens.append(Screen(number, tuple(chunk), part, len(chunks)))
        # A meeting starts from the present: the "now" page first (← goes back to what is done).
        start = next((i for i, p in enumerate(self._view.pages) if p.key == "now"), 0)
        current = self._screens[self._index].page if self._screens else start
        self._screens = screens
        self._index = next((i for i, s in enumerate(screens) if s.page == current), 0)
        self._announce()

    def _announce(self) -> None:
        if self._screens:
            self.setAccessibleDescription(self.shown_text())

    def _page_title(self, screen: Screen) -> str:
        title = self._view.pages[screen.page].title
        return f"{title} ({screen.part}/{screen.parts})" if screen.parts > 1 else title

    def _footer(self) -> str:
        hint = self.tr("→ next   ← back   Esc leave")
        return f"{self._index + 1} / {len(self._screens)}    {hint}"

    # --- Qt ------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._paginate()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), PAPER)
        screen = self.current_screen()
        margin = self._margin()
        width = self.width() - 2 * margin
        y = margin

        # Whose path, and which version.
        font = self._font(0.7, True)
        painter.setFont(font)
        painter.setPen(SOFT)
        painter.drawText(QRectF(margin, y, width, self._header_height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         f"{self._view.name} — {self._view.heading}")
        y += self._header_height()

        # The journey: done → now → next → goal, the page on show framed and inverted.
        font = self._font(0.75, True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        arrow = "  →  "
        x = margin
        height = metrics.height() * 1.45
        current_key = self._view.pages[screen.page].key
        for index, (key, label) in enumerate(self._view.journey):
            text_width = metrics.horizontalAdvance(label)
            box = QRectF(x, y, text_width + metrics.height() * 0.8, height)
            if key == current_key:
                painter.setPen(QPen(INK, 3))
                painter.setBrush(CURRENT)
                painter.drawRoundedRect(box, 6, 6)
                painter.setPen(PAPER)
            else:
                painter.setPen(SOFT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            x = box.right()
            if index < len(self._view.journey) - 1:
                painter.setPen(SOFT)
                arrow_width = metrics.horizontalAdvance(arrow)
                painter.drawText(QRectF(x, y, arrow_width, height), Qt.AlignmentFlag.AlignCenter,
                                 arrow)
                x += arrow_width
        y += self._strip_height()

        # The page's title.
        painter.setFont(self._font(1.45, True))
        painter.setPen(INK)
        painter.drawText(QRectF(margin, y, width, self._title_height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._page_title(screen))

        # The items.
        box = self._body_box()
        y = box.top()
        if not screen.items:
            painter.setFont(self._font(1.0))
            painter.setPen(SOFT)
            for line in _wrap(self._view.pages[screen.page].empty, self._font(1.0), box.width()):
                painter.drawText(QRectF(box.left(), y, box.width(), self._unit() * 1.5),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
                y += QFontMetricsF(self._font(1.0)).lineSpacing()
        for item in screen.items:
            heading_font = self._font(1.1, True)
            indent = QFontMetricsF(heading_font).horizontalAdvance(f"{item.symbol} ")
            for text, font in self._item_lines(item, box.width()):
                painter.setFont(font)
                painter.setPen(INK)
                left = box.left()
                if text.startswith("\t"):
                    text, left = text[1:], box.left() + indent
                spacing = QFontMetricsF(font).lineSpacing()
                painter.drawText(QRectF(left, y, box.right() - left, spacing),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
                y += spacing
            y += self._unit() * 0.6

        # Where we are, and how to go on.
        font = self._font(0.6)
        painter.setFont(font)
        painter.setPen(SOFT)
        painter.drawText(QRectF(margin, self.height() - margin - self._footer_height(), width,
                                self._footer_height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self._footer())
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next_screen()
        elif key in PREVIOUS_KEYS:
            self.previous_screen()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self._screens) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_screen()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous_screen()
        else:
            super().mousePressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.angleDelta().y() < 0:
            self.next_screen()
        elif event.angleDelta().y() > 0:
            self.previous_screen()
        event.accept()


def _wrap(text: str, font: QFont, width: float) -> list[str]:
    """*text* broken into lines no wider than *width* at word boundaries."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines
