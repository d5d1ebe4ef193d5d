"""Trust benchmark: kills survived, fuzz cases answered, and backup, quick-check, restore and
erasure times on a 50 MB database; erasure with 30 automatic backups of it; the memory that
validating a 100 MB exchange file takes.

Run: ``python benchmarks/bench_trust.py [--megabytes 50] [--kills 10] [--fuzz 300]
[--backups 30] [--validate-megabytes 100]``. Prints the
figures; asserts nothing but the outcomes it counts (a kill that breaks the database, or a fuzz
case answered with a traceback, is reported as not survived / failed).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from pathways.model import Client, Goal, Meeting, Pathway, Step, TeamMember, Transition  # noqa: E402

SERVICES = ["service_need_assessment", "social_rehabilitation", "rehabilitative_work_activity",
            "work_trial", "job_coaching", "open_employment"]  # fmt: skip


def synthetic_client(number: int, note_size: int) -> Client:
    """A client with a six-step pathway, a team, a meeting and notes of *note_size* characters."""
    start = date(2024, 1, 1) + timedelta(days=number % 200)
    steps = [
        Step(f"s{i}", service, "completed" if i < 4 else "planned",
             start=start + timedelta(days=40 * i), end=start + timedelta(days=40 * i + 30)
             if i < 4 else None, note=f"Jakso {i} asiakkaalle {number}. " * 8)
        for i, service in enumerate(SERVICES)
    ]  # fmt: skip
    transitions = [Transition(f"s{i}", f"s{i + 1}", "next", shared_info=["basic", "plan"])
                   for i in range(len(SERVICES) - 1)]  # fmt: skip
    text = f"Asiakkaan {number} muistiinpanot: tilanne, tavoitteet ja sovitut asiat. "
    return Client(
        id=f"client-{number:06d}",
        name=f"Asiakas Esimerkki {number}",
        birth_year=1960 + number % 40,
        municipality="Lahti",
        languages=["fi"],
        notes=(text * (note_size // len(text) + 1))[:note_size],
        goal=Goal("open_employment", "Palkkatyö"),
        team=[TeamMember("t1", "Heidi Rantanen", "Työhönvalmentaja", "employment")],
        meetings=[Meeting("m1", date(2024, 3, 1), ["t1"], True, "Yhteenveto " * 20)],
        pathways=[Pathway("p1", "Polku", "active", date(2024, 1, 1), steps, transitions)],
    )


def build_database(path: Path, megabytes: int) -> int:
    """A database of about *megabytes* MB; the number of clients in it."""
    from pathways.exchange import ExchangeDocument
    from storage.database import open_database
    from storage.repository import Repository

    database = open_database(str(path))
    repository = Repository(database)
    number = 0
    while path.stat().st_size < megabytes * 1_000_000:
        batch = [synthetic_client(number + i, 6000) for i in range(500)]
        repository.import_document(ExchangeDocument(clients=batch))
        number += len(batch)
        database.close()  # folds the WAL in, so the file size is the database's
        database = open_database(str(path))
        repository = Repository(database)
    database.close()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    return number


def best_of(repeat: int, work: object) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


# --- Kills --------------------------------------------------------------------------------------

EDITS = """
import sys
from pathways.model import Step
from storage.database import open_database
from storage.repository import Repository

repository = Repository(open_database(sys.argv[1]))
polku = repository.load_client("c1").pathways[0]
number = len(polku.steps)
while True:
    polku.add_step(Step(f"s{number}", "job_coaching", "planned", note="muistiinpano " * 20))
    repository.save_pathway("c1", polku)
    print(f"ack {number}", flush=True)
    number += 1
"""


def kills(count: int, folder: Path) -> tuple[int, int]:
    """(survived, run): imports and edit streams killed with SIGKILL at random moments; a kill
    is survived when the file passes integrity_check and holds all of the import or none, or
    every acknowledged edit."""
    from pathways.exchange import to_dict
    from storage.database import open_database
    from storage.repository import Repository

    chance = random.Random(703)
    clients = [synthetic_client(n, 2000) for n in range(300)]
    source = folder / "import.json"
    source.write_text(json.dumps(to_dict(clients, [])), encoding="utf-8")
    empty = folder / "empty.sqlite3"
    open_database(str(empty)).close()
    survived = 0
    for run in range(count):
        db = folder / f"kill{run}" / "polku.sqlite3"
        db.parent.mkdir()
        shutil.copy(empty, db)
        if run % 2 == 0:
            process = subprocess.Popen(
                [sys.executable, "main.py", "--db", str(db), "import", str(source)],
                cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            deadline = time.monotonic() + 30
            while not (db.parent / "backups").exists() and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(chance.uniform(0, 0.3))
            process.kill()
            process.wait()
            acknowledged = None
        else:
            database = open_database(str(db))
            Repository(database).create_client(
                Client("c1", "Asiakas", pathways=[Pathway("p1", "Polku", "active")])
            )
            database.close()
            process = subprocess.Popen(
                [sys.executable, "-c", EDITS, str(db)], cwd=PROJECT_ROOT,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )  # fmt: skip
            assert process.stdout is not None
            acknowledged = -1
            for _seen in range(chance.randint(3, 30)):
                acknowledged = int(process.stdout.readline().split()[1])
            time.sleep(chance.uniform(0, 0.02))
            process.kill()
            process.wait()
            for line in process.stdout.read().splitlines():
                acknowledged = max(acknowledged, int(line.split()[1]))
        connection = sqlite3.connect(db)
        try:
            sound = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            if acknowledged is None:
                stored = connection.execute("SELECT count(*) FROM clients").fetchone()[0]
                whole = stored in (0, len(clients))
            else:
                ids = {row[0] for row in connection.execute("SELECT id FROM steps")}
                whole = all(f"s{n}" in ids for n in range(acknowledged + 1))
        finally:
            connection.close()
        survived += sound and whole
    return survived, count


# --- Fuzz ---------------------------------------------------------------------------------------


def fuzz(count: int, folder: Path) -> tuple[int, int, float]:
    """(answered cleanly, run, seconds): the fuzz suite's nasty files and *count* random
    mutations of a valid file, each validated and imported in-process."""
    import copy

    from storage.database import open_database
    from storage.repository import Repository
    from tests.pathways import test_fuzz_exchange as suite

    template = folder / "template" / "polku.sqlite3"
    template.parent.mkdir()
    database = open_database(str(template))
    Repository(database).create_client(Client("own-client", "Oma Asiakas"))
    database.close()
    expected = suite.contents(template.parent)
    chance = random.Random(2023)
    values = [None, True, 0, -1, 10**30, 2.5, float("nan"), "", "x" * 300, "\x00", suite.SQL,
              [], {}, [[]], {"a": {"b": []}}, "2025-02-30", "e1", "s1"]  # fmt: skip
    cases = [data for name, data in suite.CASES.items() if name not in suite.KNOWN]
    for _case in range(count):
        document = copy.deepcopy(suite.BASE)
        for _mutation in range(chance.randint(1, 3)):
            suite.mutate(document, chance.choice(suite.PATHS),
                         chance.choice(["replace", "delete", "duplicate"]), chance.choice(values))
        cases.append(suite.dumps(document))  # fmt: skip
    clean = 0
    started = time.perf_counter()
    for data in cases:
        try:
            suite.try_file(data, template, expected)
            clean += 1
        except AssertionError as failure:
            print(f"  fuzz case failed: {str(failure)[:200]}")
    return clean, len(cases), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--fuzz", type=int, default=300)
    parser.add_argument("--backups", type=int, default=30)
    parser.add_argument("--validate-megabytes", type=int, default=100)
    options = parser.parse_args()
    from storage import backups
    from storage.database import open_database
    from storage.repository import Repository

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        survived, run = kills(options.kills, folder)
        print(f"kills survived: {survived} of {run} (SIGKILL during imports and edit streams)")
        clean, cases, seconds = fuzz(options.fuzz, folder)
        print(f"fuzz cases run: {cases} (validate + import each), {clean} answered cleanly, "
              f"{seconds:.1f} s")  # fmt: skip

        db = folder / "big" / "polku.sqlite3"
        db.parent.mkdir()
        started = time.perf_counter()
        clients = build_database(db, options.megabytes)
        size = db.stat().st_size / 1_000_000
        print(f"database: {size:.1f} MB, {clients} clients (built in "
              f"{time.perf_counter() - started:.1f} s)")  # fmt: skip
        checks = []
        opens = []
        for _ in range(3):
            started = time.perf_counter()
            database = open_database(str(db))
            opens.append(time.perf_counter() - started)
            assert database.quick_check_seconds is not None
            checks.append(database.quick_check_seconds)
            database.close()
        print(f"quick check at open: {min(checks) * 1000:.0f} ms "
              f"(the whole open: {min(opens) * 1000:.0f} ms)")  # fmt: skip
        database = open_database(str(db))
        copies = folder / "copies"
        copies.mkdir()
        counter = iter(range(100))
        backup_time = best_of(
            3, lambda: backups.write_backup(db, copies / f"copy{next(counter)}.sqlite3")
        )
        print(f"backup of the {size:.0f} MB database (SQLite backup API): "
              f"{backup_time * 1000:.0f} ms")  # fmt: skip
        started = time.perf_counter()
        check = backups.check_backup(copies / "copy0.sqlite3")
        print(f"checking a backup (integrity_check): {(time.perf_counter() - started) * 1000:.0f}"
              f" ms, sound: {check.sound}")  # fmt: skip
        repository = Repository(database)
        started = time.perf_counter()
        repository.erase_client("client-000007")
        print(f"erasing a client (delete, checkpoint, VACUUM): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
        database.close()
        started = time.perf_counter()
        restored = backups.restore_backup(db, copies / "copy0.sqlite3")
        print(f"restoring the backup (checks, copies aside, one transaction): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms, erasures applied again: "
              f"{restored.erasures_applied}")  # fmt: skip
        if options.backups:
            erase_with_backups(db, options.backups, size)
        if options.validate_megabytes:
            validate_memory(folder, options.validate_megabytes)


def erase_with_backups(db: Path, count: int, size: float) -> None:
    """Erase one client from the database with *count* automatic backups of it beside it (and
    the .replaced-* copies the restore above left): every one is rewritten without them."""
    import datetime as dt

    from storage import backups
    from storage.database import open_database
    from storage.repository import Repository

    database = open_database(str(db))  # the open prunes; the backups below are written after
    folder = backups.backup_folder(db)
    folder.mkdir(mode=0o700, exist_ok=True)
    for old in backups.list_backups(db):
        old.path.unlink()
    now = dt.datetime.now(dt.UTC)
    started = time.perf_counter()
    for hour in range(count):
        stamp = (now - dt.timedelta(hours=hour)).strftime("%Y%m%dT%H%M%S.%fZ")
        backups.write_backup(db, folder / f"{db.name}.{stamp}.hourly.bak")
    print(f"{count} backups of the {size:.0f} MB database written in "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    replaced = len(backups.replaced_copies(db))
    started = time.perf_counter()
    erasure = Repository(database).erase_client("client-000011")
    seconds = time.perf_counter() - started
    database.close()
    print(f"erasing a client with {count} backups and {replaced} .replaced-* copies: "
          f"{seconds:.1f} s ({erasure.copies_rewritten} copies rewritten and checked, "
          f"{len(erasure.copies_deleted)} deleted)")  # fmt: skip


def validate_memory(folder: Path, megabytes: int) -> None:
    """Peak memory of ``polku validate`` on an exchange file of about *megabytes* MB: a
    realistic export, and the densest file the reader's limits let through."""
    import resource

    from pathways import exchange
    from pathways.exchange_write import to_dict

    export = folder / "big-export.json"
    sample = len(json.dumps(to_dict([synthetic_client(i, 2000) for i in range(100)], []),
                            ensure_ascii=False))  # fmt: skip
    count = megabytes * 1_000_000 * 100 // sample + 1
    text = json.dumps(to_dict([synthetic_client(i, 2000) for i in range(count)], []),
                      ensure_ascii=False)  # fmt: skip
    export.write_text(text, encoding="utf-8")
    dense = folder / "dense.json"
    # As many small objects as the reader accepts, padded with one long string to the size.
    objects = exchange.MAX_CONTAINERS - 10
    body = ",".join(['{"a":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}'] * objects)
    dense.write_text("[" + body + "]", encoding="utf-8")
    for label, path in (("a realistic export", export), ("the densest file accepted", dense)):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "validate",
                                 str(path)], capture_output=True, text=True)  # fmt: skip
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"validate {label} of {path.stat().st_size / 1_000_000:.0f} MB: exit "
              f"{result.returncode}, {time.perf_counter() - started:.1f} s, peak memory "
              f"{max(peak, before) / 1024:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
