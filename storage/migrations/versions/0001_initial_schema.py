"""The whole schema as of Polku 0.1: clients and everything about them, pathways, custom services.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 17:38:16.992474

Generated from storage/models.py and checked by hand against it (created_at/updated_at came
later, in 0002). Table order follows the foreign keys: parents first.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clients",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("audit_key", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("personal_id", sa.String(length=200), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("municipality", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("goal_outcome", sa.String(length=40), nullable=True),
        sa.Column("goal_description", sa.Text(), nullable=True),
        sa.Column("goal_target_date", sa.Date(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_clients")),
        sa.UniqueConstraint("audit_key", name=op.f("uq_clients_audit_key")),
        sa.UniqueConstraint("id", name=op.f("uq_clients_id")),
        sa.UniqueConstraint("personal_id", name=op.f("uq_clients_personal_id")),
    )
    op.create_table(
        "service_types",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("name_fi", sa.String(length=200), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=True),
        sa.Column("name_en", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_service_types")),
        sa.UniqueConstraint("code", name=op.f("uq_service_types_code")),
    )
    op.create_table(
        "client_languages",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_client_languages_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_client_languages")),
        sa.UniqueConstraint("client_pk", "code", name=op.f("uq_client_languages_client_pk_code")),
    )
    op.create_table(
        "consents",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_consents_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_consents")),
        sa.UniqueConstraint("client_pk", "id", name=op.f("uq_consents_client_pk_id")),
    )
    op.create_table(
        "meetings",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("client_present", sa.Boolean(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_meetings_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_meetings")),
        sa.UniqueConstraint("client_pk", "id", name=op.f("uq_meetings_client_pk_id")),
    )
    op.create_table(
        "needs",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_needs_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_needs")),
        sa.UniqueConstraint("client_pk", "domain", name=op.f("uq_needs_client_pk_domain")),
    )
    op.create_table(
        "participations",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column("status_on_entry", sa.String(length=40), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("outcome_on_leaving", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_participations_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_participations")),
        sa.UniqueConstraint("client_pk", name=op.f("uq_participations_client_pk")),
    )
    op.create_table(
        "pathways",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_pathways_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_pathways")),
        sa.UniqueConstraint("client_pk", "id", name=op.f("uq_pathways_client_pk_id")),
    )
    with op.batch_alter_table("pathways", schema=None) as batch_op:
        batch_op.create_index(
            "uq_pathways_one_active",
            ["client_pk"],
            unique=True,
            sqlite_where=sa.text("status = 'active'"),
            postgresql_where=sa.text("status = 'active'"),
        )

    op.create_table(
        "service_type_addresses",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("service_type_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_type_pk"],
            ["service_types.pk"],
            name=op.f("fk_service_type_addresses_service_type_pk_service_types"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_service_type_addresses")),
        sa.UniqueConstraint(
            "service_type_pk",
            "domain",
            name=op.f("uq_service_type_addresses_service_type_pk_domain"),
        ),
    )
    op.create_table(
        "team_members",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_team_members_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_team_members")),
        sa.UniqueConstraint("client_pk", "id", name=op.f("uq_team_members_client_pk_id")),
    )
    op.create_table(
        "consent_sectors",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("consent_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_pk"],
            ["consents.pk"],
            name=op.f("fk_consent_sectors_consent_pk_consents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_consent_sectors")),
        sa.UniqueConstraint(
            "consent_pk", "sector", name=op.f("uq_consent_sectors_consent_pk_sector")
        ),
    )
    op.create_table(
        "meeting_decisions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("meeting_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_pk"],
            ["meetings.pk"],
            name=op.f("fk_meeting_decisions_meeting_pk_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_meeting_decisions")),
    )
    op.create_table(
        "meeting_participants",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("meeting_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_pk"],
            ["meetings.pk"],
            name=op.f("fk_meeting_participants_meeting_pk_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_meeting_participants")),
        sa.UniqueConstraint(
            "meeting_pk", "member_id", name=op.f("uq_meeting_participants_meeting_pk_member_id")
        ),
    )
    op.create_table(
        "steps",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("pathway_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("provider", sa.String(length=200), nullable=True),
        sa.Column("responsible", sa.String(length=200), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("position_x", sa.Float(), nullable=True),
        sa.Column("position_y", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pathway_pk"],
            ["pathways.pk"],
            name=op.f("fk_steps_pathway_pk_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_steps")),
        sa.UniqueConstraint("pathway_pk", "id", name=op.f("uq_steps_pathway_pk_id")),
    )
    op.create_table(
        "transitions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("pathway_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("from_step_pk", sa.Integer(), nullable=False),
        sa.Column("to_step_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("referral", sa.Boolean(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("consent", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_step_pk"],
            ["steps.pk"],
            name=op.f("fk_transitions_from_step_pk_steps"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pathway_pk"],
            ["pathways.pk"],
            name=op.f("fk_transitions_pathway_pk_pathways"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_step_pk"],
            ["steps.pk"],
            name=op.f("fk_transitions_to_step_pk_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_transitions")),
        sa.UniqueConstraint(
            "pathway_pk",
            "from_step_pk",
            "to_step_pk",
            "kind",
            name=op.f("uq_transitions_pathway_pk_from_step_pk_to_step_pk_kind"),
        ),
    )
    op.create_table(
        "transition_shared_info",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("transition_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["transition_pk"],
            ["transitions.pk"],
            name=op.f("fk_transition_shared_info_transition_pk_transitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_transition_shared_info")),
        sa.UniqueConstraint(
            "transition_pk", "code", name=op.f("uq_transition_shared_info_transition_pk_code")
        ),
    )


def downgrade() -> None:
    op.drop_table("transition_shared_info")
    op.drop_table("transitions")
    op.drop_table("steps")
    op.drop_table("meeting_participants")
    op.drop_table("meeting_decisions")
    op.drop_table("consent_sectors")
    op.drop_table("team_members")
    op.drop_table("service_type_addresses")
    with op.batch_alter_table("pathways", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_pathways_one_active",
            sqlite_where=sa.text("status = 'active'"),
            postgresql_where=sa.text("status = 'active'"),
        )

    op.drop_table("pathways")
    op.drop_table("participations")
    op.drop_table("needs")
    op.drop_table("meetings")
    op.drop_table("consents")
    op.drop_table("client_languages")
    op.drop_table("service_types")
    op.drop_table("clients")
