"""One open client: its domain Client, its QUndoStack and the repository every edit is saved to.

Ownership: the document owns the :class:`~pathways.model.Client` it was given and is the only
code that changes it. Every change goes through the undo stack as a command of
``ui.commands``; the command asks the document to apply an edit, and the document writes what
changed to the database **at once**, in one transaction per edit
(``Repository.save_pathways`` or ``save_client_details``, at the client's version the document
holds), before it tells anyone. There is no save button: when the program stops, nothing is
lost.

If the database refuses a change, the document puts the client back exactly as it was (memory
and database agree again), emits :attr:`ClientDocument.edit_failed` with a message for people,
and the command drops itself from the stack.

Views never change the client directly: they read ``document.client`` and follow the signals
(``pathway_changed`` for one pathway's steps and transitions, ``pathways_changed`` for the list
of pathways and their titles and statuses, ``details_changed`` for the rest).

GUI thread only. Every save is one small transaction (milliseconds on a local SQLite file), so
nothing here blocks the window noticeably.
"""

from __future__ import annotations

import copy
import ctypes
import dataclasses
import logging
import sys
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pathways.catalogue import ServiceCatalogue
from pathways.edits import ClientEdit, InPathway, MoveSteps, PathwayEdit
from pathways.errors import PolkuError
from pathways.model import AgreedVersion, Client, Pathway
from ui.commands import DetailsCommand, EditCommand, NudgeCommand

log = logging.getLogger(__name__)


def protect_none_from_binding_bug() -> bool:
    """Work around PySide6 wheels that drop a reference to ``None`` on every call of a method
    that returns nothing (seen with PySide6 6.12.0 on CPython 3.11: ``setPos``, ``setText``,
    every ``QPainter.draw…``). On CPython before 3.12 ``None`` is reference-counted, so after
    some tens of thousands of such calls — a few repaints of a large pathway — the process
    aborts with "none_dealloc: deallocating None". From 3.12 on ``None`` is immortal and the
    bug is harmless; this does what 3.12 does. It probes first and changes nothing unless the
    bug is there. Returns whether it had to act. Process-wide; safe to call more than once.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")  # returns void
    if sys.getrefcount(None) >= before:
        return False
    # ob_refcnt is the first field of every CPython object: make it too large to run out.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


protect_none_from_binding_bug()


class PathwayRepository(Protocol):
    """What the editor needs of ``storage.repository.Repository``."""

    def catalogue(self) -> ServiceCatalogue: ...

    def load_client(self, client_id: str, *, refresh: bool = False) -> Client | None: ...

    def save_client_details(self, client: Client) -> int: ...

    def save_pathways(
        self,
        client_id: str,
        pathways: Sequence[Pathway],
        *,
        removed: Sequence[str] = (),
        version: int | None = None,
    ) -> int: ...


def details_of(client: Client) -> Client:
    """A deep copy of the client's details, without the pathways."""
    return copy.deepcopy(dataclasses.replace(client, pathways=[]))


def _take_details(target: Client, details: Client) -> None:
    """Copy every detail of *details* into *target*, leaving target's id and pathways."""
    for field in dataclasses.fields(Client):
        if field.name in ("id", "pathways", "version"):
            continue
        setattr(target, field.name, copy.deepcopy(getattr(details, field.name)))


class ClientDocument(QObject):
    """One open client: its domain Client, its QUndoStack, and the repository it saves to."""

    details_changed = Signal()  # client details (team, consents, …) changed
    pathway_changed = Signal(str)  # one pathway's content changed (pathway id)
    pathways_changed = Signal()  # pathways added/removed/renamed/activated
    #: A change could not be saved; the client is as it was. The message is for people.
    edit_failed = Signal(str)
    #: After every applied edit (do, undo or redo), once: the ids of the pathways it touched,
    #: in order (after the pathway_changed / pathways_changed signals of that edit).
    edit_applied = Signal(list)
    #: An agreed version of a pathway was kept (the pathway's id).
    versions_changed = Signal(str)

    def __init__(
        self, repository: PathwayRepository, client: Client, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._client = client
        self._undo_stack = QUndoStack(self)
        self._last_ok = True  # whether the last command's edit reached the database

    @property
    def client(self) -> Client:
        return self._client

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def repository(self) -> PathwayRepository:
        return self._repository

    def pathway(self, pathway_id: str) -> Pathway | None:
        return next((p for p in self._client.pathways if p.id == pathway_id), None)

    # --- Changing the client (each through an undoable command) -------------------------------

    def edit_details(self, details: Client, label: str) -> None:
        """Make the client's details (not the pathways) those of *details*, undoably."""
        if details.id != self._client.id:
            raise ValueError("edit_details() keeps the client's id")
        self._undo_stack.push(
            DetailsCommand(self, details_of(self._client), details_of(details), label)
        )

    def apply(
        self, edit: ClientEdit | PathwayEdit, label: str, pathway_id: str | None = None
    ) -> bool:
        """Apply an edit as one undoable command and save it; True if it reached the database.

        *edit* is a client edit (``InPathway``, ``AddPathway``, ``ClientCompound``…) or a
        pathway edit together with the *pathway_id* it is for.
        """
        if pathway_id is not None:
            edit = InPathway(pathway_id, edit)  # type: ignore[arg-type]
        self._undo_stack.push(EditCommand(self, edit, label))  # type: ignore[arg-type]
        return self._last_ok  # set by the command's first redo, which push() runs

    def nudge(self, pathway_id: str, move: MoveSteps, label: str) -> bool:
        """Move cards by a keyboard nudge; consecutive nudges merge into one undo step."""
        self._undo_stack.push(NudgeCommand(self, pathway_id, move, label))
        return self._last_ok

    # --- What the commands call ----------------------------------------------------------------

    def perform(self, edit: ClientEdit) -> bool:
        """Apply *edit* to the client and save what it touched; False (and the client as it
        was) if that failed. Called by the undo commands only."""
        try:
            edit.apply(self._client)
        except Exception:  # an edit made for another state: a bug, but never lose data over it
            log.exception("edit %r could not be applied", edit)
            self._last_ok = False
            self.edit_failed.emit(self.tr("The change could not be made. Nothing was changed."))
            return False
        try:
            self._save_pathways(edit.touched())
        except Exception as error:
            edit.inverse().apply(self._client)
            self._last_ok = False
            self.edit_failed.emit(self._failure_message(error))
            return False
        self._last_ok = True
        if edit.changes_list:
            self.pathways_changed.emit()
        for pathway_id in edit.touched():
            if self.pathway(pathway_id) is not None:
                self.pathway_changed.emit(pathway_id)
        self.edit_applied.emit(edit.touched())
        return True

    def perform_details(self, details: Client, previous: Client) -> bool:
        """Make the client's details *details* and save them; on failure go back to
        *previous*. Called by the undo commands only."""
        _take_details(self._client, details)
        try:
            self._hold_version(self._repository.save_client_details(self._client))
        except Exception as error:
            _take_details(self._client, previous)
            self._last_ok = False
            self.edit_failed.emit(self._failure_message(error))
            return False
        self._last_ok = True
        self.details_changed.emit()
        return True

    def keep_as_agreed(
        self,
        pathway_id: str,
        *,
        on: date | None = None,
        meeting_id: str | None = None,
        note: str | None = None,
    ) -> AgreedVersion | None:
        """Keep the pathway as it is now as an agreed version (``Repository.keep_as_agreed``),
        at the client's version this document holds, so that what is agreed is what the user
        sees. Not undoable: a version never changes once made. None (and ``edit_failed``) when
        the database refused."""
        try:
            version, client_version = self._repository.keep_as_agreed(  # type: ignore[attr-defined]
                self._client.id, pathway_id, meeting_id=meeting_id, on=on, note=note,
                expected_version=self._client.version,
            )
        except Exception as error:
            self.edit_failed.emit(self._failure_message(error))
            return None
        self._client.agreed_versions.append(version)
        self._hold_version(client_version)
        self.versions_changed.emit(pathway_id)
        return version

    def _save_pathways(self, touched: list[str]) -> None:
        """Write the touched pathways as they are now in one transaction (all or nothing),
        at the client's version this document holds; then hold the new version."""
        present = [p for p in (self.pathway(pid) for pid in touched) if p is not None]
        removed = [pid for pid in touched if self.pathway(pid) is None]
        version = self._repository.save_pathways(
            self._client.id, present, removed=removed, version=self._client.version
        )
        self._hold_version(version)
        if removed:  # the database deleted their agreed versions with them
            self._client.agreed_versions = [
                v for v in self._client.agreed_versions if v.pathway_id not in removed
            ]

    def _hold_version(self, version: int) -> None:
        """The client and every pathway of this document are now at *version*."""
        self._client.version = version
        for pathway in self._client.pathways:
            pathway.version = version

    def _failure_message(self, error: Exception) -> str:
        if isinstance(error, PolkuError):
            detail = " ".join(error.lines)
            return self.tr("The change was not saved: %1").replace("%1", detail)
        log.exception("saving failed", exc_info=error)
        return self.tr("The change was not saved because the database failed. Nothing was changed.")
