"""The repository: clients, search, Finnish order, pathways written by difference (no Qt)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from pathways.errors import InputError
from pathways.model import (
    Client,
    Consent,
    Goal,
    Meeting,
    Need,
    Participation,
    Pathway,
    ServiceType,
    Step,
    TeamMember,
    Transition,
)
from storage.database import Database
from storage.repository import Repository


def pathway(n_steps: int = 3, *, pathway_id: str = "p1", status: str = "active") -> Pathway:
    steps = [
        Step(
            f"s{i}",
            "work_trial" if i % 2 else "social_rehabilitation",
            "completed",
            start=date(2024, 1, 1 + i % 28),
            end=date(2024, 2, 1 + i % 28),
        )
        for i in range(n_steps)
    ]
    transitions = [
        Transition(f"s{i}", f"s{i + 1}", "next", shared_info=["plan", "basic"])
        for i in range(n_steps - 1)
    ]
    return Pathway(pathway_id, "Polku", status, date(2024, 1, 1), steps, transitions)


def client(client_id: str = "c1", name: str = "Matti Äijälä", **fields: object) -> Client:
    values: dict[str, object] = {
        "municipality": "Lahti",
        "personal_id": None,
        "birth_year": 1990,
        "languages": ["fi", "sv"],
        "notes": "muistiinpano",
        "goal": Goal("training", "Ammattiin", date(2027, 1, 1)),
        "needs": [Need("health", 2, date(2025, 1, 1), "x"), Need("housing", 1)],
        "consents": [Consent("k1", date(2025, 1, 1), ["social", "health"], date(2026, 1, 1))],
        "team": [TeamMember("t1", "Liisa", "sosiaaliohjaaja", "social", "Hyvinvointialue")],
        "participation": Participation(date(2025, 1, 1), "unemployed"),
        "meetings": [
            Meeting(
                "m1", date(2025, 2, 1), ["t1"], True, "Yhteenveto", ["a", "b"], date(2025, 5, 1)
            )
        ],
        "pathways": [pathway()],
    }
    values.update(fields)
    return Client(client_id, name, **values)  # type: ignore[arg-type]


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """The SQL statements the block sends, first word upper-cased with the table."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        words = sql.split()
        seen.append(" ".join(words[:3]))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def writes(seen: list[str], table: str) -> list[str]:
    return [
        s
        for s in seen
        if s.split()[0] in ("INSERT", "UPDATE", "DELETE")
        and f" {table}" in f" {s} ".replace(f'"{table}"', table)
    ]


# --- Clients -----------------------------------------------------------------------------------


def test_a_client_comes_back_as_it_was_stored(repository: Repository) -> None:
    stored = client()
    repository.create_client(stored)
    assert repository.load_client("c1") == stored
    assert repository.load_client("nobody") is None
    assert repository.count_clients() == 1
    assert repository.client_ids() == ["c1"]


def test_step_positions_and_order_are_kept(repository: Repository) -> None:
    polku = pathway(5)
    polku.replace_step(dataclasses.replace(polku.step("s3"), position=(12.5, -3.0)))
    polku.add_step(Step("first", "work_trial", "planned"), index=0)
    repository.create_client(client(pathways=[polku, pathway(2, pathway_id="p0", status="draft")]))
    loaded = repository.load_client("c1")
    assert loaded is not None
    assert [p.id for p in loaded.pathways] == ["p1", "p0"]
    assert [s.id for s in loaded.pathways[0].steps] == ["first", "s0", "s1", "s2", "s3", "s4"]
    assert loaded.pathways[0].step("s3").position == (12.5, -3.0)
    assert loaded.pathways[0].step("s2").position is None


def test_a_planned_end_of_an_ongoing_step_is_kept(repository: Repository) -> None:
    polku = pathway(1)
    polku.add_step(Step("trial", "work_trial", "ongoing", start=date(2026, 3, 1),
                        end=date(2026, 5, 31)))
    repository.create_client(client(pathways=[polku]))
    loaded = repository.load_client("c1")
    assert loaded is not None
    assert loaded.pathways[0].step("trial").end == date(2026, 5, 31)


def test_load_clients_in_bulk_is_in_id_order(repository: Repository) -> None:
    for client_id in ("b", "c", "a"):
        repository.create_client(client(client_id))
    assert [c.id for c in repository.load_clients()] == ["a", "b", "c"]
    assert [c.id for c in repository.load_clients(["c", "a", "zz"])] == ["a", "c"]


def test_existing_client_id_or_personal_id_is_refused(repository: Repository) -> None:
    repository.create_client(client("c1", personal_id="090999-4825"))
    with pytest.raises(InputError, match="already exists"):
        repository.create_client(client("c1"))
    with pytest.raises(InputError) as caught:
        repository.create_client(client("c2", personal_id="090999-4825"))
    assert "090999-4825" not in str(caught.value)  # personal data is never echoed
    assert repository.client_ids() == ["c1"]


def test_save_client_details_replaces_details_and_keeps_pathways(repository: Repository) -> None:
    original = client()
    repository.create_client(original)
    changed = client(
        name="Matti Virtanen",
        municipality="Heinola",
        languages=["en"],
        goal=None,
        needs=[Need("finances", 3)],
        consents=[],
        team=[TeamMember("t9", "Pekka", "valmentaja", "employment")],
        participation=None,
        meetings=[Meeting("m2", date(2025, 3, 1), decisions=["c"])],
        pathways=[],  # ignored: pathways are saved on their own
    )
    repository.save_client_details(changed)
    loaded = repository.load_client("c1")
    assert loaded is not None
    assert dataclasses.replace(loaded, pathways=[]) == changed
    assert loaded.pathways == original.pathways
    assert [s.id for s in repository.list_clients("virtanen")] == ["c1"]
    assert repository.list_clients("aijala") == []


def test_deleting_a_client_deletes_every_row_about_them(
    repository: Repository, db_path: Path, snapshot: Callable[[Path], dict[str, list[object]]]
) -> None:
    repository.create_client(client("keep"))
    before = snapshot(db_path)
    repository.create_client(client("gone", "Toinen"))
    repository.delete_client("gone")
    after = snapshot(db_path)
    for table, rows in after.items():
        # The access log keeps its entries (storage.audit): they name no one.
        if table not in ("alembic_version", "access_log"):
            assert len(rows) == len(before[table]), table
    with pytest.raises(InputError):
        repository.delete_client("gone")


# --- Search and order --------------------------------------------------------------------------


@pytest.mark.parametrize("search", ["aijala", "ÄIJÄLÄ", "äijä", "matti aij", "LAHTI", "c-1", "a_j"])
def test_search_folds_case_and_accents(repository: Repository, search: str) -> None:
    repository.create_client(client("c-1", "Matti Äijälä"))
    repository.create_client(client("c-2", "Pekka Mäki", municipality="Porvoo"))
    found = [s.id for s in repository.list_clients(search)]
    if search == "a_j":  # "_" is a letter to look for, not LIKE's one-character wildcard
        assert found == []
    else:
        assert found == ["c-1"]


def test_search_wildcards_are_taken_literally(repository: Repository) -> None:
    repository.create_client(client("100%", "Sata Prosenttia"))
    repository.create_client(client("1000", "Tuhat"))
    assert [s.id for s in repository.list_clients("100%")] == ["100%"]


def test_clients_are_listed_in_finnish_alphabetical_order(repository: Repository) -> None:
    names = ["Öberg Olli", "Zetterman Ilona", "Aalto Aino", "åkerlund Åsa", "Ähtäri Eero",
             "Virtanen Ville", "Wallin Wilma"]  # fmt: skip
    for index, name in enumerate(names):
        repository.create_client(client(f"c{index}", name, personal_id=None))
    assert [s.name for s in repository.list_clients()] == [
        "Aalto Aino",
        "Virtanen Ville",
        "Wallin Wilma",
        "Zetterman Ilona",
        "åkerlund Åsa",
        "Ähtäri Eero",
        "Öberg Olli",
    ]


def test_summary_carries_the_active_pathway_and_its_current_stage(
    repository: Repository,
) -> None:
    polku = Pathway(
        "p2",
        "Työhön",
        "active",
        steps=[
            Step("a", "social_rehabilitation", "ongoing", start=date(2025, 1, 1)),
            Step("b", "work_trial", "ongoing", start=date(2025, 2, 1)),
            Step("c", "open_employment", "planned"),
        ],
    )
    repository.create_client(client("c1", pathways=[pathway(status="closed"), polku]))
    repository.create_client(client("c2", "Bertta", pathways=[pathway(status="draft")]))
    by_id = {s.id: s for s in repository.list_clients()}
    assert (by_id["c1"].active_pathway_id, by_id["c1"].active_pathway_title) == ("p2", "Työhön")
    assert by_id["c1"].current_stage == "intermediate"  # the higher of the two ongoing steps
    assert by_id["c2"].active_pathway_id is None and by_id["c2"].current_stage is None


# --- Service types -----------------------------------------------------------------------------


def test_custom_service_types_join_the_catalogue(repository: Repository) -> None:
    own = ServiceType(
        "peer_group",
        "third_sector",
        "rehabilitation",
        {"fi": "Vertaisryhmä", "en": "Peer group"},
        description="Weekly group",
        addresses=("social_relations", "mental_health"),
        valid_from=date(2025, 1, 1),
        custom=True,
    )
    repository.add_service_type(own)
    catalogue = repository.catalogue()
    assert catalogue["peer_group"] == own
    assert "work_trial" in catalogue
    repository.add_service_type(dataclasses.replace(own, stage="work_activity"))
    assert repository.catalogue()["peer_group"].stage == "work_activity"
    with pytest.raises(InputError):
        repository.add_service_type(dataclasses.replace(own, code="work_trial"))


# --- Pathways ----------------------------------------------------------------------------------


def test_save_pathway_writes_only_what_differs(repository: Repository, database: Database) -> None:
    repository.create_client(client(pathways=[pathway(200)]))
    loaded = repository.load_client("c1")
    assert loaded is not None
    polku = loaded.pathways[0]

    with statements(database) as seen:
        repository.save_pathway("c1", polku)
    assert [s for s in seen if s.split()[0] in ("INSERT", "UPDATE", "DELETE")] == []

    polku.replace_step(dataclasses.replace(polku.step("s50"), note="muutettu"))
    with statements(database) as seen:
        repository.save_pathway("c1", polku)
    assert len(writes(seen, "steps")) == 1
    assert writes(seen, "transitions") == [] and writes(seen, "transition_shared_info") == []

    polku.replace_transition(dataclasses.replace(polku.transition(("s1", "s2", "next")),
                                                 shared_info=["plan"]))  # fmt: skip
    polku.remove_step("s199")
    polku.add_step(Step("new", "job_coaching", "planned"))
    polku.add_transition(Transition("s198", "new", "next", referral=True))
    repository.save_pathway("c1", polku)

    stored = repository.load_client("c1")
    assert stored is not None and stored.pathways[0] == polku


def test_save_pathway_keeps_a_new_order(repository: Repository) -> None:
    repository.create_client(client(pathways=[pathway(4)]))
    loaded = repository.load_client("c1")
    assert loaded is not None
    polku = loaded.pathways[0]
    moved = polku.step("s3")
    removed = polku.remove_step("s3")
    polku.add_step(moved, index=0)
    for transition in removed:
        polku.add_transition(transition, index=0)
    repository.save_pathway("c1", polku)
    again = repository.load_client("c1")
    assert again is not None
    assert [s.id for s in again.pathways[0].steps] == ["s3", "s0", "s1", "s2"]
    assert again.pathways[0] == polku


def test_new_pathway_goes_last_and_can_be_deleted(repository: Repository) -> None:
    repository.create_client(client())
    repository.save_pathway("c1", pathway(2, pathway_id="draft", status="draft"))
    loaded = repository.load_client("c1")
    assert loaded is not None and [p.id for p in loaded.pathways] == ["p1", "draft"]
    repository.delete_pathway("c1", "draft")
    loaded = repository.load_client("c1")
    assert loaded is not None and [p.id for p in loaded.pathways] == ["p1"]
    with pytest.raises(InputError):
        repository.delete_pathway("c1", "draft")
    with pytest.raises(InputError):
        repository.save_pathway("nobody", pathway())


def test_a_client_has_at_most_one_active_pathway(repository: Repository) -> None:
    repository.create_client(client())
    with pytest.raises(InputError, match="already has an active pathway"):
        repository.save_pathway("c1", pathway(pathway_id="p2", status="active"))
    loaded = repository.load_client("c1")
    assert loaded is not None and [p.id for p in loaded.pathways] == ["p1"]
    # Closing the first one makes room for another active one.
    first = loaded.pathways[0]
    first.status = "closed"
    repository.save_pathway("c1", first)
    repository.save_pathway("c1", pathway(pathway_id="p2", status="active"))
    with pytest.raises(InputError, match="more than one active"):
        repository.create_client(
            client("c2", pathways=[pathway(pathway_id="a"), pathway(pathway_id="b")])
        )
