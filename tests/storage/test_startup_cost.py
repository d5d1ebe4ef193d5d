"""What opening an SQLite database costs at start: no PostgreSQL dialect (SQLAlchemy imports
its whole PostgreSQL dialect, about 20 ms, as soon as a model names a PostgreSQL option), while
a server database still gets the whole schema (``storage.models.use_server_options``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex

from storage.database import open_database
from storage.models import Base, use_server_options
from tests.running import run_python

#: Open a database and list its clients, as the window does at start (then: what to print).
OPEN_AND_LIST = (
    "import sys\n"
    "from storage.database import open_database\n"
    "from storage.repository import Repository\n"
    "database = open_database({path!r})\n"
    "Repository(database).list_clients()\n"
    "database.close()\n"
)


def test_opening_and_listing_an_sqlite_database_imports_no_postgresql_dialect(
    db_path: Path,
) -> None:
    open_database(str(db_path)).close()
    child = OPEN_AND_LIST.format(path=str(db_path))
    assert run_python(child + "print('sqlalchemy.dialects.postgresql' in sys.modules)") == "False"


def test_a_server_database_gets_the_partial_index_of_active_pathways() -> None:
    indexes = Base.metadata.tables["pathways"].indexes
    index = next(i for i in indexes if i.name == "uq_pathways_one_active")
    use_server_options()
    use_server_options()  # again: nothing changes
    ddl = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
    assert ddl.endswith("ON pathways (client_pk) WHERE status = 'active'")
    assert set(index.dialect_kwargs) == {"sqlite_where", "postgresql_where"}
    assert str(index.dialect_kwargs["postgresql_where"]) == "status = 'active'"


def test_listing_and_opening_a_client_configure_no_orm_mapper(db_path: Path) -> None:
    """The first ORM statement of a process configures every mapper (about 17 ms, which the
    window paid on its GUI thread opening the first client): the reads on the way to a client's
    pathway on the screen use Core columns only."""
    from pathways.model import Client, Pathway, Step
    from storage.repository import Repository

    database = open_database(str(db_path))
    Repository(database).create_client(
        Client(
            "c1",
            "Aino",
            pathways=[Pathway("p1", "Polku", steps=[Step("a", "work_trial", "planned")])],
        )
    )
    database.close()
    child = (
        "from storage.database import open_database\n"
        "from storage.models import ClientRow\n"
        "from storage.repository import Repository\n"
        f"database = open_database({str(db_path)!r})\n"
        "repository = Repository(database)\n"
        "repository.client_versions(); repository.list_clients(); repository.catalogue()\n"
        "client = repository.load_client('c1')\n"
        "assert client is not None and client.pathways[0].steps[0].id == 'a'\n"
        "database.close()\n"
        "print(ClientRow.__mapper__.configured)\n"
    )
    assert run_python(child) == "False"
