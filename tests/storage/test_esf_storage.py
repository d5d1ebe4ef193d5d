"""The ESF+ participant data in the database: stored and read back exactly (false kept apart
from "not recorded"), migrated into an older database, changes logged, and left out of an
export for another organisation."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

from pathways.model import Client, FollowUp, Participation
from storage import audit
from storage.audit import Actor
from storage.database import Database, open_database
from storage.repository import Repository

from .test_database import make_database_at

FULL = Participation(
    entered_on=date(2025, 1, 1),
    status_on_entry="long_term_unemployed",
    left_on=date(2025, 8, 31),
    outcome_on_leaving="job_seeking",
    gender="woman",
    education_on_entry="isced_0_2",
    characteristics=["rural_area", "disability"],
    characteristics_declined=False,
    qualification_on_leaving=False,
    after_six_months=FollowUp(date(2026, 2, 28), "employed", improved=False),
)


def test_every_field_is_stored_and_read_back(repository: Repository) -> None:
    repository.create_client(Client(id="c1", name="Aino", participation=FULL))
    loaded = repository.load_client("c1")
    assert loaded is not None and loaded.participation == FULL
    assert repository.load_clients()[0].participation == FULL


def test_not_recorded_stays_none_and_a_change_replaces_the_record(
    repository: Repository,
) -> None:
    bare = Participation(date(2025, 1, 1), "unemployed")
    repository.create_client(Client(id="c1", name="Aino", participation=bare))
    loaded = repository.load_client("c1")
    assert loaded is not None and loaded.participation == bare
    assert loaded.participation.characteristics == []
    assert loaded.participation.qualification_on_leaving is None
    declined = dataclasses.replace(FULL, characteristics=[], characteristics_declined=True,
                                   after_six_months=FollowUp(date(2026, 3, 2), "inactive"))
    repository.save_client_details(dataclasses.replace(loaded, participation=declined))
    again = repository.load_client("c1")
    assert again is not None and again.participation == declined


def test_a_change_of_the_characteristics_is_logged_as_a_change_by_the_worker(
    database: Database,
) -> None:
    repository = Repository(database, Actor(os_user="hrantanen", worker="Heidi Rantanen"))
    repository.create_client(Client(id="c1", name="Aino", participation=FULL))
    client = repository.load_client("c1")
    assert client is not None and client.participation is not None
    client.participation.characteristics = ["minority"]
    repository.save_client_details(client)
    changes = [e for e in repository.access_log("c1") if e.action == audit.CHANGE]
    assert changes, "the change of the characteristics must be in the access log"
    assert changes[-1].target == "details"
    assert (changes[-1].os_user, changes[-1].worker) == ("hrantanen", "Heidi Rantanen")


def test_an_older_database_gains_the_columns_and_keeps_its_participations(
    db_path: Path,
) -> None:
    make_database_at(db_path, "0003")
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("INSERT INTO clients (pk, id, audit_key, name, search_text) "
                    "VALUES (1, 'c1', 'k', 'Aino', 'aino c1')")
        raw.execute("INSERT INTO participations (pk, client_pk, entered_on, status_on_entry) "
                    "VALUES (1, 1, '2025-01-01', 'inactive')")
    raw.close()
    database = open_database(str(db_path))
    try:
        loaded = Repository(database).load_client("c1")
    finally:
        database.close()
    assert loaded is not None
    assert loaded.participation == Participation(date(2025, 1, 1), "inactive")


def test_the_export_without_esf_leaves_the_participant_data_out(
    repository: Repository,
) -> None:
    repository.create_client(Client(id="c1", name="Aino", participation=FULL))
    full = repository.export_document()["clients"][0]["participation"]
    assert full["characteristics"] == ["rural_area", "disability"]
    assert full["qualification_on_leaving"] is False
    bare = repository.export_document(without_esf=True)["clients"][0]["participation"]
    assert bare == {"entered_on": "2025-01-01", "status_on_entry": "long_term_unemployed",
                    "left_on": "2025-08-31", "outcome_on_leaving": "job_seeking"}
    # The database keeps them.
    loaded = repository.load_client("c1")
    assert loaded is not None and loaded.participation == FULL
