"""The window's side of the team database's password (issue #10): when the server asks for a
password that ~/.pgpass does not give, ui.app learns so and opens again with what was typed.
Runs when ``POLKU_TEST_POSTGRESQL`` names a server with a password."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from storage.database import open_database

URL = os.environ.get("POLKU_TEST_POSTGRESQL")
pytestmark = pytest.mark.skipif(
    not URL or not sa.make_url(URL).password, reason="no PostgreSQL server with a password"
)


def _without_password() -> tuple[str, str]:
    assert URL is not None
    url = sa.make_url(URL)
    bare = sa.URL.create(url.drivername, url.username, None, url.host, url.port, url.database)
    return bare.render_as_string(hide_password=False), str(url.password)


def test_without_a_password_the_window_learns_that_one_is_needed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ui.app asks for the password (masked) when it gets PasswordNeeded, then opens again
    with what was typed."""
    from storage.database import PasswordNeeded

    bare, password = _without_password()
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
