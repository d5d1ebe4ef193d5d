"""Benchmark: pathway checks, the caseload report and outcome estimates over synthetic clients.

Run ``python benchmarks/bench_checks.py`` (optionally ``--clients N``, ``--runs R``). It prints
the time of a check of one 40-step pathway, of the report over 5,000 clients and of the outcome
estimates over 5,000 clients (budgets: 50 ms, 2 s and 2 s), and then ``polku report --json``
over a database of the same 5,000 participants, every one with the ESF+ participant data
(gender, education, characteristics, age from an identity code or a birth year, leaving,
qualification, six-month follow-ups), against its floor measured in the same run: a child Python
that imports ``sqlalchemy.orm`` and ``networkx`` and exits (budget: report ≤ 3× the floor).
Children are interleaved, the median of *R* runs. The clients are made up (seeded, so every run
measures the same work) and hold no real person's data. It prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from pathways import hetu
from pathways.catalogue import ServiceCatalogue
from pathways.checks import check_pathway
from pathways.model import (
    CHARACTERISTICS,
    EDUCATION_LEVELS,
    ENTRY_STATUSES,
    GOAL_OUTCOMES,
    LEAVING_OUTCOMES,
    NEED_DOMAINS,
    STAGES,
    Client,
    Consent,
    FollowUp,
    Goal,
    Need,
    Participation,
    Pathway,
    Step,
    TeamMember,
    Transition,
    six_month_day,
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
                participation=esf_participation(
                    random.Random(seed * 100_003 + number),
                    entered,
                    rng.choice(ENTRY_STATUSES),
                    left if left < TODAY else None,
                    rng.choice(LEAVING_OUTCOMES) if left < TODAY else None,
                ),
                pathways=pathways,
            )
        )
        esf = random.Random(seed * 7_919 + number)  # its own draws: the rest stays as it was
        born = date(1960, 1, 1) + timedelta(days=esf.randint(0, 16_000))
        if esf.random() < 0.5:
            clients[-1].personal_id = hetu.compose(born, 2 + number % 898)
        clients[-1].birth_year = born.year
    return clients


def esf_participation(
    rng: random.Random, entered: date, status: str, left: date | None, outcome: str | None
) -> Participation:
    """A participation with the ESF+ participant data, as a project records it."""
    declined = rng.random() < 0.1
    follow_up = None
    if left is not None and six_month_day(left) <= TODAY and rng.random() < 0.6:
        follow_up = FollowUp(six_month_day(left) + timedelta(days=rng.randint(0, 40)),
                             rng.choice(LEAVING_OUTCOMES), rng.choice((True, False, None)))
    return Participation(
        entered,
        status,
        left,
        outcome,
        gender=rng.choice(("woman", "man", "woman", "man", "non_binary", None)),
        education_on_entry=rng.choice((*EDUCATION_LEVELS, None)),
        characteristics=[] if declined else rng.sample(CHARACTERISTICS, rng.randint(0, 2)),
        characteristics_declined=True if declined else None,
        qualification_on_leaving=rng.choice((True, False, None)) if left is not None else None,
        after_six_months=follow_up,
    )


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
    parser.add_argument("--runs", type=int, default=3)
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
    report_command(clients, args.runs)


def report_command(clients: list[Client], runs: int) -> None:
    """``polku report --json`` over a database of *clients* against the import floor."""
    from pathways import exchange
    from storage.database import open_database
    from storage.repository import Repository

    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as folder:
        database_path = Path(folder) / "polku.sqlite3"
        started = time.perf_counter()
        database = open_database(str(database_path))
        try:
            text = json.dumps(exchange.to_dict(clients, []))
            Repository(database).import_document(exchange.loads(text, today=TODAY))
        finally:
            database.close()
        print(f"database of {len(clients)} participants built in "
              f"{time.perf_counter() - started:.1f} s")
        environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        floor_command = [sys.executable, "-c", "import sqlalchemy.orm, networkx"]
        command = [sys.executable, "main.py", "--db", str(database_path), "report", "--json",
                   "--today", TODAY.isoformat()]

        def wall(arguments: list[str]) -> float:
            started = time.perf_counter()
            subprocess.run(arguments, cwd=root, env=environment, check=True,
                           capture_output=True, timeout=300)
            return time.perf_counter() - started

        wall(floor_command), wall(command)  # warm the caches and the bytecode once
        floors, reports = [], []
        for _ in range(runs):
            floors.append(wall(floor_command))
            reports.append(wall(command))
        floor, report = statistics.median(floors), statistics.median(reports)
        document = json.loads(subprocess.run(command, cwd=root, env=environment, check=True,
                                             capture_output=True, text=True).stdout)
        total = document["esf"]["total"]
        print(f"import floor (sqlalchemy.orm + networkx): {floor * 1000:.0f} ms")
        print(f"polku report --json over {document['participants']} participants "
              f"({total['follow_up_due']} follow-ups due, {total['employed_six_months_after']} "
              f"employed six months after): {report * 1000:.0f} ms, "
              f"report/floor {report / floor:.2f} (budget ≤ 3.00)")


if __name__ == "__main__":
    main()
