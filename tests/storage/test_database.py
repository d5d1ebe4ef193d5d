"""Opening the database: private files, pragmas, migrations, backups, refusals (no Qt)."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from pathways.errors import EnvironmentProblem
from storage.database import alembic_config, head_revision, open_database, resolve_url
from storage.models import Base


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database_at(path: Path, revision: str) -> None:
    """A database file with the schema of *revision*, made the way an older Polku made it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def test_resolve_url_prefers_option_then_environment_then_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("POLKU_DB", str(tmp_path / "from-env.sqlite3"))
    assert resolve_url(str(tmp_path / "given.sqlite3")) == f"sqlite:///{tmp_path}/given.sqlite3"
    assert resolve_url(None) == f"sqlite:///{tmp_path}/from-env.sqlite3"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("POLKU_DB")
    default = resolve_url(None)
    # The autouse fixture points XDG_DATA_HOME into a temporary home, never the user's.
    assert default.startswith("sqlite:///") and default.endswith("/Polku/polku.sqlite3")
    assert "/.local/share/" in default


def test_relative_path_becomes_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_url("x.sqlite3") == f"sqlite:///{tmp_path}/x.sqlite3"


def test_new_database_is_private_and_has_the_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "data" / "polku.sqlite3"
    database = open_database(str(path))
    try:
        assert database.path == path and database.url == f"sqlite:///{path}"
        with database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE scratch (x)")  # a write makes -wal/-shm
            pragmas = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
            }
        assert pragmas == {
            "foreign_keys": 1,
            "journal_mode": "wal",
            "synchronous": 2,  # FULL
            "busy_timeout": 5000,
        }
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        sidecars = [p for p in path.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]
        assert sidecars, "WAL files exist while the database is open"
        assert all(mode(p) == 0o600 for p in sidecars)
    finally:
        database.close()


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    open_database(str(tmp_path / "polku.sqlite3")).close()
    assert mode(tmp_path) == 0o755
    assert mode(tmp_path / "polku.sqlite3") == 0o600


def test_pragmas_hold_on_every_pooled_connection(db_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        connections = [database.engine.connect() for _ in range(3)]
        assert [c.exec_driver_sql("PRAGMA foreign_keys").scalar() for c in connections] == [1] * 3
        for connection in connections:
            connection.close()
    finally:
        database.close()


def test_migrations_on_an_empty_database_match_the_models(db_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert context.get_current_revision() == head_revision()
    finally:
        database.close()


def test_older_database_is_upgraded_with_its_data_after_a_backup(db_path: Path) -> None:
    make_database_at(db_path, "0001")
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute(
            "INSERT INTO clients (pk, id, audit_key, name, search_text) "
            "VALUES (1, 'c1', 'k', 'Äijälä', 'aijala c1')"
        )
        raw.execute(
            "INSERT INTO consents (pk, client_pk, ordinal, id, given_on) "
            "VALUES (1, 1, 0, 'k1', '2025-01-01')"
        )
        raw.execute("INSERT INTO consent_sectors VALUES (1, 1, 0, 'health')")
        raw.execute(
            "INSERT INTO pathways (pk, client_pk, ordinal, id, title, status) "
            "VALUES (1, 1, 0, 'p1', 'Polku', 'active')"
        )
        raw.execute(
            "INSERT INTO steps (pk, pathway_pk, ordinal, id, service, status) "
            "VALUES (1, 1, 0, 's1', 'work_trial', 'planned'), "
            "(2, 1, 1, 's2', 'job_coaching', 'planned')"
        )
        raw.execute(
            "INSERT INTO transitions (pk, pathway_pk, ordinal, from_step_pk, to_step_pk, kind, "
            "referral) VALUES (1, 1, 0, 1, 2, 'next', 0)"
        )
    raw.close()
    before = digest(db_path)

    open_database(str(db_path)).close()

    # Into the private backups folder, among the automatic backups (storage.backups).
    backups = list((db_path.parent / "backups").glob("polku.sqlite3.*.before-migration-0001.bak"))
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600 and mode(backups[0].parent) == 0o700
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT name FROM clients").fetchall() == [("Äijälä",)]
    assert digest(db_path) != before
    upgraded = sqlite3.connect(db_path)
    try:
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        # The clients table was rebuilt; nothing that hangs from it cascaded away.
        assert upgraded.execute(
            "SELECT id, name, created_at IS NOT NULL, updated_at IS NOT NULL FROM clients"
        ).fetchall() == [("c1", "Äijälä", 1, 1)]
        for table, count in [("consents", 1), ("consent_sectors", 1), ("pathways", 1),
                             ("steps", 2), ("transitions", 1)]:  # fmt: skip
            assert upgraded.execute(f"SELECT count(*) FROM {table}").fetchone() == (count,)
        assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        upgraded.close()


def test_upgraded_database_matches_the_models(db_path: Path) -> None:
    make_database_at(db_path, "0001")
    database = open_database(str(db_path))
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def test_newer_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_database(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.close()
    before = digest(db_path)
    with pytest.raises(EnvironmentProblem) as caught:
        open_database(str(db_path))
    assert len(caught.value.lines) == 1
    assert "newer version of Polku" in caught.value.lines[0]
    assert str(db_path) in caught.value.lines[0]
    assert digest(db_path) == before
    assert not list(db_path.parent.glob("*.bak"))


@pytest.mark.parametrize(
    "content", [b"not a database at all\n" * 10, b"SQLite format 3\x00" + b"\x00" * 50]
)
def test_a_file_that_is_not_a_database_is_refused(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(EnvironmentProblem) as caught:
        open_database(str(db_path))
    assert len(caught.value.lines) == 1
    assert db_path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as raw:
        raw.execute("CREATE TABLE notes (text)")
    raw.close()
    before = digest(db_path)
    with pytest.raises(EnvironmentProblem, match="not a Polku database"):
        open_database(str(db_path))
    assert digest(db_path) == before


def test_readonly_open_of_a_missing_file_creates_nothing(db_path: Path) -> None:
    with pytest.raises(EnvironmentProblem):
        open_database(str(db_path), readonly=True)
    assert not db_path.exists()


def test_readonly_database_refuses_writes(db_path: Path) -> None:
    open_database(str(db_path)).close()
    database = open_database(str(db_path), readonly=True)
    try:
        assert database.readonly
        with pytest.raises(Exception, match="readonly"), database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE scratch (x)")
    finally:
        database.close()


def test_the_known_revisions_are_the_migration_scripts_in_order() -> None:
    """``REVISIONS`` (read at every open instead of importing Alembic) is Alembic's own view of
    ``storage/migrations/versions``: a new migration fails here until its revision is added."""
    from alembic.script import ScriptDirectory

    from storage.database import REVISIONS, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    newest_first = [script.revision for script in scripts.walk_revisions()]
    assert tuple(reversed(newest_first)) == REVISIONS
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == set(newest_first)


def test_opening_a_database_at_the_current_schema_imports_no_alembic(db_path: Path) -> None:
    """Start-up cost: Alembic (a third of a second to import) is needed only for a migration."""
    from tests.running import run_python
    from tests.storage.test_startup_cost import OPEN_AND_LIST

    open_database(str(db_path)).close()  # created and migrated here
    child = OPEN_AND_LIST.format(path=str(db_path))
    alembic = "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))"
    assert run_python(child + alembic) == "[]"


def test_a_server_database_revision_is_read_from_the_version_table(db_path: Path) -> None:
    from sqlalchemy import inspect

    from storage.database import _server_revision

    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.begin() as connection:
            assert _server_revision(connection, set()) is None
            connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32))")
            tables = set(inspect(connection).get_table_names())
            assert _server_revision(connection, tables) is None
            connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('0003')")
            assert _server_revision(connection, tables) == "0003"
            assert MigrationContext.configure(connection).get_current_revision() == "0003"
    finally:
        engine.dispose()
