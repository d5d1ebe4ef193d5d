"""The caseload / ESF+ report as a three-page A4 PDF (matplotlib ``Figure``, never ``pyplot``).

Page 1 holds the ESF+ common indicators as one table with a column per group (total, women, men,
non-binary, not given); page 2 the caseload by stage; page 3 the moves between stages and where
paths stopped short of the goal. Everything is drawn in black and grey so that
an office printer in black and white loses nothing. The report has counts only, no personal
data, so it carries no confidentiality footer; it does show its period and the print date.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from pathways.diagram_text import use_file_settings
from pathways.i18n import N_, _, format_date
from pathways.labels import stage_name
from pathways.model import STAGE_ORDER, STAGES
from pathways.report import (
    ESF_GROUP_NAMES,
    ESF_GROUPS,
    ESF_INDICATORS,
    ESF_MAIN_FIGURES,
    ESF_SECTIONS,
    Report,
    StageDuration,
    period_text,
)

A4_INCHES = (8.27, 11.69)
_MARGIN = 0.08  # of the page width / height
_INK = "#000000"
_GREY = "#6b6b6b"
_BAR = "#8c8c8c"
_RULE = "#bdbdbd"

_STAGE_NOTE = N_(
    "Clients by current stage: the current stage of each active pathway. Median days in the "
    "stage: days from a step’s start to its end, or to the report date while it runs, over the "
    "steps of active and closed pathways; n is the number of steps."
)
_ESF_NOTE = N_(
    "Entry figures count the participants who entered in the period, leaving figures those who "
    "left in it, six-month figures those whose follow-up was recorded in it. Age is the age on "
    "the day of entry. Each participant is in the total and in one gender group."
)
_FLOWS_NOTE = N_(
    "How often clients moved on from a step of one stage (row) to a step of another (column), "
    "counted over active and closed pathways. The last column counts the steps that ended with "
    "nothing after them, interrupted or short of the client’s goal."
)


def _page(title: str, report: Report, printed_on: date, number: int, pages: int) -> Figure:
    """A blank A4 page with the report's title, period and print date at the top."""
    figure = Figure(figsize=A4_INCHES)
    figure.text(_MARGIN, 0.955, title, fontsize=16, fontweight="bold", color=_INK, va="top")
    dates = _("Period: {period}").format(period=period_text(report))
    if printed_on != report.today:
        dates += "   ·   " + _("Figures as of {date}").format(date=format_date(report.today))
    dates += "   ·   " + _("Printed {date}").format(date=format_date(printed_on))
    figure.text(_MARGIN, 0.925, dates, fontsize=9.5, color=_GREY, va="top")
    figure.text(
        1 - _MARGIN,
        0.03,
        _("Page {page} of {pages}").format(page=number, pages=pages),
        fontsize=8,
        color=_GREY,
        ha="right",
    )
    figure.text(_MARGIN, 0.03, "Polku", fontsize=8, color=_GREY)
    return figure


def _heading(figure: Figure, y: float, text: str) -> None:
    figure.text(_MARGIN, y, text, fontsize=12, fontweight="bold", color=_INK, va="top")


def _figure_table(figure: Figure, top: float, rows: list[tuple[str, str, bool]]) -> float:
    """Label–number rows with light rules; a row flagged True is a sub-figure (indented).

    Returns the height used, as a fraction of the page.
    """
    step = 0.024
    left, right = _MARGIN, 0.92
    y = top
    for label, value, indented in rows:
        figure.text(
            left + (0.03 if indented else 0), y, label, fontsize=10, va="center", color=_INK
        )
        figure.text(
            right,
            y,
            value,
            fontsize=10,
            va="center",
            ha="right",
            fontweight="normal" if indented else "bold",
            color=_INK,
        )
        figure.add_artist(
            Line2D(
                [left, right],
                [y - step / 2] * 2,
                transform=figure.transFigure,
                color=_RULE,
                linewidth=0.5,
            )
        )
        y -= step
    return top - y


def _wrapped(text: str, width: int) -> str:
    """*text* on lines of at most *width* characters, never breaking a word."""
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


def _wrapped_stage(stage: str, width: int) -> str:
    return _wrapped(stage_name(stage), width)


def _bar_chart(
    axes: Axes, values: list[float | None], texts: list[str], title: str, *, labels: bool
) -> None:
    """A horizontal bar per stage (first stage on top), each with its figure written beside it."""
    positions = list(range(len(STAGES)))
    heights = [value or 0 for value in values]
    axes.barh(positions, heights, color=_BAR, edgecolor=_INK, linewidth=0.6, height=0.62)
    names = [_wrapped_stage(stage, 26) for stage in STAGES] if labels else []
    axes.set_yticks(positions, names, fontsize=8.5)
    axes.set_ylim(len(STAGES) - 0.5, -0.5)  # the first stage on top
    axes.set_title(_wrapped(title, 30), fontsize=9.5, fontweight="bold", loc="left", pad=8)
    top = max(heights, default=0) or 1
    axes.set_xlim(0, top * 1.6)  # room for the figure written after the longest bar
    for position, height, text in zip(positions, heights, texts, strict=True):
        axes.text(height + top * 0.04, position, text, va="center", fontsize=8.5, color=_INK)
    axes.xaxis.set_visible(False)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="y", length=0)


#: Right edges of the figure columns (total, women, men, non-binary, not given).
_GROUP_COLUMNS = (0.58, 0.665, 0.75, 0.835, 0.92)
_LINE = 0.0145  # one line of 8.5-point text, as a fraction of the page height


def _esf_page(report: Report, printed_on: date, pages: int) -> Figure:
    """The ESF+ indicators: a row per indicator under its section, a column per group.

    Labels wrap within their column; when a language's labels need more lines than the page
    holds, the table's type and spacing shrink together (never below 7 points) so the whole
    table and its note stay on the page.
    """
    figure = _page(_("Caseload and ESF+ participant report"), report, printed_on, 1, pages)
    _heading(figure, 0.885, _("ESF+ indicators (Regulation (EU) 2021/1057, Annex I)"))
    headers = [_wrapped(_(ESF_GROUP_NAMES[group]), 10) for group in ESF_GROUPS]
    header_lines = max(header.count("\n") + 1 for header in headers)
    labels = {key: _wrapped(_(label), 60) for key, label in ESF_INDICATORS.items()}
    label_lines = sum(text.count("\n") + 1 for text in labels.values())
    # Page height used at full size: header, rows (lines + padding), section headings.
    top, bottom = 0.845, 0.115  # below the table: its note (3 lines) and the footer
    needed = ((header_lines + label_lines + len(ESF_SECTIONS)) * _LINE + 0.008
              + len(labels) * 0.006 + len(ESF_SECTIONS) * 0.016)
    scale = max(7 / 8.5, min(1.0, (top - bottom) / needed))
    line, pad, size = _LINE * scale, 0.006 * scale, 8.5 * scale
    y = top
    for right, header in zip(_GROUP_COLUMNS, headers, strict=True):
        figure.text(right, y, header, fontsize=8 * scale, fontweight="bold", ha="right",
                    va="top", color=_INK, linespacing=1.2)
    y -= header_lines * line + 0.008
    _rule(figure, y, _INK, 0.8)
    for key, text in labels.items():
        section = ESF_SECTIONS.get(key)
        if section is not None:
            y -= 0.01 * scale
            figure.text(_MARGIN, y - 0.003, _(section), fontsize=9.5 * scale,
                        fontweight="bold", va="top", color=_INK)
            y -= line + pad
            _rule(figure, y, _RULE, 0.5)
        main = key in ESF_MAIN_FIGURES
        indent = 0.0 if main else 0.015
        height = (text.count("\n") + 1) * line + pad
        row_top = y - 0.003 * scale
        figure.text(_MARGIN + indent, row_top, text, fontsize=size, va="top", color=_INK,
                    fontweight="bold" if main else "normal", linespacing=1.2)
        for right, group in zip(_GROUP_COLUMNS, ESF_GROUPS, strict=True):
            figure.text(right, row_top, str(report.indicators[group][key]), fontsize=size,
                        va="top", ha="right", color=_INK,
                        fontweight="bold" if group == "total" else "normal")
        y -= height
        _rule(figure, y, _RULE, 0.5)
    figure.text(
        _MARGIN,
        y - 0.012,
        "\n".join(textwrap.wrap(_(_ESF_NOTE), 118)),
        fontsize=7.5,
        color=_GREY,
        va="top",
        linespacing=1.4,
    )
    return figure


def _rule(figure: Figure, y: float, colour: str, width: float) -> None:
    figure.add_artist(
        Line2D([_MARGIN, 0.92], [y, y], transform=figure.transFigure, color=colour,
               linewidth=width)
    )


def _first_page(report: Report, printed_on: date, pages: int) -> Figure:
    figure = _page(_("Caseload"), report, printed_on, 2, pages)
    y = 0.885
    totals = [
        (_("Clients in the database"), str(report.clients), False),
        (_("Active pathways"), str(report.active_pathways), False),
        (_("of which with no current stage"), str(report.active_without_stage), True),
    ]
    y = y - 0.035 - _figure_table(figure, y - 0.035, totals) - 0.035
    _heading(figure, y, _("By stage"))
    # Two charts side by side over the same stages; the stage names are written once.
    chart_top, chart_height = y - 0.06, 0.24
    clients = figure.add_axes((0.36, chart_top - chart_height, 0.25, chart_height))
    _bar_chart(
        clients,
        [float(report.clients_by_current_stage[s]) for s in STAGES],
        [str(report.clients_by_current_stage[s]) for s in STAGES],
        _("Clients by current stage"),
        labels=True,
    )
    durations = figure.add_axes((0.66, chart_top - chart_height, 0.26, chart_height))
    _bar_chart(
        durations,
        [report.days_in_stage[s].median_days for s in STAGES],
        [_median_text(report.days_in_stage[s]) for s in STAGES],
        _("Median days in the stage"),
        labels=False,
    )
    figure.text(
        _MARGIN,
        chart_top - chart_height - 0.025,
        "\n".join(textwrap.wrap(_(_STAGE_NOTE), 110)),
        fontsize=8,
        color=_GREY,
        va="top",
        linespacing=1.5,
    )
    return figure


def _median_text(duration: StageDuration) -> str:
    if duration.median_days is None:
        return "–"
    # Whole days on paper: half a day (the median of an even count) means nothing to a reader.
    return f"{int(duration.median_days + 0.5)} (n = {duration.steps})"  # half up, not to even


def _second_page(report: Report, printed_on: date, pages: int) -> Figure:
    figure = _page(_("Moves between stages"), report, printed_on, pages, pages)
    figure.text(
        _MARGIN,
        0.885,
        "\n".join(textwrap.wrap(_(_FLOWS_NOTE), 100)),
        fontsize=9,
        color=_INK,
        va="top",
    )
    columns = [*STAGES, None]  # None: ended short of the goal
    matrix = [
        [
            report.flows[source][target]
            if target is not None
            else report.drop_outs_by_stage[source]
            for target in columns
        ]
        for source in STAGES
    ]
    axes = figure.add_axes((0.36, 0.33, 0.56, 0.42))
    largest = max((value for row in matrix for value in row), default=0) or 1
    axes.imshow(matrix, cmap="Greys", vmin=0, vmax=largest * 1.15, aspect="auto")
    for row, values in enumerate(matrix):
        for column, value in enumerate(values):
            dark = value / (largest * 1.15) > 0.55
            axes.text(
                column,
                row,
                str(value) if value else "·",
                ha="center",
                va="center",
                fontsize=10 if value else 9,
                fontweight="bold" if value else "normal",
                color="white" if dark else (_INK if value else _GREY),
            )
    # Stage names are too long for narrow columns: the columns carry the stages' numbers, which
    # the rows spell out (the same stages in the same order).
    column_labels = [str(STAGE_ORDER[s]) for s in STAGES]
    column_labels.append(_wrapped(_("Ended short of the goal"), 12))
    axes.set_xticks(range(len(columns)), column_labels, fontsize=9)
    for label in axes.get_xticklabels()[:-1]:
        label.set_fontweight("bold")
    axes.xaxis.tick_top()
    row_labels = [f"{STAGE_ORDER[s]}  {_wrapped_stage(s, 26)}" for s in STAGES]
    axes.set_yticks(range(len(STAGES)), row_labels, fontsize=8.5)
    axes.set_ylabel(_("From"), fontsize=9.5, fontweight="bold")
    axes.xaxis.set_label_position("top")
    axes.set_xlabel(_("To"), fontsize=9.5, fontweight="bold", labelpad=8)
    axes.tick_params(length=0)
    # A white grid between cells and a rule before the last column, which is not a stage.
    axes.set_xticks([x - 0.5 for x in range(1, len(columns))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(STAGES))], minor=True)
    axes.grid(which="minor", color="white", linewidth=1.5)
    axes.tick_params(which="minor", length=0)
    axes.axvline(len(STAGES) - 0.5, color=_INK, linewidth=1.2)
    for spine in axes.spines.values():
        spine.set_color(_RULE)
    total_moves = sum(sum(row.values()) for row in report.flows.values())
    total_stops = sum(report.drop_outs_by_stage.values())
    figure.text(
        _MARGIN,
        0.28,
        _("Moves counted: {moves}   ·   Ended short of the goal: {stops}").format(
            moves=total_moves, stops=total_stops
        ),
        fontsize=9.5,
        color=_INK,
        va="top",
    )
    return figure


def write_report_pdf(report: Report, path: Path, *, printed_on: date | None = None) -> None:
    """Write *report* as a three-page A4 PDF, labelled in the current language."""
    printed = printed_on or report.today
    pages = [
        _esf_page(report, printed, 3),
        _first_page(report, printed, 3),
        _second_page(report, printed, 3),
    ]
    metadata = {"Title": _("Caseload and ESF+ participant report"), "Creator": "Polku"}
    # TrueType fonts (not Type 3) keep the text searchable and copyable in a PDF reader.
    use_file_settings()
    with PdfPages(path, metadata=metadata) as pdf:
        for page in pages:
            pdf.savefig(page)
