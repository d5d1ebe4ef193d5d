"""The access log: every view and change leaves an entry, in the same transaction; append-only
and hash-chained; pseudonymous (no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from pathways.errors import EnvironmentProblem, InputError
from pathways.model import ServiceType
from storage import audit
from storage.audit import Actor, verify_chain
from storage.database import Database, open_database
from storage.repository import Repository
from tests.storage.test_repository import client, pathway

ACTOR = Actor("osuser", "Sanna Sosiaaliohjaaja")


@pytest.fixture
def repo(database: Database) -> Repository:
    return Repository(database, actor=ACTOR)


def log_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT client_key, action, target, os_user, worker FROM access_log ORDER BY pk"
        ).fetchall()


def key_of(path: Path, client_id: str) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT audit_key FROM clients WHERE id = ?", (client_id,))
        return str(row.fetchone()[0])


def test_every_view_and_change_is_logged_with_who_what_and_which_key(
    repo: Repository, db_path: Path
) -> None:
    repo.create_client(client("c1"))
    key = key_of(db_path, "c1")
    assert repo.load_client("c1") is not None
    loaded = repo.load_client("c1")
    assert loaded is not None
    repo.save_client_details(dataclasses.replace(loaded, notes="uusi"))
    polku = loaded.pathways[0]
    polku.replace_step(dataclasses.replace(polku.step("s1"), note="muutettu"))
    repo.save_pathway("c1", polku)
    repo.save_pathway("c1", pathway(2, pathway_id="p2", status="draft"))
    repo.delete_pathway("c1", "p2")
    repo.record("c1", audit.PRINT, "pathway p1")
    repo.export_document(["c1"])
    repo.add_service_type(
        ServiceType("peer_group", "social", "work_activity", {"fi": "Vertaisryhmä"}, custom=True)
    )
    repo.delete_client("c1")

    who = ("osuser", "Sanna Sosiaaliohjaaja")
    assert log_rows(db_path) == [
        (key, "create", None, *who),
        (key, "view", None, *who),
        (key, "view", None, *who),
        (key, "change", "details", *who),
        # Pathways by their internal keys: an id from a file could be anything a person typed.
        (key, "change", "pathway #1", *who),
        (key, "create", "pathway #2", *who),
        (key, "delete", "pathway #2", *who),
        (key, "print", "pathway #1", *who),
        (key, "export", None, *who),
        (None, "change", "catalogue", *who),
        (key, "delete", None, *who),
    ]
    assert verify_chain(repo.database) == []


def test_nothing_is_logged_for_what_shows_or_changes_nothing(
    repo: Repository, db_path: Path
) -> None:
    repo.create_client(client("c1"))
    before = log_rows(db_path)
    assert repo.load_client("nobody") is None
    assert repo.client_exists("c1") and not repo.client_exists("nobody")
    repo.list_clients()
    loaded = repo.load_clients(["c1"])[0]
    repo.save_pathway("c1", loaded.pathways[0])  # unchanged: writes nothing at all
    assert log_rows(db_path) == before


def test_the_log_names_a_client_only_by_a_random_key(repo: Repository, db_path: Path) -> None:
    repo.create_client(client("asiakas-77", "Matti Äijälä", personal_id="131052-308T"))
    repo.load_client("asiakas-77")
    text = repr(log_rows(db_path))
    for personal in ("asiakas-77", "Äijälä", "Matti", "131052-308T", "aijala"):
        assert personal not in text
    key = key_of(db_path, "asiakas-77")
    assert len(key) == 32 and int(key, 16) >= 0


def test_stamps_are_utc_iso_8601_with_an_offset(repo: Repository, db_path: Path) -> None:
    before = dt.datetime.now(dt.UTC)
    repo.create_client(client("c1"))
    with sqlite3.connect(db_path) as connection:
        (stamp,) = connection.execute("SELECT at FROM access_log").fetchone()
    moment = dt.datetime.fromisoformat(stamp)
    assert stamp.endswith("+00:00") and moment.utcoffset() == dt.timedelta(0)
    assert before <= moment <= dt.datetime.now(dt.UTC)


def test_the_default_actor_is_the_os_user_and_polku_worker(
    monkeypatch: pytest.MonkeyPatch, database: Database, db_path: Path
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "tyontekija7")
    monkeypatch.setenv("POLKU_WORKER", " Pekka Ohjaaja ")
    Repository(database).create_client(client("c1"))
    assert log_rows(db_path)[0][3:] == ("tyontekija7", "Pekka Ohjaaja")


def test_an_action_that_fails_leaves_no_entry(repo: Repository, db_path: Path) -> None:
    repo.create_client(client("c1"))
    before = log_rows(db_path)
    with pytest.raises(InputError):
        repo.save_pathway("c1", pathway(2, pathway_id="p2", status="active"))  # a second active
    with pytest.raises(InputError):
        repo.create_client(client("c1"))
    assert log_rows(db_path) == before


def test_an_entry_that_cannot_be_written_undoes_its_action(
    repo: Repository, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("the log is unavailable")

    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(RuntimeError):
        repo.create_client(client("c1"))
    monkeypatch.undo()
    assert not repo.client_exists("c1")


def test_the_database_refuses_to_change_or_delete_entries(
    repo: Repository, db_path: Path
) -> None:
    repo.create_client(client("c1"))
    connection = sqlite3.connect(db_path)
    try:
        for statement in ("UPDATE access_log SET worker = 'someone else'",
                          "DELETE FROM access_log"):  # fmt: skip
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(statement)
    finally:
        connection.close()
    assert len(log_rows(db_path)) == 1


def tamper(path: Path, statement: str) -> None:
    """What someone with the file and a SQL console could do, going around the triggers."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DROP TRIGGER access_log_no_update")
        connection.execute("DROP TRIGGER access_log_no_delete")
        connection.execute(statement)
    connection.close()


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE access_log SET worker = 'Joku Muu' WHERE pk = 2", "entry 2: its content"),
        ("UPDATE access_log SET action = 'view' WHERE pk = 3", "entry 3: its content"),
        ("DELETE FROM access_log WHERE pk = 2", "entry 3: does not follow"),
    ],
)
def test_the_hash_chain_shows_tampering(
    repo: Repository, database: Database, db_path: Path, statement: str, problem: str
) -> None:
    repo.create_client(client("c1"))
    repo.load_client("c1")
    repo.delete_client("c1")
    assert verify_chain(database) == []
    tamper(db_path, statement)
    problems = verify_chain(database)
    assert problems and problem in problems[0]


def test_entries_chain_from_genesis_and_each_hash_covers_its_fields(
    repo: Repository, database: Database
) -> None:
    repo.create_client(client("c1"))
    repo.load_client("c1")
    first, second = repo.audit_entries()
    assert first.prev_hash == audit.GENESIS and second.prev_hash == first.hash
    assert second.hash == audit.entry_hash(
        first.hash, second.stamp, "osuser", "Sanna Sosiaaliohjaaja", second.client_key, "view",
        None,
    )


def test_two_programs_writing_at_once_never_fork_the_chain(db_path: Path) -> None:
    """Each writer has its own engine (as two Polku windows would); BEGIN IMMEDIATE makes them
    take turns, so no write fails and every entry follows exactly one other."""
    open_database(str(db_path)).close()
    failures: list[BaseException] = []

    def work(worker: str) -> None:
        database = open_database(str(db_path))
        try:
            repository = Repository(database, actor=Actor("os", worker))
            repository.create_client(client(worker))
            for _ in range(15):
                repository.load_client(worker)
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)
        finally:
            database.close()

    threads = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    database = open_database(str(db_path))
    try:
        assert len(Repository(database).audit_entries()) == 3 * 16
        assert verify_chain(database) == []
    finally:
        database.close()


def test_a_clients_own_log_and_the_filters(repo: Repository, database: Database) -> None:
    repo.create_client(client("c1"))
    repo.create_client(client("c2", "Toinen"))
    repo.load_client("c2")
    assert [e.action for e in repo.access_log("c2")] == ["create", "view"]
    assert [e.action for e in repo.access_log("c1")] == ["create"]
    with pytest.raises(InputError):
        repo.access_log("nobody")
    now = dt.datetime.now(dt.UTC)
    assert len(repo.audit_entries(since=now - dt.timedelta(minutes=5))) == 3
    assert repo.audit_entries(until=now - dt.timedelta(minutes=5)) == []
    assert len(repo.audit_entries("c2", since=now - dt.timedelta(minutes=5))) == 2


def test_views_of_a_read_only_database_are_shown_and_the_rest_refused(db_path: Path) -> None:
    writable = open_database(str(db_path))
    Repository(writable).create_client(client("c1"))
    writable.close()
    database = open_database(str(db_path), readonly=True)
    try:
        repository = Repository(database, actor=ACTOR)
        assert database.readonly
        assert repository.load_client("c1") is not None  # shown; no entry can be written
        repository.record("c1", audit.CHECK, "pathway p1")
        for action in (
            lambda: repository.record("c1", audit.PRINT, "pathway p1"),
            lambda: repository.export_document(["c1"]),
            lambda: repository.delete_client("c1"),
        ):
            with pytest.raises(EnvironmentProblem, match="read-only"):
                action()
    finally:
        database.close()
    assert len(log_rows(db_path)) == 1


def test_an_access_request_holds_the_data_and_the_log_and_is_logged(repo: Repository) -> None:
    repo.create_client(client("c1", "Matti Äijälä"))
    repo.load_client("c1")
    request = repo.access_request("c1")
    assert request.client.name == "Matti Äijälä"
    assert [c["id"] for c in request.document["clients"]] == ["c1"]
    assert [(e.action, e.target) for e in request.entries] == [
        ("create", None),
        ("view", None),
        ("export", "access request"),
    ]
