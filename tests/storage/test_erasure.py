"""The right to erasure: after ``erase`` the client's name and personal identity code are nowhere
in the database file or its WAL, and the access log keeps its entries but leads to no one."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from pathways.errors import EnvironmentProblem, InputError
from pathways.model import Meeting
from storage import audit
from storage.database import Database, open_database
from storage.repository import Repository
from tests.storage.test_repository import client

NAME = "Zacharias Ylönen-Erasmus"
PERSONAL_ID = "131052-308T"
# Everything about the person that could identify them, as the file stores it (UTF-8 text).
TRACES = tuple(
    text.encode("utf-8")
    for text in ("Ylönen-Erasmus", "ylonen-erasmus", PERSONAL_ID, "Salainen muistiinpano",
                 "asiakas-erased")
)  # fmt: skip


def raw_bytes(db_path: Path) -> bytes:
    """The database file and its -wal, byte for byte, as someone with the disk would read them."""
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def fill(repository: Repository) -> None:
    """The client among others, edited several times so that old versions of their rows have
    been freed in many pages (with and without secure_delete, as an older Polku left them)."""
    for n in range(30):
        repository.create_client(client(f"other-{n:02d}", f"Muu Asiakas {n}", notes="x" * 300))
    repository.create_client(
        client("asiakas-erased", NAME, personal_id=PERSONAL_ID, notes="Salainen muistiinpano")
    )
    person = repository.load_client("asiakas-erased")
    assert person is not None
    for n in range(5):
        person = dataclasses.replace(
            person,
            notes=f"Salainen muistiinpano {n} " * 40,
            meetings=[Meeting(f"m{n}", person.meetings[0].date, summary=f"{NAME} kävi {n}")],
        )
        repository.save_client_details(person)


def test_after_erasure_the_person_is_nowhere_in_the_file(
    repository: Repository, db_path: Path
) -> None:
    fill(repository)
    assert all(trace in raw_bytes(db_path) for trace in TRACES[:3])

    erasure = repository.erase_client("asiakas-erased")

    assert erasure.file_rewritten and erasure.pathways == 1
    data = raw_bytes(db_path)
    for trace in TRACES:
        assert trace not in data, trace
    assert len(repository.client_ids()) == 30
    assert repository.load_client("other-07") is not None


def test_an_older_file_without_secure_delete_is_cleaned_too(db_path: Path) -> None:
    """Rows freed before secure_delete was on (an older Polku) are gone after the rewrite."""
    database = open_database(str(db_path))
    repository = Repository(database)
    fill(repository)
    database.close()
    with sqlite3.connect(db_path) as connection:  # an old edit, freed without zeroing
        connection.execute("PRAGMA secure_delete = OFF")
        connection.execute(
            "UPDATE clients SET notes = 'korvattu' WHERE id = 'asiakas-erased'"
        )
    database = open_database(str(db_path))
    try:
        Repository(database).erase_client("asiakas-erased")
    finally:
        database.close()
    data = raw_bytes(db_path)
    for trace in TRACES:
        assert trace not in data, trace


def test_the_log_keeps_its_entries_but_they_lead_to_no_one(
    repository: Repository, database: Database, db_path: Path
) -> None:
    repository.create_client(client("c1", NAME))
    repository.load_client("c1")
    with sqlite3.connect(db_path) as connection:
        (key,) = connection.execute("SELECT audit_key FROM clients").fetchone()

    repository.erase_client("c1")

    entries = repository.audit_entries()
    assert [(e.client_key, e.action) for e in entries] == [
        (key, "create"), (key, "view"), (key, "erase"),
    ]
    assert audit.verify_chain(database) == []
    with sqlite3.connect(db_path) as connection:
        for table, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
            "('access_log', 'alembic_version')"
        ):
            assert connection.execute(f'SELECT count(*) FROM "{table}"').fetchone() == (0,), table
    assert key.encode() in raw_bytes(db_path)  # the key stays, in the log alone
    with pytest.raises(InputError):
        repository.access_log("c1")


def test_erasing_an_unknown_client_or_a_read_only_database_changes_nothing(
    repository: Repository, db_path: Path
) -> None:
    repository.create_client(client("c1"))
    with pytest.raises(InputError, match="no client with id nobody"):
        repository.erase_client("nobody")
    repository.database.close()
    readonly = open_database(str(db_path), readonly=True)
    try:
        with pytest.raises(EnvironmentProblem, match="read-only"):
            Repository(readonly).erase_client("c1")
    finally:
        readonly.close()
    database = open_database(str(db_path))
    try:
        assert Repository(database).client_ids() == ["c1"]
    finally:
        database.close()
