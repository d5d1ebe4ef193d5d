"""Learning that someone else changed the data, cheaply (no Qt: the window drives these).

- **SQLite** — :class:`DataVersionWatch`: ``PRAGMA data_version`` on a dedicated connection
  that never writes. SQLite changes the number whenever another connection (another window,
  the command line, this program's own repository) commits; reading it looks at the
  write-ahead log's index in shared memory, so polling it once a second costs microseconds and
  no disk I/O while nothing changes.
- **PostgreSQL** — :class:`ChangeListener`: ``LISTEN polku_changes`` on a dedicated psycopg 3
  connection (autocommit). Every write about a client sends ``NOTIFY polku_changes, '<client
  id>'`` from its own transaction (``storage.concurrency``), delivered only when it commits.
  :meth:`ChangeListener.wait` blocks: call it on a worker thread.

Neither says *what* changed beyond client ids: the window compares versions
(``Repository.client_stamp`` / ``client_versions``) to decide what to read again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pathways.errors import EnvironmentProblem
from pathways.i18n import _
from storage.concurrency import CHANNEL, EVERYTHING
from storage.database import Database

__all__ = ["EVERYTHING", "ChangeListener", "DataVersionWatch", "watch_for"]


class DataVersionWatch:
    """Polls a SQLite file's ``PRAGMA data_version``; :meth:`changed` says whether another
    connection committed since the last call. Use from one thread at a time."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=0.5
        )
        self._last = self._read()

    def _read(self) -> int | None:
        try:
            row = self._connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None  # busy or gone for a moment: ask again at the next tick
        return int(row[0]) if row else None

    def changed(self) -> bool:
        now = self._read()
        if now is None or now == self._last:
            return False
        self._last = now
        return True

    def close(self) -> None:
        self._connection.close()


class ChangeListener:
    """``LISTEN`` for changes on a PostgreSQL server through a connection of its own."""

    def __init__(self, database: Database) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(database.url)
        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self._connection = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            shown = url.render_as_string(hide_password=True)
            first = str(error).strip().splitlines()[0] if str(error).strip() else "?"
            raise EnvironmentProblem(
                _("polku: cannot follow changes in the database {url}: {reason}").format(
                    url=shown, reason=first.replace(url.password or "\0", "***")
                )
            ) from None

    def wait(self, timeout: float) -> list[str]:
        """The client ids announced within *timeout* seconds (``"*"``: many at once), as
        soon as the first arrives; [] when none did. Raises ``psycopg.Error`` when the
        connection is lost."""
        payloads = [n.payload for n in self._connection.notifies(timeout=timeout, stop_after=1)]
        if payloads:
            # Gather what the same burst of commits sent right after.
            payloads += [n.payload for n in self._connection.notifies(timeout=0.05)]
        return list(dict.fromkeys(payloads))

    def close(self) -> None:
        self._connection.close()


def watch_for(database: Database) -> DataVersionWatch | ChangeListener | None:
    """The way to follow changes of *database*: a poller (SQLite), a listener (PostgreSQL),
    or None (another kind of server)."""
    if database.path is not None:
        return DataVersionWatch(database.path)
    if database.engine.dialect.name == "postgresql":
        return ChangeListener(database)
    return None
