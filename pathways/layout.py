"""The one layout of a pathway that the canvas and the printed diagram both draw.

Two views share the same horizontal lanes, one per sector:

* the **stage view** has one column per stage (assessment → open labour market); each step is a
  card in its sector's lane and its stage's column, several steps in one cell stacked;
* the **timeline view** has a time axis in months; each step is a bar from its start to its end
  (open-ended while ongoing), bars in one lane packed into rows so that none overlap, and a line
  for today.

Coordinates are abstract layout units with the origin top-left and y growing downwards (as on a
Qt scene); a printed page scales them to fit. A card a user dragged keeps its saved position
(``Step.position``) in the stage view; ``auto_box`` is where the layout alone would put it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from pathways.catalogue import ServiceCatalogue
from pathways.model import SECTORS, STAGES, Pathway, Step

# Geometry of the stage view, in layout units (roughly points at 100 % zoom).
CARD_WIDTH = 210.0
CARD_HEIGHT = 92.0
CARD_GAP = 14.0  # between stacked cards, and around cards inside a cell
LANE_LABEL_WIDTH = 150.0
COLUMN_HEADER_HEIGHT = 56.0
MIN_LANE_HEIGHT = CARD_HEIGHT + 2 * CARD_GAP
#: A lane with no steps stays visible (a place to add to) but takes little room, so that the
#: used lanes of a pathway fit a laptop screen together.
EMPTY_LANE_HEIGHT = 48.0

# Geometry of the timeline view.
DAY_WIDTH = 3.0
BAR_HEIGHT = 40.0
BAR_GAP = 10.0
MONTH_HEADER_HEIGHT = 40.0
#: Length drawn for a planned step that has a start but no end yet.
PLANNED_DEFAULT_DAYS = 30
#: How far an ongoing bar runs past today to show that it is open-ended.
OPEN_END_DAYS = 20
TIMELINE_MARGIN_DAYS = 15
#: Between a bar and the words beside it (and the open-end mark).
LABEL_GAP = 20.0


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle: top-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def moved_to(self, x: float, y: float) -> Box:
        return Box(x, y, self.width, self.height)

    def intersects(self, other: Box) -> bool:
        return not (
            self.right <= other.x
            or other.right <= self.x
            or self.bottom <= other.y
            or other.bottom <= self.y
        )


@dataclass(frozen=True, slots=True)
class Lane:
    """A horizontal band for one sector; ``label_box`` is where its name goes."""

    sector: str
    box: Box
    label_box: Box


@dataclass(frozen=True, slots=True)
class Column:
    """A vertical band for one stage (stage view only); goal stages are marked."""

    stage: str
    box: Box
    header_box: Box
    is_goal: bool


@dataclass(frozen=True, slots=True)
class MonthTick:
    """The first day of a month on the timeline, and where it lies."""

    month: date
    x: float


@dataclass(frozen=True, slots=True)
class CardPlacement:
    """Where one step is drawn."""

    step_id: str
    box: Box
    auto_box: Box
    sector: str
    stage: str
    #: Timeline only: the bar runs on past its drawn end (an ongoing step).
    open_end: bool = False
    #: Timeline only: the step has no dates and is listed apart, at the right edge.
    undated: bool = False
    #: Timeline of a period only: the bar begins before the period / runs on after it (a page
    #: of a timeline split by months).
    cut_start: bool = False
    cut_end: bool = False
    #: Timeline only: the bar is too short for its words, which are drawn beside it.
    label_outside: bool = False


@dataclass(slots=True)
class Layout:
    """A computed layout: lanes, columns (stage view) or months (timeline), and the cards."""

    view: str  # "stages" | "timeline"
    lanes: list[Lane]
    cards: dict[str, CardPlacement]
    width: float
    height: float
    columns: list[Column] = field(default_factory=list)
    months: list[MonthTick] = field(default_factory=list)
    today_x: float | None = None
    #: Timeline only: the date at x = LANE_LABEL_WIDTH.
    origin: date | None = None
    #: Stage view: the room between a card and its cell's edge (half the gutter between
    #: the cards of neighbouring columns, where the arrows run).
    gap: float = CARD_GAP
    #: Stage view: the room between a card and its column's edge, when it differs from *gap*
    #: (the print gives the gutters, where arrows and their marks run, a little more).
    column_gap: float | None = None

    @property
    def gutter_gap(self) -> float:
        """Half the gutter between the cards of neighbouring stage columns."""
        return self.gap if self.column_gap is None else self.column_gap

    def card(self, step_id: str) -> CardPlacement:
        return self.cards[step_id]

    def lane(self, sector: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.sector == sector), None)

    def x_of(self, day: date) -> float:
        """Timeline only: the x coordinate of *day*."""
        if self.origin is None:
            raise ValueError("x_of() is for the timeline view")
        return LANE_LABEL_WIDTH + (day - self.origin).days * DAY_WIDTH


def _sector_and_stage(step: Step, catalogue: ServiceCatalogue) -> tuple[str, str]:
    service_type = catalogue.get(step.service)
    if service_type is None:  # an unknown code: still shown, in the first lane and column
        return SECTORS[0], STAGES[0]
    return service_type.sector, service_type.stage


def cell_of(step: Step, catalogue: ServiceCatalogue) -> tuple[str, str]:
    """The (sector, stage) cell a step's card sits in on the stage view."""
    return _sector_and_stage(step, catalogue)


def _sort_key(pathway: Pathway, step: Step) -> tuple[date, int]:
    return (step.start or date.max, pathway.step_index(step.id))


def _lane_sectors(
    used: Iterable[str], lanes: str | Sequence[str]
) -> list[str]:
    if lanes == "all":
        return list(SECTORS)
    if lanes == "used":
        used_set = set(used)
        return [sector for sector in SECTORS if sector in used_set] or [SECTORS[0]]
    return list(lanes)


def stage_layout(
    pathway: Pathway,
    catalogue: ServiceCatalogue,
    *,
    goal_stages: Iterable[str] = (),
    lanes: str | Sequence[str] = "all",
    use_positions: bool = True,
    card_size: Callable[[Step], tuple[float, float]] | None = None,
    gap: float = CARD_GAP,
    stack_gap: float | None = None,
    empty_column_width: float | None = None,
    empty_lane_height: float = EMPTY_LANE_HEIGHT,
    piles: Mapping[str, int] | None = None,
    column_gap: float | None = None,
) -> Layout:
    """Sector lanes × stage columns, steps stacked in their cell in start-date order.

    *lanes* is ``"all"`` (every sector, so the canvas never jumps), ``"used"`` (only sectors
    with steps, for paper) or an explicit list of sector codes.

    The compact layout sizes everything to its content: *card_size* gives each step's card
    (width, height) — a renderer measures its words, so a long name makes a taller card rather
    than a cut one; cards in one cell stack *stack_gap* apart; a lane is as tall as its fullest
    cell; a stage column as wide as its widest card, and *empty_column_width* wide without
    cards (None: every column as wide as a card). Without them, every card is
    ``CARD_WIDTH`` × ``CARD_HEIGHT``. *piles* gives a stage the number of stacks its cells may
    put side by side (top to bottom, then on to the right), so that one busy stage does not
    make its lane taller than the page. *column_gap* (default *gap*): the room between a card
    and its column's left and right edges.
    """
    goal = set(goal_stages)
    between = gap if stack_gap is None else stack_gap
    side = gap if column_gap is None else column_gap
    steps = sorted(pathway.steps, key=lambda s: _sort_key(pathway, s))
    sizes = {step.id: card_size(step) if card_size is not None else (CARD_WIDTH, CARD_HEIGHT)
             for step in steps}
    cells: dict[tuple[str, str], list[Step]] = {}
    for step in steps:
        cells.setdefault(_sector_and_stage(step, catalogue), []).append(step)
    sectors = _lane_sectors((sector for sector, _ in cells), lanes)

    def stacks(cell: Sequence[Step]) -> list[list[Step]]:
        """The cell's cards in columns of at most *max_stack*, as even as can be."""
        count = min(len(cell), (piles or {}).get(_stage_of(cell), 1))
        if count <= 1:
            return [list(cell)]
        per = math.ceil(len(cell) / count)
        return [list(cell[i : i + per]) for i in range(0, len(cell), per)]

    def _stage_of(cell: Sequence[Step]) -> str:
        return _sector_and_stage(cell[0], catalogue)[1] if cell else STAGES[0]

    def cell_width(cell: Sequence[Step]) -> float:
        return sum(max(sizes[step.id][0] for step in pile) for pile in stacks(cell)) + (
            between * (len(stacks(cell)) - 1))

    column_widths: dict[str, float] = {}
    for stage in STAGES:
        widths = [cell_width(cell) for (_sector, cell_stage), cell in cells.items()
                  if cell_stage == stage]
        if widths:
            column_widths[stage] = max(widths) + 2 * side
        elif empty_column_width is not None and stage not in goal:
            column_widths[stage] = empty_column_width
        elif empty_column_width is not None and card_size is not None and steps:
            # An empty goal column: as wide as a card, room for the goal's words.
            column_widths[stage] = max(sizes[step.id][0] for step in steps) + 2 * side
        else:
            column_widths[stage] = CARD_WIDTH + 2 * side
    column_x: dict[str, float] = {}
    x = LANE_LABEL_WIDTH
    for stage in STAGES:
        column_x[stage] = x
        x += column_widths[stage]
    width = x

    def cell_height(cell: Sequence[Step]) -> float:
        return max(sum(sizes[step.id][1] for step in pile) + between * (len(pile) - 1)
                   for pile in stacks(cell)) + 2 * gap

    lane_heights: dict[str, float] = {}
    for sector in sectors:
        filled = [cells[(sector, stage)] for stage in STAGES if (sector, stage) in cells]
        if not filled:
            lane_heights[sector] = empty_lane_height
        elif card_size is None:
            deepest = max(len(cell) for cell in filled)
            lane_heights[sector] = max(MIN_LANE_HEIGHT,
                                       deepest * (CARD_HEIGHT + between) + gap)
        else:
            lane_heights[sector] = max(cell_height(cell) for cell in filled)

    result_lanes: list[Lane] = []
    cards: dict[str, CardPlacement] = {}
    y = COLUMN_HEADER_HEIGHT
    for sector in sectors:
        height = lane_heights[sector]
        result_lanes.append(
            Lane(sector, Box(0.0, y, width, height), Box(0.0, y, LANE_LABEL_WIDTH, height))
        )
        for stage in STAGES:
            left = column_x[stage] + side
            for pile in stacks(cells.get((sector, stage), [])):
                top = y + gap
                for step in pile:
                    card_width, card_height = sizes[step.id]
                    auto = Box(left, top, card_width, card_height)
                    top += card_height + between
                    box = auto
                    if use_positions and step.position is not None:
                        box = auto.moved_to(*step.position)
                    cards[step.id] = CardPlacement(step.id, box, auto, sector, stage)
                left += max((sizes[step.id][0] for step in pile), default=0.0) + between
        y += height
    # Steps in a sector whose lane is not shown (explicit lane list) are placed in no lane;
    # keep them visible below the lanes rather than drop them silently.
    for step in steps:
        if step.id not in cards:
            sector, stage = _sector_and_stage(step, catalogue)
            card_width, card_height = sizes[step.id]
            auto = Box(column_x[stage] + side, y + gap, card_width, card_height)
            cards[step.id] = CardPlacement(step.id, auto, auto, sector, stage)
            y += card_height + gap
    height_total = y
    columns = [
        Column(
            stage,
            Box(column_x[stage], 0.0, column_widths[stage], height_total),
            Box(column_x[stage], 0.0, column_widths[stage], COLUMN_HEADER_HEIGHT),
            stage in goal,
        )
        for stage in STAGES
    ]
    # Dragged cards may lie outside the grid: grow the scene to hold them.
    right = max([width, *(c.box.right + gap for c in cards.values())])
    bottom = max([height_total, *(c.box.bottom + gap for c in cards.values())])
    return Layout("stages", result_lanes, cards, right, bottom, columns=columns, gap=gap,
                  column_gap=column_gap)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _bar_span(step: Step, today: date) -> tuple[date, date, bool] | None:
    """The drawn start and end of a step's bar and whether it is open-ended; None if undated."""
    start = step.start
    end = step.end
    if start is None and end is None:
        return None
    if start is None:
        assert end is not None
        start = end - timedelta(days=PLANNED_DEFAULT_DAYS)
    if step.status == "ongoing" and end is None:
        return start, max(today, start) + timedelta(days=OPEN_END_DAYS), True
    if end is None:
        end = start + timedelta(days=PLANNED_DEFAULT_DAYS)
    return start, max(end, start + timedelta(days=1)), False


def timeline_layout(
    pathway: Pathway,
    catalogue: ServiceCatalogue,
    *,
    today: date,
    lanes: str | Sequence[str] = "all",
    period: tuple[date, date] | None = None,
    with_undated: bool = True,
    label_width: Callable[[Step], float] | None = None,
) -> Layout:
    """Sector lanes over a time axis in months; bars packed into rows without overlap.

    *period* (first day of a month, first day of the month after the last): only that part of
    the time axis, as one page of a timeline split by months — the steps that run in it, their
    bars cut at its edges (``cut_start`` / ``cut_end``); steps without dates only
    *with_undated* (the first period's page).

    *label_width* gives the room a step's words need (a renderer measures them): a bar
    shorter than that has them beside it (``label_outside``), counted when rows are packed.
    """
    steps = sorted(pathway.steps, key=lambda s: _sort_key(pathway, s))
    spans: dict[str, tuple[date, date, bool]] = {}
    cuts: dict[str, tuple[bool, bool]] = {}
    undated: list[Step] = []
    for step in steps:
        span = _bar_span(step, today)
        if span is None:
            undated.append(step)
        elif period is None:
            spans[step.id] = span
        elif span[0] < period[1] and span[1] > period[0]:
            start, end, open_end = span
            cuts[step.id] = (start < period[0], end > period[1])
            spans[step.id] = (max(start, period[0]), min(end, period[1]),
                              open_end and end <= period[1])
    if period is not None:
        if not with_undated:
            undated = []
        kept = set(spans) | {step.id for step in undated}
        steps = [step for step in steps if step.id in kept]
        origin, finish = period
    else:
        first = min([today, *(s[0] for s in spans.values())])
        last = max([today, *(s[1] for s in spans.values())])
        origin = _month_start(first - timedelta(days=TIMELINE_MARGIN_DAYS))
        finish = _next_month(last + timedelta(days=TIMELINE_MARGIN_DAYS))
    axis_width = (finish - origin).days * DAY_WIDTH
    undated_x = LANE_LABEL_WIDTH + axis_width + CARD_GAP

    def x_of(day: date) -> float:
        return LANE_LABEL_WIDTH + (day - origin).days * DAY_WIDTH

    by_sector: dict[str, list[Step]] = {}
    for step in steps:
        by_sector.setdefault(_sector_and_stage(step, catalogue)[0], []).append(step)
    sectors = _lane_sectors(by_sector, lanes)
    width = undated_x + (CARD_WIDTH + CARD_GAP if undated else 0.0)

    result_lanes: list[Lane] = []
    cards: dict[str, CardPlacement] = {}
    outside: set[str] = set()
    widest = 0.0  # the right edge of words beside a bar at the end of the axis
    y = MONTH_HEADER_HEIGHT
    for sector in sectors:
        row_ends: list[float] = []  # right edge of the last bar in each row
        placed: list[tuple[Step, int]] = []
        undated_rows = 0
        for step in by_sector.get(sector, ()):
            if step.id not in spans:
                placed.append((step, -1 - undated_rows))
                undated_rows += 1
                continue
            start, end, _open = spans[step.id]
            left, right = x_of(start), x_of(end)
            if label_width is not None and right - left < label_width(step):
                # Too short for its words: they go beside it, and no bar in the row may
                # start under them.
                outside.add(step.id)
                right += LABEL_GAP + label_width(step)
                widest = max(widest, right + CARD_GAP)
            row = next((i for i, edge in enumerate(row_ends) if edge + BAR_GAP <= left), None)
            if row is None:
                row_ends.append(right)
                row = len(row_ends) - 1
            else:
                row_ends[row] = right
            placed.append((step, row))
        rows = max(len(row_ends), undated_rows, 1)
        height = rows * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
        result_lanes.append(
            Lane(sector, Box(0.0, y, width, height), Box(0.0, y, LANE_LABEL_WIDTH, height))
        )
        for step, row in placed:
            sector_code, stage = _sector_and_stage(step, catalogue)
            if row < 0:
                box = Box(undated_x, y + BAR_GAP + (-row - 1) * (BAR_HEIGHT + BAR_GAP),
                          CARD_WIDTH, BAR_HEIGHT)
                cards[step.id] = CardPlacement(step.id, box, box, sector_code, stage,
                                               undated=True)
                continue
            start, end, open_end = spans[step.id]
            box = Box(x_of(start), y + BAR_GAP + row * (BAR_HEIGHT + BAR_GAP),
                      max(x_of(end) - x_of(start), DAY_WIDTH), BAR_HEIGHT)
            cut_start, cut_end = cuts.get(step.id, (False, False))
            cards[step.id] = CardPlacement(step.id, box, box, sector_code, stage,
                                           open_end=open_end, cut_start=cut_start,
                                           cut_end=cut_end,
                                           label_outside=step.id in outside)
        y += height
    if widest > width:  # the scene holds the words beside the last bars too
        width = widest
        result_lanes = [Lane(lane.sector, Box(lane.box.x, lane.box.y, width, lane.box.height),
                             lane.label_box) for lane in result_lanes]
    months: list[MonthTick] = []
    month = origin
    while month < finish:
        months.append(MonthTick(month, x_of(month)))
        month = _next_month(month)
    return Layout(
        "timeline",
        result_lanes,
        cards,
        width,
        y,
        months=months,
        today_x=x_of(today),
        origin=origin,
    )


def month_periods(layout: Layout, count: int) -> list[tuple[date, date]]:
    """The time axis of a whole-timeline *layout* cut into *count* runs of whole months, as
    even as can be: (first day, first day after)."""
    months = [tick.month for tick in layout.months]
    if not months:
        return []
    finish = _next_month(months[-1])
    count = max(1, min(count, len(months)))
    per = math.ceil(len(months) / count)
    starts = months[::per]
    return [(start, starts[index + 1] if index + 1 < len(starts) else finish)
            for index, start in enumerate(starts)]


def anchor_points(
    source: Box, target: Box
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where an arrow from *source* to *target* leaves and enters: on the facing edges.

    Arrows follow the cards: the renderers call this whenever a card moves.
    """
    (sx, sy), (tx, ty) = source.center, target.center
    # Cards in different columns are joined side to side (the pathway reads left to right);
    # cards that share a column, one above the other, top to bottom.
    if target.x >= source.right or source.x >= target.right:
        forward = tx >= sx
        start = (source.right if forward else source.x, sy)
        end = (target.x if forward else target.right, ty)
    else:
        downward = ty >= sy
        start = (sx, source.bottom if downward else source.y)
        end = (tx, target.y if downward else target.bottom)
    return start, end


def arrow_length(start: tuple[float, float], end: tuple[float, float]) -> float:
    return math.hypot(end[0] - start[0], end[1] - start[1])


def step_order_for_reading(pathway: Pathway, layout: Layout) -> list[str]:
    """Step ids in reading order (top to bottom in a column, columns left to right).

    Used for keyboard movement and the list view that screen-reader users read.
    """
    return sorted(
        layout.cards,
        key=lambda sid: (layout.cards[sid].box.x // 1, layout.cards[sid].box.y,
                         pathway.step_index(sid)),
    )
