"""Storage benchmark: 5,000 synthetic clients (~25,000 steps) imported, exported and searched.

Run: ``python benchmarks/bench_storage.py [--clients N] [--keep DIR]``. Prints the figures; asserts
nothing (the budgets are 10 s for the import and for the export, 30 ms for a pathway save).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from pathways.hetu import CHECK_CHARACTERS  # noqa: E402

SERVICES = [
    "service_need_assessment",
    "work_ability_assessment",
    "social_rehabilitation",
    "mental_health_services",
    "rehabilitative_work_activity",
    "youth_workshop",
    "work_trial",
    "job_coaching",
    "labour_market_training",
    "vocational_education",
    "wage_subsidy_employer",
    "open_employment",
]
FIRST = ["Aino", "Eero", "Äijä", "Öljy", "Sanna", "Juha", "Maija", "Pekka", "Åsa", "Liisa"]
LAST = ["Äijälä", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Öhman", "Sundström", "Laine"]
TOWNS = ["Lahti", "Hämeenlinna", "Porvoo", "Ähtäri", "Jyväskylä", "Oulu", "Åbo"]


def personal_id(index: int) -> str:
    """A valid, unique henkilötunnus for client *index* (born 1960–1999, the 1900s sign "-")."""
    born = date(1960, 1, 1) + timedelta(days=index % 14000)
    number = 2 + index // 14000
    digits = f"{born:%d%m%y}{number:03d}"
    return f"{born:%d%m%y}-{number:03d}{CHECK_CHARACTERS[int(digits) % 31]}"


def synthetic_document(n_clients: int, seed: int = 7) -> dict[str, Any]:
    """An exchange document of *n_clients* clients, five steps each on average, all valid."""
    rng = random.Random(seed)
    clients = []
    for index in range(n_clients):
        n_steps = rng.randint(3, 7)
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 300))
        steps = []
        for number in range(n_steps):
            start = day + timedelta(days=40 * number)
            step: dict[str, Any] = {
                "id": f"s{number}",
                "service": SERVICES[(number * 2 + index) % len(SERVICES)],
                "responsible": "t1",
            }
            if number < n_steps - 2:
                step |= {"status": "completed", "start": str(start),
                         "end": str(start + timedelta(days=35))}  # fmt: skip
            elif number == n_steps - 2:
                step |= {"status": "ongoing", "start": str(start)}
            else:
                step |= {"status": "planned", "start": str(start), "note": "Suunniteltu jatko"}
            steps.append(step)
        transitions = [
            {
                "from": f"s{i}",
                "to": f"s{i + 1}",
                "kind": "next",
                "shared_info": ["plan"],
                "consent": "k1",
            }  # fmt: skip
            for i in range(n_steps - 1)
        ]
        client: dict[str, Any] = {
            "id": f"c{index:05d}",
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "birth_year": None,
            "municipality": rng.choice(TOWNS),
            "languages": ["fi"],
            "goal": {"outcome": "open_employment"},
            "needs": [{"domain": "work_experience", "level": 2}, {"domain": "health", "level": 1}],
            "consents": [{"id": "k1", "given_on": "2023-01-01",
                          "sectors": ["employment", "social", "health", "education", "employer"]}],
            "team": [{"id": "t1", "name": "Ohjaaja", "role": "Työvalmentaja",
                      "sector": "employment"}],
            "participation": {"entered_on": "2023-01-01", "status_on_entry": "unemployed"},
            "pathways": [{"id": "p1", "title": "Polku", "status": "active", "steps": steps,
                          "transitions": transitions}],
            "meetings": [{"id": "m1", "date": "2023-02-01", "participants": ["t1"],
                          "client_present": True, "decisions": ["Jatketaan"]}],
        }  # fmt: skip
        if index % 2 == 0:
            client["personal_id"] = personal_id(index)
            client["birth_year"] = int(
                ("19" if client["personal_id"][6] == "-" else "20") + client["personal_id"][4:6]
            )
        else:
            del client["birth_year"]
        clients.append(client)
    return {"format": "polku.exchange", "version": 1, "clients": clients}


def timed(label: str, function: Any) -> Any:
    start = time.perf_counter()
    result = function()
    print(f"{label:<52} {time.perf_counter() - start:8.3f} s")
    return result


def run_cli(*args: str | Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "main.py", *map(str, args)], cwd=PROJECT_ROOT, capture_output=True
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"polku {args} failed: {result.stderr.decode()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    options = parser.parse_args()

    from pathways.model import Step
    from storage.database import open_database
    from storage.repository import Repository

    folder = options.keep or Path(tempfile.mkdtemp(prefix="polku-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    document = synthetic_document(options.clients)
    n_steps = sum(len(c["pathways"][0]["steps"]) for c in document["clients"])
    source = folder / "synthetic.json"
    source.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    print(f"{options.clients} clients, {n_steps} steps, file {source.stat().st_size / 1e6:.1f} MB")

    db_path = folder / "bench.sqlite3"
    database = open_database(str(db_path))
    repository = Repository(database)
    summary = timed(
        "import (validate + one transaction), in process", lambda: repository.import_file(source)
    )
    print(f"  {summary}")
    exported = timed("export_document (all clients), in process", repository.export_document)
    timed("  json.dumps of the export", lambda: json.dumps(exported, ensure_ascii=False, indent=2))
    timed("list_clients(search='aijala'), in process", lambda: repository.list_clients("aijala"))
    timed("list_clients() all, in process", repository.list_clients)

    # A 200-step pathway saved after one edit at a time, as the window does.
    client = repository.load_client("c00000")
    assert client is not None
    big = client.pathways[0]
    for number in range(len(big), 200):
        big.add_step(Step(f"x{number}", "work_trial", "planned"))
    repository.save_pathway(client.id, big)
    figures: dict[str, list[float]] = {"no change": [], "one field": [], "insert first": []}
    for round_ in range(20):
        start = time.perf_counter()
        repository.save_pathway(client.id, big)
        figures["no change"].append(time.perf_counter() - start)
        step = big.step("x100")
        big.replace_step(dataclasses.replace(step, note=f"muutos {round_}"))
        start = time.perf_counter()
        repository.save_pathway(client.id, big)
        figures["one field"].append(time.perf_counter() - start)
        big.add_step(Step(f"new{round_}", "job_coaching", "planned"), index=0)
        start = time.perf_counter()
        repository.save_pathway(client.id, big)
        figures["insert first"].append(time.perf_counter() - start)
    for label, values in figures.items():
        print(
            f"save_pathway, {len(big)}-step pathway, {label:<13} "
            f"median {statistics.median(values) * 1000:6.1f} ms, max {max(values) * 1000:6.1f} ms"
        )
    database.close()

    cli_db = folder / "cli.sqlite3"
    out = folder / "export.json"
    for label, arguments in [
        ("polku import (subprocess, empty file)", ("import", source)),
        ("polku export -o (subprocess)", ("export", "-o", out)),
        ("polku clients --search aijala (subprocess)", ("clients", "--search", "aijala")),
        ("polku clients --json (subprocess)", ("clients", "--json")),
    ]:
        print(f"{label:<52} {run_cli('--db', cli_db, *arguments):8.3f} s")
    if options.keep is None:
        import shutil

        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
