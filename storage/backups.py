"""Backups of the SQLite database: consistent private copies, rotated, checked and restored.

Every copy is taken with SQLite's backup API from a read connection, never by copying the
file: a file copy of a live database can catch a transaction half-way and, in WAL mode, misses
whatever is still in the ``-wal`` file. Copies are written to a temporary name, synced and then
renamed, so a crash never leaves a half-written file under a backup's name; they are
stand-alone files (``journal_mode=DELETE``, no ``-wal``/``-shm``), readable by the owner only.

Automatic backups live in ``<the database's folder>/backups/`` (0700), named
``<database file name>.<UTC time>.<reason>.bak``:

- ``hourly`` — :func:`maybe_backup`, called by the window on a timer and when it closes and by
  the command line after a changing command: at most one an hour, only when the data changed;
- ``before-import``, ``before-restore``, ``before-migration-<revision>`` — always, before the
  change they are named after.

:func:`prune_backups` keeps the newest backup of each of the last 24 hours, 14 days and 8 ISO
weeks that have backups, and the last 10 ``before-…`` backups (see :func:`retained`).

:func:`restore_backup` puts a backup back without ever losing access-log entries: the log of
the database being replaced is kept (or, when that database is too damaged to open, salvaged as
far as it can be read), entries only the backup has are added, and every client erased
according to either log is erased again from the restored data.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import SQLAlchemyError

from pathways import files
from pathways.errors import EnvironmentProblem, InputError, PolkuError
from pathways.i18n import _
from storage import audit, register
from storage.database import (
    BUSY_TIMEOUT_MS,
    WRITE_OPTION,
    Database,
    database_failure,
    is_disk_full,
    known_revisions,
    open_database,
    readonly_problem,
    sqlite_engine,
    upgrade_file,
)
from storage.models import AccessLogRow, Base, ClientRow

FOLDER_NAME = "backups"
HOURLY = "hourly"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
#: ``before-migration-<revision>`` backups start with this.
BEFORE_MIGRATION = "before-migration"
#: The least time between two automatic hourly backups.
INTERVAL = dt.timedelta(hours=1)
#: Temporary files older than this in the backup folder are left over from a crash.
_STALE = dt.timedelta(hours=1)

_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(r"^(?P<db>.+)\.(?P<stamp>\d{8}T\d{6}\.\d{6}Z)\.(?P<reason>[a-z0-9-]+)\.bak$")
_SQLITE_HEADER = b"SQLite format 3\x00"
_REPLACED = re.compile(r"^.+\.replaced-(?P<stamp>\d{8}T\d{6}Z)(-\d+)?$")
#: The folder (in the backup folder) of markers of temporary files being written.
PENDING = ".pending"


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup of a database."""

    path: Path
    #: Timezone-aware, UTC.
    taken_at: dt.datetime
    #: ``hourly``, ``before-import``, ``before-restore``, ``before-migration-<revision>``.
    reason: str
    size: int
    #: Whether :func:`check_backup` found it sound; None when it was not checked.
    sound: bool | None = None
    #: What :func:`check_backup` found wrong with it.
    problem: str | None = None


@dataclass(frozen=True)
class BackupCheck:
    """What :func:`check_backup` found: a sound Polku database of a schema this program knows,
    or the one-line reason it is not."""

    path: Path
    sound: bool
    problem: str | None = None
    revision: str | None = None


class RestoreRefused(EnvironmentProblem):
    """A restore refused for what the logs say (exit 1): ``kind`` is ``"forged"`` (the backup's
    own chain does not verify), ``"history"`` (its log tells another history than this
    database's) or ``"erasures"`` (which clients were erased cannot be established)."""

    def __init__(self, kind: str, line: str) -> None:
        super().__init__(line)
        self.kind = kind


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups :func:`prune_backups` keeps (see :func:`retained`)."""

    hourly: int = 24
    daily: int = 14
    weekly: int = 8
    before_change: int = 10
    #: No automatic backup (whatever its bucket or reason) and no ``.replaced-*`` copy is kept
    #: longer than this, except the newest backup of a database left unused.
    max_age: dt.timedelta = dt.timedelta(weeks=8)


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_backup` did."""

    #: The replaced database, kept beside it as ``<name>.replaced-<UTC time>`` (None when there
    #: was no database to replace).
    kept_aside: Path | None
    #: The ``before-restore`` automatic backup (None when the replaced database could not be
    #: read; it is still kept aside whole).
    safety_backup: Path | None
    #: Access-log entries that only the other copy of the log had, added to the result.
    entries_carried: int
    #: Clients erased according to the log whose data the backup still held, erased again.
    erasures_applied: int
    #: False when the replaced database was too damaged to read its access log.
    log_salvaged: bool = True


# --- Copies -------------------------------------------------------------------------------------


def backup_folder(db_path: Path) -> Path:
    """Where the automatic backups of the database file *db_path* go."""
    return db_path.parent / FOLDER_NAME


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkdir's mode passes through the umask, and the folder may have existed already.
    os.chmod(folder, 0o700)


def _sqlite_uri(path: Path, **parameters: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in parameters.items())
    return f"{path.as_uri()}?{query}" if query else path.as_uri()


def _remove(path: Path) -> None:
    files.remove_with_sidecars(path)


def _sync_folder(folder: Path) -> None:
    files.sync_folder(folder)


def write_backup(source: Path, destination: Path) -> None:
    """A consistent, private (0600) copy of the SQLite file *source* at *destination*.

    The copy is one snapshot of one moment, also while other programs write to *source*
    (the backup API copies every page under one read transaction). *destination* is replaced
    only once the copy is complete and on disk (``pathways.files.atomic_write``).
    """
    try:
        with files.atomic_write(destination) as temporary:
            _copy_pages(source, temporary)
    except EnvironmentProblem:
        raise
    except (sqlite3.Error, OSError) as error:
        raise _write_problem(destination, error) from None


def _copy_pages(source: Path, temporary: Path) -> None:
    """Copy the SQLite file *source* into the (empty) file *temporary* with the backup API."""
    reader = sqlite3.connect(
        _sqlite_uri(source, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        writer = sqlite3.connect(temporary, isolation_level=None)
        try:
            reader.backup(writer)  # all pages in one step: one consistent snapshot
            # A backup is a stand-alone file: no -wal/-shm beside it, ever.
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _write_problem(destination: Path, error: BaseException) -> EnvironmentProblem:
    if is_disk_full(error):
        return EnvironmentProblem(
            _("polku: the disk is full; the backup {file} was not written").format(
                file=destination
            )
        )
    reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
    return EnvironmentProblem(
        _("polku: cannot write the backup {file}: {reason}").format(
            file=destination, reason=reason
        )
    )


def database_file(database: Database | Path) -> Path:
    """The SQLite file of *database*; :class:`EnvironmentProblem` for a database server."""
    if isinstance(database, Path):
        return database
    if database.path is None:
        raise EnvironmentProblem(
            _(
                "polku: Polku backs up SQLite files only; back up a database server with its "
                "own tools (pg_dump)"
            )
        )
    return database.path


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(_STAMP_FORMAT)


def make_backup(
    database: Database | Path, reason: str, *, now: dt.datetime | None = None
) -> Path:
    """Take an automatic backup of *database* now (a ``Database`` or its SQLite file) and prune
    the old ones; the new file's path.

    *reason* is a word of lower-case letters, digits and hyphens (``hourly``,
    ``before-import``…). Raises :class:`EnvironmentProblem` when it cannot be written.
    """
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    path = database_file(database)
    folder = backup_folder(path)
    try:
        _private_folder(folder)
    except OSError as error:
        raise EnvironmentProblem(
            _("polku: cannot make the backup folder {folder}: {reason}").format(
                folder=folder, reason=error.strerror or error
            )
        ) from None
    taken = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    destination = folder / f"{path.name}.{_stamp(taken)}.{reason}.bak"
    while destination.exists():  # two backups within a microsecond: keep both
        taken += dt.timedelta(microseconds=1)
        destination = folder / f"{path.name}.{_stamp(taken)}.{reason}.bak"
    write_backup(path, destination)
    _after_backup(path, destination)
    prune_backups(path, now=taken)
    return destination


def _after_backup(db_path: Path, backup: Path) -> None:
    """A new automatic backup holds nobody the register says was erased (a backup that read
    the data just before an erasure committed, in another program, is rewritten at once), and
    its log's head is anchored in the register."""
    from storage import register
    from storage.erasure import CopyNotRewritten, Person, rewrite_without

    try:
        known = register.read_register(db_path)
    except register.RegisterDamaged:
        known = None
    head = _log_head_entry(backup)
    if known is not None and known.erased:
        try:
            rewrite_without(backup, Person(tuple(sorted(known.erased)), (), ()))
        except CopyNotRewritten:
            _remove(backup)
            raise EnvironmentProblem(
                _("polku: the backup {file} could not be checked for erased clients, so it "
                  "was removed").format(file=backup)
            ) from None
    if head is not None:
        with suppress(PolkuError):
            register.record_anchor(db_path, *head)


def list_backups(db_path: Path, *, check: bool = False) -> list[BackupInfo]:
    """The automatic backups of the database file *db_path*, newest first.

    With *check*, each is checked (:func:`check_backup`: slow for big files).
    """
    folder = backup_folder(Path(db_path))
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if match is None or match["db"] != Path(db_path).name:
            continue
        path = folder / name
        try:
            size = path.stat().st_size
        except OSError:
            continue  # pruned by another program just now
        taken = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)
        info = BackupInfo(path, taken, match["reason"], size)
        if check:
            result = check_backup(path)
            info = BackupInfo(path, taken, info.reason, size, result.sound, result.problem)
        found.append(info)
    found.sort(key=lambda info: info.taken_at, reverse=True)
    return found


def check_backup(path: Path) -> BackupCheck:
    """Whether *path* is a sound Polku database this program can restore: a SQLite file that
    passes ``PRAGMA integrity_check``, with Polku's schema, of a revision not newer than this
    program's. Never changes the file."""

    def unsound(problem: str, revision: str | None = None) -> BackupCheck:
        return BackupCheck(path, False, problem, revision)

    try:
        with Path(path).open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except IsADirectoryError:
        return unsound(_("a folder, not a file"))
    except FileNotFoundError:
        return unsound(_("no such file"))
    except OSError as error:
        return unsound(_("cannot read the file ({reason})").format(reason=error.strerror))
    if header != _SQLITE_HEADER:
        return unsound(_("not a Polku database (not an SQLite file)"))
    try:
        connection = sqlite3.connect(_sqlite_uri(Path(path).resolve(), mode="ro"), uri=True)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                detail = verdict[0] if verdict else "?"
                return unsound(_("damaged ({detail})").format(detail=detail))
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"alembic_version", "clients"} <= tables:
                return unsound(_("not a Polku database"))
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return unsound(_("damaged ({detail})").format(detail=str(error).splitlines()[0]))
    if len(rows) != 1:
        return unsound(_("not a Polku database"))
    revision = str(rows[0][0])
    if revision not in known_revisions():
        return unsound(
            _("made by a newer version of Polku (schema {revision})").format(revision=revision),
            revision,
        )
    return BackupCheck(path, True, None, revision)


def newest_sound_backup(db_path: Path) -> BackupInfo | None:
    """The newest automatic backup of *db_path* that :func:`check_backup` finds sound (checked,
    newest first, until one is), or None."""
    for info in list_backups(db_path):
        result = check_backup(info.path)
        if result.sound:
            return BackupInfo(info.path, info.taken_at, info.reason, info.size, True)
    return None


# --- Rotation -----------------------------------------------------------------------------------


def _newest_per_bucket(
    backups: Sequence[BackupInfo], bucket: Callable[[dt.datetime], object], count: int
) -> set[Path]:
    """The newest backup in each of the *count* newest buckets (hours, days, weeks) that hold
    any; *backups* newest first."""
    kept: set[Path] = set()
    seen: set[object] = set()
    for info in backups:
        key = bucket(info.taken_at)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(info.path)
    return kept


def retained(
    backups: Sequence[BackupInfo],
    policy: RetentionPolicy = RetentionPolicy(),
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | None = None,
) -> set[Path]:
    """The backups to keep: the newest of each of the last ``policy.hourly`` hours, ``daily``
    days and ``weekly`` ISO weeks that have backups (counted in the time zone *tz*, default
    the computer's), and the last ``before_change`` backups taken before a change; with
    *now*, none older than ``policy.max_age`` but the newest.

    Counting periods that *have* backups (not calendar periods back from now) means a database
    left unused for a month still has its last 24 states, not none.
    """
    ordered = sorted(backups, key=lambda info: info.taken_at, reverse=True)

    def local(moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(tz)

    kept = _newest_per_bucket(
        ordered, lambda t: local(t).replace(minute=0, second=0, microsecond=0), policy.hourly
    )
    kept |= _newest_per_bucket(ordered, lambda t: local(t).date(), policy.daily)
    kept |= _newest_per_bucket(ordered, lambda t: local(t).isocalendar()[:2], policy.weekly)
    before = [info for info in ordered if info.reason.startswith("before-")]
    kept |= {info.path for info in before[: policy.before_change]}
    if now is not None and ordered:
        oldest = now - policy.max_age
        kept = {info.path for info in ordered if info.path in kept and info.taken_at >= oldest}
        kept.add(ordered[0].path)
    return kept


def prune_backups(
    db_path: Path,
    policy: RetentionPolicy = RetentionPolicy(),
    *,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Delete the automatic backups of *db_path* that :func:`retained` does not keep, and
    temporary files left in the folder by a crash; the deleted backups."""
    backups = list_backups(db_path)
    moment = now or dt.datetime.now(dt.UTC)
    keep = retained(backups, policy, now=moment)
    removed = []
    for info in backups:
        if info.path not in keep:
            with suppress(FileNotFoundError):  # another program pruned it first
                info.path.unlink()
            removed.append(info.path)
    remove_leftovers(db_path, now=moment)
    return removed


def replaced_copies(db_path: Path) -> list[Path]:
    """The ``<database>.replaced-<UTC time>`` copies a restore kept of *db_path*, oldest first
    (their ``-wal``/``-shm`` go with them)."""
    try:
        names = os.listdir(db_path.parent)
    except OSError:
        return []
    found = [
        db_path.parent / name
        for name in names
        if _REPLACED.match(name) and name.startswith(db_path.name + ".replaced-")
    ]
    return sorted(found)


def _replaced_time(path: Path) -> dt.datetime | None:
    match = _REPLACED.match(path.name)
    if match is None:
        return None
    return dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)


def prune_replaced(
    db_path: Path, policy: RetentionPolicy = RetentionPolicy(), *, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the ``.replaced-*`` copies of *db_path* older than ``policy.max_age``."""
    moment = now or dt.datetime.now(dt.UTC)
    removed = []
    for path in replaced_copies(db_path):
        taken = _replaced_time(path)
        if taken is not None and moment - taken > policy.max_age:
            files.remove_with_sidecars(path)
            removed.append(path)
    return removed


def remove_leftovers(db_path: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Remove the temporary files of interrupted backups, restores, prints and exports of
    *db_path* (unless another program is still writing them); the ones removed.

    Polku's temporaries (``.polku-*.tmp``) are locked while written, so they are removed at
    once; those named by an older Polku, only after an hour.
    """
    moment = now or dt.datetime.now(dt.UTC)
    folder = backup_folder(db_path)
    removed = files.sweep_pending(folder / PENDING)
    removed += files.sweep_folder(db_path.parent)
    removed += files.sweep_folder(folder)
    legacy = [
        *folder.glob(".*.tmp"),
        *db_path.parent.glob(f".{glob.escape(db_path.name)}.restore-*.tmp"),
    ]
    for leftover in legacy:
        if files.is_temporary(leftover):
            continue
        with suppress(OSError):
            modified = dt.datetime.fromtimestamp(leftover.stat().st_mtime, dt.UTC)
            if moment - modified > _STALE:
                files.remove_with_sidecars(leftover)
                removed.append(leftover)
    return removed


def _trusted(db_path: Path, entries: Sequence[audit.AuditEntry]) -> bool:
    """Whether the log *entries* of *db_path* verify and agree with every anchor."""
    return not audit.chain_problems(entries) and not audit.anchor_problems(
        db_path, entries, register_damage=False
    )


def _seed_register(db_path: Path) -> None:
    """A database without an erasure register (made before there was one) gets one, from the
    erasures its log records and its log's head."""
    if register.register_path(db_path).exists():
        return
    try:
        connection = sqlite3.connect(_sqlite_uri(db_path, mode="ro"), uri=True)
        try:
            keys = [
                str(row[0])
                for row in connection.execute(
                    "SELECT DISTINCT client_key FROM access_log "
                    "WHERE action = 'erase' AND client_key IS NOT NULL"
                )
            ]
        finally:
            connection.close()
    except sqlite3.Error:
        return
    head = _log_head_entry(db_path)
    if head is None or not keys:
        return  # no erasure to keep: the first anchor comes with the first backup
    entries = _read_log(db_path)
    if entries is None or not _trusted(db_path, entries):
        return  # a log that does not verify cannot vouch for the erasures: no register
    register.record_erasures(db_path, keys)
    register.record_anchor(db_path, *head)


def tidy(db_path: Path) -> list[Path]:
    """What the opening of a writable database does first: temporaries of interrupted writes
    removed, ``.replaced-*`` copies and backups past their age deleted; the files removed.

    Also points ``pathways.files`` at this database's folder of markers, so that a temporary
    file left anywhere by a crash of this program is found at the next open.
    """
    folder = backup_folder(db_path)
    files.set_pending_folder(folder / PENDING)
    _seed_register(db_path)
    removed = remove_leftovers(db_path)
    removed += prune_replaced(db_path)
    if list_backups(db_path):
        removed += prune_backups(db_path)
    return removed


def _log_head_entry(path: Path) -> tuple[int, str] | None:
    """The newest access-log entry's number and hash in the SQLite file *path* (None: no log,
    or unreadable)."""
    try:
        connection = sqlite3.connect(_sqlite_uri(path, mode="ro"), uri=True)
        try:
            row = connection.execute(
                "SELECT pk, hash FROM access_log ORDER BY pk DESC LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return (int(row[0]), str(row[1])) if row else None


def _log_head(path: Path) -> str | None:
    """The newest access-log hash in the SQLite file *path* (None: no log, or unreadable)."""
    try:
        connection = sqlite3.connect(_sqlite_uri(path, mode="ro"), uri=True)
        try:
            row = connection.execute(
                "SELECT hash FROM access_log ORDER BY pk DESC LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def maybe_backup(database: Database, *, now: dt.datetime | None = None) -> Path | None:
    """The hourly automatic backup: taken when the newest backup is an hour old or more and the
    data changed since it; the new backup's path, or None when none was due.

    Every change writes an access-log entry, so "changed" is "the log's newest entry differs
    from the newest backup's". Cheap when nothing is due (a directory listing and two one-row
    queries). The window calls it on a worker, on a timer and when it closes.
    """
    if database.path is None or database.readonly:
        return None
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    backups = list_backups(database.path)
    if backups and moment - backups[0].taken_at < INTERVAL:
        return None
    current = _log_head(database.path)
    if backups and current is not None and current == _log_head(backups[0].path):
        return None
    if not backups and current is None:
        return None  # nothing was ever done in this database
    return make_backup(database, HOURLY, now=moment)


# --- Restoring ----------------------------------------------------------------------------------


def _aside_name(db_path: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}-{counter}")
    return aside


@contextmanager
def _engine_on(path: Path, *, readonly: bool) -> Iterator[Connection]:
    """A connection with Polku's pragmas to the SQLite file *path* (no checks, no migrations);
    a write transaction on it starts with BEGIN IMMEDIATE."""
    base = sqlite_engine(path, readonly=readonly)
    engine = base if readonly else base.execution_options(**{WRITE_OPTION: True})
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        base.dispose()


def _read_log(path: Path) -> list[audit.AuditEntry] | None:
    """The access log of the SQLite file *path*, or None when it cannot be read whole."""
    try:
        with _engine_on(path, readonly=True) as connection:
            return audit.read_entries(connection)
    except (SQLAlchemyError, sqlite3.Error, ValueError):
        return None


def _erased_keys(*logs: Sequence[audit.AuditEntry]) -> set[str]:
    return {
        entry.client_key
        for log in logs
        for entry in log
        if entry.action == audit.ERASE and entry.client_key is not None
    }


def _restore_target(backup_path: Path) -> str:
    # The name of an automatic backup says only when it was taken; another file's name is the
    # user's and might name a person, so it is not written into the log.
    match = _NAME.match(backup_path.name)
    return f"backup {match['stamp']}" if match else "backup file"


def restore_backup(
    db_path: Path, backup_path: Path, *, actor: audit.Actor | None = None
) -> Restored:
    """Replace the database file *db_path* with the backup *backup_path*.

    The backup is checked first (:class:`InputError` naming it when it is not a sound Polku
    database). The database being replaced is kept beside it (``…replaced-<time>``) and
    backed up; then, in one transaction, its data is replaced by the backup's, its access log
    is kept and extended by any entries only the backup has, clients erased according to
    either log are erased again, and a ``restore`` entry is written. Other programs using the
    database wait for the transaction and then see the restored data (the window reloads).
    When the database is too damaged to open, it is moved aside whole and the backup takes its
    place, with as much of its log as can still be read.
    """
    actor = actor or audit.Actor.current()
    db_path = Path(db_path).expanduser().resolve()
    backup_path = Path(backup_path)
    result = check_backup(backup_path)
    if not result.sound:
        raise InputError(
            _("{file}: not a sound Polku backup: {problem}").format(
                file=backup_path, problem=result.problem
            )
        )
    if not db_path.parent.exists():
        try:
            _private_folder(db_path.parent)
        except OSError as error:
            raise _write_problem(db_path, error) from None
    with files.scratch(db_path, tag="restore") as staging:
        try:
            _copy_pages(backup_path, staging)
        except (sqlite3.Error, OSError) as error:
            raise _write_problem(staging, error) from None
        upgrade_file(staging)
        staged_log = _verified_log(staging, backup_path)
        database: Database | None = None
        if db_path.exists():
            try:
                database = open_database(str(db_path))
            except EnvironmentProblem:
                database = None  # damaged, foreign or newer: replaced whole, below
        if database is not None:
            try:
                if database.readonly:
                    raise readonly_problem(db_path)
                return _restore_in_place(
                    database, staging, staged_log, _restore_target(backup_path), actor,
                    backup_path,
                )
            finally:
                database.close()
        return _restore_by_replacing(
            db_path, staging, staged_log, _restore_target(backup_path), actor, backup_path
        )


def _verified_log(staging: Path, backup_path: Path) -> list[audit.AuditEntry]:
    """The staged backup's own access log, whose chain must verify (else EnvironmentProblem)."""
    staged_log = _read_log(staging)
    problems = audit.chain_problems(staged_log) if staged_log is not None else ["?"]
    if problems:
        raise RestoreRefused(
            "forged",
            _(
                "polku: {file}: the backup's access log does not verify ({problem}): it was "
                "changed after the backup was taken, so it is not restored"
            ).format(file=backup_path, problem=problems[0] if staged_log is not None
                     else _("it cannot be read"))
        )
    return staged_log or []


def _register_of(db_path: Path) -> register.Register | None:
    try:
        return register.read_register(db_path)
    except register.RegisterDamaged:
        return None


def _forks(
    staged: Sequence[audit.AuditEntry], known: dict[int, str]
) -> int | None:
    """The first entry number where the backup's log tells another history than *known*
    (entry number → hash: the live log, or the register's anchors), or None."""
    for entry in staged:
        expected = known.get(entry.number)
        if expected is not None and expected != entry.hash:
            return entry.number
    return None


def _erasures_to_apply(
    db_path: Path,
    backup_path: Path,
    staged_log: Sequence[audit.AuditEntry],
    live_log: Sequence[audit.AuditEntry] | None,
    *,
    live_exists: bool,
) -> set[str]:
    """Which clients to erase from the restored data: every erasure the register, the live
    log and the backup's log know. Refuses (EnvironmentProblem) a backup whose log forks from
    this database's history, and a restore that cannot establish the erasures (the live log
    unreadable or broken, and no readable register)."""
    known = _register_of(db_path)
    # Cut off or recomputed since an anchor (the register's, a backup's): not to be trusted.
    live_intact = live_log is not None and _trusted(db_path, live_log)
    if known is None and not live_intact and live_exists:
        raise RestoreRefused(
            "erasures",
            _(
                "polku: cannot tell which clients were erased: the access log of {database} "
                "is damaged and its erasure register {register} is missing or damaged; "
                "nothing was restored"
            ).format(database=db_path, register=register.register_path(db_path))
        )
    histories = []
    if known is not None:
        histories.append({anchor.number: anchor.head for anchor in known.anchors})
    if live_intact and live_log:
        histories.append({entry.number: entry.hash for entry in live_log})
    for history in histories:
        fork = _forks(staged_log, history)
        if fork is not None:
            raise RestoreRefused(
                "history",
                _(
                    "polku: {file}: from entry {n} on, the backup's access log tells another "
                    "history than this database's (changed after it was taken, or a backup of "
                    "another database); nothing was restored"
                ).format(file=backup_path, n=fork)
            )
    erased = _erased_keys(staged_log, live_log or [])
    if known is not None:
        erased |= known.erased
    return erased


def _after_restore(db_path: Path, erased: set[str], known_before: register.Register | None,
                   *, reset: bool = False) -> None:
    """The register learns every erasure the logs knew and the restored log's head."""
    missing = sorted(erased - (known_before.erased if known_before else set()))
    head = _log_head_entry(db_path)
    with suppress(PolkuError):
        register.record_erasures(db_path, missing)
        if head is not None:
            if reset:
                register.record_reset(db_path, *head)
            else:
                register.record_anchor(db_path, *head)


def _data_tables() -> list[str]:
    """The tables of client and catalogue data, parents first (not the log)."""
    return [t.name for t in Base.metadata.sorted_tables if t.name != AccessLogRow.__tablename__]


def _restore_in_place(
    database: Database,
    staging: Path,
    staged_log: list[audit.AuditEntry],
    target: str,
    actor: audit.Actor,
    backup_path: Path,
) -> Restored:
    """Swap the data of the open, sound *database* for the staged backup's, in one transaction
    that holds the write lock (so no other program's change slips in between)."""
    path = database.path
    assert path is not None
    known_before = _register_of(path)
    try:
        with database.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            # ATTACH cannot run inside a transaction: before SQLAlchemy begins one.
            raw.execute("ATTACH DATABASE ? AS restored", (str(staging),))
            try:
                connection.execution_options(**{WRITE_OPTION: True})
                with connection.begin():
                    try:
                        live_log: list[audit.AuditEntry] | None = audit.read_entries(connection)
                    except (SQLAlchemyError, ValueError):
                        live_log = None
                    erased_keys = _erasures_to_apply(
                        path, backup_path, staged_log, live_log, live_exists=True
                    )
                    erased = sorted(erased_keys)
                    applied = 0
                    if erased:
                        cursor = connection.exec_driver_sql(
                            "DELETE FROM restored.clients WHERE audit_key IN ("
                            + ", ".join("?" * len(erased))
                            + ")",
                            tuple(erased),
                        )
                        applied = max(cursor.rowcount, 0)
                    # What is replaced, kept whole: beside the database and among the backups.
                    # Both read the last committed state, which this lock keeps as it is.
                    kept_aside = _aside_name(path)
                    write_backup(path, kept_aside)
                    safety = make_backup(path, BEFORE_RESTORE)
                    tables = _data_tables()
                    # Client versions (#10) must not go back: an open window holding version 7
                    # must not take a restored version 7 for the one it loaded.
                    newest = connection.exec_driver_sql(
                        "SELECT COALESCE(MAX(version), 0) FROM main.clients"
                    ).scalar()
                    for table in reversed(tables):
                        connection.exec_driver_sql(f'DELETE FROM main."{table}"')
                    for table in tables:
                        columns = ", ".join(
                            f'"{column.name}"' for column in Base.metadata.tables[table].columns
                        )
                        connection.exec_driver_sql(
                            f'INSERT INTO main."{table}" ({columns}) '
                            f'SELECT {columns} FROM restored."{table}"'
                        )
                    connection.exec_driver_sql(
                        "UPDATE main.clients SET version = version + ?", (int(newest or 0),)
                    )
                    present = {entry.hash for entry in live_log or []}
                    carried = audit.append_entries(
                        connection, [e for e in staged_log if e.hash not in present]
                    )
                    audit.append(connection, actor, [(None, audit.RESTORE, target)])
            finally:
                raw.execute("DETACH DATABASE restored")
            # Fold the WAL back into the file: the old rows' pages (zeroed by secure_delete)
            # reach the main file, and the WAL is emptied.
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except PolkuError:
        raise
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise database_failure(error, path) from None
    _after_restore(path, erased_keys, known_before)
    return Restored(kept_aside, safety, carried, applied)


def _restore_by_replacing(
    db_path: Path,
    staging: Path,
    staged_log: list[audit.AuditEntry],
    target: str,
    actor: audit.Actor,
    backup_path: Path,
) -> Restored:
    """Put the staged backup in place of a database that cannot be opened (or does not exist),
    after completing the staged copy's log from whatever of the old log can be read."""
    salvaged: list[audit.AuditEntry] = []
    readable = True
    found: list[audit.AuditEntry] | None = None
    if db_path.exists():
        found = _read_log(db_path)
        readable = found is not None
        salvaged = found or []
    known_before = _register_of(db_path)
    erased_keys = _erasures_to_apply(
        db_path, backup_path, staged_log, found, live_exists=db_path.exists()
    )
    try:
        with _engine_on(staging, readonly=False) as connection, connection.begin():
            staged_log = audit.read_entries(connection)
            present = {entry.hash for entry in staged_log}
            carried = audit.append_entries(
                connection, [e for e in salvaged if e.hash not in present]
            )
            erased = sorted(erased_keys)
            applied = 0
            if erased:
                applied = len(
                    connection.execute(
                        select(ClientRow.pk).where(ClientRow.audit_key.in_(erased))
                    ).all()
                )
                connection.execute(delete(ClientRow).where(ClientRow.audit_key.in_(erased)))
            audit.append(connection, actor, [(None, audit.RESTORE, target)])
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise database_failure(error, staging) from None
    kept_aside = None
    try:
        if db_path.exists():
            kept_aside = _aside_name(db_path)
            # The database and its -wal/-shm move together: the WAL belongs to that file.
            for suffix in ("-wal", "-shm", ""):
                sidecar = db_path.with_name(db_path.name + suffix)
                if sidecar.exists():
                    os.replace(sidecar, kept_aside.with_name(kept_aside.name + suffix))
        os.replace(staging, db_path)
        _sync_folder(db_path.parent)
    except OSError as error:
        raise EnvironmentProblem(
            _("polku: cannot put the backup in place of {path}: {reason}").format(
                path=db_path, reason=error.strerror or error
            )
        ) from None
    if applied:
        # The erased rows were in the staged copy's pages; rewrite the file without them.
        with _engine_on(db_path, readonly=False) as connection:
            connection.exec_driver_sql("VACUUM")
    # When the old log could not be read, the register's earlier anchors tell a history that
    # is lost: a reset line says from where the restored log is the one to hold to.
    _after_restore(db_path, erased_keys, known_before, reset=not readable)
    return Restored(kept_aside, None, carried, applied, log_salvaged=readable)
