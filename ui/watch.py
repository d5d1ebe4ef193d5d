"""Others' changes appear by themselves: the window's side of ``storage.watch``.

:class:`DatabaseWatcher` emits :attr:`DatabaseWatcher.changed` (a list of client ids; empty:
"something, ask") on the GUI thread within about a second of another worker's commit:

- SQLite: a ``QTimer`` polls ``PRAGMA data_version`` every :data:`POLL_MS` on the GUI thread
  (microseconds, no disk I/O while nothing changes);
- PostgreSQL: a daemon thread waits on ``LISTEN`` (psycopg 3) and hands the client ids over by
  a queued signal; it reconnects after a lost connection, every :data:`RETRY_S` seconds.

The main window then compares stored versions with what it holds and reads again only what
moved (``ClientDocument.refresh``, ``ClientList.follow_changes``), keeping selection, zoom and
scroll. Nothing here touches a widget from the listener thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

#: How often SQLite's data_version is read (changes show within this, plus the re-read).
POLL_MS = 1000
#: How long the listener thread waits for a notification before looking at its stop flag.
WAIT_S = 1.0
#: How long after a lost server connection the listener tries again.
RETRY_S = 5.0


class DatabaseWatcher(QObject):
    """Follows commits by others on *database* (a ``storage.database.Database``)."""

    #: Client ids that changed; an empty list means "something changed, compare versions".
    changed = Signal(list)
    #: Internal: the listener thread's news, queued to the GUI thread.
    _heard = Signal(list)

    def __init__(self, database: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._poller: Any = None
        self._timer: QTimer | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._heard.connect(self.changed.emit)
        if getattr(database, "path", None) is not None:
            from storage.watch import DataVersionWatch

            self._poller = DataVersionWatch(database.path)
            self._timer = QTimer(self)
            self._timer.setInterval(POLL_MS)
            self._timer.timeout.connect(self._poll)
            self._timer.start()
        elif database.engine.dialect.name == "postgresql":
            self._thread = threading.Thread(
                target=self._listen, name="polku-listen", daemon=True
            )
            self._thread.start()

    @property
    def active(self) -> bool:
        return self._timer is not None or self._thread is not None

    def _poll(self) -> None:
        if self._poller is not None and self._poller.changed():
            self.changed.emit([])

    def _listen(self) -> None:
        """The listener thread: LISTEN, wait, hand over; reconnect when the server goes."""
        from storage.watch import ChangeListener

        listener: ChangeListener | None = None
        while not self._stop.is_set():
            try:
                if listener is None:
                    listener = ChangeListener(self._database)
                    if self._stop.is_set():
                        break
                    self._heard.emit([])  # (re)connected: whatever happened meanwhile
                ids = listener.wait(WAIT_S)
            except Exception as error:  # the server went away: say nothing, try again later
                log.info("listening for changes failed: %s", type(error).__name__)
                if listener is not None:
                    with contextlib.suppress(Exception):
                        listener.close()
                listener = None
                self._stop.wait(RETRY_S)
                continue
            if ids and not self._stop.is_set():
                try:
                    self._heard.emit(ids)
                except RuntimeError:  # the window went away meanwhile
                    break
        if listener is not None:
            with contextlib.suppress(Exception):
                listener.close()

    def stop(self) -> None:
        """Stop watching (the window closes, or uses another database)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._poller is not None:
            self._poller.close()
            self._poller = None
        if self._thread is not None:
            # The daemon thread sees the flag within WAIT_S and closes its connection itself;
            # the window does not wait for it (closing must not freeze).
            self._stop.set()
            self._thread = None
