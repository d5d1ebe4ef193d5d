"""Routes for the printed stage view's arrows: orthogonal lines through the gaps between cards.

A straight line from card to card (what the interactive canvas draws, so that arrows follow a
dragged card) crosses other cards and their text as soon as a transition skips a column or a
lane. On paper the arrows instead run in the *gutters* between stage columns and the *channels*
between sector lanes, where the shared layout leaves no card, and several arrows in one gutter
are spread onto tracks of their own. Everything here is plain geometry on page points (y grows
downwards); nothing draws.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from pathways.layout import Box

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Grid:
    """The free space of one page of the stage view.

    *columns* are the x ranges of the stage columns shown, left to right; the gutter between
    two columns is centred on their common edge. *channels* are y positions of horizontal
    free bands (the lane boundaries). *region* bounds the diagram on the page.
    """

    columns: Sequence[tuple[float, float]]
    channels: Sequence[float]
    region: Box
    #: The free width between the cards of two neighbouring columns.
    gutter_width: float = 14.0

    def gutter(self, index: int) -> float:
        """The x of gutter *index*: 0 left of the first column … len(columns) right of the last."""
        if index <= 0:
            return self.columns[0][0]
        if index >= len(self.columns):
            return self.columns[-1][1]
        return self.columns[index][0]

    def column_of(self, box: Box) -> int:
        centre = box.x + box.width / 2
        for index, (left, right) in enumerate(self.columns):
            if left <= centre < right:
                return index
        return 0 if centre < self.columns[0][0] else len(self.columns) - 1


@dataclass(frozen=True, slots=True)
class Connection:
    """One arrow to route: between two cards on the page, or to/from a card on another page.

    *offpage* names where the missing end lies when one of *source* / *target* is None:
    "right", "left" (another page of columns) or "down", "up" (another page of lanes).
    """

    key: tuple[str, str, str]
    source: str | None
    target: str | None
    offpage: str | None = None


@dataclass(slots=True)
class Route:
    """A routed arrow: its polyline (arrowhead at the last point) and where it leaves the page."""

    key: tuple[str, str, str]
    points: list[Point]
    #: For an arrow with an end on another page: the free end, where its page label goes.
    offpage_end: Point | None = None
    offpage_direction: str | None = None
    #: True when the arrow comes in from another page (the label goes at its start).
    incoming: bool = False


@dataclass(slots=True)
class _Plan:
    connection: Connection
    exit_side: str
    entry_side: str
    source_box: Box
    target_box: Box
    source_column: int
    target_column: int
    start: Point = (0.0, 0.0)
    end: Point = (0.0, 0.0)
    #: Alternating moves after the start: horizontal to x, vertical to y, horizontal to x, …
    moves: list[float] = field(default_factory=list)
    #: For each move: ("gutter", index) or ("channel", index) or None — what it may be shifted on.
    lanes: list[tuple[str, int] | None] = field(default_factory=list)
    first_vertical: bool = False


def _hits(boxes: Sequence[Box], a: Point, b: Point, ignore: Sequence[Box] = ()) -> bool:
    """Whether the axis-parallel segment a–b runs through any of *boxes* (other than *ignore*)."""
    left, right = min(a[0], b[0]), max(a[0], b[0])
    top, bottom = min(a[1], b[1]), max(a[1], b[1])
    for box in boxes:
        if any(box is other for other in ignore):
            continue
        if left < box.right - 0.5 and box.x + 0.5 < right and top < box.bottom - 0.5 and (
            box.y + 0.5 < bottom
        ):
            return True
        if left == right and box.x < left < box.right and top < box.bottom and box.y < bottom:
            return True
        if top == bottom and box.y < top < box.bottom and left < box.right and box.x < right:
            return True
    return False


def _side_point(box: Box, side: str, fraction: float) -> Point:
    if side == "right":
        return (box.right, box.y + box.height * fraction)
    if side == "left":
        return (box.x, box.y + box.height * fraction)
    if side == "bottom":
        return (box.x + box.width * fraction, box.bottom)
    return (box.x + box.width * fraction, box.y)


def route_connections(
    boxes: dict[str, Box],
    grid: Grid,
    connections: Sequence[Connection],
    *,
    track_spacing: float = 3.5,
    min_vertical_gap: float = 10.0,
) -> list[Route]:
    """Route every connection; arrows between cards never pass through a third card's box
    when the grid leaves room, and parallel runs in one gutter or channel are kept apart."""
    all_boxes = list(boxes.values())
    plans: list[_Plan] = []
    for connection in connections:
        plan = _plan(connection, boxes, grid, all_boxes, min_vertical_gap)
        if plan is not None:
            plans.append(plan)
    _assign_ports(plans, all_boxes)
    for plan in plans:
        _shape(plan, grid, all_boxes)
        # Clear of the cards if it can, else through the narrow gaps between them.
        if ("edge" not in (plan.exit_side, plan.entry_side)
                and (plan.source_box.height and plan.target_box.height)
                and _plan_hits(plan, all_boxes)
                and not _search(plan, grid, all_boxes, _CLEARANCE, _INFLATE)):
            _search(plan, grid, all_boxes, _TIGHT_CLEARANCE, _TIGHT_INFLATE)
    _separate_tracks(plans, grid, track_spacing)
    routes: list[Route] = []
    for plan in plans:
        points = _without_duplicates(_plan_points(plan))
        connection = plan.connection
        route = Route(connection.key, points)
        if connection.target is None:
            route.offpage_end = points[-1]
            route.offpage_direction = connection.offpage
        elif connection.source is None:
            route.offpage_end = points[0]
            route.offpage_direction = connection.offpage
            route.incoming = True
        routes.append(route)
    return routes


def _without_duplicates(points: list[Point]) -> list[Point]:
    result: list[Point] = []
    for point in points:
        if not result or max(abs(point[0] - result[-1][0]), abs(point[1] - result[-1][1])) > 0.01:
            result.append(point)
    return result


def _plan(
    connection: Connection,
    boxes: dict[str, Box],
    grid: Grid,
    all_boxes: list[Box],
    min_vertical_gap: float,
) -> _Plan | None:
    region = grid.region
    source = boxes.get(connection.source) if connection.source else None
    target = boxes.get(connection.target) if connection.target else None
    if source is None and target is None:
        return None
    if source is not None and target is not None:
        cs, cd = grid.column_of(source), grid.column_of(target)
        if cs < cd:
            sides = ("right", "left")
        elif cs > cd:
            sides = ("left", "right")
        else:
            below = target.y >= source.bottom
            above = target.bottom <= source.y
            x = source.x + source.width / 2
            if below and target.y - source.bottom >= min_vertical_gap and not _hits(
                all_boxes, (x, source.bottom), (x, target.y), (source, target)
            ) and target.x < x < target.right:
                sides = ("bottom", "top")
            elif above and source.y - target.bottom >= min_vertical_gap and not _hits(
                all_boxes, (x, target.bottom), (x, source.y), (source, target)
            ) and target.x < x < target.right:
                sides = ("top", "bottom")
            else:
                sides = ("right", "right")
        return _Plan(connection, sides[0], sides[1], source, target, cs, cd)
    # One end on another page: a virtual point at the edge of the diagram stands in for it.
    direction = connection.offpage or "right"
    if source is not None:
        cs = grid.column_of(source)
        if direction == "left":
            virtual = Box(region.x, source.y, 0.0, source.height)
            return _Plan(connection, "left", "right", source, virtual, cs, -1)
        if direction in ("down", "up"):
            edge = region.bottom if direction == "down" else region.y
            virtual = Box(grid.gutter(cs + 1), edge, 0.0, 0.0)
            return _Plan(connection, "right", "edge", source, virtual, cs, cs)
        virtual = Box(region.right, source.y, 0.0, source.height)
        return _Plan(connection, "right", "left", source, virtual, cs, len(grid.columns))
    assert target is not None
    cd = grid.column_of(target)
    if direction == "right":  # comes from a later page of columns: enters from the right
        virtual = Box(region.right, target.y, 0.0, target.height)
        return _Plan(connection, "left", "right", virtual, target, len(grid.columns), cd)
    if direction in ("down", "up"):
        edge = region.bottom if direction == "down" else region.y
        virtual = Box(grid.gutter(cd), edge, 0.0, 0.0)
        return _Plan(connection, "edge", "left", virtual, target, cd, cd)
    virtual = Box(region.x, target.y, 0.0, target.height)
    return _Plan(connection, "right", "left", virtual, target, -1, cd)


def _assign_ports(plans: list[_Plan], boxes: list[Box]) -> None:
    """Choose where each arrow leaves and enters its cards.

    An arrow between two cards that face each other across the gutters (their heights
    overlap, nothing between) runs straight at mid-overlap. The other arrows that share a side
    of a card are spread along it, ordered by where their other end lies so they do not cross.
    """
    taken: dict[tuple[int, str], list[float]] = defaultdict(list)
    straight: set[int] = set()
    for order, plan in enumerate(plans):
        source, target = plan.source_box, plan.target_box
        if {plan.exit_side, plan.entry_side} != {"left", "right"} or plan.exit_side == (
                plan.entry_side) or source.width == 0 or target.width == 0:
            continue
        low, high = max(source.y, target.y), min(source.bottom, target.bottom)
        if high - low < 12.0:
            continue
        y = (low + high) / 2
        xs = source.right if plan.exit_side == "right" else source.x
        xt = target.x if plan.entry_side == "left" else target.right
        keys = ((id(source), plan.exit_side), (id(target), plan.entry_side))
        if any(abs(y - other) < 8.0 for key in keys for other in taken[key]):
            continue
        if _hits(boxes, (xs, y), (xt, y), (source, target)):
            continue
        plan.start, plan.end = (xs, y), (xt, y)
        for key in keys:
            taken[key].append(y)
        straight.add(order)

    by_side: dict[tuple[int, str], list[tuple[float, int, _Plan, bool]]] = defaultdict(list)
    for order, plan in enumerate(plans):
        if order in straight:
            continue
        other_t = plan.target_box.center
        other_s = plan.source_box.center
        if plan.exit_side != "edge":
            coordinate = other_t[1] if plan.exit_side in ("left", "right") else other_t[0]
            by_side[(id(plan.source_box), plan.exit_side)].append((coordinate, order, plan, True))
        if plan.entry_side != "edge":
            coordinate = other_s[1] if plan.entry_side in ("left", "right") else other_s[0]
            by_side[(id(plan.target_box), plan.entry_side)].append(
                (coordinate, order, plan, False)
            )
    for key, entries in by_side.items():
        entries.sort(key=lambda entry: (entry[0], entry[1]))
        count = len(entries)
        side = key[1]
        fractions = [0.5] if count == 1 else [0.2 + 0.6 * i / (count - 1) for i in range(count)]
        for index, (coordinate, _order, plan, is_exit) in enumerate(entries):
            box = plan.source_box if is_exit else plan.target_box
            if box.height == 0 and box.width == 0:
                point = (box.x, box.y)
            elif box.width == 0:  # a virtual end at the page edge: level with the card
                partner = plan.target_box if is_exit else plan.source_box
                point = (box.x, partner.y + partner.height * fractions[index])
            else:
                fraction = _free_fraction(box, side, fractions[index], taken[key], coordinate)
                point = _side_point(box, side, fraction)
                taken[key].append(point[1] if side in ("left", "right") else point[0])
            if is_exit:
                plan.start = point
            else:
                plan.end = point
    for plan in plans:  # virtual ends take the height of the real end's port
        if plan.entry_side == "edge":
            plan.end = (plan.target_box.x, plan.target_box.y)
        elif plan.exit_side == "edge":
            plan.start = (plan.source_box.x, plan.source_box.y)
        if plan.source_box.width == 0 and plan.source_box.height > 0:
            plan.start = (plan.source_box.x, plan.end[1])
        if plan.target_box.width == 0 and plan.target_box.height > 0:
            plan.end = (plan.target_box.x, plan.start[1])


def _free_fraction(
    box: Box, side: str, wanted: float, taken: list[float], toward: float
) -> float:
    """The fraction along a side nearest *wanted* that keeps 8 points from every taken port,
    on the side of the card's middle that faces the arrow's other end."""
    length = box.height if side in ("left", "right") else box.width
    origin = box.y if side in ("left", "right") else box.x
    middle = origin + length / 2

    def cost(fraction: float) -> float:
        position = origin + fraction * length
        wrong_side = (position - middle) * (toward - middle) < 0
        return abs(fraction - wanted) + (0.5 if wrong_side else 0.0)

    candidates = sorted((cost(f), f) for f in (i / 20 for i in range(3, 18)))
    for _distance, fraction in candidates:
        if all(abs(origin + fraction * length - other) >= 8.0 for other in taken):
            return fraction
    return wanted


def _nearest_channel(grid: Grid, y1: float, y2: float) -> int:
    best, best_cost = 0, float("inf")
    for index, y in enumerate(grid.channels):
        cost = abs(y1 - y) + abs(y - y2)
        if cost < best_cost - 0.01:
            best, best_cost = index, cost
    return best


def _shape(plan: _Plan, grid: Grid, boxes: list[Box]) -> None:
    """Choose the bends of one arrow: the fewest that keep it off every other card."""
    (sx, sy), (tx, ty) = plan.start, plan.end
    ends = (plan.source_box, plan.target_box)
    cs, cd = plan.source_column, plan.target_column
    if plan.exit_side in ("bottom", "top"):
        plan.first_vertical = True
        plan.moves = [ty]
        plan.lanes = [None]
        return
    if plan.entry_side == "edge":  # out of the bottom or top of the page via the right gutter
        gutter = cs + 1
        plan.moves = [grid.gutter(gutter), ty]
        plan.lanes = [("gutter", gutter), None]
        return
    if plan.exit_side == "edge":  # in from the bottom or top of the page via the left gutter
        plan.first_vertical = True
        plan.start = (grid.gutter(cd), sy)
        plan.moves = [ty, tx]
        plan.lanes = [None, None]
        return
    if plan.exit_side == plan.entry_side == "right":  # same column: round the right gutter
        gutter = cs + 1
        plan.moves = [grid.gutter(gutter), ty, tx]
        plan.lanes = [("gutter", gutter), None, None]
        return
    forward = plan.exit_side == "right"
    if abs(sy - ty) < 0.5 and not _hits(boxes, (sx, sy), (tx, sy), ends):
        plan.moves = [tx]
        plan.lanes = [None]
        plan.end = (tx, sy)
        return
    # One bend in a gutter between the two columns: run along the source's row, drop in the
    # gutter nearest the target (reads as "then on to"), enter along the target's row.
    if forward:
        gutters = list(range(min(cd, len(grid.columns)), cs, -1))
    else:
        gutters = list(range(max(cd + 1, 0), min(cs, len(grid.columns)) + 1))
    for gutter in gutters:
        x = grid.gutter(gutter)
        if not _hits(boxes, (sx, sy), (x, sy), ends) and not _hits(
            boxes, (x, sy), (x, ty), ends
        ) and not _hits(boxes, (x, ty), (tx, ty), ends):
            plan.moves = [x, ty, tx]
            plan.lanes = [("gutter", gutter), None, None]
            return
    # Otherwise down the first gutter, along a lane boundary, down the last gutter.
    first = cs + 1 if forward else cs
    last = cd if forward else cd + 1
    channel = _nearest_channel(grid, sy, ty) if grid.channels else -1
    cy = grid.channels[channel] if channel >= 0 else (sy + ty) / 2
    plan.moves = [grid.gutter(first), cy, grid.gutter(last), ty, tx]
    plan.lanes = [("gutter", first), ("channel", channel), ("gutter", last), None, None]


def _separate_tracks(plans: list[_Plan], grid: Grid, spacing: float) -> None:
    """Give runs that share a gutter or channel and overlap their own track, side by side."""
    runs: dict[tuple[str, int], list[tuple[float, float, _Plan, int]]] = defaultdict(list)
    for plan in plans:
        x, y = plan.start
        vertical = plan.first_vertical
        for index, value in enumerate(plan.moves):
            lane = plan.lanes[index] if index < len(plan.lanes) else None
            # A move "horizontal to x" ends a horizontal run and places the following vertical
            # run at x: the vertical run is what lives in the gutter.
            if lane is not None:
                if lane[0] == "gutter":
                    following = plan.moves[index + 1] if index + 1 < len(plan.moves) else y
                    runs[lane].append((min(y, following), max(y, following), plan, index))
                else:
                    following = plan.moves[index + 1] if index + 1 < len(plan.moves) else x
                    runs[lane].append((min(x, following), max(x, following), plan, index))
            if vertical:
                y = value
            else:
                x = value
            vertical = not vertical
    for (kind, _lane_index), items in runs.items():
        items.sort(key=lambda item: (item[0], item[1]))
        track_ends: list[float] = []
        assigned: list[int] = []
        for low, high, _plan, _index in items:
            track = next((t for t, end in enumerate(track_ends) if end < low - 2.0), None)
            if track is None:
                track_ends.append(high)
                track = len(track_ends) - 1
            else:
                track_ends[track] = high
            assigned.append(track)
        count = len(track_ends)
        if count <= 1:
            continue
        # Tracks stay inside the free band, however many arrows share it.
        step = min(spacing, grid.gutter_width / (count + 1)) if kind == "gutter" else spacing
        for (_low, _high, plan, index), track in zip(items, assigned, strict=True):
            plan.moves[index] += (track - (count - 1) / 2) * step


def _plan_points(plan: _Plan) -> list[Point]:
    points = [plan.start]
    x, y = plan.start
    vertical = plan.first_vertical
    for value in plan.moves:
        if vertical:
            y = value
        else:
            x = value
        points.append((x, y))
        vertical = not vertical
    return points


def _plan_hits(plan: _Plan, boxes: list[Box]) -> bool:
    """Whether the shaped arrow runs through a card other than its own two."""
    points = _plan_points(plan)
    ends = (plan.source_box, plan.target_box)
    return any(_hits(boxes, a, b, ends) for a, b in zip(points, points[1:], strict=False))


#: How far a searched arrow keeps off the cards (points), what a bend costs (as so many
#: points of length), and the shortest last stretch that leaves its arrowhead room.
_CLEARANCE = 2.5
_INFLATE = 1.0
#: Cards packed side by side leave gaps of 3 points: then 1.5 off a card, 0.4 kept clear.
_TIGHT_CLEARANCE = 1.5
_TIGHT_INFLATE = 0.4
_WINDOW = 80.0
_BEND = 18.0
_HEAD_ROOM = 9.0

_OUTWARD = {"right": (1, 0), "left": (-1, 0), "bottom": (0, 1), "top": (0, -1)}


def _search(plan: _Plan, grid: Grid, boxes: list[Box], clearance: float, inflate: float
            ) -> bool:
    """Reshape an arrow that the gutters and channels alone cannot keep off other cards (in
    a busy cell the cards stand side by side): the shortest orthogonal path with few bends
    over lines through the gutters, the channels and just beside every card, leaving and
    entering its cards at any side's middle (its given ports first), *clearance* off a card
    and keeping *inflate* clear of it. Left as it was (False) when no path is free."""
    source, target = plan.source_box, plan.target_box
    inflated = [Box(b.x - inflate, b.y - inflate, b.width + 2 * inflate,
                    b.height + 2 * inflate) for b in boxes]
    source_big = next((big for box, big in zip(boxes, inflated, strict=True)
                       if box is source), None)
    target_big = next((big for box, big in zip(boxes, inflated, strict=True)
                       if box is target), None)
    # A page edge stands in for a card on another page: the arrow crosses it at any height.
    source_edge = source.width == 0
    target_edge = target.width == 0
    starts = [(plan.start, plan.exit_side, 0.0)] + ([] if source_edge else [
        (_side_point(source, side, 0.5), side, 12.0) for side in _OUTWARD])
    ends = [(plan.end, plan.entry_side, 0.0)] + ([] if target_edge else [
        (_side_point(target, side, 0.5), side, 12.0) for side in _OUTWARD])
    window = Box(min(source.x, target.x) - _WINDOW, min(source.y, target.y) - _WINDOW, 0.0, 0.0)
    window = Box(window.x, window.y, max(source.right, target.right) + _WINDOW - window.x,
                 max(source.bottom, target.bottom) + _WINDOW - window.y)
    region = grid.region
    near = [b for b in boxes if b.right > window.x and b.x < window.right
            and b.bottom > window.y and b.y < window.bottom]
    xs = {grid.gutter(i) for i in range(len(grid.columns) + 1)}
    ys = set(grid.channels)
    for box in near:
        xs |= {box.x - clearance, box.right + clearance}
        ys |= {box.y - clearance, box.bottom + clearance}
    for (x, y), _side, _cost in [*starts, *ends]:
        xs.add(x)
        ys.add(y)
    xs_sorted = sorted(x for x in xs if max(window.x, region.x) <= x <= min(
        window.right, region.right))
    ys_sorted = sorted(y for y in ys if max(window.y, region.y) <= y <= min(
        window.bottom, region.bottom))
    near_big = [big for box, big in zip(boxes, inflated, strict=True) if box in near]
    if source_edge:  # in from the page's edge, heading across it towards the card
        heading = "left" if source.x >= target.right else "right"
        starts += [((source.x, y), heading, 6.0) for y in ys_sorted]
    if target_edge:  # out over the page's edge
        side = "left" if target.x >= source.right else "right"
        ends += [((target.x, y), side, 6.0) for y in ys_sorted]

    def free(a: Point, b: Point, ignore: Sequence[Box] = ()) -> bool:
        return not _hits(near_big, a, b, ignore)

    # Dijkstra over (point, direction of arrival); a bend costs _BEND.
    queue: list[tuple[float, int, Point, str, tuple[Point, ...]]] = []
    counter = 0
    for point, side, cost in starts:
        if side not in _OUTWARD:
            continue
        heapq.heappush(queue, (cost, counter, point, side, (point,)))
        counter += 1
    goals: dict[Point, tuple[str, float]] = {}
    for point, side, cost in ends:
        if side in _OUTWARD:
            goals.setdefault((round(point[0], 3), round(point[1], 3)), (side, cost))
    done: set[tuple[Point, str]] = set()
    checked: dict[tuple[Point, Point, bool], bool] = {}
    while queue:
        cost, _n, point, heading, path = heapq.heappop(queue)
        key = ((round(point[0], 3), round(point[1], 3)), heading)
        if key in done:
            continue
        done.add(key)
        goal = goals.get(key[0])
        if goal is not None and len(path) > 1:
            side, _extra = goal
            dx, dy = _OUTWARD[side]
            if _OUTWARD[heading] == (-dx, -dy):
                _adopt(plan, list(path))
                return True
        for direction, (dx, dy) in _OUTWARD.items():
            if len(path) == 1 and direction != heading:
                continue  # leave the card straight out of its side
            if (dx, dy) == tuple(-v for v in _OUTWARD[heading]):
                continue
            line = xs_sorted if dx else ys_sorted
            here = point[0] if dx else point[1]
            at = (bisect.bisect_right(line, here + 0.01) if (dx or dy) > 0
                  else bisect.bisect_left(line, here - 0.01) - 1)
            if not 0 <= at < len(line):
                continue
            step = line[at]
            nxt = (step, point[1]) if dx else (point[0], step)
            at_end = len(path) == 1 or (round(nxt[0], 3), round(nxt[1], 3)) in goals
            edge = (point, nxt, at_end)
            if edge not in checked:
                ignore = [big for big in (source_big, target_big) if big is not None] if (
                    at_end) else []
                checked[edge] = free(point, nxt, ignore)
            if not checked[edge]:
                continue
            added = abs(step - here) + (_BEND if direction != heading else 0.0)
            goal = goals.get((round(nxt[0], 3), round(nxt[1], 3)))
            if goal is not None:
                added += goal[1]
                run = abs(step - here) + (0.0 if direction != heading else _run(path))
                if run < _HEAD_ROOM:
                    added += 40.0
            extended = path + (nxt,) if direction != heading or len(path) == 1 else (
                path[:-1] + (nxt,))
            heapq.heappush(queue, (cost + added, counter, nxt, direction, extended))
            counter += 1
    return False


def _run(path: tuple[Point, ...]) -> float:
    """The length of the path's last straight stretch."""
    if len(path) < 2:
        return 0.0
    (x1, y1), (x2, y2) = path[-2], path[-1]
    return abs(x1 - x2) + abs(y1 - y2)


def _adopt(plan: _Plan, points: list[Point]) -> None:
    """Make *points* (a free orthogonal path from card to card) the plan's shape."""
    points = _without_duplicates(points)
    plan.start, plan.end = points[0], points[-1]
    plan.first_vertical = len(points) > 1 and abs(points[1][0] - points[0][0]) < 0.01
    plan.moves = [(b[1] if abs(b[0] - a[0]) < 0.01 else b[0])
                  for a, b in zip(points, points[1:], strict=False)]
    plan.lanes = [None] * len(plan.moves)
