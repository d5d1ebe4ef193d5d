"""The access log: who viewed, changed, printed, exported or erased which client's data, and when.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00

The log is append-only, enforced by the database itself so that no program (this one, a
script, a careless SQL console) can rewrite history: SQLite triggers that RAISE(ABORT) on
UPDATE and DELETE, and on PostgreSQL a trigger function that refuses UPDATE, DELETE and
TRUNCATE. A later migration that rebuilds this table in batch mode must recreate the triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REFUSAL = "the access log is append-only"

_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
    BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END""",
    f"""CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
    BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END""",
)

_POSTGRESQL_TRIGGERS = (
    f"""CREATE FUNCTION polku_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$""",
    """CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION polku_access_log_append_only()""",
    """CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION polku_access_log_append_only()""",
)


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=False),
        sa.Column("client_key", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_access_log")),
        sa.UniqueConstraint("hash", name=op.f("uq_access_log_hash")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_access_log_prev_hash")),
    )
    op.create_index(op.f("ix_access_log_at"), "access_log", ["at"], unique=False)
    op.create_index(op.f("ix_access_log_client_key"), "access_log", ["client_key"], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _POSTGRESQL_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS access_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS access_log_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS access_log_no_truncate ON access_log")
        op.execute("DROP TRIGGER IF EXISTS access_log_append_only ON access_log")
        op.execute("DROP FUNCTION IF EXISTS polku_access_log_append_only()")
    op.drop_index(op.f("ix_access_log_client_key"), table_name="access_log")
    op.drop_index(op.f("ix_access_log_at"), table_name="access_log")
    op.drop_table("access_log")
