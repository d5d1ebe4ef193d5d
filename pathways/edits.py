"""Edits are data: invertible operations on a pathway (and on a client's list of pathways).

Every change the pathway editor makes — add a step, connect two steps, move cards, change a
field, delete — is one of the frozen dataclasses below. ``edit.apply(target)`` changes the
target in place; ``edit.inverse()`` is another edit that, applied right after, puts the target
back exactly as it was (the same objects' values, the same order of steps and transitions).
The Qt undo commands of ``ui.commands`` are thin wrappers around these: they hold ids and
values, never widgets, scene items or database rows.

An edit carries everything its inverse needs (a removed step's transitions and their places in
the order, a field's value before and after), so build the removing and updating edits with
their ``of()`` constructors or from the values you read just before. ``apply`` checks that the
target is in the state the edit was made for and raises :class:`EditConflict` otherwise —
applying an edit to the wrong state is a programming error, never something a user caused.

Whether an edit leaves a *valid* pathway (the exchange format's rules: the dates a status needs,
no ``next`` cycle, no duplicate transition, lengths) is asked separately, before the edit is
made, with :func:`step_problems` and :func:`transition_problems`; they return the problems per
field so that a form can show each one next to its field.

Plain Python: no Qt, no database. Edits are not thread-safe; the owner of the pathway applies
them on one thread.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol, TypeAlias

from pathways.catalogue import ServiceCatalogue
from pathways.i18n import _
from pathways.model import (
    SHARED_INFO,
    STATUSES_NEEDING_END,
    STATUSES_NEEDING_START,
    STEP_STATUSES,
    TRANSITION_KINDS,
    Client,
    Pathway,
    Step,
    Transition,
)

if TYPE_CHECKING:
    import networkx as nx

Position: TypeAlias = tuple[float, float] | None
TransitionKey: TypeAlias = tuple[str, str, str]

#: The exchange format's length limits (characters).
SHORT_TEXT_LIMIT = 200  # ids, codes, names, titles, roles, providers
LONG_TEXT_LIMIT = 10_000  # notes, summaries, descriptions


class EditConflict(ValueError):
    """An edit was applied to a pathway that is not in the state it was made for."""


def _copy_step(step: Step) -> Step:
    return dataclasses.replace(step)


def _copy_transition(transition: Transition) -> Transition:
    return dataclasses.replace(transition, shared_info=list(transition.shared_info))


def _expect_step(pathway: Pathway, expected: Step) -> None:
    if not pathway.has_step(expected.id):
        raise EditConflict(f"step {expected.id!r} is not in pathway {pathway.id!r}")
    current = pathway.step(expected.id)
    if current != expected:
        raise EditConflict(f"step {expected.id!r} is {current!r}, expected {expected!r}")


def _expect_transition(pathway: Pathway, expected: Transition) -> None:
    if not pathway.has_transition(expected.key):
        raise EditConflict(f"transition {expected.key!r} is not in pathway {pathway.id!r}")
    current = pathway.transition(expected.key)
    if current != expected:
        raise EditConflict(f"transition {expected.key!r} is {current!r}, expected {expected!r}")


# --- Edits of one pathway ----------------------------------------------------------------------


class PathwayEdit(Protocol):
    """An invertible change of one pathway."""

    def apply(self, pathway: Pathway) -> None: ...

    def inverse(self) -> PathwayEdit: ...

    @property
    def changes_meta(self) -> bool:
        """Whether the pathway's title or status changes (the list of pathways shows them)."""
        ...


@dataclass(frozen=True, slots=True)
class AddStep:
    """Add *step* (at *index* in the step order, else last), with *transitions* to restore.

    The transitions are (index in the transition order, transition) pairs; they are what
    undoing a :class:`RemoveStep` puts back.
    """

    step: Step
    index: int | None = None
    transitions: tuple[tuple[int, Transition], ...] = ()

    @property
    def changes_meta(self) -> bool:
        return False

    def apply(self, pathway: Pathway) -> None:
        if pathway.has_step(self.step.id):
            raise EditConflict(f"step {self.step.id!r} is already in pathway {pathway.id!r}")
        pathway.add_step(_copy_step(self.step), self.index)
        for index, transition in sorted(self.transitions, key=lambda pair: pair[0]):
            pathway.add_transition(_copy_transition(transition), index)

    def inverse(self) -> RemoveStep:
        index = self.index
        return RemoveStep(self.step, index if index is not None else -1, self.transitions)


@dataclass(frozen=True, slots=True)
class RemoveStep:
    """Remove a step and its transitions (build it with :meth:`of`)."""

    step: Step
    index: int  # its place in the step order; -1 when it was last (an AddStep's inverse)
    transitions: tuple[tuple[int, Transition], ...] = ()

    @classmethod
    def of(cls, pathway: Pathway, step_id: str) -> RemoveStep:
        step = pathway.step(step_id)
        transitions = tuple(
            (index, _copy_transition(t))
            for index, t in enumerate(pathway.transitions)
            if step_id in (t.from_step, t.to_step)
        )
        return cls(_copy_step(step), pathway.step_index(step_id), transitions)

    @property
    def changes_meta(self) -> bool:
        return False

    def apply(self, pathway: Pathway) -> None:
        _expect_step(pathway, self.step)
        for _index, transition in self.transitions:
            _expect_transition(pathway, transition)
        # The step's edges in the graph, in and out (a set: a loop on the step is one edge).
        graph = pathway.graph
        attached = {
            *graph.in_edges(self.step.id, keys=True),
            *graph.out_edges(self.step.id, keys=True),
        }
        if len(attached) != len(self.transitions):
            raise EditConflict(f"step {self.step.id!r} has other transitions than recorded")
        pathway.remove_step(self.step.id)

    def inverse(self) -> AddStep:
        return AddStep(self.step, None if self.index < 0 else self.index, self.transitions)


@dataclass(frozen=True, slots=True)
class UpdateStep:
    """Replace a step's values (same id, same place in the order)."""

    before: Step
    after: Step

    def __post_init__(self) -> None:
        if self.before.id != self.after.id:
            raise ValueError("UpdateStep keeps the step's id")

    @property
    def changes_meta(self) -> bool:
        return False

    def apply(self, pathway: Pathway) -> None:
        _expect_step(pathway, self.before)
        pathway.replace_step(_copy_step(self.after))

    def inverse(self) -> UpdateStep:
        return UpdateStep(self.after, self.before)

    def changed_fields(self) -> set[str]:
        """Names of the Step fields whose value differs."""
        return changed_fields(self.before, self.after)


@dataclass(frozen=True, slots=True)
class MoveSteps:
    """Set where cards are drawn: (step id, position before, position after) for each step.

    A position of None means "where the automatic layout puts it". Consecutive moves of the same
    steps merge into one (keyboard nudges): see :meth:`merged_with`.
    """

    moves: tuple[tuple[str, Position, Position], ...]

    @property
    def changes_meta(self) -> bool:
        return False

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(step_id for step_id, _before, _after in self.moves)

    def apply(self, pathway: Pathway) -> None:
        for step_id, before, _after in self.moves:
            if not pathway.has_step(step_id):
                raise EditConflict(f"step {step_id!r} is not in pathway {pathway.id!r}")
            if pathway.step(step_id).position != before:
                raise EditConflict(f"step {step_id!r} is not at {before!r}")
        for step_id, _before, after in self.moves:
            step = pathway.step(step_id)
            pathway.replace_step(dataclasses.replace(step, position=after))

    def inverse(self) -> MoveSteps:
        return MoveSteps(tuple((sid, after, before) for sid, before, after in self.moves))

    def merged_with(self, later: MoveSteps) -> MoveSteps | None:
        """This move followed by *later*, as one move; None unless both move the same steps."""
        if self.step_ids != later.step_ids:
            return None
        return MoveSteps(
            tuple(
                (sid, before, later_after)
                for (sid, before, _after), (_sid, _later_before, later_after) in zip(
                    self.moves, later.moves, strict=True
                )
            )
        )


def tidy_up(pathway: Pathway) -> MoveSteps:
    """Forget every position a user gave a card, so the automatic layout places them all."""
    return MoveSteps(tuple((s.id, s.position, None) for s in pathway if s.position is not None))


@dataclass(frozen=True, slots=True)
class AddTransition:
    """Add *transition* (at *index* in the transition order, else last)."""

    transition: Transition
    index: int | None = None

    @property
    def changes_meta(self) -> bool:
        return False

    def apply(self, pathway: Pathway) -> None:
        if pathway.has_transition(self.transition.key):
            raise EditConflict(f"transition {self.transition.key!r} exists already")
        pathway.add_transition(_copy_transition(self.transition), self.index)

    def inverse(self) -> RemoveTransition:
        return RemoveTransition(self.transition, -1 if self.index is None else self.index)


@dataclass(frozen=True, slots=True)
class RemoveTransition:
    """Remove a transition (build it with :meth:`of`)."""

    transition: Transition
    index: int  # its place in the transition order; -1 when it was last

    @classmethod
    def of(cls, pathway: Pathway, key: TransitionKey) -> RemoveTransition:
        return cls(_copy_transition(pathway.transition(key)), pathway.transition_index(key))

    @property
    def changes_meta(self) -> bool:
        return False

    def apply(self, pathway: Pathway) -> None:
        _expect_transition(pathway, self.transition)
        pathway.remove_transition(self.transition.key)

    def inverse(self) -> AddTransition:
        return AddTransition(self.transition, None if self.index < 0 else self.index)


@dataclass(frozen=True, slots=True)
class UpdateTransition:
    """Replace a transition's values, keeping its place; its kind (part of the key) may change."""

    before: Transition
    after: Transition

    def __post_init__(self) -> None:
        if (self.before.from_step, self.before.to_step) != (
            self.after.from_step,
            self.after.to_step,
        ):
            raise ValueError("UpdateTransition keeps the transition's steps")

    @property
    def changes_meta(self) -> bool:
        return False

    def apply(self, pathway: Pathway) -> None:
        _expect_transition(pathway, self.before)
        if self.before.key == self.after.key:
            pathway.replace_transition(_copy_transition(self.after))
            return
        if pathway.has_transition(self.after.key):
            raise EditConflict(f"transition {self.after.key!r} exists already")
        index = pathway.transition_index(self.before.key)
        pathway.remove_transition(self.before.key)
        pathway.add_transition(_copy_transition(self.after), index)

    def inverse(self) -> UpdateTransition:
        return UpdateTransition(self.after, self.before)

    def changed_fields(self) -> set[str]:
        return changed_fields(self.before, self.after)


@dataclass(frozen=True, slots=True)
class PathwayMeta:
    """The pathway's own fields (not its steps and transitions)."""

    title: str
    status: str
    created_on: date | None = None

    @classmethod
    def of(cls, pathway: Pathway) -> PathwayMeta:
        return cls(pathway.title, pathway.status, pathway.created_on)


@dataclass(frozen=True, slots=True)
class UpdatePathwayMeta:
    """Change a pathway's title, status or creation date."""

    before: PathwayMeta
    after: PathwayMeta

    @property
    def changes_meta(self) -> bool:
        return True

    def apply(self, pathway: Pathway) -> None:
        if PathwayMeta.of(pathway) != self.before:
            raise EditConflict(f"pathway {pathway.id!r} is not {self.before!r}")
        pathway.title = self.after.title
        pathway.status = self.after.status
        pathway.created_on = self.after.created_on

    def inverse(self) -> UpdatePathwayMeta:
        return UpdatePathwayMeta(self.after, self.before)


@dataclass(frozen=True, slots=True)
class Compound:
    """Several edits of one pathway as one (a macro): applied in order, undone in reverse."""

    edits: tuple[PathwayEdit, ...]

    @property
    def changes_meta(self) -> bool:
        return any(edit.changes_meta for edit in self.edits)

    def apply(self, pathway: Pathway) -> None:
        done: list[PathwayEdit] = []
        try:
            for edit in self.edits:
                edit.apply(pathway)
                done.append(edit)
        except Exception:
            # Leave the pathway as it was: all of the compound or nothing.
            for edit in reversed(done):
                edit.inverse().apply(pathway)
            raise

    def inverse(self) -> Compound:
        return Compound(tuple(edit.inverse() for edit in reversed(self.edits)))


def remove_steps(pathway: Pathway, step_ids: Iterable[str]) -> Compound:
    """Remove several steps (and their transitions) as one edit."""
    scratch = pathway.copy()
    edits: list[PathwayEdit] = []
    for step_id in step_ids:
        edit = RemoveStep.of(scratch, step_id)
        edit.apply(scratch)
        edits.append(edit)
    return Compound(tuple(edits))


def remove_selection(
    pathway: Pathway, step_ids: Iterable[str], transition_keys: Iterable[TransitionKey]
) -> Compound:
    """Remove transitions first (those not already going with a removed step), then steps."""
    steps = [sid for sid in dict.fromkeys(step_ids) if pathway.has_step(sid)]
    doomed = set(steps)
    scratch = pathway.copy()
    edits: list[PathwayEdit] = []
    for key in dict.fromkeys(transition_keys):
        if scratch.has_transition(key) and not doomed.intersection(key[:2]):
            edit = RemoveTransition.of(scratch, key)
            edit.apply(scratch)
            edits.append(edit)
    removing_steps = remove_steps(scratch, steps)
    return Compound((*edits, *removing_steps.edits))


def changed_fields(before: object, after: object) -> set[str]:
    """Names of the dataclass fields whose values differ between *before* and *after*."""
    return {
        f.name
        for f in dataclasses.fields(before)  # type: ignore[arg-type]
        if getattr(before, f.name) != getattr(after, f.name)
    }


# --- Edits of a client's list of pathways --------------------------------------------------------


class ClientEdit(Protocol):
    """An invertible change of a client's pathways; says which pathways it touched, in order."""

    def apply(self, client: Client) -> None: ...

    def inverse(self) -> ClientEdit: ...

    def touched(self) -> list[str]:
        """Ids of the pathways this edit changes, in the order it changes them."""
        ...

    @property
    def changes_list(self) -> bool:
        """Whether pathways are added, removed, renamed or change status."""
        ...


@dataclass(frozen=True, slots=True)
class InPathway:
    """A :class:`PathwayEdit` of the client's pathway *pathway_id*."""

    pathway_id: str
    edit: PathwayEdit

    def apply(self, client: Client) -> None:
        self.edit.apply(client.pathway(self.pathway_id))

    def inverse(self) -> InPathway:
        return InPathway(self.pathway_id, self.edit.inverse())

    def touched(self) -> list[str]:
        return [self.pathway_id]

    @property
    def changes_list(self) -> bool:
        return self.edit.changes_meta


@dataclass(frozen=True, slots=True)
class AddPathway:
    """Add a pathway to the client (at *index* in their pathway order, else last)."""

    pathway: Pathway
    index: int | None = None

    def apply(self, client: Client) -> None:
        if any(p.id == self.pathway.id for p in client.pathways):
            raise EditConflict(f"pathway {self.pathway.id!r} exists already")
        index = len(client.pathways) if self.index is None else self.index
        client.pathways.insert(index, self.pathway.copy())

    def inverse(self) -> RemovePathway:
        return RemovePathway(self.pathway, -1 if self.index is None else self.index)

    def touched(self) -> list[str]:
        return [self.pathway.id]

    @property
    def changes_list(self) -> bool:
        return True


@dataclass(frozen=True, slots=True)
class RemovePathway:
    """Remove one of the client's pathways (build it with :meth:`of`)."""

    pathway: Pathway
    index: int

    @classmethod
    def of(cls, client: Client, pathway_id: str) -> RemovePathway:
        pathway = client.pathway(pathway_id)
        return cls(pathway.copy(), client.pathways.index(pathway))

    def apply(self, client: Client) -> None:
        current = client.pathway(self.pathway.id)
        if current != self.pathway:
            raise EditConflict(f"pathway {self.pathway.id!r} is not as recorded")
        client.pathways.remove(current)

    def inverse(self) -> AddPathway:
        return AddPathway(self.pathway, None if self.index < 0 else self.index)

    def touched(self) -> list[str]:
        return [self.pathway.id]

    @property
    def changes_list(self) -> bool:
        return True


@dataclass(frozen=True, slots=True)
class ClientCompound:
    """Several client edits as one: applied in order, undone in reverse."""

    edits: tuple[ClientEdit, ...]

    def apply(self, client: Client) -> None:
        done: list[ClientEdit] = []
        try:
            for edit in self.edits:
                edit.apply(client)
                done.append(edit)
        except Exception:
            for edit in reversed(done):
                edit.inverse().apply(client)
            raise

    def inverse(self) -> ClientCompound:
        return ClientCompound(tuple(edit.inverse() for edit in reversed(self.edits)))

    def touched(self) -> list[str]:
        return list(dict.fromkeys(pid for edit in self.edits for pid in edit.touched()))

    @property
    def changes_list(self) -> bool:
        return any(edit.changes_list for edit in self.edits)


def _set_meta(
    pathway: Pathway, *, title: str | None = None, status: str | None = None
) -> InPathway:
    before = PathwayMeta.of(pathway)
    after = PathwayMeta(
        title if title is not None else before.title,
        status if status is not None else before.status,
        before.created_on,
    )
    return InPathway(pathway.id, UpdatePathwayMeta(before, after))


def new_pathway(
    client: Client,
    pathway_id: str,
    title: str,
    *,
    today: date,
    copy_of: str | None = None,
) -> AddPathway:
    """A new pathway: blank, or a copy of the pathway *copy_of* (a draft alternative).

    A blank pathway of a client who has no active pathway (their first, say) is the active one:
    a draft is an alternative to the active pathway, and prints say so. Otherwise it is a draft.
    A copy keeps the steps (their ids, values and positions) and the transitions.
    """
    if copy_of is None:
        status = "draft" if client.active_pathway() is not None else "active"
        pathway = Pathway(pathway_id, title, status, created_on=today)
    else:
        pathway = client.pathway(copy_of).copy(new_id=pathway_id, title=title)
        pathway.status = "draft"
        pathway.created_on = today
    return AddPathway(pathway)


def rename_pathway(client: Client, pathway_id: str, title: str) -> InPathway:
    return _set_meta(client.pathway(pathway_id), title=title)


def activate_pathway(client: Client, pathway_id: str) -> ClientCompound:
    """Make *pathway_id* the client's active pathway.

    A client has at most one active pathway, so the one active until now becomes a **draft**:
    it stays as an alternative the team may return to (closing it would say it was finished,
    which a switch of plan does not mean). The demotion comes first, so that the database never
    holds two active pathways, and is undone last.
    """
    edits: list[ClientEdit] = [
        _set_meta(p, status="draft")
        for p in client.pathways
        if p.status == "active" and p.id != pathway_id
    ]
    target = client.pathway(pathway_id)
    if target.status != "active":
        edits.append(_set_meta(target, status="active"))
    return ClientCompound(tuple(edits))


def close_pathway(client: Client, pathway_id: str) -> InPathway:
    """Close a pathway (kept for the record, no longer worked on)."""
    return _set_meta(client.pathway(pathway_id), status="closed")


# --- Validation (the exchange format's rules, per field) -----------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a value cannot be accepted, and the field it belongs next to."""

    field: str
    message: str


def text_problem(value: str | None, limit: int) -> str | None:
    """Why *value* is not acceptable text of at most *limit* characters; None if it is."""
    if value is None:
        return None
    if len(value) > limit:
        return _("At most {limit} characters (now {count}).").format(limit=limit, count=len(value))
    for char in value:
        if char in "\t\n\r":
            continue
        if unicodedata.category(char) == "Cc":
            return _("Contains a control character that cannot be saved.")
        if 0xD800 <= ord(char) <= 0xDFFF:
            return _("Contains a broken character that cannot be saved.")
    return None


def step_problems(
    step: Step,
    *,
    catalogue: ServiceCatalogue | None = None,
    team_ids: Iterable[str] | None = None,
) -> list[Problem]:
    """The exchange format's rules for one step, each problem at the field it concerns."""
    problems: list[Problem] = []
    if catalogue is not None and step.service not in catalogue:
        problems.append(Problem("service", _("Choose a service from the catalogue.")))
    if step.status not in STEP_STATUSES:
        problems.append(Problem("status", _("Unknown status.")))
    for name, limit in (
        ("title", SHORT_TEXT_LIMIT),
        ("provider", SHORT_TEXT_LIMIT),
        ("note", LONG_TEXT_LIMIT),
    ):
        message = text_problem(getattr(step, name), limit)
        if message is not None:
            problems.append(Problem(name, message))
    if (
        team_ids is not None
        and step.responsible is not None
        and step.responsible not in set(team_ids)
    ):
        problems.append(Problem("responsible", _("Choose a member of the client's team.")))
    if step.status in STATUSES_NEEDING_START and step.start is None:
        problems.append(Problem("start", _status_needs_start(step.status)))
    # On an ongoing or planned step the end is its planned or decided end, and may be left out.
    if step.status in STATUSES_NEEDING_END and step.end is None:
        problems.append(Problem("end", _status_needs_end(step.status)))
    if step.start is not None and step.end is not None and step.end < step.start:
        problems.append(Problem("end", _("The end date is before the start date.")))
    return problems


def _status_needs_start(status: str) -> str:
    messages = {
        "ongoing": _("An ongoing step needs a start date."),
        "completed": _("A completed step needs a start date."),
        "interrupted": _("An interrupted step needs a start date."),
    }
    return messages[status]


def _status_needs_end(status: str) -> str:
    messages = {
        "completed": _("A completed step needs an end date."),
        "interrupted": _("An interrupted step needs the date it ended."),
    }
    return messages[status]


def transition_problems(
    pathway: Pathway,
    transition: Transition,
    *,
    replacing: TransitionKey | None = None,
    consent_ids: Iterable[str] | None = None,
) -> list[Problem]:
    """The exchange format's rules for a transition added to *pathway* (or replacing the one
    with key *replacing*): both steps exist and differ, no duplicate, no ``next`` cycle."""
    problems: list[Problem] = []
    for name, step_id in (("from_step", transition.from_step), ("to_step", transition.to_step)):
        if not pathway.has_step(step_id):
            problems.append(Problem(name, _("The step is not in this pathway.")))
    if transition.from_step == transition.to_step:
        problems.append(Problem("to_step", _("A step cannot lead to itself.")))
    if transition.kind not in TRANSITION_KINDS:
        problems.append(Problem("kind", _("Unknown kind of transition.")))
    if problems:
        return problems
    if transition.key != replacing and pathway.has_transition(transition.key):
        problems.append(Problem("kind", _("These steps are already connected this way.")))
    elif transition.kind == "next" and _has_path(
        # A loop: a way back from the target to the source along the `next` edges of the
        # pathway's graph (less the transition being replaced).
        pathway.next_graph(without=replacing), transition.to_step, transition.from_step
    ):
        problems.append(
            Problem(
                "kind",
                _(
                    "This would make a loop: the client would come back to a step "
                    "they already left. Use \u201csupport\u201d for a service that "
                    "runs alongside."
                ),
            )
        )
    unknown = [code for code in transition.shared_info if code not in SHARED_INFO]
    if unknown or len(set(transition.shared_info)) != len(transition.shared_info):
        problems.append(Problem("shared_info", _("Each kind of information once, from the list.")))
    if (
        consent_ids is not None
        and transition.consent is not None
        and transition.consent not in set(consent_ids)
    ):
        problems.append(Problem("consent", _("Choose one of the client's consents.")))
    message = text_problem(transition.note, LONG_TEXT_LIMIT)
    if message is not None:
        problems.append(Problem("note", message))
    return problems


def pathway_title_problem(title: str) -> str | None:
    """Why *title* cannot be a pathway's title; None if it can."""
    if not title.strip():
        return _("A pathway needs a title.")
    return text_problem(title, SHORT_TEXT_LIMIT)


__all__ = [
    "AddPathway",
    "AddStep",
    "AddTransition",
    "ClientCompound",
    "ClientEdit",
    "Compound",
    "EditConflict",
    "InPathway",
    "MoveSteps",
    "PathwayEdit",
    "PathwayMeta",
    "Problem",
    "RemovePathway",
    "RemoveStep",
    "RemoveTransition",
    "UpdatePathwayMeta",
    "UpdateStep",
    "UpdateTransition",
    "activate_pathway",
    "changed_fields",
    "close_pathway",
    "new_pathway",
    "pathway_title_problem",
    "remove_selection",
    "remove_steps",
    "rename_pathway",
    "step_problems",
    "text_problem",
    "tidy_up",
    "transition_problems",
]


def _has_path(graph: nx.MultiDiGraph, source: str, target: str) -> bool:
    """networkx's ``has_path``, imported here: the window imports this module with its editor
    before any edit, and networkx is a tenth of a second of its start."""
    import networkx as nx

    return bool(nx.has_path(graph, source, target))
