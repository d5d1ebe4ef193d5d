"""The client list's current stage, asked of the database (``storage.listing``), is the rule of
``pathways.stages.current_stage`` in every case: ongoing steps first (the highest stage), else
the completed step that ended last (the higher stage on the same day), steps whose service has
no stage passed over, only the active pathway — on SQLite and, when named, PostgreSQL (whose
NULLs sort the other way)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from pathways.model import Client, Pathway, ServiceType, Step
from pathways.stages import current_stage
from storage.database import open_database
from storage.repository import Repository

D = date


def _pathway(*steps: Step, status: str = "active", pathway_id: str = "p1") -> Pathway:
    return Pathway(pathway_id, "Polku", status, D(2024, 1, 1), list(steps), [])


#: client id → (pathways, the stage the list must show)
CASES: dict[str, tuple[list[Pathway], str | None]] = {
    "no-pathway": ([], None),
    "planned-only": (
        [_pathway(Step("a", "work_trial", "planned", start=D(2026, 1, 1)))],
        None,
    ),
    "highest-ongoing": (
        [
            _pathway(
                Step("a", "social_rehabilitation", "ongoing", start=D(2025, 1, 1)),
                Step("b", "work_trial", "ongoing", start=D(2025, 2, 1)),
                Step("c", "service_need_assessment", "ongoing", start=D(2025, 3, 1)),
                Step("d", "open_employment", "completed", D(2024, 1, 1), end=D(2030, 1, 1)),
            )
        ],
        "intermediate",
    ),
    "ongoing-unknown-service-passed-over": (
        [
            _pathway(
                Step("a", "no_such_service", "ongoing", start=D(2025, 1, 1)),
                Step("b", "social_rehabilitation", "ongoing", start=D(2025, 2, 1)),
            )
        ],
        "rehabilitation",
    ),
    "only-unknown-ongoing-then-completed": (
        [
            _pathway(
                Step("a", "no_such_service", "ongoing", start=D(2025, 1, 1)),
                Step("b", "work_trial", "completed", start=D(2024, 1, 1), end=D(2024, 6, 1)),
            )
        ],
        "intermediate",
    ),
    "latest-completed": (
        [
            _pathway(
                Step("a", "work_trial", "completed", start=D(2024, 1, 1), end=D(2024, 6, 1)),
                Step("b", "social_rehabilitation", "completed", D(2024, 2, 1), end=D(2024, 9, 1)),
                Step("c", "open_employment", "planned", start=D(2025, 1, 1)),
                Step("d", "vocational_education", "cancelled", start=D(2023, 1, 1)),
            )
        ],
        "rehabilitation",
    ),
    "same-day-the-higher-stage": (
        [
            _pathway(
                Step("a", "open_employment", "completed", start=D(2024, 1, 1), end=D(2024, 6, 1)),
                Step("b", "social_rehabilitation", "completed", D(2024, 2, 1), end=D(2024, 6, 1)),
            )
        ],
        "open_employment",
    ),
    "latest-completed-unknown-passed-over": (
        [
            _pathway(
                Step("a", "work_trial", "completed", start=D(2024, 1, 1), end=D(2024, 6, 1)),
                Step("b", "no_such_service", "completed", D(2024, 2, 1), end=D(2024, 9, 1)),
            )
        ],
        "intermediate",
    ),
    "completed-without-end-passed-over": (
        [
            _pathway(
                Step("a", "work_trial", "completed", start=D(2024, 1, 1), end=D(2024, 6, 1)),
                Step("b", "open_employment", "completed", start=D(2024, 2, 1)),
            )
        ],
        "intermediate",
    ),
    "own-service-type": (
        [_pathway(Step("a", "own_coaching", "ongoing", start=D(2025, 1, 1)))],
        "work_activity",
    ),
    "only-the-active-pathway": (
        [
            _pathway(
                Step("a", "open_employment", "ongoing", start=D(2025, 1, 1)),
                status="closed",
                pathway_id="old",
            ),
            _pathway(Step("b", "service_need_assessment", "ongoing", start=D(2025, 1, 1))),
        ],
        "assessment",
    ),
    "no-active-pathway": (
        [_pathway(Step("a", "work_trial", "ongoing", start=D(2025, 1, 1)), status="draft")],
        None,
    ),
}


@pytest.fixture
def repository(target: str) -> Iterator[Repository]:
    database = open_database(target)
    try:
        yield Repository(database)
    finally:
        database.close()


def test_the_list_shows_the_current_stage_of_the_active_pathway(repository: Repository) -> None:
    repository.add_service_type(
        ServiceType("own_coaching", "social", "work_activity", {"fi": "Oma valmennus"}, custom=True)
    )
    for number, (client_id, (pathways, _stage)) in enumerate(CASES.items()):
        repository.create_client(Client(client_id, f"Asiakas {number:02d}", pathways=pathways))
    summaries = {s.id: s for s in repository.list_clients()}
    assert {cid: s.current_stage for cid, s in summaries.items()} == {
        cid: stage for cid, (_pathways, stage) in CASES.items()
    }
    # …which is what the rule over the loaded client says, case by case.
    catalogue = repository.catalogue()
    for client in repository.load_clients():
        active = [p for p in client.pathways if p.status == "active"]
        expected = current_stage(active[0], catalogue) if active else None
        assert summaries[client.id].current_stage == expected, client.id
    assert summaries["only-the-active-pathway"].active_pathway_id == "p1"
    assert summaries["no-active-pathway"].active_pathway_id is None


def test_a_search_lists_only_the_matching_clients_with_their_stages(
    repository: Repository,
) -> None:
    for number, (client_id, (pathways, _stage)) in enumerate(CASES.items()):
        repository.create_client(Client(client_id, f"Asiakas {number:02d}", pathways=pathways))
    found = repository.list_clients("asiakas 05")
    assert [(s.id, s.current_stage) for s in found] == [("latest-completed", "rehabilitation")]
