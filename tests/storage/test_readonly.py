"""A read-only database opens read-only and refuses every write in one clear line; a full disk
rolls the change back and loses nothing that was saved before (no Qt)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from pathways.errors import EnvironmentProblem
from pathways.model import ServiceType, Step
from storage import database as storage_database
from storage.database import Database, open_database
from storage.repository import Repository
from tests.storage.test_repository import client, pathway

Snapshot = Callable[[Path], dict[str, list[tuple[object, ...]]]]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def stored(db_path: Path) -> Path:
    database = open_database(str(db_path))
    Repository(database).create_client(client("c1"))
    database.close()
    return db_path


def test_a_read_only_open_uses_sqlites_read_only_mode(stored: Path) -> None:
    database = open_database(str(stored), readonly=True)
    try:
        url = database.engine.url  # sqlite:///file:///…/polku.sqlite3?mode=ro&uri=true
        assert database.readonly
        assert str(url.database) == stored.as_uri()
        assert dict(url.query) == {"mode": "ro", "uri": "true"}
    finally:
        database.close()


def test_a_file_this_user_may_not_write_opens_read_only(
    stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage_database, "_writable", lambda _path: False)
    database = open_database(str(stored))
    try:
        assert database.readonly
    finally:
        database.close()


def test_every_write_to_a_read_only_database_is_refused_and_nothing_changes(
    stored: Path, examples_dir: Path
) -> None:
    before = digest(stored)
    database = open_database(str(stored), readonly=True)
    try:
        repository = Repository(database)
        person = repository.load_client("c1")
        assert person is not None and repository.list_clients()[0].id == "c1"
        writes: list[Callable[[], object]] = [
            lambda: repository.create_client(client("c2")),
            lambda: repository.save_client_details(dataclasses.replace(person, notes="uusi")),
            lambda: repository.save_pathway("c1", pathway(4)),
            lambda: repository.delete_pathway("c1", "p1"),
            lambda: repository.delete_client("c1"),
            lambda: repository.import_file(examples_dir / "three-clients.json"),
            lambda: repository.add_service_type(
                ServiceType("own", "social", "work_activity", {"fi": "Oma"}, custom=True)
            ),
        ]
        for write in writes:
            with pytest.raises(EnvironmentProblem) as caught:
                write()
            assert caught.value.lines == [
                f"polku: the database {stored} is read-only; nothing was changed"
            ]
    finally:
        database.close()
    assert digest(stored) == before


# --- A full disk --------------------------------------------------------------------------------


@contextmanager
def full_after(database: Database, pages: int) -> Iterator[None]:
    """Every new connection of *database* may grow the file by *pages* pages only — what a
    full disk looks like to SQLite (SQLITE_FULL)."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {count + pages}")

    database.engine.dispose()  # the pooled connections were opened without the limit
    event.listen(database.engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(database.engine, "connect", limit)
        database.engine.dispose()


def test_a_full_disk_rolls_back_the_edit_and_keeps_everything_saved_before(
    repository: Repository, database: Database, db_path: Path, snapshot: Snapshot
) -> None:
    repository.create_client(client("c1", pathways=[pathway(3)]))
    person = repository.load_client("c1")
    assert person is not None
    polku = person.pathways[0]
    polku.add_step(Step("saved", "job_coaching", "planned"))
    repository.save_pathway("c1", polku)  # acknowledged before the disk fills
    before = snapshot(db_path)

    with full_after(database, 1):
        for n in range(40):
            polku.add_step(Step(f"big{n}", "job_coaching", "planned", note="x" * 5000))
        with pytest.raises(EnvironmentProblem) as caught:
            repository.save_pathway("c1", polku)
        assert caught.value.lines == [
            f"polku: the disk is full (or the database {db_path} reached its size limit); "
            "nothing was changed — free some space and try again"
        ]
        assert snapshot(db_path) == before

    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = repository.load_client("c1")
    assert stored is not None and "saved" in [s.id for s in stored.pathways[0].steps]
    repository.save_pathway("c1", polku)  # with room again the same edit goes through whole
    again = repository.load_client("c1")
    assert again is not None and len(again.pathways[0].steps) == 3 + 1 + 40


def test_a_full_disk_during_an_import_imports_nothing(
    repository: Repository, database: Database, db_path: Path, snapshot: Snapshot,
    examples_dir: Path, tmp_path: Path,
) -> None:  # fmt: skip
    document = json.loads((examples_dir / "three-clients.json").read_text("utf-8"))
    template = {k: v for k, v in document["clients"][0].items() if k != "personal_id"}
    document["clients"] = [template | {"id": f"n{n}", "notes": "x" * 2000} for n in range(50)]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(document), encoding="utf-8")
    repository.create_client(client("c1"))
    before = snapshot(db_path)
    with full_after(database, 5), pytest.raises(EnvironmentProblem, match="the disk is full"):
        repository.import_file(big)
    assert snapshot(db_path) == before
    assert repository.import_file(big).clients == 50
