"""`polku demo`: fills a database with the demo clients once, and never touches real data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from pathways.demo import demo_clients
from pathways.model import Client
from storage.database import open_database
from storage.repository import Repository

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _client_ids(path: Path) -> list[str]:
    database = open_database(str(path))
    try:
        return sorted(Repository(database).client_ids())
    finally:
        database.close()


def _content(path: Path) -> list[str]:
    """Every row of every table, as SQL (the access log, if any, may grow with each run)."""
    connection = sqlite3.connect(path)
    try:
        return [line for line in connection.iterdump() if "audit" not in line.lower()]
    finally:
        connection.close()


def test_first_run_adds_the_demo_clients(polku: Any, db_path: Path) -> None:
    result = polku("demo", "--db", str(db_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    expected = sorted(client.id for client in demo_clients(date.today()))
    assert len(expected) >= 6
    assert result.stdout == f"added {len(expected)} demo clients\n"
    assert _client_ids(db_path) == expected


def test_a_second_run_changes_nothing_and_says_so(polku: Any, db_path: Path) -> None:
    assert polku("demo", "--db", str(db_path)).returncode == 0
    before = _content(db_path)
    result = polku("demo", "--db", str(db_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "the demo clients are already in the database; nothing was changed\n"
    assert _content(db_path) == before


def test_only_missing_demo_clients_are_added(polku: Any, db_path: Path) -> None:
    assert polku("demo", "--db", str(db_path)).returncode == 0
    database = open_database(str(db_path))
    try:
        Repository(database).delete_client("demo-emma")
    finally:
        database.close()
    result = polku("demo", "--db", str(db_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "added 1 demo client\n"
    assert "demo-emma" in _client_ids(db_path)


def test_the_summary_is_one_line_in_the_chosen_language(polku: Any, db_path: Path) -> None:
    finnish = polku("demo", "--db", str(db_path))
    assert finnish.returncode == 0, finnish.stderr
    assert finnish.stdout.count("\n") == 1
    assert "6" in finnish.stdout
    assert not finnish.stdout.startswith("added")
    swedish = polku("demo", "--db", str(db_path), "--lang", "sv")
    assert swedish.stdout.count("\n") == 1
    assert not swedish.stdout.startswith("the demo")


def test_a_database_with_other_clients_is_refused_and_left_alone(polku: Any, db_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        Repository(database).create_client(Client(id="c1", name="Liisa Esimerkki"))
    finally:
        database.close()
    before = _content(db_path)
    result = polku("demo", "--db", str(db_path), "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "not a demo client" in result.stderr
    assert "Traceback" not in result.stderr
    assert _client_ids(db_path) == ["c1"]
    assert _content(db_path) == before
