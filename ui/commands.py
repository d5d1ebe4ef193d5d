"""QUndoCommand wrappers around the domain's edits (``pathways.edits``).

The commands are thin: each holds the document it belongs to, an edit (ids and values) and a
readable label — never a QGraphicsItem, a widget or a database row. ``redo()`` and ``undo()``
ask the document to apply the edit or its inverse, which changes the client in memory, writes
the touched pathways to the database at once (one transaction each) and emits the document's
signals; the scene and the other views follow those signals.

If another worker changed the client meanwhile, the document re-bases the edit on the fresh
client (``pathways.rebase``) and the command keeps the edit as made. If the database refuses (a
conflict, a full disk) or the edit no longer applies, the document puts the client back as it
was and the command makes itself obsolete, so QUndoStack drops it (``push`` deletes a command that
is obsolete after its first ``redo``): what the stack holds is always what reached the database.

GUI thread only, like the QUndoStack that owns the commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from pathways.edits import ClientEdit, InPathway, MoveSteps
from pathways.model import Client

if TYPE_CHECKING:  # the document imports this module; only the type is needed here
    from ui.document import ClientDocument

#: QUndoCommand.id() of keyboard nudges: consecutive nudges of the same cards merge.
NUDGE_COMMAND_ID = 0x504F4C  # "POL"


class EditCommand(QUndoCommand):
    """One edit of the client's pathways, applied through the document.

    The edit kept is the one that was made: when the document had to re-base it on another
    worker's change, the re-based edit (so that undo takes back exactly that)."""

    def __init__(
        self, document: ClientDocument, edit: ClientEdit, label: str, *, done: bool = False
    ) -> None:
        super().__init__(label)
        self._document = document
        self._edit = edit
        #: Already applied and saved (a command carried over when the stack was pruned): the
        #: first redo, which QUndoStack.push runs, does nothing.
        self._skip_redo = done

    @property
    def edit(self) -> ClientEdit:
        return self._edit

    def done_copy(self) -> EditCommand:
        return EditCommand(self._document, self._edit, self.text(), done=True)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        made = self._document.perform(self._edit)
        if made is None:
            self.setObsolete(True)
        else:
            self._edit = made

    def undo(self) -> None:
        made = self._document.perform(self._edit.inverse())
        if made is None:
            self.setObsolete(True)
        else:
            self._edit = made.inverse()


class NudgeCommand(EditCommand):
    """A keyboard nudge of cards: consecutive nudges of the same cards are one undo step."""

    def __init__(
        self, document: ClientDocument, pathway_id: str, move: MoveSteps, label: str
    ) -> None:
        super().__init__(document, InPathway(pathway_id, move), label)
        self._pathway_id = pathway_id
        self._move = move

    def id(self) -> int:
        return NUDGE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NudgeCommand) or other._pathway_id != self._pathway_id:
            return False
        merged = self._move.merged_with(other._move)
        if merged is None:
            return False
        self._move = merged
        self._edit = InPathway(self._pathway_id, merged)
        if all(before == after for _sid, before, after in merged.moves):
            self.setObsolete(True)  # nudged back to where they were: nothing to undo
        return True

    def redo(self) -> None:
        super().redo()
        # A re-based nudge may have become another edit: it merges no more.
        edit = self._edit
        if isinstance(edit, InPathway) and isinstance(edit.edit, MoveSteps):
            self._move = edit.edit
        else:
            self._pathway_id = "\0"


class DetailsCommand(QUndoCommand):
    """A change of the client's details (everything but the pathways): before and after.

    The document writes only the fields that differ between the two, onto the details as
    they are then, so undoing after another worker's change keeps that change."""

    def __init__(
        self,
        document: ClientDocument,
        before: Client,
        after: Client,
        label: str,
        *,
        done: bool = False,
    ) -> None:
        super().__init__(label)
        self._document = document
        self._before = before
        self._after = after
        self._skip_redo = done

    @property
    def before(self) -> Client:
        return self._before

    @property
    def after(self) -> Client:
        return self._after

    def done_copy(self) -> DetailsCommand:
        return DetailsCommand(self._document, self._before, self._after, self.text(), done=True)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._document.perform_details(self._after, self._before):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._document.perform_details(self._before, self._after):
            self.setObsolete(True)
