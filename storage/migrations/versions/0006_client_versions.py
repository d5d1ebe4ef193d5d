"""Client versions for optimistic concurrency, and the database account in the access log.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 15:30:00

``clients.version`` moves on with every write about the client (``storage.concurrency``): a
window or a command that loaded version 7 may write only while the stored version is still 7,
so two workers editing one client never silently overwrite each other. ``clients.changed_by``
names who made the newest change. ``access_log.db_user`` names the database account on a
server (NULL on a SQLite file).

Constant defaults only, so SQLite adds the columns in place (no table rebuild: the access log's
append-only triggers stay as they are).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "clients",
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    )
    op.add_column(
        "clients",
        sa.Column("changed_by", sa.String(200), server_default=sa.text("''"), nullable=False),
    )
    op.add_column("access_log", sa.Column("db_user", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients") as batch_op:
        batch_op.drop_column("changed_by")
        batch_op.drop_column("version")
    with op.batch_alter_table("access_log") as batch_op:
        batch_op.drop_column("db_user")
