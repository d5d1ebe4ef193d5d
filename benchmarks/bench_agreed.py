"""Benchmark of agreed versions: keeping one, loading a client with many, and comparing.

Run ``python benchmarks/bench_agreed.py [--steps N] [--versions V]``. It prints figures and
asserts nothing (the house rule). A client gets one pathway of *N* steps (default 200) in a
chain of ``next`` transitions, and *V* agreed versions of it (default 50), each after a change
of a few steps; then it times ``Repository.agree`` (one version), ``load_client`` (the client
with all its versions) and ``compare`` (the first version against the pathway now), each the
median of a few runs, on a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pathways.compare import compare  # noqa: E402 - after the path
from pathways.model import Client, Pathway, Step, Transition  # noqa: E402
from storage.database import open_database  # noqa: E402
from storage.repository import Repository  # noqa: E402


def pathway(steps: int) -> Pathway:
    start = date(2025, 1, 1)
    return Pathway(
        "p1",
        "Pitkä polku",
        "active",
        steps=[
            Step(f"s{i}", "work_trial" if i % 2 else "job_coaching", "planned",
                 start=start + timedelta(days=7 * i), provider="Paja ry")
            for i in range(steps)
        ],
        transitions=[Transition(f"s{i}", f"s{i + 1}", "next") for i in range(steps - 1)],
    )


def timed(action: object, runs: int = 5) -> float:
    figures = []
    for _ in range(runs):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        figures.append(time.perf_counter() - began)
    return statistics.median(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--versions", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "bench.sqlite3"))
        try:
            repository = Repository(database)
            repository.create_client(Client("c1", "Pekka Pitkä", pathways=[pathway(args.steps)]))
            for index in range(args.versions):
                client = repository.load_client("c1")
                assert client is not None
                now = client.pathway("p1")
                step = now.step(f"s{index % args.steps}")
                now.replace_step(
                    dataclasses.replace(step, status="ongoing", start=date(2025, 1, 1))
                )
                repository.save_pathway("c1", now)
                repository.agree("c1", on=date(2025, 1, 1) + timedelta(days=index))
            agree = timed(lambda: repository.agree("c1"))
            load = timed(lambda: repository.load_client("c1"))
            client = repository.load_client("c1")
            assert client is not None
            first, now = client.agreed_versions[0], client.pathway("p1")
            comparing = timed(lambda: compare(first.steps, first.transitions, now.steps,
                                              now.transitions), runs=20)
            versions = len(client.agreed_versions)
        finally:
            database.close()
    print(f"pathway of {args.steps} steps, {versions} agreed versions")
    print(f"agree (one version):           {agree * 1000:8.1f} ms")
    print(f"load_client (all versions):    {load * 1000:8.1f} ms")
    print(f"compare (first version → now): {comparing * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
