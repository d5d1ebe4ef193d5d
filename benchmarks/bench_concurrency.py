"""Benchmark of two workers on one client (issue #10): what the version check costs a save, what
a re-based save costs, and what watching for others' changes costs while nothing changes.

Prints, on a fresh SQLite file in a temporary folder (and on PostgreSQL too when
``POLKU_TEST_POSTGRESQL`` names a server — it is emptied):

- the version check alone: ``lock_client`` + ``moved_on`` in a transaction (median);
- one edit committed through the window's document (a step's field on a 200-step pathway), the
  budget is ≤ 30 ms;
- the same edit when another worker saved first: reload, re-base, save (median);
- watching: CPU seconds per minute of an idle window's watcher (SQLite: PRAGMA data_version
  once a second; PostgreSQL: the LISTEN thread), measured over ``IDLE_S`` seconds, and how long
  after another connection's commit the window hears of it.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_concurrency.py``
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pathways.edits import UpdateStep  # noqa: E402
from pathways.model import Client, Pathway, Step, Transition  # noqa: E402
from storage.audit import Actor  # noqa: E402
from storage.concurrency import lock_client, moved_on  # noqa: E402
from storage.database import WRITE_OPTION, Database, open_database  # noqa: E402
from storage.repository import Repository  # noqa: E402
from ui.document import ClientDocument  # noqa: E402
from ui.watch import DatabaseWatcher  # noqa: E402

STEPS = 200
RUNS = 15
IDLE_S = 20.0


def big_client() -> Client:
    steps = [
        Step(f"s{i:03d}", "work_trial" if i % 2 else "job_coaching", "completed",
             start=date(2020, 1, 1), end=date(2020, 2, 1), provider="Paja")
        for i in range(STEPS)
    ]
    transitions = [Transition(f"s{i:03d}", f"s{i + 1:03d}", "next") for i in range(STEPS - 1)]
    return Client("bench", "Benchmark Client",
                  pathways=[Pathway("p1", "Long", "active", steps=steps, transitions=transitions)])


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:6.1f} ms (min {min(samples) * 1000:.1f})"


def timed(action: Callable[[int], object], runs: int = RUNS) -> list[float]:
    samples = []
    for run in range(runs):
        started = time.perf_counter()
        action(run)
        samples.append(time.perf_counter() - started)
    return samples


def bench(app: QCoreApplication, target: str, label: str) -> None:
    print(f"--- {label}")
    first: Database = open_database(target)
    second: Database = open_database(target)
    a = Repository(first, Actor("sanna", "Sanna Virtanen"))
    b = Repository(second, Actor("olli", "Olli Ojala"))
    a.create_client(big_client())

    engine = first.engine.execution_options(**{WRITE_OPTION: True})

    def check(_run: int) -> None:
        with engine.connect() as connection, connection.begin():
            head = lock_client(connection, "bench", None)
            moved_on(connection, head, a.actor)

    print(f"a transaction doing only the version check (lock + move on, commit): "
          f"{median_ms(timed(check))}")

    def inside(_run: int) -> None:
        with engine.connect() as connection, connection.begin():
            started = time.perf_counter()
            for _ in range(50):
                head = lock_client(connection, "bench", None)
                moved_on(connection, head, a.actor)
            inside_times.append((time.perf_counter() - started) / 50)

    inside_times: list[float] = []
    timed(inside, runs=5)
    print(f"the version check inside a save (what it adds, no commit): {median_ms(inside_times)}")

    loaded = a.load_client("bench")
    assert loaded is not None
    document = ClientDocument(a, loaded)

    def edit(run: int) -> None:
        pathway = document.pathway("p1")
        assert pathway is not None
        step = pathway.step("s100")
        assert document.apply(
            UpdateStep(step, dataclasses.replace(step, note=f"note {run}")), "Edit", "p1"
        )

    print(f"one edit committed through the document ({STEPS} steps): {median_ms(timed(edit))}"
          "   (budget 30 ms)")

    def rebased(run: int) -> None:
        # Olli saved another step first: Sanna's save is refused, re-based and saved.
        other = b.load_client("bench", refresh=True)
        assert other is not None
        pathway = other.pathway("p1")
        pathway.replace_step(dataclasses.replace(pathway.step("s010"), note=f"olli {run}"))
        b.save_pathway("bench", pathway)
        started = time.perf_counter()
        edit(run + 1000)
        rebased_times.append(time.perf_counter() - started)

    rebased_times: list[float] = []
    timed(rebased, runs=8)
    print(f"one edit re-based on another worker's save (reload + re-apply + save): "
          f"{median_ms(rebased_times)}")

    watcher = DatabaseWatcher(first)
    heard: list[float] = []
    watcher.changed.connect(lambda _ids: heard.append(time.perf_counter()))
    app.processEvents()
    time.sleep(1.5)  # the listener thread connects
    app.processEvents()
    heard.clear()
    cpu_before, wall_before = time.process_time(), time.perf_counter()
    while time.perf_counter() - wall_before < IDLE_S:
        app.processEvents()
        time.sleep(0.02)
    cpu = time.process_time() - cpu_before
    wall = time.perf_counter() - wall_before
    # The loop itself (processEvents every 20 ms) costs something too: measure it without.
    watcher.stop()
    base_before, base_wall = time.process_time(), time.perf_counter()
    while time.perf_counter() - base_wall < IDLE_S / 2:
        app.processEvents()
        time.sleep(0.02)
    base = (time.process_time() - base_before) / (time.perf_counter() - base_wall)
    per_minute = (cpu / wall - base) * 60
    print(f"idle watching: {max(per_minute, 0) * 1000:.0f} ms CPU per minute of watching "
          f"(process {cpu / wall * 60 * 1000:.0f} ms/min, of which the test loop "
          f"{base * 60 * 1000:.0f}); signals while idle: {len(heard)}")

    # The same, measured directly: a minute's worth of what the watcher does while idle.
    from storage.watch import ChangeListener, DataVersionWatch

    cpu_before = time.process_time()
    if first.path is not None:
        poller = DataVersionWatch(first.path)
        for _ in range(60):  # one poll a second
            poller.changed()
        poller.close()
        direct = time.process_time() - cpu_before
        print(f"idle watching, direct: 60 polls of PRAGMA data_version = "
              f"{direct * 1000:.1f} ms CPU per minute")
    else:
        listener = ChangeListener(first)
        cpu_before, wall_before = time.process_time(), time.perf_counter()
        while time.perf_counter() - wall_before < 10:
            listener.wait(1.0)
        direct = (time.process_time() - cpu_before) * 6
        listener.close()
        print(f"idle watching, direct: the LISTEN loop = {direct * 1000:.1f} ms CPU per minute")

    watcher = DatabaseWatcher(first)
    watcher.changed.connect(lambda _ids: heard.append(time.perf_counter()))
    heard.clear()
    app.processEvents()
    time.sleep(1.5)
    app.processEvents()
    heard.clear()
    delays = []
    for run in range(5):
        other = b.load_client("bench", refresh=True)
        assert other is not None
        pathway = other.pathway("p1")
        pathway.replace_step(dataclasses.replace(pathway.step("s020"), note=f"w {run}"))
        b.save_pathway("bench", pathway)
        committed = time.perf_counter()
        heard.clear()
        while not heard and time.perf_counter() - committed < 5:
            app.processEvents()
            time.sleep(0.005)
        if heard:
            delays.append(heard[0] - committed)
        time.sleep(0.3)
    watcher.stop()
    if delays:
        print(f"another worker's commit heard after: {median_ms(delays)} "
              f"(max {max(delays) * 1000:.0f} ms)")
    first.close()
    second.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        bench(app, str(Path(folder) / "bench.sqlite3"), "SQLite")
    server = os.environ.get("POLKU_TEST_POSTGRESQL")
    if server:
        import sqlalchemy as sa

        engine = sa.create_engine(server)
        with engine.begin() as connection:
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
        bench(app, server, "PostgreSQL (local server)")


if __name__ == "__main__":
    main()
