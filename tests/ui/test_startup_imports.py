"""Start-up cost: PySide6's import hook reads the source of every module imported after it;
the window spares the packages that use no Qt (``ui.app.PACKAGES_WITHOUT_QT``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import inspect, sys
import ui.app
from shibokensupport import feature
if not hasattr(feature, "_mod_uses_pyside"):
    print("no hook")
    raise SystemExit
if {skip}:
    ui.app.skip_qt_source_scan_of_packages_without_qt()
    ui.app.skip_qt_source_scan_of_packages_without_qt()  # twice: wraps once
read = []
original = inspect.getsource
def spy(thing):
    read.append(getattr(thing, "__name__", ""))
    return original(thing)
inspect.getsource = spy
import storage.repository
print(" ".join(sorted(set(read))))
"""


def _read_sources(skip: bool) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(skip=skip)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    if done.stdout.strip() == "no hook":
        pytest.skip("this PySide6 scans no module sources")
    return done.stdout.split()


def test_the_window_reads_no_source_of_the_storage_layer_and_its_libraries() -> None:
    read = _read_sources(skip=True)
    assert read  # other modules (the standard library's, here) are still scanned
    assert [
        name
        for name in read
        if name.partition(".")[0] in {"storage", "pathways", "sqlalchemy", "networkx"}
    ] == []


def test_without_the_skip_pyside6_reads_them_all() -> None:
    read = _read_sources(skip=False)
    assert "sqlalchemy.orm" in read
    assert any(name.startswith("sqlalchemy.sql.") for name in read)
