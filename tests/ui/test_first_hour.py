"""A newcomer's first hour (issue #12): each stumble of a first session, through the real window.

Each test fails without its fix: the Needs form on a demo client, the palette's search words and
ranking, the new-client dialog, the Connect dialog, the help menu and the rest.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from pathways import i18n, labels
from pathways.demo import demo_clients
from pathways.model import Client, Pathway, Step, Transition
from ui.editor import ConnectDialog
from ui.forms import ClientDialog, NeedsDialog, TeamMemberDialog
from ui.main_window import MainWindow
from ui.palette import CODE_ROLE

pytestmark = pytest.mark.usefixtures("english")


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Type *text* as a person does (QTest knows ASCII keys only: the rest as a keyboard sends
    them)."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def demo(main_window: MainWindow, repository: Any) -> MainWindow:
    """The window with the demo clients in its database."""
    for client in demo_clients(date.today()):
        repository.create_client(client)
    main_window.client_list.refresh()
    return main_window


def test_needs_opens_on_every_demo_client_and_shows_the_recorded_levels(demo: MainWindow) -> None:
    for client in demo_clients(date.today()):
        assert demo.open_client(client.id)
        demo.edit_section("needs")
        dialog = demo.open_dialog
        assert isinstance(dialog, NeedsDialog)
        for need in client.needs:
            assert dialog.levels[need.domain].currentData() == need.level
            assert dialog.dates[need.domain].value() == need.assessed_on
        assert dialog.errors() == {}  # nothing is wrong with what was stored
        dialog.reject()


# --- The services palette: the words professionals use, the best match highlighted --------------


@pytest.fixture
def one_client(main_window: MainWindow, repository: Any) -> MainWindow:
    """The window with one client whose active pathway is empty, open."""
    repository.create_client(
        Client("c1", "Noora Laaksonen", pathways=[Pathway("p1", "Polku", "active")])
    )
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    return main_window


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("fi", "palkkatuki", "wage_subsidy_third_sector"),
        ("fi", "palvelutarpeen", "service_need_assessment"),
        ("fi", "TYP", "multisectoral_mapping"),
        ("fi", "kuntouttava", "rehabilitative_work_activity"),
        ("fi", "työkokeilu", "work_trial"),
        ("fi", "mielenterveys", "mental_health_services"),
        ("sv", "lönestöd", "wage_subsidy_third_sector"),
        ("sv", "arbetsprövning", "work_trial"),
        ("sv", "psykisk hälsa", "mental_health_services"),
        ("en", "wage subsidy", "wage_subsidy_third_sector"),
        ("en", "mental health", "mental_health_services"),
        ("en", "TYP", "multisectoral_mapping"),
    ],
)
def test_the_palette_finds_the_words_professionals_use_and_enter_adds_what_is_highlighted(
    qtbot: Any,
    one_client: MainWindow,
    fresh_repository: Any,
    lang: str,
    typed: str,
    expected: str,
) -> None:
    i18n.set_language(lang)
    palette = one_client.editor.service_palette
    palette.set_catalogue(palette._catalogue)  # the names of the language now chosen
    box = palette.search_box
    box.setFocus()
    _type(qtbot, box, typed)
    assert box.text() == typed
    highlighted = palette.tree.currentItem()
    assert highlighted is not None and highlighted.data(0, CODE_ROLE) == expected
    assert palette.visible_codes()[0] == expected  # the first one shown
    qtbot.keyClick(box, Qt.Key.Key_Return)
    stored = fresh_repository().load_client("c1").pathway("p1")
    assert [step.service for step in stored] == [expected]
    # The next search starts afresh: a click into the box and typing do not add to the old one.
    assert box.text() == "" and len(palette.visible_codes()) == len(palette._catalogue)


def test_an_exact_name_outranks_a_word_of_a_description(one_client: MainWindow) -> None:
    i18n.set_language("fi")
    palette = one_client.editor.service_palette
    palette.set_catalogue(palette._catalogue)
    palette.search_box.setText("työhönvalmennus")
    shown = palette.visible_codes()
    assert shown[0] == "job_coaching" == palette.current_code()
    # Its sector's other match only names it in the description: after it.
    assert shown.index("multisectoral_mapping") > shown.index("job_coaching")
    palette.search_box.setText("")
    assert len(palette.visible_codes()) == len(palette._catalogue)  # all back, in order
    assert palette.visible_codes()[0] == next(
        iter(s.code for group in palette._catalogue.by_sector().values() for s in group)
    )


# --- A new client: the goal, a readable number, a first pathway that is active ------------------


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_new_client_gets_the_goal_a_readable_number_and_an_active_first_pathway(
    qtbot: Any, main_window: MainWindow, fresh_repository: Any, lang: str
) -> None:
    i18n.set_language(lang)
    year = date.today().year
    fresh_repository().create_client(Client(f"{year}-0004", "Aino Aiempi"))
    main_window.new_client_action.trigger()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    assert dialog.id_edit.placeholderText() == f"{year}-0005"  # what an empty field gives
    assert f"{year}-0005" in dialog.id_edit.toolTip()
    _type(qtbot, dialog.name_edit, "Matti Äijälä")
    dialog.goal_box.setCurrentIndex(dialog.goal_box.findData("open_employment"))
    _type(qtbot, dialog.goal_edit, "varastotyö")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    client = fresh_repository().load_client(f"{year}-0005")
    assert client is not None and client.name == "Matti Äijälä"
    assert client.goal is not None
    assert (client.goal.outcome, client.goal.description) == ("open_employment", "varastotyö")
    assert [p.status for p in client.pathways] == ["active"]
    # Open, and a service goes straight onto the map: no "Create a pathway first".
    assert main_window.current_client_id() == client.id
    palette = main_window.editor.service_palette
    palette.search_box.setFocus()
    _type(qtbot, palette.search_box, "TYP")
    qtbot.keyClick(palette.search_box, Qt.Key.Key_Return)
    stored = fresh_repository().load_client(client.id).pathways[0]
    assert [s.service for s in stored] == ["multisectoral_mapping"]


def test_the_user_may_type_their_own_client_number_and_words_without_a_goal_are_refused(
    qtbot: Any, main_window: MainWindow, fresh_repository: Any
) -> None:
    main_window.new_client_action.trigger()
    dialog = main_window.open_dialog
    assert isinstance(dialog, ClientDialog)
    _type(qtbot, dialog.name_edit, "Aino Oma")
    _type(qtbot, dialog.id_edit, "LAH-118")
    _type(qtbot, dialog.goal_edit, "jotain")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "goal" in dialog.errors()
    dialog.goal_box.setCurrentIndex(dialog.goal_box.findData("training"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert fresh_repository().load_client("LAH-118").goal.outcome == "training"


def test_a_new_pathway_of_a_client_without_one_is_active(
    main_window: MainWindow, repository: Any, fresh_repository: Any
) -> None:
    repository.create_client(Client("c1", "Noora Laaksonen"))
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    editor = main_window.editor
    editor.actions_for_menus()["new_pathway"].trigger()
    editor.dialog.accept()
    assert [p.status for p in fresh_repository().load_client("c1").pathways] == ["active"]


# --- Connect: a sensible preselection, no step twice, the side panel's names ---------------------


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_connect_offers_later_unconnected_steps_first_and_names_kinds_as_the_side_panel(
    qtbot: Any, main_window: MainWindow, repository: Any, fresh_repository: Any, lang: str
) -> None:
    i18n.set_language(lang)
    steps = [
        Step("s1", "service_need_assessment", "completed", start=date(2025, 1, 7),
             end=date(2025, 2, 1)),
        Step("s2", "rehabilitative_work_activity", "ongoing", start=date(2025, 2, 3)),
        Step("s3", "work_trial", "planned"),
        Step("s4", "vocational_education", "planned"),
    ]
    repository.create_client(
        Client(
            "c1",
            "Noora Laaksonen",
            pathways=[
                Pathway("p1", "Polku", "active", steps=steps,
                        transitions=[Transition("s1", "s2", "next")])
            ],
        )
    )
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    editor = main_window.editor
    assert editor.scene.reading_order() == ["s1", "s2", "s3", "s4"]
    editor.select_steps(["s2"])
    editor.actions_for_menus()["connect"].trigger()
    dialog = editor.dialog
    assert isinstance(dialog, ConnectDialog)
    offered = [
        dialog.steps_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.steps_list.count())
    ]
    assert offered == ["s3", "s4"]  # s1 already leads here: no arrow back to it
    assert dialog.steps_list.currentItem().data(Qt.ItemDataRole.UserRole) == "s3"
    names = [dialog.kind_box.itemText(i) for i in range(dialog.kind_box.count())]
    assert names == [labels.transition_kind_name("next"), labels.transition_kind_name("support")]
    qtbot.keyClick(dialog.steps_list, Qt.Key.Key_Return)  # Enter: what is highlighted
    stored = fresh_repository().load_client("c1").pathway("p1")
    assert ("s2", "s3", "next") in [t.key for t in stored.transitions]

    # From the last step, nothing comes later: the list starts with the earliest unconnected.
    editor.select_steps(["s4"])
    editor.actions_for_menus()["connect"].trigger()
    dialog = editor.dialog
    assert [dialog.steps_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)] == [
        "s1", "s2", "s3"
    ]
    dialog.reject()

    # Connected with every other step: a message, no empty dialog.
    editor.select_steps(["s3"])
    for other in ("s1", "s4"):
        assert editor.connect_steps("s3", other, "support", False), editor.message_bar.text
    editor.select_steps(["s3"])
    editor.actions_for_menus()["connect"].trigger()
    assert editor.dialog is None or not editor.dialog.isVisible()
    assert editor.message_bar.text == "This step is already connected with every other step."


# --- The responsible person: added to the team from the step's field ---------------------------


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_responsible_person_is_added_to_the_team_from_the_steps_field(
    qtbot: Any, main_window: MainWindow, repository: Any, fresh_repository: Any, lang: str
) -> None:
    i18n.set_language(lang)
    repository.create_client(
        Client(
            "c1",
            "Noora Laaksonen",
            pathways=[
                Pathway(
                    "p1", "Polku", "active", steps=[Step("s1", "mental_health_services", "planned")]
                )
            ],
        )
    )
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    editor = main_window.editor
    editor.select_steps(["s1"])
    editor.open_inspector()
    inspector = editor.inspector
    box = inspector.field("responsible")
    last = box.count() - 1
    assert box.itemText(last) == inspector.tr("Add a team member…")
    box.setCurrentIndex(last)
    box.activated.emit(last)  # chosen as a person chooses it
    dialog = inspector.member_dialog
    assert isinstance(dialog, TeamMemberDialog) and dialog.isVisible()
    assert dialog.sector_box.currentData() == "health"  # the service's sector, preset
    assert box.currentData() is None  # nothing changes until OK
    _type(qtbot, dialog.name_edit, "Hanna Hoitaja")
    _type(qtbot, dialog.role_edit, "psykiatrinen sairaanhoitaja")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = fresh_repository().load_client("c1")
    assert [(m.name, m.sector) for m in stored.team] == [("Hanna Hoitaja", "health")]
    assert stored.pathway("p1").step("s1").responsible == stored.team[0].id
    assert "Hanna Hoitaja" in box.currentText()
    # One undo takes both back.
    main_window.undo_action.trigger()
    stored = fresh_repository().load_client("c1")
    assert stored.team == [] and stored.pathway("p1").step("s1").responsible is None


# --- Small things: a date's message, Delete's hint ----------------------------------------------


@pytest.fixture
def one_step(main_window: MainWindow, repository: Any) -> MainWindow:
    repository.create_client(
        Client(
            "c1",
            "Noora Laaksonen",
            pathways=[
                Pathway("p1", "Polku", "active", steps=[Step("s1", "work_trial", "planned")])
            ],
        )
    )
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    main_window.editor.select_steps(["s1"])
    main_window.editor.open_inspector()
    return main_window


def test_a_date_message_goes_away_when_the_field_is_cleared(
    qtbot: Any, one_step: MainWindow, fresh_repository: Any
) -> None:
    inspector = one_step.editor.inspector
    start = inspector.field("start")
    start.line_edit.setFocus()
    _type(qtbot, start.line_edit, "32.1.2026")
    qtbot.keyClick(start.line_edit, Qt.Key.Key_Return)
    assert inspector.message("start")  # "not a date", next to the field
    # The clear button (or deleting the text) empties the field: the message goes at once.
    start.line_edit.clear()
    assert inspector.message("start") == ""
    assert fresh_repository().load_client("c1").pathway("p1").step("s1").start is None


def test_delete_says_that_undo_brings_the_step_back(
    qtbot: Any, one_step: MainWindow, fresh_repository: Any
) -> None:
    editor = one_step.editor
    editor.select_steps(["s1"])
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert len(fresh_repository().load_client("c1").pathway("p1")) == 0
    text = editor.message_bar.text
    assert "Work trial" in text and "Ctrl+Z" in text and editor.message_bar.isVisible()
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(fresh_repository().load_client("c1").pathway("p1")) == 1


# --- Help: First steps (F1) and the keyboard shortcuts ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fi", "Etsi asiakas"), ("sv", "Hitta en klient"), ("en", "Find a client")],
)
def test_f1_opens_first_steps_with_the_names_the_window_shows(
    qtbot: Any, qapp: Any, settings: Any, repository: Any, database: Any, lang: str, words: str
) -> None:
    from ui.app import install_translations
    from ui.help import FirstStepsDialog, ShortcutsDialog

    i18n.set_language(lang)
    install_translations(qapp, lang)
    try:
        window = MainWindow(settings, lang=lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.set_repository(repository, location=str(database.path))
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.client_list.search_edit, Qt.Key.Key_F1)
        dialog = window.open_dialog
        assert isinstance(dialog, FirstStepsDialog) and dialog.isVisible()
        text = dialog.text()
        assert words in text
        # The names are the window's own, in its language: the search box, the menus, the keys.
        assert window.client_list.search_edit.placeholderText() in text
        assert window.menus["file"].title().replace("&", "") in text
        assert "Ctrl+L" in text and "F9" in text and "Ctrl+Z" in text
        dialog.reject()

        window.shortcuts_action.trigger()
        dialog = window.open_dialog
        assert isinstance(dialog, ShortcutsDialog)
        text = dialog.text()
        for action in (window.find_action, window.details_action, window.print_action):
            assert action.text().replace("&", "").rstrip("…") in text
        from ui.help import keys_of

        for action in (window.first_steps_action, window.redo_action, window.next_pane_action):
            assert keys_of(action) in text  # F1; Ctrl+Shift+Z (Vaihto in Finnish), F6
        assert "Ctrl+L" in text
        dialog.reject()
        window.close()
    finally:
        install_translations(qapp, "en")


# --- 1366×768 in Finnish: the map keeps its room, tabs and "fit to window" stay in sight --------


def _visible_in(widget: Any, container: Any) -> bool:
    """Whether *widget* is shown whole inside *container* (not clipped, not in an overflow)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(container, widget.rect().topLeft())
    return container.rect().contains(top_left) and container.rect().contains(
        widget.mapTo(container, widget.rect().bottomRight())
    )


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_at_1366_the_details_leave_the_map_its_room_and_nothing_is_clipped(
    qtbot: Any, qapp: Any, settings: Any, repository: Any, database: Any, lang: str
) -> None:
    from PySide6.QtWidgets import QTabWidget, QToolBar

    from ui.app import install_translations

    i18n.set_language(lang)
    install_translations(qapp, lang)
    try:
        for client in demo_clients(date.today()):
            repository.create_client(client)
        window = MainWindow(settings, lang=lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.set_repository(repository, location=str(database.path))
        assert window.open_client("demo-mikko")
        editor = window.editor
        toolbar = editor.findChild(QToolBar)
        side = editor.findChild(QTabWidget)
        for details in (False, True):
            window.set_details_visible(details)
            qtbot.wait(50)
            QApplication.processEvents()
            # The map: at least 600 px wide, with or without Client details.
            assert editor.view.width() >= 600, (details, editor.view.width())
            # Every side tab whole in its bar (no scroll arrows, no clipped "Tarkis…").
            bar = side.tabBar()
            for index in range(bar.count()):
                assert bar.tabRect(index).right() <= bar.width(), (details, bar.tabText(index))
            # "Fit to window" on the toolbar itself, not in its overflow menu.
            fit = toolbar.widgetForAction(editor.actions_for_menus()["zoom_fit"])
            assert fit is not None and _visible_in(fit, toolbar), details
        window.close()
    finally:
        install_translations(qapp, "en")


# --- Export: a sensible folder and a name that says what the file is ---------------------------


def test_export_offers_a_meaningful_name_in_a_sensible_folder_then_the_last_one(
    qtbot: Any, demo: MainWindow, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from ui.printing import ExportDialog

    asked: list[str] = []
    answer = [""]

    def save_as(_parent: Any, _title: str, suggested: str, *_args: Any, **_kw: Any) -> Any:
        asked.append(suggested)
        return answer[0], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    assert demo.open_client("demo-mikko")

    def export_dialog() -> ExportDialog:
        demo.export_action.trigger()
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
        visible = [w for w in found if w.isVisible()]
        assert len(visible) == 1
        return visible[0]

    dialog = export_dialog()
    dialog.save_button.click()
    first = Path(asked[-1])
    assert first.parent != Path.cwd()  # not the program's folder
    assert first.parent == Path.home() or first.parent.name  # Documents, else home
    assert first.name.startswith("Mikko-Hyvönen-") and first.suffix == ".pdf"
    title = demo.current_client().active_pathway().title.split()[0]
    assert title in first.name
    # Pseudonymised: no name in the file name either.
    dialog.options_widget.pseudonymize.setChecked(True)
    dialog.save_button.click()
    assert "Hyvönen" not in asked[-1]
    dialog.options_widget.pseudonymize.setChecked(False)

    folder = tmp_path / "meeting"
    folder.mkdir()
    answer[0] = str(folder / "mikko.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_button.click()
    assert (folder / "mikko.pdf").exists()
    # The next export starts in the folder saved to last.
    answer[0] = ""
    dialog = export_dialog()
    dialog.save_button.click()
    assert Path(asked[-1]).parent == folder
    dialog.reject()


def test_connect_does_not_preselect_a_step_already_over(
    main_window: MainWindow, repository: Any
) -> None:
    steps = [
        Step("a", "service_need_assessment", "planned"),
        Step("b", "rehabilitative_work_activity", "completed", start=date(2025, 1, 7),
             end=date(2025, 6, 1)),
        Step("c", "work_trial", "planned"),
    ]
    repository.create_client(
        Client("c1", "Noora Laaksonen", pathways=[Pathway("p1", "Polku", "active", steps=steps)])
    )
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    editor = main_window.editor
    assert editor.scene.reading_order() == ["a", "b", "c"]
    editor.select_steps(["a"])
    editor.actions_for_menus()["connect"].trigger()
    dialog = editor.dialog
    assert isinstance(dialog, ConnectDialog)
    assert dialog.steps_list.currentItem().data(Qt.ItemDataRole.UserRole) == "c"
    dialog.reject()
