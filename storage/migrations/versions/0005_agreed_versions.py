"""Agreed versions: a client's pathways as agreed on a day, never changed once written.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 15:30:00

A new table only; nothing existing is rebuilt. A version goes with its client and with its
pathway (ON DELETE CASCADE on both foreign keys).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agreed_versions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("pathway_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_agreed_versions_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pathway_pk"],
            ["pathways.pk"],
            name=op.f("fk_agreed_versions_pathway_pk_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_agreed_versions")),
        sa.UniqueConstraint("client_pk", "id", name=op.f("uq_agreed_versions_client_pk_id")),
    )
    op.create_index(
        op.f("ix_agreed_versions_pathway_pk"), "agreed_versions", ["pathway_pk"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_agreed_versions_pathway_pk"), table_name="agreed_versions")
    op.drop_table("agreed_versions")
