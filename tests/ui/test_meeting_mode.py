"""Meeting mode, as a presenter uses it: it opens on the pathway, pages with the keys, a clicker
and the mouse, closes with Esc, and never shows a note, a consent or the identity code."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pathways.model import Client, Consent, Goal, Meeting, Pathway, Step, TeamMember, Transition
from storage.repository import Repository
from ui.meeting_mode import MeetingModeWindow

SECRET_NOTE = "Sisäinen: päihdetausta, ei kerrota"


def client() -> Client:
    return Client(
        "c1",
        "Aino Asiakas",
        personal_id="131052-308T",
        notes="Asiakkaan muistiinpano: salainen",
        goal=Goal("open_employment", "Osa-aikatyö varastossa", date(2027, 6, 1)),
        team=[TeamMember("t1", "Sari Saarinen", "sosiaalityöntekijä", "social",
                         phone="040 123 4567")],
        consents=[Consent("k1", date(2025, 1, 1), ["social"], note="Suostumus suullisesti")],
        meetings=[Meeting("m1", date(2026, 3, 12),
                          summary="Palaverin yhteenveto: luottamuksellinen",
                          next_review=date(2099, 1, 1))],
        pathways=[
            Pathway(
                "p1",
                "Suunnitelma",
                "active",
                steps=[
                    Step("s1", "social_rehabilitation", "completed", start=date(2026, 1, 5),
                         end=date(2026, 3, 1), note=SECRET_NOTE),
                    Step("s2", "work_trial", "ongoing", start=date(2026, 3, 2), responsible="t1",
                         note=SECRET_NOTE),
                    Step("s3", "job_coaching", "planned"),
                    Step("s4", "job_coaching", "cancelled", title="Peruttu valmennus"),
                ],
                transitions=[Transition("s1", "s2", "next", consent="k1", note=SECRET_NOTE)],
            )
        ],
    )


@pytest.fixture
def presentation(qtbot: Any, main_window: Any, repository: Repository) -> MeetingModeWindow:
    repository.create_client(client())
    assert main_window.open_client("c1")
    main_window.editor.actions_for_menus()["meeting_mode"].trigger()
    window = main_window.editor._meeting_window
    assert isinstance(window, MeetingModeWindow)
    qtbot.waitExposed(window)
    return window


def test_meeting_mode_opens_full_screen_on_now_and_pages_with_keys(
    qtbot: Any, presentation: MeetingModeWindow
) -> None:
    assert presentation.isFullScreen()
    assert presentation.current_screen().items[0].heading == "Work trial"
    assert "Sari Saarinen, sosiaalityöntekijä, helps you." in presentation.shown_text()
    seen = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Left,
                Qt.Key.Key_Left):
        qtbot.keyClick(presentation, key)
        seen.append(presentation.view.pages[presentation.current_screen().page].key)
    assert seen == ["next", "goal", "next", "now", "done"]
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton)
    assert presentation.view.pages[presentation.current_screen().page].key == "now"
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    assert "Osa-aikatyö varastossa" in presentation.shown_text()
    assert presentation.accessibleDescription() == presentation.shown_text()

    with qtbot.waitSignal(presentation.destroyed, timeout=2000):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)


def test_meeting_mode_never_shows_notes_consents_or_the_identity_code(
    qtbot: Any, presentation: MeetingModeWindow
) -> None:
    shown = []
    for index in range(presentation.screen_count()):
        presentation.go_to(index)
        shown.append(presentation.shown_text())
    text = "\n".join(shown)
    for secret in (SECRET_NOTE, "131052-308T", "salainen", "Suostumus", "k1",
                   "luottamuksellinen", "040 123 4567", "Peruttu valmennus"):
        assert secret not in text
    assert "Social rehabilitation" in text and "Job coaching" in text


def test_a_version_on_show_is_what_meeting_mode_presents(
    qtbot: Any, main_window: Any, repository: Repository
) -> None:
    repository.create_client(client())
    assert main_window.open_client("c1")
    editor = main_window.editor
    version = editor.keep_as_agreed(on=date(2026, 3, 12))
    assert version is not None
    editor.add_service("vocational_education")
    editor.show_version(version.id)
    window = editor.open_meeting_mode(fullscreen=False)
    assert window is not None
    text = "\n".join(
        (window.go_to(i), window.shown_text())[1] for i in range(window.screen_count())
    )
    assert "Your path as agreed on 12 Mar 2026" in text
    assert "Vocational education" not in text
    window.close()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_type_is_large_enough_for_the_room(
    qtbot: Any, presentation: MeetingModeWindow, size: tuple[int, int]
) -> None:
    presentation.showNormal()
    presentation.resize(*size)
    qtbot.waitUntil(lambda: presentation.height() == size[1])
    # Body text a twentieth of the height: 54 px on a 1080-line screen.
    assert presentation._font(1.0).pixelSize() >= size[1] // 20 - 1
