"""The shared layout: cards never overlap, lanes and columns are where the codes say."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

from pathways.catalogue import ServiceCatalogue
from pathways.layout import (
    CARD_HEIGHT,
    LANE_LABEL_WIDTH,
    anchor_points,
    stage_layout,
    timeline_layout,
)
from pathways.model import SECTORS, STAGES, Pathway, Step, Transition

CATALOGUE = ServiceCatalogue()
TODAY = date(2026, 1, 15)


def _pathway() -> Pathway:
    return Pathway(
        "p1",
        "Polku",
        "active",
        steps=[
            Step("s1", "work_trial", "completed", start=date(2025, 3, 1), end=date(2025, 5, 31)),
            Step("s2", "job_coaching", "ongoing", start=date(2025, 6, 1)),
            Step("s3", "youth_workshop", "planned", start=date(2026, 3, 1)),
            Step("s4", "work_trial", "planned"),
            Step("s5", "social_guidance", "ongoing", start=date(2025, 4, 1)),
        ],
        transitions=[Transition("s1", "s2", "next"), Transition("s5", "s2", "support")],
    )


def _overlaps(boxes: list) -> list:
    return [(a, b) for a, b in itertools.combinations(boxes, 2) if a.intersects(b)]


def test_stage_view_places_cards_in_their_sector_lane_and_stage_column() -> None:
    layout = stage_layout(_pathway(), CATALOGUE, goal_stages=["open_employment"])
    assert [lane.sector for lane in layout.lanes] == list(SECTORS)
    assert [column.stage for column in layout.columns] == list(STAGES)
    assert [c.stage for c in layout.columns if c.is_goal] == ["open_employment"]
    for step_id, placement in layout.cards.items():
        lane = layout.lane(placement.sector)
        assert lane is not None
        column = next(c for c in layout.columns if c.stage == placement.stage)
        assert lane.box.y <= placement.box.y and placement.box.bottom <= lane.box.bottom, step_id
        assert column.box.x <= placement.box.x and placement.box.right <= column.box.right
    assert not _overlaps([p.box for p in layout.cards.values()])


def test_several_steps_in_one_cell_are_stacked_in_start_order() -> None:
    layout = stage_layout(_pathway(), CATALOGUE)
    s1, s4 = layout.card("s1").box, layout.card("s4").box  # both work trials
    assert s1.x == s4.x and s4.y >= s1.bottom  # dated first, undated after
    employment = layout.lane("employment")
    assert employment is not None and employment.box.height >= 3 * CARD_HEIGHT


def test_saved_position_overrides_and_tidy_layout_ignores_it() -> None:
    pathway = _pathway()
    pathway.replace_step(dataclasses.replace(pathway.step("s2"), position=(900.0, 700.0)))
    moved = stage_layout(pathway, CATALOGUE)
    assert (moved.card("s2").box.x, moved.card("s2").box.y) == (900.0, 700.0)
    assert moved.card("s2").auto_box != moved.card("s2").box
    assert moved.width >= 900.0 + moved.card("s2").box.width
    tidy = stage_layout(pathway, CATALOGUE, use_positions=False)
    assert tidy.card("s2").box == moved.card("s2").auto_box


def test_empty_lanes_stay_but_take_little_room() -> None:
    layout = stage_layout(_pathway(), CATALOGUE)
    health = layout.lane("health")
    social = layout.lane("social")
    assert health is not None and social is not None
    assert health.box.height < social.box.height
    assert social.box.height >= CARD_HEIGHT


def test_used_lanes_only_for_paper() -> None:
    layout = stage_layout(_pathway(), CATALOGUE, lanes="used")
    assert [lane.sector for lane in layout.lanes] == ["employment", "social", "third_sector"]


def test_timeline_bars_follow_dates_and_never_overlap() -> None:
    layout = timeline_layout(_pathway(), CATALOGUE, today=TODAY)
    s1 = layout.card("s1")
    assert s1.box.x == layout.x_of(date(2025, 3, 1))
    assert s1.box.right == layout.x_of(date(2025, 5, 31))
    ongoing = layout.card("s2")
    assert ongoing.open_end and ongoing.box.right > layout.x_of(TODAY)
    assert layout.card("s4").undated
    assert layout.today_x == layout.x_of(TODAY)
    assert layout.months[0].month.day == 1 and layout.months[0].x >= LANE_LABEL_WIDTH
    assert not _overlaps([p.box for p in layout.cards.values()])


def test_arrow_anchors_lie_on_facing_edges() -> None:
    layout = stage_layout(_pathway(), CATALOGUE)
    a, b = layout.card("s5").box, layout.card("s2").box  # social/rehabilitation → intermediate
    start, end = anchor_points(a, b)
    assert start[0] == a.right and end[0] == b.x
    above, below = layout.card("s1").box, layout.card("s4").box  # stacked in one cell
    start, end = anchor_points(above, below)
    assert start[1] == above.bottom and end[1] == below.y
