"""The database schema: SQLAlchemy 2 typed declarative models for every concept of the domain.

Conventions (so that the schema reads the same in SQLite and PostgreSQL):

- every table has a surrogate integer primary key ``pk``; the ids of the exchange format are kept
  in ``id`` columns, unique within their parent (client ids are unique globally);
- a child's foreign key is ``<parent>_pk`` with ``ON DELETE CASCADE``, so deleting a client
  deletes everything about them (the right to erasure) in one statement;
- lists whose order people see (pathways, steps, transitions, needs, consents, team, meetings,
  decisions, codes) carry an ``ordinal`` column and are read ``ORDER BY ordinal``;
- references that the domain checks itself (a step's responsible team member, a transition's
  consent, a meeting's participants) are kept as the exchange id strings, not foreign keys:
  editing the team must not cascade into pathways. Transitions do point at their steps by
  foreign key, because a transition cannot outlive either of its steps.

Rows never leave the storage layer: :mod:`storage.repository` turns them into domain objects.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: Names for constraints and indexes, so that migrations can refer to them on every backend
#: (SQLite's batch mode needs named constraints to drop or alter them).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = 200  # the exchange format's limit for ids, codes, names, titles and roles
CODE = 40  # codes of the domain brief (sector, stage, status, …) are short


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


#: The rows of ``uq_pathways_one_active``, the partial unique index of active pathways.
ONE_ACTIVE = "status = 'active'"


def use_server_options() -> None:
    """Give the schema its PostgreSQL-only options (the ``WHERE`` of ``uq_pathways_one_active``)
    before a PostgreSQL database is opened, migrated or compared with these models.

    Not in the model itself: naming a PostgreSQL option makes SQLAlchemy import its whole
    PostgreSQL dialect (about 20 ms), which every SQLite start of the window and the command
    line would pay for nothing. ``storage.database`` calls this for every server database and
    the migrations' ``env.py`` for Alembic's own runs; calling it again changes nothing.
    """
    indexes = Base.metadata.tables["pathways"].indexes
    index = next(i for i in indexes if i.name == "uq_pathways_one_active")
    options = index.dialect_options["postgresql"]
    if options["where"] is None:
        options["where"] = text(ONE_ACTIVE)


def _parent(table: str) -> Mapped[int]:
    """A child's link to its parent row; the row goes when the parent goes."""
    return mapped_column(ForeignKey(f"{table}.pk", ondelete="CASCADE"), nullable=False)


# --- Service catalogue -------------------------------------------------------------------------


class ServiceTypeRow(Base):
    """An organisation's own service type (the default catalogue ships with the program)."""

    __tablename__ = "service_types"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(ID), unique=True)
    sector: Mapped[str] = mapped_column(String(CODE))
    stage: Mapped[str] = mapped_column(String(CODE))
    name_fi: Mapped[str] = mapped_column(String(ID))
    name_sv: Mapped[str | None] = mapped_column(String(ID))
    name_en: Mapped[str | None] = mapped_column(String(ID))
    description: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    addresses: Mapped[list[ServiceTypeAddressRow]] = relationship(
        order_by="ServiceTypeAddressRow.ordinal",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ServiceTypeAddressRow(Base):
    """A need domain that a custom service type addresses."""

    __tablename__ = "service_type_addresses"
    __table_args__ = (UniqueConstraint("service_type_pk", "domain"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_type_pk: Mapped[int] = _parent("service_types")
    ordinal: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str] = mapped_column(String(CODE))


# --- Clients and their details -----------------------------------------------------------------


class ClientRow(Base):
    __tablename__ = "clients"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(ID), unique=True)
    #: A random pseudonymous key (uuid4 hex) that names the client in the access log without
    #: their name or id. Never exported.
    audit_key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(ID))
    #: Unique when present (NULLs are distinct in SQLite and PostgreSQL alike).
    personal_id: Mapped[str | None] = mapped_column(String(ID), unique=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    municipality: Mapped[str | None] = mapped_column(String(ID))
    notes: Mapped[str | None] = mapped_column(Text)
    goal_outcome: Mapped[str | None] = mapped_column(String(CODE))
    goal_description: Mapped[str | None] = mapped_column(Text)
    goal_target_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Name, id and municipality folded for search (storage.folding.fold); kept by the repository.
    search_text: Mapped[str] = mapped_column(Text)
    #: UTC; added by revision 0002.
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    #: Moves on (+1) with every write about the client, whatever part it touches: the
    #: optimistic-concurrency check of ``storage.concurrency`` (revision 0006).
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    #: Who made the newest change (the worker's name, else the account), for "changed by …".
    changed_by: Mapped[str] = mapped_column(String(ID), server_default=text("''"))

    languages: Mapped[list[ClientLanguageRow]] = relationship(
        order_by="ClientLanguageRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )
    needs: Mapped[list[NeedRow]] = relationship(
        order_by="NeedRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )
    consents: Mapped[list[ConsentRow]] = relationship(
        order_by="ConsentRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )
    team: Mapped[list[TeamMemberRow]] = relationship(
        order_by="TeamMemberRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )
    participation: Mapped[ParticipationRow | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    meetings: Mapped[list[MeetingRow]] = relationship(
        order_by="MeetingRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )
    pathways: Mapped[list[PathwayRow]] = relationship(
        order_by="PathwayRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )


class ClientLanguageRow(Base):
    __tablename__ = "client_languages"
    __table_args__ = (UniqueConstraint("client_pk", "code"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = _parent("clients")
    ordinal: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(CODE))


class NeedRow(Base):
    __tablename__ = "needs"
    __table_args__ = (UniqueConstraint("client_pk", "domain"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = _parent("clients")
    ordinal: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str] = mapped_column(String(CODE))
    level: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ConsentRow(Base):
    __tablename__ = "consents"
    __table_args__ = (UniqueConstraint("client_pk", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = _parent("clients")
    ordinal: Mapped[int] = mapped_column(Integer)
    id: Mapped[str] = mapped_column(String(ID))
    given_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    sectors: Mapped[list[ConsentSectorRow]] = relationship(
        order_by="ConsentSectorRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )


class ConsentSectorRow(Base):
    __tablename__ = "consent_sectors"
    __table_args__ = (UniqueConstraint("consent_pk", "sector"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_pk: Mapped[int] = _parent("consents")
    ordinal: Mapped[int] = mapped_column(Integer)
    sector: Mapped[str] = mapped_column(String(CODE))


class TeamMemberRow(Base):
    __tablename__ = "team_members"
    __table_args__ = (UniqueConstraint("client_pk", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = _parent("clients")
    ordinal: Mapped[int] = mapped_column(Integer)
    id: Mapped[str] = mapped_column(String(ID))
    name: Mapped[str] = mapped_column(String(ID))
    role: Mapped[str] = mapped_column(String(ID))
    sector: Mapped[str] = mapped_column(String(CODE))
    organisation: Mapped[str | None] = mapped_column(String(ID))
    phone: Mapped[str | None] = mapped_column(String(ID))
    email: Mapped[str | None] = mapped_column(String(ID))


class ParticipationRow(Base):
    """The client's ESF+ participation record (at most one per client)."""

    __tablename__ = "participations"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = mapped_column(
        ForeignKey("clients.pk", ondelete="CASCADE"), unique=True
    )
    entered_on: Mapped[dt.date] = mapped_column(Date)
    status_on_entry: Mapped[str] = mapped_column(String(CODE))
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome_on_leaving: Mapped[str | None] = mapped_column(String(CODE))
    # ESF+ participant data (Annex I of Regulation (EU) 2021/1057); None is "not recorded".
    gender: Mapped[str | None] = mapped_column(String(CODE))
    education_on_entry: Mapped[str | None] = mapped_column(String(CODE))
    #: Characteristic codes separated by spaces, in the order recorded (a special category).
    characteristics: Mapped[str | None] = mapped_column(String(ID))
    characteristics_declined: Mapped[bool | None] = mapped_column(Boolean)
    qualification_on_leaving: Mapped[bool | None] = mapped_column(Boolean)
    #: The six-month follow-up: all three absent, or checked_on and status present.
    follow_up_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_status: Mapped[str | None] = mapped_column(String(CODE))
    follow_up_improved: Mapped[bool | None] = mapped_column(Boolean)


class MeetingRow(Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("client_pk", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = _parent("clients")
    ordinal: Mapped[int] = mapped_column(Integer)
    id: Mapped[str] = mapped_column(String(ID))
    date: Mapped[dt.date] = mapped_column(Date)
    client_present: Mapped[bool | None] = mapped_column(Boolean)
    summary: Mapped[str | None] = mapped_column(Text)
    next_review: Mapped[dt.date | None] = mapped_column(Date)

    participants: Mapped[list[MeetingParticipantRow]] = relationship(
        order_by="MeetingParticipantRow.ordinal",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    decisions: Mapped[list[MeetingDecisionRow]] = relationship(
        order_by="MeetingDecisionRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingParticipantRow(Base):
    __tablename__ = "meeting_participants"
    __table_args__ = (UniqueConstraint("meeting_pk", "member_id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_pk: Mapped[int] = _parent("meetings")
    ordinal: Mapped[int] = mapped_column(Integer)
    #: A team-member id of the same client.
    member_id: Mapped[str] = mapped_column(String(ID))


class MeetingDecisionRow(Base):
    __tablename__ = "meeting_decisions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_pk: Mapped[int] = _parent("meetings")
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


# --- Pathways ----------------------------------------------------------------------------------


class PathwayRow(Base):
    __tablename__ = "pathways"
    __table_args__ = (
        UniqueConstraint("client_pk", "id"),
        # At most one active pathway per client, also when someone writes around the
        # repository. Partial unique indexes exist in both SQLite (3.8+) and PostgreSQL; the
        # PostgreSQL half is added by use_server_options() (see there).
        Index(
            "uq_pathways_one_active",
            "client_pk",
            unique=True,
            sqlite_where=text(ONE_ACTIVE),
        ),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = _parent("clients")
    ordinal: Mapped[int] = mapped_column(Integer)
    id: Mapped[str] = mapped_column(String(ID))
    title: Mapped[str] = mapped_column(String(ID))
    status: Mapped[str] = mapped_column(String(CODE))
    created_on: Mapped[dt.date | None] = mapped_column(Date)

    steps: Mapped[list[StepRow]] = relationship(
        order_by="StepRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )
    transitions: Mapped[list[TransitionRow]] = relationship(
        order_by="TransitionRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )


class StepRow(Base):
    __tablename__ = "steps"
    __table_args__ = (UniqueConstraint("pathway_pk", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_pk: Mapped[int] = _parent("pathways")
    ordinal: Mapped[int] = mapped_column(Integer)
    id: Mapped[str] = mapped_column(String(ID))
    service: Mapped[str] = mapped_column(String(ID))
    status: Mapped[str] = mapped_column(String(CODE))
    title: Mapped[str | None] = mapped_column(String(ID))
    provider: Mapped[str | None] = mapped_column(String(ID))
    #: A team-member id of the client.
    responsible: Mapped[str | None] = mapped_column(String(ID))
    # "start"/"end" are SQL keywords; *_on keeps every backend's parser calm.
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    position_x: Mapped[float | None] = mapped_column(Float)
    position_y: Mapped[float | None] = mapped_column(Float)


class TransitionRow(Base):
    __tablename__ = "transitions"
    __table_args__ = (UniqueConstraint("pathway_pk", "from_step_pk", "to_step_pk", "kind"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_pk: Mapped[int] = _parent("pathways")
    ordinal: Mapped[int] = mapped_column(Integer)
    from_step_pk: Mapped[int] = _parent("steps")
    to_step_pk: Mapped[int] = _parent("steps")
    kind: Mapped[str] = mapped_column(String(CODE))
    referral: Mapped[bool] = mapped_column(Boolean, default=False)
    date: Mapped[dt.date | None] = mapped_column(Date)
    #: A consent id of the client.
    consent: Mapped[str | None] = mapped_column(String(ID))
    note: Mapped[str | None] = mapped_column(Text)

    shared_info: Mapped[list[TransitionSharedInfoRow]] = relationship(
        order_by="TransitionSharedInfoRow.ordinal",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class TransitionSharedInfoRow(Base):
    __tablename__ = "transition_shared_info"
    __table_args__ = (UniqueConstraint("transition_pk", "code"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    transition_pk: Mapped[int] = _parent("transitions")
    ordinal: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(CODE))


# --- Agreed versions ---------------------------------------------------------------------------


class AgreedVersionRow(Base):
    """A pathway as agreed on a day (spec "Agreed versions"): never changed once written.

    The steps and transitions are kept as one JSON text in the exchange format's own form
    (``content``): a version is written once, read whole and never queried by its parts, so
    a copy of the step and transition tables would only add rows to keep in step. It goes with
    its client and with its pathway (``ON DELETE CASCADE`` on both).
    """

    __tablename__ = "agreed_versions"
    __table_args__ = (UniqueConstraint("client_pk", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = _parent("clients")
    pathway_pk: Mapped[int] = mapped_column(
        ForeignKey("pathways.pk", ondelete="CASCADE"), nullable=False, index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    id: Mapped[str] = mapped_column(String(ID))
    agreed_on: Mapped[dt.date] = mapped_column(Date)
    #: A meeting id of the client, as it was (history: the meeting may since have been removed).
    meeting_id: Mapped[str | None] = mapped_column(String(ID))
    note: Mapped[str | None] = mapped_column(Text)
    #: ``{"steps": [...], "transitions": [...]}`` in the exchange format's form.
    content: Mapped[str] = mapped_column(Text)


# --- The access log ----------------------------------------------------------------------------


class AccessLogRow(Base):
    """One entry of the access log (act 703/2023: the client may know who processed their data).

    Append-only: database triggers refuse UPDATE and DELETE (revision 0003), and each entry's
    ``hash`` covers the previous entry's hash and its own fields (``storage.audit``), so that a
    change made around the triggers shows. A client is named only by ``clients.audit_key``;
    when the client is erased that link goes, and the entries no longer lead to a person.
    """

    __tablename__ = "access_log"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: ISO 8601 in UTC with its offset, microseconds (``2026-01-15T10:00:00.000001+00:00``);
    #: kept as text so that the hash is computed over exactly what is stored.
    at: Mapped[str] = mapped_column(String(40), index=True)
    os_user: Mapped[str] = mapped_column(String(ID))
    worker: Mapped[str] = mapped_column(String(ID))
    #: The client's ``audit_key``; NULL for entries about the whole database (backup, restore).
    client_key: Mapped[str | None] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(CODE))
    #: What was touched: ``details``, ``pathway <id>``, ``catalogue``… never a name.
    target: Mapped[str | None] = mapped_column(String(ID))
    #: Unique: two entries can never follow the same one, so the chain cannot fork.
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: The database account (PostgreSQL; NULL on a SQLite file, where there is none). Added by
    #: revision 0006; part of the hash only when present, so older entries verify unchanged.
    db_user: Mapped[str | None] = mapped_column(String(ID))
