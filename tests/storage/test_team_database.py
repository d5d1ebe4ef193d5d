"""The team database on PostgreSQL (issue #10, README "A team database on PostgreSQL"): the
password comes from ~/.pgpass / $PGPASSFILE or a prompt, never needs the command line, and no
message ever shows it. Runs when ``POLKU_TEST_POSTGRESQL`` names a server with a password."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from pathways.errors import EnvironmentProblem
from storage.database import open_database, password_in_url
from tests.running import run_process

URL = os.environ.get("POLKU_TEST_POSTGRESQL")
pytestmark = pytest.mark.skipif(
    not URL or not sa.make_url(URL).password, reason="no PostgreSQL server with a password"
)


def without_password() -> tuple[str, str]:
    assert URL is not None
    url = sa.make_url(URL)
    bare = sa.URL.create(url.drivername, url.username, None, url.host, url.port, url.database)
    return bare.render_as_string(hide_password=False), str(url.password)


def test_the_password_comes_from_a_pgpass_file_and_never_shows(tmp_path: Path) -> None:
    bare, password = without_password()
    url = sa.make_url(bare)
    env = {"PGPASSFILE": str(tmp_path / "missing")}
    refused = run_process("--lang", "en", "clients", "--db", bare, env=env)
    assert refused.returncode == 1
    assert refused.stderr.startswith("polku: cannot open the database")
    assert "password" in refused.stderr and f":{password}@" not in refused.stderr

    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port or 5432}:{url.database}:{url.username}:{password}\n")
    pgpass.chmod(0o600)
    env["PGPASSFILE"] = str(pgpass)
    listed = run_process("--lang", "en", "clients", "--db", bare, env=env)
    assert listed.returncode == 0, listed.stderr
    assert "process list" not in listed.stderr


def test_a_password_on_the_command_line_works_but_is_warned_about_and_never_echoed() -> None:
    assert URL is not None
    assert password_in_url(URL) and not password_in_url(without_password()[0])
    listed = run_process("--lang", "en", "clients", "--db", URL)
    assert listed.returncode == 0, listed.stderr
    assert "shows to other users in the process list" in listed.stderr
    wrong = sa.make_url(URL).set(password="Sal4inen-Sana").render_as_string(hide_password=False)
    refused = run_process("--lang", "en", "clients", "--db", wrong)
    assert refused.returncode == 1 and "Sal4inen-Sana" not in refused.stderr + refused.stdout


def test_the_prompt_is_asked_with_the_address_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    bare, password = without_password()
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    asked: list[str] = []

    def prompt(where: str) -> str:
        asked.append(where)
        return password

    database = open_database(bare, password=prompt)
    try:
        assert asked == [bare] and f":{password}@" not in asked[0]
    finally:
        database.close()
    with pytest.raises(EnvironmentProblem) as refused:
        open_database(bare, password=lambda _where: "Sal4inen-Sana")
    assert "Sal4inen-Sana" not in str(refused.value)

