"""The pathway canvas: a QGraphicsScene that mirrors one pathway, and the view that shows it.

The scene draws ``pathways.layout`` — the same layout the printed diagram draws — in one of two
views: **stages** (sector lanes × stage columns, a card per step) and **timeline** (the same
lanes over months, a bar per step). Transitions are arrows that follow their cards.

Ownership and flow:

- The scene is the only code that creates or removes graphics items. It keeps ``step id →
  card`` and ``transition key → arrow`` maps and, on :meth:`PathwayScene.sync`, brings them in
  step with the pathway incrementally (new, changed and removed steps only).
- The scene never changes the pathway. What a user does on it — drag cards, drag from one card
  to another, drop a service — comes out as signals (:attr:`PathwayScene.steps_moved`,
  :attr:`connection_requested`, :attr:`service_dropped`); the editor turns them into edits on
  the document, and the document's ``pathway_changed`` brings the scene back here through
  ``sync``. A drag is recorded on press and reported once, on release: one undo command.
- Items hold a step id or transition key and what they draw; they look nothing up themselves.

Status is readable without colour: planned = dashed outline, ongoing = bold outline, completed
= solid with a tick, interrupted = a break mark on the right edge, cancelled = struck through
and faded; the status is also written on the card. Sector colours are the colour-blind-safe
Okabe–Ito palette, used only as light tints behind dark text.

A card with findings of the pathway checks (``ui.findings``) carries a badge at its top-right
corner: a severity sign (a circle for an error, a triangle for a warning) and the number of
findings; its tooltip lists them in words. The scene is told the findings
(:meth:`PathwayScene.set_findings`); it computes none.

GUI thread only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pathways import labels, style
from pathways.catalogue import ServiceCatalogue, short_service_name
from pathways.diagram_text import split_long_word
from pathways.i18n import _, current_language, format_date
from pathways.layout import (
    COLUMN_HEADER_HEIGHT,
    EMPTY_LANE_HEIGHT,
    LANE_LABEL_WIDTH,
    MONTH_HEADER_HEIGHT,
    CardPlacement,
    Layout,
    anchor_points,
    stage_layout,
    step_order_for_reading,
    timeline_layout,
)
from pathways.model import SECTORS, Client, Pathway, Step, Transition
from pathways.stages import goal_stages

SERVICE_MIME_TYPE = "application/x-polku-service"

#: The sector colours of pathways.style (Okabe–Ito), the same as on paper.
SECTOR_COLOURS: dict[str, QColor] = {
    code: QColor(colour) for code, colour in style.SECTOR_COLOURS.items()
}
INK = QColor(style.INK)  # text and outlines: always dark on light
MUTED_INK = QColor(style.INK_SOFT)
SELECTION = QColor("#1f4e9e")
GRID = QColor("#c9c9c9")
ARROW_INK = QColor(style.ARROW_INK)
TODAY = QColor(style.TODAY_INK)
#: Finding badges: the sign's shape tells the severity; the colour only repeats it.
ERROR_MARK = QColor("#b00020")
WARNING_MARK = QColor("#e8a200")

#: Card titles wrap onto up to this many lines; the card grows to hold them.
MAX_TITLE_LINES = 4
#: The cards of the stage view on screen (the layout sizes their height to their words).
SCREEN_CARD_WIDTH = 196.0
#: A stage column without cards, and an empty lane while empty lanes are hidden (a thin
#: place to drop a service on).
SCREEN_EMPTY_COLUMN = 104.0
THIN_LANE_HEIGHT = 24.0
#: A pathway of up to this many steps opens whole in the window, down to FIT_ZOOM.
WHOLE_IN_VIEW_STEPS = 20
FIT_ZOOM = 0.5
MIN_ZOOM = 0.2
#: The smallest zoom a pathway opens at: card text stays readable on a laptop screen.
READING_ZOOM = 0.8
MAX_ZOOM = 3.0
NUDGE_STEP = 10.0
HANDLE_RADIUS = 7.0
BANNER_HEIGHT = 30.0


def tint(colour: QColor, amount: float) -> QColor:
    """*colour* mixed into white: amount 0 is white, 1 the colour itself."""
    return QColor(
        round(255 - (255 - colour.red()) * amount),
        round(255 - (255 - colour.green()) * amount),
        round(255 - (255 - colour.blue()) * amount),
    )


def sector_colour(sector: str) -> QColor:
    return SECTOR_COLOURS.get(sector, QColor(style.FALLBACK_COLOUR))


def dash_pattern(dash: tuple[float, ...], width: float) -> list[float]:
    """A dash pattern in points as Qt counts it: in multiples of the pen's width."""
    return [length / width for length in dash]


def status_pen(status: str) -> QPen:
    """The outline of a step's card or bar: pathways.style's, 1.2× wider on screen."""
    look = style.status_style(status)
    width = look.width * style.SCREEN_LINE_FACTOR
    pen = QPen(QColor(look.edge), width)
    if look.dash is not None:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern(dash_pattern(look.dash, width))
    return pen


def _font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _detail_lines(text: CardText, width: float) -> tuple[list[str], list[str], list[str]]:
    """A stage card's lines under its name: provider, responsible person, and status with
    dates, each wrapped (the provider on up to three lines, the others two) to *width*."""
    body = QFontMetricsF(StepCardItem.BODY_FONT)
    status = QFontMetricsF(StepCardItem.STATUS_FONT)
    detail = f"{text.status} · {text.dates}" if text.dates else text.status
    return (
        _wrap(text.provider, body, width, 3) if text.provider else [],
        _wrap("\u25cf " + text.responsible, body, width, 2) if text.responsible else [],
        _wrap(detail, status, width, 2),
    )


def _wrap(text: str, metrics: QFontMetricsF, width: float, lines: int) -> list[str]:
    """*text* word-wrapped into at most *lines* lines of *width* (a word longer than a line
    hyphenated), the last one elided only when the text needs more lines than that."""
    words = text.split()
    result: list[str] = []
    current = ""
    while words and len(result) < lines - 1:
        candidate = f"{current} {words[0]}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            words.pop(0)
            if metrics.horizontalAdvance(current) > width and len(current) > 4:
                # One word longer than the line: broken as the paper breaks it, at a compound
                # boundary or a syllable with a hyphen ("arbetsförmåge-koordinator").
                head, tail = split_long_word(
                    current, lambda head: metrics.horizontalAdvance(head) <= width
                )
                result.append(head)
                words.insert(0, tail)
                current = ""
        else:
            result.append(current)
            current = ""
    rest = " ".join([current, *words]).strip()
    if rest:
        result.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return result


# --- What a card shows -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardText:
    """The words on one card, in the current language (built by the scene)."""

    title: str
    provider: str
    responsible: str
    status: str
    dates: str
    tooltip: str
    summary: str  # one line for the list view and screen readers


def step_display_name(step: Step, catalogue: ServiceCatalogue) -> str:
    """What a step is called on screen: its own title, else its service's name."""
    return step.title or labels.service_name(catalogue, step.service)


def step_dates_text(step: Step) -> str:
    start, end = format_date(step.start), format_date(step.end)
    if start and end and step.status == "ongoing":  # a planned or decided end, not yet reached
        return _("{start} until {end}").format(start=start, end=end)
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"{start} –"
    if end:
        return f"– {end}"
    return ""


def card_text(step: Step, catalogue: ServiceCatalogue, client: Client | None) -> CardText:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("PathwayScene", text)

    # The card's name: the step's own title, else the catalogue's short name of its service
    # (the same as on paper); the tooltip gives the name in full.
    title = step.title or short_service_name(catalogue, step.service, current_language())
    member = client.team_member(step.responsible) if client and step.responsible else None
    responsible = member.name if member else (step.responsible or "")
    status = labels.step_status_name(step.status)
    dates = step_dates_text(step) or tr("no dates")
    service = labels.service_name(catalogue, step.service)
    service_type = catalogue.get(step.service)
    lines = [f"<b>{_html(title)}</b>"]
    if title != service:
        lines.append(_html(service))
    if service_type is not None:
        lines.append(
            _html(
                f"{labels.sector_name(service_type.sector)} · "
                f"{labels.stage_name(service_type.stage)}"
            )
        )
    lines.append(_html(f"{status} · {dates}"))
    if step.provider:
        lines.append(_html(tr("Provider: %1").replace("%1", step.provider)))
    if responsible:
        lines.append(_html(tr("Responsible: %1").replace("%1", responsible)))
    if step.note:
        lines.append(f"<i>{_html(step.note[:300])}</i>")
    summary_parts = [title, status, dates]
    if responsible:
        summary_parts.append(tr("responsible %1").replace("%1", responsible))
    return CardText(
        title=title,
        provider=step.provider or "",
        responsible=responsible,
        status=status,
        dates=step_dates_text(step),
        tooltip="<br>".join(lines),
        summary=", ".join(summary_parts),
    )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def transition_tooltip(
    transition: Transition, pathway: Pathway, catalogue: ServiceCatalogue, client: Client | None
) -> str:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("PathwayScene", text)

    source = step_display_name(pathway.step(transition.from_step), catalogue)
    target = step_display_name(pathway.step(transition.to_step), catalogue)
    lines = [
        f"<b>{_html(source)} → {_html(target)}</b>",
        _html(labels.transition_kind_name(transition.kind)),
    ]
    if transition.referral:
        lines.append(_html(tr("Formal referral")))
    if transition.date:
        lines.append(_html(tr("Date: %1").replace("%1", format_date(transition.date))))
    if transition.shared_info:
        kinds = ", ".join(labels.shared_info_name(code) for code in transition.shared_info)
        lines.append(_html(tr("Information shared: %1").replace("%1", kinds)))
        consent = client.consent(transition.consent) if client and transition.consent else None
        if consent is not None:
            sectors = ", ".join(labels.sector_name(s) for s in consent.sectors)
            lines.append(
                _html(
                    tr("Consent given %1 (%2)")
                    .replace("%1", format_date(consent.given_on))
                    .replace("%2", sectors)
                )
            )
        else:
            lines.append(_html(tr("No consent recorded for this transfer")))
    if transition.note:
        lines.append(f"<i>{_html(transition.note[:300])}</i>")
    return "<br>".join(lines)


def paint_severity_sign(
    painter: QPainter, centre: QPointF, radius: float, severity: str | None
) -> None:
    """An error is a red disc, a warning an amber triangle, each with a "!" in it: the shape
    tells them apart without colour (also used for the findings panel's icons)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if severity == "error":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ERROR_MARK)
        painter.drawEllipse(centre, radius, radius)
        ink = QColor("white")
        top, bottom = centre.y() - radius * 0.55, centre.y() + radius * 0.15
        dot = centre.y() + radius * 0.5
    else:
        triangle = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - radius * 1.1),
                QPointF(centre.x() + radius * 1.15, centre.y() + radius * 0.9),
                QPointF(centre.x() - radius * 1.15, centre.y() + radius * 0.9),
            ]
        )
        painter.setPen(QPen(INK, max(radius / 6, 0.8)))
        painter.setBrush(WARNING_MARK)
        painter.drawPolygon(triangle)
        ink = INK
        top, bottom = centre.y() - radius * 0.45, centre.y() + radius * 0.3
        dot = centre.y() + radius * 0.6
    pen = QPen(ink, max(radius / 4, 1.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(centre.x(), top), QPointF(centre.x(), bottom))
    painter.drawPoint(QPointF(centre.x(), dot))
    painter.restore()


# --- Items -------------------------------------------------------------------------------------


class StepCardItem(QGraphicsItem):
    """One step: a card (stage view) or a bar (timeline view). Holds its step id only."""

    TITLE_FONT = _font(13, bold=True)
    BODY_FONT = _font(12)
    STATUS_FONT = _font(11, bold=True)
    PAD = 8.0

    def __init__(self, step_id: str) -> None:
        super().__init__()
        self.step_id = step_id
        self._size = QSizeF(10, 10)
        self._status = "planned"
        self._sector = SECTORS[0]
        self._view = "stages"
        self._open_end = False
        #: Timeline: the bar is too short for its words, drawn whole beside it.
        self._label_outside = False
        self._lines: list[tuple[QFont, str, QColor]] = []
        self._struck_lines = 0
        self._hovered = False
        self._drop_target = False
        self._text_offset = 0.0
        self._tooltip = ""
        #: (severity, message) of the findings about this step, in the checks' order.
        self._findings: tuple[tuple[str, str], ...] = ()
        # No itemChange override: PySide 6 mishandles the reference count of the values it
        # passes there. The scene moves the arrows itself after each drag movement.
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # What it shows
    def set_content(self, step: Step, text: CardText, placement: CardPlacement, view: str) -> None:
        self.prepareGeometryChange()
        self._size = QSizeF(placement.box.width, placement.box.height)
        self._status = step.status
        self._sector = placement.sector
        self._view = view
        self._open_end = placement.open_end
        self._label_outside = view == "timeline" and placement.label_outside
        movable = view == "stages"
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.PointingHandCursor
        )
        self._tooltip = text.tooltip
        self._update_tooltip()
        self._lay_out_text(text)
        self.update()

    def set_findings(self, findings: Iterable[tuple[str, str]]) -> None:
        """Show a badge for these findings, each (severity, message); none: no badge."""
        findings = tuple(findings)
        if findings == self._findings:
            return
        self.prepareGeometryChange()  # the badge reaches beyond the card's top edge
        self._findings = findings
        self._update_tooltip()
        self.update()

    @property
    def findings(self) -> tuple[tuple[str, str], ...]:
        return self._findings

    @property
    def badge_severity(self) -> str | None:
        """The badge's severity: an error if any finding is one, else a warning; None when
        there are no findings."""
        if not self._findings:
            return None
        return "error" if any(sev == "error" for sev, _m in self._findings) else "warning"

    def badge_rect(self) -> QRectF:
        """Where the badge is drawn, in item coordinates (empty without findings)."""
        if not self._findings:
            return QRectF()
        width = 20.0 + 8.0 * len(str(len(self._findings)))
        return QRectF(self._size.width() - width + 6, -14.0, width, 18.0)

    def _update_tooltip(self) -> None:
        if not self._findings:
            self.setToolTip(self._tooltip)
            return
        from PySide6.QtCore import QCoreApplication

        names = {
            "error": QCoreApplication.translate("PathwayScene", "Error"),
            "warning": QCoreApplication.translate("PathwayScene", "Warning"),
        }
        lines = [
            f"{_html(names.get(severity, severity))}: {_html(message)}"
            for severity, message in self._findings
        ]
        self.setToolTip(self._tooltip + "<hr>" + "<br>".join(lines))

    def _lay_out_text(self, text: CardText) -> None:
        width = self._size.width() - 2 * self.PAD - (18 if self._view == "stages" else 0)
        title_metrics = QFontMetricsF(self.TITLE_FONT)
        status_metrics = QFontMetricsF(self.STATUS_FONT)
        lines: list[tuple[QFont, str, QColor]] = []
        if self._view == "timeline":
            reserved = (14 if self._open_end else 0) + (20 if self._status == "completed" else 0)
            width = max(self._size.width() - 2 * self.PAD - reserved, 8.0)
            if self._label_outside:
                width = 1e6  # beside the bar: whole
            lines.append(
                (
                    self.TITLE_FONT,
                    title_metrics.elidedText(text.title, Qt.TextElideMode.ElideRight, width),
                    INK,
                )
            )
            detail = f"{text.status} · {text.dates}" if text.dates else text.status
            lines.append(
                (
                    self.STATUS_FONT,
                    status_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width),
                    MUTED_INK,
                )
            )
            self._struck_lines = 1
        else:
            # The name whole, on as many lines as it takes (up to four): never cut.
            title_lines = _wrap(text.title, title_metrics, width, MAX_TITLE_LINES)
            lines.extend((self.TITLE_FONT, line, INK) for line in title_lines)
            self._struck_lines = len(title_lines)
            # Provider, responsible person, status and dates: each on up to two lines, so that
            # a date or an organisation's name reads whole ("Käynnissä · 9.7.2026 – 5.1.2027
            # asti"); :meth:`PathwayScene.card_size` measures the same lines.
            provider, responsible, details = _detail_lines(text, self._size.width() - 2 * self.PAD)
            lines.extend((self.BODY_FONT, line, INK) for line in provider + responsible)
            lines.extend((self.STATUS_FONT, line, MUTED_INK) for line in details)
        self._lines = lines

    @property
    def status(self) -> str:
        return self._status

    def rect(self) -> QRectF:
        return QRectF(QPointF(0, 0), self._size)

    @property
    def size(self) -> QSizeF:
        return self._size

    def scene_rect(self) -> QRectF:
        return QRectF(self.pos(), self._size)

    def handle_center(self) -> QPointF:
        return QPointF(self._size.width(), self._size.height() / 2)

    def handle_contains(self, local: QPointF) -> bool:
        centre = self.handle_center()
        return math.hypot(local.x() - centre.x(), local.y() - centre.y()) <= HANDLE_RADIUS + 3

    def set_drop_target(self, on: bool) -> None:
        if on != self._drop_target:
            self._drop_target = on
            self.update()

    # QGraphicsItem
    def boundingRect(self) -> QRectF:
        margin = 6.0
        rect = QRectF(
            -margin,
            -margin,
            self._size.width() + 2 * margin + HANDLE_RADIUS,
            self._size.height() + 2 * margin,
        )
        if self._findings:
            rect = rect.united(self.badge_rect().adjusted(-2, -2, 2, 2))
        if self._label_outside:
            rect = rect.united(QRectF(self._size.width(), -2.0,
                                      self._label_x() + self._label_width() + 8.0
                                      - self._size.width(), self._size.height() + 4.0))
        return rect

    def _label_x(self) -> float:
        """Where words drawn beside the bar begin (past the open-end mark)."""
        return self._size.width() + (18.0 if self._open_end else 8.0)

    def _label_width(self) -> float:
        return max((QFontMetricsF(f).horizontalAdvance(t) for f, t, _c in self._lines),
                   default=0.0)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect())
        if self._findings:  # the badge's tooltip lists the findings
            path.addRect(self.badge_rect())
        if self.isSelected() or self._hovered:
            path.addEllipse(self.handle_center(), HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        radius = 6.0 if self._view == "stages" else 3.0
        colour = sector_colour(self._sector)
        cancelled = self._status == "cancelled"
        if cancelled:
            painter.setOpacity(0.55)
        # Fill: a light tint of the sector; an open end fades out to the right.
        fill: QBrush | QColor = tint(colour, 0.10 if cancelled else style.CARD_TINT)
        if self._open_end:
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            gradient.setColorAt(0.0, tint(colour, style.CARD_TINT))
            gradient.setColorAt(
                max(0.0, 1 - 40 / max(rect.width(), 1.0)), tint(colour, style.CARD_TINT)
            )
            gradient.setColorAt(1.0, QColor(255, 255, 255, 0))
            fill = QBrush(gradient)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)
        # The sector's own colour as a stripe at the left edge.
        stripe = QRectF(rect.left(), rect.top(), 5.0, rect.height())
        painter.setBrush(colour)
        painter.drawRoundedRect(stripe, 2.0, 2.0)
        # The outline tells the status.
        pen = status_pen(self._status)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        if self._open_end:
            self._paint_open_outline(painter, rect, pen)
        else:
            painter.drawRoundedRect(rect, radius, radius)
        if self._status == "interrupted":
            self._paint_break(painter, rect)
        if self._status == "completed":
            self._paint_tick(painter, rect)
        self._paint_text(painter, rect, cancelled)
        painter.setOpacity(1.0)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTION, 3.0))
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 3, radius + 3)
        if self._drop_target:
            painter.setPen(QPen(SELECTION, 2.0, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 3, radius + 3)
        if self.isSelected() or self._hovered:
            self._paint_handle(painter)
        if self._findings:
            self._paint_badge(painter)

    def _paint_badge(self, painter: QPainter) -> None:
        """A white pill at the top-right corner: the severity sign and the number of findings."""
        rect = self.badge_rect()
        painter.setPen(QPen(INK, 1.2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        paint_severity_sign(
            painter, QPointF(rect.left() + 9.5, rect.center().y()), 6.5, self.badge_severity
        )
        painter.setPen(INK)
        painter.setFont(self.STATUS_FONT)
        painter.drawText(
            QRectF(rect.left() + 17, rect.top(), rect.width() - 20, rect.height()),
            Qt.AlignmentFlag.AlignCenter,
            str(len(self._findings)),
        )

    def _paint_open_outline(self, painter: QPainter, rect: QRectF, pen: QPen) -> None:
        """An open-ended bar: no right edge, the top and bottom run out into an arrow."""
        end = rect.right() - 14
        path = QPainterPath(QPointF(end, rect.top()))
        path.lineTo(rect.left(), rect.top())
        path.lineTo(rect.left(), rect.bottom())
        path.lineTo(end, rect.bottom())
        painter.drawPath(path)
        chevron = QPainterPath(QPointF(rect.right() - 12, rect.center().y() - 8))
        chevron.lineTo(rect.right() - 3, rect.center().y())
        chevron.lineTo(rect.right() - 12, rect.center().y() + 8)
        painter.setPen(QPen(INK, 2.4))
        painter.drawPath(chevron)

    def _paint_break(self, painter: QPainter, rect: QRectF) -> None:
        """Interrupted: the right edge is broken by a white gap and a double slash (⫽)."""
        mid = rect.center().y()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(rect.right() - 4, mid - 11, 9, 22))
        painter.setPen(QPen(INK, 2.0))
        for dx in (-4.0, 2.0):
            painter.drawLine(
                QPointF(rect.right() + dx - 4, mid + 11), QPointF(rect.right() + dx + 4, mid - 11)
            )

    def _paint_tick(self, painter: QPainter, rect: QRectF) -> None:
        """Completed: a tick in a dark disc at the top-right corner."""
        centre = QPointF(rect.right() - 13, rect.top() + 13)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(centre, 8.5, 8.5)
        tick = QPainterPath(QPointF(centre.x() - 4.5, centre.y()))
        tick.lineTo(centre.x() - 1.2, centre.y() + 3.5)
        tick.lineTo(centre.x() + 4.8, centre.y() - 3.8)
        pen = QPen(QColor("white"), 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)

    def set_text_offset(self, offset: float) -> None:
        """Timeline: start the words *offset* into the bar, where the window's left edge cuts
        a long bar, so that its name stays in sight (the scene sets it while scrolling)."""
        if self._view != "timeline" or self._label_outside:
            offset = 0.0
        widest = max(
            (QFontMetricsF(f).horizontalAdvance(t) for f, t, _c in self._lines), default=0.0
        )
        offset = max(0.0, min(offset, self._size.width() - widest - 2 * self.PAD - 16))
        if offset != self._text_offset:
            self._text_offset = offset
            self.update()

    def _paint_text(self, painter: QPainter, rect: QRectF, cancelled: bool) -> None:
        y = rect.top() + (5.0 if self._view == "timeline" else self.PAD - 1)
        x = rect.left() + self.PAD + 2 + self._text_offset
        if self._label_outside:
            x = rect.left() + self._label_x()
        for index, (font, line, colour) in enumerate(self._lines):
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(colour)
            baseline = y + metrics.ascent()
            painter.drawText(QPointF(x, baseline), line)
            if cancelled and index < self._struck_lines:
                strike_y = baseline - metrics.ascent() * 0.35
                painter.setPen(QPen(INK, 1.4))
                painter.drawLine(
                    QPointF(x, strike_y), QPointF(x + metrics.horizontalAdvance(line), strike_y)
                )
            y += metrics.height() + (1.0 if self._view == "stages" else 0.0)

    def _paint_handle(self, painter: QPainter) -> None:
        """The connect handle: drag from it to another card to connect the two."""
        centre = self.handle_center()
        painter.setPen(QPen(SELECTION, 1.5))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, HANDLE_RADIUS, HANDLE_RADIUS)
        painter.drawLine(
            QPointF(centre.x() - 3.5, centre.y()), QPointF(centre.x() + 3.5, centre.y())
        )
        painter.drawLine(
            QPointF(centre.x() + 1, centre.y() - 2.5), QPointF(centre.x() + 3.5, centre.y())
        )
        painter.drawLine(
            QPointF(centre.x() + 1, centre.y() + 2.5), QPointF(centre.x() + 3.5, centre.y())
        )

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.prepareGeometryChange()
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.prepareGeometryChange()
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)


Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # x, y, width, height
Route = tuple[Point, Point, Point, Point]  # a cubic: start, two control points, tip


def _rect_tuple(card: StepCardItem) -> Rect:
    pos = card.pos()
    size = card.size
    return (pos.x(), pos.y(), size.width(), size.height())


def _cubic(
    p0: Point,
    d0: Point,
    p3: Point,
    d3: Point,
    reach: float,
    bend: float = 0.0,
    bend_vertical: bool = True,
) -> Route:
    """A cubic from *p0* leaving in direction *d0* to *p3* entering against *d3*; *bend*
    pushes both control points sideways."""
    bx, by = (0.0, bend) if bend_vertical else (bend, 0.0)
    return (
        p0,
        (p0[0] + d0[0] * reach + bx, p0[1] + d0[1] * reach + by),
        (p3[0] + d3[0] * reach + bx, p3[1] + d3[1] * reach + by),
        p3,
    )


def route_candidates(
    source: Rect, target: Rect, p0: Point, p3: Point, horizontal: bool
) -> list[Route]:
    """Ways to draw an arrow between two cards, best first. The first joins the facing edges
    (``pathways.layout.anchor_points``); the others go round the cards in between — over or
    under them for cards side by side, beside them for cards stacked in one column."""
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    if horizontal:
        sign = 1.0 if p3[0] >= p0[0] else -1.0
        reach = max(30.0, abs(p3[0] - p0[0]) / 2)
        candidates = [_cubic(p0, (sign, 0.0), p3, (-sign, 0.0), reach)]
        lift = min(max(60.0, abs(p3[0] - p0[0]) / 4), 150.0)
        for side in (-1.0, 1.0):  # over the top, under the bottom
            start = (sx + sw / 2 + sign * sw * 0.25, sy if side < 0 else sy + sh)
            end = (tx + tw / 2 - sign * tw * 0.25, ty if side < 0 else ty + th)
            candidates.append(_cubic(start, (0.0, side), end, (0.0, side), lift))
        for bend in (-70.0, 70.0):
            candidates.append(_cubic(p0, (sign, 0.0), p3, (-sign, 0.0), reach, bend))
        return candidates
    sign = 1.0 if p3[1] >= p0[1] else -1.0
    reach = max(30.0, abs(p3[1] - p0[1]) / 2)
    candidates = [_cubic(p0, (0.0, sign), p3, (0.0, -sign), reach)]
    lift = min(max(40.0, abs(p3[1] - p0[1]) / 5), 90.0)
    for side in (1.0, -1.0):  # round the right side, round the left
        start = (sx + sw if side > 0 else sx, sy + sh / 2 + sign * sh * 0.2)
        end = (tx + tw if side > 0 else tx, ty + th / 2 - sign * th * 0.2)
        candidates.append(_cubic(start, (side, 0.0), end, (side, 0.0), lift))
    return candidates


def cubic_points(route: Route, spacing: float = 24.0) -> list[Point]:
    """Points along the cubic, about *spacing* apart (enough to meet any card it crosses)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = route
    length = (
        math.hypot(x1 - x0, y1 - y0) + math.hypot(x2 - x1, y2 - y1) + math.hypot(x3 - x2, y3 - y2)
    )
    count = max(8, int(length / spacing))
    points = []
    for i in range(1, count):
        t = i / count
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return points


def _translation(before: object, after: object) -> tuple[float, float] | None:
    """(dx, dy) if *after* is *before* (an arrow's ends and cards) moved as a whole."""
    if not isinstance(before, tuple) or not isinstance(after, tuple):
        return None
    (b0, b3, bh, bs, bt), (a0, a3, ah, as_, at) = before, after
    if bh != ah or bs[2:] != as_[2:] or bt[2:] != at[2:]:
        return None
    dx, dy = a0[0] - b0[0], a0[1] - b0[1]
    pairs = ((a3, b3), (as_[:2], bs[:2]), (at[:2], bt[:2]))
    if all(a[0] - b[0] == dx and a[1] - b[1] == dy for a, b in pairs):
        return dx, dy
    return None


def _segment_hits_box(
    x0: float, y0: float, x1: float, y1: float, left: float, top: float, right: float, bottom: float
) -> bool:
    """Whether the segment (x0, y0)–(x1, y1) meets the box (Liang–Barsky clipping)."""
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            if r > high:
                return False
            low = max(low, r)
        else:
            if r < low:
                return False
            high = min(high, r)
    return True


class _CardGrid:
    """Card rectangles in a coarse grid, to ask quickly what a route or a mark would cross."""

    CELL = 128.0
    MARGIN = 3.0

    def __init__(self, rects: dict[str, Rect]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[str, float, float, float, float]]] = {}
        for step_id, (x, y, w, h) in rects.items():
            box = (
                step_id,
                x - self.MARGIN,
                y - self.MARGIN,
                x + w + self.MARGIN,
                y + h + self.MARGIN,
            )
            for cx in range(int(box[1] // self.CELL), int(box[3] // self.CELL) + 1):
                for cy in range(int(box[2] // self.CELL), int(box[4] // self.CELL) + 1):
                    self._cells.setdefault((cx, cy), []).append(box)

    def route_is_clear(self, route: Route, own: tuple[str, ...]) -> bool:
        """Whether the curve crosses no card but *own*: the curve as short straight segments,
        each clipped against the cards in the grid cells it spans."""
        cell = self.CELL
        cells = self._cells
        xs = [x for x, _y in route]
        ys = [y for _x, y in route]
        if not self._others_in(min(xs), min(ys), max(xs), max(ys), own):
            return True  # nothing but its own cards anywhere near the curve
        points = [route[0], *cubic_points(route, spacing=64.0), route[3]]
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            seen = set()
            for cx in range(int(min(x0, x1) // cell), int(max(x0, x1) // cell) + 1):
                for cy in range(int(min(y0, y1) // cell), int(max(y0, y1) // cell) + 1):
                    for box in cells.get((cx, cy), ()):
                        if box[0] in own or box[0] in seen:
                            continue
                        seen.add(box[0])
                        if _segment_hits_box(x0, y0, x1, y1, box[1], box[2], box[3], box[4]):
                            return False
        return True

    def _others_in(
        self, left: float, top: float, right: float, bottom: float, own: tuple[str, ...]
    ) -> bool:
        """Whether a card other than *own* overlaps the box."""
        cell = self.CELL
        for cx in range(int(left // cell), int(right // cell) + 1):
            for cy in range(int(top // cell), int(bottom // cell) + 1):
                for sid, l2, t2, r2, b2 in self._cells.get((cx, cy), ()):
                    if sid not in own and left < r2 and l2 < right and top < b2 and t2 < bottom:
                        return True
        return False

    def hits_rect(self, left: float, top: float, right: float, bottom: float) -> bool:
        cell = self.CELL
        for cx in range(int(left // cell), int(right // cell) + 1):
            for cy in range(int(top // cell), int(bottom // cell) + 1):
                for _sid, l2, t2, r2, b2 in self._cells.get((cx, cy), ()):
                    if left < r2 and l2 < right and top < b2 and t2 < bottom:
                        return True
        return False


class TransitionArrowItem(QGraphicsItem):
    """One transition: an arrow from card to card (``support`` dashed), with marks for a
    referral and for shared information. Holds its transition key only."""

    MARK_FONT = _font(11, bold=True)

    def __init__(self, key: tuple[str, str, str]) -> None:
        super().__init__()
        self.key = key
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._mid = QPointF()
        self._referral = False
        self._shared = False
        self._consented = True
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self._route: tuple[QPointF, QPointF, QPointF, QPointF] | None = None
        self.float_route: Route | None = None
        #: What the route was chosen for (ends and card rectangles); set by the scene.
        self.ends_key: object = None
        self._stroke = QPainterPath()
        self.mark_item = TransitionMarkItem(self)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        self.setAcceptHoverEvents(True)

    @property
    def kind(self) -> str:
        return self.key[2]

    def set_content(self, transition: Transition, tooltip: str) -> None:
        self._referral = transition.referral
        self._shared = bool(transition.shared_info)
        self._consented = transition.consent is not None
        self.setToolTip(tooltip)
        self.mark_item.setToolTip(tooltip)
        self._update_shape()

    def set_route(self, route: Route) -> None:
        """Draw the arrow along the cubic curve *route* (start, two control points, tip); the
        scene chooses the route and sets it again whenever a card moves."""
        if route == self.float_route:
            return
        self.float_route = route
        p0, c1, c2, p3 = (QPointF(x, y) for x, y in route)
        self._route = (p0, c1, c2, p3)
        path = QPainterPath(p0)
        # Stop the line short of the tip so that the arrowhead stays sharp.
        direction = QLineF(c2, p3)
        if direction.length() < 1e-6:
            direction = QLineF(p0, p3)
        unit = direction.unitVector()
        tip_back = QPointF(p3.x() - (unit.dx()) * 9, p3.y() - (unit.dy()) * 9)
        path.cubicTo(c1, c2, tip_back)
        self.prepareGeometryChange()
        self._path = path
        self._mid = path.pointAtPercent(0.5)
        angle = math.atan2(unit.dy(), unit.dx())
        size = 11.0
        self._head = QPolygonF(
            [
                p3,
                QPointF(
                    p3.x() - size * math.cos(angle - 0.42), p3.y() - size * math.sin(angle - 0.42)
                ),
                QPointF(
                    p3.x() - size * math.cos(angle + 0.42), p3.y() - size * math.sin(angle + 0.42)
                ),
            ]
        )
        stroker = QPainterPathStroker()
        stroker.setWidth(12.0)
        self._stroke = stroker.createStroke(path)
        self._update_shape()

    def _update_shape(self) -> None:
        self.mark_item.marks_moved()
        shape = QPainterPath(self._stroke)
        shape.addPolygon(self._head)
        for rect in self._mark_rects():
            shape.addRect(rect)
        self._shape = shape
        self._bounds = shape.boundingRect().adjusted(-4, -4, 4, 4)
        self.update()

    def crosses_any(self, rects: list[Rect]) -> bool:
        """Whether the arrow's curve (its bounding box) overlaps one of *rects*."""
        box = self._stroke.boundingRect()
        left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
        return any(
            left < x + w and x < right and top < y + h and y < bottom for x, y, w, h in rects
        )

    def route_points(self) -> tuple[QPointF, ...]:
        """The arrow's curve: start, two control points and the tip."""
        return self._route or ()

    @property
    def has_marks(self) -> bool:
        return self._referral or self._shared

    def marks_rect_at(self, fraction: float) -> QRectF:
        """Where the marks would be if put at *fraction* of the arrow's length."""
        saved = self._mid
        self._mid = self._path.pointAtPercent(fraction)
        rects = self._mark_rects()
        self._mid = saved
        united = QRectF()
        for rect in rects:
            united = united.united(rect)
        return united

    def place_marks(self, fraction: float) -> None:
        """Put the referral and shared-information marks at *fraction* of the length."""
        point = self._path.pointAtPercent(fraction)
        if point != self._mid:
            self.prepareGeometryChange()
            self._mid = point
            self._update_shape()

    def _mark_rects(self) -> list[QRectF]:
        rects = []
        x = self._mid.x() - (11 if self._referral and self._shared else 0)
        if self._referral:
            rects.append(QRectF(x - 9, self._mid.y() - 9, 18, 18))
            x += 22
        if self._shared:
            rects.append(QRectF(x - 7, self._mid.y() - 9, 14, 18))
        return rects

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = SELECTION if self.isSelected() else ARROW_INK
        width = 3.2 if self.isSelected() else 1.8
        pen = QPen(colour, width)
        dash = style.TRANSITION_DASH.get(self.kind)
        if dash is not None:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern(dash_pattern(dash, width))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(colour if self.kind == "next" else QColor("white"))
        painter.drawPolygon(self._head)

    def paint_marks(self, painter: QPainter) -> None:
        """The referral and shared-information marks (painted by the arrow's mark item, above
        the cards, so that no card hides them)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = ARROW_INK
        rects = self._mark_rects()
        if self._referral:
            rect = rects.pop(0)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(rect)
            painter.setFont(self.MARK_FONT)
            painter.setPen(INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, referral_mark())
        if self._shared:
            self._paint_document(painter, rects[0], colour)

    def marks_bounds(self) -> QRectF:
        united = QRectF()
        for rect in self._mark_rects():
            united = united.united(rect)
        return united.adjusted(-2, -2, 2, 2)

    def _paint_document(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """Shared information: a small page with a folded corner (and "!" without consent)."""
        fold = 5.0
        page = QPainterPath(rect.topLeft())
        page.lineTo(rect.right() - fold, rect.top())
        page.lineTo(rect.right(), rect.top() + fold)
        page.lineTo(rect.bottomRight())
        page.lineTo(rect.bottomLeft())
        page.closeSubpath()
        painter.setPen(QPen(colour, 1.4))
        painter.setBrush(QColor("white"))
        painter.drawPath(page)
        if self._consented:
            for i in range(3):
                y = rect.top() + 7 + i * 3.5
                painter.drawLine(QPointF(rect.left() + 3, y), QPointF(rect.right() - 3, y))
        else:
            painter.setFont(self.MARK_FONT)
            painter.setPen(INK)
            painter.drawText(rect.adjusted(0, 2, 0, 0), Qt.AlignmentFlag.AlignCenter, "!")


class TransitionMarkItem(QGraphicsItem):
    """An arrow's marks, drawn above the cards; clicking them selects the arrow. Created and
    removed with its arrow (the scene adds and removes both)."""

    def __init__(self, arrow: TransitionArrowItem) -> None:
        super().__init__()
        self._arrow = arrow
        self._bounds = QRectF()
        self.setZValue(12)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    @property
    def arrow(self) -> TransitionArrowItem:
        return self._arrow

    def marks_moved(self) -> None:
        bounds = self._arrow.marks_bounds()
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._arrow.paint_marks(painter)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, PathwayScene):
            scene.select([], [self._arrow.key])
        event.accept()


def referral_mark() -> str:
    """The circled letter on a referral's arrow (the paper draws style.referral_letter, and a
    test holds the two to the same letter)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "PathwayScene", "R", "mark on an arrow for a formal referral (Finnish: L, lähete)"
    )


# --- The scene ---------------------------------------------------------------------------------


class PathwayScene(QGraphicsScene):
    """Mirrors one pathway of one client in the stage or the timeline view."""

    #: Cards were dragged: [(step id, position before, position after)], once per drag.
    steps_moved = Signal(object)
    #: The user dragged from one card to another: (from step id, to step id).
    connection_requested = Signal(str, str)
    #: A service was dropped on the canvas: (service code, scene position).
    service_dropped = Signal(str, QPointF)

    def __init__(self, catalogue: ServiceCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._client: Client | None = None
        self._show_empty_lanes = False
        self._pathway: Pathway | None = None
        self._view = "stages"
        self._today = date.today()
        self._layout: Layout | None = None
        self._cards: dict[str, StepCardItem] = {}
        self._arrows: dict[tuple[str, str, str], TransitionArrowItem] = {}
        self._arrows_of: dict[str, set[tuple[str, str, str]]] = {}
        self._shown: dict[str, Step] = {}
        self._shown_transitions: dict[tuple[str, str, str], Transition] = {}
        self._background: list[QGraphicsItem] = []
        self._background_key: object = None
        self._press_positions: dict[str, QPointF] | None = None
        self._connect_from: StepCardItem | None = None
        self._connect_line: QGraphicsLineItem | None = None
        self._connect_target: StepCardItem | None = None
        #: step id → (severity, message) of the findings about it (set by the editor's checks).
        self._findings: dict[str, tuple[tuple[str, str], ...]] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("white"))

    # --- What it shows -------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return self._view

    @property
    def pathway(self) -> Pathway | None:
        return self._pathway

    @property
    def layout(self) -> Layout | None:
        return self._layout

    @property
    def today(self) -> date:
        return self._today

    def set_catalogue(self, catalogue: ServiceCatalogue) -> None:
        self._catalogue = catalogue

    def set_today(self, today: date) -> None:
        self._today = today
        if self._view == "timeline":
            self.rebuild()

    def show_pathway(self, client: Client | None, pathway: Pathway | None, view: str) -> None:
        """Show *pathway* of *client* in *view* ("stages" | "timeline"), from scratch."""
        if view not in ("stages", "timeline"):
            raise ValueError(f"unknown view {view!r}")
        if pathway is not self._pathway:
            self._findings = {}  # they were another pathway's; the checks tell this one's
        self._client = client
        self._pathway = pathway
        self._view = view
        self.rebuild()

    def rebuild(self) -> None:
        """Remove every item and draw the pathway again (a switch of pathway or view)."""
        self._cancel_connect()
        self.clearSelection()
        self.clear()
        self._cards.clear()
        self._arrows.clear()
        self._arrows_of.clear()
        self._shown.clear()
        self._shown_transitions.clear()
        self._background = []
        self._background_key = None
        self.sync()

    def set_findings(self, findings: dict[str, list[tuple[str, str]]]) -> None:
        """Badge the cards of these steps with their findings, (severity, message) each; every
        other card loses its badge. Kept for cards drawn later (a new step, another view)."""
        self._findings = {step_id: tuple(items) for step_id, items in findings.items() if items}
        for step_id, card in self._cards.items():
            card.set_findings(self._findings.get(step_id, ()))

    def findings_of(self, step_id: str) -> tuple[tuple[str, str], ...]:
        return self._findings.get(step_id, ())

    def refresh_texts(self) -> None:
        """Draw every card's and arrow's words again (the team or the language changed)."""
        self._shown.clear()
        self._shown_transitions.clear()
        self._background_key = None
        self.sync()

    def sync(self) -> None:
        """Bring the items in step with the pathway: only what changed is touched."""
        pathway = self._pathway
        if pathway is None:
            marks = [arrow.mark_item for arrow in self._arrows.values()]
            for item in [*self._cards.values(), *self._arrows.values(), *marks, *self._background]:
                self.removeItem(item)
            self._cards.clear()
            self._arrows.clear()
            self._arrows_of.clear()
            self._background = []
            self._background_key = None
            self._layout = None
            self.setSceneRect(QRectF(0, 0, 400, 300))
            return
        layout = self._compute_layout(pathway)
        self._layout = layout
        self._sync_background(layout)
        selected_before = set(self.selected_step_ids())
        # Steps
        for step_id in [sid for sid in self._cards if not pathway.has_step(sid)]:
            self.removeItem(self._cards.pop(step_id))
            self._shown.pop(step_id, None)
        changed, renamed = self._sync_cards(pathway, layout)
        # Transitions
        wanted = {t.key: t for t in pathway.transitions}
        for key in [k for k in self._arrows if k not in wanted]:
            arrow = self._arrows.pop(key)
            self.removeItem(arrow.mark_item)
            self.removeItem(arrow)
            self._shown_transitions.pop(key, None)
        self._arrows_of = {}
        for key, transition in wanted.items():
            existing = self._arrows.get(key)
            if existing is None:
                arrow = TransitionArrowItem(key)
                self._arrows[key] = arrow
                self.addItem(arrow)
                self.addItem(arrow.mark_item)
            else:
                arrow = existing
            if (
                self._shown_transitions.get(key) is not transition
                or key[0] in renamed
                or key[1] in renamed
            ):
                arrow.set_content(
                    transition,
                    transition_tooltip(transition, pathway, self._catalogue, self._client),
                )
                self._shown_transitions[key] = transition
            for step_id in key[:2]:
                self._arrows_of.setdefault(step_id, set()).add(key)
        self._route_arrows(changed=changed)
        self.setSceneRect(self._scene_rect(layout))
        if selected_before != set(self.selected_step_ids()):
            self.selectionChanged.emit()

    def _sync_cards(self, pathway: Pathway, layout: Layout) -> tuple[list[Rect], set[str]]:
        """Cards in step with the steps; returns the rectangles that cards newly cover (for the
        arrows to avoid) and the ids of steps whose name on screen changed."""
        changed: list[Rect] = []
        renamed: set[str] = set()
        for step in pathway:
            placement = layout.card(step.id)
            box = placement.box
            card = self._cards.get(step.id)
            if card is None:
                card = StepCardItem(step.id)
                self._cards[step.id] = card
                self.addItem(card)
                card.set_findings(self._findings.get(step.id, ()))
            before = _rect_tuple(card)
            shown = self._shown.get(step.id)
            if shown is not step or card.size != QSizeF(box.width, box.height):
                card.set_content(
                    step, card_text(step, self._catalogue, self._client), placement, self._view
                )
                if shown is None or (shown.title, shown.service) != (step.title, step.service):
                    renamed.add(step.id)
                self._shown[step.id] = step
            if card.pos().x() != box.x or card.pos().y() != box.y:
                card.setPos(box.x, box.y)
            after = (box.x, box.y, box.width, box.height)
            if after != before:
                changed.append(after)
        return changed, renamed

    @property
    def show_empty_lanes(self) -> bool:
        return self._show_empty_lanes

    def set_show_empty_lanes(self, show: bool) -> None:
        """Show every sector's lane at full height, or empty ones as thin drop targets."""
        if show != self._show_empty_lanes:
            self._show_empty_lanes = show
            steps, transitions = self.selected_step_ids(), self.selected_transition_keys()
            self.rebuild()
            self.select(steps, transitions)  # the selection stays

    def card_size(self, step: Step) -> tuple[float, float]:
        """A card's size on screen: a fixed width, as tall as its words (the name whole)."""
        text = card_text(step, self._catalogue, self._client)
        pad = StepCardItem.PAD
        title = QFontMetricsF(StepCardItem.TITLE_FONT)
        body = QFontMetricsF(StepCardItem.BODY_FONT)
        status = QFontMetricsF(StepCardItem.STATUS_FONT)
        width = SCREEN_CARD_WIDTH - 2 * pad - 18
        lines = len(_wrap(text.title, title, width, MAX_TITLE_LINES))
        height = (pad - 1) + lines * (title.height() + 1.0)
        provider, responsible, detail = _detail_lines(text, SCREEN_CARD_WIDTH - 2 * pad)
        height += (len(provider) + len(responsible)) * (body.height() + 1.0)
        height += len(detail) * (status.height() + 1.0) + pad
        return SCREEN_CARD_WIDTH, max(height, 64.0)

    def bar_label_width(self, step: Step) -> float:
        """The room a timeline bar's words need: its name and its status and dates, whole."""
        text = card_text(step, self._catalogue, self._client)
        title = QFontMetricsF(StepCardItem.TITLE_FONT).horizontalAdvance(text.title)
        detail = f"{text.status} · {text.dates}" if text.dates else text.status
        status = QFontMetricsF(StepCardItem.STATUS_FONT).horizontalAdvance(detail)
        reserved = 20.0 if step.status == "completed" else 0.0
        return max(title, status) + 2 * StepCardItem.PAD + 4.0 + reserved

    def _compute_layout(self, pathway: Pathway) -> Layout:
        if self._view == "timeline":
            return timeline_layout(pathway, self._catalogue, today=self._today,
                                   lanes="all" if self._show_empty_lanes else "used",
                                   label_width=self.bar_label_width)
        goals = goal_stages(self._client) if self._client is not None else []
        # The compact layout, as on paper: cards as tall as their words, columns as wide as
        # their cards (a narrow one without), empty lanes thin unless asked for.
        return stage_layout(
            pathway, self._catalogue, goal_stages=goals, card_size=self.card_size,
            stack_gap=8.0, empty_column_width=SCREEN_EMPTY_COLUMN,
            empty_lane_height=EMPTY_LANE_HEIGHT if self._show_empty_lanes else THIN_LANE_HEIGHT,
        )

    def _scene_rect(self, layout: Layout) -> QRectF:
        top = -BANNER_HEIGHT - 12 if self._view == "stages" else -12
        return QRectF(-12, top, layout.width + 24 + HANDLE_RADIUS, layout.height - top + 12)

    def _route_arrows(
        self,
        only: set[tuple[str, str, str]] | None = None,
        changed: list[tuple[float, float, float, float]] | None = None,
    ) -> None:
        """Route the arrows between their cards' facing edges (``pathways.layout.anchor_points``
        decides the edges). Where several arrows meet one edge of a card, their ends are spread
        along it in the order of the cards at their other ends, so that none hide another; an
        arrow that would run beneath another card goes round it when it can.

        With neither *only* nor *changed* every arrow is routed again. Otherwise an arrow keeps
        its route unless its ends moved, it is in *only* (the cards being dragged), or its route
        passes over one of the *changed* rectangles (cards that appeared, moved or grew)."""
        from pathways.layout import Box

        rects = {sid: _rect_tuple(card) for sid, card in self._cards.items()}
        ends: dict[tuple[str, str, str], list[Any]] = {}
        sides: dict[tuple[str, str], list[tuple[float, tuple[str, str, str], int]]] = {}
        for key in self._arrows:
            source, target = rects.get(key[0]), rects.get(key[1])
            if source is None or target is None:
                continue
            sx, sy, sw, sh = source
            tx, ty, tw, th = target
            start, end = anchor_points(Box(sx, sy, sw, sh), Box(tx, ty, tw, th))
            horizontal = tx >= sx + sw or sx >= tx + tw
            if horizontal:
                source_side = "right" if start[0] >= sx + sw / 2 else "left"
                target_side = "left" if end[0] <= tx + tw / 2 else "right"
                order = (ty + th / 2, sy + sh / 2)
            else:
                source_side = "bottom" if start[1] >= sy + sh / 2 else "top"
                target_side = "top" if end[1] <= ty + th / 2 else "bottom"
                order = (tx + tw / 2, sx + sw / 2)
            ends[key] = [start, end, horizontal]
            sides.setdefault((key[0], source_side), []).append((order[0], key, 0))
            sides.setdefault((key[1], target_side), []).append((order[1], key, 1))
        for (step_id, side), members in sides.items():
            if len(members) < 2:
                continue
            members.sort(key=lambda m: (m[0], m[1]))
            _x, _y, width, height = rects[step_id]
            length = height if side in ("left", "right") else width
            spacing = min(16.0, 0.8 * length / len(members))
            for index, (_order, key, which) in enumerate(members):
                offset = (index - (len(members) - 1) / 2) * spacing
                px, py = ends[key][which]
                ends[key][which] = (
                    (px, py + offset) if side in ("left", "right") else (px + offset, py)
                )
        grid: _CardGrid | None = None
        for key, (p0, p3, horizontal) in ends.items():
            arrow = self._arrows[key]
            ends_key = (p0, p3, horizontal, rects[key[0]], rects[key[1]])
            if (
                (only is not None or changed is not None)
                and arrow.ends_key == ends_key
                and (only is None or key not in only)
                and not (changed and arrow.crosses_any(changed))
            ):
                continue  # neither end moved and nothing new in its way: keep its route
            shift = _translation(arrow.ends_key, ends_key)
            arrow.ends_key = ends_key
            if grid is None:
                grid = _CardGrid(rects)
            if shift is not None and arrow.float_route is not None and only is None:
                # Both cards moved alike (a lane grew above them): so does the route.
                dx, dy = shift
                start, bend1, bend2, tip = ((x + dx, y + dy) for x, y in arrow.float_route)
                route = (start, bend1, bend2, tip)
            else:
                candidates = route_candidates(rects[key[0]], rects[key[1]], p0, p3, horizontal)
                route = next(
                    (r for r in candidates if grid.route_is_clear(r, key[:2])), candidates[0]
                )
            arrow.set_route(route)
            if arrow.has_marks:
                self._place_marks(arrow, grid)

    #: Where along an arrow its marks may go, best first: the middle, else a free stretch.
    MARK_FRACTIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88)

    def _place_marks(self, arrow: TransitionArrowItem, grid: _CardGrid) -> None:
        """Put an arrow's marks where no card hides them (arrows run beneath the cards)."""
        for fraction in self.MARK_FRACTIONS:
            area = arrow.marks_rect_at(fraction)
            if not grid.hits_rect(area.left(), area.top(), area.right(), area.bottom()):
                arrow.place_marks(fraction)
                return
        arrow.place_marks(0.5)

    # --- Background: lanes, columns, months, today, the goal ----------------------------------

    def _sync_background(self, layout: Layout) -> None:
        goal = self._client.goal if self._client is not None else None
        key = (
            self._view,
            tuple((lane.sector, lane.box) for lane in layout.lanes),
            tuple((c.stage, c.box, c.is_goal) for c in layout.columns),
            tuple((m.month, m.x) for m in layout.months),
            layout.today_x,
            layout.width,
            layout.height,
            (goal.outcome, goal.description, goal.target_date) if goal else None,
            current_language(),
        )
        if key == self._background_key:
            return
        for item in self._background:
            self.removeItem(item)
        self._background = []
        self._background_key = key
        background = BackgroundItem(
            layout,
            self._view,
            goal_text(self._client),
            self._client.goal.target_date
            if self._client is not None and self._client.goal
            else None,
        )
        self.addItem(background)
        self._background.append(background)

    # --- Looking things up ---------------------------------------------------------------------

    def background_item(self) -> BackgroundItem | None:
        item = self._background[0] if self._background else None
        return item if isinstance(item, BackgroundItem) else None

    def card(self, step_id: str) -> StepCardItem | None:
        return self._cards.get(step_id)

    def arrow(self, key: tuple[str, str, str]) -> TransitionArrowItem | None:
        return self._arrows.get(key)

    def cards(self) -> list[StepCardItem]:
        return list(self._cards.values())

    def arrows(self) -> list[TransitionArrowItem]:
        return list(self._arrows.values())

    def reading_order(self) -> list[str]:
        if self._pathway is None or self._layout is None:
            return []
        return step_order_for_reading(self._pathway, self._layout)

    def selected_step_ids(self) -> list[str]:
        """Selected steps, in the pathway's step order."""
        selected = {item.step_id for item in self.selectedItems() if isinstance(item, StepCardItem)}
        if self._pathway is None:
            return sorted(selected)
        return [s.id for s in self._pathway if s.id in selected]

    def selected_transition_keys(self) -> list[tuple[str, str, str]]:
        selected = {
            item.key for item in self.selectedItems() if isinstance(item, TransitionArrowItem)
        }
        if self._pathway is None:
            return sorted(selected)
        return [t.key for t in self._pathway.transitions if t.key in selected]

    def select(
        self, step_ids: Iterable[str] = (), transition_keys: Iterable[tuple[str, str, str]] = ()
    ) -> None:
        """Select exactly these steps and transitions (one selectionChanged at the end)."""
        steps, keys = set(step_ids), set(transition_keys)
        if steps == set(self.selected_step_ids()) and keys == set(self.selected_transition_keys()):
            return
        self.blockSignals(True)
        try:
            for item in self.selectedItems():
                item.setSelected(False)
            for step_id in steps:
                card = self._cards.get(step_id)
                if card is not None:
                    card.setSelected(True)
            for key in keys:
                arrow = self._arrows.get(key)
                if arrow is not None:
                    arrow.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def adjacent_step(self, step_id: str | None, delta: int) -> str | None:
        """The step *delta* places from *step_id* in reading order (clamped at the ends)."""
        order = self.reading_order()
        if not order:
            return None
        if step_id is None or step_id not in order:
            return order[0] if delta >= 0 else order[-1]
        index = min(max(order.index(step_id) + delta, 0), len(order) - 1)
        return order[index]

    def step_at(self, scene_pos: QPointF) -> str | None:
        for item in self.items(scene_pos):
            if isinstance(item, StepCardItem):
                return item.step_id
        return None

    # --- Mouse: one command per drag; drag from the handle (or Shift+drag) to connect -----------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            card = self._card_at(event.scenePos())
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if card is not None and (
                shift or card.handle_contains(card.mapFromScene(event.scenePos()))
            ):
                self._start_connect(card, event.scenePos())
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._view == "stages":
            self._press_positions = {
                item.step_id: item.pos()
                for item in self.selectedItems()
                if isinstance(item, StepCardItem)
            }
        else:
            self._press_positions = None

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_line is not None and self._connect_from is not None:
            start = self._connect_line.line().p1()
            self._connect_line.setLine(QLineF(start, event.scenePos()))
            target = self._card_at(event.scenePos())
            if target is self._connect_from:
                target = None
            if target is not self._connect_target:
                if self._connect_target is not None:
                    self._connect_target.set_drop_target(False)
                if target is not None:
                    target.set_drop_target(True)
                self._connect_target = target
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press_positions:
            # A drag moves the selected cards: their arrows follow them.
            moved = {
                key for step_id in self._press_positions for key in self._arrows_of.get(step_id, ())
            }
            if moved:
                self._route_arrows(only=moved)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_line is not None and self._connect_from is not None:
            source = self._connect_from.step_id
            target = self._card_at(event.scenePos())
            self._cancel_connect()
            if target is not None and target.step_id != source:
                self.connection_requested.emit(source, target.step_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        pressed, self._press_positions = self._press_positions, None
        if not pressed or self._pathway is None:
            return
        moves = []
        for step_id, before in pressed.items():
            card = self._cards.get(step_id)
            if card is None or not self._pathway.has_step(step_id):
                continue
            after = card.pos()
            if after != before:
                moves.append(
                    (
                        step_id,
                        self._pathway.step(step_id).position,
                        (round(after.x(), 1), round(after.y(), 1)),
                    )
                )
        if moves:
            self.steps_moved.emit(moves)

    def _card_at(self, scene_pos: QPointF) -> StepCardItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, StepCardItem):
                return item
        return None

    def _start_connect(self, card: StepCardItem, scene_pos: QPointF) -> None:
        self._connect_from = card
        start = card.mapToScene(card.handle_center())
        line = QGraphicsLineItem(QLineF(start, scene_pos))
        pen = QPen(SELECTION, 2.0, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setZValue(30)
        self.addItem(line)
        self._connect_line = line

    def _cancel_connect(self) -> None:
        if self._connect_line is not None:
            self.removeItem(self._connect_line)
        if self._connect_target is not None:
            self._connect_target.set_drop_target(False)
        self._connect_line = None
        self._connect_from = None
        self._connect_target = None

    @property
    def connecting(self) -> bool:
        return self._connect_line is not None

    def cancel_interaction(self) -> None:
        """Escape: stop a connect drag."""
        self._cancel_connect()

    # --- Drops from the service palette --------------------------------------------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if event.mimeData().hasFormat(SERVICE_MIME_TYPE) and self._pathway is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.dragEnterEvent(event)

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.accept()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(SERVICE_MIME_TYPE) or self._pathway is None:
            event.ignore()
            return
        code = bytes(data.data(SERVICE_MIME_TYPE).data()).decode("utf-8").strip()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if code:
            self.service_dropped.emit(code, event.scenePos())


def goal_text(client: Client | None) -> str:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("PathwayScene", text)

    goal = client.goal if client is not None else None
    if goal is None:
        return tr("Goal: not set yet (open labour market or training)")
    parts = [labels.goal_outcome_name(goal.outcome)]
    if goal.description:
        parts.append(goal.description)
    if goal.target_date:
        parts.append(tr("by %1").replace("%1", format_date(goal.target_date)))
    return tr("Goal: %1").replace("%1", " · ".join(parts))


class BackgroundItem(QGraphicsItem):
    """Lanes, columns or months, the goal and today: everything behind the cards, drawn by one
    item (fewer items, and a rebuild only when the grid itself changes). The view also asks it
    to paint the lane labels and the column headers pinned to the window's edges when the map
    is scrolled, so that a lane or a column never loses its name."""

    LABEL_FONT = _font(13, bold=True)
    HEADER_FONT = _font(12, bold=True)
    SMALL_FONT = _font(11)
    SMALL_BOLD = _font(11, bold=True)

    def __init__(self, layout: Layout, view: str, goal: str, goal_target: date | None) -> None:
        super().__init__()
        self._layout = layout
        self._view = view
        self._goal = goal
        self._goal_target = goal_target
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        top = -BANNER_HEIGHT - 8 if view == "stages" else 0.0
        self._bounds = QRectF(0, top, layout.width + 4, layout.height - top + 4)
        goal_columns = [c for c in layout.columns if c.is_goal]
        if goal_columns:
            left = min(c.box.x for c in goal_columns)
            right = max(c.box.right for c in goal_columns)
            # The goal reads whole: a banner wider than its column reaches left, above the
            # headers of the columns before it (elided only past the map's whole width).
            needed = QFontMetricsF(self.SMALL_BOLD).horizontalAdvance(goal) + 40
            left = max(min(left, right - needed), 0.0)
            self._banner = QRectF(left, -BANNER_HEIGHT - 4, right - left, BANNER_HEIGHT)
            self.setToolTip(goal)
        else:
            self._banner = QRectF()

    @property
    def header_height(self) -> float:
        return COLUMN_HEADER_HEIGHT if self._view == "stages" else MONTH_HEADER_HEIGHT

    @property
    def goal(self) -> str:
        return self._goal

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        layout = self._layout
        for lane in layout.lanes:
            box = lane.box
            painter.fillRect(
                QRectF(box.x, box.y, box.width, box.height),
                QColor(style.lane_tint(lane.sector)),
            )
            painter.setPen(QPen(GRID, 1.0))
            painter.drawLine(QPointF(0, box.bottom), QPointF(box.right, box.bottom))
        if self._view == "stages":
            self._paint_column_lines(painter)
        else:
            self._paint_month_lines(painter)
        self.paint_headers(painter, 0.0)
        self.paint_lane_labels(painter, 0.0)
        if self._view == "stages":
            self._paint_banner(painter)
        else:
            self._paint_today_and_goal(painter)

    # Lane labels (also pinned at the left edge when scrolled)
    def paint_lane_labels(self, painter: QPainter, x: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for lane in self._layout.lanes:
            colour = sector_colour(lane.sector)
            label = lane.label_box
            rect = QRectF(x + label.x, label.y, label.width, label.height)
            painter.fillRect(rect, tint(colour, style.LABEL_TINT))
            painter.fillRect(QRectF(rect.x(), rect.y(), 6, rect.height()), colour)
            painter.setPen(QPen(GRID, 1.0))
            painter.drawLine(
                QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom())
            )
            painter.drawLine(
                QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom())
            )
            painter.setPen(INK)
            if label.height < 40:  # an empty lane, kept thin: its name on one small line
                font = QFont(self.LABEL_FONT)
                font.setPixelSize(11)
                painter.setFont(font)
                painter.drawText(
                    rect.adjusted(12, 0, -4, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    QFontMetricsF(font).elidedText(
                        labels.sector_name(lane.sector), Qt.TextElideMode.ElideRight,
                        label.width - 16,
                    ),
                )
                continue
            font, name = self._label_text(labels.sector_name(lane.sector), label.width - 22)
            painter.setFont(font)
            painter.drawText(
                rect.adjusted(14, 8, -8, -8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                name,
            )

    @classmethod
    def _label_text(
        cls, text: str, width: float, base: QFont | None = None
    ) -> tuple[QFont, str]:
        """The lane label's font and text: a little smaller when a word is too long for the
        width, and a word still too long (Sysselsättningstjänster) broken with a hyphen."""
        font = QFont(base if base is not None else cls.LABEL_FONT)
        metrics = QFontMetricsF(font)
        longest = max(text.split(), key=len, default="")
        size = font.pixelSize()
        while size > 11 and metrics.horizontalAdvance(longest) > width:
            size -= 1
            font.setPixelSize(size)
            metrics = QFontMetricsF(font)
        words = []
        for word in text.split():
            while metrics.horizontalAdvance(word) > width and len(word) > 4:
                cut = len(word) - 1
                while cut > 2 and metrics.horizontalAdvance(word[:cut] + "-") > width:
                    cut -= 1
                # Prefer the joint of a compound, as in Sysselsättnings-tjänster.
                joint = next(
                    (
                        c
                        for c in range(cut, int(len(word) * 0.4), -1)
                        if word[c - 1] == "s" and word[c] not in "aeiouyåäö"
                    ),
                    None,
                )
                cut = joint or cut
                words.append(word[:cut] + "-")
                word = word[cut:]
            words.append(word)
        return font, " ".join(words)

    # Column or month headers (also pinned at the top edge when scrolled)
    def paint_headers(self, painter: QPainter, y: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self._view == "stages":
            self._paint_stage_headers(painter, y)
        else:
            self._paint_month_header(painter, y)

    def _paint_stage_headers(self, painter: QPainter, y: float) -> None:
        for index, column in enumerate(self._layout.columns):
            header = column.header_box
            rect = QRectF(header.x, y + header.y, header.width, header.height)
            painter.fillRect(rect, QColor("#dcefe6") if column.is_goal else QColor("#eef0f3"))
            painter.setPen(QPen(GRID, 1.0))
            painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.left(), rect.bottom()))
            painter.drawLine(
                QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom())
            )
            painter.setPen(INK)
            inner = rect.adjusted(6, 4, -20 if column.is_goal else -6, -4)
            # A narrow column (no cards): long words break at a joint, in a smaller type.
            font, name = self._label_text(
                f"{index + 1}. {labels.stage_name(column.stage)}", inner.width(),
                self.HEADER_FONT,
            )
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            # A long name on many lines (sv "1. Identifiering och bedömning av behov") takes a
            # smaller type rather than running out of the header band.
            while font.pixelSize() > 9 and QFontMetricsF(font).boundingRect(
                    inner, int(flags), name).height() > inner.height():
                font.setPixelSize(font.pixelSize() - 1)
            painter.setFont(font)
            painter.drawText(inner, flags, name)
            if column.is_goal:
                self._paint_flag(painter, QPointF(rect.right() - 16, rect.top() + 8))

    def _paint_month_header(self, painter: QPainter, y: float) -> None:
        from PySide6.QtCore import QCoreApplication, QLocale

        layout = self._layout
        locale = QLocale(
            {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}.get(current_language(), "fi_FI")
        )
        header = QRectF(LANE_LABEL_WIDTH, y, layout.width - LANE_LABEL_WIDTH, MONTH_HEADER_HEIGHT)
        painter.fillRect(header, QColor("#eef0f3"))
        painter.setPen(QPen(GRID, 1.0))
        painter.drawLine(
            QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom())
        )
        bold_metrics = QFontMetricsF(self.SMALL_BOLD)
        years: list[tuple[float, float]] = []  # where year labels are, for "Today" to avoid
        for index, tick in enumerate(layout.months):
            painter.setPen(QPen(GRID, 1.0))
            painter.drawLine(
                QPointF(tick.x, y + MONTH_HEADER_HEIGHT - 12),
                QPointF(tick.x, y + MONTH_HEADER_HEIGHT),
            )
            name = locale.standaloneMonthName(tick.month.month, QLocale.FormatType.ShortFormat)
            painter.setPen(INK)
            if tick.month.month == 1 or index == 0:
                painter.setFont(self.SMALL_BOLD)
                painter.drawText(QPointF(tick.x + 4, y + 15), str(tick.month.year))
                years.append((tick.x + 2, tick.x + 6 + bold_metrics.horizontalAdvance("2026")))
            painter.setFont(self.SMALL_FONT)
            painter.drawText(QPointF(tick.x + 4, y + MONTH_HEADER_HEIGHT - 8), name)
        undated = [c.box.x for c in layout.cards.values() if c.undated]
        if undated:
            painter.setFont(self.SMALL_BOLD)
            painter.setPen(INK)
            painter.drawText(
                QPointF(max(undated) + 4, y + MONTH_HEADER_HEIGHT - 8),
                QCoreApplication.translate("PathwayScene", "Without dates"),
            )
        if layout.today_x is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            x = layout.today_x
            label = QCoreApplication.translate("PathwayScene", "Today")
            painter.setFont(self.SMALL_BOLD)
            metrics = QFontMetricsF(self.SMALL_BOLD)
            width = metrics.horizontalAdvance(label) + 8
            left = x - width / 2
            for start, end in years:  # on the years' row, beside a year rather than over it
                if left < end and start < left + width:
                    left = end + 2
            rect = QRectF(left, y + 2, width, 15)
            painter.setBrush(TODAY)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    # The grid and the marks
    def _paint_column_lines(self, painter: QPainter) -> None:
        for column in self._layout.columns:
            box = column.box
            painter.setPen(QPen(GRID, 1.0))
            painter.drawLine(QPointF(box.x, 0), QPointF(box.x, box.bottom))
            if column.is_goal:
                # The goal column: a thick frame and a flag, readable without colour.
                painter.setPen(QPen(INK, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(box.x + 1.5, box.y + 1.5, box.width - 3, box.height - 3))

    def _paint_month_lines(self, painter: QPainter) -> None:
        layout = self._layout
        painter.setPen(QPen(GRID, 1.0))
        for tick in layout.months:
            painter.drawLine(QPointF(tick.x, MONTH_HEADER_HEIGHT), QPointF(tick.x, layout.height))

    def _paint_banner(self, painter: QPainter) -> None:
        if self._banner.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, 1.5))
        painter.setBrush(QColor("#dcefe6"))
        painter.drawRoundedRect(self._banner, 5, 5)
        self._paint_flag(painter, QPointF(self._banner.left() + 10, self._banner.top() + 7))
        painter.setFont(self.SMALL_BOLD)
        painter.setPen(INK)
        metrics = QFontMetricsF(self.SMALL_BOLD)
        text_rect = self._banner.adjusted(28, 0, -8, 0)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(self._goal, Qt.TextElideMode.ElideRight, text_rect.width()),
        )

    def _paint_today_and_goal(self, painter: QPainter) -> None:
        layout = self._layout
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._goal_target is not None and layout.origin is not None:
            x = layout.x_of(self._goal_target)
            if LANE_LABEL_WIDTH <= x <= layout.width:
                painter.setPen(QPen(INK, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, MONTH_HEADER_HEIGHT), QPointF(x, layout.height))
                self._paint_flag(painter, QPointF(x + 3, MONTH_HEADER_HEIGHT + 3))
        if layout.today_x is not None:
            painter.setPen(QPen(TODAY, 2.0))
            painter.drawLine(
                QPointF(layout.today_x, MONTH_HEADER_HEIGHT), QPointF(layout.today_x, layout.height)
            )

    @staticmethod
    def _paint_flag(painter: QPainter, at: QPointF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, 1.6))
        painter.drawLine(at, at + QPointF(0, 16))
        flag = QPolygonF([at, at + QPointF(11, 3.5), at + QPointF(0, 7)])
        painter.setBrush(INK)
        painter.drawPolygon(flag)


# --- The view ----------------------------------------------------------------------------------


class PathwayView(QGraphicsView):
    """Shows the scene: zoom (Ctrl+wheel, the editor's actions), pan (drag on empty space or
    the scroll bars) and keyboard movement between steps in reading order."""

    zoom_changed = Signal(float)
    #: Ctrl+arrow on selected cards: move them by (dx, dy) (the editor makes it an edit).
    nudge_requested = Signal(float, float)
    #: Arrow keys asked to select another step (reading order).
    step_requested = Signal(str)
    #: Enter on the selection: open it in the inspector.
    edit_requested = Signal()
    #: A card or an arrow was clicked.
    item_pressed = Signal()
    #: The viewport changed size (the window was laid out or resized).
    resized = Signal()

    def __init__(self, scene: PathwayScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._zoom = 1.0
        self._panning: QPointF | None = None
        #: The viewport's size at the last resize: whether the pathway was whole in view.
        self._viewport_size: tuple[int, int] | None = None
        #: The pathway was whole in view, then for a moment the room was too small to fit it
        #: (panels being rearranged): fit it again as soon as the room allows.
        self._fit_pending = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setBackgroundBrush(QColor("white"))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Pin the lane labels to the left edge and the headers to the top edge when the map
        is scrolled, so that every lane and column keeps its name in sight."""
        scene = self.scene()
        background = scene.background_item() if isinstance(scene, PathwayScene) else None
        if background is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        pinned_top = visible.top() > 0.5
        pinned_left = visible.left() > 0.5
        if pinned_top:
            painter.save()
            background.paint_headers(painter, visible.top())
            painter.restore()
        if pinned_left:
            painter.save()
            painter.fillRect(
                QRectF(visible.left(), visible.top(), LANE_LABEL_WIDTH, visible.height()),
                QColor("white"),
            )
            background.paint_lane_labels(painter, visible.left())
            painter.restore()
        if pinned_top and pinned_left:
            painter.fillRect(
                QRectF(visible.left(), visible.top(), LANE_LABEL_WIDTH, background.header_height),
                QColor("white"),
            )

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()  # the pinned labels move with the window, not the map
        if dx:
            self.keep_bar_names_in_sight()

    def keep_bar_names_in_sight(self) -> None:
        """Timeline: bars cut by the window's left edge (behind the pinned lane names) show
        their names from where they come into sight."""
        scene = self.scene()
        if not isinstance(scene, PathwayScene) or scene.view != "timeline":
            return  # (also while the window closes and the scene is gone)
        left = self.mapToScene(QPoint(0, 0)).x() + LANE_LABEL_WIDTH
        for card in scene.cards():
            card.set_text_offset(left - card.pos().x())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_again_if_it_fitted()
        self.keep_bar_names_in_sight()
        self.resized.emit()

    def _fits(self, zoom: float, width: int, height: int) -> bool:
        rect = self.sceneRect()
        return (rect.width() * zoom <= width - 4 + 0.5
                and rect.height() * zoom <= height - 4 + 0.5)

    def _fit_zoom(self, width: int, height: int) -> float:
        """The zoom that puts the whole pathway in a viewport of *width* × *height*, as the
        opening zoom gives it (not below FIT_ZOOM, not above 100 %)."""
        rect = self.sceneRect()
        fit = min((width - 4) / rect.width(), (height - 4) / rect.height())
        return min(max(fit, FIT_ZOOM), 1.0)

    def _fit_again_if_it_fitted(self) -> None:
        """When the viewport changes size (Client details shown or hidden, the window
        resized), a pathway that was whole in view stays whole in view: at the fitting zoom
        it follows the room (back up to 100 % when the room comes back); at a zoom of the
        user's own it is left alone while it still fits."""
        now = self.viewport().size()
        before, self._viewport_size = self._viewport_size, (now.width(), now.height())
        rect = self.sceneRect()
        if (before is None or before == self._viewport_size or rect.isEmpty()
                or min(*before, now.width(), now.height()) < 40):
            return
        if not self._fit_pending:
            if not self._fits(self._zoom, *before):
                return  # the pathway was not whole in view: the user is reading a part of it
            fitted = abs(self._zoom - self._fit_zoom(*before)) < 0.005
            if not fitted and self._fits(self._zoom, now.width(), now.height()):
                return
        zoom = self._fit_zoom(now.width(), now.height())
        if not self._fits(zoom, now.width(), now.height()):
            self._fit_pending = True  # no room for it yet
            return
        self.set_zoom(zoom)
        self.centerOn(rect.center())

    def pathway_scene(self) -> PathwayScene:
        scene = self.scene()
        assert isinstance(scene, PathwayScene)
        return scene

    # Zoom
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._fit_pending = False
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.setTransform(QTransform.fromScale(zoom, zoom))
        if zoom != self._zoom:
            self._zoom = zoom
            self.zoom_changed.emit(zoom)

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.25)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.25)

    @Slot()
    def zoom_to_fit(self) -> None:
        """Fit the whole pathway in the window (never larger than 100 %)."""
        rect = self.sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min((viewport.width() - 4) / rect.width(), (viewport.height() - 4) / rect.height())
        self.set_zoom(min(scale, 1.0))
        self.centerOn(rect.center())

    def zoom_for_reading(self) -> None:
        """The opening zoom: a pathway of up to 20 steps whole in the window (down to
        FIT_ZOOM), from the top-left; a longer one at a readable zoom with its current steps
        and the goal in view."""
        rect = self.sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scene = self.pathway_scene()
        steps = len(scene.pathway.steps) if scene.pathway is not None else 0
        fit = min((viewport.width() - 4) / rect.width(), (viewport.height() - 4) / rect.height())
        if steps <= WHOLE_IN_VIEW_STEPS:
            self.set_zoom(min(max(fit, FIT_ZOOM), 1.0))
        else:
            scale = (viewport.width() - 4) / rect.width()
            self.set_zoom(min(max(scale, READING_ZOOM), 1.0))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        if steps > WHOLE_IN_VIEW_STEPS:
            self._show_current_and_goal()

    def _show_current_and_goal(self) -> None:
        """Scroll so that the ongoing steps and the goal's column are in view (as many of
        them as fit, the goal kept at the right)."""
        scene = self.pathway_scene()
        layout = scene.layout
        if layout is None or scene.pathway is None:
            return
        wanted = QRectF()
        for step in scene.pathway.steps:
            if step.status == "ongoing" and step.id in layout.cards:
                box = layout.cards[step.id].box
                wanted = wanted.united(QRectF(box.x, box.y, box.width, box.height))
        for column in layout.columns:
            if column.is_goal:
                box = column.header_box
                wanted = wanted.united(QRectF(box.x, box.y, box.width, box.height))
        if not wanted.isEmpty():
            self.ensureVisible(wanted, 20, 20)

    def reveal(self, step_id: str) -> None:
        card = self.pathway_scene().card(step_id)
        if card is not None:
            self.ensureVisible(card.sceneBoundingRect(), 40, 40)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * (1.15**steps))
            event.accept()
            return
        super().wheelEvent(event)

    # Pan by dragging empty space
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._item_under(event):
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self.pathway_scene().clearSelection()
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.item_pressed.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(
                self.horizontalScrollBar().value() - round(delta.x())
            )
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _item_under(self, event: QMouseEvent) -> bool:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, StepCardItem | TransitionArrowItem):
                return True
        return False

    # Keyboard: move between steps in reading order; Ctrl+arrows nudge the selected cards
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        scene = self.pathway_scene()
        arrows = {
            Qt.Key.Key_Left: (-1, (-NUDGE_STEP, 0.0)),
            Qt.Key.Key_Up: (-1, (0.0, -NUDGE_STEP)),
            Qt.Key.Key_Right: (1, (NUDGE_STEP, 0.0)),
            Qt.Key.Key_Down: (1, (0.0, NUDGE_STEP)),
        }
        if key in arrows and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.nudge_requested.emit(*arrows[key][1])
            event.accept()
            return
        if key in arrows and modifiers == Qt.KeyboardModifier.NoModifier:
            self._step_by(arrows[key][0])
            event.accept()
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and not modifiers:
            order = scene.reading_order()
            if order:
                self.step_requested.emit(order[0] if key == Qt.Key.Key_Home else order[-1])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            self.edit_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and scene.connecting:
            scene.cancel_interaction()
            event.accept()
            return
        super().keyPressEvent(event)

    def _step_by(self, delta: int) -> None:
        scene = self.pathway_scene()
        selected = scene.selected_step_ids()
        current = selected[0] if selected else None
        if current is None and scene.selected_transition_keys():
            current = scene.selected_transition_keys()[0][0]
        target = scene.adjacent_step(current, delta)
        if target is not None:
            self.step_requested.emit(target)
