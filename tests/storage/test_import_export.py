"""Import and export through the repository: all or nothing, same content both ways (no Qt)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pathways import exchange
from pathways.errors import InputError
from storage import repository as repository_module
from storage.database import open_database
from storage.repository import ImportSummary, Repository

Snapshot = Callable[[Path], dict[str, list[object]]]


def read(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def locations(error: pytest.ExceptionInfo[InputError], file: Path) -> list[str]:
    """The LOCATION of each ``FILE: LOCATION: message`` line."""
    prefix = f"{file}: "
    assert all(line.startswith(prefix) for line in error.value.lines), error.value.lines
    return [line[len(prefix) :].split(": ", 1)[0] for line in error.value.lines]


CUSTOM = {
    "code": "peer_group",
    "sector": "third_sector",
    "stage": "rehabilitation",
    "names": {"fi": "Vertaisryhmä", "en": "Peer group"},
    "addresses": ["social_relations"],
}


def with_custom_service(document: dict[str, Any]) -> dict[str, Any]:
    """*document* with a custom service type that the first client's first step uses."""
    document = copy.deepcopy(document)
    document["catalogue"] = [dict(CUSTOM)]
    document["clients"][0]["pathways"][0]["steps"][0]["service"] = "peer_group"
    return document


def test_import_then_export_gives_the_same_content_twice(
    repository: Repository, examples_dir: Path, tmp_path: Path
) -> None:
    example = examples_dir / "three-clients.json"
    assert repository.import_file(example) == ImportSummary(clients=3, pathways=3, steps=10)
    exported = repository.export_document()
    assert exchange.comparable(exported) == exchange.comparable(read(example))

    second = open_database(str(tmp_path / "second.sqlite3"))
    try:
        again = Repository(second)
        again.import_file(write(tmp_path / "exported.json", exported))
        assert exchange.comparable(again.export_document()) == exchange.comparable(read(example))
    finally:
        second.close()


def test_export_carries_the_custom_services_its_pathways_use(
    repository: Repository, examples_dir: Path, tmp_path: Path
) -> None:
    source = with_custom_service(read(examples_dir / "three-clients.json"))
    repository.import_file(write(tmp_path / "custom.json", source))
    first = repository.export_document([source["clients"][0]["id"]])
    assert [t["code"] for t in first["catalogue"]] == ["peer_group"]
    other = repository.export_document([source["clients"][1]["id"]])
    assert "catalogue" not in other or other["catalogue"] == []
    assert exchange.comparable(repository.export_document()) == exchange.comparable(source)


def test_export_of_an_unknown_client_is_an_error(
    repository: Repository, examples_dir: Path
) -> None:
    repository.import_file(examples_dir / "three-clients.json")
    with pytest.raises(InputError, match="nobody"):
        repository.export_document(["e1", "nobody"])


def test_invalid_file_imports_nothing_and_reports_every_error(
    repository: Repository, examples_dir: Path, db_path: Path, snapshot: Snapshot
) -> None:
    invalid = examples_dir / "invalid" / "four-errors.json"
    expected = (examples_dir / "invalid" / "four-errors.expected.txt").read_text().split()
    before = snapshot(db_path)
    with pytest.raises(InputError) as caught:
        repository.import_file(invalid)
    assert locations(caught, invalid) == expected
    assert snapshot(db_path) == before
    assert repository.count_clients() == 0


def test_invalid_file_also_reports_ids_already_in_the_database(
    repository: Repository, examples_dir: Path
) -> None:
    repository.import_file(examples_dir / "three-clients.json")
    invalid = examples_dir / "invalid" / "four-errors.json"
    with pytest.raises(InputError) as caught:
        repository.import_file(invalid)
    assert locations(caught, invalid) == [
        "clients[0].id",
        "clients[0].pathways[0].steps[2].end",
        "clients[1].id",
        "clients[1].pathways[0].transitions",
        "clients[2].id",
        "clients[2].personal_id",
        "clients[2].pathways[0].steps[0].service",
    ]


def test_existing_ids_without_replace_are_errors_and_change_nothing(
    repository: Repository, examples_dir: Path, tmp_path: Path, db_path: Path, snapshot: Snapshot
) -> None:
    example = read(examples_dir / "three-clients.json")
    repository.import_file(
        write(tmp_path / "first.json", {**example, "clients": example["clients"][1:]})
    )
    before = snapshot(db_path)
    with pytest.raises(InputError) as caught:
        repository.import_file(examples_dir / "three-clients.json")
    assert locations(caught, examples_dir / "three-clients.json") == [
        "clients[1].id",
        "clients[2].id",
    ]
    assert snapshot(db_path) == before


def test_replace_swaps_whole_clients_in_one_go(
    repository: Repository, examples_dir: Path, tmp_path: Path, db_path: Path
) -> None:
    repository.import_file(examples_dir / "three-clients.json")
    before = {s.id: s for s in repository.list_clients()}
    changed = read(examples_dir / "three-clients.json")
    first = changed["clients"][0]
    first["name"] = "Noora Uusinimi"
    first["pathways"] = []
    first["needs"] = first["needs"][:1]
    changed["clients"] = [first]
    path = write(tmp_path / "changed.json", changed)

    summary = repository.import_file(path, replace=True)

    assert summary == ImportSummary(clients=1, pathways=0, steps=0)
    loaded = repository.load_client(first["id"])
    assert loaded is not None
    assert loaded.name == "Noora Uusinimi" and loaded.pathways == [] and len(loaded.needs) == 1
    after = {s.id: s for s in repository.list_clients()}
    assert after.keys() == before.keys()
    assert all(after[i] == before[i] for i in before if i != first["id"])


def test_replace_keeps_the_access_log_key(
    repository: Repository, examples_dir: Path, db_path: Path
) -> None:
    import sqlite3

    def keys() -> dict[str, str]:
        with sqlite3.connect(db_path) as raw:
            return dict(raw.execute("SELECT id, audit_key FROM clients").fetchall())

    repository.import_file(examples_dir / "three-clients.json")
    first = keys()
    assert len(set(first.values())) == 3 and all(len(k) == 32 for k in first.values())
    repository.import_file(examples_dir / "three-clients.json", replace=True)
    assert keys() == first


def test_personal_id_of_another_client_in_the_database_is_an_error(
    repository: Repository, examples_dir: Path, tmp_path: Path
) -> None:
    example = read(examples_dir / "three-clients.json")
    repository.import_file(examples_dir / "three-clients.json")
    newcomer = copy.deepcopy(example["clients"][0])
    newcomer["id"] = "someone-else"
    path = write(tmp_path / "newcomer.json", {**example, "clients": [newcomer]})
    with pytest.raises(InputError) as caught:
        repository.import_file(path, replace=True)
    assert locations(caught, path) == ["clients[0].personal_id"]
    assert example["clients"][0]["personal_id"] not in str(caught.value)


def test_a_changed_custom_service_needs_replace(
    repository: Repository, examples_dir: Path, tmp_path: Path, db_path: Path, snapshot: Snapshot
) -> None:
    source = with_custom_service(read(examples_dir / "three-clients.json"))
    repository.import_file(write(tmp_path / "custom.json", source))
    changed = copy.deepcopy(source)
    changed["catalogue"][0]["stage"] = "work_activity"
    for client in changed["clients"]:
        client["id"] += "-b"
        client.pop("personal_id", None)
    path = write(tmp_path / "changed.json", changed)
    before = snapshot(db_path)
    with pytest.raises(InputError) as caught:
        repository.import_file(path)
    assert locations(caught, path) == ["catalogue[0].code"]
    assert snapshot(db_path) == before

    repository.import_file(path, replace=True)
    assert repository.catalogue()["peer_group"].stage == "work_activity"
    # The same definition again is no conflict at all.
    again = copy.deepcopy(changed)
    for client in again["clients"]:
        client["id"] += "-c"
    repository.import_file(write(tmp_path / "again.json", again))


def test_a_failure_half_way_leaves_the_database_unchanged(
    repository: Repository,
    examples_dir: Path,
    tmp_path: Path,
    db_path: Path,
    snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    example = read(examples_dir / "three-clients.json")
    repository.import_file(
        write(tmp_path / "one.json", {**example, "clients": example["clients"][:1]})
    )
    before = snapshot(db_path)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")  # after clients, details, pathways and steps are written

    monkeypatch.setattr(repository_module._Inserter, "transitions", broken)
    with pytest.raises(OSError, match="disk full"):
        repository.import_file(examples_dir / "three-clients.json", replace=True)
    assert snapshot(db_path) == before


def test_import_document_checks_the_database_too(
    repository: Repository, examples_dir: Path
) -> None:
    document = exchange.load_file(examples_dir / "three-clients.json")
    repository.import_document(document)
    with pytest.raises(exchange.ExchangeError) as caught:
        repository.import_document(document)
    assert [p.location for p in caught.value.problems] == [
        "clients[0].id",
        "clients[1].id",
        "clients[2].id",
    ]
    assert repository.import_document(document, replace=True).clients == 3
