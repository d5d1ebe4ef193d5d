"""Shared fixtures: every test gets its own database file and never touches the user's data."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from storage.database import Database
    from storage.repository import Repository

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: The example exchange files, copied from the specification so the suite stands alone.
EXAMPLES = PROJECT_ROOT / "tests" / "data" / "examples"


@pytest.fixture(autouse=True)
def _private_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every default location (data, config, cache) at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv("POLKU_DB", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))


@pytest.fixture(autouse=True)
def _english_messages() -> object:
    """In-process tests read the domain's messages in English (the source language) unless they
    choose another; the process-wide language is put back afterwards."""
    from pathways import i18n

    previous = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh SQLite database file of this test alone."""
    return tmp_path / "polku.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """The real database on this test's own SQLite file, closed after the test."""
    from storage.database import open_database

    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def repository(database: Database) -> Repository:
    """The real repository on this test's own SQLite file."""
    from storage.repository import Repository

    return Repository(database)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


#: A PostgreSQL server the tests may empty and use (``.ci/run`` starts one), or None.
POSTGRESQL = os.environ.get("POLKU_TEST_POSTGRESQL")


def _empty_server(url: str) -> None:
    """Drop everything on the test server: each test starts from an empty database."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def empty_server() -> Callable[[str], None]:
    return _empty_server


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(
                not POSTGRESQL, reason="POLKU_TEST_POSTGRESQL names no server"
            ),
        ),
    ]
)
def target(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The database a test's workers open, once on each engine: a SQLite file of this test,
    and the emptied server when one is named."""
    if request.param == "sqlite":
        return str(db_path)
    assert POSTGRESQL is not None
    _empty_server(POSTGRESQL)
    return POSTGRESQL
