"""The same storage on a PostgreSQL server (a team database), when one is given to the tests.

Set ``POLKU_TEST_POSTGRESQL`` to an SQLAlchemy URL of an empty database the user owns
(``.ci/run`` starts a local server and sets it); without it these tests are skipped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.running import run_process

URL = os.environ.get("POLKU_TEST_POSTGRESQL")
pytestmark = pytest.mark.skipif(not URL, reason="POLKU_TEST_POSTGRESQL names no server")


@pytest.fixture
def server_url() -> Iterator[str]:
    """The server's database, emptied before the test."""
    import sqlalchemy as sa

    assert URL is not None
    engine = sa.create_engine(URL)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()
    yield URL


def test_import_export_erase_and_the_access_log_on_a_server(
    server_url: str, examples_dir: Path, tmp_path: Path
) -> None:
    from pathways.exchange import comparable

    example = examples_dir / "three-clients.json"
    imported = run_process("--lang", "en", "import", str(example), "--db", server_url)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "imported 3 clients, 3 pathways, 10 steps\n"

    again = run_process("--lang", "en", "import", str(example), "--db", server_url)
    assert again.returncode == 2 and "clients[0].id" in again.stderr

    out = tmp_path / "out.json"
    exported = run_process("--lang", "en", "export", "-o", str(out), "--db", server_url)
    assert exported.returncode == 0, exported.stderr
    assert comparable(json.loads(out.read_text("utf-8"))) == comparable(
        json.loads(example.read_text("utf-8"))
    )

    found = run_process("--lang", "en", "clients", "--search", "SUNDSTROM", "--json",
                        "--db", server_url)
    assert [c["id"] for c in json.loads(found.stdout)["clients"]] == ["e3"]

    erased = run_process("--lang", "en", "erase", "--client", "e3", "--yes", "--db", server_url)
    assert erased.returncode == 0, erased.stderr
    listed = run_process("--lang", "en", "clients", "--json", "--db", server_url)
    assert [c["id"] for c in json.loads(listed.stdout)["clients"]] == ["e1", "e2"]

    from storage.audit import verify_chain
    from storage.database import open_database

    database = open_database(server_url)
    try:
        assert verify_chain(database) == []
    finally:
        database.close()
