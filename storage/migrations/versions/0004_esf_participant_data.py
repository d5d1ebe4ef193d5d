"""The ESF+ participant data of a participation: gender, education, characteristics, follow-up.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 15:30:00

Annex I of Regulation (EU) 2021/1057 asks every ESF+ operation for these, broken down by
gender. All columns are nullable (None is "not recorded"), so existing participations stay as
they are; SQLite and PostgreSQL both add them with ALTER TABLE, nothing is rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("gender", sa.String(length=40)),
    ("education_on_entry", sa.String(length=40)),
    ("characteristics", sa.String(length=200)),
    ("characteristics_declined", sa.Boolean()),
    ("qualification_on_leaving", sa.Boolean()),
    ("follow_up_checked_on", sa.Date()),
    ("follow_up_status", sa.String(length=40)),
    ("follow_up_improved", sa.Boolean()),
)


def upgrade() -> None:
    with op.batch_alter_table("participations") as batch_op:
        for name, type_ in _COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participations") as batch_op:
        for name, _type in reversed(_COLUMNS):
            batch_op.drop_column(name)
