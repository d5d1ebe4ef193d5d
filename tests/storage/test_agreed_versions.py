"""Agreed versions in the database: agree, load, export → import → export, erased with the client,
deleted with their pathway, logged like any change (no Qt)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pathways import exchange
from pathways.errors import InputError
from pathways.model import Client, Meeting, Pathway, ServiceType, Step, TeamMember, Transition
from storage import audit
from storage.database import open_database
from storage.repository import Repository

Snapshot = Callable[[Path], dict[str, list[object]]]

OWN = ServiceType(
    "peer_group", "third_sector", "rehabilitation", {"fi": "Vertaisryhmä"}, custom=True
)


def pathway(pathway_id: str = "p1", status: str = "active") -> Pathway:
    return Pathway(
        pathway_id,
        "Polku",
        status,
        steps=[
            Step("s1", "social_rehabilitation", "ongoing", start=date(2026, 1, 5),
                 responsible="t1", position=(10.0, 20.0)),
            Step("s2", "peer_group", "planned", note="Sisäinen muistiinpano"),
        ],
        transitions=[Transition("s1", "s2", "next", shared_info=["plan", "basic"])],
    )


def client(client_id: str = "c1") -> Client:
    return Client(
        client_id,
        "Matti Äijälä",
        team=[TeamMember("t1", "Liisa", "ohjaaja", "social")],
        meetings=[Meeting("m1", date(2026, 3, 12), decisions=["Vertaisryhmä alkaa"])],
        pathways=[pathway(), pathway("p2", "draft")],
    )


@pytest.fixture
def stored(repository: Repository) -> Repository:
    repository.add_service_type(OWN)
    repository.create_client(client())
    return repository


def test_agree_keeps_the_pathway_as_it_is_now(stored: Repository) -> None:
    version = stored.agree("c1", meeting_id="m1", on=date(2026, 3, 12), note="Sovittu")
    loaded = stored.load_client("c1")
    assert loaded is not None
    assert loaded.agreed_versions == [version]
    assert version.pathway_id == "p1"  # the active pathway
    assert version.meeting_id == "m1" and version.agreed_on == date(2026, 3, 12)
    assert list(version.steps) == loaded.pathway("p1").steps
    assert list(version.transitions) == loaded.pathway("p1").transitions

    # Changing the pathway afterwards leaves the version as it was.
    changed = loaded.pathway("p1")
    changed.replace_step(dataclasses.replace(changed.step("s2"), status="ongoing"))
    changed.replace_step(dataclasses.replace(changed.step("s2"), start=date(2026, 4, 1)))
    changed.remove_step("s1")
    stored.save_pathway("c1", changed)
    again = stored.load_client("c1")
    assert again is not None
    assert again.agreed_versions == [version]


def test_agree_defaults_to_today_and_appends(stored: Repository) -> None:
    first = stored.agree("c1", "p2")
    second = stored.agree("c1", "p2")  # the same content again makes a new version
    assert first.agreed_on == date.today() and first.id != second.id
    loaded = stored.load_client("c1")
    assert loaded is not None
    assert [v.id for v in loaded.agreed_versions] == [first.id, second.id]
    assert loaded.agreed_versions[0].steps == loaded.agreed_versions[1].steps


def test_agree_refuses_what_does_not_exist_and_writes_nothing(
    stored: Repository, db_path: Path, snapshot: Snapshot
) -> None:
    before = snapshot(db_path)
    with pytest.raises(InputError, match="no meeting with id m9"):
        stored.agree("c1", meeting_id="m9")
    with pytest.raises(InputError, match="no pathway with id p9"):
        stored.agree("c1", "p9")
    with pytest.raises(InputError, match="no client with id c9"):
        stored.agree("c9")
    stored.create_client(Client("empty", "Ei Polkua"))
    middle = snapshot(db_path)
    with pytest.raises(InputError, match="has no pathway"):
        stored.agree("empty")
    assert snapshot(db_path)["agreed_versions"] == before["agreed_versions"] == []
    assert snapshot(db_path) == middle


def test_agree_is_logged_as_a_change(stored: Repository) -> None:
    version = stored.agree("c1")
    last = stored.access_log("c1")[-1]
    assert (last.action, last.target) == (audit.CHANGE, f"agreed version {version.id}")


def test_deleting_a_pathway_deletes_its_versions(stored: Repository) -> None:
    stored.agree("c1", "p1")
    kept = stored.agree("c1", "p2")
    stored.delete_pathway("c1", "p1")
    loaded = stored.load_client("c1")
    assert loaded is not None
    assert loaded.agreed_versions == [kept]


def test_versions_are_erased_with_the_client(
    stored: Repository, db_path: Path, snapshot: Snapshot
) -> None:
    stored.agree("c1")
    assert len(snapshot(db_path)["agreed_versions"]) == 1
    stored.erase_client("c1")
    assert snapshot(db_path)["agreed_versions"] == []


def test_export_import_export_keeps_versions(stored: Repository, tmp_path: Path) -> None:
    stored.agree("c1", meeting_id="m1", on=date(2026, 3, 12), note="Sovittu")
    loaded = stored.load_client("c1")
    assert loaded is not None
    # History: the version keeps naming a team member and a meeting that have since gone.
    loaded.team = []
    loaded.meetings = []
    stored.save_client_details(loaded)
    stored.save_pathway("c1", Pathway("p2", "Luonnos", "draft"))
    # Only the version uses the custom service type now.
    stored.save_pathway("c1", Pathway("p1", "Polku", "active"))
    exported = stored.export_document()
    assert [t["code"] for t in exported["catalogue"]] == ["peer_group"]
    versions: list[dict[str, Any]] = exported["clients"][0]["agreed_versions"]
    assert versions[0]["meeting"] == "m1" and versions[0]["steps"][0]["responsible"] == "t1"
    assert versions[0]["steps"][0]["position"] == {"x": 10.0, "y": 20.0}

    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    second = open_database(str(tmp_path / "second.sqlite3"))
    try:
        other = Repository(second)
        other.import_file(path)
        assert exchange.comparable(other.export_document()) == exchange.comparable(exported)
        # import --replace swaps the versions with the rest of the client.
        exported["clients"][0]["agreed_versions"] = []
        path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
        other.import_file(path, replace=True)
        again = other.load_client("c1")
        assert again is not None and again.agreed_versions == []
    finally:
        second.close()


def test_import_summary_counts_the_pathways_steps_only(stored: Repository, tmp_path: Path) -> None:
    stored.agree("c1")
    stored.agree("c1", "p2")
    path = tmp_path / "export.json"
    path.write_text(json.dumps(stored.export_document(), ensure_ascii=False), encoding="utf-8")
    second = open_database(str(tmp_path / "second.sqlite3"))
    try:
        summary = Repository(second).import_file(path)
    finally:
        second.close()
    assert (summary.clients, summary.pathways, summary.steps) == (1, 2, 4)
