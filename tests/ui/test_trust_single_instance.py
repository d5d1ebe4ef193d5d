"""One program, one database: a second window on the same database brings the first to the
front and exits 0; a name left by a crashed window is taken over."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from storage.database import sqlite_path
from ui.single_instance import SingleInstance, database_key, server_name

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "target",
    ["polku.sqlite3", "./data/../polku.sqlite3", "~/polku.sqlite3", None, "sqlite:///{tmp}/x.db"],
)
def test_the_key_is_the_file_storage_opens(
    target: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if target is not None:
        target = target.format(tmp=tmp_path)
    assert database_key(target) == os.path.normcase(str(sqlite_path(target)))


def test_the_key_follows_polku_db_and_keeps_a_server_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLKU_DB", str(tmp_path / "env.sqlite3"))
    assert database_key(None) == str(tmp_path / "env.sqlite3")
    url = "postgresql+psycopg://polku@db.example/polku"
    assert database_key(url) == url
    assert server_name(str(tmp_path / "a.sqlite3")) != server_name(str(tmp_path / "b.sqlite3"))
    assert server_name("a.sqlite3") == server_name(str(Path("a.sqlite3").resolve()))


def test_the_second_claim_raises_the_first(qtbot: Any, tmp_path: Path) -> None:
    name = server_name(str(tmp_path / "polku.sqlite3"))
    first = SingleInstance(name)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert not SingleInstance(name).claim()
    finally:
        first.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a stale name is a socket file on Unix")
def test_a_name_left_by_a_crashed_window_is_taken_over(qtbot: Any, tmp_path: Path) -> None:
    name = server_name(str(tmp_path / "polku.sqlite3"))
    stale = Path(QDir.tempPath()) / name
    left = socket.socket(socket.AF_UNIX)
    left.bind(str(stale))  # bound, never listening: as a crashed program leaves it
    left.close()
    assert stale.exists()
    guard = SingleInstance(name)
    try:
        assert guard.claim()
        assert guard.server is not None and guard.server.isListening()
        with qtbot.waitSignal(guard.raise_requested, timeout=5000):
            assert not SingleInstance(name).claim()
    finally:
        guard.close()


def test_a_second_polku_on_the_same_database_asks_the_first_and_exits_0(
    qtbot: Any, tmp_path: Path
) -> None:
    db = tmp_path / "polku.sqlite3"
    received: list[bytes] = []
    server = QLocalServer()
    QLocalServer.removeServer(server_name(str(db)))
    assert server.listen(server_name(str(db)))

    def connected() -> None:
        while server.hasPendingConnections():
            peer: QLocalSocket = server.nextPendingConnection()
            peer.readyRead.connect(lambda peer=peer: received.append(bytes(peer.readAll().data())))

    server.newConnection.connect(connected)
    started = time.monotonic()
    second = subprocess.Popen(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--db", str(db), "--lang", "en"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        if second.poll() is None:
            second.kill()
        out, err = second.communicate()
        server.close()
    assert second.returncode == 0, err
    assert time.monotonic() - started < 30
    qtbot.waitUntil(lambda: b"".join(received).startswith(b"raise"), timeout=5000)
    assert "already open" in out
    assert not db.exists()  # the second never opened the database


@pytest.mark.skipif(sys.platform == "win32", reason="sockets are files on Unix")
def test_another_user_cannot_take_the_name_first(qtbot: Any, tmp_path: Path) -> None:
    """The socket lives in a folder of this account's alone: a listener another local user
    put on the predictable name in the shared temporary folder is never asked."""
    name = server_name(str(tmp_path / "polku.sqlite3"))
    folder = Path(name).parent
    assert Path(name).is_absolute() and folder != Path(QDir.tempPath())
    assert folder.stat().st_uid == os.getuid() and folder.stat().st_mode & 0o077 == 0
    squatter = QLocalServer()
    bare = Path(name).name  # what the name would be in /tmp, guessable by anyone
    QLocalServer.removeServer(bare)
    assert squatter.listen(bare)
    guard = SingleInstance(name)
    try:
        assert guard.claim()  # not fooled into handing over to the squatter
        assert not squatter.hasPendingConnections()
    finally:
        guard.close()
        squatter.close()


def test_the_guard_s_folder_leaves_polku_s_data_folder_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a runtime folder the socket lives in Polku's data folder, made on the way: that
    folder, which will hold the database, is 0700 too — not the umask's 0755."""
    import shutil
    import stat
    import tempfile

    from ui.single_instance import socket_folder

    short = Path(tempfile.mkdtemp(prefix="pk", dir="/tmp"))  # a socket's path must be short
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(short / "data"))
    previous = os.umask(0o022)
    try:
        folder = socket_folder()
    finally:
        os.umask(previous)
    assert folder is not None and folder.parent.name == "Polku"
    try:
        for made in (folder, folder.parent, short / "data"):
            assert stat.S_IMODE(made.stat().st_mode) == 0o700, made
    finally:
        shutil.rmtree(short)
