"""Optimistic concurrency: every client carries a version that every write about them moves on.

Two workers (two windows, a window and ``polku import --replace``, two workstations on one
PostgreSQL server) may hold the same client in memory. Each copy remembers the version it was
loaded at (``Client.version``, ``Pathway.version``); a write names that version, and the
database takes it only while the stored version is still the same. Otherwise nothing is
written and :class:`ConflictError` says who changed the client and when, so that the window
can reload and re-apply its user's edit on the fresh state.

**Every write path about a client** (details, pathways, import, agreed versions, ESF+ fields,
anything new) does, inside its one write transaction::

    head = lock_client(connection, client_id, expected)   # first: checks and locks the row
    ...write the rows...
    new_version = moved_on(connection, head, actor)       # last: version + 1, who, when, NOTIFY

``expected`` is the version the caller loaded (None: write whatever is stored, as the command
line's bulk paths do). Bulk writes that insert or replace whole clients call
:func:`moved_on_many` instead. ``connection`` may be a ``Session`` or a ``Connection``.

SQLite: the write transaction already holds the database's single write lock (``BEGIN
IMMEDIATE``), so check and write cannot interleave with another writer. PostgreSQL: ``SELECT …
FOR UPDATE`` locks the client's row until commit; a second writer waits, then sees the moved
version and is refused. Both engines notify watchers: SQLite through ``PRAGMA data_version``
(any commit), PostgreSQL through ``NOTIFY polku_changes, '<client id>'`` sent by
:func:`moved_on` in the writing transaction (delivered only if it commits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from pathways.errors import InputError, PolkuError
from pathways.i18n import _
from storage.audit import Actor
from storage.models import ClientRow

#: The PostgreSQL notification channel every change of client data is announced on.
CHANNEL = "polku_changes"
#: The payload of a notification about many clients at once (an import).
EVERYTHING = "*"
#: More clients than this in one transaction are announced as EVERYTHING.
_NOTIFY_ONE_BY_ONE = 50


class ConflictError(PolkuError):
    """The client was changed (or removed) by someone else since it was loaded; nothing was
    written. ``changed_by`` and ``changed_at`` (aware UTC) say who and when, ``version`` is
    the stored version now (None: the client is gone)."""

    exit_status = 1

    def __init__(
        self,
        client_id: str,
        *,
        changed_by: str,
        changed_at: dt.datetime | None,
        version: int | None,
    ) -> None:
        if version is None:
            line = _(
                "polku: client {id} was removed by someone else meanwhile; nothing was changed"
            ).format(id=client_id)
        else:
            when = changed_at.astimezone().strftime("%H.%M") if changed_at else "?"
            line = _(
                "polku: {who} changed client {id} at {time} since you loaded it; nothing was "
                "changed — load the client again"
            ).format(who=changed_by or "?", id=client_id, time=when)
        super().__init__(line)
        self.client_id = client_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version

    @property
    def removed(self) -> bool:
        return self.version is None


@dataclass(frozen=True, slots=True)
class ClientHead:
    """A client's row as a write transaction locked it."""

    pk: int
    id: str
    version: int
    #: The client's access-log key (read with the lock: one round trip fewer per save).
    audit_key: str = ""


@dataclass(frozen=True, slots=True)
class ClientStamp:
    """What the client list and a watching window need to know: version, who, when (UTC)."""

    client_id: str
    version: int
    changed_by: str
    changed_at: dt.datetime | None


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    # Stored naive UTC (the CURRENT_TIMESTAMP convention of revision 0002).
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def _connection(connection: Connection | Session) -> Connection:
    return connection.connection() if isinstance(connection, Session) else connection


def stamp_of(connection: Connection | Session, client_id: str) -> ClientStamp | None:
    """The client's version, who changed it last and when; None if there is no such client."""
    row = (
        _connection(connection)
        .execute(
            select(ClientRow.version, ClientRow.changed_by, ClientRow.updated_at).where(
                ClientRow.id == client_id
            )
        )
        .first()
    )
    if row is None:
        return None
    return ClientStamp(client_id, int(row.version), row.changed_by or "", _utc(row.updated_at))


def lock_client(
    connection: Connection | Session, client_id: str, expected: int | None
) -> ClientHead:
    """Lock the client's row for this transaction and check that it is still at *expected*.

    Call it first in the write transaction. Raises :class:`ConflictError` when the stored
    version moved on (or the client is gone while a version was expected), and
    :class:`InputError` for an unknown client otherwise. *expected* None checks nothing.
    """
    row = (
        _connection(connection)
        .execute(
            select(
                ClientRow.pk,
                ClientRow.version,
                ClientRow.changed_by,
                ClientRow.updated_at,
                ClientRow.audit_key,
            )
            .where(ClientRow.id == client_id)
            .with_for_update()
        )
        .first()
    )
    if row is None:
        if expected is not None:
            raise ConflictError(client_id, changed_by="", changed_at=None, version=None)
        raise InputError(_("polku: no client with id {id}").format(id=client_id))
    if expected is not None and row.version != expected:
        raise ConflictError(
            client_id,
            changed_by=row.changed_by or "",
            changed_at=_utc(row.updated_at),
            version=int(row.version),
        )
    return ClientHead(int(row.pk), client_id, int(row.version), str(row.audit_key))


def who(actor: Actor) -> str:
    """How ``changed_by`` names an actor: the worker's name, else the account."""
    return actor.worker or actor.os_user


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def moved_on(connection: Connection | Session, head: ClientHead, actor: Actor) -> int:
    """Record a write about the locked client: version + 1, who and when, and (PostgreSQL) a
    notification sent when this transaction commits. Returns the new version."""
    connection = _connection(connection)
    statement = (
        update(ClientRow)
        .where(ClientRow.pk == head.pk)
        .values(version=head.version + 1, changed_by=who(actor), updated_at=_now())
    )
    if connection.dialect.name == "postgresql":
        # The notification rides on the same statement: one round trip fewer per save.
        connection.execute(statement.returning(func.pg_notify(CHANNEL, ClientRow.id)))
    else:
        connection.execute(statement)
    return head.version + 1


def moved_on_many(
    connection: Connection | Session, client_ids: Sequence[str], actor: Actor
) -> None:
    """Move on the version of many clients at once (bulk writes: import, replace)."""
    if not client_ids:
        return
    connection = _connection(connection)
    statement = (
        update(ClientRow)
        .where(ClientRow.id == bindparam("b_id"))
        .values(version=ClientRow.version + 1, changed_by=who(actor), updated_at=_now())
    )
    connection.execute(statement, [{"b_id": client_id} for client_id in client_ids])
    notify(connection, client_ids)


def notify(connection: Connection | Session, client_ids: Sequence[str]) -> None:
    """Tell PostgreSQL listeners (other windows) that these clients changed, at commit.

    A no-op on SQLite, whose watchers poll ``PRAGMA data_version`` instead.
    """
    connection = _connection(connection)
    if connection.dialect.name != "postgresql" or not client_ids:
        return
    payloads: list[Any] = (
        list(dict.fromkeys(client_ids)) if len(client_ids) <= _NOTIFY_ONE_BY_ONE else [EVERYTHING]
    )
    statement = text("SELECT pg_notify(:channel, :payload)")
    for payload in payloads:
        connection.execute(statement, {"channel": CHANNEL, "payload": payload})
