"""Opening Polku's database: where it is, creating it privately, migrating it safely.

``open_database`` is the only way the program reaches a database. For SQLite it

- creates a missing file (folder 0700, file 0600: the data is social and health data) with the
  current schema;
- runs ``PRAGMA quick_check`` on an existing file before anything may write to it, and refuses,
  unchanged, a damaged file (:class:`DamagedDatabase`, naming the newest sound backup);
- migrates an older file with Alembic, after a backup with SQLite's backup API
  (``storage.backups``);
- refuses, unchanged, a file made by a newer Polku or one that is not a Polku database;
- opens a file it may not write read-only (``Database.readonly``; writes then raise
  :class:`EnvironmentProblem`);
- sets ``foreign_keys``, WAL journalling, ``synchronous=FULL``, ``secure_delete`` (deleted data
  is overwritten, not left in free pages), in-memory temporary tables and a busy timeout on
  every connection, and starts write transactions with ``BEGIN IMMEDIATE`` so that two programs
  writing at once wait for each other instead of failing half-way.

A PostgreSQL URL gets the same schema and migrations (without the file handling).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from pathways import files
from pathways.errors import EnvironmentProblem, InputError, PolkuError
from pathways.i18n import _

if TYPE_CHECKING:
    from storage.backups import BackupInfo

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
    #: True when the file could only be opened for reading: the window shows a banner, and
    #: every write raises :class:`EnvironmentProblem` (views are shown but cannot be logged).
    readonly: bool = False
    #: Seconds ``PRAGMA quick_check`` took when the file was opened (None: not SQLite).
    quick_check_seconds: float | None = None

    def where(self) -> object:
        """The database as messages name it: its file, or its URL without a password."""
        if self.path is not None:
            return self.path
        return make_url(self.url).render_as_string(hide_password=True)

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


#: Every schema revision this program knows, oldest first: the ``revision`` of each script in
#: ``storage/migrations/versions``. Kept here so that opening a database at the current schema
#: needs no Alembic (importing it and reading the scripts cost a third of a second at start-up);
#: ``tests/storage/test_database.py`` checks it against Alembic's own reading of the scripts, so
#: a new migration fails that test until its revision is added here.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")


def head_revision() -> str:
    """The newest schema revision this program knows."""
    return REVISIONS[-1]


def known_revisions() -> frozenset[str]:
    """Every schema revision this program knows (a newer one means a newer Polku wrote it)."""
    return frozenset(REVISIONS)


# --- SQLite files -------------------------------------------------------------------------------


def _make_private_file(path: Path) -> None:
    """Create *path* readable by its owner alone, before SQLite or SQLAlchemy touches it."""
    folder = path.parent
    if not folder.exists():
        # Private whatever the umask, and so is every folder made on the way.
        files.make_private_folders(folder)
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


class DamagedDatabase(EnvironmentProblem):
    """A database file that fails SQLite's own check; it was left exactly as it was.

    ``path`` is the file; ``backup`` the newest sound automatic backup (a
    ``storage.backups.BackupInfo``) or None, for the window to offer restoring it.
    """

    def __init__(self, path: Path, detail: str, backup: BackupInfo | None) -> None:
        if backup is not None:
            advice = _("the newest sound backup is {backup} (polku restore {backup})").format(
                backup=backup.path
            )
        else:
            advice = _("no sound backup of it was found")
        super().__init__(
            _("polku: the database {path} is damaged ({detail}); it was left as it was, and "
              "{advice}").format(path=path, detail=detail, advice=advice)
        )
        self.path = path
        self.backup = backup


def _damaged(path: Path, detail: object) -> DamagedDatabase:
    from storage.backups import newest_sound_backup

    # The first line of SQLite's report is enough to say what is wrong; it holds no data.
    first = str(detail).splitlines()[0] if str(detail) else "?"
    return DamagedDatabase(path, first, newest_sound_backup(path))


@dataclass(frozen=True)
class FileInspection:
    """What a read-only look at a SQLite file found before anything may write to it."""

    #: The schema revision (None: an empty database).
    revision: str | None
    #: Seconds PRAGMA quick_check took (None: the file was empty).
    quick_check_seconds: float | None


def _inspect_sqlite_file(path: Path) -> FileInspection:
    """The schema revision of an existing SQLite file, after ``PRAGMA quick_check``, read-only.

    Looks before any pragma can write to the file, so that a foreign, damaged or newer file is
    refused exactly as it was.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise _unreadable(path, error.strerror or error) from None
    if header == b"":
        return FileInspection(None, None)  # a zero-length file is an empty SQLite database
    if header != _SQLITE_HEADER:
        raise _not_polku(path)
    seconds = None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            started = time.perf_counter()
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
            seconds = time.perf_counter() - started
            if verdict != ["ok"]:
                raise _damaged(path, verdict[0] if verdict else "?")
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return FileInspection(None, seconds)
            if "alembic_version" not in tables:
                raise _not_polku(path)
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_CORRUPT,
                                                        sqlite3.SQLITE_NOTADB):
            raise _damaged(path, error) from None
        raise _unreadable(path, error) from None
    if len(rows) != 1:
        raise _not_polku(path)
    return FileInspection(str(rows[0][0]), seconds)


def _writable(path: Path) -> bool:
    """Whether this program may write *path* and create its -wal/-shm beside it.

    (A superuser may write anything; a read-only open is then asked for explicitly.)
    """
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


# --- Engines ------------------------------------------------------------------------------------


def sqlite_engine(path: Path, *, readonly: bool) -> Engine:
    """An engine on the SQLite file *path* with Polku's pragmas and BEGIN IMMEDIATE for writes
    (no checks, no migrations: :func:`open_database` is the way to open a database)."""
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
            # Sorting and temporary tables stay in memory: no temporary file ever holds data.
            cursor.execute("PRAGMA temp_store = MEMORY")
            if not readonly:
                # Deleted rows are overwritten with zeros, not left readable in free space.
                cursor.execute("PRAGMA secure_delete = ON")
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


def open_database(
    target: str | None,
    *,
    readonly: bool = False,
    password: Callable[[str], str | None] | None = None,
) -> Database:
    """Open (creating or migrating as needed) the database of *target*, $POLKU_DB or the default.

    Raises :class:`EnvironmentProblem` for a database that cannot be used: unreachable,
    corrupt, not Polku's, newer than this program, or read-only and in need of migration.

    A server's password comes from the URL (discouraged: a command line shows in ``ps``), the
    user's ``~/.pgpass`` or ``$PGPASSFILE`` (libpq reads them), or — when the server asks for
    one that none of these gave — from *password*, called with the URL without a password
    (a prompt; None: give up). No message ever shows a password.
    """
    path = sqlite_path(target)
    if path is not None:
        return _open_sqlite(path, readonly=readonly)
    url = resolve_url(target)
    try:
        return _open_server(url, readonly=readonly)
    except PasswordNeeded:
        if password is None:
            raise
        given = password(make_url(url).render_as_string(hide_password=True))
        if not given:
            raise
        with_password = make_url(url).set(password=given).render_as_string(hide_password=False)
        return _open_server(with_password, readonly=readonly)


def password_in_url(target: str | None) -> bool:
    """Whether *target* (--db) carries a password (it then shows in the process list)."""
    if target is None or "://" not in target:
        return False
    try:
        return bool(make_url(target).password)
    except (ArgumentError, ValueError):  # a port that is not a number: open_database says so
        return False


class PasswordNeeded(EnvironmentProblem):
    """The server asked for a password that it was not given (or refused the one given).
    ``where`` is the database's URL without a password, for a prompt."""

    def __init__(self, line: str, where: str) -> None:
        super().__init__(line)
        self.where = where


def _needs_password(error: object) -> bool:
    text = str(error)
    return "no password supplied" in text or "password authentication failed" in text


def sqlite_path(target: str | None) -> Path | None:
    """The file of *target* (--db, $POLKU_DB or the default) when it is SQLite, else None."""
    url = resolve_url(target)
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is not a number fails here, not at connect
    except (ArgumentError, ValueError):
        raise EnvironmentProblem(
            _("polku: not a database file or URL: {target}").format(target=target)
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(str(parsed.database)).expanduser().resolve()
    return None


def upgrade_file(path: Path) -> None:
    """Bring the private SQLite file *path* (a copy being prepared, not a live database) to the
    current schema, without a backup of it."""
    inspection = _inspect_sqlite_file(path)
    if inspection.revision is not None and inspection.revision not in known_revisions():
        raise _newer(path, inspection.revision)
    if inspection.revision == head_revision():
        return
    engine = sqlite_engine(path, readonly=False)
    try:
        _migrate(engine, sqlite=True)
    finally:
        engine.dispose()


def _open_sqlite(path: Path, *, readonly: bool) -> Database:
    heads = head_revision()
    if path.exists():
        if path.is_dir():
            raise _not_polku(path)
        if not stat.S_ISREG(path.stat().st_mode):
            # A pipe would block the first read forever; a device is no database.
            raise InputError(
                _("polku: {path} is not a file (a pipe or a device); nothing was opened").format(
                    path=path
                )
            )
        inspection = _inspect_sqlite_file(path)
        readonly = readonly or not _writable(path)
    elif readonly:
        raise _unreadable(path, _("no such file"))
    else:
        try:
            _make_private_file(path)
            inspection = FileInspection(None, None)
        except FileExistsError:  # another Polku created it just now
            inspection = _inspect_sqlite_file(path)
        except OSError as error:
            raise _unreadable(path, error.strerror or error) from None
    revision = inspection.revision
    if revision is not None and revision not in known_revisions():
        raise _newer(path, revision)
    if revision != heads and readonly:
        raise EnvironmentProblem(
            _(
                "polku: the database {path} needs upgrading, which a read-only open cannot do"
            ).format(path=path)
        )
    engine = sqlite_engine(path, readonly=readonly)
    try:
        if revision != heads:
            if revision is not None:
                from storage.backups import make_backup

                make_backup(path, f"before-migration-{revision}")
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
    if not readonly:
        from storage.backups import tidy

        # Leftovers of an interrupted backup, restore, print or export go first.
        with suppress(OSError, PolkuError):
            tidy(path)
    return Database(
        url=f"sqlite:///{path}",
        path=path,
        engine=engine,
        readonly=readonly,
        quick_check_seconds=inspection.quick_check_seconds,
    )


def _server_revision(connection: Connection, tables: set[str]) -> str | None:
    """The schema revision stamped in a server database (None: never stamped), read from
    Alembic's version table directly so that a database already at head needs no Alembic."""
    if "alembic_version" not in tables:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if not rows:
        return None
    # Polku's migrations are one line, so one row; several would be branches no Polku wrote.
    return "+".join(sorted(str(row[0]) for row in rows))


def _open_server(url: str, *, readonly: bool) -> Database:
    from storage.models import use_server_options

    use_server_options()  # before a migration or a comparison can read the schema
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError) as error:
        raise EnvironmentProblem(
            _("polku: cannot open the database {url}: {reason}").format(
                url=shown, reason=_first_line(error)
            )
        ) from None
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = _server_revision(connection, tables)
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
        reason = _first_line(getattr(error, "orig", None) or error)
        password = make_url(url).password
        if password:
            reason = reason.replace(str(password), "***")
        line = _("polku: cannot open the database {url}: {reason}").format(
            url=shown, reason=reason
        )
        if _needs_password(reason):
            raise PasswordNeeded(line, shown) from None
        raise EnvironmentProblem(line) from None
    return Database(url=url, path=None, engine=engine, readonly=readonly)


def _first_line(error: object) -> str:
    """A server's error message without its DETAIL/HINT lines (which may quote data)."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


# --- Failures -----------------------------------------------------------------------------------


def readonly_problem(where: object) -> EnvironmentProblem:
    return EnvironmentProblem(
        _("polku: the database {where} is read-only; nothing was changed").format(where=where)
    )


def disk_full_problem(where: object) -> EnvironmentProblem:
    return EnvironmentProblem(
        _(
            "polku: the disk is full (or the database {where} reached its size limit); "
            "nothing was changed — free some space and try again"
        ).format(where=where)
    )


def is_disk_full(error: BaseException) -> bool:
    """Whether *error* (SQLite's, SQLAlchemy's or the operating system's) means no space left."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_FULL:
        return True
    import errno

    return getattr(original, "errno", None) in (errno.ENOSPC, errno.EDQUOT)


def database_failure(error: BaseException, where: object) -> PolkuError:
    """One clear line for a failure of the database itself (full, read-only, busy, damaged).

    Only SQLite's own message for the error code is ever shown, never the statement or its
    parameters (they may be personal data).
    """
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if is_disk_full(original):
        return disk_full_problem(where)
    if primary == sqlite3.SQLITE_READONLY:
        return readonly_problem(where)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return EnvironmentProblem(
            _(
                "polku: the database {where} is busy (another program kept it locked); "
                "nothing was changed — try again"
            ).format(where=where)
        )
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return EnvironmentProblem(
            _(
                "polku: the database {where} is damaged; nothing was changed — restore a "
                "backup (polku restore)"
            ).format(where=where)
        )
    detail = str(original).splitlines()[0] if str(original) else type(original).__name__
    return EnvironmentProblem(
        _("polku: the database failed ({detail}); nothing was changed").format(detail=detail)
    )
