"""What the window's trust features share: who is working, background jobs, times and messages.

The trust features (``ui.backups``, ``ui.access_log``, ``ui.erasure``, ``ui.single_instance``)
are about the data's safety, so they share a few contracts:

- **Who.** The window's repository writes every view and change under :func:`window_actor`:
  the operating-system account and the worker's name from the Settings (``$POLKU_WORKER`` when
  the Settings name nobody). The window sets it again whenever the name changes.
- **Off the GUI thread.** Backups, restores, erasures and exports run on
  :func:`ui.jobs.run_job`; those that change the database file (backup, restore, erase) with
  ``writes_file=True``, so that they run one after the other and never overlap.
- **Messages without personal data.** :func:`message_of` turns an error into words for people:
  a Polku error's own lines (written to name files and ids, never values), anything else by its
  kind alone.

Privacy of the window's own state: the settings (QSettings) hold the language, the worker's
name and the window's layout — never a client's id, name or a folder chosen for an export
(a folder's name may name a person). The exception hook (``ui.app``) shows the kind of an
unexpected error only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from storage.audit import Actor


def tr(text: str) -> str:
    return QCoreApplication.translate("trust", text)


# --- Who is working ------------------------------------------------------------------------------


def window_actor(worker_name: str) -> Actor:
    """The access log's *who* for the window: this account and *worker_name* (from the
    Settings), or ``$POLKU_WORKER`` when the Settings name nobody."""
    from storage.audit import Actor

    current = Actor.current()
    return Actor(current.os_user, worker_name.strip() or current.worker)


def use_worker_name(repository: Any, worker_name: str) -> None:
    """Make *repository* write its next entries under *worker_name*."""
    if repository is not None and hasattr(repository, "actor"):
        repository.actor = window_actor(worker_name)


# --- A busy indication ---------------------------------------------------------------------------


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A window-modal busy indication (no cancel: the work cannot stop half-way); shown at once,
    closed by the caller when the job reports."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(tr("Polku"))
    dialog.setAccessibleName(text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    dialog.show()
    return dialog


# --- Words ---------------------------------------------------------------------------------------


def local_time_text(moment: dt.datetime, *, seconds: bool = False) -> str:
    """A stored UTC moment in this computer's time, as people write it (15.1.2026 14:05)."""
    from pathways.i18n import format_date

    local = moment.astimezone()
    return (
        f"{format_date(local.date())} {local:%H:%M:%S}"
        if seconds
        else (f"{format_date(local.date())} {local:%H:%M}")
    )


def message_of(error: BaseException) -> str:
    """An error in words for people, without personal data: a Polku error's own lines (they name
    files and ids, never values), anything else by its kind."""
    from pathways.errors import PolkuError

    if isinstance(error, PolkuError):
        lines = [line.removeprefix("polku: ") for line in error.lines]
        text = "\n".join(line[:1].upper() + line[1:] for line in lines if line)
        return text if text.endswith((".", "!", "?")) else text + "."
    return tr("Something went wrong (%1). Nothing was changed.").replace("%1", type(error).__name__)
