"""The layering of the house style is executable: import-linter contracts, and a core without Qt."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pathways", "storage", "ui")


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    return subprocess.run(
        [lint_imports, "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,  # lint-imports puts its working folder first on sys.path
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_linter_contracts_hold() -> None:
    result = _lint_imports(PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


# Each rule of the house style, broken once: (module, the bad import, the contract that must fail).
INJECTED = [
    ("ui/client_list.py", "import sqlalchemy", "Only storage imports SQLAlchemy"),
    ("ui/findings.py", "from alembic import command", "Only storage imports SQLAlchemy"),
    ("ui/document.py", "from storage.models import Base", "Only storage imports SQLAlchemy"),
    ("pathways/checks.py", "from matplotlib.figure import Figure", "Only the drawing modules"),
    ("pathways/a_new_page.py", "import matplotlib", "Only the drawing modules"),
    ("pathways/diagram_route.py", "import matplotlib.path", "Only the drawing modules"),
    ("storage/backups.py", "import matplotlib", "Only the drawing modules"),
    ("pathways/model.py", "import PySide6", "The domain imports no Qt"),
    ("pathways/labels.py", "import sqlalchemy", "The domain imports no Qt and no SQLAlchemy"),
    ("storage/audit.py", "from PySide6 import QtCore", "Storage imports no Qt"),
    ("pathways/report.py", "import storage.repository", "Layers: ui above storage"),
    ("storage/erasure.py", "import ui.settings", "Layers: ui above storage"),
]


def _importer(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


@pytest.fixture(scope="module")
def broken_tree_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """lint-imports over a copy of the tree with every violation of INJECTED added, run once."""
    root = tmp_path_factory.mktemp("injected")
    for package in PACKAGES:
        shutil.copytree(
            PROJECT_ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(PROJECT_ROOT / "pyproject.toml", root)
    for path, statement, _contract in INJECTED:
        module = root / path
        source = module.read_text(encoding="utf-8") if module.exists() else '"""Injected."""\n'
        module.write_text(source + f"\n{statement}  # injected\n", encoding="utf-8")
    result = _lint_imports(root)
    assert result.returncode != 0, result.stdout
    return result.stdout + result.stderr


def _broken_sections(report: str) -> dict[str, str]:
    """The report's broken contracts: each contract's name → the imports it lists."""
    lines = report.split("\n")
    starts = [
        i
        for i in range(len(lines) - 1)
        if lines[i] and set(lines[i + 1]) == {"-"} and len(lines[i + 1]) == len(lines[i])
    ]
    starts.append(len(lines))
    return {lines[a]: "\n".join(lines[a + 2 : b]) for a, b in zip(starts, starts[1:], strict=False)}


@pytest.mark.parametrize(("path", "statement", "contract"), INJECTED, ids=[i[0] for i in INJECTED])
def test_contracts_catch_an_injected_import(
    broken_tree_report: str, path: str, statement: str, contract: str
) -> None:
    """The contract names the injected line itself (its number: the original file's end + 2)."""
    original = PROJECT_ROOT / path
    source = original.read_text(encoding="utf-8") if original.exists() else '"""Injected."""\n'
    line = source.count("\n") + 2
    sections = [
        text
        for name, text in _broken_sections(broken_tree_report).items()
        if name.startswith(contract)
    ]
    assert sections, broken_tree_report
    named = re.compile(rf"^-\s+{re.escape(_importer(path))} -> \S+ \((l\.\d+, )*l\.{line}\b", re.M)
    assert any(named.search(text) for text in sections), broken_tree_report


def _protected_contracts() -> list[dict[str, list[str]]]:
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return [contract for contract in contracts if contract["type"] == "protected"]


def main_module_violations(source: str) -> list[str]:
    """What main.py imports that a protected contract keeps for other modules.

    import-linter cannot load a top-level module, so main.py is held to the same contracts here;
    imports inside functions count (main imports lazily to start fast)."""
    imported: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(
        f"main -> {name} ({contract['name']})"
        for contract in _protected_contracts()
        for name in imported
        for protected in contract["protected_modules"]
        if name == protected or name.startswith(protected + ".")
    )


def test_main_module_keeps_the_contracts() -> None:
    assert main_module_violations((PROJECT_ROOT / "main.py").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "statement",
    [
        "import sqlalchemy",
        "from alembic.config import Config",
        "from storage import models",
        "from PySide6.QtWidgets import QApplication",
        "import matplotlib.pyplot as plt",
    ],
)
def test_main_module_check_catches_an_injected_import(statement: str) -> None:
    source = (PROJECT_ROOT / "main.py").read_text(encoding="utf-8")
    injected = source + f"\n\ndef _injected() -> None:\n    {statement}\n"
    assert main_module_violations(injected) != []


def test_domain_and_storage_work_with_qt_absent(tmp_path: Path) -> None:
    """Import every domain and storage module, and run a headless command, with PySide6 blocked."""
    script = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        sys.modules["PySide6"] = None  # any import of Qt now fails
        import pathways, storage
        for package in (pathways, storage):
            for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                if ".migrations" in module.name:
                    continue
                importlib.import_module(module.name)
        import main
        status = main.run(["clients", "--db", {str(tmp_path / "x.sqlite3")!r}])
        assert status == 0, status
        assert not any(name.startswith("PySide6.") for name in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
