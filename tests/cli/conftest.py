"""The command line's tests run ``polku`` one way (:mod:`tests.running`): in this process through
``main.run`` (fast), or, where the process itself is the point (exit codes of the real program,
kills, the window's ``--screenshot``), as a real ``python main.py``.

The fixtures give :mod:`tests.running`'s runners, a callable ``(*arguments) -> Completed`` with
``returncode``, ``stdout`` and ``stderr`` like ``subprocess.CompletedProcess`` (and unpacking as
``status, out, err``). They are session-scoped, so module-scoped fixtures of read-only data can
use them too.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.running import Polku, run_in_process, run_process


@pytest.fixture(scope="session")
def polku() -> Polku:
    """Run ``polku`` in this process (see :func:`run_in_process`)."""
    return run_in_process


@pytest.fixture(scope="session")
def polku_en() -> Polku:
    """``polku --lang en ARGUMENTS`` in this process: for tests that read the English words."""
    return functools.partial(run_in_process, "--lang", "en")


@pytest.fixture(scope="session")
def polku_process() -> Polku:
    """Run ``polku`` as a real process (see :func:`run_process`)."""
    return run_process


@pytest.fixture(scope="module")
def example_db(polku: Polku, tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    """A database holding the three example clients (e1, e2, e3), one per test module: for
    tests that only read it."""
    db = tmp_path_factory.mktemp("cli") / "polku.sqlite3"
    done = polku("import", examples_dir / "three-clients.json", "--db", db)
    assert done.returncode == 0, done.stderr
    return db
