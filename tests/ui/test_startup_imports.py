"""Start-up cost: PySide6's import hook reads the source of every module imported after it;
the window spares the packages that use no Qt (``ui.app.PACKAGES_WITHOUT_QT``)."""

from __future__ import annotations

import pytest

from tests.running import run_python

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
{imports}
print(" ".join(sorted(set(read))))
"""


def _read_sources(skip: bool, imports: str = "import storage.repository") -> list[str]:
    """The modules whose source PySide6's import hook read while *imports* ran in a fresh
    interpreter, with the window's skip or without it."""
    out = run_python(CHILD.format(skip=skip, imports=imports))
    if out == "no hook":
        pytest.skip("this PySide6 scans no module sources")
    return out.split()


def test_the_window_reads_no_source_of_the_storage_layer_and_its_libraries() -> None:
    read = _read_sources(skip=True)
    assert read  # other libraries' modules are still scanned
    assert [
        name
        for name in read
        if name.partition(".")[0] in {"storage", "pathways", "sqlalchemy", "networkx"}
    ] == []


def test_without_the_skip_pyside6_reads_them_all() -> None:
    read = _read_sources(skip=False)
    assert "sqlalchemy.orm" in read
    assert any(name.startswith("sqlalchemy.sql.") for name in read)


def test_the_window_reads_no_source_of_the_standard_library_but_of_other_libraries() -> None:
    """About 140 standard-library modules come in with SQLAlchemy after the first paint; the
    standard library never uses Qt."""
    read = _read_sources(skip=True, imports="import asyncio, email.mime.text, xml.dom.minidom, "
                         "tomllib\nimport pytest")
    assert not [
        name for name in read if name.partition(".")[0] in {"asyncio", "email", "xml", "tomllib"}
    ]
    assert "pytest" in read  # an installed package is still scanned
