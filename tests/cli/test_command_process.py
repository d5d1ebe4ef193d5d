"""A command run as its own process tunes itself for a short life: the garbage collector (fewer
collections on the way, none over everything at exit) and one numpy (OpenBLAS) thread; a caller
running commands in its own process (the tests, a script) keeps its settings as they were."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from tests.running import PROJECT_ROOT, Polku


def test_a_command_run_in_another_process_leaves_its_collector_alone(
    polku: Polku, db_path: Path
) -> None:
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled(),
              os.environ.get("OPENBLAS_NUM_THREADS"))
    assert polku("demo", "--db", db_path).returncode == 0
    assert polku("clients", "--db", db_path).returncode == 0
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled(),
            os.environ.get("OPENBLAS_NUM_THREADS")) == before


def _as_the_program(*arguments: str) -> tuple[int, list[str], str]:
    """Run ``main.run()`` on the process's own arguments (what the `polku` script does); its
    output lines, then the collector's state at the end."""
    code = (
        "import gc, sys; import main; status = main.run(); "
        "import os; print(gc.get_threshold()[0], gc.isenabled(), gc.get_freeze_count() > 0, "
        "os.environ.get('OPENBLAS_NUM_THREADS')); "
        "sys.exit(status)"
    )
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run([sys.executable, "-c", code, "--lang", "en", *arguments],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, env=environment)
    return done.returncode, done.stdout.strip().splitlines(), done.stderr


def test_print_as_the_program_runs_without_the_collector_and_still_finishes(
    db_path: Path, tmp_path: Path
) -> None:
    output = tmp_path / "aleksi.pdf"
    subprocess.run([sys.executable, "main.py", "demo", "--db", str(db_path)], cwd=PROJECT_ROOT,
                   check=True, capture_output=True)
    status, lines, err = _as_the_program("print", "--client", "demo-aleksi", "--db",
                                         str(db_path), "-o", str(output))
    assert status == 0, err
    assert lines == [f"printed 1 page: {output}", "700 False True 1"]
    assert output.read_bytes().startswith(b"%PDF")
    assert output.stat().st_mode & 0o777 == 0o600
    # The access log has the print, as with the collector on.
    status, lines, err = _as_the_program("audit", "--client", "demo-aleksi", "--db",
                                         str(db_path))
    assert status == 0, err
    assert any("print" in line.split() for line in lines[:-1]), lines


def test_other_commands_as_the_program_still_collect_only_less_often(db_path: Path) -> None:
    status, lines, err = _as_the_program("demo", "--db", str(db_path))
    assert status == 0, err
    assert lines[-1] == "10000 True True 1"  # one numpy thread too
