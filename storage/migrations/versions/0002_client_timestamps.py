"""When each client was created and last changed (UTC), for the window's "recently changed" list.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 18:00:00

SQLite cannot ADD COLUMN with a non-constant default such as CURRENT_TIMESTAMP, so the clients
table is rebuilt (batch mode, copy-and-rename). storage.database runs this with foreign-key
enforcement off, so that dropping the old table does not cascade into the client's rows in
every other table; existing clients get the time of the upgrade.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _recreate() -> Literal["always", "auto"]:
    # Only SQLite needs the copy-and-rename; a server adds the columns with ALTER TABLE (and
    # could not drop the clients table that the other tables' foreign keys point at).
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    with op.batch_alter_table("clients", recreate=_recreate()) as batch_op:
        batch_op.add_column(
            sa.Column(
                "created_at",
                sa.DateTime(),
                server_default=sa.text("CURRENT_TIMESTAMP"),
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column(
                "updated_at",
                sa.DateTime(),
                server_default=sa.text("CURRENT_TIMESTAMP"),
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("clients", recreate=_recreate()) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
