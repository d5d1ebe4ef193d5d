"""The findings and suggestions of a pathway, exactly as ``spec/pathway-checks.md`` defines them.

Every check is a pure function of the domain objects and a reference date ("today"); nothing here
reads the clock, the database or the screen. Messages are built with ``pathways.i18n._`` in the
current language when the check runs: to show findings in another language, run the checks again.

Steps whose service code the catalogue does not know (an entry deleted, a file from another
organisation) have no stage, sector or addressed needs: the checks pass over what they cannot
know rather than fail.
"""

from __future__ import annotations

from collections.abc import Container, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from pathways.catalogue import ServiceCatalogue
from pathways.i18n import N_, _, format_date, ngettext
from pathways.labels import need_domain_name, sector_name, service_name, stage_name
from pathways.model import STAGE_ORDER, Client, Need, Pathway, Step, Transition
from pathways.stages import current_stage, goal_stages

DEFAULT_GAP_DAYS = 30

K = TypeVar("K", bound=Hashable)

#: The kinds of finding in the order findings are listed (the table of the spec).
FINDING_KINDS: tuple[str, ...] = (
    "gap",
    "order",
    "dead_end",
    "overdue",
    "no_responsible",
    "consent",
    "unmet_need",
    "follow_up",
)

#: Reasons of a consent finding in the order they are tried; only the first that holds is given.
CONSENT_REASONS: tuple[str, ...] = ("missing", "sector", "not_yet_valid", "expired")

#: The extra fields each kind carries in JSON (spec table, column "extra fields").
_EXTRA_FIELDS: dict[str, tuple[str, ...]] = {
    "gap": ("days",),
    "order": (),
    "dead_end": (),
    "overdue": ("days",),
    "no_responsible": (),
    "consent": ("reason",),
    "unmet_need": ("domain", "level"),
    "follow_up": ("due_on",),
}

# --- Results ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Finding:
    """One finding about a pathway: what is wrong or worth a look, and where."""

    kind: str  # one of FINDING_KINDS
    severity: str  # "warning" | "error"
    steps: list[str]  # ids of the steps it concerns, [A, B] for a transition
    message: str
    days: int | None = None
    reason: str | None = None
    domain: str | None = None
    level: int | None = None
    due_on: date | None = None

    def to_json(self) -> dict[str, Any]:
        """The finding as ``check --json`` writes it: the common fields and the kind's extras."""
        document: dict[str, Any] = {
            "kind": self.kind,
            "severity": self.severity,
            "steps": list(self.steps),
        }
        for name in _EXTRA_FIELDS[self.kind]:
            value = getattr(self, name)
            document[name] = value.isoformat() if isinstance(value, date) else value
        document["message"] = self.message
        return document


@dataclass(slots=True)
class Suggestion:
    """A service type that could address an unmet need; a prompt for the team, not a decision."""

    service: str  # a service code
    for_need: str  # the need domain
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"service": self.service, "for_need": self.for_need, "reason": self.reason}


@dataclass(slots=True)
class CheckResult:
    """Everything ``check`` reports about one pathway as of one day."""

    client: str
    pathway: str
    today: date
    current_stage: str | None
    goal_stages: list[str]
    findings: list[Finding] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The document of ``check --json`` (spec/pathway-checks.md)."""
        return {
            "client": self.client,
            "pathway": self.pathway,
            "today": self.today.isoformat(),
            "current_stage": self.current_stage,
            "goal_stages": list(self.goal_stages),
            "findings": [finding.to_json() for finding in self.findings],
            "suggestions": [suggestion.to_json() for suggestion in self.suggestions],
        }


# --- Helpers ---------------------------------------------------------------------------------


def step_label(step: Step, catalogue: ServiceCatalogue) -> str:
    """How a message names a step: its title, else its service's name in the current language."""
    return step.title or service_name(catalogue, step.service)


class _Context:
    """What every rule needs about one pathway, computed once (the rules are otherwise O(n²))."""

    def __init__(self, client: Client, pathway: Pathway, catalogue: ServiceCatalogue) -> None:
        self.client = client
        self.pathway = pathway
        self.catalogue = catalogue
        self.steps: dict[str, Step] = {step.id: step for step in pathway}
        # The rules about transitions (gap, order, consent) walk this list, not the graph's
        # edges: the spec lists their findings in the order of the pathway's transitions, which
        # the list keeps and the graph does not (its edges come by source step, then target).
        self.transitions: list[Transition] = pathway.transitions
        self.goal_stages = goal_stages(client)

    def live(self, transition: Transition) -> bool:
        """Whether neither end of *transition* is cancelled (cancelled steps take no part)."""
        return (
            self.steps[transition.from_step].status != "cancelled"
            and self.steps[transition.to_step].status != "cancelled"
        )

    def label(self, step_id: str) -> str:
        return step_label(self.steps[step_id], self.catalogue)


# --- The rules, one function per kind, each listing its findings in the spec's order ---------


def find_gaps(context: _Context, gap_days: int = DEFAULT_GAP_DAYS) -> list[Finding]:
    """`next` transitions after which no service runs for more than *gap_days* days."""
    findings = []
    for transition in context.transitions:
        if transition.kind != "next" or not context.live(transition):
            continue
        before = context.steps[transition.from_step]
        after = context.steps[transition.to_step]
        if before.end is None or after.start is None:
            continue
        days = (after.start - before.end).days
        if days > gap_days:
            message = ngettext(
                "No service for {days} day between “{a}” and “{b}”",
                "No service for {days} days between “{a}” and “{b}”",
                days,
            ).format(days=days, a=context.label(before.id), b=context.label(after.id))
            findings.append(Finding("gap", "warning", [before.id, after.id], message, days=days))
    return findings


def find_order_problems(context: _Context) -> list[Finding]:
    """`next` transitions whose later step starts before the earlier one."""
    findings = []
    for transition in context.transitions:
        if transition.kind != "next" or not context.live(transition):
            continue
        before = context.steps[transition.from_step]
        after = context.steps[transition.to_step]
        if before.start is None or after.start is None or not after.start < before.start:
            continue
        message = _("“{b}” starts before “{a}”, although it comes after it in the pathway").format(
            a=context.label(before.id), b=context.label(after.id)
        )
        findings.append(Finding("order", "warning", [before.id, after.id], message))
    return findings


def steps_with_a_way_forward(pathway: Pathway) -> set[str]:
    """Ids of the steps with an outgoing transition (of any kind) between steps not cancelled.

    A transition to a cancelled step is no way forward: that plan was dropped, so the path
    really stops there (cancelled steps take part in no finding). Read from the pathway's graph:
    the tails of its edges with neither end cancelled. (Not ``nx.restricted_view(graph,
    cancelled, ()).out_degree()``: the same set, but seven times slower, and the caseload report
    asks this of every pathway.)
    """
    cancelled = {step.id for step in pathway if step.status == "cancelled"}
    return tails_with_a_way_forward(pathway.graph.edges(keys=True), cancelled)


def tails_with_a_way_forward(
    edges: Iterable[tuple[K, K, str]], cancelled: Container[K]
) -> set[K]:
    """The rule of :func:`steps_with_a_way_forward` over bare (from, to, kind) edges, whatever
    keys the steps by: the caseload report reads its pathways' rows, not their graphs."""
    return {
        from_step
        for from_step, to_step, _kind in edges
        if from_step not in cancelled and to_step not in cancelled
    }


def find_dead_ends(context: _Context) -> list[Finding]:
    """Ended steps short of the goal with nothing after them."""
    findings = []
    onward = steps_with_a_way_forward(context.pathway)
    for step in context.steps.values():
        if step.status not in ("completed", "interrupted") or step.id in onward:
            continue
        # A step of an unknown service is not known to reach the goal, so it is reported.
        if context.catalogue.stage_of(step.service) in context.goal_stages:
            continue
        message = _("“{a}” has ended and nothing comes after it, short of the goal").format(
            a=context.label(step.id)
        )
        findings.append(Finding("dead_end", "warning", [step.id], message))
    return findings


def find_overdue(context: _Context, today: date) -> list[Finding]:
    """Planned steps whose start date has passed (a planned end plays no part), and ongoing
    steps whose planned end has passed (extend it, or mark the step completed)."""
    findings = []
    for step in context.steps.values():
        if step.status == "planned" and step.start is not None and step.start < today:
            days = (today - step.start).days
            message = ngettext(
                "“{a}” was to start {days} day ago and is still only planned",
                "“{a}” was to start {days} days ago and is still only planned",
                days,
            ).format(a=context.label(step.id), days=days)
        elif step.status == "ongoing" and step.end is not None and step.end < today:
            days = (today - step.end).days
            message = ngettext(
                "“{a}” was planned to end {days} day ago and is still ongoing: "
                "extend it or mark it completed",
                "“{a}” was planned to end {days} days ago and is still ongoing: "
                "extend it or mark it completed",
                days,
            ).format(a=context.label(step.id), days=days)
        else:
            continue
        findings.append(Finding("overdue", "warning", [step.id], message, days=days))
    return findings


def find_missing_responsible(context: _Context) -> list[Finding]:
    """Planned or ongoing steps that no team member is responsible for.

    A responsible id that names nobody in the client's team (a member since removed) counts as
    no one: nobody would answer for the step.
    """
    findings = []
    team = {member.id for member in context.client.team}
    for step in context.steps.values():
        if step.status not in ("planned", "ongoing"):
            continue
        if step.responsible and step.responsible in team:
            continue
        message = _("Nobody in the team is responsible for “{a}”").format(a=context.label(step.id))
        findings.append(Finding("no_responsible", "warning", [step.id], message))
    return findings


def consent_problem(
    transition: Transition,
    client: Client,
    receiving: Step,
    catalogue: ServiceCatalogue,
    today: date,
) -> tuple[str, date | None] | None:
    """The first reason in CONSENT_REASONS why *transition* may not carry its information, with
    the date that matters for it; None when it may (or carries nothing)."""
    if not transition.shared_info:
        return None
    # A consent id that names no consent of the client is as good as none.
    consent = client.consent(transition.consent) if transition.consent else None
    if consent is None:
        return ("missing", None)
    if catalogue.sector_of(receiving.service) not in consent.sectors:
        return ("sector", None)
    transfer_day = transition.date or receiving.start or today
    if transfer_day < consent.given_on:
        return ("not_yet_valid", consent.given_on)
    if consent.expires_on is not None and transfer_day > consent.expires_on:
        return ("expired", consent.expires_on)
    return None


_CONSENT_MESSAGES: dict[str, str] = {
    "missing": N_("Information goes from “{a}” to “{b}” without the client’s consent"),
    "sector": N_("The client’s consent does not cover {sector}, where “{b}” is"),
    "not_yet_valid": N_(
        "Information goes from “{a}” to “{b}” before the consent is valid (from {date})"
    ),
    "expired": N_("Information goes from “{a}” to “{b}” after the consent expired ({date})"),
}


def find_consent_problems(context: _Context, today: date) -> list[Finding]:
    """Transitions that pass information on without a valid consent covering the receiver."""
    findings = []
    for transition in context.transitions:
        if not transition.shared_info or not context.live(transition):
            continue
        receiving = context.steps[transition.to_step]
        problem = consent_problem(transition, context.client, receiving, context.catalogue, today)
        if problem is None:
            continue
        reason, day = problem
        sector = context.catalogue.sector_of(receiving.service)
        message = _(_CONSENT_MESSAGES[reason]).format(
            a=context.label(transition.from_step),
            b=context.label(receiving.id),
            sector=sector_name(sector) if sector else receiving.service,
            date=format_date(day),
        )
        findings.append(
            Finding(
                "consent", "error", [transition.from_step, receiving.id], message, reason=reason
            )
        )
    return findings


def addressed_domains(pathway: Pathway, catalogue: ServiceCatalogue) -> set[str]:
    """The need domains that the pathway's steps (other than cancelled) address."""
    domains: set[str] = set()
    for step in pathway:
        if step.status == "cancelled":
            continue
        service_type = catalogue.get(step.service)
        if service_type is not None:
            domains.update(service_type.addresses)
    return domains


def unmet_needs(client: Client, pathway: Pathway, catalogue: ServiceCatalogue) -> list[Need]:
    """The client's needs of level 2 or 3 that no step of the pathway addresses, in need order."""
    addressed = addressed_domains(pathway, catalogue)
    return [need for need in client.needs if need.level >= 2 and need.domain not in addressed]


def find_unmet_needs(needs: Iterable[Need]) -> list[Finding]:
    """A finding for each unmet need (see `unmet_needs`), in the client's order of needs."""
    findings = []
    for need in needs:
        message = _("No step addresses the need “{domain}” (level {level})").format(
            domain=need_domain_name(need.domain), level=need.level
        )
        findings.append(
            Finding("unmet_need", "warning", [], message, domain=need.domain, level=need.level)
        )
    return findings


def find_follow_up(client: Client, today: date) -> list[Finding]:
    """The ESF+ six-month follow-up, when its day is *today* or earlier and it is not recorded.

    It is about the client, not the pathway: every pathway's check reports it, once.
    """
    record = client.participation
    if record is None or not record.follow_up_due(today):
        return []
    due_on = record.six_month_day
    assert due_on is not None
    message = _(
        "The six-month follow-up has been due since {date}: record the participant’s situation "
        "six months after leaving (ESF+)"
    ).format(date=format_date(due_on))
    return [Finding("follow_up", "warning", [], message, due_on=due_on)]


# --- Suggestions -----------------------------------------------------------------------------


def suggest_services(
    client: Client, pathway: Pathway, catalogue: ServiceCatalogue, *, today: date
) -> list[Suggestion]:
    """Up to three service types for each unmet need (spec "Suggestions").

    Candidates address the need's domain, are valid today, are neither in the pathway (other
    than cancelled) nor suggested for an earlier need; nearest first to the current stage
    (``assessment`` when there is none) and, of two equally near, the later stage first.
    Service types of one stage keep the catalogue's order.
    """
    return _suggest(
        unmet_needs(client, pathway, catalogue),
        pathway,
        catalogue,
        today=today,
        stage=current_stage(pathway, catalogue),
    )


def _suggest(
    needs: Iterable[Need],
    pathway: Pathway,
    catalogue: ServiceCatalogue,
    *,
    today: date,
    stage: str | None,
) -> list[Suggestion]:
    origin = STAGE_ORDER.get(stage or "assessment", STAGE_ORDER["assessment"])
    taken = {step.service for step in pathway if step.status != "cancelled"}
    # One ordering for every need: sorted() is stable, so catalogue order breaks the last ties.
    ranked = sorted(
        (s for s in catalogue if s.stage in STAGE_ORDER and s.is_valid_on(today)),
        key=lambda s: (abs(STAGE_ORDER[s.stage] - origin), -STAGE_ORDER[s.stage]),
    )
    suggestions: list[Suggestion] = []
    for need in needs:
        chosen = [s for s in ranked if need.domain in s.addresses and s.code not in taken][:3]
        for service_type in chosen:
            taken.add(service_type.code)
            reason = _("Works on the need “{domain}” (level {level}); stage: {stage}").format(
                domain=need_domain_name(need.domain),
                level=need.level,
                stage=stage_name(service_type.stage),
            )
            suggestions.append(Suggestion(service_type.code, need.domain, reason))
    return suggestions


# --- Everything at once ----------------------------------------------------------------------


def check_pathway(
    client: Client,
    pathway: Pathway,
    catalogue: ServiceCatalogue,
    *,
    today: date,
    gap_days: int = DEFAULT_GAP_DAYS,
) -> CheckResult:
    """The findings (in the spec's order) and suggestions of *pathway* as of *today*."""
    context = _Context(client, pathway, catalogue)
    stage = current_stage(pathway, catalogue)
    needs = unmet_needs(client, pathway, catalogue)
    findings = [
        *find_gaps(context, gap_days),
        *find_order_problems(context),
        *find_dead_ends(context),
        *find_overdue(context, today),
        *find_missing_responsible(context),
        *find_consent_problems(context, today),
        *find_unmet_needs(needs),
        *find_follow_up(client, today),
    ]
    return CheckResult(
        client=client.id,
        pathway=pathway.id,
        today=today,
        current_stage=stage,
        goal_stages=context.goal_stages,
        findings=findings,
        suggestions=_suggest(needs, pathway, catalogue, today=today, stage=stage),
    )
