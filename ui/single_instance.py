"""One program, one database: a second window on the same database brings the first to the front.

The first Polku window on a database listens on a local socket (``QLocalServer``) whose name is
derived from a hash of the database and of the user's account, so that two users of one
computer, or one user with two databases, never meet; on Unix the socket lives in a folder of
the user's alone, so that another user cannot take the name first and block the window. A
second ``python main.py`` on the same database connects, sends ``raise`` and exits 0; the
first raises and activates its window.

A name left behind by a window that crashed (on Unix a socket file nobody listens on) is found
by a failed connection and removed (``QLocalServer.removeServer``) before listening again.
``--screenshot`` (and the start-up probe) ignore the guard: they open, save and exit.

The name is derived without SQLAlchemy (the guard runs before the window paints):
:func:`database_key` follows ``storage.database.resolve_url`` and ``sqlite_path``, and a test
holds the two to the same answers.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

#: What a second program sends.
RAISE = b"raise\n"
#: How long a second program waits for the first to answer (milliseconds).
CONNECT_TIMEOUT_MS = 1000
ENVIRONMENT_VARIABLE = "POLKU_DB"  # as storage.database.ENVIRONMENT_VARIABLE


def _default_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path("Polku", appauthor=False) / "polku.sqlite3"


def database_key(target: str | None) -> str:
    """Which database *target* (``--db``, else ``$POLKU_DB``, else the default file) names: the
    absolute file of an SQLite database, or the URL of a database server."""
    chosen = target or os.environ.get(ENVIRONMENT_VARIABLE) or None
    if chosen is None:
        path = _default_path()
    elif "://" in chosen:
        prefix = "sqlite:///"
        if not chosen.startswith(prefix) or chosen[len(prefix) :] in ("", ":memory:"):
            return chosen
        path = Path(chosen[len(prefix) :].split("?", 1)[0])
    else:
        path = Path(chosen)
    return os.path.normcase(str(path.expanduser().resolve()))


def _account() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def server_name(target: str | None) -> str:
    """The local socket of the window on *target* for this user.

    On Unix a full path in a folder only this account can write (:func:`socket_folder`): a bare
    name would be a socket file in the shared ``/tmp``, where another local user could take
    the predictable name first and answer in our place — every window would then exit,
    thinking another was open. Elsewhere (Windows' named pipes) a name.
    """
    digest = hashlib.sha256(f"{_account()}\0{database_key(target)}".encode()).hexdigest()
    name = f"polku-{digest[:32]}"
    folder = socket_folder()
    return str(folder / name) if folder is not None else name


def _private_folder(folder: Path) -> bool:
    """Whether *folder* is (made) a real folder of this account's alone (0700)."""
    try:
        from pathways.files import make_private_folders

        make_private_folders(folder)  # Polku's data folder too, when it is made on the way
        found = os.lstat(folder)
        if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid():
            return False  # a symbolic link, or another account's folder
        if stat.S_IMODE(found.st_mode) & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        return False
    return True


def socket_folder() -> Path | None:
    """A folder for the guard's socket that no other account can write: the session's runtime
    folder, else Polku's data folder; None where sockets are not files (Windows)."""
    if os.name != "posix":
        return None
    import platformdirs

    candidates = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append(Path(runtime) / "polku")
    candidates.append(platformdirs.user_data_path("Polku", appauthor=False) / "run")
    for folder in candidates:
        # A socket's path must fit in sockaddr_un (108 bytes with the name).
        if len(str(folder)) < 60 and _private_folder(folder):
            return folder
    return None


class SingleInstance(QObject):
    """The guard of one database. :meth:`claim` once at start: True when this program is the
    first (it then listens), False when another was asked to come to the front."""

    #: A second program asked this one to show its window.
    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    @classmethod
    def for_database(cls, target: str | None, parent: QObject | None = None) -> SingleInstance:
        return cls(server_name(target), parent)

    def notify_first(self) -> bool:
        """Ask a program listening under this name to come to the front; whether one did."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    def _listen(self) -> bool:
        server = QLocalServer(self)
        # Only this account may connect (Unix: the socket file is the user's alone).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._connected)
        self.server = server
        return True

    def claim(self) -> bool:
        """Become the one window on this database, or hand over to the one that is."""
        if self.notify_first():
            return False
        if self._listen():
            return True
        if self.notify_first():  # another started listening between the two calls
            return False
        # Nobody answers under the name: left by a program that crashed.
        QLocalServer.removeServer(self.name)
        if not self._listen():
            print(
                "polku: could not watch for a second window on this database; continuing",
                file=sys.stderr,
            )
        return True

    @Slot()
    def _connected(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                break
            # Bound slots, not lambdas holding the socket: the server owns its sockets.
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if data.startswith(RAISE.strip()):
            self.raise_requested.emit()

    def close(self) -> None:
        """Stop listening (the name is free for the next window)."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None


def bring_to_front(window: QWidget) -> None:
    """Show *window* over the others: restored if minimised, raised and activated."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
