"""The right to erasure (GDPR art. 17): a client and everything about them, gone from the file.

Deleting the client's row cascades to every row about them (``storage.models``), including
the row that links their pseudonymous ``audit_key`` to them: their access-log entries stay,
with their hash chain intact, but no longer lead to a person. An ``erase`` entry under that key
records that the erasure happened (and lets a restore of an older backup erase them again).

Deleted is not yet gone: SQLite leaves deleted bytes in free pages, older page images in the
``-wal`` file, and remnants of earlier edits wherever they were freed. So the erasure

1. deletes with ``secure_delete`` on (deleted content is overwritten with zeros),
2. checkpoints the WAL into the file and truncates it (``wal_checkpoint(TRUNCATE)``),
3. rewrites the whole file (``VACUUM``), which also drops remnants left by edits made before
   ``secure_delete`` was switched on, and checkpoints again.

Then every copy Polku keeps — automatic backups, ``.replaced-*`` copies of restores — is
rewritten without the client (:func:`rewrite_without`: through SQLite's backup API, checked
afterwards; a copy that cannot be is deleted), and temporary files of interrupted writes are
removed. Copies outside Polku's folder (``backup -o`` files, exports, prints) are the user's;
``docs/trust.md`` says so.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError

from pathways import files
from pathways.errors import InputError, PolkuError
from pathways.files import SIDECARS
from pathways.i18n import _
from storage import audit
from storage.backups import list_backups, remove_leftovers, replaced_copies
from storage.concurrency import notify
from storage.database import (
    BUSY_TIMEOUT_MS,
    WRITE_OPTION,
    Database,
    database_failure,
    readonly_problem,
)
from storage.models import ClientRow, PathwayRow
from storage.register import record_anchor, record_erasures


@dataclass(frozen=True)
class Erasure:
    """What :func:`erase_client` did."""

    client_id: str
    pathways: int
    #: False when another program kept the database busy, so that the file could not be
    #: rewritten yet: the data is deleted (and its bytes zeroed), but older copies of its
    #: pages may remain in the WAL until :func:`compact` runs again (the next erasure, restore
    #: or ``erase`` does it).
    file_rewritten: bool
    #: Polku's own copies (automatic backups, ``.replaced-*`` copies) rewritten without them.
    copies_rewritten: int = 0
    #: Copies that held them but could not be rewritten (damaged, unreadable): deleted.
    copies_deleted: tuple[Path, ...] = ()
    #: Temporary files of interrupted backups, restores, prints and exports removed.
    leftovers_removed: int = 0


@dataclass(frozen=True)
class Person:
    """How an erased client is recognised in a copy of the database: by their pseudonymous
    key, their client id or their personal identity code; and the bytes that must not remain."""

    audit_keys: tuple[str, ...]
    ids: tuple[str, ...]
    personal_ids: tuple[str, ...]
    name: str | None = None

    def needles(self) -> list[bytes]:
        found = [code.encode("utf-8") for code in self.personal_ids if code]
        if self.name and len(self.name) >= 4:
            found.append(self.name.encode("utf-8"))
        return found


def erase_client(database: Database, client_id: str, actor: audit.Actor) -> Erasure:
    """Delete the client and everything about them so that no file Polku keeps holds them any
    longer, and log an ``erase`` entry under their pseudonymous key, in one transaction.

    The erasure is recorded in the erasure register (``storage.register``) before it commits;
    then the file is rewritten (:func:`compact`), and every automatic backup and
    ``.replaced-*`` copy is rewritten without them (:func:`erase_from_copies`) — a copy that
    cannot be is deleted — and leftovers of interrupted writes are removed.

    An unknown client is an :class:`InputError`; a read-only database an EnvironmentProblem.
    """
    if database.readonly:
        raise readonly_problem(database.path or database.url)
    where = database.path or database.url
    engine = database.engine.execution_options(**{WRITE_OPTION: True})
    try:
        with engine.connect() as connection, connection.begin():
            row = connection.execute(
                select(
                    ClientRow.pk, ClientRow.audit_key, ClientRow.name, ClientRow.personal_id
                ).where(ClientRow.id == client_id)
            ).first()
            if row is None:
                raise InputError(_("polku: no client with id {id}").format(id=client_id))
            pathways = connection.execute(
                select(func.count()).select_from(PathwayRow).where(
                    PathwayRow.client_pk == row.pk
                )
            ).scalar_one()
            if connection.dialect.name == "sqlite":
                # Already on for every Polku connection; said again because this is the
                # transaction whose deleted bytes must not stay readable.
                connection.exec_driver_sql("PRAGMA secure_delete = ON")
            connection.execute(delete(ClientRow).where(ClientRow.pk == row.pk))
            audit.append(connection, actor, [(row.audit_key, audit.ERASE, None)])
            notify(connection, [client_id])  # an open window drops the client (#10)
            if database.path is not None:
                # Before the commit: an erasure the register does not know never happens.
                record_erasures(database.path, [row.audit_key])
    except DBAPIError as error:
        raise database_failure(error, where) from None
    rewritten = compact(database)
    if database.path is None:
        return Erasure(client_id, pathways, rewritten)
    person = Person((row.audit_key,), (client_id,), (row.personal_id,) if row.personal_id
                    else (), row.name)
    with database.engine.connect() as connection:
        head = audit.head_entry(connection)
    if head is not None:
        with suppress(PolkuError):
            record_anchor(database.path, *head)
    rewritten_copies, deleted, leftovers = erase_from_copies(database.path, person)
    return Erasure(client_id, pathways, rewritten, rewritten_copies, tuple(deleted), leftovers)


def copies_of(db_path: Path) -> list[Path]:
    """Every copy of *db_path* that Polku keeps: automatic backups and ``.replaced-*`` copies."""
    return [info.path for info in list_backups(db_path)] + replaced_copies(db_path)


def erase_from_copies(db_path: Path, person: Person) -> tuple[int, list[Path], int]:
    """Rewrite every copy Polku keeps of *db_path* without *person*; delete a copy that cannot
    be rewritten; remove leftovers of interrupted writes. (rewritten, deleted, leftovers)."""
    leftovers = len(remove_leftovers(db_path))
    rewritten, deleted = 0, []
    for copy in copies_of(db_path):
        try:
            if rewrite_without(copy, person):
                rewritten += 1
        except CopyNotRewritten:
            files.remove_with_sidecars(copy)
            deleted.append(copy)
    return rewritten, deleted, leftovers


class CopyNotRewritten(Exception):
    """A copy that holds (or may hold) the person but could not be rewritten and checked."""


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}


def _where(connection: sqlite3.Connection, person: Person) -> tuple[str, list[str]]:
    """The SQL condition on ``clients`` that finds *person* in a copy of any schema revision."""
    columns = _columns(connection, "clients")
    parts, values = [], []
    for column, wanted in (
        ("audit_key", person.audit_keys),
        ("id", person.ids),
        ("personal_id", person.personal_ids),
    ):
        if column in columns and wanted:
            parts.append(f"{column} IN ({', '.join('?' * len(wanted))})")
            values += list(wanted)
    return (" OR ".join(parts) or "0"), values


def _holds(connection: sqlite3.Connection, person: Person) -> bool:
    condition, values = _where(connection, person)
    found = connection.execute(
        f"SELECT EXISTS (SELECT 1 FROM clients WHERE {condition})", values
    ).fetchone()[0]
    return bool(found)


def _holds_on_file(path: Path, person: Person) -> bool:
    """Whether the copy *path* has a row of *person* (True when it cannot be told)."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return _holds(connection, person)
        finally:
            connection.close()
    except sqlite3.Error:
        return path.exists()


def _raw_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        with suppress(OSError):
            data += path.with_name(path.name + suffix).read_bytes()
    return data


def rewrite_without(path: Path, person: Person) -> bool:
    """Rewrite the copy *path* without *person* through SQLite's backup API, and check the
    result (sound, no row of them, no byte of their identity code or name left); whether it
    had to be rewritten. :class:`CopyNotRewritten` when it holds them and cannot be."""
    needles = person.needles()
    if not needles and not _holds_on_file(path, person):
        return False  # keys alone: one query says it, without reading the file whole
    try:
        raw = _raw_bytes(path) if needles else b""
    except FileNotFoundError:
        return False
    except OSError as error:
        raise CopyNotRewritten(str(error)) from None
    has_sidecar = any(
        path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal")
    )
    try:
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            # A copy with its own -wal (a damaged database kept aside whole) is opened so that
            # SQLite reads the WAL too; any other read-only.
            source = sqlite3.connect(
                path if has_sidecar else f"{path.as_uri()}?mode=ro", uri=not has_sidecar,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
            try:
                source.backup(memory)
            finally:
                source.close()
            present = _holds(memory, person) or any(needle in raw for needle in needles)
            if not present:
                return False
            memory.execute("PRAGMA foreign_keys = ON")
            memory.execute("PRAGMA secure_delete = ON")
            condition, values = _where(memory, person)
            memory.execute(f"DELETE FROM clients WHERE {condition}", values)
            memory.execute("VACUUM")
            with files.atomic_write(path, tag="erase") as temporary:
                writer = sqlite3.connect(temporary, isolation_level=None)
                try:
                    memory.backup(writer)
                    writer.execute("PRAGMA journal_mode = DELETE")
                    verdict = [row[0] for row in writer.execute("PRAGMA integrity_check")]
                    if verdict != ["ok"] or _holds(writer, person):
                        raise CopyNotRewritten("check")
                finally:
                    writer.close()
                # VACUUM wrote live rows only, so the name can remain only inside other people's
                # data ("Anna Virta" in "Anna Virtanen"): the identity code is what must be gone.
                written = temporary.read_bytes()
                for code in person.personal_ids:
                    if code and code.encode("utf-8") in written:
                        raise CopyNotRewritten("bytes")
        finally:
            memory.close()
    except (sqlite3.Error, PolkuError, OSError) as error:
        raise CopyNotRewritten(str(error)) from None
    for suffix in SIDECARS:  # their content is in the rewritten file now
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink()
    return True


def compact(database: Database) -> bool:
    """Fold the WAL into the file, rewrite the file without free space, and empty the WAL;
    whether it all went through (False: another program kept reading — try again later).

    No-op (True) for a database server, which manages its own storage.
    """
    if database.path is None:
        return True
    raw = sqlite3.connect(database.path, isolation_level=None, timeout=5)
    try:
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("PRAGMA temp_store = MEMORY")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy
    except sqlite3.Error:
        # Busy (another program in a transaction) or no room for the rewrite: the erasure
        # itself is committed; only the rewrite waits for another time.
        return False
    finally:
        raw.close()
