"""The main window as a person uses it: search, open, delete, menus, keyboard, settings."""

from __future__ import annotations

import sys
import types
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from pathways.model import Client, Pathway, Step
from tests.ui.gated import GatedLoads
from ui.main_window import MainWindow, describe_location
from ui.settings import Settings

pytestmark = pytest.mark.usefixtures("english")


def _add(
    repository: Any, client_id: str, name: str, municipality: str | None = None, **values: Any
) -> None:
    repository.create_client(Client(id=client_id, name=name, municipality=municipality, **values))


@pytest.fixture
def listed(main_window: MainWindow, repository: Any) -> MainWindow:
    """Five clients in the list, one of them with an active pathway in a work trial."""
    _add(
        repository,
        "a-1",
        "Matti Äijälä",
        "Kuopio",
        pathways=[
            Pathway(
                "p1",
                "Työkokeiluun",
                "active",
                steps=[Step("s1", "work_trial", "ongoing", start=date(2025, 5, 1))],
            )
        ],
    )
    _add(repository, "a-2", "Anna Aalto", "Lahti")
    _add(repository, "a-3", "Åsa Öberg", "Vaasa")
    _add(repository, "a-4", "Zacharias Berg", "Lahti")
    _add(repository, "x-77", "Ömer Yilmaz", "Turku")
    main_window.client_list.refresh()
    return main_window


def _names(window: MainWindow) -> list[str]:
    return [summary.name for summary in window.client_list.model.summaries()]


# --- The client list ----------------------------------------------------------------------------


def test_the_list_is_in_finnish_order_with_the_current_stage(listed: MainWindow) -> None:
    assert _names(listed) == [
        "Anna Aalto",
        "Matti Äijälä",
        "Zacharias Berg",
        "Åsa Öberg",
        "Ömer Yilmaz",
    ]
    model = listed.client_list.model
    row = model.row_of("a-1")
    assert model.index(row, model.STAGE).data() == "Intermediate labour market"
    assert model.index(row, model.MUNICIPALITY).data() == "Kuopio"
    assert listed.client_list.count_label.text() == "5 clients"


def test_search_as_you_type_finds_aijala_without_the_dots(qtbot: Any, listed: MainWindow) -> None:
    search = listed.client_list.search_edit
    qtbot.keyClicks(search, "aijala")
    qtbot.waitUntil(lambda: _names(listed) == ["Matti Äijälä"], timeout=2000)
    assert "1 of 5" in listed.client_list.count_label.text()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("LAHTI", ["Anna Aalto", "Zacharias Berg"]),  # municipality, any case
        ("x-77", ["Ömer Yilmaz"]),  # client number
        ("oberg", ["Åsa Öberg"]),
        ("anna lahti", ["Anna Aalto"]),  # every word must match
    ],
)
def test_search_covers_name_number_and_municipality(
    qtbot: Any, listed: MainWindow, typed: str, expected: list[str]
) -> None:
    qtbot.keyClicks(listed.client_list.search_edit, typed)
    qtbot.waitUntil(lambda: _names(listed) == expected, timeout=2000)


@pytest.mark.parametrize("typed", ["a", "ÄIJÄLÄ", "lahti berg", "-7", "å", "z", "nobody"])
def test_the_search_answers_what_the_repository_search_answers(
    qtbot: Any, listed: MainWindow, repository: Any, typed: str
) -> None:
    panel = listed.client_list
    panel.search_edit.setText(typed)
    panel.flush_search()
    assert panel.model.summaries() == repository.list_clients(typed)


def test_f5_shows_changes_made_on_another_workstation(
    qtbot: Any, listed: MainWindow, fresh_repository: Any
) -> None:
    other = fresh_repository()
    _add(other, "w-2", "Väinö Kivelä", "Pori")
    other.delete_client("a-4")
    assert "Väinö Kivelä" not in _names(listed)
    listed.refresh_action.trigger()
    assert listed.client_list.reloading()  # read on a worker: the window stays responsive
    assert "Reading the clients again" in listed.client_list.count_label.text()
    qtbot.waitUntil(lambda: not listed.client_list.reloading(), timeout=5000)
    assert "Väinö Kivelä" in _names(listed)
    assert "Zacharias Berg" not in _names(listed)
    assert listed.statusBar().currentMessage() == "5 clients"


def test_no_match_says_so_and_escape_brings_everyone_back(qtbot: Any, listed: MainWindow) -> None:
    panel = listed.client_list
    qtbot.keyClicks(panel.search_edit, "zzz")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=2000)
    assert panel.stack.currentWidget() is panel.empty_label
    assert "zzz" in panel.empty_label.text()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=2000)


def test_a_client_is_opened_from_the_search_with_the_keyboard(
    qtbot: Any, listed: MainWindow
) -> None:
    panel = listed.client_list
    qtbot.keyClicks(panel.search_edit, "berg")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert listed.opening_client()  # loaded on a worker, the window says it is busy
    assert listed.cursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.waitUntil(lambda: listed.current_client_id() == "a-4")  # Zacharias Berg comes first
    assert listed.cursor().shape() != Qt.CursorShape.BusyCursor
    assert listed.details.name_label.text() == "Zacharias Berg"
    assert listed.windowTitle().startswith("Zacharias Berg")


def test_choosing_a_row_opens_that_client(qtbot: Any, listed: MainWindow) -> None:
    view = listed.client_list.view
    row = listed.client_list.model.row_of("a-3")
    rect = view.visualRect(listed.client_list.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: listed.current_client_id() == "a-3")
    assert listed.client_header.name_label.text() == "Åsa Öberg"


# --- Deleting -----------------------------------------------------------------------------------


def test_delete_asks_first_cancel_keeps_yes_removes(
    listed: MainWindow, message_boxes: Any, fresh_repository: Any
) -> None:
    assert listed.open_client("a-2")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    listed.delete_client_action.trigger()
    assert len(message_boxes.texts("question")) == 1
    assert "Anna Aalto" in message_boxes.texts("question")[0]
    assert fresh_repository().load_client("a-2") is not None
    assert listed.current_client_id() == "a-2"

    message_boxes.answer = QMessageBox.StandardButton.Yes
    listed.delete_client_action.trigger()
    assert fresh_repository().load_client("a-2") is None
    assert "Anna Aalto" not in _names(listed)
    assert listed.current_client() is None
    assert not listed.delete_client_action.isEnabled()
    assert listed.windowTitle() == "Polku"


# --- Menus, keyboard and accessibility ----------------------------------------------------------


def test_every_menu_and_action_is_reachable_by_keyboard(main_window: MainWindow) -> None:
    for key, menu in main_window.menus.items():
        assert "&" in menu.title(), f"menu {key} has no mnemonic"
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled() and not action.text():
                continue
            text = action.text()
            assert (
                "&" in text
                or not action.shortcut().isEmpty()
                or action.menu()
                or text.startswith("(")
                or text in ("Suomi", "Svenska", "English")
                or text.startswith(("Undo", "Redo"))
            ), f"{key}: {text!r}"


def test_undo_and_redo_have_the_usual_keys(main_window: MainWindow) -> None:
    undo = [key.toString() for key in main_window.undo_action.shortcuts()]
    redo = [key.toString() for key in main_window.redo_action.shortcuts()]
    assert "Ctrl+Z" in undo
    assert "Ctrl+Shift+Z" in redo and "Ctrl+Y" in redo


def test_ctrl_f_focuses_the_search(qtbot: Any, listed: MainWindow) -> None:
    listed.activateWindow()
    qtbot.waitUntil(lambda: listed.isActiveWindow(), timeout=2000)
    listed.client_list.view.setFocus()
    qtbot.keyClick(listed.client_list.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert listed.client_list.search_edit.hasFocus()
    assert listed.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_every_control_of_the_window_has_an_accessible_name(listed: MainWindow) -> None:
    listed.open_client("a-1")
    listed.set_details_visible(True)
    editor = listed.editor
    unnamed = [
        f"{type(widget).__name__}"
        for widget in listed.findChildren(QWidget)
        if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView))
        and widget.isVisibleTo(listed)
        and not (editor is not None and editor.isAncestorOf(widget))  # the editor's own
        and not widget.accessibleName()
    ]
    assert not unnamed


def test_details_panel_starts_hidden_at_1366_and_shown_at_1920(
    qtbot: Any, repository: Any, tmp_path: Path
) -> None:
    for width, height, details_shown in ((1366, 768, False), (1920, 1080, True)):
        store = QSettings(str(tmp_path / f"settings-{width}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Settings(store), lang="en")
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.set_repository(repository)
        sizes = window.splitter.sizes()
        assert window.details.isVisible() is details_shown
        assert 240 <= sizes[0] <= 340, sizes
        assert sizes[1] >= 1000, sizes  # the pathway editor gets the room it needs
        if details_shown:
            assert sizes[2] >= 320, sizes
        window.close()


def test_a_saved_layout_is_restored_and_the_details_get_their_width_back(
    qtbot: Any, repository: Any, settings: Settings
) -> None:
    first = MainWindow(settings, lang="en")
    qtbot.addWidget(first)
    first.resize(1366, 768)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([300, 1066, 0])
    first.close()  # saves the layout with the details hidden
    second = MainWindow(settings, lang="en")
    qtbot.addWidget(second)
    second.resize(1366, 768)
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes()[0] == 300
    second.set_details_visible(True)
    assert second.splitter.sizes()[2] >= 320


def test_the_details_toggle_is_remembered(
    qtbot: Any, main_window: MainWindow, settings: Settings
) -> None:
    assert not main_window.details.isVisible()
    main_window.client_header.details_button.defaultAction().trigger()
    assert main_window.details.isVisible()
    assert settings.details_visible() is True


def test_a_pathway_whole_in_view_stays_whole_as_client_details_come_and_go(
    qtbot: Any, main_window: MainWindow, repository: Any
) -> None:
    """Showing Client details narrows the map: a pathway that was whole in view is fitted
    again (nothing cut at the right edge), and hiding them gives its zoom back."""
    from PySide6.QtWidgets import QApplication

    from pathways.demo import demo_clients

    client = next(c for c in demo_clients(date.today()) if c.id == "demo-nadia")
    repository.create_client(client)
    main_window.client_list.refresh()
    assert main_window.open_client("demo-nadia")
    view = main_window.editor.view

    def whole_in_view() -> bool:
        QApplication.processEvents()
        seen = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-3, -3, 3, 3)
        return seen.contains(view.sceneRect())

    main_window.set_details_visible(False)
    qtbot.waitUntil(whole_in_view, timeout=5000)
    zoom = view.zoom
    main_window.set_details_visible(True)
    qtbot.waitUntil(lambda: main_window.details.isVisible(), timeout=5000)
    qtbot.waitUntil(whole_in_view, timeout=5000)
    assert view.zoom < zoom  # fitted to the narrower room
    main_window.set_details_visible(False)
    qtbot.waitUntil(lambda: abs(view.zoom - zoom) < 0.01, timeout=5000)
    assert whole_in_view()


# --- Printing -----------------------------------------------------------------------------------


def test_print_is_disabled_without_a_client(listed: MainWindow) -> None:
    assert not listed.print_action.isEnabled()
    assert not listed.export_action.isEnabled()
    listed.open_client("a-1")
    assert listed.print_action.isEnabled()
    assert listed.export_action.isEnabled()


def test_print_and_export_hand_the_open_pathway_to_ui_printing(
    listed: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, Any, str, str]] = []
    fake = types.ModuleType("ui.printing")
    fake.print_pathway = lambda parent, repo, client_id, pathway_id, **_: calls.append(  # type: ignore[attr-defined]
        ("print", repo, client_id, pathway_id)
    )
    fake.export_pathway = lambda parent, repo, client_id, pathway_id, **_: calls.append(  # type: ignore[attr-defined]
        ("export", repo, client_id, pathway_id)
    )
    monkeypatch.setitem(sys.modules, "ui.printing", fake)
    import ui

    monkeypatch.setattr(ui, "printing", fake, raising=False)
    listed.open_client("a-1")
    listed.print_action.trigger()
    listed.export_action.trigger()
    assert calls == [
        ("print", listed.repository, "a-1", "p1"),
        ("export", listed.repository, "a-1", "p1"),
    ]


# --- Settings, banner, data location, errors ----------------------------------------------------


def test_the_language_setting_persists(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, settings: Settings
) -> None:
    with qtbot.waitSignal(main_window.language_chosen) as chosen:
        main_window.language_actions["sv"].trigger()
    assert chosen.args == ["sv"]
    reread = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.language() == "sv"
    again = MainWindow(reread, lang=reread.language())
    qtbot.addWidget(again)
    assert again.language_actions["sv"].isChecked()


def test_swedish_labels(qtbot: Any, qapp: Any, settings: Settings) -> None:
    from ui.app import install_translations

    try:
        assert "polku_sv" in install_translations(qapp, "sv")
        window = MainWindow(settings, lang="sv")
        qtbot.addWidget(window)
        assert window.menus["file"].title().replace("&", "") == "Arkiv"
    finally:
        install_translations(qapp, "en")


def test_settings_dialog_stores_the_workers_name(
    qtbot: Any, main_window: MainWindow, settings: Settings
) -> None:
    main_window.settings_action.trigger()
    dialog = main_window.open_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.worker_name_edit.setText("Heidi Rantanen")  # type: ignore[attr-defined]
    dialog.accept()
    assert settings.worker_name() == "Heidi Rantanen"


def test_banner_and_data_location_are_shown(main_window: MainWindow, database: Any) -> None:
    assert main_window.banner.isHidden()
    main_window.show_banner("Read-only: a backup is being restored.")
    assert main_window.banner.isVisible()
    assert main_window.banner_text() == "Read-only: a backup is being restored."
    main_window.hide_banner()
    assert main_window.banner.isHidden()
    assert database.path.name in main_window.location_label.text()
    assert (
        describe_location("postgresql+psycopg://polku:secret@db.example/polku")
        == "postgresql+psycopg://polku:***@db.example/polku"
    )


def test_an_unexpected_error_shows_a_short_message_without_personal_data(
    qapp: Any, message_boxes: Any, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # qapp: the message box needs the application, also when this test runs alone.
    from ui.app import install_exception_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook(debug=False)
    error = ValueError("Matti Äijälä 131052-308T")
    sys.excepthook(ValueError, error, error.__traceback__)
    text = message_boxes.texts("critical")[-1]
    assert "ValueError" in text
    assert "Äijälä" not in text and "131052" not in text
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Äijälä" not in err


def test_quick_choices_load_one_client_at_a_time_and_show_the_last(
    qtbot: Any, listed: MainWindow
) -> None:
    """Each load logs the view in a write transaction: two at once made the newer wait on the
    older's lock (under load, past the busy timeout). Choices made while a client is loading
    wait for that load; one overtaken before it began is never loaded (nor logged as seen)."""
    from ui import jobs

    gated = GatedLoads(listed.repository)
    listed.repository = gated  # type: ignore[assignment]
    listed.choose_client("a-1")
    qtbot.waitUntil(gated.waiting.is_set)  # a-1 is loading
    listed.choose_client("a-2")
    listed.choose_client("a-3")
    assert listed.opening_client()
    gated.gate.set()
    qtbot.waitUntil(lambda: listed.current_client_id() == "a-3", timeout=30000)
    qtbot.waitUntil(lambda: jobs.running_jobs() == 0, timeout=30000)
    assert gated.most_at_once == 1, "two clients were loaded at once"
    assert gated.loaded == ["a-1", "a-3"], "a choice overtaken before its load was loaded"
    assert not listed.opening_client()
    assert listed.details.name_label.text() == "Åsa Öberg"
