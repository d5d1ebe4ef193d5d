"""Alembic's environment for Polku: runs migrations on the connection storage.database hands over.

``storage.database.open_database`` passes an open connection in ``config.attributes`` and owns
the transaction (and, for SQLite, switches foreign-key enforcement off around it). A developer
making a new revision can instead give a URL with ``-x url=sqlite:///scratch.sqlite3`` to
``alembic revision --autogenerate`` (with a config whose script_location is this folder).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from storage.models import Base, use_server_options

use_server_options()  # the PostgreSQL half of the schema (SQLite ignores it)
config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite alters most things by rebuilding the table: batch mode does that for us.
        render_as_batch=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give the database with -x url=… (storage.database passes a connection)")
    engine = create_engine(url)
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


def run_migrations_offline() -> None:
    url = context.get_x_argument(as_dictionary=True).get("url") or "sqlite://"
    context.configure(
        url=url, target_metadata=target_metadata, render_as_batch=True, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
