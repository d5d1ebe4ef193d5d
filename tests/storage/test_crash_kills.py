"""Crash safety, proved by killing real processes: an import killed with SIGKILL at any moment
leaves all of it or none of it, and a stream of edits keeps every edit it acknowledged; the file
always passes ``PRAGMA integrity_check`` and the access log's chain stays whole (no Qt)."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storage.audit import verify_chain
from storage.database import open_database
from storage.repository import Repository
from tests.storage.test_repository import client, pathway

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 300

pytestmark = pytest.mark.slow


def big_file(examples_dir: Path, path: Path) -> Path:
    """CLIENTS new clients with notes (about 1.5 MB), each with a pathway of three steps."""
    document = json.loads((examples_dir / "three-clients.json").read_text("utf-8"))
    template = {k: v for k, v in document["clients"][0].items() if k != "personal_id"}
    document["clients"] = [
        template | {"id": f"new-{n:04d}", "notes": f"muistiinpano {n} " * 200}
        for n in range(CLIENTS)
    ]
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def sound(path: Path) -> None:
    """The file passes SQLite's full check, opens in Polku, and its log chain is whole."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    database = open_database(str(path))
    try:
        assert verify_chain(database) == []
    finally:
        database.close()


def counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(sql).fetchone()[0]
            for sql in (
                "SELECT count(*) FROM clients",
                "SELECT count(*) FROM steps",
                "SELECT count(*) FROM access_log WHERE action = 'import'",
            )
        )


def test_an_import_killed_at_any_moment_is_all_or_nothing(
    tmp_path: Path, examples_dir: Path
) -> None:
    source = big_file(examples_dir, tmp_path / "big.json")
    empty = tmp_path / "empty.sqlite3"
    open_database(str(empty)).close()
    # Moments after the import's transaction began (it takes the "before-import" backup
    # while holding the write lock, just before the first insert), and one during start-up.
    delays = [None, 0.0, 0.05, 0.1, 0.2, 0.35]
    outcomes = []
    for run, delay in enumerate(delays):
        db = tmp_path / f"run{run}" / "polku.sqlite3"
        db.parent.mkdir()
        shutil.copy(empty, db)
        process = subprocess.Popen(
            [sys.executable, "main.py", "--db", str(db), "import", str(source)],
            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            if delay is None:
                time.sleep(0.3)  # still importing Python modules
            else:
                deadline = time.monotonic() + 30
                while not (db.parent / "backups").exists() and time.monotonic() < deadline:
                    time.sleep(0.002)
                time.sleep(delay)
            process.kill()
        finally:
            process.wait(timeout=30)
        sound(db)
        found = counts(db)
        assert found in ((0, 0, 0), (CLIENTS, 3 * CLIENTS, CLIENTS)), (delay, found)
        outcomes.append((delay, found[0]))
    # At least one kill landed inside the import's transaction (after it began, before it
    # committed): it left nothing.
    assert any(delay is not None and found == 0 for delay, found in outcomes), outcomes


EDITS = """
import sys
from pathways.model import Step
from storage.database import open_database
from storage.repository import Repository

repository = Repository(open_database(sys.argv[1]))
client = repository.load_client("c1")
polku = client.pathways[0]
number = len(polku.steps)
while True:
    polku.add_step(Step(f"s{number}", "job_coaching", "planned", note="muistiinpano " * 20))
    repository.save_pathway("c1", polku)
    print(f"ack {number}", flush=True)
    number += 1
"""


def test_a_stream_of_edits_killed_keeps_every_acknowledged_edit(db_path: Path) -> None:
    database = open_database(str(db_path))
    Repository(database).create_client(client("c1", pathways=[pathway(1)]))
    database.close()
    chance = random.Random(703)
    for _kill in range(4):
        process = subprocess.Popen(
            [sys.executable, "-c", EDITS, str(db_path)],
            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert process.stdout is not None
        wanted = chance.randint(3, 25)
        acknowledged = -1
        try:
            for _seen in range(wanted):
                line = process.stdout.readline()
                assert line.startswith("ack "), (line, process.stderr and process.stderr.read())
                acknowledged = int(line.split()[1])
            time.sleep(chance.uniform(0, 0.02))  # somewhere inside the next edit
            process.kill()
        finally:
            process.wait(timeout=30)
        # Acknowledgements printed before the kill may still be in the pipe.
        for line in process.stdout.read().splitlines():
            acknowledged = max(acknowledged, int(line.split()[1]))
        sound(db_path)
        database = open_database(str(db_path))
        try:
            stored = Repository(database).load_clients(["c1"])[0].pathways[0]
        finally:
            database.close()
        ids = [step.id for step in stored.steps]
        # Every acknowledged edit is there; at most the one in flight beyond it.
        assert ids[: acknowledged + 1] == [f"s{n}" for n in range(acknowledged + 1)]
        assert len(ids) in (acknowledged + 1, acknowledged + 2)
