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
import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence
from datetime import date
from typing import Protocol, cast, overload

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from pathways.catalogue import ServiceCatalogue
from pathways.edits import ClientEdit, InPathway, MoveSteps, PathwayEdit
from pathways.errors import PolkuError
from pathways.i18n import current_language
from pathways.model import AgreedVersion, Client, Pathway
from pathways.rebase import NoLongerApplies, rebase
from storage.concurrency import ClientStamp, ConflictError
from ui.commands import DetailsCommand, EditCommand, NudgeCommand

log = logging.getLogger(__name__)


class PathwayRepository(Protocol):
    """What the editor needs of ``storage.repository.Repository``."""

    def catalogue(self) -> ServiceCatalogue: ...

    def load_client(self, client_id: str, *, refresh: bool = False) -> Client | None: ...

    def client_stamp(self, client_id: str) -> ClientStamp | None: ...

    def save_client_details(self, client: Client) -> int: ...

    def save_pathways(
        self,
        client_id: str,
        pathways: Sequence[Pathway],
        *,
        removed: Sequence[str] = (),
        version: int | None = None,
    ) -> int: ...

    def keep_as_agreed(
        self,
        client_id: str,
        pathway_id: str | None = None,
        *,
        meeting_id: str | None = None,
        on: dt.date | None = None,
        note: str | None = None,
        expected_version: int | None = None,
    ) -> tuple[AgreedVersion, int]: ...


def details_of(client: Client) -> Client:
    """A deep copy of the client's details, without the pathways."""
    return copy.deepcopy(dataclasses.replace(client, pathways=[]))


def _take_details(target: Client, details: Client) -> None:
    """Copy every detail of *details* into *target*, leaving target's id and pathways."""
    for field in dataclasses.fields(Client):
        # Agreed versions are no detail: they are kept, never edited (keep_as_agreed).
        if field.name in ("id", "pathways", "version", "agreed_versions"):
            continue
        setattr(target, field.name, copy.deepcopy(getattr(details, field.name)))


#: How many times one edit is re-based on a fresh client before the document gives up (each
#: round means another worker saved in the few milliseconds between reload and save).
MAX_REBASES = 3

def _detail_fields() -> list[str]:
    """The client's own fields a details edit changes (all but id, pathways and version)."""
    skipped = ("id", "pathways", "version", "agreed_versions")
    return [f.name for f in dataclasses.fields(Client) if f.name not in skipped]


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
    #: Something the user should know that is not an error, in one sentence: another worker's
    #: change arrived, or the user's edit was added to another worker's change.
    notice = Signal(str)
    #: The client is no longer in the database (another worker removed or erased it). The
    #: message is for people; the document holds the last state it knew, read-only.
    client_removed = Signal(str)
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
        self._removed = False
        self._prune_scheduled = False

    @property
    def client(self) -> Client:
        return self._client

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def repository(self) -> PathwayRepository:
        return self._repository

    @property
    def removed(self) -> bool:
        """Whether another worker removed the client from the database meanwhile."""
        return self._removed

    def pathway(self, pathway_id: str) -> Pathway | None:
        return next((p for p in self._client.pathways if p.id == pathway_id), None)

    # --- Changing the client (each through an undoable command) -------------------------------

    def edit_details(self, details: Client, label: str, base: Client | None = None) -> None:
        """Make the client's details (not the pathways) those of *details*, undoably.

        *base*: the details a form was opened with. Then only the fields the form changed
        (base → details) are written, onto the details as they are now — another worker's
        change of other fields that arrived while the form was open stays — and a field the
        other worker changed too is refused in words (``edit_failed``), nothing written.
        """
        if details.id != self._client.id:
            raise ValueError("edit_details() keeps the client's id")
        if base is not None:
            changed = [f for f in _detail_fields() if getattr(base, f) != getattr(details, f)]
            now = self._client
            if any(getattr(now, f) not in (getattr(base, f), getattr(details, f)) for f in changed):
                self._last_ok = False
                self.edit_failed.emit(self._details_clash_message(None))
                return
            merged = details_of(now)
            for name in changed:
                setattr(merged, name, copy.deepcopy(getattr(details, name)))
            details = merged
        self._undo_stack.push(
            DetailsCommand(self, details_of(self._client), details_of(details), label)
        )
        self._prune_now()

    @overload
    def apply(self, edit: ClientEdit, label: str) -> bool: ...

    @overload
    def apply(self, edit: PathwayEdit, label: str, pathway_id: str) -> bool: ...

    def apply(
        self, edit: ClientEdit | PathwayEdit, label: str, pathway_id: str | None = None
    ) -> bool:
        """Apply an edit as one undoable command and save it; True if it reached the database.

        *edit* is a client edit (``InPathway``, ``AddPathway``, ``ClientCompound``…) or a
        pathway edit together with the *pathway_id* it is for.
        """
        # The overloads pair them; the two protocols cannot be told apart at run time.
        whole = (
            InPathway(pathway_id, cast(PathwayEdit, edit))
            if pathway_id is not None
            else cast(ClientEdit, edit)
        )
        self._undo_stack.push(EditCommand(self, whole, label))
        self._prune_now()
        return self._last_ok  # set by the command's first redo, which push() runs

    def nudge(self, pathway_id: str, move: MoveSteps, label: str) -> bool:
        """Move cards by a keyboard nudge; consecutive nudges merge into one undo step."""
        self._undo_stack.push(NudgeCommand(self, pathway_id, move, label))
        self._prune_now()
        return self._last_ok

    # --- Others' changes ----------------------------------------------------------------------

    def refresh(self) -> bool:
        """Show what another worker changed: compare the stored version with the one held and,
        when it moved on, read the client again (logged as nothing: its opening was logged),
        keeping the views' selection. True when the client changed. Cheap when nothing did
        (one indexed read). Database failures are left to the next call (False)."""
        if self._removed:
            return False
        try:
            stamp = self._repository.client_stamp(self._client.id)
            if stamp is not None and stamp.version == self._client.version:
                return False
            fresh = (
                self._repository.load_client(self._client.id, refresh=True)
                if stamp is not None
                else None
            )
        except PolkuError:
            return False
        if fresh is None:
            self._lose_client(self.tr("Someone else removed this client from the database."))
            return True
        if fresh.version == self._client.version:
            return False
        self._take_fresh(fresh)
        self._announce_reload()
        if stamp is not None:
            self.notice.emit(
                self.tr("Updated by %1 at %2.")
                .replace("%1", stamp.changed_by or "?")
                .replace("%2", _clock(stamp.changed_at))
            )
        return True

    # --- What the commands call ----------------------------------------------------------------

    def perform(self, edit: ClientEdit) -> ClientEdit | None:
        """Apply *edit* to the client and save what it touched; the edit as made (re-based when
        another worker changed the client meanwhile), or None (and the client as it was, or
        as the other worker left it) if that failed. Called by the undo commands only."""
        if self._removed:
            self._last_ok = False
            self.edit_failed.emit(self.tr("This client is no longer in the database."))
            return None
        try:
            edit.apply(self._client)
        except Exception:
            # Made for a state that another worker's change has moved on (an undo after a
            # refresh): the same change on the state now, when it still makes sense.
            rebased = self._rebased_here(edit, None)
            if rebased is None:
                return None
            edit = rebased
        reloaded: ConflictError | None = None
        rounds = 0
        while True:
            try:
                self._save_pathways(edit.touched())
                break
            except ConflictError as conflict:
                edit.inverse().apply(self._client)
                rounds += 1
                fresh = self._fresh_after(conflict)
                if fresh is None or rounds > MAX_REBASES:
                    return None
                reloaded = conflict
                self._take_fresh(fresh)
                rebased = self._rebased_here(edit, conflict)
                if rebased is None:
                    self._announce_reload()
                    return None
                edit = rebased
            except Exception as error:
                edit.inverse().apply(self._client)
                if reloaded is not None:
                    self._announce_reload()
                self._last_ok = False
                self.edit_failed.emit(self._failure_message(error))
                return None
        self._last_ok = True
        if reloaded is not None:
            self._announce_reload()
            self.notice.emit(self._added_message(reloaded))
            return edit
        if edit.changes_list:
            self.pathways_changed.emit()
        for pathway_id in edit.touched():
            if self.pathway(pathway_id) is not None:
                self.pathway_changed.emit(pathway_id)
        self.edit_applied.emit(edit.touched())
        return edit

    def perform_details(self, details: Client, previous: Client) -> bool:
        """Change the client's details from *previous* to *details* and save them; on failure
        leave them as they were. Only the fields that differ between the two are written, onto
        the details as they are now, so a change another worker made to other fields stays
        (also when undoing). Called by the undo commands only."""
        if self._removed:
            self._last_ok = False
            self.edit_failed.emit(self.tr("This client is no longer in the database."))
            return False
        fields = [f for f in _detail_fields() if getattr(previous, f) != getattr(details, f)]
        reloaded: ConflictError | None = None
        rounds = 0
        while True:
            clash = next(
                (
                    f
                    for f in fields
                    if getattr(self._client, f) not in (getattr(previous, f), getattr(details, f))
                ),
                None,
            )
            if clash is not None:
                if reloaded is not None:
                    self._announce_reload()
                self._last_ok = False
                self.edit_failed.emit(self._details_clash_message(reloaded))
                return False
            kept = {f: copy.deepcopy(getattr(self._client, f)) for f in fields}
            for f in fields:
                setattr(self._client, f, copy.deepcopy(getattr(details, f)))
            try:
                self._hold_version(self._repository.save_client_details(self._client))
                break
            except ConflictError as conflict:
                for f, value in kept.items():
                    setattr(self._client, f, value)
                rounds += 1
                fresh = self._fresh_after(conflict)
                if fresh is None or rounds > MAX_REBASES:
                    return False
                reloaded = conflict
                self._take_fresh(fresh)
            except Exception as error:
                for f, value in kept.items():
                    setattr(self._client, f, value)
                if reloaded is not None:
                    self._announce_reload()
                self._last_ok = False
                self.edit_failed.emit(self._failure_message(error))
                return False
        self._last_ok = True
        if reloaded is not None:
            self._announce_reload()
            self.notice.emit(self._added_message(reloaded, details=True))
            return True
        self.details_changed.emit()
        return True

    # --- Conflicts ----------------------------------------------------------------------------

    def _fresh_after(self, conflict: ConflictError) -> Client | None:
        """The client as stored now, after *conflict*; None (told) when it is gone or cannot
        be read."""
        try:
            fresh = (
                None
                if conflict.removed
                else self._repository.load_client(self._client.id, refresh=True)
            )
        except PolkuError as error:
            self._last_ok = False
            self.edit_failed.emit(self._failure_message(error))
            return None
        if fresh is None:
            self._lose_client(
                self.tr(
                    "Someone else removed this client from the database; your change was not "
                    "saved."
                )
            )
            return None
        return fresh

    def _rebased_here(self, edit: ClientEdit, conflict: ConflictError | None) -> ClientEdit | None:
        """*edit* re-based on the client as held now and applied to it; None (told, the undo
        stack pruned) when it no longer applies."""
        try:
            rebased = rebase(edit, self._client)
            rebased.apply(self._client)
        except NoLongerApplies as why:
            self._last_ok = False
            self.edit_failed.emit(self._no_longer_message(conflict, why))
            self._schedule_prune()
            return None
        except Exception:  # never lose data over a bug in re-basing
            log.exception("edit %r could not be re-based", edit)
            self._last_ok = False
            self.edit_failed.emit(self.tr("The change could not be made. Nothing was changed."))
            return None
        return rebased

    def _take_fresh(self, fresh: Client) -> None:
        """Hold *fresh* (read from the database) in place of the client, in the same object,
        so views that hold the client see it."""
        for name in (*_detail_fields(), "version", "agreed_versions"):
            setattr(self._client, name, getattr(fresh, name))
        self._client.pathways[:] = fresh.pathways
        self._schedule_prune()

    def _announce_reload(self) -> None:
        """Tell the views that everything may have changed (they keep their selection)."""
        self.pathways_changed.emit()
        self.details_changed.emit()
        ids = [p.id for p in self._client.pathways]
        for pathway_id in ids:
            self.pathway_changed.emit(pathway_id)
        self.edit_applied.emit(ids)

    def _lose_client(self, message: str) -> None:
        self._removed = True
        self._last_ok = False
        self._undo_stack.clear()
        self.client_removed.emit(message)
        self.edit_failed.emit(message)

    # --- The undo stack after another worker's change ----------------------------------------

    def _schedule_prune(self) -> None:
        """Drop, once the current command has finished, the undo steps that can no longer be
        undone on the client as it is now (QUndoStack must not change inside its own call)."""
        if not self._prune_scheduled:
            self._prune_scheduled = True
            QTimer.singleShot(0, self._prune_now)

    def _prune_now(self) -> None:
        if not self._prune_scheduled or self._removed:
            return
        self._prune_scheduled = False
        stack = self._undo_stack
        scratch = dataclasses.replace(
            copy.deepcopy(details_of(self._client)),
            pathways=[p.copy() for p in self._client.pathways],
        )
        keep_from = 0
        for index in range(stack.index() - 1, -1, -1):
            if not _undoes_on(stack.command(index), scratch):
                keep_from = index + 1
                break
        if keep_from == 0 and stack.index() == stack.count():
            return
        kept = [stack.command(i) for i in range(keep_from, stack.index())]
        # Every command kept passed _undoes_on, which knows only these two kinds.
        rebuilt = [
            command.done_copy()
            for command in kept
            if isinstance(command, EditCommand | DetailsCommand)
        ]
        stack.clear()
        for command in rebuilt:
            stack.push(command)
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
            version, client_version = self._repository.keep_as_agreed(
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

    def _who_when(self, conflict: ConflictError | None) -> tuple[str, str]:
        if conflict is None:
            return "?", "?"
        return conflict.changed_by or "?", _clock(conflict.changed_at)

    def _added_message(self, conflict: ConflictError, *, details: bool = False) -> str:
        who, when = self._who_when(conflict)
        if details:
            text = self.tr("%1 changed this client at %2; your change was added to theirs.")
        else:
            text = self.tr("%1 changed this pathway at %2; your change was added to theirs.")
        return text.replace("%1", who).replace("%2", when)

    def _details_clash_message(self, conflict: ConflictError | None) -> str:
        who, when = self._who_when(conflict)
        if conflict is None:
            return self.tr(
                "Someone else has changed the same details since; your change was not saved."
            )
        return (
            self.tr("%1 changed the same details at %2; your change was not saved.")
            .replace("%1", who)
            .replace("%2", when)
        )

    def _no_longer_message(self, conflict: ConflictError | None, why: NoLongerApplies) -> str:
        subject = self._subject_name(why)
        if conflict is None:
            return self.tr(
                "The change to %1 no longer fits what another worker saved; it was not made."
            ).replace("%1", subject)
        who, when = self._who_when(conflict)
        return (
            self.tr("%1 changed this pathway at %2; your change to %3 no longer fits, so it "
                    "was not saved.")
            .replace("%1", who)
            .replace("%2", when)
            .replace("%3", subject)
        )

    def _subject_name(self, why: NoLongerApplies) -> str:
        """How a message names what the edit was about: step “…”, pathway “…”."""
        def step_name(step_id: str) -> str:
            for pathway in self._client.pathways:
                if pathway.has_step(step_id):
                    step = pathway.step(step_id)
                    if step.title:
                        return step.title
                    service = self._catalogue().get(step.service)
                    return service.name(current_language()) if service else step.service
            return step_id

        if why.kind == "step":
            name = step_name(str(why.subject))
            if why.step is not None and name == why.step.id:  # gone: named as the edit knew it
                service = self._catalogue().get(why.step.service)
                name = why.step.title or (
                    service.name(current_language()) if service else why.step.service
                )
            return self.tr("step “%1”").replace("%1", name)
        if why.kind == "transition" and isinstance(why.subject, tuple):
            return (
                self.tr("the transition from “%1” to “%2”")
                .replace("%1", step_name(why.subject[0]))
                .replace("%2", step_name(why.subject[1]))
            )
        pathway = self.pathway(str(why.subject)) if why.subject is not None else None
        title = pathway.title if pathway is not None else str(why.subject or "")
        return self.tr("pathway “%1”").replace("%1", title)

    def _catalogue(self) -> ServiceCatalogue:
        try:
            return self._repository.catalogue()
        except Exception:
            return ServiceCatalogue()


def _clock(moment: dt.datetime | None) -> str:
    """A moment as people read it on the clock here: 10.42."""
    if moment is None:
        return "?"
    return moment.astimezone().strftime("%H.%M")


def _undoes_on(command: QUndoCommand, scratch: Client) -> bool:
    """Whether undoing *command* still works on *scratch* (and, if so, undo it there)."""
    if isinstance(command, DetailsCommand):
        before, after = command.before, command.after
        for name in _detail_fields():
            if getattr(before, name) == getattr(after, name):
                continue
            if getattr(scratch, name) not in (getattr(before, name), getattr(after, name)):
                return False
            setattr(scratch, name, copy.deepcopy(getattr(before, name)))
        return True
    if isinstance(command, EditCommand):
        try:
            rebase(command.edit.inverse(), scratch).apply(scratch)
        except Exception:
            return False
        return True
    return False
