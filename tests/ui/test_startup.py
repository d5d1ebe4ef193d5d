"""Start-up of the window (``ui.app.WindowSession``): the cyclic garbage collector is off while
the window starts (``run_window`` switches it off; the opening job's hundreds of thousands of
objects all stay) and runs again once the database opened — or failed to — so that a long
session does not pile up garbage."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pathways.model import Client
from storage.audit import Actor
from storage.database import open_database
from storage.repository import Repository
from ui.app import WindowSession
from ui.settings import Settings


@pytest.fixture
def collector_off_as_at_start() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


def _session(qapp: Any, settings: Settings, db: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    args = argparse.Namespace(
        db=str(db), lang="en", debug=False, screenshot=None, client=None, view=None
    )
    session = WindowSession(qapp, args, settings, "en")
    session.statuses = []  # type: ignore[attr-defined]
    monkeypatch.setattr(session, "finish", session.statuses.append)  # type: ignore[attr-defined]
    session.start()
    return session


@pytest.mark.usefixtures("collector_off_as_at_start")
def test_the_collector_runs_again_once_the_clients_are_shown(
    qtbot: Any, qapp: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "polku.sqlite3"
    database = open_database(str(db))
    Repository(database).count_clients()
    database.close()
    session = _session(qapp, settings, db, monkeypatch)
    try:
        qtbot.waitUntil(lambda: session.window.repository is not None, timeout=30000)
        assert gc.isenabled()
        assert session.statuses == []
    finally:
        session.dispose()


def test_the_list_follows_changes_from_the_versions_read_with_it_at_start(
    qtbot: Any, qapp: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening job reads every client's version before the list, so the list needs no
    read of its own at start and still shows another worker's change."""
    db = tmp_path / "polku.sqlite3"
    database = open_database(str(db))
    other = Repository(database, Actor("olli", "Olli Ojala"))
    other.create_client(Client("c1", "Aino Asiakas", municipality="Lahti"))
    other.create_client(Client("c2", "Bertta Asiakas", municipality="Lahti"))
    session = _session(qapp, settings, db, monkeypatch)
    try:
        qtbot.waitUntil(lambda: session.window.repository is not None, timeout=30000)
        panel = session.window.client_list
        assert panel._versions == other.client_versions()
        assert panel._following is None  # no second read of the versions
        client = other.load_client("c2")
        assert client is not None
        client.municipality = "Heinola"
        other.save_client_details(client)
        qtbot.waitUntil(
            lambda: (
                [s.municipality for s in panel.model.summaries() if s.id == "c2"] == ["Heinola"]
            ),
            timeout=5000,
        )
    finally:
        session.dispose()
        database.close()


@pytest.mark.usefixtures("collector_off_as_at_start")
def test_the_collector_runs_again_when_the_database_cannot_be_opened(
    qtbot: Any, qapp: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "not-a-database.sqlite3"
    db.write_bytes(b"this is no database " * 100)
    session = _session(qapp, settings, db, monkeypatch)
    try:
        qtbot.waitUntil(lambda: bool(session.statuses), timeout=30000)
        assert session.statuses == [1]
        assert gc.isenabled()
    finally:
        session.dispose()


PROBE_CHILD = """
import sys
import ui.app
def spy(*words, **options):
    if words and str(words[0]).startswith("pathway_painted"):
        sys.stdout.write(f"networkx imported: {'networkx' in sys.modules}\\n")
    print(*words, **options)
ui.app.print = spy
import main
sys.exit(main.run(["--db", sys.argv[1], "--client", "demo-aleksi"]))
"""


def test_a_clients_pathway_is_painted_before_networkx_is_imported(db_path: Path) -> None:
    """networkx (a tenth of a second to import) comes in with the first check of the pathway's
    graph, after the pathway is on the screen: no module on the way imports it at the top."""
    import os
    import subprocess
    import sys

    import main

    assert main.run(["demo", "--db", str(db_path)]) == 0
    environment = dict(os.environ, POLKU_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE_CHILD, str(db_path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert "pathway_painted" in done.stdout, done.stderr
    assert "networkx imported: False" in done.stdout


def test_the_services_palette_is_filled_when_its_tab_is_first_shown(
    qtbot: Any, main_window: Any, repository: Repository
) -> None:
    """Behind another tab at start, the palette waits; shown, it lists every sector."""
    from pathways.model import Pathway

    repository.create_client(Client("c1", "Noora Laaksonen", pathways=[Pathway("p1", "Polku")]))
    main_window.client_list.refresh()
    assert main_window.open_client("c1")
    editor = main_window.editor
    assert editor is not None
    palette = editor.service_palette
    assert not palette.isVisible()
    assert palette._tree.topLevelItemCount() == 0  # not filled on the way to the first paint
    editor.show_panel(palette)
    qtbot.waitUntil(palette.isVisible)
    shown = palette._tree  # the widget itself, not the property that fills on demand
    assert shown.topLevelItemCount() >= 6
    assert "work_trial" in palette.visible_codes()
