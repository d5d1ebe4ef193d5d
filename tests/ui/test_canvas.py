"""What the canvas shows, checked on rendered pixels: the steps are drawn where the layout puts
them, in their sector's colour, and a step's status can be told without colour."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem

from pathways.catalogue import ServiceCatalogue
from pathways.layout import stage_layout
from pathways.model import Client, Consent, Goal, Pathway, Step, TeamMember, Transition
from ui.canvas import (
    SECTOR_COLOURS,
    TODAY,
    PathwayScene,
    StepCardItem,
    card_text,
)
from ui.document import ClientDocument
from ui.editor import PathwayEditor

STATUSES = ("planned", "ongoing", "completed", "interrupted", "cancelled")


def _client() -> Client:
    steps = [
        Step(
            "a",
            "service_need_assessment",
            "completed",
            start=date(2025, 2, 1),
            end=date(2025, 3, 15),
            responsible="m1",
            provider="Social services",
        ),
        Step(
            "b",
            "work_ability_assessment",
            "completed",
            start=date(2025, 3, 1),
            end=date(2025, 4, 30),
        ),
        Step(
            "c",
            "rehabilitative_work_activity",
            "interrupted",
            start=date(2025, 5, 1),
            end=date(2025, 7, 10),
            responsible="m1",
        ),
        Step("d", "social_guidance", "ongoing", start=date(2025, 5, 1), responsible="m1"),
        Step("e", "job_coaching", "ongoing", start=date(2025, 9, 1), responsible="m2"),
        Step(
            "f",
            "work_trial",
            "planned",
            start=date(2026, 2, 1),
            end=date(2026, 4, 30),
            title="Work trial at the warehouse",
            responsible="m2",
        ),
        Step("g", "open_employment", "planned", start=date(2026, 6, 1)),
        Step(
            "h",
            "labour_market_training",
            "cancelled",
            start=date(2025, 10, 1),
            end=date(2025, 12, 15),
        ),
    ]
    transitions = [
        Transition("a", "c", "next", referral=True, shared_info=["basic", "social"], consent="k1"),
        Transition("b", "c", "next", shared_info=["health"]),
        Transition("c", "e", "next", referral=True),
        Transition("d", "e", "support"),
        Transition("e", "f", "next"),
        Transition("f", "g", "next"),
    ]
    return Client(
        "c1",
        "Aino Asiakas",
        goal=Goal("open_employment", "Part-time work in a warehouse", date(2026, 9, 30)),
        team=[
            TeamMember("m1", "Sari Social", "social worker", "social"),
            TeamMember("m2", "Jari Coach", "job coach", "employment"),
        ],
        consents=[Consent("k1", date(2025, 2, 1), ["employment", "social"])],
        pathways=[
            Pathway("p1", "Towards warehouse work", "active", steps=steps, transitions=transitions)
        ],
    )


@pytest.fixture
def editor(qtbot, repository) -> PathwayEditor:
    client = _client()
    repository.create_client(client)
    document = ClientDocument(repository, repository.load_client("c1"))
    widget = PathwayEditor(repository)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_document(document)
    return widget


def _colour_at(image: QImage, point: QPoint) -> QColor:
    return QColor(image.pixel(point))


def _close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_screenshot_shows_every_step_in_its_lane(editor: PathwayEditor, tmp_path: Path) -> None:
    view = editor.view
    view.set_zoom(0.6)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    image.save(str(tmp_path / "stages.png"))
    assert len(editor.scene.cards()) == 8
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 40  # lanes, cards, text: far from a blank canvas
    shown = 0
    for card in editor.scene.cards():
        placement = editor.scene.layout.card(card.step_id)
        # The card's left edge carries the full colour of its sector.
        stripe = view.mapFromScene(
            QPointF(placement.box.x + 2.5, placement.box.y + placement.box.height / 2)
        )
        if not image.rect().contains(stripe) or card.status == "cancelled":
            continue  # (a cancelled step is drawn faded)
        shown += 1
        assert _close(_colour_at(image, stripe), SECTOR_COLOURS[placement.sector]), card.step_id
    assert shown >= 6


def _render(status: str, view: str = "stages") -> QImage:
    """One card painted alone on white, at twice its size (crisp edges to inspect)."""
    step = Step(
        "s",
        "work_trial",
        status,
        start=date(2026, 1, 5),
        end=None if status in ("ongoing", "planned") else date(2026, 3, 1),
    )
    pathway = Pathway("p", "P", steps=[step])
    catalogue = ServiceCatalogue()
    layout = stage_layout(pathway, catalogue)
    card = StepCardItem("s")
    card.set_content(step, card_text(step, catalogue, None), layout.card("s"), view)
    image = QImage(2 * 230, 2 * 110, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(2, 2)
    painter.translate(10, 10)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def _dark(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 90


def test_status_can_be_told_without_colour() -> None:
    images = {status: _render(status) for status in STATUSES}
    top = 2 * 10  # the card's top edge, in image pixels
    xs = range(2 * 30, 2 * 200)

    def dark_run_on_top_edge(image: QImage) -> float:
        """Share of the top edge that is drawn (dark)."""
        return sum(any(_dark(image, x, y) for y in range(top - 3, top + 4)) for x in xs) / len(xs)

    def edge_thickness(image: QImage) -> int:
        x = 2 * 120
        return sum(_dark(image, x, y) for y in range(top - 6, top + 8))

    # Planned: a dashed outline (gaps along the edge); others: a continuous one.
    assert dark_run_on_top_edge(images["planned"]) < 0.8
    for status in ("ongoing", "completed", "interrupted"):
        assert dark_run_on_top_edge(images[status]) > 0.95, status
    # Ongoing: a bold outline, clearly thicker than a completed step's.
    assert edge_thickness(images["ongoing"]) >= edge_thickness(images["completed"]) + 3
    # Completed: a tick in a dark disc at the top right corner.
    corner = [(x, y) for x in range(2 * 200, 2 * 214) for y in range(2 * 16, 2 * 30)]
    assert sum(_dark(images["completed"], x, y) for x, y in corner) > 100
    assert sum(_dark(images["ongoing"], x, y) for x, y in corner) < 30
    # Interrupted: the right edge is broken by a gap and a double slash.
    right = 2 * (10 + 210)
    middle = 2 * (10 + 46)
    column = [
        QColor(images["interrupted"].pixel(right, y)).lightness()
        for y in range(middle - 16, middle + 16)
    ]
    assert max(column) > 200  # white where the edge is broken
    solid = [
        QColor(images["completed"].pixel(right, y)).lightness()
        for y in range(middle - 16, middle + 16)
    ]
    assert max(solid) < 200

    # Cancelled: faded (lighter overall) and struck through.
    def ink(image: QImage) -> int:
        return sum(
            _dark(image, x, y)
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        )

    assert ink(images["cancelled"]) < ink(images["completed"]) * 0.6


def test_timeline_shows_bars_and_today(editor: PathwayEditor, tmp_path: Path) -> None:
    editor.scene.set_today(date(2026, 1, 15))
    editor.set_view("timeline")
    view = editor.view
    view.set_zoom(0.5)
    view.horizontalScrollBar().setValue(0)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    image.save(str(tmp_path / "timeline.png"))
    layout = editor.scene.layout
    today = view.mapFromScene(QPointF(layout.today_x, layout.height - 5))
    assert any(_close(_colour_at(image, today + QPoint(dx, 0)), TODAY, 40) for dx in range(-2, 3))
    # Bars start at their start dates: a later start is further right.
    e, f = editor.scene.card("e"), editor.scene.card("f")
    assert e.pos().x() == layout.x_of(date(2025, 9, 1)) < f.pos().x()
    assert layout.card("e").open_end and not layout.card("f").open_end


def test_lane_names_stay_in_sight_when_scrolled(editor: PathwayEditor) -> None:
    view = editor.view
    view.set_zoom(1.0)
    QApplication.processEvents()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert view.mapToScene(QPoint(0, 0)).x() > 400  # scrolled well past the labels
    image = view.viewport().grab().toImage()
    lane = editor.scene.layout.lane("employment")
    y = view.mapFromScene(QPointF(0, lane.box.y + lane.box.height / 2)).y()
    # The pinned label keeps the lane's colour bar at the window's left edge.
    assert _close(_colour_at(image, QPoint(2, y)), SECTOR_COLOURS["employment"])


def test_zoom_with_ctrl_wheel_actions_and_fit(editor: PathwayEditor) -> None:
    view = editor.view
    view.set_zoom(1.0)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom > 1.0
    actions = editor.actions_for_menus()
    actions["zoom_out"].trigger()
    actions["zoom_out"].trigger()
    assert view.zoom < 1.0
    actions["zoom_fit"].trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(editor.scene.itemsBoundingRect().adjusted(2, 2, -2, -2))


def test_arrows_show_kind_referral_and_shared_information(editor: PathwayEditor) -> None:
    scene = editor.scene
    referral = scene.arrow(("a", "c", "next"))
    support = scene.arrow(("d", "e", "support"))
    plain = scene.arrow(("e", "f", "next"))
    assert referral.has_marks and not plain.has_marks
    assert support.kind == "support"
    tooltip = referral.toolTip()
    assert "Formal referral" in tooltip and "Consent given" in tooltip
    assert "No consent recorded" in scene.arrow(("b", "c", "next")).toolTip()
    # The marks are never hidden under a card.
    bounds = referral.mark_item.sceneBoundingRect()
    assert not any(
        card.sceneBoundingRect().adjusted(6, 6, -6, -6).intersects(bounds) for card in scene.cards()
    )


def test_scene_keeps_one_item_per_step_and_transition(qtbot) -> None:
    scene = PathwayScene(ServiceCatalogue())
    client = _client()
    pathway = client.pathway("p1")
    scene.show_pathway(client, pathway, "stages")
    cards = {card.step_id: card for card in scene.cards()}
    assert set(cards) == {s.id for s in pathway}
    pathway.remove_step("h")
    pathway.add_step(Step("z", "debt_counselling", "planned"))
    scene.sync()
    assert {card.step_id for card in scene.cards()} == {s.id for s in pathway}
    assert scene.card("a") is cards["a"]  # kept, not rebuilt
    assert len(scene.arrows()) == len(pathway.transitions)


def test_the_canvas_and_the_print_draw_in_one_palette(editor: PathwayEditor) -> None:
    """Screen and paper take their sector colours from pathways.style: each used sector's lane,
    label column and colour bar are the same colours in the window and on the printed page."""
    from matplotlib.colors import to_hex

    from pathways import style
    from pathways.printing import PrintOptions, compose

    view = editor.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    layout = editor.scene.layout
    used = {placement.sector for placement in layout.cards.values()}
    client = _client()
    document = compose(client, client.pathways[0], ServiceCatalogue(),
                       PrintOptions(lang="en", today=date(2026, 1, 15)))
    paper = {to_hex(artist.get_facecolor()).upper()
             for sheet in document.sheets for artist in sheet.axes.get_children()
             if hasattr(artist, "get_facecolor")}
    checked = 0
    for lane in layout.lanes:
        if lane.sector not in used:
            continue
        colour = style.sector_colour(lane.sector)
        expected = {
            "bar": colour,
            "label": style.tint(colour, style.LABEL_TINT),
            "lane": style.lane_tint(lane.sector),
        }
        # On paper: every one of them is drawn.
        for name, hex_colour in expected.items():
            assert hex_colour in paper, (lane.sector, name)
        # On screen: the colour bar and the label column at the lane's left, the lane's own
        # tint in a cell without a card.
        middle = lane.box.y + 6
        bar = view.mapFromScene(QPointF(2, lane.box.y + lane.box.height / 2))
        label = view.mapFromScene(QPointF(lane.label_box.right - 4, middle))
        empty = next(
            column for column in layout.columns
            if not any(p.sector == lane.sector and column.box.x <= p.box.x < column.box.right
                       for p in layout.cards.values())
        )
        cell = view.mapFromScene(QPointF(empty.box.x + empty.box.width / 2, middle))
        if not all(image.rect().contains(point) for point in (bar, label, cell)):
            continue
        assert _close(_colour_at(image, bar), QColor(expected["bar"]), 3), lane.sector
        assert _close(_colour_at(image, label), QColor(expected["label"]), 3), lane.sector
        assert _close(_colour_at(image, cell), QColor(expected["lane"]), 3), lane.sector
        checked += 1
    assert checked >= 3


def test_the_referral_mark_is_the_same_letter_on_screen_and_paper() -> None:
    from pathways import style
    from ui.canvas import referral_mark

    assert referral_mark() == style.referral_letter("en")


def test_an_ongoing_step_with_a_planned_end_says_until_on_its_card() -> None:
    from ui.canvas import step_dates_text

    step = Step("x", "work_trial", "ongoing", start=date(2025, 12, 1), end=date(2027, 5, 31))
    assert step_dates_text(step) == "1 Dec 2025 until 31 May 2027"  # not "– until": one range
    done = Step("y", "work_trial", "completed", start=date(2025, 12, 1), end=date(2026, 1, 5))
    assert "until" not in step_dates_text(done)


def test_a_pathway_opens_whole_in_view_at_1366x768_with_every_name_whole(
    editor: PathwayEditor,
) -> None:
    from ui.canvas import THIN_LANE_HEIGHT

    view = editor.view
    view.zoom_for_reading()
    QApplication.processEvents()
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    layout = editor.scene.layout
    for card in editor.scene.cards():
        assert seen.contains(card.scene_rect()), card.step_id  # nothing cut at the edges
        titles = [text for font, text, _colour in card._lines if font is card.TITLE_FONT]
        assert titles and not any(t.endswith("…") for t in titles), card.step_id
    goal = next(c for c in layout.columns if c.is_goal)
    assert seen.contains(QPointF(goal.header_box.right - 2, goal.header_box.y + 2))
    # Empty lanes are thin drop targets until asked for.
    used = {p.sector for p in layout.cards.values()}
    empty = [lane for lane in layout.lanes if lane.sector not in used]
    assert empty and all(lane.box.height == THIN_LANE_HEIGHT for lane in empty)
    editor._actions["empty_lanes"].setChecked(True)
    assert all(editor.scene.layout.lane(lane.sector).box.height > THIN_LANE_HEIGHT
               for lane in empty)
    editor._actions["empty_lanes"].setChecked(False)


def test_a_timeline_bar_too_short_for_its_words_has_them_whole_beside_it(
    editor: PathwayEditor,
) -> None:
    editor.set_view("timeline")
    QApplication.processEvents()
    scene = editor.scene
    layout = scene.layout
    outside = [p for p in layout.cards.values() if p.label_outside]
    assert outside, "the test client has short steps"
    for placement in outside:
        card = scene.card(placement.step_id)
        words = [text for _font, text, _colour in card._lines]
        assert words and not any(t.endswith("…") for t in words), placement.step_id
        # The words lie right of the bar, inside the item's bounds, and no other bar of the
        # lane starts under them in the same row.
        bounds = card.mapRectToScene(card.boundingRect())
        assert bounds.right() > placement.box.right + card._label_width()
        for other in layout.cards.values():
            if other is placement or other.box.y != placement.box.y or other.undated:
                continue
            assert not (placement.box.right < other.box.x < bounds.right() - 8), other.step_id
    assert layout.width >= max(scene.card(p.step_id).mapRectToScene(
        scene.card(p.step_id).boundingRect()).right() for p in outside) - 10


def test_a_long_pathway_opens_with_its_current_steps_and_goal_in_view(
    qtbot, repository
) -> None:
    steps = [
        Step(f"s{i}", ("service_need_assessment", "social_guidance", "work_trial",
                       "youth_workshop", "vocational_education")[i % 5],
             "completed" if i < 22 else "ongoing", start=date(2022, 1, 1 + i % 27),
             end=date(2022, 3, 1) if i < 22 else None)
        for i in range(26)
    ]
    client = Client("long", "Long Pathway", goal=Goal("open_employment", "Work"),
                    pathways=[Pathway("p1", "Long", "active", steps=steps)])
    repository.create_client(client)
    widget = PathwayEditor(repository)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_document(ClientDocument(repository, repository.load_client("long")))
    view = widget.view
    view.zoom_for_reading()
    QApplication.processEvents()
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    layout = widget.scene.layout
    ongoing = [layout.card(s.id).box for s in steps if s.status == "ongoing"]
    assert any(seen.intersects(QRectF(b.x, b.y, b.width, b.height)) for b in ongoing)
    # The goal's column is in view (its header is pinned at the top while scrolled).
    goal = next(c for c in layout.columns if c.is_goal)
    assert seen.left() < goal.box.right and goal.box.x < seen.right()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_demo_card_reads_its_name_dates_provider_and_responsible_whole(
    qtbot, lang: str
) -> None:
    """A stage card's lines wrap instead of being cut: "Käynnissä · 9.7.2026 – 5.1.2027 asti"
    and "Varsinais-Suomen hyvinvointialue" read whole on every demo client, and a name with a
    word longer than the card breaks as on paper ("Stöd av arbetsförmåge-koordinator")."""
    from datetime import date

    from pathways import i18n
    from pathways.demo import demo_clients

    previous = i18n.current_language()
    i18n.set_language(lang)
    try:
        scene = PathwayScene(ServiceCatalogue())
        for client in demo_clients(date(2026, 12, 6)):
            for pathway in client.pathways:
                scene.show_pathway(client, pathway, "stages")
                for card in scene.cards():
                    for _font, text, _colour in card._lines:
                        assert not text.endswith("…"), (client.id, card.step_id, text)
    finally:
        i18n.set_language(previous)


def test_a_word_longer_than_a_card_breaks_at_its_compound_not_cut(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from ui.canvas import _wrap

    font = QFont()
    font.setPixelSize(12)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance("Stöd av arbetsförmåge-")
    lines = _wrap("Stöd av arbetsförmågekoordinator", metrics, width, 4)
    assert lines == ["Stöd av", "arbetsförmåge-", "koordinator"]


def test_the_goal_banner_reads_whole(qtbot) -> None:
    from datetime import date

    from pathways.demo import demo_clients
    from ui.canvas import BANNER_HEIGHT

    scene = PathwayScene(ServiceCatalogue())
    for client in demo_clients(date(2026, 12, 6)):
        scene.show_pathway(client, client.default_pathway(), "stages")
        background = next(item for item in scene.items() if hasattr(item, "_banner"))
        banner = background._banner
        assert banner.height() == BANNER_HEIGHT
        width = QFontMetricsF(background.SMALL_BOLD).horizontalAdvance(background.goal)
        assert banner.width() - 36 >= width, client.id  # room for the flag and the whole goal
