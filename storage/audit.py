"""The access log: who processed which client's data, when, and how; append-only and hash-chained.

Act 703/2023 gives a client the right to know who has viewed or handled their data. Every
repository method that shows, changes or hands out a client's data writes one entry here **in
the same transaction** as the action, so there is never an action without its entry nor an
entry for an action that was rolled back.

- *Who*: the operating-system user and the worker's name (:class:`Actor`).
- *Which client*: the client's random ``audit_key`` — never a name, id or personal identity
  code. Erasing a client deletes the row that links the key to them; the entries stay and no
  longer lead to a person.
- *Append-only*: triggers (revision 0003) refuse UPDATE and DELETE.
- *Hash-chained*: ``hash = sha256(canonical(prev_hash, fields))``; :func:`verify_chain` finds
  an entry changed, removed or inserted by someone who went around the triggers. Entries are
  appended inside a write transaction that holds the database's write lock (``BEGIN IMMEDIATE``
  on SQLite, a table lock on PostgreSQL) so two programs can never both extend the same head.

The chain shows tampering inside it; it cannot show that the newest entries were cut off
together (there is nothing after them to disagree). Backups keep earlier heads, and a restore
carries every entry over (``storage.backups``).
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Table, insert, select

from storage.database import Database
from storage.models import AccessLogRow

#: The ``prev_hash`` of the first entry.
GENESIS = "0" * 64
#: The environment variable that names the worker when the program is not told otherwise.
WORKER_VARIABLE = "POLKU_WORKER"

# Actions. Their English words are stored (the log outlives any one language of the program).
VIEW = "view"
CREATE = "create"
CHANGE = "change"
DELETE = "delete"
PRINT = "print"
EXPORT = "export"
IMPORT = "import"
ERASE = "erase"
RESTORE = "restore"
BACKUP = "backup"
CHECK = "check"
ACTIONS = (VIEW, CREATE, CHANGE, DELETE, PRINT, EXPORT, IMPORT, ERASE, RESTORE, BACKUP, CHECK)

#: Actions that only read (allowed, unlogged, on a read-only database: see docs/trust.md).
READING_ACTIONS = frozenset({VIEW, CHECK})

_TABLE = cast(Table, AccessLogRow.__table__)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is working: the operating-system account and the worker's own name (may be empty)."""

    os_user: str
    worker: str = ""

    @classmethod
    def current(cls) -> Actor:
        """The account running this program, and the worker named by ``$POLKU_WORKER``."""
        try:
            os_user = getpass.getuser()
        except (KeyError, OSError):  # no passwd entry (a container's numeric user)
            os_user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
        return cls(os_user, os.environ.get(WORKER_VARIABLE, "").strip())


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entry of the log, as stored."""

    number: int
    #: Timezone-aware, UTC.
    at: dt.datetime
    os_user: str
    worker: str
    client_key: str | None
    action: str
    #: ``details``, ``pathway <id>``, ``catalogue``… or None (the client as a whole).
    target: str | None
    prev_hash: str
    hash: str
    #: The timestamp text exactly as stored (what the hash covers); empty: not read from a table.
    stored_at: str = ""
    #: The database account on a server (PostgreSQL); None on a SQLite file.
    db_user: str | None = None

    @property
    def stamp(self) -> str:
        """The canonical timestamp text (ISO 8601, UTC, ``+00:00``, microseconds)."""
        return _stamp(self.at)


def _stamp(moment: dt.datetime) -> str:
    """The one canonical form of a moment in the log: UTC, ``+00:00``, microseconds
    (fixed width, so text order is time order; the hash covers exactly this text)."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _parsed(text: str) -> dt.datetime:
    """A stored timestamp; one that is not a timestamp at all reads as the earliest moment
    (and :func:`chain_problems` names its entry: the stored text is not the canonical one)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)


def now() -> dt.datetime:
    """The current moment, timezone-aware UTC (what entries are stamped with)."""
    return dt.datetime.now(dt.UTC)


def entry_hash(
    prev_hash: str,
    at: str,
    os_user: str,
    worker: str,
    client_key: str | None,
    action: str,
    target: str | None,
    db_user: str | None = None,
) -> str:
    """sha256 (hex) over a canonical serialisation of an entry and the hash before it.

    Canonical: a JSON array in a fixed order, no whitespace, UTF-8, so that every program that
    reads the table can recompute it. The database account (revision 0006) is the array's
    last item when there is one, so entries without it hash as they always did.
    """
    fields: list[str | None] = [prev_hash, at, os_user, worker, client_key, action, target]
    if db_user is not None:
        fields.append(db_user)
    canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def head(connection: Connection) -> str:
    """The hash of the newest entry (GENESIS for an empty log)."""
    newest = connection.execute(
        select(_TABLE.c.hash).order_by(_TABLE.c.pk.desc()).limit(1)
    ).scalar()
    return str(newest) if newest is not None else GENESIS


def head_entry(connection: Connection) -> tuple[int, str] | None:
    """The number and hash of the newest entry (None for an empty log): an anchor."""
    newest = connection.execute(
        select(_TABLE.c.pk, _TABLE.c.hash).order_by(_TABLE.c.pk.desc()).limit(1)
    ).first()
    return (int(newest[0]), str(newest[1])) if newest is not None else None


def _lock(connection: Connection) -> None:
    """Make this transaction the only one extending the chain until it ends.

    SQLite: the repository's write transactions already start with BEGIN IMMEDIATE, which
    holds the database's single write lock. PostgreSQL: a table lock that conflicts with itself.
    """
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("LOCK TABLE access_log IN SHARE ROW EXCLUSIVE MODE")


def append(
    connection: Connection,
    actor: Actor,
    entries: Iterable[tuple[str | None, str, str | None]],
    *,
    at: dt.datetime | None = None,
) -> int:
    """Append (client_key, action, target) entries in this transaction; how many were written.

    Must run inside the write transaction of the action being logged.
    """
    stamp = _stamp(at or now())
    db_user = database_user(connection)
    rows = [
        {
            "at": stamp,
            "os_user": actor.os_user,
            "worker": actor.worker,
            "client_key": client_key,
            "action": action,
            "target": target,
            "db_user": db_user,
        }
        for client_key, action, target in entries
    ]
    return _append_rows(connection, rows)


def database_user(connection: Connection) -> str | None:
    """The account this connection works as on a database server (None for a SQLite file,
    where the operating-system account is the only one)."""
    if connection.dialect.name != "postgresql":
        return None
    # Asked once per pooled connection (a round trip saved on every logged action).
    info = connection.connection.info
    if "polku_db_user" not in info:
        from sqlalchemy import text

        name = connection.execute(text("SELECT current_user")).scalar()
        info["polku_db_user"] = str(name) if name is not None else None
    cached = info["polku_db_user"]
    return str(cached) if cached is not None else None


def append_entries(connection: Connection, entries: Sequence[AuditEntry]) -> int:
    """Append copies of *entries* (from another copy of the log) after this log's head.

    Their fields are kept; ``prev_hash`` and ``hash`` are recomputed for their new place, which
    leaves them unchanged when they already followed this head (the usual case in a restore).
    """
    rows = [
        {
            "at": entry.stamp,
            "os_user": entry.os_user,
            "worker": entry.worker,
            "client_key": entry.client_key,
            "action": entry.action,
            "target": entry.target,
            "db_user": entry.db_user,
        }
        for entry in entries
    ]
    return _append_rows(connection, rows)


def _append_rows(connection: Connection, rows: list[dict[str, str | None]]) -> int:
    if not rows:
        return 0
    _lock(connection)
    previous = head(connection)
    for row in rows:
        row["prev_hash"] = previous
        row["hash"] = previous = entry_hash(
            previous,
            str(row["at"]),
            str(row["os_user"]),
            str(row["worker"]),
            row["client_key"],
            str(row["action"]),
            row["target"],
            row.get("db_user"),
        )
    connection.execute(insert(_TABLE), rows)
    return len(rows)


def read_entries(
    connection: Connection,
    *,
    client_key: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> list[AuditEntry]:
    """Entries in log order, optionally of one client and within [since, until)."""
    columns = list(_TABLE.c)
    if connection.dialect.name == "sqlite" and not any(
        row[1] == "db_user" for row in connection.exec_driver_sql("PRAGMA table_info(access_log)")
    ):
        # A backup or damaged file from before revision 0006 (restore reads their logs).
        columns = [column for column in columns if column.name != "db_user"]
    statement = select(*columns).order_by(_TABLE.c.pk)
    if client_key is not None:
        statement = statement.where(_TABLE.c.client_key == client_key)
    # Stamps are fixed-width UTC text, so text order is time order.
    if since is not None:
        statement = statement.where(_TABLE.c.at >= _stamp(since))
    if until is not None:
        statement = statement.where(_TABLE.c.at < _stamp(until))
    return [
        AuditEntry(
            number=row.pk,
            at=_parsed(row.at),
            os_user=row.os_user,
            worker=row.worker,
            client_key=row.client_key,
            action=row.action,
            target=row.target,
            prev_hash=row.prev_hash,
            hash=row.hash,
            stored_at=row.at,
            db_user=getattr(row, "db_user", None),
        )
        for row in connection.execute(statement)
    ]


def chain_problems(entries: Sequence[AuditEntry]) -> list[str]:
    """What is wrong with a whole log read in order: one line per broken link (empty: intact)."""
    from pathways.i18n import _

    problems: list[str] = []
    previous = GENESIS
    for entry in entries:
        if entry.prev_hash != previous:
            problems.append(
                _("access log entry {n}: does not follow the entry before it").format(
                    n=entry.number
                )
            )
        stored = entry.stored_at or entry.stamp
        if stored != entry.stamp:
            # The same instant written another way (another offset) would sort into another
            # day in audit --from/--to: only the one canonical form is a valid entry.
            problems.append(
                _("access log entry {n}: its time is not in the one form Polku writes").format(
                    n=entry.number
                )
            )
        expected = entry_hash(
            entry.prev_hash,
            stored,
            entry.os_user,
            entry.worker,
            entry.client_key,
            entry.action,
            entry.target,
            entry.db_user,
        )
        if entry.hash != expected:
            problems.append(
                _("access log entry {n}: its content was changed after it was written").format(
                    n=entry.number
                )
            )
        previous = entry.hash
    return problems


def verify_chain(database: Database) -> list[str]:
    """Every problem of the access log of *database*: an empty list when the chain is intact
    and agrees with every anchor kept outside the table (the erasure register's, and the log
    head of each automatic backup)."""
    with database.engine.connect() as connection:
        entries = read_entries(connection)
    problems = chain_problems(entries)
    if database.path is not None:
        problems += anchor_problems(database.path, entries)
    return problems


def anchor_problems(
    db_path: Path, entries: Sequence[AuditEntry], *, register_damage: bool = True
) -> list[str]:
    """Where the log disagrees with the heads recorded outside it: entries cut off after an
    anchor, or the chain recomputed since one (one line each, the first of each source)."""
    from pathways.i18n import _
    from storage import register
    from storage.backups import _log_head_entry, list_backups

    numbered = {entry.number: entry.hash for entry in entries}
    last = max(numbered, default=0)
    problems: list[str] = []

    def check(number: int, head: str, since: str) -> str | None:
        if number not in numbered:
            if number > last:
                return _(
                    "the access log ends at entry {last}, but it reached entry {n} by {since}: "
                    "entries were cut off"
                ).format(last=last, n=number, since=since)
            return _("access log entry {n} is missing (it was there by {since})").format(
                n=number, since=since
            )
        if numbered[number] != head:
            return _(
                "access log entry {n} differs from the anchor kept at {since}: the chain was "
                "recomputed since"
            ).format(n=number, since=since)
        return None

    try:
        known = register.read_register(db_path)
    except register.RegisterDamaged as damage:
        if register_damage:
            problems.append(
                _("the erasure register {file} is damaged ({where})").format(
                    file=register.register_path(db_path), where=damage
                )
            )
        known = None
    for anchor in known.anchors if known is not None else []:
        found = check(anchor.number, anchor.head, anchor.at)
        if found is not None:
            problems.append(found)
            break
    # Backups taken before the log was last replaced tell the history that was lost then.
    reset = _parsed(known.resets[-1].at) if known is not None and known.resets else None
    for info in list_backups(db_path):
        head = _log_head_entry(info.path)
        if head is None or (reset is not None and info.taken_at < reset):
            continue
        found = check(head[0], head[1], _stamp(info.taken_at))
        if found is not None:
            problems.append(found)
            break
    return problems
