"""Opening Polku's database: where it is, creating it privately, migrating it safely.

``open_database`` is the only way the program reaches a database. For SQLite it

- creates a missing file (folder 0700, file 0600: the data is social and health data) with the
  current schema;
- migrates an older file with Alembic, after copying it aside with SQLite's backup API;
- refuses, unchanged, a file made by a newer Polku or one that is not a Polku database;
- sets ``foreign_keys``, WAL journalling, ``synchronous=FULL`` and a busy timeout on every
  connection, and starts write transactions with ``BEGIN IMMEDIATE`` so that two programs
  writing at once wait for each other instead of failing half-way.

A PostgreSQL URL gets the same schema and migrations (without the file handling).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from pathways.errors import EnvironmentProblem
from pathways.i18n import _

ENVIRONMENT_VARIABLE = "POLKU_DB"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"
#: Execution option that makes a session's transaction start with BEGIN IMMEDIATE (SQLite).
WRITE_OPTION = "polku_write"


def default_path() -> Path:
    """The database file when neither --db nor POLKU_DB names one."""
    import platformdirs

    return platformdirs.user_data_path("Polku", appauthor=False) / "polku.sqlite3"


def resolve_url(target: str | None) -> str:
    """The SQLAlchemy URL of *target* (--db), else of $POLKU_DB, else of the default file.

    A URL (anything with ``://``) is taken as it is; a plain path becomes
    ``sqlite:///<absolute path>``.
    """
    chosen = target or os.environ.get(ENVIRONMENT_VARIABLE) or None
    if chosen is None:
        return f"sqlite:///{default_path()}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


@dataclass
class Database:
    """An open database: its URL, its file (SQLite) and the engine the repository uses."""

    url: str
    path: Path | None
    engine: Engine
    readonly: bool = False

    def close(self) -> None:
        """Close every pooled connection (SQLite then folds the WAL back into the file)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- Alembic ------------------------------------------------------------------------------------


def alembic_config(connection: Connection | None = None) -> Any:
    """An Alembic configuration built in code (no alembic.ini at run time).

    With *connection*, the migrations run on it (``env.py`` takes it from ``attributes``).
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest schema revision this program knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config()).walk_revisions()
    return frozenset(script.revision for script in scripts)


# --- SQLite files -------------------------------------------------------------------------------


def _make_private_file(path: Path) -> None:
    """Create *path* readable by its owner alone, before SQLite or SQLAlchemy touches it."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        # mkdir's mode is filtered by the umask; the data folder must be private whatever it is.
        os.chmod(folder, 0o700)
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    os.chmod(path, 0o600)


def _make_sidecars_private(path: Path) -> None:
    """SQLite gives -wal/-shm the database file's mode; make sure of it (they hold the data too)."""
    for suffix in ("-wal", "-shm", "-journal"):
        sidecar = path.with_name(path.name + suffix)
        try:
            if stat.S_IMODE(sidecar.stat().st_mode) & 0o077:
                os.chmod(sidecar, 0o600)
        except OSError:
            pass  # absent, or gone between the two calls: nothing to protect


def _unreadable(path: Path, reason: object) -> EnvironmentProblem:
    return EnvironmentProblem(
        _("polku: cannot open the database {path}: {reason}").format(path=path, reason=reason)
    )


def _not_polku(path: Path) -> EnvironmentProblem:
    return EnvironmentProblem(_("polku: {path} is not a Polku database").format(path=path))


def _inspect_sqlite_file(path: Path) -> str | None:
    """The schema revision of an existing SQLite file (None: an empty database), read-only.

    Looks before any pragma can write to the file, so that a foreign or newer file is refused
    exactly as it was.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise _unreadable(path, error.strerror or error) from None
    if header == b"":
        return None  # a zero-length file is an empty SQLite database
    if header != _SQLITE_HEADER:
        raise _not_polku(path)
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise _not_polku(path)
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from None
    if len(rows) != 1:
        raise _not_polku(path)
    return str(rows[0][0])


def backup_sqlite(path: Path, destination: Path) -> None:
    """A consistent copy of *path* into a new private file *destination* (SQLite backup API)."""
    descriptor = os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(destination)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _backup_before_migration(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    destination = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    counter = 1
    while destination.exists():  # two migrations within one second: keep both copies
        counter += 1
        destination = path.with_name(f"{path.name}.before-{revision}-{stamp}-{counter}.bak")
    backup_sqlite(path, destination)
    return destination


# --- Engines ------------------------------------------------------------------------------------


def _sqlite_engine(path: Path, *, readonly: bool) -> Engine:
    if readonly:
        engine = create_engine(f"sqlite:///{path.as_uri()}?mode=ro&uri=true")
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (the
        # module's own implicit BEGIN comes too late for reads and breaks PRAGMAs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not readonly:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()
        if not readonly:
            _make_sidecars_private(path)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A write transaction takes the write lock at once: a read that later upgrades to a
        # write can fail with SQLITE_BUSY whatever the timeout; waiting at the start cannot.
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write and not readonly else "BEGIN")

    return engine


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Foreign-key enforcement off for a migration: batch mode rebuilds tables by copy, drop
    and rename, and dropping a parent with enforcement on would cascade its children away.

    The pragma is a no-op inside a transaction, so it is set on the raw connection before one
    starts; afterwards ``foreign_key_check`` proves that nothing was left dangling.
    """
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _migrate(engine: Engine, *, sqlite: bool) -> None:
    """Bring the schema to head in one transaction (SQLite and PostgreSQL both have
    transactional DDL, so a failing migration leaves the old schema as it was)."""
    from alembic import command

    with engine.connect() as connection:
        # BEGIN IMMEDIATE: two programs opening a new or old file at once take turns, and the
        # second finds the schema already at head.
        connection.execution_options(**{WRITE_OPTION: True})
        if sqlite:
            with _foreign_keys_off(connection), connection.begin():
                command.upgrade(alembic_config(connection), "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise EnvironmentProblem(
                        _(
                            "polku: the database upgrade left {count} broken references; "
                            "nothing was changed"
                        ).format(count=len(problems))
                    )
        else:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")


def _newer(where: object, revision: str) -> EnvironmentProblem:
    return EnvironmentProblem(
        _(
            "polku: the database {where} was made by a newer version of Polku (schema {revision}); "
            "update Polku to open it"
        ).format(where=where, revision=revision)
    )


def open_database(target: str | None, *, readonly: bool = False) -> Database:
    """Open (creating or migrating as needed) the database of *target*, $POLKU_DB or the default.

    Raises :class:`EnvironmentProblem` for a database that cannot be used: unreachable,
    corrupt, not Polku's, newer than this program, or read-only and in need of migration.
    """
    url = resolve_url(target)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise EnvironmentProblem(
            _("polku: not a database file or URL: {target}").format(target=target)
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return _open_sqlite(Path(str(parsed.database)), url, readonly=readonly)
    return _open_server(url, readonly=readonly)


def _open_sqlite(path: Path, url: str, *, readonly: bool) -> Database:
    path = path.expanduser().resolve()
    heads = head_revision()
    if path.exists():
        if path.is_dir():
            raise _not_polku(path)
        revision = _inspect_sqlite_file(path)
    elif readonly:
        raise _unreadable(path, _("no such file"))
    else:
        try:
            _make_private_file(path)
            revision = None
        except FileExistsError:  # another Polku created it just now
            revision = _inspect_sqlite_file(path)
        except OSError as error:
            raise _unreadable(path, error.strerror or error) from None
    if revision is not None and revision not in known_revisions():
        raise _newer(path, revision)
    if revision != heads and readonly:
        raise EnvironmentProblem(
            _(
                "polku: the database {path} needs upgrading, which a read-only open cannot do"
            ).format(path=path)
        )
    engine = _sqlite_engine(path, readonly=readonly)
    try:
        if revision != heads:
            if revision is not None:
                _backup_before_migration(path, revision)
            _migrate(engine, sqlite=True)
        else:
            # Prove that the file opens now, rather than at the first query of a command.
            with engine.connect():
                pass
    except EnvironmentProblem:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        engine.dispose()
        raise _unreadable(path, getattr(error, "orig", None) or error) from None
    return Database(url=f"sqlite:///{path}", path=path, engine=engine, readonly=readonly)


def _open_server(url: str, *, readonly: bool) -> Database:
    from alembic.runtime.migration import MigrationContext

    shown = make_url(url).render_as_string(hide_password=True)
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError) as error:
        raise EnvironmentProblem(
            _("polku: cannot open the database {url}: {reason}").format(url=shown, reason=error)
        ) from None
    try:
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
            tables = set(inspect(connection).get_table_names())
        if revision is None and tables:
            raise EnvironmentProblem(_("polku: {path} is not a Polku database").format(path=shown))
        if revision is not None and revision not in known_revisions():
            raise _newer(shown, revision)
        if revision != head_revision():
            if readonly:
                raise EnvironmentProblem(
                    _(
                        "polku: the database {path} needs upgrading, which a read-only open "
                        "cannot do"
                    ).format(path=shown)
                )
            _migrate(engine, sqlite=False)
    except EnvironmentProblem:
        engine.dispose()
        raise
    except SQLAlchemyError as error:
        engine.dispose()
        raise EnvironmentProblem(
            _("polku: cannot open the database {url}: {reason}").format(
                url=shown, reason=getattr(error, "orig", None) or error
            )
        ) from None
    return Database(url=url, path=None, engine=engine, readonly=readonly)
