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

Copies made before the erasure — automatic backups, ``backup -o`` files, exports, prints —
still hold the data until they are rotated out or deleted; ``docs/trust.md`` says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError

from pathways.errors import InputError
from pathways.i18n import _
from storage import audit
from storage.concurrency import notify
from storage.database import WRITE_OPTION, Database, database_failure, readonly_problem
from storage.models import ClientRow, PathwayRow


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


def erase_client(database: Database, client_id: str, actor: audit.Actor) -> Erasure:
    """Delete the client and everything about them so that the database file no longer holds
    it, and log an ``erase`` entry under their pseudonymous key, in one transaction.

    An unknown client is an :class:`InputError`; a read-only database an EnvironmentProblem.
    """
    if database.readonly:
        raise readonly_problem(database.path or database.url)
    where = database.path or database.url
    engine = database.engine.execution_options(**{WRITE_OPTION: True})
    try:
        with engine.connect() as connection, connection.begin():
            row = connection.execute(
                select(ClientRow.pk, ClientRow.audit_key).where(ClientRow.id == client_id)
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
    except DBAPIError as error:
        raise database_failure(error, where) from None
    return Erasure(client_id, pathways, compact(database))


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
