"""`polku clients`: the listing a user reads and the JSON another program reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db(polku: Any, tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    """A database with the three example clients and two more whose names test the order
    (read only by the tests: one for the module)."""
    tmp_path = tmp_path_factory.mktemp("clients")
    example = json.loads((examples_dir / "three-clients.json").read_text("utf-8"))
    example["clients"] += [
        {"id": "x1", "name": "Äijälä Aino", "municipality": "Ähtäri"},
        {"id": "x2", "name": "Öhman Olli"},
        {"id": "x3", "name": "Zetterberg Zoe", "municipality": "Åbo"},
    ]
    path = tmp_path / "clients.json"
    path.write_text(json.dumps(example, ensure_ascii=False), "utf-8")
    database = tmp_path / "x.sqlite3"
    result = polku("--db", database, "import", path)
    assert result.returncode == 0, result.stderr
    return database


def test_text_listing_is_in_finnish_order_with_aligned_columns(polku: Any, db: Path) -> None:
    result = polku("--lang", "en", "--db", db, "clients")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Id", "Name", "Municipality", "Active", "pathway", "Stage"]
    names = [
        line[lines[0].index("Name") : lines[0].index("Municipality")].strip() for line in lines[1:]
    ]
    assert names == [
        "Bo Sundström",
        "Jussi Peltonen",
        "Noora Laaksonen",
        "Zetterberg Zoe",
        "Äijälä Aino",
        "Öhman Olli",
    ]
    # Every row starts its columns where the header does.
    column = lines[0].index("Municipality")
    assert all(line[column - 2 : column] == "  " for line in lines[1:] if len(line) > column)
    assert lines[-1].startswith("x2  Öhman Olli") and lines[-1] == lines[-1].rstrip()
    assert (
        "Porvoo" in lines[1] and "Ny yrkesbana" in lines[1] and "Training and education" in lines[1]
    )


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("aijala", ["x1"]),
        ("ÄIJÄLÄ", ["x1"]),
        ("ahtari", ["x1"]),  # municipality
        ("abo", ["x3"]),
        ("E2", ["e2"]),  # id
        ("sundstrom", ["e3"]),
        ("nobody", []),
    ],
)
def test_search_folds_case_and_accents(
    polku: Any, db: Path, search: str, expected: list[str]
) -> None:
    result = polku("--db", db, "clients", "--search", search, "--json")
    assert result.returncode == 0, result.stderr
    assert [c["id"] for c in json.loads(result.stdout)["clients"]] == expected


def test_json_listing_is_sorted_by_id_with_stable_keys(polku: Any, db: Path) -> None:
    result = polku("--db", db, "clients", "--json")
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert list(listing) == ["clients"]
    assert [c["id"] for c in listing["clients"]] == ["e1", "e2", "e3", "x1", "x2", "x3"]
    assert listing["clients"][0] == {
        "id": "e1",
        "name": "Noora Laaksonen",
        "municipality": "Lahti",
        "active_pathway": {"id": "p1", "title": "IPS-polku"},
        "current_stage": "intermediate",
    }
    assert listing["clients"][4] == {
        "id": "x2",
        "name": "Öhman Olli",
        "municipality": None,
        "active_pathway": None,
        "current_stage": None,
    }


def test_an_empty_database_lists_nothing(polku: Any, tmp_path: Path) -> None:
    result = polku("--db", tmp_path / "x.sqlite3", "clients", "--json")
    assert (result.returncode, json.loads(result.stdout)) == (0, {"clients": []})


def test_a_file_that_is_not_a_database_is_exit_1(polku: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_text("hello")
    result = polku("--lang", "en", "--db", path, "clients")
    assert result.returncode == 1
    assert result.stderr == f"polku: {path} is not a Polku database\n"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """``polku clients | head -1``: the pipe closes under the command; it ends quietly."""
    document = {
        "format": "polku.exchange",
        "version": 1,
        "clients": [{"id": f"c{n:05d}", "name": f"Asiakas {n:05d} Esimerkki"} for n in range(3000)],
    }
    source = tmp_path / "many.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    db = tmp_path / "many.sqlite3"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "main.py", "import", str(source), "--db", str(db)],
                   cwd=root, check=True, capture_output=True)
    result = subprocess.run(
        f'"{sys.executable}" main.py clients --db "{db}" | head -1',
        shell=True, cwd=root, capture_output=True, text=True, timeout=120,
    )
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""
