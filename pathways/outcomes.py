"""Evidence from the team's own history: how often clients reached work or training after a service.

For each service type, the share of earlier clients who, after going through it, reached open
employment or training within a year, and how long that typically took. It is an empirical
follow-up of the team's own records (a cohort count), explained in plain words in
``docs/outcomes.md``. It describes what happened to earlier clients; it is never a forecast for
one person nor a decision, and a figure is only put into words when at least
``MIN_CLIENTS_TO_DESCRIBE`` clients stand behind it.

Definitions, each covered by a test:

- Only ``active`` and ``closed`` pathways count (drafts are plans, not history).
- A client *went through* a service type when a step of it is ``completed`` or ``interrupted``
  (interrupted ones count: leaving them out would flatter the service). Each client counts once
  per service type, with their first such step (the one that ended first).
- The client *reached the goal* when a LATER step — one that started after that step started,
  in any of their active or closed pathways — of a goal stage (training or open employment) is
  ``ongoing`` or ``completed``. Days to the goal run from the end of the service step to the
  start of that goal step (0 when it started while the service still ran).
- *Within a year* means within 365 days of the end of the service step. A client counts only
  when that step ended at least 365 days before today; for the others the answer is not known
  yet, and they are left out of the denominator (counted in ``too_recent``).
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from pathways.catalogue import ServiceCatalogue
from pathways.i18n import translate, translations
from pathways.model import Client, Step

#: The stages that count as reaching the goal in these estimates: open work or training, as the
#: programme's two aims; the same for every client, so that the figures can be compared.
OUTCOME_STAGES = frozenset({"training", "open_employment"})
#: How long after a service a goal still counts.
FOLLOW_UP = timedelta(days=365)
#: Fewer clients than this give too rough a share to put into words.
MIN_CLIENTS_TO_DESCRIBE = 10
_Z95 = 1.959964  # the normal quantile of a two-sided 95 % interval

_HISTORY_STATUSES = frozenset({"active", "closed"})
_WENT_THROUGH = frozenset({"completed", "interrupted"})
_REACHED = frozenset({"ongoing", "completed"})


@dataclass(frozen=True, slots=True)
class OutcomeEstimate:
    """What happened to earlier clients after one service type."""

    service: str
    #: Clients whose step of the service ended at least a year before today (the denominator).
    clients: int
    #: Of those, how many reached training or open employment within a year of it.
    reached_within_year: int
    #: reached_within_year / clients; None without clients.
    share: float | None
    #: The median days from the end of the service to the start of the goal step, over the
    #: clients who reached the goal within a year; None when nobody did.
    median_days_to_goal: float | None
    #: Clients who went through the service less than a year ago: not known yet, left out.
    too_recent: int = 0
    #: A 95 % (Wilson score) interval for the share: how much it could differ by chance alone.
    share_low: float | None = None
    share_high: float | None = None


def wilson_interval(successes: int, trials: int, z: float = _Z95) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion; sound for small counts and shares near 0 or 1."""
    if trials == 0:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def _first_episodes(steps: Iterable[Step]) -> dict[str, tuple[date, date]]:
    """(start, end) of each service's first step the client went through (the first to end)."""
    first: dict[str, tuple[date, date]] = {}
    for step in steps:
        if step.status not in _WENT_THROUGH or step.start is None or step.end is None:
            continue
        known = first.get(step.service)
        if known is None or (step.end, step.start) < (known[1], known[0]):
            first[step.service] = (step.start, step.end)
    return first


def estimate_outcomes(
    clients: Iterable[Client], catalogue: ServiceCatalogue, *, today: date
) -> dict[str, OutcomeEstimate]:
    """An estimate for every service type that at least one client went through, by code."""
    stage_of = {service.code: service.stage for service in catalogue}
    counted: dict[str, int] = {}
    reached: dict[str, list[int]] = {}
    too_recent: dict[str, int] = {}
    latest_end = today - FOLLOW_UP
    for client in clients:
        steps = [
            step
            for pathway in client.pathways
            if pathway.status in _HISTORY_STATUSES
            for step in pathway
        ]
        goal_starts = sorted(
            step.start
            for step in steps
            if step.status in _REACHED
            and step.start is not None
            and stage_of.get(step.service) in OUTCOME_STAGES
        )
        for service, (start, end) in _first_episodes(steps).items():
            if end > latest_end:
                too_recent[service] = too_recent.get(service, 0) + 1
                continue
            counted[service] = counted.get(service, 0) + 1
            reached.setdefault(service, [])
            # The first goal step that started after this one did (not on the same day).
            index = bisect.bisect_right(goal_starts, start)
            if index < len(goal_starts) and goal_starts[index] <= end + FOLLOW_UP:
                reached[service].append(max(0, (goal_starts[index] - end).days))
    estimates = {}
    for service in sorted(counted.keys() | too_recent.keys()):
        total = counted.get(service, 0)
        days = reached.get(service, [])
        interval = wilson_interval(len(days), total)
        estimates[service] = OutcomeEstimate(
            service=service,
            clients=total,
            reached_within_year=len(days),
            share=len(days) / total if total else None,
            median_days_to_goal=float(statistics.median(days)) if days else None,
            too_recent=too_recent.get(service, 0),
            share_low=interval[0] if interval else None,
            share_high=interval[1] if interval else None,
        )
    return estimates


def describe(
    estimate: OutcomeEstimate, lang: str, catalogue: ServiceCatalogue | None = None
) -> str | None:
    """The estimate in one or two plain sentences in *lang*; None when fewer than
    ``MIN_CLIENTS_TO_DESCRIBE`` clients stand behind it (too rough to say anything).

    "Of 37 earlier clients after “Work trial”, 41 % reached open work or training within a
    year." — a description of earlier clients, never a decision about this one.
    """
    if estimate.clients < MIN_CLIENTS_TO_DESCRIBE or estimate.share is None:
        return None
    service_type = (catalogue or ServiceCatalogue.default()).get(estimate.service)
    service = service_type.name(lang) if service_type is not None else estimate.service
    text = translate(
        "Of {clients} earlier clients after “{service}”, {share} % reached open work or "
        "training within a year.",
        lang,
    ).format(clients=estimate.clients, service=service, share=round(estimate.share * 100))
    if estimate.median_days_to_goal is not None:
        days = round(estimate.median_days_to_goal)
        text += " " + translations(lang).ngettext(
            "Typically it took {days} day after the service ended.",
            "Typically it took {days} days after the service ended.",
            days,
        ).format(days=days)
    return text
