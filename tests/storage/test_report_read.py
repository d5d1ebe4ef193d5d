"""The report's own read (``storage.report_read``) gives the report that whole clients give.

``polku report`` no longer loads whole clients: it reads only the columns its figures need.
These tests count the same database both ways — the report's read, and every client loaded
whole (``Repository.load_clients``) — and want every figure equal: on the demo clients and on
a generated ESF+ population that makes every figure count something, over several periods and
reference dates, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from pathways import exchange, hetu
from pathways.catalogue import ServiceCatalogue
from pathways.demo import demo_clients
from pathways.errors import EnvironmentProblem
from pathways.model import (
    CHARACTERISTICS,
    EDUCATION_LEVELS,
    ENTRY_STATUSES,
    GOAL_OUTCOMES,
    LEAVING_OUTCOMES,
    STAGES,
    Client,
    FollowUp,
    Goal,
    Participation,
    Pathway,
    ServiceType,
    Step,
    Transition,
    six_month_day,
)
from pathways.report import ESF_GROUPS, ESF_INDICATORS, Report, build_report
from storage.database import open_database
from storage.report_read import read_report_input
from storage.repository import Repository

TODAY = date(2026, 1, 15)
PROJECT_ROOT = Path(__file__).resolve().parents[2]

#: (period_from, period_to, today): no period, each end open, a closed period, and another day.
PERIODS = [
    (None, None, TODAY),
    (date(2024, 3, 1), None, TODAY),
    (None, date(2024, 12, 31), TODAY),
    (date(2024, 1, 1), date(2025, 6, 30), TODAY),
    (date(2025, 1, 1), date(2025, 12, 31), date(2026, 9, 30)),
]

#: An organisation's own service type: the report must place it in its stage too.
OWN_TYPE = ServiceType(
    code="own_job_club", sector="third_sector", stage="intermediate",
    names={"fi": "Oma työnhakuklubi"}, custom=True,
)


def both_ways(target: str, period_from: date | None, period_to: date | None,
              today: date) -> tuple[Report, Report]:
    """The report from the report's read and from whole clients, of the same database."""
    database = open_database(target)
    try:
        read = read_report_input(database)
        repository = Repository(database)
        whole = repository.load_clients()
        catalogue = repository.catalogue()
    finally:
        database.close()
    assert len(read.clients) == len(whole)
    assert sorted(t.code for t in read.catalogue if t.custom) == sorted(
        t.code for t in catalogue if t.custom
    )
    fast = build_report(read.clients, read.catalogue, period_from=period_from,
                        period_to=period_to, today=today)
    full = build_report(whole, catalogue, period_from=period_from, period_to=period_to,
                        today=today)
    return fast, full


def test_the_demo_clients_give_the_same_report_both_ways(target: str) -> None:
    database = open_database(target)
    try:
        repository = Repository(database)
        for client in demo_clients(TODAY):
            repository.create_client(client)
    finally:
        database.close()
    for period_from, period_to, today in [*PERIODS, (None, None, TODAY + timedelta(days=400))]:
        fast, full = both_ways(target, period_from, period_to, today)
        assert fast == full
        assert fast.to_json() == full.to_json()
        assert fast.to_csv_rows() == full.to_csv_rows()
    # The demo is a caseload worth counting: steps in every stage figure, flows, a participant.
    fast, _full = both_ways(target, None, None, TODAY)
    assert fast.clients == 6 and fast.active_pathways > 0
    assert sum(fast.steps_by_stage.values()) > 0
    assert fast.indicators["total"]["participants"] > 0


def test_a_generated_esf_population_gives_every_figure_the_same_both_ways(target: str) -> None:
    clients = esf_population(240)
    document = exchange.loads(json.dumps(exchange.to_dict(clients, [OWN_TYPE])), today=TODAY)
    database = open_database(target)
    try:
        Repository(database).import_document(document)
    finally:
        database.close()

    for period_from, period_to, today in PERIODS:
        fast, full = both_ways(target, period_from, period_to, today)
        assert fast.to_json() == full.to_json(), (period_from, period_to, today)
        assert fast == full

    # Every figure counts something here, so an equal report is a real comparison.
    fast, _full = both_ways(target, None, None, TODAY)
    for key in ESF_INDICATORS:
        assert fast.indicators["total"][key] > 0, key
    for group in ESF_GROUPS:
        assert fast.indicators[group]["participants"] > 0, group
    for stage in STAGES:
        assert fast.steps_by_stage[stage] > 0, stage
        assert fast.days_in_stage[stage].steps > 0, stage
    assert sum(fast.drop_outs_by_stage.values()) > 0
    assert sum(fast.clients_by_current_stage.values()) > 0
    assert fast.active_without_stage > 0
    assert sum(sum(row.values()) for row in fast.flows.values()) > 0
    assert fast.steps_by_stage["intermediate"] > 0  # the organisation's own type counts in it


def test_a_draft_pathway_and_a_cancelled_step_count_alike_both_ways(target: str) -> None:
    """The read leaves drafts out in its query; the whole-client path skips them later."""
    steps = [
        Step("a", "service_need_assessment", "completed", start=date(2025, 1, 1),
             end=date(2025, 2, 1)),
        Step("b", "own_job_club", "cancelled"),
        Step("c", "job_coaching", "ongoing", start=date(2025, 3, 1)),
    ]
    transitions = [Transition("a", "b", "next"), Transition("a", "c", "support")]
    client = Client(
        id="c1", name="Aino", goal=Goal("open_employment"),
        participation=Participation(date(2025, 1, 1), "unemployed", gender="woman"),
        pathways=[
            Pathway("p1", "Polku", "active", steps=steps, transitions=transitions),
            Pathway("p2", "Luonnos", "draft", steps=[Step("d", "job_coaching", "ongoing",
                                                          start=date(2025, 3, 1))]),
            Pathway("p3", "Ennen", "closed", steps=[Step("e", "job_coaching", "interrupted",
                                                         start=date(2024, 3, 1),
                                                         end=date(2024, 5, 1))]),
        ],
    )
    database = open_database(target)
    try:
        repository = Repository(database)
        repository.add_service_type(OWN_TYPE)
        repository.create_client(client)
    finally:
        database.close()
    fast, full = both_ways(target, None, None, TODAY)
    assert fast == full
    assert fast.active_pathways == 1
    assert sum(fast.steps_by_stage.values()) == 2  # the cancelled step and the draft's: none
    assert sum(fast.drop_outs_by_stage.values()) == 1  # the closed pathway's interrupted step


def test_the_read_logs_nothing_and_changes_nothing(target: str) -> None:
    """The report shows counts, not a person: like the whole-client read it replaces, it
    writes no access-log entry (docs/trust.md) and leaves every row as it was."""
    database = open_database(target)
    try:
        repository = Repository(database)
        for client in demo_clients(TODAY):
            repository.create_client(client)
        before = repository.audit_entries()
        versions = repository.client_versions()
        read = read_report_input(database)
        assert len(read.clients) == 6
        assert repository.audit_entries() == before
        assert repository.client_versions() == versions
    finally:
        database.close()


def test_a_failing_read_is_one_line_without_the_statement(db_path: Path) -> None:
    database = open_database(str(db_path))
    database.close()
    connection = sqlite3.connect(db_path)
    connection.execute("DROP TABLE transitions")  # (its shared-info table goes first)
    connection.close()
    database = open_database(str(db_path))
    try:
        with pytest.raises(EnvironmentProblem) as raised:
            read_report_input(database)
    finally:
        database.close()
    message = str(raised.value)
    assert message == "polku: the database failed (no such table: transitions); nothing was changed"


def test_the_report_command_imports_no_networkx(tmp_path: Path) -> None:
    """The report reads no pathway graph, so it does not pay for networkx's import (a tenth of
    its time over 5,000 clients); a whole client's load still imports it."""
    db = tmp_path / "polku.sqlite3"
    database = open_database(str(db))
    try:
        Repository(database).create_client(demo_clients(TODAY)[0])
    finally:
        database.close()
    code = (
        "import sys, main\n"
        f"status = main.run(['--db', {str(db)!r}, 'report', '--json'])\n"
        "print(status, 'networkx' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 False"


# --- A generated ESF+ population ---------------------------------------------------------------


def esf_population(count: int, seed: int = 15) -> list[Client]:
    """*count* made-up participants (and a few who are not) whose data reach every figure:
    each gender and none, ages from an identity code and from a year alone, every entry status,
    education and characteristic, leavers with every outcome, qualifications, follow-ups
    recorded and due; pathways active, closed and draft whose steps move between the stages,
    with cancelled and interrupted steps, support transitions and the organisation's own type."""
    rng = random.Random(seed)
    catalogue = ServiceCatalogue([OWN_TYPE])
    by_stage = {stage: [s.code for s in catalogue if s.stage == stage] for stage in STAGES}
    clients = []
    for number in range(count):
        entered = date(2023, 6, 1) + timedelta(days=rng.randint(0, 900))
        left = entered + timedelta(days=rng.randint(30, 500))
        if left >= TODAY or rng.random() < 0.25:
            left_on, outcome = None, None
        else:
            left_on, outcome = left, rng.choice(LEAVING_OUTCOMES)
        follow_up = None
        if left_on is not None and six_month_day(left_on) <= TODAY and rng.random() < 0.6:
            follow_up = FollowUp(six_month_day(left_on) + timedelta(days=rng.randint(0, 30)),
                                 rng.choice(LEAVING_OUTCOMES), rng.choice((True, False, None)))
        declined = rng.random() < 0.1
        participation = Participation(
            entered,
            rng.choice(ENTRY_STATUSES),
            left_on,
            outcome,
            gender=rng.choice(("woman", "man", "non_binary", None)),
            education_on_entry=rng.choice((*EDUCATION_LEVELS, None)),
            characteristics=[] if declined else rng.sample(CHARACTERISTICS, rng.randint(0, 2)),
            characteristics_declined=True if declined else None,
            qualification_on_leaving=rng.choice((True, False, None)) if left_on else None,
            after_six_months=follow_up,
        )
        born = date(1955, 1, 1) + timedelta(days=rng.randint(0, 19_000))
        client = Client(
            id=f"gen-{number:04d}",
            name=f"Osallistuja {number}",
            goal=Goal(rng.choice(GOAL_OUTCOMES)) if rng.random() < 0.8 else None,
            participation=participation if number % 12 else None,
        )
        if rng.random() < 0.5:
            client.personal_id = hetu.compose(born, 900 + number % 100)
        if client.personal_id is None or rng.random() < 0.5:
            client.birth_year = born.year
        statuses = rng.choice((["active"], ["closed", "active"], ["active", "draft"], ["closed"],
                               []))
        client.pathways = [
            generated_pathway(rng, by_stage, f"p{index}", status, entered)
            for index, status in enumerate(statuses)
        ]
        clients.append(client)
    return clients


def generated_pathway(rng: random.Random, by_stage: dict[str, list[str]], pathway_id: str,
                      status: str, start: date) -> Pathway:
    """Steps that mostly move forward a stage, sometimes back; next and support transitions."""
    stage_index, day, previous = 0, start, None
    steps: list[Step] = []
    transitions: list[Transition] = []
    for number in range(rng.randint(0, 9)):
        stage_index = max(0, min(len(STAGES) - 1, stage_index + rng.choice((0, 1, 1, -1))))
        end = day + timedelta(days=rng.randint(10, 200))
        if end < TODAY:
            step_status = rng.choices(("completed", "interrupted", "cancelled"), (7, 2, 1))[0]
        elif day <= TODAY:
            step_status = "ongoing"
        else:
            step_status = "planned"
        step_id = f"s{number}"
        steps.append(Step(
            id=step_id,
            service=rng.choice(by_stage[STAGES[stage_index]]),
            status=step_status,
            start=day if step_status != "cancelled" else None,
            end=end if step_status in ("completed", "interrupted") else None,
        ))
        if previous is not None and rng.random() < 0.85:
            transitions.append(Transition(previous, step_id, rng.choice(("next", "support"))))
        previous = step_id
        day = end + timedelta(days=rng.randint(0, 40))
    return Pathway(pathway_id, "Polku", status, steps=steps, transitions=transitions)
