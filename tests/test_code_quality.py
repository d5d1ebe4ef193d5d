"""The house style's habits, kept by tools: ruff over the tree, mypy strict on every layer and
the command line (the caseload chart may call matplotlib's untyped Qt canvas)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=600,
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_domain_and_storage() -> None:
    result = _run("mypy", "pathways", "storage")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_window_and_the_command_line() -> None:
    result = _run("mypy", "ui", "main.py")
    assert result.returncode == 0, result.stdout + result.stderr
