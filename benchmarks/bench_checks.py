"""Benchmark: pathway checks, the caseload report and outcome estimates over synthetic clients.

Run ``python benchmarks/bench_checks.py`` (optionally ``--clients N``). It prints the time of a
check of one 40-step pathway, of the report over 5,000 clients and of the outcome estimates
over 5,000 clients. Budgets: 50 ms, 2 s and 2 s. The clients are made up (seeded, so every run
measures the same work) and hold no real person's data.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from pathways.catalogue import ServiceCatalogue
from pathways.checks import check_pathway
from pathways.model import (
    ENTRY_STATUSES,
    GOAL_OUTCOMES,
    LEAVING_OUTCOMES,
    NEED_DOMAINS,
    STAGES,
    Client,
    Consent,
    Goal,
    Need,
    Participation,
    Pathway,
    Step,
    TeamMember,
    Transition,
)
from pathways.outcomes import estimate_outcomes
from pathways.report import build_report

TODAY = date(2026, 1, 15)


def synthetic_pathway(
    rng: random.Random,
    catalogue: ServiceCatalogue,
    pathway_id: str,
    status: str,
    length: int,
    start: date,
    today: date = TODAY,
) -> Pathway:
    """A chain of steps that mostly moves forward a stage, sometimes back, with support steps."""
    by_stage = {stage: [s.code for s in catalogue if s.stage == stage] for stage in STAGES}
    stage_index = 0
    day = start
    steps: list[Step] = []
    transitions: list[Transition] = []
    previous: str | None = None
    for number in range(length):
        stage_index = max(0, min(len(STAGES) - 1, stage_index + rng.choice((0, 1, 1, 1, -1))))
        service = rng.choice(by_stage[STAGES[stage_index]])
        duration = rng.randint(20, 200)
        end = day + timedelta(days=duration)
        if end < today:
            step_status = rng.choices(("completed", "interrupted", "cancelled"), (8, 2, 1))[0]
        elif day <= today:
            step_status = "ongoing"
        else:
            step_status = "planned"
        step_id = f"{pathway_id}-s{number}"
        steps.append(
            Step(
                id=step_id,
                service=service,
                status=step_status,
                start=day if step_status != "cancelled" else None,
                end=end if step_status in ("completed", "interrupted") else None,
                responsible=rng.choice(("t1", "t2", None)),
            )
        )
        if previous is not None:
            transitions.append(
                Transition(
                    previous,
                    step_id,
                    rng.choice(("next", "next", "next", "support")),
                    shared_info=rng.choice(([], ["plan"], ["health", "plan"])),
                    consent=rng.choice(("k1", None)),
                )
            )
        previous = step_id
        day = end + timedelta(days=rng.randint(-20, 60))
    return Pathway(pathway_id, "Polku", status, steps=steps, transitions=transitions)


def synthetic_clients(count: int, catalogue: ServiceCatalogue, seed: int = 7) -> list[Client]:
    """*count* made-up clients with one to three pathways of 2–12 steps each."""
    rng = random.Random(seed)
    clients = []
    for number in range(count):
        client_id = f"syn-{number:05d}"
        entered = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1000))
        left = entered + timedelta(days=rng.randint(90, 700))
        pathways = []
        for index, status in enumerate(
            rng.choice((["active"], ["closed", "active"], ["active", "draft"], ["closed"]))
        ):
            pathways.append(
                synthetic_pathway(
                    rng,
                    catalogue,
                    f"{client_id}-p{index}",
                    status,
                    rng.randint(2, 12),
                    entered + timedelta(days=rng.randint(0, 60)),
                )
            )
        clients.append(
            Client(
                id=client_id,
                name=f"Asiakas {number}",
                goal=Goal(rng.choice(GOAL_OUTCOMES)),
                needs=[Need(domain, rng.randint(0, 3)) for domain in rng.sample(NEED_DOMAINS, 5)],
                consents=[Consent("k1", entered, ["employment", "social", "health"])],
                team=[
                    TeamMember("t1", "Heidi", "coach", "employment"),
                    TeamMember("t2", "Ville", "nurse", "health"),
                ],
                participation=Participation(
                    entered,
                    rng.choice(ENTRY_STATUSES),
                    left if left < TODAY else None,
                    rng.choice(LEAVING_OUTCOMES) if left < TODAY else None,
                ),
                pathways=pathways,
            )
        )
    return clients


def timed(function: Callable[[], object], repeat: int) -> float:
    """The median wall time of *repeat* runs, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5000)
    args = parser.parse_args()
    catalogue = ServiceCatalogue.default()

    rng = random.Random(1)
    long_pathway = synthetic_pathway(rng, catalogue, "long", "active", 40, date(2020, 1, 1))
    [client] = synthetic_clients(1, catalogue, seed=3)
    client.pathways = [long_pathway]
    seconds = timed(lambda: check_pathway(client, long_pathway, catalogue, today=TODAY), repeat=50)
    print(f"check of one 40-step pathway: {seconds * 1000:.2f} ms (budget 50 ms)")

    clients = synthetic_clients(args.clients, catalogue)
    steps = sum(len(p) for c in clients for p in c.pathways)
    print(f"synthetic caseload: {len(clients)} clients, {steps} steps")
    seconds = timed(lambda: build_report(clients, catalogue, today=TODAY), repeat=5)
    print(f"report over {len(clients)} clients: {seconds:.3f} s (budget 2 s)")
    seconds = timed(lambda: estimate_outcomes(clients, catalogue, today=TODAY), repeat=5)
    print(f"outcome estimates over {len(clients)} clients: {seconds:.3f} s (budget 2 s)")


if __name__ == "__main__":
    main()
