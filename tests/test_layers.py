"""The layering of the house style is executable: import-linter contracts, and a core without Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [lint_imports, "--config", str(PROJECT_ROOT / "pyproject.toml")],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


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
