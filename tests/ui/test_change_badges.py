"""The change marks of a comparison never cover the words of a card: a new step stacked under
another one gets its badge on its own top edge, not over the date line of the card above."""

from __future__ import annotations

from datetime import date
from typing import Any

from pathways.model import Client, Goal, Pathway, Step
from storage.repository import Repository
from ui.canvas import StepCardItem


def test_a_badge_on_a_stacked_card_leaves_every_cards_words_readable(
    qtbot: Any, main_window: Any, repository: Repository
) -> None:
    steps = [Step("s1", "vocational_education", "ongoing", start=date(2026, 1, 5)),
             Step("s2", "vocational_education", "planned", start=date(2027, 1, 20))]
    repository.create_client(Client("c1", "Aino Asiakas", goal=Goal("open_employment"),
                                    pathways=[Pathway("p1", "Suunnitelma", "active",
                                                      steps=steps)]))
    assert main_window.open_client("c1")
    editor = main_window.editor
    version = editor.keep_as_agreed(on=date(2026, 11, 11))
    assert version is not None
    # A new step in the same cell, and a change to the one above it.
    editor.select_steps(["s2"])
    new_id = editor.add_service("vocational_education")
    assert new_id is not None
    editor.compare_with_now(version.id)

    scene = editor.scene
    cards = {step_id: scene.card(step_id) for step_id in ("s1", "s2", new_id)}
    assert all(card is not None for card in cards.values())
    rects = [card.scene_rect() for card in cards.values()]
    stacked = sorted(rects, key=lambda rect: (rect.left(), rect.top()))
    assert any(a.left() == b.left() and 0 <= b.top() - a.bottom() < 20
               for a, b in zip(stacked, stacked[1:], strict=False)), rects  # stacked
    pad = StepCardItem.PAD
    words = [rect.adjusted(pad, pad, -pad, -pad) for rect in rects]
    badges = editor.change_overlay.item._badges
    assert badges
    for badge, _change, text in badges:
        for area in words:
            assert not badge.intersects(area), (text, badge, area)
