"""Benchmark of the client copy: `polku print --client-copy` for every demo client, whole command.

Run ``python benchmarks/bench_client_copy.py [RUNS]``; prints figures, asserts nothing (the house
rule). The budget (issue #9): a print takes at most 2× the import time of matplotlib,
sqlalchemy.orm and networkx, measured in the same run (a child process that imports the three
and exits, minus one that imports nothing). Pages per client are printed too. Wall-clock times,
the best of RUNS (default 3): on a busy shared machine the best run is the steadier figure.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def best_of(runs: int, command: list[str]) -> float:
    times = []
    for _run in range(runs):
        begin = time.perf_counter()
        subprocess.run(command, cwd=PROJECT_ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - begin)
    return min(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    python = sys.executable
    empty = best_of(runs, [python, "-c", "pass"])
    imports = best_of(runs, [python, "-c",
                             "import matplotlib.figure, sqlalchemy.orm, networkx"]) - empty
    budget = 2 * imports
    print(f"import of matplotlib + sqlalchemy.orm + networkx: {imports:.2f} s "
          f"(budget of a print: {budget:.2f} s)")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite3"
        subprocess.run([python, "main.py", "demo", "--db", str(db)], cwd=PROJECT_ROOT,
                       check=True, capture_output=True)
        import pypdf

        for client in ("aleksi", "emma", "jari", "mikko", "nadia", "raili"):
            out = Path(folder) / f"{client}.pdf"
            seconds = best_of(runs, [python, "main.py", "print", "--client", f"demo-{client}",
                                     "--client-copy", "-o", str(out), "--db", str(db)])
            pages = len(pypdf.PdfReader(out).pages)
            verdict = "within" if seconds <= budget else "OVER"
            print(f"demo-{client}: {pages} page(s), {seconds:.2f} s ({verdict} budget)")


if __name__ == "__main__":
    main()
