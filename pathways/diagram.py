"""The printable pathway diagram: the shared layout drawn on paper with matplotlib's Figure API.

No Qt and never ``pyplot``: each page is a :class:`matplotlib.figure.Figure` the size of the
paper, whose one Axes is measured in points from the top-left corner, so a font size given here
is the size on paper. The stage view draws :func:`pathways.layout.stage_layout` (sector lanes ×
stage columns) and the timeline :func:`pathways.layout.timeline_layout` (lanes over months): the
same lanes, columns, stacking and dates as the window's canvas, scaled to the page.

Nothing is told by colour alone, because pages are often printed in black and white: a step's
status is its outline (planned dashed, ongoing bold, completed solid, interrupted broken,
cancelled dotted, struck through and faded) and a symbol; sectors are named in their lane and
coloured with light tints of the colour-blind-safe Okabe–Ito palette; the goal is named in
words. Page composition (header, legend, team, footer) lives in :mod:`pathways.printing`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pathways.catalogue import sector_name, stage_name
from pathways.diagram_i18n import month_abbreviation, tr
from pathways.diagram_route import Connection, Grid, route_connections
from pathways.diagram_text import (
    ELLIPSIS,
    cap_height,
    ellipsise,
    font_properties,
    line_height,
    text_width,
    use_file_settings,
    wrap,
)
from pathways.i18n import N_, format_date
from pathways.labels import STEP_STATUS_NAMES, TRANSITION_KIND_NAMES
from pathways.layout import (
    DAY_WIDTH,
    LANE_LABEL_WIDTH,
    Box,
    Layout,
)
from pathways.model import STEP_STATUSES
from pathways.style import (
    CANCELLED_TINT,
    CARD_TINT,
    GOAL_INK,
    GONE,
    INK,
    INK_SOFT,
    LABEL_TINT,
    RULE,
    TODAY_DASH,
    TODAY_INK,
    TRANSITION_DASH,
    StatusStyle,
    lane_tint,
    referral_letter,
    sector_colour,
    status_style,
    tint,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.text import Text

# --- Colour and line: pathways.style, shared with the window's canvas ------------------------


def sector_tint(sector: str, index: int = 0) -> str:
    """A lane's background (pathways.style.lane_tint; *index* is kept for callers)."""
    del index
    return lane_tint(sector)


def line_style(style: StatusStyle) -> Any:
    """The status outline as matplotlib's line style (dash lengths in points)."""
    return "solid" if style.dash is None else (0, style.dash)


# --- Type ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TypeScale:
    """The sizes of a printout's type in points. Nothing is drawn below ``minimum``."""

    minimum: float
    body: float
    small: float
    card_title: float
    label: float
    legend: float
    heading: float
    subheading: float
    footer: float
    #: The range card text may take as the page's scale allows (body size).
    card_body_range: tuple[float, float] = (7.0, 9.0)
    #: How much larger than on A4 the diagram may be drawn (A3 has room to spare).
    growth: float = 1.0


#: For professionals: compact, never below 7 pt, ideally 8 pt and up on cards.
PROFESSIONAL = TypeScale(minimum=7.0, body=8.5, small=7.5, card_title=8.5, label=8.5,
                         legend=7.5, heading=15.0, subheading=10.5, footer=7.5)


def for_paper(type_scale: TypeScale, paper: str) -> TypeScale:
    """The type scale on *paper*: A3 (√2 larger than A4) sets headings and labels larger and
    lets the cards grow; the minimum stays, so a long pathway still gains room, not pages."""
    if paper != "A3":
        return type_scale
    grow = 1.25

    def larger(size: float) -> float:
        return round(size * grow * 2) / 2

    low, high = type_scale.card_body_range
    return TypeScale(
        minimum=type_scale.minimum, body=larger(type_scale.body),
        small=larger(type_scale.small), card_title=larger(type_scale.card_title),
        label=larger(type_scale.label), legend=larger(type_scale.legend),
        heading=larger(type_scale.heading), subheading=larger(type_scale.subheading),
        footer=larger(type_scale.footer), card_body_range=(low, larger(high)), growth=grow,
    )


# --- The page surface ------------------------------------------------------------------------


class Sheet:
    """One page: a Figure the size of the paper whose single Axes counts points, y down.

    Records the smallest font size it drew, so the printout can prove nothing is under 7 pt.
    Every setting of the drawing is given to its artist — the font file of each text, dash
    lengths in points, lines never simplified — never through matplotlib's process-wide
    ``rcParams``, which the window's own chart may be drawing with at the same time.
    """

    def __init__(self, width: float, height: float) -> None:
        from matplotlib.figure import Figure

        use_file_settings()
        self.width = width
        self.height = height
        self.figure: Figure = Figure(figsize=(width / 72.0, height / 72.0), dpi=72)
        self.figure.patch.set_facecolor("white")
        axes = self.figure.add_axes((0.0, 0.0, 1.0, 1.0))
        axes.set_xlim(0.0, width)
        axes.set_ylim(height, 0.0)
        axes.set_axis_off()
        self.axes = axes
        self.smallest_text = math.inf

    def _add(self, artist: Any) -> None:
        # add_artist, not add_patch: the axes' limits are fixed to the page, and add_patch
        # would recompute the data limits for every shape (a tenth of the drawing time).
        artist.set_transform(self.axes.transData)
        self.axes.add_artist(artist)

    # Text
    def text(
        self,
        x: float,
        y: float,
        content: str,
        *,
        size: float,
        bold: bool = False,
        colour: str = INK,
        ha: str = "left",
        va: str = "baseline",
        zorder: float = 6,
        rotation: float = 0.0,
    ) -> Text:
        self.smallest_text = min(self.smallest_text, size)
        return self.axes.text(
            x, y, content, fontproperties=font_properties(size, bold), color=colour, ha=ha,
            va=va, zorder=zorder, rotation=rotation, clip_on=False, parse_math=False,
        )

    def lines(
        self,
        x: float,
        top: float,
        lines: Sequence[str],
        *,
        size: float,
        bold: bool = False,
        colour: str = INK,
        ha: str = "left",
        leading: float | None = None,
        zorder: float = 6,
    ) -> float:
        """Draw *lines* from *top* down; returns the y below the last line."""
        step = leading if leading is not None else line_height(size)
        y = top
        for line in lines:
            baseline = y + step / 2 + cap_height(size) / 2
            if line:
                self.text(x, baseline, line, size=size, bold=bold, colour=colour, ha=ha,
                          zorder=zorder)
            y += step
        return y

    # Shapes
    def rect(
        self,
        box: Box,
        *,
        fill: str | None = None,
        edge: str | None = None,
        linewidth: float = 0.0,
        linestyle: Any = "solid",
        radius: float = 0.0,
        zorder: float = 1,
        alpha: float = 1.0,
    ) -> None:
        from matplotlib.patches import FancyBboxPatch

        style = f"round,pad=0,rounding_size={radius}" if radius > 0 else "square,pad=0"
        patch = FancyBboxPatch(
            (box.x, box.y), box.width, box.height, boxstyle=style,
            facecolor=fill if fill is not None else "none",
            edgecolor=edge if edge is not None and linewidth > 0 else "none",
            linewidth=linewidth, linestyle=_in_points(linestyle, linewidth), zorder=zorder,
            alpha=alpha, joinstyle="round", capstyle="butt",
        )
        self._add(patch)

    def polygon(
        self,
        points: Sequence[tuple[float, float]],
        *,
        fill: str | None = None,
        edge: str | None = None,
        linewidth: float = 0.0,
        zorder: float = 1,
    ) -> None:
        from matplotlib.patches import Polygon

        self._add(Polygon(
            list(points), closed=True, facecolor=fill or "none",
            edgecolor=edge if edge is not None and linewidth > 0 else "none",
            linewidth=linewidth, zorder=zorder, joinstyle="round",
        ))

    def polyline(
        self,
        points: Sequence[tuple[float, float]],
        *,
        colour: str = INK,
        linewidth: float = 1.0,
        linestyle: Any = "solid",
        zorder: float = 2,
        rounding: float = 0.0,
        capstyle: str = "butt",
    ) -> None:
        """An open line through *points*, corners rounded with radius *rounding*."""
        from matplotlib.patches import PathPatch
        from matplotlib.path import Path

        vertices, codes = _rounded_path(points, rounding)
        path = Path(vertices, codes)
        path.should_simplify = False  # every bend drawn where it was routed
        self._add(PathPatch(
            path, facecolor="none", edgecolor=colour, linewidth=linewidth,
            linestyle=_in_points(linestyle, linewidth), zorder=zorder, capstyle=capstyle,
            joinstyle="round",
        ))

    def arrow(
        self,
        points: Sequence[tuple[float, float]],
        *,
        colour: str = INK,
        linewidth: float = 1.2,
        linestyle: Any = "solid",
        head: float = 6.0,
        open_head: bool = False,
        zorder: float = 3,
        rounding: float = 4.0,
    ) -> None:
        """A polyline ending in an arrowhead: filled (moves on) or open (supports)."""
        if len(points) < 2:
            return
        (x1, y1), (x2, y2) = points[-2], points[-1]
        length = math.hypot(x2 - x1, y2 - y1)
        if length == 0:
            return
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        head = min(head, max(length * 0.9, 2.5))
        back = (x2 - ux * head, y2 - uy * head)
        half = head * 0.45
        left = (back[0] - uy * half, back[1] + ux * half)
        right = (back[0] + uy * half, back[1] - ux * half)
        # The shaft stops inside the head so a dashed line never shows past its point.
        shaft = [*points[:-1], (x2 - ux * head * (0.3 if open_head else 0.7),
                                y2 - uy * head * (0.3 if open_head else 0.7))]
        self.polyline(shaft, colour=colour, linewidth=linewidth, linestyle=linestyle,
                      zorder=zorder, rounding=rounding)
        if open_head:
            self.polyline([left, (x2, y2), right], colour=colour, linewidth=linewidth,
                          zorder=zorder, capstyle="round")
        else:
            self.polygon([left, (x2, y2), right], fill=colour, edge=colour, linewidth=0.5,
                         zorder=zorder)


def _in_points(linestyle: Any, linewidth: float) -> Any:
    """*linestyle* so that its dashes are as long in points as it says at any line width.

    matplotlib multiplies a dash pattern by the line width when ``lines.scale_dashes`` is on
    (its default), reading the setting as the artist is made: the pattern is divided by the
    width then. (A process-wide ``lines.scale_dashes = False`` would also reach the window.)"""
    import matplotlib

    if not isinstance(linestyle, tuple) or linewidth <= 0:
        return linestyle
    if not matplotlib.rcParams["lines.scale_dashes"]:
        return linestyle
    offset, dashes = linestyle
    return (offset / linewidth, tuple(length / linewidth for length in dashes))


def _rounded_path(
    points: Sequence[tuple[float, float]], radius: float
) -> tuple[list[tuple[float, float]], list[Any]]:
    from matplotlib.path import Path

    vertices = [points[0]]
    codes = [Path.MOVETO]
    for index in range(1, len(points) - 1):
        previous, corner, following = points[index - 1], points[index], points[index + 1]
        incoming = math.hypot(corner[0] - previous[0], corner[1] - previous[1])
        outgoing = math.hypot(following[0] - corner[0], following[1] - corner[1])
        r = min(radius, incoming / 2, outgoing / 2)
        if r <= 0.1:
            vertices.append(corner)
            codes.append(Path.LINETO)
            continue
        before = (corner[0] - (corner[0] - previous[0]) / incoming * r,
                  corner[1] - (corner[1] - previous[1]) / incoming * r)
        after = (corner[0] + (following[0] - corner[0]) / outgoing * r,
                 corner[1] + (following[1] - corner[1]) / outgoing * r)
        vertices += [before, corner, after]
        codes += [Path.LINETO, Path.CURVE3, Path.CURVE3]
    vertices.append(points[-1])
    codes.append(Path.LINETO)
    return vertices, codes


# --- What a card says ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepCard:
    """The words of one step on paper, already in the print's language and already redacted.

    *lines* follow the title in order of importance; a small card keeps the first ones.
    """

    step_id: str
    status: str
    title: str
    dates: str
    lines: tuple[str, ...] = ()
    in_goal_stage: bool = False


@dataclass(slots=True)
class DiagramWords:
    """The fixed words of a diagram page in one language."""

    lang: str
    goal_text: str = ""

    def t(self, message: str, **values: object) -> str:
        text = tr(message, self.lang)
        return text.format(**values) if values else text

    def sector(self, code: str) -> str:
        return sector_name(code, self.lang)

    def stage(self, code: str) -> str:
        return stage_name(code, self.lang)

    def status(self, code: str) -> str:
        if code == GONE:
            return self.t("Gone")
        source = STEP_STATUS_NAMES.get(code)
        return tr(source, self.lang) if source else code

    def transition(self, kind: str) -> str:
        source = TRANSITION_KIND_NAMES.get(kind)
        return tr(source, self.lang) if source else kind

    def date(self, day: date | None) -> str:
        return format_date(day, self.lang)

    def page_ref(self, page: int) -> str:
        return self.t("p. {page}", page=page)


# --- Cards -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardType:
    """The sizes of card text on one page (the same for every card on it)."""

    title: float
    body: float
    title_lines: int
    padding: float


def card_type_for(width: float, height: float, type_scale: TypeScale) -> CardType:
    """Card text sizes for cards of *width* × *height* points: as large as the card allows."""
    low, high = type_scale.card_body_range
    # About 24 characters a line reads comfortably; smaller cards get smaller type, never
    # below the minimum.
    body = max(low, min(high, round(width / 13.0 * 2) / 2))
    return CardType(title=min(body + 0.5, high + 0.5), body=body, title_lines=2,
                    padding=max(3.5, min(6.0, height * 0.06)))


def draw_card(sheet: Sheet, box: Box, card: StepCard, sector: str, card_type: CardType) -> None:
    """A step as a card: sector strip, status outline and symbol, title and details."""
    style = status_style(card.status)
    radius = min(4.0, box.height / 6)
    sheet.rect(box, fill=style.fill, zorder=4, radius=radius)
    strip = 4.0 if box.width > 60 else 2.5
    inset = max(1.0, style.width / 2)
    sheet.rect(Box(box.x + inset, box.y + radius * 0.6, strip, box.height - radius * 1.2),
               fill=sector_colour(sector) if not style.faded else tint(
                   sector_colour(sector), CANCELLED_TINT), zorder=4.2)
    sheet.rect(box, edge=style.edge, linewidth=style.width, linestyle=line_style(style),
               zorder=4.5, radius=radius)
    if style.broken:
        _draw_break_mark(sheet, box, style)
    pad = card_type.padding
    left = box.x + inset + strip + pad * 0.9
    right = box.right - pad
    symbol_size = card_type.title + 1.0
    symbol_width = text_width(style.symbol, symbol_size, True) + 3.0
    top = box.y + pad * 0.8
    available = box.bottom - pad * 0.6 - top
    title_lines, detail_lines = _fit_card_text(card, right - left, symbol_width, available,
                                               card_type)
    sheet.text(right, top + cap_height(symbol_size) + 1.0, style.symbol, size=symbol_size,
               bold=True, colour=style.text, ha="right", zorder=6)
    title_step = line_height(card_type.title) * 0.98
    y = sheet.lines(left, top, title_lines, size=card_type.title, bold=True, colour=style.text,
                    leading=title_step)
    if style.struck:
        # Struck through, every line of the title, the way an item is crossed off a list.
        for index, line in enumerate(title_lines):
            mid = top + index * title_step + title_step / 2 + cap_height(
                card_type.title) / 2 - cap_height(card_type.title) * 0.45
            sheet.polyline([(left - 1, mid),
                            (left + text_width(line, card_type.title, True) + 1, mid)],
                           colour=style.text, linewidth=0.9, zorder=6.5)
    sheet.lines(left, y + 0.5, detail_lines, size=card_type.body, colour=(
        style.text if style.faded else INK_SOFT))


def _fit_card_text(
    card: StepCard, width: float, symbol_width: float, height: float, card_type: CardType
) -> tuple[list[str], list[str]]:
    """The title lines and detail lines that fit the card, dropping the least important first.

    Title lines are narrower by the status symbol in the top-right corner. Every detail is
    wrapped whole (a provider's long name on two lines rather than cut); a detail that does
    not fit is left out, the least important first.
    """
    title_step = line_height(card_type.title) * 0.98
    body_step = line_height(card_type.body)
    size = card_type.body
    sources = [line for line in (card.dates, *card.lines) if line]
    blocks = [wrap(line, width, size) for line in sources]

    def title_for(max_lines: int) -> list[str]:
        return wrap(card.title, width - symbol_width, card_type.title, True, max_lines=max_lines)

    def room(title: list[str], chosen: list[list[str]]) -> float:
        return height + 0.01 - len(title) * title_step - sum(len(b) for b in chosen) * body_step

    def result(title: list[str], chosen: list[list[str]]) -> tuple[list[str], list[str]]:
        return title, [line for block in chosen for line in block]

    # What the step is, whole, and when it happens come first; then who, then the provider
    # and the service type of a custom title. Of the combinations that fit, the best by that
    # order is drawn.
    best: tuple[tuple[bool, bool, int, int, int], list[str], int] | None = None
    for lines in range(card_type.title_lines + 1, 0, -1):
        title = title_for(lines)
        whole = bool(title) and not title[-1].endswith(ELLIPSIS)
        for count in range(len(blocks), -1, -1):
            if room(title, blocks[:count]) >= 0:
                key = (count >= min(1, len(blocks)), whole, min(len(title), 2), count,
                       -len(title))
                if best is None or key > best[0]:
                    best = (key, title, count)
                break
    if best is not None:
        return result(best[1], blocks[:best[2]])
    title = title_for(1)
    if blocks and room(title, [blocks[0][:1]]) >= 0:
        return title, [ellipsise(sources[0], width, size)]
    return title, []


# --- Cards measured for the compact print -----------------------------------------------------

#: The padding of a measured card (points) and the most lines its title may take.
CARD_PADDING = 4.0
MAX_TITLE_LINES = 4
_CARD_STRIP = 4.0


def card_type_of(body: float) -> CardType:
    """The card type of the compact print at *body* points: titles up to four lines."""
    return CardType(title=body + 0.5 if body >= 8.0 else body, body=body,
                    title_lines=MAX_TITLE_LINES, padding=CARD_PADDING)


def _whole(title: str, lines: Sequence[str]) -> bool:
    """Whether *lines* hold *title* word for word (no word broken, nothing cut)."""
    return " ".join(lines) == " ".join(title.split())


@lru_cache(maxsize=16384)
def _wrapped(text: str, width: float, size: float, bold: bool, max_lines: int | None
             ) -> tuple[str, ...]:
    """:func:`wrap`, remembered: the fit tries the same words at the same sizes many times."""
    return tuple(wrap(text, width, size, bold, max_lines=max_lines))


def measure_card(card: StepCard, width: float, card_type: CardType, details: int, *,
                 break_words: bool = False) -> float | None:
    """The height a card *width* points wide needs to show its title whole and its first
    *details* detail lines (the dates first), as :func:`draw_card` lays them out; None when
    the title would need more than ``card_type.title_lines`` lines (or, unless
    *break_words*, break a word)."""
    style = status_style(card.status)
    pad = card_type.padding
    inner = width - max(1.0, style.width / 2) - _CARD_STRIP - pad * 0.9 - pad
    symbol_width = text_width(style.symbol, card_type.title + 1.0, True) + 3.0
    title = _wrapped(card.title, inner - symbol_width, card_type.title, True, None)
    if len(title) > card_type.title_lines or (not break_words and not _whole(card.title, title)):
        return None
    sources = [line for line in (card.dates, *card.lines) if line][:details]
    body_lines = sum(len(_wrapped(line, inner, card_type.body, False, None))
                     for line in sources)
    return (pad * 0.8 + len(title) * line_height(card_type.title) * 0.98
            + body_lines * line_height(card_type.body) + pad * 0.6 + 1.5)


@dataclass(slots=True)
class StageFit:
    """The stage view measured for paper: its layout (in points), the cards' type and the
    pages it takes (one whenever it can)."""

    layout: Layout
    card_type: CardType
    pages: list[StagePage]
    #: How many detail lines (dates first) each card was measured with: draw no more.
    details: int = 99


def trimmed(card: StepCard, details: int) -> StepCard:
    """*card* with only its first *details* detail lines (the dates first), as measured."""
    sources = [line for line in (card.dates, *card.lines) if line][:details]
    if card.dates and sources:
        return replace(card, dates=sources[0], lines=tuple(sources[1:]))
    return replace(card, dates="", lines=tuple(sources))


#: Gaps of the compact print (points): around a card in its cell, and between stacked cards.
PAPER_GAP = 3.5
#: Between a card and its column's edge: the gutters hold the arrows and a referral's mark.
PAPER_COLUMN_GAP = 4.5
PAPER_STACK_GAP = 3.0


def fit_stage_view(
    pathway: Any,
    catalogue: Any,
    cards: dict[str, StepCard],
    *,
    goal_stages: Iterable[str],
    width: float,
    height: float,
    label_width: float,
    words: DiagramWords,
    type_scale: TypeScale,
) -> StageFit | None:
    """Fit before paginating: the largest type, the most details and the widest cards with
    which the whole stage view fits *width* × *height* points, every title whole; None when
    no choice fits one page (the caller splits it by whole stage columns,
    :func:`split_stage_view`).

    Details go first (the dates stay longest), then type size down to the minimum, then card
    width. Empty stage columns are narrow: the stage's name and room for arrows.
    """
    from pathways.layout import stage_layout

    goal = tuple(goal_stages)
    low, high = type_scale.card_body_range
    low = max(low, type_scale.minimum)
    sizes = [high - 0.5 * i for i in range(int((high - low) / 0.5) + 1)]
    most = max((len([x for x in (c.dates, *c.lines) if x]) for c in cards.values()), default=1)
    levels = sorted({most, min(most, 2), 1, 0}, reverse=True)
    # One detail line less weighs as much as a point of type: a card keeps its dates and
    # responsible in 8 pt before it shows its provider in 7 pt.
    attempts = sorted(
        ((details, body, ems, break_words) for break_words in (False, True)
         for details in levels for body in sizes
         for ems in (18.0, 16.0, 14.0, 13.0, 12.0, 11.0)),
        key=lambda a: (a[3], (most - a[0]) + (high - a[1]), -a[0], -a[2]))
    for details, body, ems, break_words in attempts:
        card_type = card_type_of(body)
        card_width = body * ems
        heights: dict[str, float] = {}
        for step_id, card in cards.items():
            measured = measure_card(card, card_width, card_type, details,
                                    break_words=break_words)
            if measured is None:
                break
            heights[step_id] = measured
        else:
            if sum((card_width + PAPER_STACK_GAP) * (h + PAPER_STACK_GAP)
                   for h in heights.values()) > (width - label_width) * height:
                continue  # the cards alone would cover more than the page
            def size_of(step: Any, w: float = card_width,
                        h: dict[str, float] = heights) -> tuple[float, float]:
                return w, h.get(step.id, 30.0)

            piles: dict[str, int] = {}
            for _round in range(12):
                layout = stage_layout(
                    pathway, catalogue, goal_stages=goal, lanes="used", use_positions=False,
                    card_size=size_of, gap=PAPER_GAP, stack_gap=PAPER_STACK_GAP,
                    column_gap=PAPER_COLUMN_GAP,
                    empty_column_width=max(64.0, card_width * 0.6), piles=piles,
                )
                page = _one_page(layout, width, height, label_width, words, type_scale)
                if page is not None:
                    return StageFit(layout, card_type, [page], details)
                span = layout.columns[-1].box.right - layout.columns[0].box.x
                busiest = _busiest_stage(layout, piles)
                if span > width - label_width or busiest is None:
                    break  # more cards side by side would only widen it
                piles[busiest] = piles.get(busiest, 1) + 1
    return None


def _busiest_stage(layout: Layout, piles: dict[str, int]) -> str | None:
    """The stage whose cell makes the tallest lane tall, when its cards can go side by side:
    the next stage to give one more stack of cards."""
    lanes = sorted(layout.lanes, key=lambda lane: lane.box.height, reverse=True)
    for lane in lanes:
        cells: dict[str, list[Box]] = {}
        for placement in layout.cards.values():
            if placement.sector == lane.sector:
                cells.setdefault(placement.stage, []).append(placement.box)
        deepest = sorted(((max(b.bottom for b in boxes) - min(b.y for b in boxes), stage)
                          for stage, boxes in cells.items()
                          if len(boxes) > piles.get(stage, 1)), reverse=True)
        if deepest:
            return deepest[0][1]
    return None


def _lanes_span(layout: Layout) -> float:
    return layout.height - _lanes_top(layout)


def _one_page(layout: Layout, width: float, height: float, label_width: float,
              words: DiagramWords, type_scale: TypeScale) -> StagePage | None:
    columns = tuple(range(len(layout.columns)))
    if not columns:
        return None
    span = layout.columns[-1].box.right - layout.columns[0].box.x
    room_x = width - label_width
    if span > room_x:
        return None
    banner, header = stage_header_height(layout, columns, 1.0, words, type_scale)
    lanes = max(_lanes_span(layout), 1.0)
    room_y = height - banner - header
    if lanes > room_y:
        return None
    # Room to spare: wider cells and taller lanes (the words stay as measured).
    sx = min(1.4, room_x / span)
    banner, header = stage_header_height(layout, columns, sx, words, type_scale)
    sy = max(1.0, min(1.3, (height - banner - header) / lanes))
    return StagePage(columns, _lanes_top(layout), layout.height, sx, sy)


@dataclass(slots=True)
class StageSplit:
    """A stage view too big for one page, split by whole stage columns: each page has its own
    layout (the cards of its stages, the lanes they use, lanes as tall as that page's cards)
    and the :class:`StagePage` that shows all of it. Every card is on exactly one page."""

    card_type: CardType
    #: How many detail lines (dates first) each card was measured with: draw no more.
    details: int
    parts: list[tuple[Layout, StagePage]]

    def page_of_card(self) -> dict[str, int]:
        """Each card's page number (1 first)."""
        return {step_id: number for number, (layout, _page) in enumerate(self.parts, start=1)
                for step_id in layout.cards}


def _stage_chunks(stages_used: set[str]) -> list[list[str]]:
    """The stages in order as units that go to a page whole: each used stage with the empty
    stages before it (trailing empty ones join the last), so no page is without a step."""
    from pathways.model import STAGES

    chunks: list[list[str]] = []
    pending: list[str] = []
    for stage in STAGES:
        pending.append(stage)
        if stage in stages_used:
            chunks.append(pending)
            pending = []
    if chunks and pending:
        chunks[-1].extend(pending)
    return chunks


def split_stage_view(
    pathway: Any,
    catalogue: Any,
    cards: dict[str, StepCard],
    *,
    goal_stages: Iterable[str],
    first: tuple[float, float],
    later: tuple[float, float],
    label_width: float,
    words: DiagramWords,
    type_scale: TypeScale,
    max_pages: int = 12,
) -> StageSplit | None:
    """A stage view that does not fit one page, over pages by runs of whole stage columns:
    the fewest pages (*first* is the first page's room for the diagram, width × height
    points, *later* the room on the pages after it), then the largest type, the most details
    and the widest cards with which every page fits, every title whole and the dates kept.

    Each page is laid out on its own — its stages' cards in the lanes they use, busy cells
    side by side as the page's width allows — so a page of two stages is not as tall as the
    whole pathway's lanes. None when a stage alone does not fit a page (the caller falls
    back to bands of lanes)."""
    from pathways.layout import cell_of, stage_layout

    goal = tuple(goal_stages)
    stage_of = {step.id: cell_of(step, catalogue)[1] for step in pathway.steps}
    chunks = _stage_chunks(set(stage_of.values()))
    if len(chunks) < 2:
        return None
    low, high = type_scale.card_body_range
    low = max(low, type_scale.minimum)
    sizes = [high - 0.5 * i for i in range(int((high - low) / 0.5) + 1)]
    most = max((len([x for x in (c.dates, *c.lines) if x]) for c in cards.values()), default=1)
    levels = sorted({most, min(most, 2), min(most, 1)}, reverse=True)  # the dates stay
    attempts = sorted(
        ((details, body, ems, break_words) for break_words in (False, True)
         for details in levels for body in sizes
         for ems in (18.0, 16.0, 14.0, 13.0, 12.0, 11.0)),
        key=lambda a: (a[3], (most - a[0]) + (high - a[1]), -a[0], -a[2]))
    steps_by_stage: dict[str, list[Any]] = {}
    for step in pathway.steps:
        steps_by_stage.setdefault(stage_of[step.id], []).append(step)

    def part(stages: Sequence[str], room: tuple[float, float], card_width: float,
             heights: dict[str, float], piles: dict[str, int]
             ) -> tuple[Layout, StagePage] | None:
        """*stages* laid out for one page of *room*, or None; *piles* (the stacks side by
        side a busy stage's cells need, at least) grows to what the page took."""
        from pathways.model import Pathway

        steps = [s for stage in stages for s in steps_by_stage.get(stage, [])]
        width, height = room
        room_x = width - label_width - EDGE_ROOM[0] - EDGE_ROOM[1]
        # The cards alone would cover more than the page: no need to lay them out.
        if sum((card_width + PAPER_STACK_GAP) * (heights[s.id] + PAPER_STACK_GAP)
               for s in steps) > room_x * height:
            return None
        sub = Pathway(pathway.id, pathway.title, pathway.status, steps=steps)

        def size_of(step: Any) -> tuple[float, float]:
            return card_width, heights.get(step.id, 30.0)

        for _round in range(12):
            layout = compress_columns(stage_layout(
                sub, catalogue, goal_stages=goal, lanes="used", use_positions=False,
                card_size=size_of, gap=PAPER_GAP, stack_gap=PAPER_STACK_GAP,
                column_gap=PAPER_COLUMN_GAP,
                empty_column_width=max(64.0, card_width * 0.6), piles=piles), stages)
            columns = tuple(range(len(layout.columns)))
            span = layout.columns[-1].box.right - layout.columns[0].box.x
            if span > room_x:
                return None  # more cards side by side would only widen it
            banner, header = stage_header_height(layout, columns, 1.0, words, type_scale)
            if _lanes_span(layout) <= height - banner - header:
                return layout, StagePage(columns, _lanes_top(layout), layout.height, 1.0, 1.0,
                                         split_columns=True)
            busiest = _busiest_stage(layout, piles)
            if busiest is None:
                return None
            piles[busiest] = piles.get(busiest, 1) + 1
        return None

    def pages_at_least(card_width: float) -> int:
        """The pages the columns' widths alone need (one card wide per used stage)."""
        pages, used = 1, 0.0
        for chunk in chunks:
            width = (card_width + 2 * PAPER_COLUMN_GAP
                     + max(64.0, card_width * 0.6) * (len(chunk) - 1))
            room = (first if pages == 1 else later)[0] - label_width - sum(EDGE_ROOM[:2])
            if used and used + width > room:
                pages, used = pages + 1, 0.0
            used += width
        return pages

    def split(attempt: tuple[int, float, float, bool], limit: int
              ) -> list[tuple[Layout, StagePage]] | None:
        details, body, ems, break_words = attempt
        card_type = card_type_of(body)
        card_width = body * ems
        if pages_at_least(card_width) > limit:
            return None
        heights: dict[str, float] = {}
        for step_id, card in cards.items():
            measured = measure_card(card, card_width, card_type, details,
                                    break_words=break_words)
            if measured is None:
                return None
            heights[step_id] = measured
        # The cards alone would cover more than *limit* pages.
        area = sum((card_width + PAPER_STACK_GAP) * (h + PAPER_STACK_GAP)
                   for h in heights.values())
        if area > sum((first if n == 0 else later)[1]
                      * ((first if n == 0 else later)[0] - label_width - sum(EDGE_ROOM[:2]))
                      for n in range(limit)):
            return None
        parts: list[tuple[Layout, StagePage]] = []
        current: list[str] = []
        fitted: tuple[Layout, StagePage] | None = None
        piles: dict[str, int] = {}
        for chunk in chunks:
            room = first if not parts else later
            grown = dict(piles)
            candidate = part([*current, *chunk], room, card_width, heights, grown)
            if candidate is not None:
                current, fitted, piles = [*current, *chunk], candidate, grown
                continue
            if fitted is None:
                return None  # this stage alone does not fit a page
            parts.append(fitted)
            if len(parts) >= limit:
                return None
            piles = {}
            current, fitted = list(chunk), part(chunk, later, card_width, heights, piles)
            if fitted is None:
                return None
        assert fitted is not None
        parts.append(fitted)
        return parts

    for break_words in (False, True):  # words whole if at all possible
        # The fewest pages: with the smallest type and the fewest details, at some width.
        fewest = max_pages + 1
        for attempt in attempts:
            if attempt[3] == break_words and attempt[:2] == (levels[-1], sizes[-1]):
                parts = split(attempt, fewest - 1)
                fewest = len(parts) if parts is not None else fewest
        if fewest > max_pages:
            continue
        for attempt in attempts:  # then the largest type, the most details that do as well
            parts = split(attempt, fewest) if attempt[3] == break_words else None
            if parts is not None:
                return StageSplit(card_type_of(attempt[1]), attempt[0],
                                  _scaled_alike(parts, first, later, label_width, words,
                                                type_scale))
    return None


def _scaled_alike(parts: list[tuple[Layout, StagePage]], first: tuple[float, float],
                  later: tuple[float, float], label_width: float, words: DiagramWords,
                  type_scale: TypeScale) -> list[tuple[Layout, StagePage]]:
    """The split's pages given the room they have to spare, alike on every page (wider cells
    and taller lanes; the words stay as measured), so a card is the same size throughout."""
    room_x = [(first if index == 0 else later)[0] - label_width - EDGE_ROOM[0] - EDGE_ROOM[1]
              for index in range(len(parts))]
    sx = min(1.4, *(room / max(layout.columns[-1].box.right - layout.columns[0].box.x, 1.0)
                    for room, (layout, _page) in zip(room_x, parts, strict=True)))
    sx = max(1.0, sx)
    sy = 1.3
    for index, (layout, page) in enumerate(parts):
        banner, header = stage_header_height(layout, page.columns, sx, words, type_scale)
        room_y = (first if index == 0 else later)[1] - banner - header
        sy = min(sy, room_y / max(_lanes_span(layout), 1.0))
    sy = max(1.0, sy)
    return [(layout, replace(page, sx=sx, sy=sy)) for layout, page in parts]


def _draw_break_mark(sheet: Sheet, box: Box, style: StatusStyle) -> None:
    """An interrupted step: its right edge is broken, like a cut in a road sign."""
    mid = box.y + box.height / 2
    gap = min(7.0, box.height / 5)
    sheet.rect(Box(box.right - 3, mid - gap / 2, 6, gap), fill="white", zorder=4.6)
    for offset in (-gap / 2, gap / 2):
        sheet.polyline([(box.right - 4, mid + offset + 2.2), (box.right + 4, mid + offset - 2.2)],
                       colour=style.edge, linewidth=1.1, zorder=4.7)


# --- The stage view --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScaleLimits:
    """How far layout units may be scaled to points on paper (x and y separately).

    Below the minimum the cards' text would fall under the type scale's minimum, so the
    diagram is split over pages instead.
    """

    sx_min: float
    sy_min: float
    sx_max: float
    sy_max: float
    #: Lower still, down to which cards may be flattened (fewer detail lines, same type size)
    #: when that keeps the whole diagram on one page.
    sy_floor: float = 0.0

    @classmethod
    def for_type(cls, type_scale: TypeScale) -> ScaleLimits:
        grow = type_scale.growth
        return cls(sx_min=0.45, sy_min=0.5, sx_max=0.9 * grow, sy_max=0.72 * grow,
                   sy_floor=0.4)


@dataclass(frozen=True, slots=True)
class StagePage:
    """What one page of the stage view shows: a run of stage columns and a band of lanes."""

    columns: tuple[int, ...]  # indices into Layout.columns
    y0: float  # layout units, the band of lanes shown
    y1: float
    sx: float
    sy: float
    #: Whether the diagram is split across pages by columns / by bands of lanes: such pages
    #: keep room at their edges for the arrows that go on to another page.
    split_columns: bool = False
    split_rows: bool = False
    #: Which band of lanes (0 first): the first band's pages carry the full page frame.
    band: int = 0


#: Room at the edges of a split diagram for "→ p. 2" (points): left, right, top, bottom.
EDGE_ROOM = (26.0, 28.0, 13.0, 15.0)


def compress_columns(layout: Layout, keep: Iterable[str]) -> Layout:
    """The stage layout with its empty stage columns closed up (those in *keep* stay).

    For the client copy: the same lanes, stacking and order as the shared layout, with less
    to read. Cards move left with their column.
    """
    from pathways.layout import CardPlacement, Column

    keep_set = set(keep)
    used = {placement.stage for placement in layout.cards.values()}
    shift: dict[str, float] = {}
    columns = []
    removed = 0.0
    for column in layout.columns:
        if column.stage not in used and column.stage not in keep_set:
            removed += column.box.width
            continue
        shift[column.stage] = removed
        columns.append(Column(
            column.stage, Box(column.box.x - removed, column.box.y, column.box.width,
                              column.box.height),
            Box(column.header_box.x - removed, column.header_box.y, column.header_box.width,
                column.header_box.height),
            column.is_goal,
        ))
    cards = {
        step_id: CardPlacement(
            step_id,
            Box(p.box.x - shift.get(p.stage, 0.0), p.box.y, p.box.width, p.box.height),
            Box(p.auto_box.x - shift.get(p.stage, 0.0), p.auto_box.y, p.auto_box.width,
                p.auto_box.height),
            p.sector, p.stage,
        )
        for step_id, p in layout.cards.items()
    }
    from pathways.layout import Lane

    width = layout.width - removed
    lanes = [Lane(lane.sector, Box(lane.box.x, lane.box.y, width, lane.box.height),
                  lane.label_box) for lane in layout.lanes]
    return Layout("stages", lanes, cards, width, layout.height, columns=columns,
                  gap=layout.gap, column_gap=layout.column_gap)


def _lanes_top(layout: Layout) -> float:
    return layout.lanes[0].box.y if layout.lanes else 0.0


def _safe_cuts(layout: Layout) -> tuple[list[float], list[float]]:
    """Where the lanes may be cut between pages: lane boundaries first, else between cards."""
    boundaries = sorted({lane.box.y for lane in layout.lanes} | {layout.height})
    between = sorted({p.box.bottom + layout.gap / 2 for p in layout.cards.values()})
    boxes = [p.box for p in layout.cards.values()]

    def free(y: float) -> bool:
        return not any(box.y < y < box.bottom for box in boxes)

    return [y for y in boundaries if free(y)], [y for y in between if free(y)]


def _cut_rows(layout: Layout, span: float, span_more: float | None = None
              ) -> list[tuple[float, float]]:
    """Bands of at most *span* layout units (*span_more* after the first), cut where no card
    is cut; at a lane boundary when that fills most of the page, else between two cards."""
    top, bottom = _lanes_top(layout), layout.height
    boundaries, between = _safe_cuts(layout)
    bands: list[tuple[float, float]] = []
    y0 = top
    while bottom - y0 > 0.5:
        if bands and span_more is not None:
            span = span_more
        limit = y0 + span
        if limit >= bottom - 0.5:
            bands.append((y0, bottom))
            break
        good = [y for y in boundaries if y0 + span * 0.8 <= y <= limit]
        fallback = [y for y in [*boundaries, *between] if y0 < y <= limit]
        cut = max(good) if good else max(fallback) if fallback else limit
        bands.append((y0, cut))
        y0 = cut
    return bands or [(top, bottom)]


def plan_stage_pages(
    layout: Layout,
    width: float,
    height: float,
    *,
    label_width: float,
    header_height: Callable[[Sequence[int], float], float],
    limits: ScaleLimits,
    height_more: float | None = None,
) -> list[StagePage]:
    """Split the stage view over as few pages as keep every card's text legible.

    *width* × *height* is the diagram's room on the first page (*height_more* on the pages of
    later bands of lanes, whose frame is lighter); *header_height(columns, sx)* the
    height the column headers need. All columns on one page when they fit at the minimum
    scale; else runs of columns (lane labels repeat on every page), and bands of lanes when
    the lanes are too tall. Pages go by bands of lanes, and within a band left to right.
    """
    count = len(layout.columns)
    if count == 0:
        return [StagePage((), _lanes_top(layout), layout.height, 1.0, 1.0)]
    column_width = layout.columns[0].box.width
    lanes_height = max(layout.height - _lanes_top(layout), 1.0)
    left_room, right_room, top_room, bottom_room = EDGE_ROOM
    options: list[list[StagePage]] = []
    for per_page in sorted({count, math.ceil(count / 2), math.ceil(count / 3), 1},
                           reverse=True):
        groups = [tuple(range(start, min(start + per_page, count)))
                  for start in range(0, count, per_page)]
        split_columns = len(groups) > 1
        room = width - label_width - (left_room + right_room if split_columns else 0.0)
        sx = min(limits.sx_max, room / (per_page * column_width))
        if sx < limits.sx_min and per_page > 1:
            continue
        room_y = height - max(header_height(group, sx) for group in groups)
        sy_fit = room_y / lanes_height
        if sy_fit >= max(limits.sy_floor, 0.01) or sy_fit >= limits.sy_min:
            sy = min(sy_fit, limits.sy_max)
            bands = [(_lanes_top(layout), layout.height)]
        else:
            sy = limits.sy_min
            more = None
            if height_more is not None:
                room_more = height_more - max(header_height(group, sx) for group in groups)
                more = (room_more - top_room - bottom_room) / sy
            bands = _cut_rows(layout, (room_y - top_room - bottom_room) / sy, more)
        split_rows = len(bands) > 1
        options.append([StagePage(group, y0, y1, sx, sy, split_columns, split_rows, band)
                        for band, (y0, y1) in enumerate(bands) for group in groups])
    return min(options, key=lambda pages: (len(pages), -min(pages[0].sx, pages[0].sy)))


@dataclass(slots=True)
class StageFrame:
    """Where one stage page's parts lie on paper, and the layout → paper transform."""

    region: Box
    page: StagePage
    label_width: float
    banner_height: float
    header_height: float
    column_x0: float  # layout x of the first column shown

    @property
    def room_left(self) -> float:
        return EDGE_ROOM[0] if self.page.split_columns else 0.0

    @property
    def room_right(self) -> float:
        return EDGE_ROOM[1] if self.page.split_columns else 0.0

    @property
    def room_top(self) -> float:
        return EDGE_ROOM[2] if self.page.split_rows else 0.0

    @property
    def columns_left(self) -> float:
        return self.region.x + self.label_width + self.room_left

    @property
    def lanes_top(self) -> float:
        return self.region.y + self.banner_height + self.header_height + self.room_top

    def x(self, layout_x: float) -> float:
        return self.columns_left + (layout_x - self.column_x0) * self.page.sx

    def y(self, layout_y: float) -> float:
        return self.lanes_top + (layout_y - self.page.y0) * self.page.sy

    def box(self, box: Box) -> Box:
        return Box(self.x(box.x), self.y(box.y), box.width * self.page.sx,
                   box.height * self.page.sy)


def stage_header_height(
    layout: Layout, columns: Sequence[int], sx: float, words: DiagramWords, type_scale: TypeScale
) -> tuple[float, float]:
    """(goal banner height, column header height) in points for a page showing *columns*."""
    if not columns:
        return 0.0, 0.0
    size = type_scale.label
    # The words' room in a chevron: as _draw_stage_headers gives it (notch 7 on either side).
    lines = max(len(wrap(words.stage(layout.columns[i].stage),
                         layout.columns[i].box.width * sx - 20.0, size, True))
                for i in columns)
    header = lines * line_height(size) + 10.0
    goal_columns = [i for i in columns if layout.columns[i].is_goal]
    banner = 0.0
    if goal_columns:
        banner_width = (sum(layout.columns[i].box.width for i in goal_columns)
                        - 2 * layout.gutter_gap * 0.55) * sx - 8
        banner_lines = _goal_banner_lines(words, banner_width, type_scale.small)
        banner = len(banner_lines) * line_height(type_scale.small) + 8.0
    return banner, header


def _goal_banner_lines(words: DiagramWords, width: float, size: float) -> list[str]:
    """The goal's banner over its column: "★ Goal: …" on up to four lines, whole; a goal
    longer than that is named in full in the page's header, and the banner says "★ Goal"."""
    lines = wrap(_goal_banner_text(words), width, size, True)
    if len(lines) <= 4:
        return lines
    goal = words.t("Goal")
    return wrap(f"★ {goal}", width, size, True)


def _goal_banner_text(words: DiagramWords) -> str:
    goal = words.t("Goal")
    if words.goal_text:
        return f"★ {goal}: {words.goal_text}"
    return f"★ {goal}"


def lane_label_width(
    sectors: Iterable[str], words: DiagramWords, type_scale: TypeScale, limit: float
) -> float:
    """Room for the lane labels: the longest word of any sector name, within *limit*."""
    size = type_scale.label
    longest = max((text_width(word, size, True) for sector in sectors
                   for word in words.sector(sector).split()), default=60.0)
    return max(type_scale.label * 8, min(limit, longest + 20.0))


def draw_stage_page(
    sheet: Sheet,
    region: Box,
    layout: Layout,
    page: StagePage,
    *,
    cards: dict[str, StepCard],
    transitions: Sequence[tuple[str, str, str]],
    words: DiagramWords,
    type_scale: TypeScale,
    label_width: float,
    page_of_card: dict[str, int],
    card_type: CardType | None = None,
    referrals: frozenset[tuple[str, str, str]] = frozenset(),
    number: int = 0,
) -> None:
    """Draw one page of the stage view into *region* of *sheet*.

    *card_type* is the cards' type when the layout was measured for it (the compact print);
    else it follows the size of the cards on paper. *number* is the page's number, needed
    when *layout* is this page's own (:func:`split_stage_view`): a card in *page_of_card*
    but not in *layout* lies on an earlier page to the left or a later one to the right."""
    banner, header = stage_header_height(layout, page.columns, page.sx, words, type_scale)
    if not page.columns:
        return
    first = layout.columns[page.columns[0]]
    frame = StageFrame(region, page, label_width, banner, header, first.box.x)
    last = layout.columns[page.columns[-1]]
    right = frame.x(last.box.right)
    band_right = right + frame.room_right
    lanes_bottom = frame.y(page.y1)

    # Lanes: tinted bands with their sector's name in the label column.
    for index, lane in enumerate(layout.lanes):
        top, bottom = max(lane.box.y, page.y0), min(lane.box.bottom, page.y1)
        if bottom - top < 0.5:
            continue
        band = Box(region.x, frame.y(top), band_right - region.x,
                   frame.y(bottom) - frame.y(top))
        sheet.rect(band, fill=sector_tint(lane.sector, index), zorder=0.5)
        label_box = Box(region.x, band.y, label_width, band.height)
        sheet.rect(label_box, fill=tint(sector_colour(lane.sector), LABEL_TINT), zorder=0.6)
        sheet.rect(Box(region.x, band.y, 5.0, band.height), fill=sector_colour(lane.sector),
                   zorder=0.7)
        size = type_scale.label
        lines = wrap(words.sector(lane.sector), label_width - 14.0, size, True,
                     max_lines=max(1, int((band.height - 6) // line_height(size))))
        text_top = band.y + (band.height - len(lines) * line_height(size)) / 2
        sheet.lines(region.x + 10.0, text_top, lines, size=size, bold=True, colour=INK)
        sheet.polyline([(region.x, band.bottom), (band_right, band.bottom)], colour="white",
                       linewidth=2.0, zorder=0.8)

    # Column separators: a quiet line in each gutter.
    for index in page.columns[1:]:
        x = frame.x(layout.columns[index].box.x)
        sheet.polyline([(x, frame.lanes_top), (x, lanes_bottom)], colour="white",
                       linewidth=1.4, zorder=0.8)

    _draw_stage_headers(sheet, layout, frame, words, type_scale)

    # Cards, then the arrows between them through the gaps.
    shown: dict[str, Box] = {}
    for step_id, placement in layout.cards.items():
        centre_y = placement.box.y + placement.box.height / 2
        column = column_index(layout, placement.box)
        if column in page.columns and page.y0 <= centre_y < page.y1 and step_id in cards:
            shown[step_id] = frame.box(placement.box)
    if shown:
        if card_type is None:
            card_type = card_type_for(next(iter(shown.values())).width,
                                      next(iter(shown.values())).height, type_scale)
        for step_id, box in shown.items():
            draw_card(sheet, box, cards[step_id], layout.cards[step_id].sector, card_type)
    elif not layout.cards:
        sheet.text((region.x + label_width + right) / 2, (frame.lanes_top + lanes_bottom) / 2,
                   words.t("No steps yet"), size=type_scale.label, colour=INK_SOFT, ha="center",
                   va="center")
    _draw_stage_arrows(sheet, layout, frame, shown, transitions, words, type_scale,
                       page_of_card, right, lanes_bottom, referrals, number)


def column_index(layout: Layout, box: Box) -> int:
    """The stage column under the middle of *box* (the nearest end column when none is)."""
    centre = box.x + box.width / 2
    for index, column in enumerate(layout.columns):
        if column.box.x <= centre < column.box.right:
            return index
    return 0 if not layout.columns or centre < layout.columns[0].box.x else len(
        layout.columns) - 1


def _draw_stage_headers(
    sheet: Sheet, layout: Layout, frame: StageFrame, words: DiagramWords, type_scale: TypeScale
) -> None:
    """Stage names as chevrons pointing towards open work; the goal's columns framed."""
    region, page = frame.region, frame.page
    top = region.y + frame.banner_height
    height = frame.header_height - 4.0
    size = type_scale.label
    notch = min(7.0, height / 3)
    for index in page.columns:
        column = layout.columns[index]
        left, right = frame.x(column.box.x) + 1.0, frame.x(column.box.right) - 1.0
        goal = column.is_goal
        points = [(left, top), (right - notch, top), (right, top + height / 2),
                  (right - notch, top + height), (left, top + height)]
        if index > 0:
            points.append((left + notch, top + height / 2))
        sheet.polygon(points, fill=GOAL_INK if goal else "#E4E4E4", zorder=1)
        text_width_room = right - left - 2 * notch - 4.0
        lines = wrap(words.stage(column.stage), text_width_room, size, True)
        text_top = top + (height - len(lines) * line_height(size)) / 2
        sheet.lines((left + right) / 2 + (notch / 2 if index > 0 else 0) - notch / 2,
                    text_top, lines, size=size, bold=True,
                    colour="white" if goal else INK, ha="center")
    goal_columns = [i for i in page.columns if layout.columns[i].is_goal]
    if not goal_columns:
        return
    # A frame around the goal's columns, from the banner down through every lane. It runs
    # between the arrows' middle track in the gutter and the cards, so neither hides it.
    inset = layout.gutter_gap * page.sx * 0.55
    left = frame.x(layout.columns[goal_columns[0]].box.x) + inset
    right = frame.x(layout.columns[goal_columns[-1]].box.right) - inset
    bottom = frame.y(page.y1)
    sheet.rect(Box(left, region.y, right - left, bottom - region.y + 2.0), edge=GOAL_INK,
               linewidth=2.0, radius=5.0, zorder=3.5)
    lines = _goal_banner_lines(words, right - left - 8.0, type_scale.small)
    sheet.lines(left + 5.0, region.y + 4.0, lines, size=type_scale.small, bold=True,
                colour=GOAL_INK)


def _draw_stage_arrows(
    sheet: Sheet,
    layout: Layout,
    frame: StageFrame,
    shown: dict[str, Box],
    transitions: Sequence[tuple[str, str, str]],
    words: DiagramWords,
    type_scale: TypeScale,
    page_of_card: dict[str, int],
    right: float,
    bottom: float,
    referrals: frozenset[tuple[str, str, str]] = frozenset(),
    number: int = 0,
) -> None:
    """The transitions between the cards shown, and stubs to cards on other pages; a formal
    referral is marked on its arrow by a circled letter (explained in the legend). *number*:
    this page's number."""
    page = frame.page
    columns = [(frame.x(layout.columns[i].box.x), frame.x(layout.columns[i].box.right))
               for i in page.columns]
    channels = [frame.y(y) for y in sorted({lane.box.y for lane in layout.lanes}
                                           | {layout.height}) if page.y0 <= y <= page.y1]
    # Arrows to other pages end just outside the lanes, in the room kept at the page's edges.
    left = frame.columns_left - (6.0 if page.split_columns else 0.0)
    top = frame.lanes_top - (6.0 if page.split_rows else 0.0)
    region = Box(left, top, right + (6.0 if page.split_columns else 0.0) - left,
                 bottom + (6.0 if page.split_rows else 0.0) - top)
    # Arrows share the middle half of a gutter: the goal's frame runs beside them.
    grid = Grid(columns, channels, region, gutter_width=layout.gutter_gap * page.sx)
    connections: list[Connection] = []
    for source, target, kind in transitions:
        key = (source, target, kind)
        if source in shown and target in shown:
            connections.append(Connection(key, source, target))
        elif source in shown and target in page_of_card:
            connections.append(Connection(key, source, None,
                                          _direction(layout, page, target, page_of_card, number)))
        elif target in shown and source in page_of_card:
            connections.append(Connection(key, None, target,
                                          _direction(layout, page, source, page_of_card, number)))
    routes = route_connections(shown, grid, connections,
                               track_spacing=3.0, min_vertical_gap=9.0)
    kinds = {(s, t, k): k for s, t, k in transitions}
    references: list[tuple[str, float, float, int]] = []
    for route in routes:
        _draw_transition(sheet, route.points, kinds[route.key])
        if route.key in referrals and len(route.points) >= 2:
            draw_referral_mark(sheet, referral_mark_place(
                route.points, shown.values(), referral_mark_radius(type_scale.small)),
                               words.lang, type_scale.small)
        if route.offpage_end is not None and route.offpage_direction is not None:
            other = route.key[0] if route.incoming else route.key[1]
            x, y = route.offpage_end
            references.append((route.offpage_direction, x, y, page_of_card[other]))
    _draw_page_references(sheet, references, words, type_scale)


def referral_mark_place(points: Sequence[tuple[float, float]], cards: Iterable[Box],
                        radius: float) -> tuple[float, float]:
    """Where a referral's circled letter goes on its arrow: on the longest stretch of the
    route, at its middle or else a third or a quarter from either end (or any point of it),
    where the circle covers no card (the arrow may pass under one) — on the line, else
    moved a little to its side; the longest stretch's middle if no place is clear."""
    boxes = list(cards)

    def clear(x: float, y: float) -> bool:
        return not any(box.x - radius < x < box.right + radius
                       and box.y - radius < y < box.bottom + radius for box in boxes)

    segments = sorted(zip(points, points[1:], strict=False), key=lambda pair: -math.hypot(
        pair[1][0] - pair[0][0], pair[1][1] - pair[0][1]))
    # On the line first; else a little to its side (the line still runs through the circle),
    # where the arrow passes close to a card.
    for offset in (0.0, 1.5, -1.5, 3.0, -3.0, radius * 0.9, -radius * 0.9):
        for (x1, y1), (x2, y2) in segments:
            length = math.hypot(x2 - x1, y2 - y1) or 1.0
            across = (-(y2 - y1) / length * offset, (x2 - x1) / length * offset)
            steps = max(20, int(length))  # every point or so: a gap between rows is narrow
            for share in (0.5, 0.33, 0.67, 0.25, 0.75, *(i / steps for i in range(1, steps))):
                x = x1 + (x2 - x1) * share + across[0]
                y = y1 + (y2 - y1) * share + across[1]
                if clear(x, y):
                    return x, y
    (x1, y1), (x2, y2) = segments[0]
    return (x1 + x2) / 2, (y1 + y2) / 2


def referral_mark_radius(size: float) -> float:
    """The radius of a referral's circle drawn at *size*: snug around its letter (at least
    7 pt), so that it fits the gutter between two stage columns."""
    return max(4.4, size * 0.6)


def draw_referral_mark(sheet: Sheet, centre: tuple[float, float], lang: str,
                       size: float) -> None:
    """A formal referral: a circled letter on its arrow, as the window's canvas draws it."""
    radius = referral_mark_radius(size)
    x, y = centre
    sheet.polygon([(x + radius * math.cos(a * math.pi / 8), y + radius * math.sin(a * math.pi / 8))
                   for a in range(16)], fill="white", edge=INK, linewidth=0.9, zorder=6.2)
    sheet.text(x, y + cap_height(size * 0.85) / 2, referral_letter(lang), size=max(
        size * 0.85, 7.0), bold=True, ha="center", zorder=6.3)


def _direction(layout: Layout, page: StagePage, there: str, page_of_card: dict[str, int],
               number: int) -> str:
    """Where a card on another page lies, seen from page *number* (a page of its own layout,
    split by stage columns, does not hold the card: the later page lies to the right)."""
    if there not in layout.cards:
        return "right" if page_of_card[there] > number else "left"
    column = column_index(layout, layout.cards[there].box)
    if column > page.columns[-1]:
        return "right"
    if column < page.columns[0]:
        return "left"
    return "down" if layout.cards[there].box.y >= page.y1 else "up"


def _draw_transition(sheet: Sheet, points: Sequence[tuple[float, float]], kind: str) -> None:
    if kind == "support":
        sheet.arrow(points, colour=INK_SOFT, linewidth=1.1,
                    linestyle=(0, TRANSITION_DASH["support"]), open_head=True, head=5.5)
    else:
        sheet.arrow(points, colour=INK, linewidth=1.3, head=6.5)


def _draw_page_references(
    sheet: Sheet,
    references: Sequence[tuple[str, float, float, int]],
    words: DiagramWords,
    type_scale: TypeScale,
) -> None:
    """"p. 3" beside the arrows that leave the page; arrows that end close together share one
    label ("p. 3, 5") so that labels never overprint."""
    size = type_scale.small
    for direction in ("left", "right", "up", "down"):
        items = sorted((x, y, page) for d, x, y, page in references if d == direction)
        along = 1 if direction in ("left", "right") else 0
        items.sort(key=lambda item: item[along])
        clusters: list[list[tuple[float, float, int]]] = []
        for item in items:
            if clusters and item[along] - clusters[-1][-1][along] < (
                    9.0 if along else 22.0):
                clusters[-1].append(item)
            else:
                clusters.append([item])
        for cluster in clusters:
            pages = sorted({page for _x, _y, page in cluster})
            text = words.t("p. {page}", page=", ".join(str(p) for p in pages))
            x = min(item[0] for item in cluster)
            y = sum(item[1] for item in cluster) / len(cluster)
            if direction == "right":
                sheet.text(x + 2.0, y + cap_height(size) / 2, text, size=size, colour=INK_SOFT)
            elif direction == "left":
                sheet.text(x - 2.0, y + cap_height(size) / 2, text, size=size, colour=INK_SOFT,
                           ha="right")
            elif direction == "down":
                sheet.text(x - 2.0, y + cap_height(size) + 2.0, text, size=size,
                           colour=INK_SOFT)
            else:
                sheet.text(x - 2.0, y - 2.0, text, size=size, colour=INK_SOFT)


# --- The timeline view -----------------------------------------------------------------------


@dataclass(slots=True)
class TimelineBar:
    """A step on the paper timeline: its bar, its row in the lane and where its label goes."""

    step_id: str
    sector: str
    left: float
    right: float
    row: int = 0
    label: str = "inside"  # "inside" | "right" | "left"
    label_width: float = 0.0
    open_end: bool = False
    undated: bool = False
    #: On a page of a timeline split by months: the step began before / runs on after it.
    cut_start: bool = False
    cut_end: bool = False

    @property
    def extent(self) -> tuple[float, float]:
        if self.label == "right":
            return self.left, self.right + 4.0 + self.label_width
        if self.label == "left":
            return self.left - 4.0 - self.label_width, self.right
        return self.left, self.right


@dataclass(slots=True)
class TimelineLane:
    sector: str
    rows: int
    bars: list[TimelineBar] = field(default_factory=list)


@dataclass(slots=True)
class TimelineModel:
    """The timeline laid out on paper: x in points, rows in lanes (heights in rows)."""

    origin: date
    finish: date
    axis_left: float
    axis_right: float
    undated_left: float | None
    lanes: list[TimelineLane]
    bar_height: float
    row_gap: float
    title_size: float
    date_size: float
    #: Bars one line high: the name only (the axis tells when), for a long pathway on one page.
    one_line: bool = False

    def x_of(self, day: date) -> float:
        days = (self.finish - self.origin).days or 1
        return self.axis_left + (day - self.origin).days / days * (
            self.axis_right - self.axis_left)

    @property
    def row_height(self) -> float:
        return self.bar_height + self.row_gap


@dataclass(frozen=True, slots=True)
class TimelinePage:
    """Which rows of which lanes one page of the timeline shows: (lane index, first, end)."""

    bands: tuple[tuple[int, int, int], ...]


def timeline_model(
    layout: Layout,
    cards: dict[str, StepCard],
    region: Box,
    *,
    label_width: float,
    type_scale: TypeScale,
    one_line: bool = False,
) -> TimelineModel:
    """Place the timeline layout's bars on paper.

    Dates (x) and lanes are the shared layout's; the time axis is scaled to the page width.
    Rows within a lane are packed again on paper, counting each bar's label where it sits
    outside a short bar, so that no label runs into another bar.
    """
    assert layout.origin is not None
    origin = layout.origin
    finish = origin + timedelta(days=round((layout.width - LANE_LABEL_WIDTH) / DAY_WIDTH))
    if layout.months:
        last = layout.months[-1].month
        finish = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    undated = any(p.undated for p in layout.cards.values())
    title_size = max(type_scale.minimum, type_scale.card_title - 0.5)
    date_size = max(type_scale.minimum, title_size - 0.5)
    undated_width = 130.0 * type_scale.growth
    axis_left = region.x + label_width + 6.0
    axis_right = region.right - (undated_width + 12.0 if undated else 4.0)
    bar_height = line_height(title_size) + (0.0 if one_line else line_height(date_size)) + (
        3.0 if one_line else 6.0)
    model = TimelineModel(origin, finish, axis_left, axis_right,
                          axis_right + 12.0 if undated else None, [], bar_height,
                          3.0 if one_line else 6.0, title_size, date_size, one_line)
    for lane in layout.lanes:
        placements = sorted(
            (p for p in layout.cards.values() if p.sector == lane.sector and p.step_id in cards),
            key=lambda p: (p.undated, p.box.x, p.box.y),
        )
        bars: list[TimelineBar] = []
        undated_rows = 0
        for placement in placements:
            card = cards[placement.step_id]
            if placement.undated:
                assert model.undated_left is not None
                bars.append(TimelineBar(placement.step_id, lane.sector, model.undated_left,
                                        model.undated_left + undated_width, row=undated_rows,
                                        undated=True))
                undated_rows += 1
                continue
            start = origin + timedelta(days=(placement.box.x - LANE_LABEL_WIDTH) / DAY_WIDTH)
            end = start + timedelta(days=placement.box.width / DAY_WIDTH)
            left, right = model.x_of(start), max(model.x_of(end), model.x_of(start) + 3.0)
            bar = TimelineBar(placement.step_id, lane.sector, left, right,
                              open_end=placement.open_end or placement.cut_end,
                              cut_start=placement.cut_start, cut_end=placement.cut_end)
            needed = max(text_width(card.title, title_size, True),
                         0.0 if one_line else text_width(card.dates, date_size)) + (
                10.0 + text_width("✓", title_size) + (14.0 if placement.open_end else 0.0))
            # Words that do not fit their bar go beside it, whole: on the side with room, else
            # the side with more of it.
            if right - left < needed:
                bar.label_width = needed - 8.0
                symbol = status_style(card.status).symbol
                if right - left < text_width(symbol, title_size, True) + 5.0:
                    # Too narrow for its symbol too: the words beside it begin with it.
                    bar.label_width += text_width(symbol + " ", title_size, True)
                if right + 4.0 + bar.label_width <= axis_right:
                    bar.label = "right"
                elif left - 4.0 - bar.label_width >= axis_left:
                    bar.label = "left"
                else:
                    bar.label = "right" if axis_right - right >= left - axis_left else "left"
            bars.append(bar)
        # Pack dated bars into rows, first fit in start order, labels included.
        row_ends: list[float] = []
        for bar in bars:
            if bar.undated:
                continue
            low, high = bar.extent
            row = next((i for i, end in enumerate(row_ends) if end + 6.0 <= low), None)
            if row is None:
                row_ends.append(high)
                row = len(row_ends) - 1
            else:
                row_ends[row] = high
            bar.row = row
        model.lanes.append(TimelineLane(lane.sector, max(len(row_ends), undated_rows, 1),
                                        bars))
    return model


def plan_timeline_pages(model: TimelineModel, room: float, lane_padding: float,
                        room_more: float | None = None) -> list[TimelinePage]:
    """Bands of rows that fit *room* points of height (*room_more* on later pages); lanes
    break only when they must."""
    pages: list[list[tuple[int, int, int]]] = [[]]
    used = 0.0
    first_room = room
    fresh_rows = max(1, int(((room_more or room) - lane_padding + 0.01) // model.row_height))
    for index, lane in enumerate(model.lanes):
        row = 0
        while row < lane.rows:
            free_rows = int((room - used - lane_padding + 0.01) // model.row_height)
            remaining = lane.rows - row
            # A lane that would fit whole on a fresh page starts there rather than be split;
            # a longer one fills the page it starts on. Never leave a one-row stub.
            starts_fresh = row == 0 and free_rows < remaining <= fresh_rows
            if used > 0 and (free_rows < 2 or starts_fresh):
                pages.append([])
                used = 0.0
                room = room_more if room_more is not None else first_room
                continue
            take = max(1, min(free_rows, remaining))
            pages[-1].append((index, row, row + take))
            used += take * model.row_height + lane_padding
            row += take
    return [TimelinePage(tuple(bands)) for bands in pages if bands] or [TimelinePage(())]


def timeline_header_height(type_scale: TypeScale) -> float:
    """Three rows above the lanes: the "today" badge, the years, the months."""
    return 3 * line_height(type_scale.small) + 10.0


def draw_timeline_page(
    sheet: Sheet,
    region: Box,
    layout: Layout,
    model: TimelineModel,
    page: TimelinePage,
    *,
    cards: dict[str, StepCard],
    transitions: Sequence[tuple[str, str, str]],
    words: DiagramWords,
    type_scale: TypeScale,
    label_width: float,
    today: date,
    target_date: date | None,
    referrals: frozenset[tuple[str, str, str]] = frozenset(),
) -> None:
    """Draw one page of the timeline view into *region* of *sheet*; a formal referral is
    marked on its line by the circled letter, as in the stage view."""
    header = timeline_header_height(type_scale)
    top = region.y + header
    padding = 6.0
    # Lanes on this page.
    y = top
    bar_boxes: dict[str, Box] = {}
    lane_boxes: list[Box] = []
    for band_index, (lane_index, first, end) in enumerate(page.bands):
        lane = model.lanes[lane_index]
        height = (end - first) * model.row_height + padding
        band = Box(region.x, y, region.width, height)
        lane_boxes.append(band)
        sheet.rect(band, fill=sector_tint(lane.sector, lane_index), zorder=0.5)
        sheet.rect(Box(region.x, y, label_width, height),
                   fill=tint(sector_colour(lane.sector), LABEL_TINT), zorder=0.6)
        sheet.rect(Box(region.x, y, 5.0, height), fill=sector_colour(lane.sector), zorder=0.7)
        size = type_scale.label
        lines = wrap(words.sector(lane.sector), label_width - 14.0, size, True,
                     max_lines=max(1, int((height - 4) // line_height(size))))
        sheet.lines(region.x + 10.0, y + (height - len(lines) * line_height(size)) / 2, lines,
                    size=size, bold=True)
        if band_index:
            sheet.polyline([(region.x, y), (region.right, y)], colour="white", linewidth=2.0,
                           zorder=0.8)
        for bar in lane.bars:
            if first <= bar.row < end:
                bar_top = y + padding / 2 + (bar.row - first) * model.row_height + (
                    model.row_gap / 2)
                bar_boxes[bar.step_id] = Box(bar.left, bar_top, bar.right - bar.left,
                                             model.bar_height)
        y += height
    bottom = y
    _draw_time_axis(sheet, model, region.y, top, bottom, words, type_scale)
    if not any(lane.bars for lane in model.lanes):
        sheet.text((model.axis_left + model.axis_right) / 2, (top + bottom) / 2,
                   words.t("No steps yet"), size=type_scale.label, colour=INK_SOFT,
                   ha="center", va="center")
    if model.undated_left is not None:
        size = type_scale.small
        sheet.text(model.undated_left, top - 5.0, words.t("No dates"), size=size, bold=True,
                   colour=INK_SOFT)
    # Transitions under the bars, so that a line never crosses a bar's words.
    for source, target, kind in transitions:
        if source in bar_boxes and target in bar_boxes:
            points = _draw_timeline_transition(sheet, bar_boxes[source], bar_boxes[target],
                                               kind)
            if (source, target, kind) in referrals and len(points) >= 2:
                draw_referral_mark(sheet, referral_mark_place(
                    points, bar_boxes.values(), referral_mark_radius(type_scale.small)),
                                   words.lang, type_scale.small)
    # Today and the goal's target date, over the lanes, under the bars.
    today_x = model.x_of(today)
    if model.axis_left <= today_x <= model.axis_right:
        sheet.polyline([(today_x, region.y + 2), (today_x, bottom)], colour=TODAY_INK,
                       linewidth=1.6, linestyle=(0, TODAY_DASH), zorder=3.6)
        today_word = words.t("Today")
        label = f"{today_word} {words.date(today)}"
        size = type_scale.small
        label_w = text_width(label, size, True) + 6
        x = min(max(today_x - label_w / 2, model.axis_left), model.axis_right - label_w)
        sheet.rect(Box(x, region.y, label_w, line_height(size) + 2), fill=TODAY_INK,
                   radius=2.0, zorder=3.7)
        sheet.text(x + label_w / 2, region.y + line_height(size) / 2 + 1 + cap_height(size) / 2,
                   label, size=size, bold=True, colour="white", ha="center", zorder=3.8)
    if target_date is not None and model.axis_left <= model.x_of(target_date) <= (
            model.axis_right):
        x = model.x_of(target_date)
        sheet.polyline([(x, top), (x, bottom)], colour=GOAL_INK, linewidth=1.6,
                       linestyle=(0, (2.0, 2.0)), zorder=3.6)
        goal_word = words.t("Goal")
        sheet.text(x + 2.0, bottom + type_scale.small + 2, f"★ {goal_word}",
                   size=type_scale.small, bold=True, colour=GOAL_INK)
    for lane_index, first, end in page.bands:
        lane = model.lanes[lane_index]
        for bar in lane.bars:
            if first <= bar.row < end and bar.step_id in cards:
                _draw_bar(sheet, bar, bar_boxes[bar.step_id], cards[bar.step_id], model,
                          sector_tint(lane.sector, lane_index))


def _draw_time_axis(
    sheet: Sheet,
    model: TimelineModel,
    header_top: float,
    top: float,
    bottom: float,
    words: DiagramWords,
    type_scale: TypeScale,
) -> None:
    """Years and months above the lanes; a hairline at every month, a stronger one at years."""
    size = type_scale.small
    months: list[date] = []
    month = model.origin
    while month < model.finish:
        months.append(month)
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    if not months:
        return
    month_width = (model.axis_right - model.axis_left) / max(len(months), 1)
    widest = max(text_width(month_abbreviation(m, words.lang), size) for m in range(1, 13))
    every = next((k for k in (1, 2, 3, 6) if k * month_width >= widest + 4.0), 12)
    step = line_height(size)
    year_row = header_top + step + 4.0  # below the row of the "today" badge
    month_row = year_row + step
    year_baseline = year_row + step / 2 + cap_height(size) / 2
    month_baseline = month_row + step / 2 + cap_height(size) / 2
    for month in months:
        x = model.x_of(month)
        is_year = month.month == 1
        sheet.polyline([(x, top if not is_year else year_row + 1.0), (x, bottom)],
                       colour="#9A9A9A" if is_year else "#D0D0D0",
                       linewidth=0.8 if is_year else 0.5, zorder=0.9)
        if every < 12 and (month.month - 1) % every == 0 and (
                x + widest <= model.axis_right + 2):
            name = month_abbreviation(month.month, words.lang)
            # White behind the name: the today line passes behind the axis' words.
            sheet.rect(Box(x + 1.0, month_row + 1.0, text_width(name, size) + 2.0, step - 2.0),
                       fill="white", zorder=3.65)
            sheet.text(x + 2.0, month_baseline, name, size=size, colour=INK_SOFT)
        if is_year or month == months[0]:
            next_year = date(month.year + 1, 1, 1)
            room = model.x_of(min(next_year, model.finish)) - x
            if room >= text_width(str(month.year), size, True) + 3:
                sheet.rect(Box(x + 1.0, year_row + 1.0,
                               text_width(str(month.year), size, True) + 2.0, step - 2.0),
                           fill="white", zorder=3.65)
                sheet.text(x + 2.0, year_baseline, str(month.year), size=size, bold=True)
    sheet.polyline([(model.axis_left, top), (model.axis_right, top)], colour=RULE,
                   linewidth=0.6, zorder=0.9)


def _draw_timeline_transition(sheet: Sheet, source: Box, target: Box,
                              kind: str) -> list[tuple[float, float]]:
    """An elbow from the end of one bar to the start of the next (or down into it when the
    two overlap in time); drawn beneath the bars."""
    sy, ty = source.center[1], target.center[1]
    if target.x >= source.right + 6.0:
        bend = source.right + min(8.0, (target.x - source.right) / 2)
        points = [(source.right, sy), (bend, sy), (bend, ty), (target.x, ty)]
    else:
        x = min(max(source.x, target.x) + 6.0, source.right - 2.0, target.right - 2.0)
        if abs(sy - ty) < 1:
            return []
        if ty > sy:
            points = [(x, source.bottom), (x, target.y)]
        else:
            points = [(x, source.y), (x, target.bottom)]
    if kind == "support":
        sheet.arrow(points, colour=INK_SOFT, linewidth=0.9, linestyle=(0, (3.0, 2.0)),
                    open_head=True, head=4.5, zorder=3.2, rounding=3.0)
    else:
        sheet.arrow(points, colour=INK, linewidth=1.0, head=5.0, zorder=3.2, rounding=3.0)
    return points


def _draw_bar(sheet: Sheet, bar: TimelineBar, box: Box, card: StepCard,
              model: TimelineModel, background: str) -> None:
    style = status_style(card.status)
    radius = min(3.0, box.width / 3)
    fill = style.fill if card.status in ("planned", "cancelled") else tint(
        sector_colour(bar.sector), CARD_TINT)
    sheet.rect(box, fill=fill, zorder=4, radius=radius)
    sheet.rect(box, edge=style.edge, linewidth=style.width, linestyle=line_style(style),
               radius=radius, zorder=4.5)
    if bar.open_end:  # runs on (or on the next page): the bar ends in a chevron
        tip = box.right + 6.0
        sheet.polygon([(box.right - 1, box.y + 2), (tip, box.y + box.height / 2),
                       (box.right - 1, box.bottom - 2)], fill=style.edge, zorder=4.6)
    if bar.cut_start:  # began on the page before: a chevron coming in at the left
        sheet.polygon([(box.x + 1, box.y + 2), (box.x - 5.0, box.y + box.height / 2),
                       (box.x + 1, box.bottom - 2)], fill=style.edge, zorder=4.6)
    if style.broken:
        _draw_break_mark(sheet, box, style)
    symbol = style.symbol
    title_size, date_size = model.title_size, model.date_size
    symbol_width = text_width(symbol, title_size, True) + 3.0
    pad = 4.0
    date_lines = 0.0 if model.one_line else line_height(date_size)
    text_top = box.y + (box.height - line_height(title_size) - date_lines) / 2
    colour = style.text
    if bar.label == "inside":
        room = box.width - 2 * pad - symbol_width
        if room < text_width("M…", title_size, True):
            return  # too short for words: the dates still show where it lies
        sheet.text(box.x + pad, text_top + line_height(title_size) / 2 + cap_height(
            title_size) / 2, symbol, size=title_size, bold=True, colour=colour)
        x = box.x + pad + symbol_width
        title = ellipsise(card.title, room, title_size, True)
        y = sheet.lines(x, text_top, [title], size=title_size, bold=True, colour=colour)
        if not model.one_line:
            sheet.lines(x, y, [ellipsise(card.dates, room, date_size)], size=date_size,
                        colour=colour if style.faded else INK_SOFT)
        if style.struck:
            _strike(sheet, x, text_top, title, title_size, colour)
        return
    # Outside: the symbol in the bar if it fits, the words beside it.
    if box.width >= symbol_width + 2:
        sheet.text(box.x + box.width / 2, text_top + line_height(title_size) / 2 + cap_height(
            title_size) / 2, symbol, size=title_size, bold=True, colour=colour, ha="center")
        prefix = ""
    else:
        prefix = symbol + " "
    room = bar.label_width
    x = box.right + (8.0 if bar.open_end else 4.0) if bar.label == "right" else (
        box.x - 4.0 - room)
    title = ellipsise(prefix + card.title, room, title_size, True)
    dates = ellipsise(card.dates, room, date_size)
    # The lane's own colour behind the words, so the today line and the month lines pass
    # behind them instead of through them.
    used = max(text_width(title, title_size, True),
               0.0 if model.one_line else text_width(dates, date_size))
    sheet.rect(Box(x - 1.5, text_top, used + 3.0, box.bottom - text_top), fill=background,
               zorder=3.9)
    y = sheet.lines(x, text_top, [title], size=title_size, bold=True, colour=colour)
    if not model.one_line:
        sheet.lines(x, y, [dates], size=date_size,
                    colour=colour if style.faded else INK_SOFT)
    if style.struck:
        _strike(sheet, x, text_top, title, title_size, colour)


def _strike(sheet: Sheet, x: float, top: float, text: str, size: float, colour: str) -> None:
    mid = top + line_height(size) / 2 + cap_height(size) / 2 - cap_height(size) * 0.45
    sheet.polyline([(x - 1, mid), (x + text_width(text, size, True) + 1, mid)], colour=colour,
                   linewidth=0.9, zorder=6.5)


# --- The legend ------------------------------------------------------------------------------


def draw_status_sample(sheet: Sheet, box: Box, status: str) -> None:
    """A small card in a status's style, as the legend shows it."""
    style = status_style(status)
    radius = min(3.0, box.height / 4)
    sheet.rect(box, fill=style.fill, zorder=4, radius=radius)
    sheet.rect(box, edge=style.edge, linewidth=style.width, linestyle=line_style(style),
               zorder=4.5, radius=radius)
    if style.broken:
        _draw_break_mark(sheet, box, style)
    if style.struck:
        sheet.polyline([(box.x + 3, box.y + box.height / 2), (box.right - 3,
                                                               box.y + box.height / 2)],
                       colour=style.text, linewidth=0.9, zorder=6.5)


def legend_entries(
    words: DiagramWords,
    *,
    sectors: Sequence[str],
    statuses: Sequence[str],
    kinds: Sequence[str],
    view: str,
    goal: bool,
    full_names: Sequence[tuple[str, str]] = (),
    referral: bool = False,
) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The legend's groups: (heading, [(kind of sample, code, text)]). *full_names* are the
    (short, full) names of the services the cards call by their short names."""
    groups: list[tuple[str, list[tuple[str, str, str]]]] = []
    if sectors:
        groups.append((words.t("Sectors"), [("sector", s, words.sector(s)) for s in sectors]))
    status_items = [("status", s, f"{status_style(s).symbol} {words.status(s)}")
                    for s in (*STEP_STATUSES, GONE) if s in statuses]
    if status_items:
        groups.append((words.t("Status"), status_items))
    arrows = [("arrow", k, words.transition(k)) for k in kinds]
    if referral:
        arrows.append(("referral", words.lang, words.t(N_("Formal referral"))))
    marks: list[tuple[str, str, str]] = []
    if goal and view == "stages":
        marks.append(("goal", "goal", words.t("Goal stage")))
    if view == "timeline":
        marks.append(("today", "today", words.t("Today")))
    if arrows:
        groups.append((words.t("Arrows"), arrows + marks))
    elif marks:
        groups.append(("", marks))
    if full_names:
        groups.append((words.t(N_("Names in full")),
                       [("name", short, f"{short}: {full}") for short, full in full_names]))
    return groups


def draw_legend(
    sheet: Sheet,
    box: Box,
    groups: Sequence[tuple[str, list[tuple[str, str, str]]]],
    type_scale: TypeScale,
    *,
    dry_run: bool = False,
) -> float:
    """Draw the legend's groups flowing left to right, row by row, in *box*; returns the
    height used. With *dry_run* only measures."""
    size = type_scale.legend
    row = line_height(size) + 4.0
    sample_w, sample_h = size * 2.6, size * 1.3
    # Every group's samples start at one indent, past the widest heading.
    indent = box.x + max([text_width(h, size, True) + 8.0 for h, _items in groups if h]
                         + [size * 6.5 if any(h for h, _items in groups) else 0.0])
    y = box.y
    for heading, items in groups:
        if heading and not dry_run:
            sheet.text(box.x, y + row / 2 + cap_height(size) / 2, heading, size=size, bold=True)
        x = indent
        for kind, code, text in items:
            if kind == "name":  # a name in full: its own line(s), never cut
                if x > indent:
                    y += row
                lines = wrap(text, box.right - indent, size)
                if not dry_run:
                    sheet.lines(indent, y + (row - line_height(size)) / 2, lines, size=size)
                y += line_height(size) * (len(lines) - 1)
                x = box.right
                continue
            needed = sample_w + 4.0 + text_width(text, size) + 12.0
            if x + needed > box.right and x > indent:
                y += row
                x = indent
            if not dry_run:
                centre = y + row / 2
                sample = Box(x, centre - sample_h / 2, sample_w, sample_h)
                _draw_legend_sample(sheet, sample, kind, code, size)
                sheet.text(x + sample_w + 4.0, centre + cap_height(size) / 2,
                           ellipsise(text, box.right - x - sample_w - 4.0, size), size=size)
            x += needed
        y += row
    return y - box.y


def _draw_legend_sample(sheet: Sheet, sample: Box, kind: str, code: str, size: float) -> None:
    mid = sample.y + sample.height / 2
    if kind == "sector":
        sheet.rect(sample, fill=tint(sector_colour(code), LABEL_TINT), radius=1.5, zorder=4)
        sheet.rect(Box(sample.x, sample.y, 4.0, sample.height), fill=sector_colour(code),
                   zorder=4.2)
    elif kind == "status":
        draw_status_sample(sheet, sample, code)
    elif kind == "arrow":
        _draw_transition(sheet, [(sample.x, mid), (sample.right, mid)], code)
    elif kind == "goal":
        sheet.rect(sample, edge=GOAL_INK, linewidth=2.0, radius=2.5, zorder=4)
        sheet.text(sample.x + sample.width / 2, mid + cap_height(size) / 2, "★", size=size,
                   bold=True, colour=GOAL_INK, ha="center")
    elif kind == "referral":
        _draw_transition(sheet, [(sample.x, mid), (sample.right, mid)], "next")
        draw_referral_mark(sheet, (sample.x + sample.width / 2, mid), code, size)
    elif kind == "today":
        sheet.polyline([(sample.x + sample.width / 2, sample.y - 2),
                        (sample.x + sample.width / 2, sample.bottom + 2)], colour=TODAY_INK,
                       linewidth=1.6, linestyle=(0, TODAY_DASH), zorder=4)
