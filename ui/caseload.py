"""The caseload report in the window: the ESF+ figures, the stages, and the moves between them.

:class:`CaseloadDialog` shows ``pathways.report`` for a period (two optional dates, either end
open) — the ESF+ participant figures, the caseload, clients by current stage, median days in
each stage, steps that ended short of the goal — and a chart of the moves between stages
across all clients (:class:`FlowChart`: from each stage on the left to the next stage on the
right, or to "ended short of the goal"). The same report is exported as CSV (semicolons,
UTF-8 with a BOM, for Excel in Finland) or as the two-page PDF of ``pathways.report_pdf``;
files are written beside the target and renamed over it when complete.

Threads: reading every client (thousands, with their pathways) and counting them can take
seconds, so it runs on a worker (:func:`count_report` on ``ui.jobs``) while the dialog shows
"Counting…" with a busy bar and the window stays usable. The clients read are kept for the
dialog's session, so another period is counted from them (still on a worker); "Read again"
reads the database anew. Writing the PDF (matplotlib) also runs on a worker
(:func:`write_report`). Workers never touch a widget: results come back through queued signals,
and a result nobody waits for any more (the count was cancelled, another one started, the
dialog was closed or deleted) is dropped: its job was cancelled.

The chart is drawn with matplotlib's ``Figure`` on a ``FigureCanvasQTAgg`` (never ``pyplot``);
matplotlib picks PySide6, which is already imported. Everything here is imported when the
dialog is first opened, not at start-up.
"""

from __future__ import annotations

import logging
import textwrap
import threading
from datetime import date
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.path import Path as CurvePath
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pathways import labels
from pathways.i18n import _
from pathways.model import STAGES
from pathways.report import (
    ESF_GROUP_NAMES,
    ESF_GROUPS,
    ESF_INDICATORS,
    ESF_MAIN_FIGURES,
    Report,
    build_report,
    period_text,
)
from ui.jobs import Job, run_job
from ui.widgets import ERROR_COLOUR, DateField

log = logging.getLogger(__name__)

#: One colour per stage for the chart's bands (Okabe–Ito, colour-blind safe); the stage's name
#: is written at both ends of its bands, so the colours only help to follow a band.
STAGE_COLOURS = {
    "assessment": "#0072B2",
    "rehabilitation": "#CC79A7",
    "work_activity": "#E69F00",
    "intermediate": "#009E73",
    "training": "#56B4E9",
    "open_employment": "#D55E00",
}
ENDED_COLOUR = "#8c8c8c"


# --- Workers -------------------------------------------------------------------------------------


def count_report(
    repository: Any,
    clients: list[Any] | None,
    period: tuple[date | None, date | None],
    today: date,
) -> dict[str, Any]:
    """Reads every client (unless *clients* are given) and counts the report: a dict of
    ``report``, ``clients`` (to count another period from) and ``thread`` (the worker's id).

    Runs on the worker; never touch widgets here. The repository opens a session of its own
    for the read."""
    if clients is None:
        clients = repository.load_clients(None)
    catalogue = repository.catalogue()
    report = build_report(
        clients, catalogue, period_from=period[0], period_to=period[1], today=today
    )
    return {"report": report, "clients": clients, "thread": threading.get_ident()}


def write_report(report: Report, path: Path, kind: str, printed_on: date) -> None:
    """Write *report* to *path* as "csv" or "pdf", never leaving a half-written file there
    (private, through the one atomic writer)."""
    from pathways import files

    with files.atomic_write(path) as temporary:
        if kind == "csv":
            from pathways.report import write_csv

            write_csv(report, temporary)
        else:
            from pathways.report_pdf import write_report_pdf

            write_report_pdf(report, temporary, printed_on=printed_on)


# --- The chart -----------------------------------------------------------------------------------


def _band(x0: float, top0: float, bottom0: float, x1: float, top1: float, bottom1: float) -> Any:
    """A band from a slice of the left column to a slice of the right one (cubic edges)."""
    middle = (x0 + x1) / 2
    vertices = [
        (x0, top0),
        (middle, top0),
        (middle, top1),
        (x1, top1),
        (x1, bottom1),
        (middle, bottom1),
        (middle, bottom0),
        (x0, bottom0),
        (x0, top0),
    ]
    codes = [
        CurvePath.MOVETO,
        CurvePath.CURVE4,
        CurvePath.CURVE4,
        CurvePath.CURVE4,
        CurvePath.LINETO,
        CurvePath.CURVE4,
        CurvePath.CURVE4,
        CurvePath.CURVE4,
        CurvePath.CLOSEPOLY,
    ]
    return CurvePath(vertices, codes)


def flow_table(report: Report) -> list[tuple[str, str | None, int]]:
    """The moves of the report as (from stage, to stage or None for "ended short of the goal",
    count), nonzero only, in stage order."""
    rows: list[tuple[str, str | None, int]] = []
    for source in STAGES:
        for target in STAGES:
            if report.flows[source][target]:
                rows.append((source, target, report.flows[source][target]))
        if report.drop_outs_by_stage[source]:
            rows.append((source, None, report.drop_outs_by_stage[source]))
    return rows


class FlowChart(FigureCanvasQTAgg):
    """Where clients went from each stage: bands from the stage left (left column) to the stage
    entered next (right column), or to "ended short of the goal", as wide as the number of
    moves. Counts are written on the bands and beside each stage."""

    GAP = 0.025  # between the stages of a column, as a share of the height
    LABEL_ROOM = 190  # pixels beside each column for the stages' names and counts

    def __init__(self, parent: QWidget | None = None) -> None:
        self.figure = Figure(figsize=(7, 5), layout=None)
        super().__init__(self.figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 300)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach its description
        self.axes = self.figure.add_axes((0.27, 0.04, 0.46, 0.88))
        self.bands = 0  # how many bands were drawn (for tests)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The names beside the columns keep their room in pixels whatever the width.
        width = max(event.size().width(), 1)
        side = min(self.LABEL_ROOM / width, 0.38)
        self.axes.set_position((side, 0.04, 1 - 2 * side, 0.88))
        super().resizeEvent(event)

    def show_report(self, report: Report | None, words: dict[str, str]) -> None:
        """Draw *report*'s moves; *words* are the chart's labels in the window's language."""
        axes = self.axes
        axes.clear()
        axes.set_axis_off()
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1)
        self.bands = 0
        rows = flow_table(report) if report is not None else []
        total = sum(count for _s, _t, count in rows)
        if report is None:
            self.draw_idle()  # nothing counted yet: an empty chart, not "no moves"
            return
        if not total:
            axes.text(0.5, 0.5, words["empty"], ha="center", va="center", fontsize=10, wrap=True)
            self.draw_idle()
            return
        out = {s: sum(c for src, _t, c in rows if src == s) for s in STAGES}
        into: dict[str | None, int] = {t: 0 for t in [*STAGES, None]}
        for _source, target, count in rows:
            into[target] += count
        sources = [s for s in STAGES if out[s]]
        targets = [t for t in [*STAGES, None] if into[t]]
        span = 1 - self.GAP * (max(len(sources), len(targets)) - 1)
        unit = span / total

        def stack(keys: list[Any], sizes: dict[Any, int]) -> dict[Any, float]:
            tops, y = {}, 1.0
            for key in keys:
                tops[key] = y
                y -= sizes[key] * unit + self.GAP
            return tops

        left_top = stack(sources, out)
        right_top = stack(targets, into)
        x0, x1, node = 0.0, 1.0, 0.035
        # The bands: each source's slices in target order, each target's in source order.
        left_cursor = dict(left_top)
        right_cursor = dict(right_top)
        for source, target, count in rows:
            height = count * unit
            top0, top1 = left_cursor[source], right_cursor[target]
            ended = target is None
            patch = PathPatch(
                _band(x0 + node, top0, top0 - height, x1 - node, top1, top1 - height),
                facecolor=ENDED_COLOUR if ended else STAGE_COLOURS[source],
                edgecolor="#5a5a5a" if ended else "white",
                linewidth=0.5 if ended else 0.6,
                alpha=0.35 if ended else 0.45,
                hatch="///" if ended else None,
            )
            axes.add_patch(patch)
            self.bands += 1
            if height >= 0.028:
                axes.text(
                    x0 + node + 0.015,
                    top0 - height / 2,
                    str(count),
                    va="center",
                    ha="left",
                    fontsize=8,
                    color="#1b1b1b",
                )
            left_cursor[source] -= height
            right_cursor[target] -= height
        # The stages themselves: a dark bar with the name and the count beside it.
        for stage in sources:
            height = out[stage] * unit
            axes.add_patch(
                Rectangle((x0, left_top[stage] - height), node, height, color=STAGE_COLOURS[stage])
            )
            name = "\n".join(textwrap.wrap(labels.stage_name(stage), 22))
            axes.text(
                x0 - 0.02,
                left_top[stage] - height / 2,
                f"{name}  {out[stage]}",
                ha="right",
                va="center",
                fontsize=8.5,
            )
        for target in targets:
            height = into[target] * unit
            ended = target is None
            axes.add_patch(
                Rectangle(
                    (x1 - node, right_top[target] - height),
                    node,
                    height,
                    facecolor=ENDED_COLOUR if target is None else STAGE_COLOURS[target],
                    edgecolor="#3a3a3a" if ended else "none",
                    linewidth=0.6,
                    hatch="///" if ended else None,
                )
            )
            text = words["ended"] if target is None else labels.stage_name(target)
            name = "\n".join(textwrap.wrap(text, 22))
            axes.text(
                x1 + 0.02,
                right_top[target] - into[target] * unit / 2,
                f"{into[target]}  {name}",
                ha="left",
                va="center",
                fontsize=8.5,
                fontweight="bold" if target is None else "normal",
            )
        axes.text(
            x0 + node / 2,
            1.02,
            words["from"],
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
        )
        axes.text(
            x1 - node / 2,
            1.02,
            words["to"],
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
        )
        self.draw_idle()


# --- The dialog ----------------------------------------------------------------------------------


class FigureTable(QTableWidget):
    """A read-only table of figures as tall as its rows (the column around it scrolls), whose
    rows grow when a label wraps in a narrower column."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_rows)

    @Slot()
    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        height = 2 * self.frameWidth()
        if not self.horizontalHeader().isHidden():
            height += self.horizontalHeader().sizeHint().height()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        if height != self.height():
            self.setFixedHeight(height)


def _read_only_table(parent: QWidget, name: str, columns: list[str]) -> FigureTable:
    table = FigureTable(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside it
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _fill_table(
    table: QTableWidget, rows: list[list[str]], indented: frozenset[int] | set[int] = frozenset()
) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            text = ("    " + value) if column == 0 and row in indented else value
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif row not in indented and indented:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
    if isinstance(table, FigureTable):
        table.fit_rows()


class CaseloadDialog(QDialog):
    """The caseload and ESF+ report for a period, its chart and its export (not modal)."""

    #: A count came in and is shown.
    report_shown = Signal()
    #: A file was written (its path).
    exported = Signal(str)
    #: A file could not be written (the message shown).
    export_failed = Signal(str)
    #: The user asked to record a client's six-month follow-up (the client's id).
    follow_up_requested = Signal(str)

    def __init__(
        self, repository: Any, parent: QWidget | None = None, *, today: date | None = None
    ):
        super().__init__(parent)
        self._repository = repository
        self._today = today
        self._clients: list[Any] | None = None  # as read by the last worker (shared, read-only)
        self._report: Report | None = None
        self._count_job: Job | None = None
        self._export_job: Job | None = None
        self._counted_period: tuple[date | None, date | None] | None = None
        self._sized = False
        #: The thread the last count ran on (a worker's, never the GUI thread's).
        self.worker_thread: int | None = None
        self.setWindowTitle(self.tr("Caseload report"))
        self.setAccessibleName(self.tr("Caseload report"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self._fit_to_screen()

    # --- Building ---------------------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _build(self) -> None:
        # The period: two dates, either left empty for an open end.
        self.from_field = DateField(self)
        self.from_field.set_accessible_name(self.tr("Period from (empty: from the start)"))
        self.to_field = DateField(self)
        self.to_field.set_accessible_name(self.tr("Period to (empty: up to now)"))
        from_label = QLabel(self.tr("Period &from"), self)
        from_label.setBuddy(self.from_field.line_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_field.line_edit)
        for field in (self.from_field, self.to_field):
            field.line_edit.setMinimumWidth(110)
            field.editing_finished.connect(self._period_edited)
        self.today_button = QPushButton(self.tr("Up to to&day"), self)
        self.today_button.setAccessibleName(self.tr("Period up to today"))
        self.today_button.clicked.connect(self._up_to_today)
        self.all_time_button = QPushButton(self.tr("&All time"), self)
        self.all_time_button.setAccessibleName(self.tr("No period: all time"))
        self.all_time_button.clicked.connect(self._all_time)
        self.reread_button = QPushButton(self.tr("&Read again"), self)
        self.reread_button.setAccessibleName(self.tr("Read the clients from the database again"))
        self.reread_button.clicked.connect(lambda: self.recount(reread=True))
        period = QHBoxLayout()
        period.addWidget(from_label)
        period.addWidget(self.from_field)
        period.addWidget(to_label)
        period.addWidget(self.to_field)
        period.addWidget(self.today_button)
        period.addWidget(self.all_time_button)
        period.addStretch(1)
        period.addWidget(self.reread_button)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.problem.setAccessibleName(self.tr("Problem with the period"))
        self.problem.hide()

        # Progress: a busy bar while a worker counts or writes.
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("&Stop counting"), self)
        self.cancel_button.setAccessibleName(self.tr("Stop counting"))
        self.cancel_button.clicked.connect(self.cancel)
        progress = QHBoxLayout()
        progress.addWidget(self.busy_bar)
        progress.addWidget(self.status, 1)
        progress.addWidget(self.cancel_button)

        # The figures, in a column that scrolls as a whole.
        self.period_label = QLabel(self)
        self.period_label.setWordWrap(True)
        # The funder's indicator names and groups, as in the report's CSV and PDF.
        self.esf_table = _read_only_table(
            self,
            self.tr("ESF+ indicators"),
            # Narrow figure columns: a group's name wraps in the header (the numbers are short).
            [
                self.tr("Indicator"),
                *(
                    "\n".join(textwrap.wrap(_(ESF_GROUP_NAMES[group]), 10))
                    for group in ESF_GROUPS
                ),
            ],
        )
        self.caseload_table = _read_only_table(
            self, self.tr("Caseload"), [self.tr("Caseload"), self.tr("Number")]
        )
        # The heading above says what this holds: a header row would only repeat it.
        self.caseload_table.horizontalHeader().hide()
        self.stage_table = _read_only_table(
            self,
            self.tr("Figures by stage"),
            [
                self.tr("Stage"),
                self.tr("Clients\nnow"),
                self.tr("Median days\nin the stage"),
                self.tr("Ended short\nof the goal"),
                self.tr("Steps in active\npathways"),
            ],
        )
        # The six-month follow-ups due today (a to-do list, whatever the period).
        self.follow_up_table = _read_only_table(
            self,
            self.tr("Six-month follow-ups due"),
            [self.tr("Participant"), self.tr("Left on"), self.tr("Follow-up due on")],
        )
        self.follow_up_table.itemActivated.connect(lambda *_: self.record_follow_up())
        self.follow_up_table.itemSelectionChanged.connect(self._update_follow_up_button)
        self.no_follow_ups = QLabel(self.tr("No six-month follow-ups are due."), self)
        self.follow_up_button = QPushButton(self.tr("Record &follow-up…"), self)
        self.follow_up_button.setAccessibleName(
            self.tr("Record the six-month follow-up of the chosen participant")
        )
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self._follow_up_ids: list[str] = []
        self.stage_note = QLabel(
            self.tr(
                "Clients now: the current stage of each active pathway. Median days: from a "
                "step's start to its end, or to today while it runs, over active and closed "
                "pathways (n = steps). Ended short of the goal: steps that ended with nothing "
                "after them, interrupted or before the client's goal stage."
            ),
            self,
        )
        self.stage_note.setWordWrap(True)
        self.stage_note.setStyleSheet("color: #4a4a4a;")
        figures = QWidget(self)
        column = QVBoxLayout(figures)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.period_label)
        column.addWidget(self._heading(self.tr("ESF+ indicators")))
        column.addWidget(self.esf_table)
        column.addWidget(self._heading(self.tr("Six-month follow-ups due")))
        column.addWidget(self.no_follow_ups)
        column.addWidget(self.follow_up_table)
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(self.follow_up_button)
        follow_up_row.addStretch(1)
        column.addLayout(follow_up_row)
        column.addWidget(self._heading(self.tr("Caseload")))
        column.addWidget(self.caseload_table)
        column.addWidget(self._heading(self.tr("By stage")))
        column.addWidget(self.stage_table)
        column.addWidget(self.stage_note)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(figures)
        scroll.setAccessibleName(self.tr("Figures"))

        self.chart = FlowChart(self)
        self.chart.setAccessibleName(self.tr("Chart of the moves between stages"))
        chart_note = QLabel(
            self.tr(
                "Each band is clients moving on from a step of the stage at the left to a step "
                "of the stage at the right (active and closed pathways); the hatched band at "
                "the bottom is steps that ended short of the goal with nothing after them. "
                "The exact numbers are in the CSV and the PDF."
            ),
            self,
        )
        chart_note.setWordWrap(True)
        chart_note.setStyleSheet("color: #4a4a4a;")
        chart_side = QWidget(self)
        chart_column = QVBoxLayout(chart_side)
        chart_column.setContentsMargins(8, 0, 0, 0)
        chart_column.addWidget(self._heading(self.tr("Moves between stages")))
        chart_column.addWidget(self.chart, 1)
        chart_column.addWidget(chart_note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(chart_side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.csv_button.setAccessibleName(self.tr("Export the report as CSV"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Export the report as PDF"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close the caseload report"))
        close.clicked.connect(self.reject)
        close.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        for button in (
            self.today_button,
            self.all_time_button,
            self.reread_button,
            self.cancel_button,
            self.csv_button,
            self.pdf_button,
            self.follow_up_button,
        ):
            button.setAutoDefault(False)  # Enter in a date field counts, it does not click

        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.problem)
        layout.addLayout(progress)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._set_busy(None)
        self._show_report(None)
        self._show_follow_ups()

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width = min(1240, area.width() - 40) if area is not None else 1240
        height = min(720, area.height() - 40) if area is not None else 720
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the figures get what their tables need, the chart the rest
            self._sized = True
            layout = self.layout()
            assert layout is not None  # made in __init__
            margins = layout.contentsMargins()
            total = self.width() - margins.left() - margins.right() - self.splitter.handleWidth()
            figures = min(max(600, int(total * 0.52)), total - 420)
            self.splitter.setSizes([figures, total - figures])

    # --- The period -------------------------------------------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    def period(self) -> tuple[date | None, date | None] | None:
        """The period typed (either end None when empty), or None when it is no period (the
        problem is shown)."""
        for field in (self.from_field, self.to_field):
            problem = field.error()
            if problem:
                self._show_problem(problem)
                field.line_edit.setFocus()
                return None
        start, end = self.from_field.value(), self.to_field.value()
        if start is not None and end is not None and start > end:
            self._show_problem(self.tr("The period starts after it ends."))
            return None
        self._show_problem(None)
        return (start, end)

    def set_period(self, start: date | None, end: date | None) -> None:
        """Count for this period (either end None: open)."""
        self.from_field.set_value(start)
        self.to_field.set_value(end)
        self.recount()

    def _show_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))

    @Slot()
    def _period_edited(self) -> None:
        period = self.period()
        if period is not None and period != self._counted_period:
            self.recount()

    @Slot()
    def _up_to_today(self) -> None:
        self.to_field.set_value(self.today())
        self.recount()

    @Slot()
    def _all_time(self) -> None:
        self.set_period(None, None)

    # --- Counting ---------------------------------------------------------------------------------

    def recount(self, *, reread: bool = False) -> bool:
        """Count the report for the period on a worker (reading the clients first when none
        were read yet, or with *reread*). False when the period is no period."""
        period = self.period()
        if period is None:
            return False
        if self._count_job is not None:
            self._count_job.cancel()  # a newer count replaces it
        clients = None if reread else self._clients
        repository, today = self._repository, self.today()
        self._set_busy(
            self.tr("Reading the clients and counting…")
            if clients is None
            else self.tr("Counting…")
        )
        self._counted_period = period
        self._count_job = run_job(
            lambda: count_report(repository, clients, period, today),
            self._on_counted,
            self._on_count_failed,
            context=self,
        )
        return True

    @Slot()
    def cancel(self) -> None:
        """Stop waiting for the count under way (its result is dropped when it comes)."""
        self._drop_count()
        self._counted_period = None
        self._set_busy(None)
        self.status.setText(self.tr("Counting stopped."))

    @property
    def counting(self) -> bool:
        return not self.busy_bar.isHidden()

    @property
    def report(self) -> Report | None:
        return self._report

    @property
    def count_job(self) -> Job | None:
        """The count under way, if any (tests wait on its ``settled``)."""
        return self._count_job

    def _drop_count(self) -> None:
        if self._count_job is not None:
            self._count_job.cancel()
            self._count_job = None

    def _on_counted(self, result: dict[str, Any]) -> None:
        self._count_job = None
        self._clients = result["clients"]
        self.worker_thread = result["thread"]
        self._set_busy(None)
        self._show_report(result["report"])
        self._show_follow_ups()
        self.status.setText(
            self.tr("%1 clients counted.").replace("%1", str(result["report"].clients))
        )
        self.report_shown.emit()

    def _on_count_failed(self, error: BaseException) -> None:
        self._count_job = None
        self._set_busy(None)
        self._counted_period = None
        self.status.setText(self._error_text(error))
        log.warning("the caseload report could not be counted", exc_info=error)

    def _error_text(self, error: BaseException) -> str:
        from pathways.errors import PolkuError

        if isinstance(error, PolkuError):
            return " ".join(error.lines)
        return self.tr("The report could not be counted (%1).").replace("%1", type(error).__name__)

    def _set_busy(self, text: str | None) -> None:
        self.busy_bar.setVisible(text is not None)
        self.cancel_button.setVisible(text is not None)
        if text is not None:
            self.status.setText(text)
        has = self._report is not None
        self.csv_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    # --- Showing ----------------------------------------------------------------------------------

    def _show_report(self, report: Report | None) -> None:
        self._report = report
        self.csv_button.setEnabled(report is not None)
        self.pdf_button.setEnabled(report is not None)
        if report is None:
            self.period_label.setText("")
            _fill_table(self.esf_table, [])
            _fill_table(self.caseload_table, [])
            _fill_table(self.stage_table, [])
        else:
            self.period_label.setText(
                self.tr("Period: %1 · figures as of %2")
                .replace("%1", period_text(report))
                .replace("%2", _format_day(report.today))
            )
            # A section's row has its name alone; the main figures and sections are in bold.
            esf = [row + [""] * (len(ESF_GROUPS) + 1 - len(row))
                   for row in report.indicator_rows()[1:]]
            main = {_(ESF_INDICATORS[key]) for key in ESF_MAIN_FIGURES}
            _fill_table(
                self.esf_table,
                esf,
                {i for i, row in enumerate(esf) if row[1] and row[0] not in main},
            )
            _fill_table(
                self.caseload_table,
                # The report's own labels (pathways.report), as in its CSV and PDF.
                [
                    [_("Clients in the database"), str(report.clients)],
                    [_("Active pathways"), str(report.active_pathways)],
                    [_("Active pathways with no current stage"), str(report.active_without_stage)],
                ],
            )
            rows = []
            for stage in STAGES:
                duration = report.days_in_stage[stage]
                # Whole days, as on the PDF: half a day (an even count's median) tells nothing.
                median = (
                    f"{int(duration.median_days + 0.5)} (n = {duration.steps})"
                    if duration.median_days is not None
                    else "–"
                )
                rows.append(
                    [
                        labels.stage_name(stage),
                        str(report.clients_by_current_stage[stage]),
                        median,
                        str(report.drop_outs_by_stage[stage]),
                        str(report.steps_by_stage[stage]),
                    ]
                )
            _fill_table(self.stage_table, rows)
        self.chart.show_report(report, self._chart_words())
        self.chart.setAccessibleDescription(self._chart_description(report))

    def _show_follow_ups(self) -> None:
        """The participants whose six-month follow-up is due today or earlier and not recorded
        (the ``follow_up`` finding), the longest due first."""
        today = self.today()
        due = sorted(
            (
                (client.participation.six_month_day, client.name, client.id,
                 client.participation.left_on)
                for client in self._clients or ()
                if client.participation is not None and client.participation.follow_up_due(today)
            ),
            key=lambda row: (row[0], row[1], row[2]),
        )
        self._follow_up_ids = [client_id for _due, _name, client_id, _left in due]
        _fill_table(
            self.follow_up_table,
            [[name, _format_day(left), _format_day(day)] for day, name, _id, left in due],
        )
        self.follow_up_table.setVisible(bool(due))
        self.no_follow_ups.setVisible(not due)
        if due:
            self.follow_up_table.selectRow(0)
        self._update_follow_up_button()

    def _update_follow_up_button(self) -> None:
        self.follow_up_button.setEnabled(self.follow_up_table.currentRow() >= 0
                                         and bool(self._follow_up_ids))

    def follow_ups_due(self) -> list[str]:
        """The ids of the participants in the list of follow-ups due, in its order."""
        return list(self._follow_up_ids)

    @Slot()
    def record_follow_up(self) -> None:
        """Ask the window to open the chosen participant's follow-up form."""
        row = self.follow_up_table.currentRow()
        if 0 <= row < len(self._follow_up_ids):
            self.follow_up_requested.emit(self._follow_up_ids[row])

    def _chart_words(self) -> dict[str, str]:
        return {
            "from": self.tr("From"),
            "to": self.tr("To"),
            "ended": _("Ended short of the goal"),  # as in the report's PDF
            "empty": self.tr("No moves between stages are recorded."),
        }

    def _chart_description(self, report: Report | None) -> str:
        """The chart in words, for screen readers: every move with its count."""
        if report is None:
            return ""
        parts = []
        for source, target, count in flow_table(report):
            into = (
                labels.stage_name(target)
                if target is not None
                else self.tr("ended short of the goal")
            )
            parts.append(f"{labels.stage_name(source)} \u2192 {into}: {count}")
        return "; ".join(parts) or self.tr("No moves between stages are recorded.")

    def figure_rows(self) -> dict[str, list[list[str]]]:
        """What the tables show, row by row (for tests and the record)."""

        def rows(table: QTableWidget) -> list[list[str]]:
            def text(r: int, c: int) -> str:
                item = table.item(r, c)
                return item.text().strip() if item is not None else ""

            columns = range(table.columnCount())
            return [[text(r, c) for c in columns] for r in range(table.rowCount())]

        return {
            "esf": rows(self.esf_table),
            "caseload": rows(self.caseload_table),
            "stages": rows(self.stage_table),
        }

    # --- Export -----------------------------------------------------------------------------------

    def export(self, kind: str) -> bool:
        """Ask where to save the report as *kind* ("csv" or "pdf") and write it on a worker."""
        report = self._report
        if report is None:
            return False
        title, filters = (
            (self.tr("Export the report as CSV"), self.tr("CSV for spreadsheets (*.csv)"))
            if kind == "csv"
            else (self.tr("Export the report as PDF"), self.tr("PDF (*.pdf)"))
        )
        suggested = Path.home() / f"{self.tr('caseload')}-{report.today.isoformat()}.{kind}"
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), filters)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        if self._export_job is not None:
            self._export_job.cancel()
        today = self.today()
        self._set_busy(self.tr("Saving %1…").replace("%1", path.name))
        self.cancel_button.hide()  # a file being written is finished, not left half-done

        def write() -> str:  # runs on the worker; never touch widgets here
            write_report(report, path, kind, today)
            return str(path)

        self._export_job = run_job(write, self._on_exported, self._on_export_failed, context=self)
        return True

    def _on_exported(self, path: str) -> None:
        self._export_job = None
        self._set_busy(None)
        self.status.setText(self.tr("Saved %1.").replace("%1", path))
        self.exported.emit(path)

    def _on_export_failed(self, error: BaseException) -> None:
        self._export_job = None
        self._set_busy(None)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        message = self.tr("The report could not be saved: %1").replace("%1", reason)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Export"), message)
        self.export_failed.emit(message)

    # --- Closing ----------------------------------------------------------------------------------

    def _forget_work(self) -> None:
        # Late results are dropped; a file being written is still finished by its worker.
        self._drop_count()
        if self._export_job is not None:
            self._export_job.cancel()
            self._export_job = None
        self._set_busy(None)

    def reject(self) -> None:
        self._forget_work()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget_work()
        super().closeEvent(event)


def _format_day(day: date) -> str:
    from pathways.i18n import format_date

    return format_date(day)
