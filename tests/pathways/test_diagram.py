"""The diagram's parts: text that fits its card, arrows that keep off the cards, pagination."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from pathways.catalogue import ServiceCatalogue
from pathways.diagram import (
    PROFESSIONAL,
    DiagramWords,
    ScaleLimits,
    StepCard,
    _fit_card_text,
    card_type_for,
    compress_columns,
    legend_entries,
    plan_stage_pages,
    tint,
)
from pathways.diagram_route import Connection, Grid, route_connections
from pathways.diagram_text import ELLIPSIS, ellipsise, text_width, wrap
from pathways.layout import Box, stage_layout
from pathways.model import STEP_STATUSES, Pathway, Step, Transition
from pathways.style import STATUS_STYLES

CATALOGUE = ServiceCatalogue()


# --- Text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Monialainen kartoitus ja työllistymissuunnitelma (laki 381/2023, ent. TYP)",
    "Sysselsättningstjänster",
    "Arbetsverksamhet i rehabiliteringssyfte",
    "a",
])
@pytest.mark.parametrize("width", [40.0, 75.0, 120.0])
def test_wrapped_lines_never_exceed_their_width(text: str, width: float) -> None:
    for bold in (False, True):
        for line in wrap(text, width, 8.0, bold):
            assert text_width(line, 8.0, bold) <= width + 0.01, line


def test_long_compounds_break_where_a_typesetter_would() -> None:
    assert wrap("Sysselsättningstjänster", 80, 8.0, True) == ["Sysselsättnings-", "tjänster"]
    assert wrap("Työllisyyspalvelut", 60, 8.0, True) == ["Työllisyys-", "palvelut"]
    assert "rehabiliterings-" in wrap("Arbetsverksamhet i rehabiliteringssyfte", 70, 8.0)


def test_too_much_text_ends_in_an_ellipsis_not_an_overflow() -> None:
    lines = wrap("Monialainen kartoitus ja työllistymissuunnitelma (laki 381/2023)", 90, 8.0,
                 max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    cut = ellipsise("Päijät-Hämeen hyvinvointialue", 70, 8.0)
    assert cut.endswith(ELLIPSIS) and text_width(cut, 8.0) <= 70


def test_a_small_card_keeps_title_and_dates_before_other_details() -> None:
    card = StepCard("s", "ongoing", "Vammaisten henkilöiden työtoiminta", "1.1.2019 – 31.12.2025",
                    ("Kaisa Lehto", "Hämeen hyvinvointialue"))
    card_type = card_type_for(95, 45, PROFESSIONAL)
    title, details = _fit_card_text(card, 85, 10, 38, card_type)
    assert title and details
    assert "".join(details).replace(" ", "").startswith("1.1.2019")
    assert "Hämeen hyvinvointialue" not in details  # dropped first
    roomy_title, roomy = _fit_card_text(card, 85, 10, 90, card_type)
    assert "Kaisa Lehto" in roomy and len(roomy_title) >= len(title)


def test_card_type_is_never_below_the_minimum() -> None:
    for width in (40, 80, 95, 120, 300):
        assert card_type_for(width, 40, PROFESSIONAL).body >= 7.0


# --- Status and colour -----------------------------------------------------------------------


def test_every_status_differs_in_outline_and_symbol_not_colour_alone() -> None:
    looks = {(s.symbol, str(s.dash), s.width, s.broken, s.struck)
             for s in STATUS_STYLES.values()}
    assert len(looks) == len(STEP_STATUSES)
    assert len({s.symbol for s in STATUS_STYLES.values()}) == len(STEP_STATUSES)


def test_lane_tints_are_light_enough_for_black_text_in_greyscale() -> None:
    from pathways.style import SECTOR_COLOURS

    for colour in SECTOR_COLOURS.values():
        for amount in (0.16, 0.24, 0.34):
            shade = tint(colour, amount)
            red, green, blue = (int(shade[i:i + 2], 16) / 255 for i in (1, 3, 5))
            grey = 0.2126 * red + 0.7152 * green + 0.0722 * blue
            assert grey > 0.6, (colour, amount)  # black text keeps well above 7:1


def test_the_legend_explains_each_status_drawn_and_both_arrows() -> None:
    words = DiagramWords("fi")
    groups = legend_entries(words, sectors=["social"], statuses=["planned", "cancelled"],
                            kinds=["next", "support"], view="stages", goal=True)
    codes = [code for _heading, items in groups for _kind, code, _text in items]
    assert {"planned", "cancelled", "next", "support", "goal", "social"} <= set(codes)
    texts = " ".join(text for _h, items in groups for _k, _c, text in items)
    assert "Suunniteltu" in texts and "Peruttu" in texts


# --- Arrows ----------------------------------------------------------------------------------


def _crosses(points: list[tuple[float, float]], box: Box) -> bool:
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        if left < box.right - 0.5 and box.x + 0.5 < right and top < box.bottom - 0.5 and (
                box.y + 0.5 < bottom):
            return True
        if left == right and box.x < left < box.right and top < box.bottom and box.y < bottom:
            return True
        if top == bottom and box.y < top < box.bottom and left < box.right and box.x < right:
            return True
    return False


def _grid_pathway() -> Pathway:
    """Steps that force arrows past other cards: skip columns, change lanes, share a cell."""
    steps = [
        Step("a", "service_need_assessment", "completed"),  # social, assessment
        Step("b", "social_rehabilitation", "completed"),  # social, rehabilitation
        Step("c", "rehabilitative_work_activity", "ongoing"),  # social, work activity
        Step("d", "work_trial", "planned"),  # employment, intermediate
        Step("e", "open_employment", "planned"),  # employer, open employment
        Step("f", "social_guidance", "ongoing"),  # social, rehabilitation (under b)
        Step("g", "job_coaching", "planned"),  # employment, intermediate (under d)
    ]
    transitions = [Transition("a", "c", "next"), Transition("a", "b", "next"),
                   Transition("b", "d", "next"), Transition("a", "e", "next"),
                   Transition("f", "e", "support"), Transition("c", "g", "next"),
                   Transition("b", "f", "support")]
    return Pathway("p", "P", "active", steps=steps, transitions=transitions)


def test_routed_arrows_never_run_through_a_third_card() -> None:
    pathway = _grid_pathway()
    layout = stage_layout(pathway, CATALOGUE, lanes="used")
    scale = 0.5
    boxes = {sid: Box(p.box.x * scale, p.box.y * scale, p.box.width * scale,
                      p.box.height * scale) for sid, p in layout.cards.items()}
    columns = [(c.box.x * scale, c.box.right * scale) for c in layout.columns]
    channels = sorted({lane.box.y * scale for lane in layout.lanes} | {layout.height * scale})
    grid = Grid(columns, channels, Box(0, 0, layout.width * scale, layout.height * scale),
                gutter_width=14.0)
    routes = route_connections(
        boxes, grid, [Connection(t.key, t.from_step, t.to_step) for t in pathway.transitions])
    assert len(routes) == len(pathway.transitions)
    for route in routes:
        source, target = route.key[0], route.key[1]
        for step_id, box in boxes.items():
            if step_id not in (source, target):
                assert not _crosses(route.points, box), (route.key, step_id)
        # Orthogonal: every segment horizontal or vertical, and it ends on the target's edge.
        for (x1, y1), (x2, y2) in itertools.pairwise(route.points):
            assert abs(x1 - x2) < 0.01 or abs(y1 - y2) < 0.01
        end = route.points[-1]
        box = boxes[target]
        on_edge = (abs(end[0] - box.x) < 0.01 or abs(end[0] - box.right) < 0.01
                   or abs(end[1] - box.y) < 0.01 or abs(end[1] - box.bottom) < 0.01)
        assert on_edge, route.key


def test_facing_cards_are_joined_by_a_straight_arrow() -> None:
    grid = Grid([(0, 100), (100, 200)], [0, 100], Box(0, 0, 200, 100))
    boxes = {"a": Box(7, 10, 86, 40), "b": Box(107, 20, 86, 40)}
    [route] = route_connections(boxes, grid, [Connection(("a", "b", "next"), "a", "b")])
    assert len(route.points) == 2 and route.points[0][1] == route.points[1][1]


def test_an_arrow_to_the_second_card_of_a_busy_cell_goes_round_the_first() -> None:
    """Cards side by side in one cell leave no gutter between them: the arrow to the one
    further on, and the one from the nearer card onwards, find a way round the other card."""
    grid = Grid([(0, 110), (110, 330), (330, 440)], [0, 100, 200], Box(0, 0, 440, 200))
    boxes = {"a": Box(8, 10, 94, 50), "b": Box(118, 10, 94, 70), "c": Box(215, 10, 94, 40),
             "d": Box(338, 120, 94, 50)}
    routes = route_connections(boxes, grid, [Connection(("a", "c", "next"), "a", "c"),
                                             Connection(("b", "d", "support"), "b", "d")])
    for route in routes:
        for step_id, box in boxes.items():
            if step_id not in route.key[:2]:
                assert not _crosses(route.points, box), (route.key, step_id)
        for (x1, y1), (x2, y2) in itertools.pairwise(route.points):
            assert abs(x1 - x2) < 0.01 or abs(y1 - y2) < 0.01


# --- Pagination ------------------------------------------------------------------------------


def test_stage_pages_keep_scale_above_the_minimum_and_cover_every_card() -> None:
    steps = [Step(f"s{i}", code, "planned", start=date(2025, 1, 1 + i % 28))
             for i, code in enumerate([s.code for s in CATALOGUE] * 2)]
    layout = stage_layout(Pathway("p", "P", steps=steps), CATALOGUE, lanes="used")
    limits = ScaleLimits.for_type(PROFESSIONAL)
    pages = plan_stage_pages(layout, 770.0, 330.0, label_width=110.0,
                             header_height=lambda columns, sx: 40.0, limits=limits)
    assert len(pages) > 1
    for page in pages:
        assert page.sx >= limits.sx_min and page.sy >= limits.sy_min
    covered = set()
    for page in pages:
        for step_id, placement in layout.cards.items():
            centre = placement.box.y + placement.box.height / 2
            column = next(i for i, c in enumerate(layout.columns) if c.stage == placement.stage)
            if column in page.columns and page.y0 <= centre < page.y1:
                covered.add(step_id)
                # Never cut through a card.
                assert page.y0 <= placement.box.y and placement.box.bottom <= page.y1
    assert covered == set(layout.cards)


def test_a_small_pathway_fits_one_page() -> None:
    steps = [Step("a", "work_trial", "ongoing"), Step("b", "open_employment", "planned")]
    layout = stage_layout(Pathway("p", "P", steps=steps), CATALOGUE, lanes="used")
    pages = plan_stage_pages(layout, 770.0, 330.0, label_width=110.0,
                             header_height=lambda columns, sx: 40.0,
                             limits=ScaleLimits.for_type(PROFESSIONAL))
    assert len(pages) == 1 and len(pages[0].columns) == 6


def test_the_client_copy_closes_up_empty_stage_columns_but_keeps_the_goal() -> None:
    steps = [Step("a", "work_trial", "ongoing"), Step("b", "social_guidance", "planned")]
    layout = stage_layout(Pathway("p", "P", steps=steps), CATALOGUE, lanes="used",
                          goal_stages=["open_employment"])
    compact = compress_columns(layout, ["open_employment"])
    assert [c.stage for c in compact.columns] == ["rehabilitation", "intermediate",
                                                  "open_employment"]
    assert compact.width < layout.width
    for step_id, placement in compact.cards.items():
        column = next(c for c in compact.columns if c.stage == placement.stage)
        assert column.box.x <= placement.box.x < column.box.right, step_id


def test_a_referral_mark_sits_on_its_arrow_where_no_card_is() -> None:
    """The circled letter goes on the route's longest stretch, but never on a card the arrow
    passes under: a quarter or a third along instead."""
    from pathways.diagram import referral_mark_place

    route = [(0.0, 10.0), (100.0, 10.0)]
    card = Box(40.0, 0.0, 20.0, 20.0)  # over the middle of the arrow
    x, y = referral_mark_place(route, [card], 4.0)
    assert y == 10.0 and not (card.x - 4 < x < card.right + 4)
    assert referral_mark_place(route, [], 4.0) == (50.0, 10.0)


def test_a_word_without_a_compound_boundary_breaks_at_a_syllable() -> None:
    """Finnish breaks before a consonant that a vowel follows: "tunnista-minen", never
    "tunnistam-inen"."""
    from pathways.diagram_text import _split_word

    for width in (35.0, 45.0, 55.0):
        head, rest = _split_word("tunnistaminen", width, 9.0, True)
        assert head.endswith("-") and head[:-1] + rest == "tunnistaminen"
        assert rest[0] not in "aeiouyäö" and rest[1] in "aeiouyäö", (head, rest)
