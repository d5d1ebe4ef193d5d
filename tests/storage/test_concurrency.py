"""Two workers, one client: no lost update (issue #10), on SQLite and on a PostgreSQL server.

Each test runs on a SQLite file and, when ``POLKU_TEST_POSTGRESQL`` names a server (``.ci/run``
starts one), on PostgreSQL too. Worker A and worker B each have their own ``Database`` (their
own engine and connections, as two workstations would) and their own ``Repository``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

import storage
from pathways.errors import InputError, PolkuError
from pathways.model import Client, Pathway, Step, Transition
from storage.audit import Actor
from storage.concurrency import CHANNEL, ConflictError
from storage.database import Database, open_database
from storage.repository import Repository

SERVER = os.environ.get("POLKU_TEST_POSTGRESQL")
PROJECT_ROOT = Path(__file__).resolve().parents[2]





@pytest.fixture
def two(target: str) -> Iterator[tuple[Repository, Repository]]:
    """Worker A (Sanna Virtanen) and worker B (Olli), each on their own connections."""
    first = open_database(target)
    second = open_database(target)
    a = Repository(first, Actor("sanna", "Sanna Virtanen"))
    b = Repository(second, Actor("olli", "Olli Ojala"))
    a.create_client(_client())
    yield a, b
    first.close()
    second.close()


def _pathway(pathway_id: str = "p1", status: str = "active") -> Pathway:
    steps = [
        Step("s1", "social_rehabilitation", "completed", start=date(2025, 1, 1),
             end=date(2025, 2, 1), provider="Kunta"),
        Step("s2", "work_trial", "ongoing", start=date(2025, 2, 1), provider="Paja"),
    ]
    return Pathway(pathway_id, "Polku", status, date(2025, 1, 1), steps,
                   [Transition("s1", "s2", "next")])


def _client() -> Client:
    return Client("a1", "Aino Asiakas", municipality="Lahti", pathways=[_pathway()])


def _load(repository: Repository) -> Client:
    loaded = repository.load_client("a1")
    assert loaded is not None
    return loaded


def _set_provider(pathway: Pathway, step_id: str, provider: str) -> None:
    pathway.replace_step(replace(pathway.step(step_id), provider=provider))


def _log_size(repository: Repository) -> int:
    return len(repository.audit_entries())


def test_the_second_save_of_a_stale_pathway_is_refused_and_writes_nothing(
    two: tuple[Repository, Repository],
) -> None:
    a, b = two
    mine, theirs = _load(a), _load(b)
    assert mine.version == theirs.version == mine.pathways[0].version == 1

    _set_provider(mine.pathways[0], "s1", "Sanna's provider")
    assert a.save_pathway("a1", mine.pathways[0]) == 2
    assert mine.pathways[0].version == 2

    _set_provider(theirs.pathways[0], "s2", "Olli's provider")
    entries = _log_size(a)
    with pytest.raises(ConflictError) as refused:
        b.save_pathway("a1", theirs.pathways[0])
    conflict = refused.value
    assert isinstance(conflict, PolkuError) and storage.ConflictError is ConflictError
    assert conflict.changed_by == "Sanna Virtanen" and conflict.version == 2
    assert conflict.changed_at is not None and conflict.changed_at.tzinfo is not None
    assert "Sanna Virtanen changed client a1 at" in conflict.lines[0]
    assert _log_size(a) == entries  # no entry either: the refusal wrote nothing at all

    stored = _load(a).pathways[0]
    assert stored.step("s1").provider == "Sanna's provider"  # not back to the old value
    assert stored.step("s2").provider == "Paja"


def test_a_step_added_by_one_worker_is_not_deleted_by_the_others_stale_save(
    two: tuple[Repository, Repository],
) -> None:
    a, b = two
    mine, theirs = _load(a), _load(b)
    mine.pathways[0].add_step(Step("s3", "work_trial", "planned"))
    a.save_pathway("a1", mine.pathways[0])
    theirs.pathways[0].remove_step("s2")
    with pytest.raises(ConflictError):
        b.save_pathway("a1", theirs.pathways[0])
    assert [s.id for s in _load(b).pathways[0].steps] == ["s1", "s2", "s3"]


def test_both_orders_of_saving_details_and_a_pathway(two: tuple[Repository, Repository]) -> None:
    a, b = two
    # Details first, then a stale pathway save…
    mine, theirs = _load(a), _load(b)
    mine.municipality = "Heinola"
    assert a.save_client_details(mine) == 2 and mine.version == 2
    _set_provider(theirs.pathways[0], "s1", "x")
    with pytest.raises(ConflictError):
        b.save_pathway("a1", theirs.pathways[0])
    # …and a pathway first, then stale details.
    mine, theirs = _load(a), _load(b)
    _set_provider(mine.pathways[0], "s1", "y")
    a.save_pathway("a1", mine.pathways[0])
    theirs.municipality = "Orimattila"
    with pytest.raises(ConflictError) as refused:
        b.save_client_details(theirs)
    assert refused.value.version == 3
    fresh = _load(b)
    assert fresh.municipality == "Heinola" and fresh.pathways[0].step("s1").provider == "y"
    # Reloaded, B's edit goes through.
    fresh.municipality = "Orimattila"
    assert b.save_client_details(fresh) == 4


def test_deleting_a_pathway_from_a_stale_copy_is_refused(
    two: tuple[Repository, Repository],
) -> None:
    a, b = two
    theirs = _load(b)
    mine = _load(a)
    _set_provider(mine.pathways[0], "s2", "new")
    a.save_pathway("a1", mine.pathways[0])
    with pytest.raises(ConflictError):
        b.delete_pathway("a1", "p1", version=theirs.version)
    assert [p.id for p in _load(a).pathways] == ["p1"]
    assert b.delete_pathway("a1", "p1", version=2) == 3  # at the version it now knows


def test_activating_is_one_unit_of_work_all_or_nothing(
    two: tuple[Repository, Repository],
) -> None:
    a, b = two
    mine = _load(a)
    mine.pathways.append(_pathway("p2", status="draft"))
    version = a.save_pathway("a1", mine.pathways[1])
    first, second = mine.pathways
    # Demote p1 and activate p2 in one transaction: one version step, both or neither.
    first.status, second.status = "draft", "active"
    assert a.save_pathways("a1", [first, second], version=version) == version + 1
    assert [p.status for p in _load(b).pathways] == ["draft", "active"]

    # A unit whose second part is refused (a second active pathway) leaves the first unwritten.
    fresh = _load(a)
    fresh.pathways[1].title = "Renamed"
    fresh.pathways[0].status = "active"
    with pytest.raises(InputError):
        a.save_pathways("a1", [fresh.pathways[1], fresh.pathways[0]], version=fresh.version)
    stored = _load(b)
    assert [p.title for p in stored.pathways] == ["Polku", "Polku"]
    assert stored.version == version + 1


def test_every_write_about_the_client_moves_the_version_on(
    two: tuple[Repository, Repository],
) -> None:
    a, b = two

    def version() -> int:
        stamp = b.client_stamp("a1")
        assert stamp is not None
        return stamp.version

    start = version()
    loaded = _load(a)
    a.save_pathway("a1", loaded.pathways[0])  # unchanged: nothing written, nothing moves
    assert version() == start
    loaded.notes = "x"
    a.save_client_details(loaded)
    assert version() == start + 1
    loaded.pathways.append(_pathway("p2", status="draft"))
    a.save_pathway("a1", loaded.pathways[1])
    assert version() == start + 2
    a.delete_pathway("a1", "p2")
    assert version() == start + 3
    stamp = b.client_stamp("a1")
    assert stamp is not None and stamp.changed_by == "Sanna Virtanen"
    a.agree("a1")  # an agreed version is a write about the client too
    assert version() == start + 4

    # An import that replaces the client moves it on too, and a stale copy is refused after.
    from pathways import exchange

    stale = _load(b)
    a.import_document(exchange.loads(exchange.dumps([_client()], [])), replace=True)
    assert version() == start + 5
    with pytest.raises(ConflictError):
        b.save_client_details(stale)
    # Erasure: the client is gone; a stale save says so.
    a.erase_client("a1")
    with pytest.raises(ConflictError) as refused:
        b.save_pathway("a1", stale.pathways[0])
    assert refused.value.removed and "removed" in refused.value.lines[0]


def test_a_refresh_reads_without_logging_a_view(two: tuple[Repository, Repository]) -> None:
    a, _b = two
    entries = _log_size(a)
    fresh = a.load_client("a1", refresh=True)
    assert fresh is not None and fresh.version == 1
    assert _log_size(a) == entries
    assert a.load_client("nobody", refresh=True) is None
    assert a.client_stamp("nobody") is None


def test_two_workers_saving_at_the_same_moment_one_wins(
    two: tuple[Repository, Repository],
) -> None:
    a, b = two
    copies = {"a": _load(a), "b": _load(b)}
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def save(name: str, repository: Repository) -> None:
        pathway = copies[name].pathways[0]
        _set_provider(pathway, "s1", f"by {name}")
        start.wait()
        try:
            outcome[name] = repository.save_pathway("a1", pathway)
        except ConflictError as error:
            outcome[name] = error

    threads = [threading.Thread(target=save, args=(n, r)) for n, r in (("a", a), ("b", b))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    winners = [n for n, result in outcome.items() if result == 2]
    losers = [n for n, result in outcome.items() if isinstance(result, ConflictError)]
    assert len(winners) == 1 and len(losers) == 1
    assert _load(a).pathways[0].step("s1").provider == f"by {winners[0]}"


_HOLDER = """
import sys, time
from storage.concurrency import lock_client
from storage.database import WRITE_OPTION, open_database
database = open_database(sys.argv[1])
engine = database.engine.execution_options(**{WRITE_OPTION: True})
with engine.connect() as connection, connection.begin():
    lock_client(connection, "a1", 1)
    connection.exec_driver_sql("UPDATE clients SET notes = 'half-written' WHERE id = 'a1'")
    print("locked", flush=True)
    time.sleep(60)
"""


def test_a_worker_killed_in_the_middle_of_a_save_blocks_nobody_and_leaves_nothing(
    two: tuple[Repository, Repository], target: str
) -> None:
    a, b = two
    theirs = _load(b)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, target],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        os.kill(holder.pid, signal.SIGKILL)
    finally:
        holder.wait(30)
    started = time.monotonic()
    _set_provider(theirs.pathways[0], "s1", "after the kill")
    assert b.save_pathway("a1", theirs.pathways[0]) == 2
    assert time.monotonic() - started < 5
    fresh = _load(a)
    assert fresh.notes is None and fresh.pathways[0].step("s1").provider == "after the kill"


@pytest.mark.skipif(not SERVER, reason="POLKU_TEST_POSTGRESQL names no server")
def test_a_committed_change_is_announced_and_a_refused_one_is_not(
    empty_server: Callable[[str], None],
) -> None:
    assert SERVER is not None
    empty_server(SERVER)
    import psycopg

    database = open_database(SERVER)
    try:
        repository = Repository(database, Actor("sanna", "Sanna Virtanen"))
        repository.create_client(_client())
        url = sa.make_url(SERVER).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(f"LISTEN {CHANNEL}")
            loaded = _load(repository)
            stale = _load(repository)
            loaded.notes = "x"
            repository.save_client_details(loaded)
            with pytest.raises(ConflictError):
                repository.save_client_details(stale)
            heard = [n.payload for n in c.notifies(timeout=1.0)]
        assert heard == ["a1"]
    finally:
        database.close()


def test_a_database_opened_before_versions_is_upgraded(db_path: Path) -> None:
    """Revision 0006 adds the columns in place; existing clients start at version 1."""
    from alembic import command

    from storage.database import alembic_config

    database: Database = open_database(str(db_path))
    Repository(database).create_client(_client())
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0005")
    database.close()
    reopened = open_database(str(db_path))
    try:
        loaded = Repository(reopened).load_client("a1")
        assert loaded is not None and loaded.version == 1
    finally:
        reopened.close()


def test_the_access_log_names_the_database_account_on_a_server(
    two: tuple[Repository, Repository], target: str
) -> None:
    from storage.audit import verify_chain

    a, b = two
    loaded = _load(b)
    loaded.notes = "x"
    b.save_client_details(loaded)
    expected = sa.make_url(target).username if "://" in target else None
    entries = a.audit_entries()
    assert entries and {e.db_user for e in entries} == {expected}
    assert [(e.os_user, e.action) for e in entries[-2:]] == [("olli", "view"), ("olli", "change")]
    assert verify_chain(a.database) == []


def test_a_restore_never_takes_a_clients_version_back(tmp_path: Path, db_path: Path) -> None:
    """A window holding version 3 must not mistake the restored version for the one it has."""
    from storage.backups import make_backup, restore_backup

    database = open_database(str(db_path))
    repository = Repository(database, Actor("sanna", "Sanna Virtanen"))
    repository.create_client(_client())
    backup = make_backup(database, "manual")
    held = _load(repository)
    for note in ("one", "two"):
        held.notes = note
        repository.save_client_details(held)
    assert held.version == 3
    restore_backup(db_path, backup)
    restored = _load(repository)
    assert restored.notes is None and restored.version is not None and restored.version > 3
    held.notes = "stale"
    with pytest.raises(ConflictError):
        repository.save_client_details(held)
    database.close()
