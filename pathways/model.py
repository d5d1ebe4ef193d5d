"""The domain objects of Polku: clients, their teams, consents, needs, meetings and pathways.

Plain dataclasses and networkx; no Qt, no SQLAlchemy. Codes are the lower-case codes of the
domain brief (``shared/domain.md``); dates are :class:`datetime.date`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

# --- Codes -------------------------------------------------------------------------------------

SECTORS: tuple[str, ...] = (
    "employment",
    "social",
    "health",
    "rehabilitation",
    "education",
    "third_sector",
    "employer",
)

#: Stages in their order, from the furthest from open work to the open labour market.
STAGES: tuple[str, ...] = (
    "assessment",
    "rehabilitation",
    "work_activity",
    "intermediate",
    "training",
    "open_employment",
)
STAGE_ORDER: dict[str, int] = {code: index + 1 for index, code in enumerate(STAGES)}

NEED_DOMAINS: tuple[str, ...] = (
    "health",
    "mental_health",
    "substance_use",
    "functional_capacity",
    "everyday_life",
    "social_relations",
    "housing",
    "finances",
    "competence",
    "work_experience",
    "language",
    "digital_skills",
)

STEP_STATUSES: tuple[str, ...] = ("planned", "ongoing", "completed", "interrupted", "cancelled")
PATHWAY_STATUSES: tuple[str, ...] = ("draft", "active", "closed")
TRANSITION_KINDS: tuple[str, ...] = ("next", "support")
SHARED_INFO: tuple[str, ...] = (
    "basic",
    "employment_history",
    "education",
    "health",
    "social",
    "rehabilitation",
    "assessment",
    "plan",
)
GOAL_OUTCOMES: tuple[str, ...] = ("open_employment", "training", "work_ability", "other")
ENTRY_STATUSES: tuple[str, ...] = (
    "unemployed",
    "long_term_unemployed",
    "inactive",
    "employed",
    "in_education",
)
LEAVING_OUTCOMES: tuple[str, ...] = (
    "employed",
    "self_employed",
    "in_education",
    "job_seeking",
    "inactive",
    "unknown",
)
LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

#: ESF+ participant data (Regulation (EU) 2021/1057, Annex I): gender as the participant gives it.
GENDERS: tuple[str, ...] = ("woman", "man", "non_binary")
#: ESF+: the highest education completed on entry, as ISCED level groups.
EDUCATION_LEVELS: tuple[str, ...] = ("isced_0_2", "isced_3_4", "isced_5_8")
#: ESF+: the participant's characteristics (special categories: recorded only with consent).
CHARACTERISTICS: tuple[str, ...] = (
    "disability",
    "third_country_national",
    "foreign_background",
    "minority",
    "homeless_or_housing_exclusion",
    "rural_area",
)

#: Statuses for which a step must have a start date / an end date (exchange format).
STATUSES_NEEDING_START = frozenset({"ongoing", "completed", "interrupted"})
STATUSES_NEEDING_END = frozenset({"completed", "interrupted"})


# --- The service catalogue ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServiceType:
    """One entry of the service catalogue (default or an organisation's own)."""

    code: str
    sector: str
    stage: str
    names: dict[str, str]  # {"fi": …, "sv": …, "en": …}; "fi" always present
    description: str | None = None
    addresses: tuple[str, ...] = ()
    legal_basis: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    #: Localised one-line descriptions of the default catalogue ({"fi": …, "sv": …, "en": …}).
    descriptions: dict[str, str] = field(default_factory=dict)
    #: Codes of the services that typically come next (default catalogue only).
    typical_next: tuple[str, ...] = ()
    #: True for an organisation's own entry (stored in the database, exported in `catalogue`).
    custom: bool = False
    #: Words professionals search with, per language ("palkkatuki", "TYP"; default catalogue only).
    search_words: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def name(self, lang: str = "fi") -> str:
        """The name in *lang*, falling back to Finnish."""
        return self.names.get(lang) or self.names["fi"]

    def describe(self, lang: str = "fi") -> str | None:
        """The one-line description in *lang* when there is one."""
        return self.descriptions.get(lang) or self.description or self.descriptions.get("fi")

    def is_valid_on(self, day: date) -> bool:
        """Whether the service type is offered on *day* (its validity dates are inclusive)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)

    def __hash__(self) -> int:
        return hash(self.code)


# --- A client's details ------------------------------------------------------------------------


@dataclass(slots=True)
class Goal:
    outcome: str  # one of GOAL_OUTCOMES
    description: str | None = None
    target_date: date | None = None


@dataclass(slots=True)
class Need:
    domain: str  # one of NEED_DOMAINS
    level: int  # 0 (no need) … 3 (major need)
    assessed_on: date | None = None
    note: str | None = None


@dataclass(slots=True)
class Consent:
    id: str
    given_on: date
    sectors: list[str]
    expires_on: date | None = None
    note: str | None = None

    def is_valid_on(self, day: date) -> bool:
        """Valid from the day it was given up to and including its expiry day."""
        if day < self.given_on:
            return False
        return self.expires_on is None or day <= self.expires_on


@dataclass(slots=True)
class TeamMember:
    id: str
    name: str
    role: str
    sector: str
    organisation: str | None = None
    phone: str | None = None
    email: str | None = None


def six_month_day(left_on: date) -> date:
    """The day of the six-month follow-up: *left_on* six calendar months later, the same day
    number, or the last day of that month when it has no such day (2025-08-31 → 2026-02-28)."""
    month_index = left_on.month - 1 + 6
    year, month = left_on.year + month_index // 12, month_index % 12 + 1
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - dt.timedelta(days=1)).day
    return date(year, month, min(left_on.day, last_day))


@dataclass(frozen=True, slots=True)
class FollowUp:
    """The participant's situation six months after leaving (ESF+ longer-term results)."""

    checked_on: date
    status: str  # one of LEAVING_OUTCOMES
    #: The labour-market situation improved compared with entry; None when not assessed.
    improved: bool | None = None


@dataclass(slots=True)
class Participation:
    """ESF+ participation record.

    The ESF+ fields are optional. ``characteristics`` are special categories of personal data,
    recorded only with the participant's consent; ``characteristics_declined`` records that the
    participant was asked and declined. ``False`` is a value (answered "no"), ``None`` is "not
    recorded": the exchange format keeps the two apart.
    """

    entered_on: date
    status_on_entry: str  # one of ENTRY_STATUSES
    left_on: date | None = None
    outcome_on_leaving: str | None = None  # one of LEAVING_OUTCOMES
    gender: str | None = None  # one of GENDERS
    education_on_entry: str | None = None  # one of EDUCATION_LEVELS
    characteristics: list[str] = field(default_factory=list)  # codes of CHARACTERISTICS
    characteristics_declined: bool | None = None
    qualification_on_leaving: bool | None = None
    after_six_months: FollowUp | None = None

    @property
    def six_month_day(self) -> date | None:
        """The day the six-month follow-up is due, once the participant has left."""
        return six_month_day(self.left_on) if self.left_on is not None else None

    def follow_up_due(self, today: date) -> bool:
        """Whether the six-month follow-up is due on *today* or earlier and not yet recorded."""
        day = self.six_month_day
        return day is not None and day <= today and self.after_six_months is None

    def without_esf(self) -> Participation:
        """The record without the ESF+ participant data (for another organisation's export)."""
        return Participation(
            entered_on=self.entered_on,
            status_on_entry=self.status_on_entry,
            left_on=self.left_on,
            outcome_on_leaving=self.outcome_on_leaving,
        )


@dataclass(slots=True)
class Meeting:
    id: str
    date: dt.date  # (the module's name: this field shadows `date` in the class body)
    participants: list[str] = field(default_factory=list)  # team-member ids
    client_present: bool | None = None
    summary: str | None = None
    decisions: list[str] = field(default_factory=list)
    next_review: dt.date | None = None


# --- Pathways ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """One episode of one service for this client: a node of the pathway graph."""

    id: str
    service: str  # a service code
    status: str  # one of STEP_STATUSES
    title: str | None = None
    provider: str | None = None
    responsible: str | None = None  # a team-member id
    start: date | None = None
    end: date | None = None
    note: str | None = None
    #: Where a user placed the card, when not where the automatic layout puts it.
    position: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class Transition:
    """An edge of the pathway graph: ``next`` (moves on) or ``support`` (runs alongside)."""

    from_step: str
    to_step: str
    kind: str  # "next" | "support"
    referral: bool = False
    date: dt.date | None = None
    shared_info: list[str] = field(default_factory=list)
    consent: str | None = None  # a consent id
    note: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes a transition unique within its pathway."""
        return (self.from_step, self.to_step, self.kind)


class Pathway:
    """A client's service pathway: an ordered set of steps and transitions over a directed graph.

    The order of steps and transitions is kept (it is the order findings are listed in). The
    graph is an ``nx.MultiDiGraph`` whose nodes are step ids and whose edges are keyed by the
    transition kind, so two steps may be linked both by ``next`` and by ``support``. It is made
    from the steps and transitions when it is first read, and kept in step with them from then
    on: a print or a client list never reads it, and importing networkx alone is ≈0.1 s of a
    command's start.
    """

    __slots__ = (
        "id", "title", "status", "created_on", "_steps", "_transitions", "_graph", "version"
    )

    def __init__(
        self,
        id: str,
        title: str,
        status: str = "draft",
        created_on: date | None = None,
        steps: Iterable[Step] = (),
        transitions: Iterable[Transition] = (),
        version: int | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.status = status
        self.created_on = created_on
        #: The client's stored version this pathway was loaded at (None: not loaded from a
        #: database). Not part of equality: it says when, not what.
        self.version = version
        self._steps: dict[str, Step] = {}
        self._transitions: dict[tuple[str, str, str], Transition] = {}
        self._graph: nx.MultiDiGraph | None = None
        for step in steps:
            self.add_step(step)
        for transition in transitions:
            self.add_transition(transition)

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The steps (nodes, in step order) and transitions (edges keyed by kind, in transition
        order, each carrying its ``transition``), made on first use."""
        if self._graph is None:
            import networkx as nx

            graph = nx.MultiDiGraph()
            graph.add_nodes_from(self._steps)
            for t in self._transitions.values():
                graph.add_edge(t.from_step, t.to_step, key=t.kind, transition=t)
            self._graph = graph
        return self._graph

    # Steps
    @property
    def steps(self) -> list[Step]:
        return list(self._steps.values())

    def step(self, step_id: str) -> Step:
        return self._steps[step_id]

    def has_step(self, step_id: str) -> bool:
        return step_id in self._steps

    def step_index(self, step_id: str) -> int:
        return list(self._steps).index(step_id)

    def add_step(self, step: Step, index: int | None = None) -> None:
        """Add *step* at the end, or at *index* in the step order."""
        if step.id in self._steps:
            raise ValueError(f"duplicate step id {step.id!r}")
        if index is None or index >= len(self._steps):
            self._steps[step.id] = step
        else:
            items = list(self._steps.items())
            items.insert(index, (step.id, step))
            self._steps = dict(items)
        if self._graph is not None:
            self._graph.add_node(step.id)

    def replace_step(self, step: Step) -> None:
        """Replace the step with the same id, keeping its place in the order."""
        if step.id not in self._steps:
            raise KeyError(step.id)
        self._steps[step.id] = step

    def remove_step(self, step_id: str) -> list[Transition]:
        """Remove a step and its transitions; returns the transitions removed (in order)."""
        removed = [t for t in self._transitions.values() if step_id in (t.from_step, t.to_step)]
        for transition in removed:
            self.remove_transition(transition.key)
        del self._steps[step_id]
        if self._graph is not None:
            self._graph.remove_node(step_id)
        return removed

    # Transitions
    @property
    def transitions(self) -> list[Transition]:
        return list(self._transitions.values())

    def transition(self, key: tuple[str, str, str]) -> Transition:
        return self._transitions[key]

    def has_transition(self, key: tuple[str, str, str]) -> bool:
        return key in self._transitions

    def transition_index(self, key: tuple[str, str, str]) -> int:
        return list(self._transitions).index(key)

    def add_transition(self, transition: Transition, index: int | None = None) -> None:
        """Add *transition*; both steps must exist and the key must be new."""
        if transition.key in self._transitions:
            raise ValueError(f"duplicate transition {transition.key!r}")
        for step_id in (transition.from_step, transition.to_step):
            if step_id not in self._steps:
                raise KeyError(step_id)
        if index is None or index >= len(self._transitions):
            self._transitions[transition.key] = transition
        else:
            items = list(self._transitions.items())
            items.insert(index, (transition.key, transition))
            self._transitions = dict(items)
        if self._graph is not None:
            self._graph.add_edge(
                transition.from_step, transition.to_step, key=transition.kind,
                transition=transition,
            )

    def replace_transition(self, transition: Transition) -> None:
        """Replace the transition with the same key (from, to, kind), keeping its place."""
        if transition.key not in self._transitions:
            raise KeyError(transition.key)
        self._transitions[transition.key] = transition
        if self._graph is not None:
            self._graph.edges[transition.from_step, transition.to_step, transition.kind][
                "transition"
            ] = transition

    def remove_transition(self, key: tuple[str, str, str]) -> Transition:
        transition = self._transitions.pop(key)
        if self._graph is not None:
            self._graph.remove_edge(transition.from_step, transition.to_step, key=transition.kind)
        return transition

    # Queries
    def next_graph(self, without: tuple[str, str, str] | None = None) -> nx.MultiDiGraph:
        """A read-only view of :attr:`graph` with its `next` edges only (acyclic in a valid
        pathway), less the transition whose key is *without* (one an edit is replacing)."""

        def is_next(from_step: str, to_step: str, kind: str) -> bool:
            return kind == "next" and (from_step, to_step, kind) != without

        import networkx as nx

        return nx.subgraph_view(self.graph, filter_edge=is_next)

    def outgoing(self, step_id: str) -> list[Transition]:
        """The transitions from *step_id*, read from the graph (by target step, then kind)."""
        return [t for _a, _b, t in self.graph.out_edges(step_id, data="transition")]

    def incoming(self, step_id: str) -> list[Transition]:
        """The transitions to *step_id*, read from the graph (by source step, then kind)."""
        return [t for _a, _b, t in self.graph.in_edges(step_id, data="transition")]

    def __iter__(self) -> Iterator[Step]:
        return iter(self._steps.values())

    def __len__(self) -> int:
        return len(self._steps)

    def copy(self, new_id: str | None = None, title: str | None = None) -> Pathway:
        """A deep copy (a draft alternative keeps the same step ids within its own pathway)."""
        return Pathway(
            id=new_id or self.id,
            title=title if title is not None else self.title,
            status=self.status,
            created_on=self.created_on,
            steps=[dataclasses.replace(s) for s in self._steps.values()],
            transitions=[
                dataclasses.replace(t, shared_info=list(t.shared_info))
                for t in self._transitions.values()
            ],
            version=self.version,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pathway):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.status == other.status
            and self.created_on == other.created_on
            and self.steps == other.steps
            and self.transitions == other.transitions
        )

    def __repr__(self) -> str:
        return (
            f"Pathway(id={self.id!r}, title={self.title!r}, status={self.status!r}, "
            f"steps={len(self)})"
        )


# --- Agreed versions ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgreedVersion:
    """A pathway as the team and the client agreed it on a day: an unchangeable, dated copy of
    its steps and transitions, linked to the meeting where it was agreed when there is one.

    The version holds its own copies: changing the pathway afterwards does not change it, and
    :meth:`as_pathway` hands out a fresh copy, so nothing done with that copy reaches the
    version. ``meeting_id`` and the steps' ``responsible`` and transitions' ``consent`` are
    history: they need not name anything that still exists.
    """

    id: str
    pathway_id: str
    agreed_on: date
    steps: tuple[Step, ...] = ()
    transitions: tuple[Transition, ...] = ()
    meeting_id: str | None = None
    note: str | None = None

    @classmethod
    def of(
        cls,
        pathway: Pathway,
        id: str,
        agreed_on: date,
        meeting_id: str | None = None,
        note: str | None = None,
    ) -> AgreedVersion:
        """The version of *pathway* as it is now."""
        return cls(
            id=id,
            pathway_id=pathway.id,
            agreed_on=agreed_on,
            steps=tuple(dataclasses.replace(s) for s in pathway.steps),
            transitions=tuple(
                dataclasses.replace(t, shared_info=list(t.shared_info))
                for t in pathway.transitions
            ),
            meeting_id=meeting_id,
            note=note,
        )

    def as_pathway(self, title: str = "", status: str = "draft") -> Pathway:
        """A fresh pathway with this version's steps and transitions (for drawing, printing and
        comparing; changing it changes nothing of the version)."""
        return Pathway(
            id=self.pathway_id,
            title=title,
            status=status,
            steps=[dataclasses.replace(s) for s in self.steps],
            transitions=[
                dataclasses.replace(t, shared_info=list(t.shared_info)) for t in self.transitions
            ],
        )


# --- The client --------------------------------------------------------------------------------


@dataclass(slots=True)
class Client:
    id: str
    name: str
    personal_id: str | None = None
    birth_year: int | None = None
    municipality: str | None = None
    languages: list[str] = field(default_factory=list)
    notes: str | None = None
    goal: Goal | None = None
    needs: list[Need] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    participation: Participation | None = None
    pathways: list[Pathway] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    #: The pathways as agreed at points in time, in stored order (``agree`` appends).
    agreed_versions: list[AgreedVersion] = field(default_factory=list)
    #: The stored version the client was loaded at (None: not loaded from a database); a save
    #: is refused when the database moved on meanwhile. Not part of equality.
    version: int | None = field(default=None, compare=False)

    def pathway(self, pathway_id: str) -> Pathway:
        for pathway in self.pathways:
            if pathway.id == pathway_id:
                return pathway
        raise KeyError(pathway_id)

    def default_pathway(self) -> Pathway | None:
        """The active pathway, else the last one in the client's pathway order (spec/cli.md)."""
        for pathway in self.pathways:
            if pathway.status == "active":
                return pathway
        return self.pathways[-1] if self.pathways else None

    def active_pathway(self) -> Pathway | None:
        return next((p for p in self.pathways if p.status == "active"), None)

    def team_member(self, member_id: str) -> TeamMember | None:
        return next((m for m in self.team if m.id == member_id), None)

    def consent(self, consent_id: str) -> Consent | None:
        return next((c for c in self.consents if c.id == consent_id), None)

    def latest_meeting(self) -> Meeting | None:
        return max(self.meetings, key=lambda m: m.date, default=None)

    def meeting(self, meeting_id: str) -> Meeting | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)

    def agreed_version(self, version_id: str) -> AgreedVersion | None:
        return next((v for v in self.agreed_versions if v.id == version_id), None)

    def versions_of(self, pathway_id: str) -> list[AgreedVersion]:
        """The agreed versions of one pathway by ``agreed_on`` (ties in stored order)."""
        return sorted(
            (v for v in self.agreed_versions if v.pathway_id == pathway_id),
            key=lambda v: v.agreed_on,
        )


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """A row of the client list: what `clients` prints and the window lists."""

    id: str
    name: str
    municipality: str | None
    active_pathway_id: str | None
    active_pathway_title: str | None
    current_stage: str | None
