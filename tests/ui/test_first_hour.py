"""A newcomer's first hour (issue #12): each stumble of a first session, through the real window.

Each test fails without its fix: the Needs form on a demo client, the palette's search words and
ranking, the new-client dialog, the Connect dialog, the help menu and the rest.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pathways.demo import demo_clients
from ui.forms import NeedsDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english")


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
