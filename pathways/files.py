"""The one way Polku writes a file: private from the start, whole or not at all.

:func:`atomic_write` is used by every writer of the program (exports, prints, reports, the
access-request package, screenshots, backups): it lives here, in the lowest layer, so that
``pathways``, ``storage``, ``ui`` and ``main`` can all import it.

- The content goes to a temporary file **in the same folder** as the target (a rename across
  file systems is not atomic), named ``.polku-<random>.tmp`` — never after the target, whose
  name may name a person — created with mode 0600 (``O_EXCL``: never an existing file).
- The temporary file is locked (``flock``) while it is written, so that the clean-up of
  leftovers (:func:`remove_leftover`) never removes a file another program is still writing.
- When the writer is done: ``fsync``, then ``os.replace`` over the target, then ``fsync`` of
  the folder. A crash leaves either the old file or the new one, and at worst a temporary file.
- Each temporary file is announced by a small marker in the *pending* folder (set by
  ``storage`` when it opens a database: :func:`set_pending_folder`) and the marker is removed
  with it; a marker left by a crash leads the next open to the leftover wherever it is
  (:func:`sweep_pending`), also in folders outside Polku's (a print's, an export's).
- An existing target that the user may not write is not replaced: :class:`InputError` (exit 2).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from pathways.errors import EnvironmentProblem, InputError
from pathways.i18n import _

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows: an open file cannot be removed there anyway
    fcntl = None  # type: ignore[assignment]

#: Every temporary file Polku makes starts with this and ends with :data:`TEMP_SUFFIX`.
TEMP_PREFIX = ".polku-"
TEMP_SUFFIX = ".tmp"
#: SQLite's companions of a file (a temporary database may have them while it is written).
SIDECARS = ("-journal", "-wal", "-shm")

_pending: Path | None = None


def set_pending_folder(folder: Path | None) -> None:
    """Where markers of temporary files being written go (``storage`` sets it to a private
    folder beside the database); None: no markers."""
    global _pending
    _pending = folder


def temporary_name(target: Path, tag: str = "") -> Path:
    """A fresh temporary file name beside *target* (nothing is created)."""
    middle = f"{tag}-" if tag else ""
    return target.with_name(f"{TEMP_PREFIX}{middle}{uuid.uuid4().hex}{TEMP_SUFFIX}")


def is_temporary(path: Path) -> bool:
    """Whether *path* is named like one of Polku's temporary files."""
    return path.name.startswith(TEMP_PREFIX) and path.name.endswith(TEMP_SUFFIX)


def sync_folder(folder: Path) -> None:
    """Make a rename in *folder* durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def remove_with_sidecars(path: Path) -> None:
    """Remove *path* and any SQLite ``-journal``/``-wal``/``-shm`` beside it, quietly."""
    for suffix in ("", *SIDECARS):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def make_private_folders(folder: Path) -> None:
    """Create *folder* and every missing folder above it readable by this account alone (0700,
    whatever the umask). ``Path.mkdir(parents=True, mode=0o700)`` gives only the last folder
    that mode: Polku's data folder, made on the way to a sub-folder, would be left 0755."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for made in reversed(missing):
        with suppress(FileExistsError):  # another Polku made it just now
            made.mkdir(mode=0o700)
            os.chmod(made, 0o700)


def refuse_readonly_target(path: Path) -> None:
    """:class:`InputError` when *path* exists and may not be written by this user (it is not
    silently replaced by a rename, which only needs the folder to be writable)."""
    try:
        exists = path.exists()
    except OSError:
        return  # the write itself will say why
    # Mode bits too: a superuser may write anything, but a file marked read-only was meant so.
    if exists and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
        raise InputError(
            _("{file}: the file exists and is read-only; nothing was written").format(file=path)
        )
    if exists and path.is_dir():
        raise InputError(_("{file}: is a folder; nothing was written").format(file=path))


def _lock(descriptor: int) -> None:
    if fcntl is not None:
        with suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _marker(temporary: Path) -> Path | None:
    folder = _pending
    if folder is None:
        return None
    marker = folder / f"{uuid.uuid4().hex}.pending"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(str(temporary.resolve()))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        _unmark(marker)
        return None  # the write goes on; only the clean-up after a crash would miss it
    return marker


def _unmark(marker: Path | None) -> None:
    """Remove *marker*, and its folder once empty (so that no empty folder stays behind)."""
    if marker is None:
        return
    with suppress(OSError):
        marker.unlink()
    with suppress(OSError):
        marker.parent.rmdir()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def write_failure(path: Path, error: OSError) -> EnvironmentProblem:
    """One line for a file that could not be written (exit 1)."""
    import errno

    if getattr(error, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
        return EnvironmentProblem(
            _("polku: the disk is full; {file} was not written").format(file=path)
        )
    return EnvironmentProblem(
        _("polku: cannot write {file}: {reason}").format(
            file=path, reason=error.strerror or error
        )
    )


@contextmanager
def atomic_write(path: Path, *, tag: str = "") -> Iterator[Path]:
    """Yield a private (0600), empty, locked temporary file beside *path*; when the block ends
    normally it is synced and renamed over *path*, otherwise removed (with any SQLite
    companions). An :class:`OSError` becomes :class:`EnvironmentProblem` (exit 1) naming
    *path*; a read-only existing *path* is :class:`InputError` (exit 2) before anything is
    written."""
    path = Path(path)
    refuse_readonly_target(path)
    temporary = temporary_name(path, tag)
    marker = None
    descriptor = -1
    try:
        marker = _marker(temporary)
        descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        _lock(descriptor)
        yield temporary
        os.chmod(temporary, 0o600)  # a writer that recreated it went through the umask
        _fsync(temporary)
        os.replace(temporary, path)
        sync_folder(path.parent)
    except OSError as error:
        remove_with_sidecars(temporary)
        raise write_failure(path, error) from None
    except BaseException:
        remove_with_sidecars(temporary)
        raise
    finally:
        if descriptor >= 0:
            os.close(descriptor)
        _unmark(marker)


@contextmanager
def scratch(beside: Path, *, tag: str = "") -> Iterator[Path]:
    """Yield a private (0600), empty, locked temporary file beside *beside* for work in
    progress (a restore's staged copy); removed, with any SQLite companions, when the block
    ends, unless the block renamed it elsewhere."""
    temporary = temporary_name(Path(beside), tag)
    marker = _marker(temporary)
    descriptor = -1
    try:
        descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        _lock(descriptor)
        yield temporary
    finally:
        remove_with_sidecars(temporary)
        if descriptor >= 0:
            os.close(descriptor)
        _unmark(marker)


def write_bytes(path: Path, data: bytes) -> None:
    """*data* to *path* through :func:`atomic_write`."""
    with atomic_write(path) as temporary, temporary.open("r+b") as handle:
        handle.write(data)


def write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """*text* to *path* through :func:`atomic_write` (``\\n`` line ends everywhere)."""
    with atomic_write(path) as temporary, temporary.open("w", encoding=encoding,
                                                          newline="\n") as handle:
        handle.write(text)


def write_with(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """*path* written by *write(handle)* on a binary handle, through :func:`atomic_write`."""
    with atomic_write(path) as temporary, temporary.open("r+b") as handle:
        write(handle)


# --- Leftovers ----------------------------------------------------------------------------------


def in_use(path: Path) -> bool:
    """Whether another writer holds the lock of the temporary file *path* right now."""
    if fcntl is None:
        return False
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)  # also releases the lock just taken
    return False


def remove_leftover(path: Path) -> bool:
    """Remove the temporary file *path* (and its SQLite companions) unless it is being written;
    whether it is gone."""
    if in_use(path):
        return False
    remove_with_sidecars(path)
    return not path.exists()


def sweep_folder(folder: Path) -> list[Path]:
    """Remove the temporary files of interrupted writes in *folder*; the ones removed."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        path = folder / name
        if is_temporary(path) and remove_leftover(path):
            removed.append(path)
    return removed


def sweep_pending(folder: Path | None = None) -> list[Path]:
    """Follow the markers left by interrupted writes (in *folder*, default the pending folder)
    and remove their temporary files wherever they are; the files removed."""
    folder = folder or _pending
    if folder is None:
        return []
    removed: list[Path] = []
    try:
        markers = [folder / name for name in os.listdir(folder) if name.endswith(".pending")]
    except OSError:
        return []
    for marker in markers:
        try:
            temporary = Path(marker.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            continue
        if not is_temporary(temporary):
            with suppress(OSError):
                marker.unlink()  # not one of ours: never follow it
            continue
        if in_use(temporary):
            continue
        if temporary.exists():
            remove_with_sidecars(temporary)
            removed.append(temporary)
        with suppress(OSError):
            marker.unlink()
    return removed
