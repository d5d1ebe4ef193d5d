"""Re-basing an edit: the same change made again on a client someone else changed meanwhile.

A window holds a client in memory; its user's edit is an invertible operation of
:mod:`pathways.edits` made for that state. When the database refuses the save because another
worker changed the client (``storage.ConflictError``), the window reloads the client and asks
:func:`rebase` for the same change on the fresh state:

- an edit of fields (a step's, a transition's, a pathway's title or status, cards' positions)
  carries over the fields *this* user changed, as long as the other worker did not change the
  same field to something else — two people editing different fields of one step both win;
- adding carries over while the id or key is still free and the steps it needs are there;
- removing carries over while the thing is still there (removed as it is now, so that undoing
  it brings back the other worker's version).

What no longer applies raises :class:`NoLongerApplies`, naming the step, transition or
pathway, so the window can say which one. Plain Python, no Qt, no database.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pathways.edits import (
    AddPathway,
    AddStep,
    AddTransition,
    ClientCompound,
    ClientEdit,
    Compound,
    EditConflict,
    InPathway,
    MoveSteps,
    PathwayEdit,
    PathwayMeta,
    RemovePathway,
    RemoveStep,
    RemoveTransition,
    UpdatePathwayMeta,
    UpdateStep,
    UpdateTransition,
    changed_fields,
    transition_problems,
)
from pathways.model import Client, Pathway, Step, Transition


class NoLongerApplies(Exception):
    """The edit cannot be made on the fresh state. ``kind`` is ``step``, ``transition`` or
    ``pathway``; ``subject`` the step's or pathway's id, or the transition's key."""

    def __init__(self, kind: str, subject: Any, step: Step | None = None) -> None:
        super().__init__(f"{kind} {subject!r} no longer allows the change")
        self.kind = kind
        self.subject = subject
        #: The step as the edit knew it (to name it when it is gone from the fresh state).
        self.step = step


def merge_fields(before: Any, after: Any, current: Any, kind: str, subject: Any) -> Any:
    """*current* with the fields that changed from *before* to *after* set as in *after*;
    NoLongerApplies when *current* changed one of those fields to a third value."""
    fields = changed_fields(before, after)
    for name in fields:
        mine, now = getattr(after, name), getattr(current, name)
        if now != getattr(before, name) and now != mine:
            raise NoLongerApplies(kind, subject)
    return dataclasses.replace(current, **{name: getattr(after, name) for name in fields})


def rebase(edit: ClientEdit, client: Client) -> ClientEdit:
    """The change *edit* stands for, as an edit of *client* in its state now (not applied)."""
    scratch = _scratch(client)
    rebased = _rebase_client(edit, scratch)
    active = [p.id for p in scratch.pathways if p.status == "active"]
    if len(active) <= 1:
        return rebased
    # Another worker made a pathway active meanwhile and this edit makes another one active:
    # as in the window, the newest activation wins and the other becomes a draft, first.
    before = {p.id: p.status for p in client.pathways}
    demoted = tuple(
        InPathway(pid, UpdatePathwayMeta(meta, dataclasses.replace(meta, status="draft")))
        for pid in active
        if before.get(pid) == "active"
        for meta in [PathwayMeta.of(client.pathway(pid))]
    )
    return _rebase_client(ClientCompound((*demoted, edit)), _scratch(client))


def _scratch(client: Client) -> Client:
    return dataclasses.replace(client, pathways=[p.copy() for p in client.pathways])


def _rebase_client(edit: ClientEdit, client: Client) -> ClientEdit:
    """Rebase and apply to *client* (a scratch copy), so that later parts see earlier ones."""
    if isinstance(edit, ClientCompound):
        return ClientCompound(tuple(_rebase_client(part, client) for part in edit.edits))
    result: ClientEdit
    if isinstance(edit, InPathway):
        pathway = next((p for p in client.pathways if p.id == edit.pathway_id), None)
        if pathway is None:
            raise NoLongerApplies("pathway", edit.pathway_id)
        # Applied to the scratch pathway as it is re-based.
        return InPathway(edit.pathway_id, _rebase_pathway_edit(edit.edit, pathway))
    if isinstance(edit, AddPathway):
        if any(p.id == edit.pathway.id for p in client.pathways):
            raise NoLongerApplies("pathway", edit.pathway.id)
        index = None if edit.index is None else min(edit.index, len(client.pathways))
        result = AddPathway(edit.pathway, index)
    elif isinstance(edit, RemovePathway):
        if not any(p.id == edit.pathway.id for p in client.pathways):
            raise NoLongerApplies("pathway", edit.pathway.id)
        result = RemovePathway.of(client, edit.pathway.id)
    else:
        raise NoLongerApplies("pathway", None)
    _apply(result, client)
    return result


def _apply(edit: Any, target: Any) -> None:
    try:
        edit.apply(target)
    except (EditConflict, KeyError, ValueError) as error:  # pragma: no cover - a rebase bug
        raise NoLongerApplies("pathway", None) from error


def _rebase_pathway_edit(edit: PathwayEdit, pathway: Pathway) -> PathwayEdit:
    """Rebase one pathway edit onto *pathway* and apply it there."""
    if isinstance(edit, Compound):
        return Compound(tuple(_rebase_pathway_edit(part, pathway) for part in edit.edits))
    result = _rebased_pathway_edit(edit, pathway)
    _apply(result, pathway)
    return result


def _rebased_pathway_edit(edit: PathwayEdit, pathway: Pathway) -> PathwayEdit:
    if isinstance(edit, UpdateStep):
        step_id = edit.before.id
        if not pathway.has_step(step_id):
            raise NoLongerApplies("step", step_id, edit.before)
        current = pathway.step(step_id)
        try:
            after = merge_fields(edit.before, edit.after, current, "step", step_id)
        except NoLongerApplies:
            raise NoLongerApplies("step", step_id, current) from None
        return UpdateStep(current, after)
    if isinstance(edit, MoveSteps):
        moves = []
        for step_id, before, after in edit.moves:
            if not pathway.has_step(step_id):
                raise NoLongerApplies("step", step_id)
            now = pathway.step(step_id).position
            if now != before and now != after:
                raise NoLongerApplies("step", step_id)
            moves.append((step_id, now, after))
        return MoveSteps(tuple(moves))
    if isinstance(edit, AddStep):
        if pathway.has_step(edit.step.id):
            raise NoLongerApplies("step", edit.step.id)
        for _index, transition in edit.transitions:
            other = {transition.from_step, transition.to_step} - {edit.step.id}
            if any(not pathway.has_step(s) for s in other) or pathway.has_transition(
                transition.key
            ):
                raise NoLongerApplies("step", edit.step.id)
        index = None if edit.index is None else min(edit.index, len(pathway))
        return AddStep(edit.step, index, edit.transitions)
    if isinstance(edit, RemoveStep):
        if not pathway.has_step(edit.step.id):
            raise NoLongerApplies("step", edit.step.id, edit.step)
        return RemoveStep.of(pathway, edit.step.id)
    if isinstance(edit, AddTransition):
        key = edit.transition.key
        if pathway.has_transition(key) or not (
            pathway.has_step(key[0]) and pathway.has_step(key[1])
        ):
            raise NoLongerApplies("transition", key)
        if key[2] == "next" and transition_problems(pathway, edit.transition):
            raise NoLongerApplies("transition", key)  # it would close a loop now
        index = None if edit.index is None else min(edit.index, len(pathway.transitions))
        return AddTransition(edit.transition, index)
    if isinstance(edit, RemoveTransition):
        if not pathway.has_transition(edit.transition.key):
            raise NoLongerApplies("transition", edit.transition.key)
        return RemoveTransition.of(pathway, edit.transition.key)
    if isinstance(edit, UpdateTransition):
        key = edit.before.key
        if not pathway.has_transition(key):
            raise NoLongerApplies("transition", key)
        held: Transition = pathway.transition(key)
        wanted: Transition = merge_fields(edit.before, edit.after, held, "transition", key)
        if wanted.key != key and pathway.has_transition(wanted.key):
            raise NoLongerApplies("transition", key)
        return UpdateTransition(held, wanted)
    if isinstance(edit, UpdatePathwayMeta):
        current_meta = PathwayMeta.of(pathway)
        return UpdatePathwayMeta(
            current_meta,
            merge_fields(edit.before, edit.after, current_meta, "pathway", pathway.id),
        )
    raise NoLongerApplies("pathway", pathway.id)


__all__ = ["NoLongerApplies", "merge_fields", "rebase"]
