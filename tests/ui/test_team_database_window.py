"""The window's side of the team database's password (issue #10): when the server asks for a
password that ~/.pgpass does not give, ui.app learns so and opens again with what was typed.
Runs when ``POLKU_TEST_POSTGRESQL`` names a server with a password."""

from __future__ import annotations

import pytest

from storage.database import open_database

# The same server, and the same condition, as the storage side's tests.
from tests.storage.test_team_database import pytestmark, without_password  # noqa: F401


def test_without_a_password_the_window_learns_that_one_is_needed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ui.app asks for the password (masked) when it gets PasswordNeeded, then opens again
    with what was typed."""
    from storage.database import PasswordNeeded

    bare, password = without_password()
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(PasswordNeeded) as needed:
        open_database(bare)
    assert needed.value.where == bare and needed.value.exit_status == 1
    from ui.app import OpeningFailed, open_and_list

    database, _repository, _summaries, _versions = open_and_list(bare, "Sanna", password)
    database.close()
    with pytest.raises(OpeningFailed) as refused:
        open_and_list(bare, "Sanna", "Sal4inen-Sana")
    assert isinstance(refused.value.error, PasswordNeeded)
    assert "Sal4inen-Sana" not in str(refused.value.error)
