"""A command run as its own process tunes the garbage collector for a short life (fewer
collections on the way, none over everything at exit); a caller running commands in its own
process (the tests, a script) keeps its collector as it was."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import PROJECT_ROOT, Polku


def test_a_command_run_in_another_process_leaves_its_collector_alone(
    polku: Polku, db_path: Path
) -> None:
    before = gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()
    assert polku("demo", "--db", db_path).returncode == 0
    assert polku("clients", "--db", db_path).returncode == 0
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


def test_a_command_as_the_program_collects_less_and_still_finishes(
    db_path: Path, tmp_path: Path
) -> None:
    # What `polku print` (the console script) does: run() on the process's own arguments.
    code = (
        "import gc, sys; import main; status = main.run(); "
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 0, gc.isenabled()); "
        "sys.exit(status)"
    )
    output = tmp_path / "aleksi.pdf"
    subprocess.run([sys.executable, "main.py", "demo", "--db", str(db_path)], cwd=PROJECT_ROOT,
                   check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "-c", code, "--lang", "en", "print", "--client", "demo-aleksi",
         "--db", str(db_path), "-o", str(output)],
        cwd=PROJECT_ROOT, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    printed, tuned = done.stdout.strip().splitlines()
    assert printed == f"printed 1 page: {output}"
    assert tuned == "10000 True True"  # still collecting, only less often
    assert output.read_bytes().startswith(b"%PDF")
    assert output.stat().st_mode & 0o777 == 0o600
