"""Shared fixtures: every test gets its own database file and never touches the user's data."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture(scope="session")
def _new_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file as Polku makes it new (schema at head, nothing in it), made once: a
    copy of it is what opening a new file gives, without running the schema each time."""
    from storage.database import open_database

    path = tmp_path_factory.mktemp("new-database") / "polku.sqlite3"
    open_database(str(path)).close()  # closing folds the WAL back into the file
    return path


@pytest.fixture
def database(db_path: Path, _new_database_file: Path) -> Iterator[Database]:
    """The real database on this test's own SQLite file, closed after the test: a copy of a
    new one (the same bytes and mode as making it, ~35 ms quicker)."""
    from storage.database import open_database

    shutil.copy(_new_database_file, db_path)
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


#: A PostgreSQL server the tests may empty and use (``.ci/run`` starts one), or None. Under
#: pytest-xdist each worker has a database of its own beside it (see :func:`pytest_configure`).
POSTGRESQL = os.environ.get("POLKU_TEST_POSTGRESQL")
#: This xdist worker's own database (a URL), while it has one.
_worker_postgresql: str | None = None


def _worker_database(url: str, worker: str) -> str:
    """The URL of *worker*'s own database beside *url*'s (``<database>_<worker>``), made new and
    empty. Tests of two workers never see each other's tables or notifications (LISTEN/NOTIFY
    is per database). The role needs CREATEDB (``.ci/run`` gives it)."""
    import sqlalchemy as sa

    base = sa.make_url(url)
    name = f"{base.database}_{worker}"
    engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
        raise pytest.UsageError(
            f"POLKU_TEST_POSTGRESQL: cannot make the database {name} for the parallel worker "
            f"{worker} ({type(error.orig).__name__}: {reason}). Each worker needs its own: "
            f"let the role create databases (ALTER ROLE {base.username} CREATEDB), or run the "
            f"tests in one process (-n0)."
        ) from error
    finally:
        engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def _check_workers_can_have_databases(url: str) -> None:
    """Before the workers start: the role may create databases (one clear line, not one
    traceback per worker)."""
    import sqlalchemy as sa

    base = sa.make_url(url)
    engine = sa.create_engine(base)
    try:
        with engine.connect() as connection:
            allowed = connection.execute(sa.text(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
            )).scalar()
    except sa.exc.DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
        raise pytest.UsageError(
            f"POLKU_TEST_POSTGRESQL: cannot reach the server ({type(error.orig).__name__}: "
            f"{reason})") from error
    finally:
        engine.dispose()
    if not allowed:
        raise pytest.UsageError(
            f"POLKU_TEST_POSTGRESQL: each parallel worker makes its own database, and the role "
            f"{base.username} may not create databases: ALTER ROLE {base.username} CREATEDB, "
            f"or run the tests in one process (-n0).")


def _drop_worker_database(url: str) -> None:
    """Drop a worker's database again (at the end of its run)."""
    import sqlalchemy as sa

    own = sa.make_url(url)
    assert POSTGRESQL is not None
    engine = sa.create_engine(sa.make_url(POSTGRESQL), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{own.database}" WITH (FORCE)'))
    finally:
        engine.dispose()


def pytest_configure(config: pytest.Config) -> None:
    """A pytest-xdist worker (``-n``) gets its own PostgreSQL database, named for the worker in
    ``POLKU_TEST_POSTGRESQL`` before any test module reads it (and so for the ``polku``
    processes the tests start)."""
    global _worker_postgresql
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    try:
        parallel = bool(config.getoption("numprocesses"))
    except ValueError:  # pytest-xdist not loaded (-p no:xdist)
        parallel = False
    if POSTGRESQL and not worker and parallel:
        _check_workers_can_have_databases(POSTGRESQL)
    if POSTGRESQL and worker:
        _worker_postgresql = _worker_database(POSTGRESQL, worker)
        os.environ["POLKU_TEST_POSTGRESQL"] = _worker_postgresql


def pytest_unconfigure(config: pytest.Config) -> None:
    global _worker_postgresql
    if _worker_postgresql is not None and POSTGRESQL is not None:
        _drop_worker_database(_worker_postgresql)
        os.environ["POLKU_TEST_POSTGRESQL"] = POSTGRESQL
        _worker_postgresql = None


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
    url = os.environ["POLKU_TEST_POSTGRESQL"]  # this worker's own database
    _empty_server(url)
    return url
