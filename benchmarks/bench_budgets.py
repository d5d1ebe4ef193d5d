"""Benchmark of the two waits with a budget against their floors, measured in one run.

Run ``python benchmarks/bench_budgets.py [--clients N] [--runs R] [--db FILE]``. It prints
figures and asserts nothing (the house rule). The budgets (issue #14):

- ``polku report`` over *N* clients (default 5,000) takes at most **3×** its floor: a child
  Python that imports ``sqlalchemy.orm`` and ``networkx`` and exits (what any command that reads
  the database and walks pathways cannot avoid);
- the window, from its start to a client's pathway painted on the canvas (``main.py --db FILE
  --client ID`` with ``POLKU_STARTUP_PROBE=1``, mark ``pathway_painted``), takes at most **2×**
  its floor: a bare PySide6 window's first paint in a child that has first imported
  ``sqlalchemy.orm`` and ``networkx``.

Every figure is the wall time of a child process from its start, the median of *R* runs; the
children of each run are interleaved so that a busy moment of the shared machine hits all of
them. The database is built once (``bench_window.ensure_database``) and kept for later runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_window import (  # noqa: E402 - after the path
    BARE_WINDOW,
    PROJECT_ROOT,
    _child_environment,
    _timed_child,
    ensure_database,
)

IMPORTS = "import sqlalchemy.orm, networkx\n"
BARE_WINDOW_AFTER_IMPORTS = IMPORTS + BARE_WINDOW


def wall(arguments: list[str], environment: dict[str, str]) -> float:
    """Seconds from starting a child to its exit (its output thrown away); fails loudly."""
    started = time.perf_counter()
    result = subprocess.run(
        arguments,
        cwd=PROJECT_ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)} failed ({result.returncode}): {result.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--client", default="bench-00042", help="the client the window opens")
    parser.add_argument(
        "--db", type=Path, help="database file (default: a cached one in the temporary folder)"
    )
    args = parser.parse_args()
    database = args.db or Path(tempfile.gettempdir()) / f"polku-bench-{args.clients}.sqlite3"
    ensure_database(database, args.clients)

    environment = _child_environment()
    probe = dict(environment, POLKU_STARTUP_PROBE="1")
    floor_command = [sys.executable, "-c", IMPORTS]
    report_command = [sys.executable, "main.py", "report", "--db", str(database)]
    bare_command = [sys.executable, "-c", BARE_WINDOW_AFTER_IMPORTS]
    window_command = [sys.executable, "main.py", "--db", str(database), "--client", args.client]

    # One unmeasured run of each: bytecode written, files in the page cache.
    wall(floor_command, environment)
    wall(report_command, environment)
    _timed_child(bare_command, environment)
    _timed_child(window_command, probe)

    floors, reports, bares, windows = [], [], [], []
    for _ in range(args.runs):
        floors.append(wall(floor_command, environment))
        reports.append(wall(report_command, environment))
        bares.append(_timed_child(bare_command, environment)["first_paint"])
        marks = _timed_child(window_command, probe)
        if "pathway_painted" not in marks:
            raise SystemExit(f"the window painted no pathway of {args.client}: {marks}")
        windows.append(marks["pathway_painted"])

    floor, report = statistics.median(floors) * 1000, statistics.median(reports) * 1000
    bare, window = statistics.median(bares) * 1000, statistics.median(windows) * 1000
    print(f"medians of {args.runs} runs, {args.clients} clients")
    print(f"floor: import sqlalchemy.orm + networkx:            {floor:7.0f} ms")
    print(
        f"polku report:                                        {report:7.0f} ms  "
        f"report/floor {report / floor:.2f} (budget ≤ 3.00)"
    )
    print(f"floor: those imports + bare PySide6 window painted: {bare:7.0f} ms")
    print(
        f"window start to {args.client}'s pathway painted:    {window:7.0f} ms  "
        f"window/floor {window / bare:.2f} (budget ≤ 2.00)"
    )


if __name__ == "__main__":
    main()
