"""The repository: every read and write of Polku's data, one unit of work per call.

Contract: each public method opens one session, runs one transaction (``Session.begin()``),
turns rows into domain objects *inside* it and returns domain objects only, never ORM rows or
sessions. A method either does all of its work or none of it. Methods may be called from a
worker thread; each call uses its own session, so a ``Repository`` can be shared.

Every method that shows a client's data (``load_client``), changes it or hands it out (print,
export, import, erasure) writes an access-log entry (``storage.audit``) in the same
transaction, naming the repository's :class:`~storage.audit.Actor`. On a read-only database
views are shown without an entry (none can be written) and everything else is refused.

Bulk work (import, export, loading many clients) goes through column-level selects and
multi-row inserts rather than ORM objects: a handful of statements per table whatever the
number of clients, so that 5,000 clients move in seconds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, bindparam, delete, func, insert, select, true, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pathways.catalogue import ServiceCatalogue, default_codes
from pathways.errors import InputError
from pathways.exchange_write import (
    agreed_version_to_dict,
    steps_and_transitions_from_dict,
    used_service_codes,
)
from pathways.i18n import _
from pathways.model import (
    AgreedVersion,
    Client,
    ClientSummary,
    Consent,
    Goal,
    Meeting,
    Need,
    Participation,
    Pathway,
    ServiceType,
    Step,
    TeamMember,
    Transition,
)
from pathways.text import fold
from storage import audit
from storage.audit import Actor, AuditEntry
from storage.concurrency import (
    ClientStamp,
    lock_client,
    moved_on,
    notify,
    stamp_of,
    who,
)
from storage.concurrency import ConflictError as ConflictError
from storage.database import WRITE_OPTION, Database, database_failure, readonly_problem
from storage.listing import read_client_list
from storage.models import (
    AgreedVersionRow,
    ClientLanguageRow,
    ClientRow,
    ConsentRow,
    ConsentSectorRow,
    MeetingDecisionRow,
    MeetingParticipantRow,
    MeetingRow,
    NeedRow,
    ParticipationRow,
    PathwayRow,
    ServiceTypeAddressRow,
    ServiceTypeRow,
    StepRow,
    TeamMemberRow,
    TransitionRow,
    TransitionSharedInfoRow,
)
from storage.reading import catalogue as _catalogue
from storage.reading import custom_types as _custom_types
from storage.reading import participation_from_row, select_participations
from storage.reading import table as core_table

if TYPE_CHECKING:
    from pathways.exchange import ExchangeDocument, Problem
    from storage.erasure import Erasure

#: How many ids go into one ``IN (…)`` list (SQLite allows 32,766 parameters per statement).
CHUNK = 500


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import added: counts for the one-line summary."""

    clients: int
    pathways: int
    steps: int


@dataclass(frozen=True)
class AccessRequest:
    """Everything stored about one client, for their right of access (GDPR art. 15): their
    data as an exchange document, and every access-log entry about them (this one included)."""

    client: Client
    #: The exchange document (JSON-ready) of the client alone.
    document: dict[str, Any]
    entries: list[AuditEntry]


def search_text(client_id: str, name: str, municipality: str | None) -> str:
    """The folded text the client search looks in (name, id and municipality)."""
    return fold(" ".join(part for part in (name, client_id, municipality) if part))


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


@contextmanager
def _bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of objects are made.

    Each collection of the oldest generation walks every live object, and bulk import and
    export create enough of them to trigger it again and again (a third of their time).
    Nothing they create forms reference cycles, so nothing is lost; the collector is switched
    back on afterwards. It is process-wide: another thread's garbage just waits a few seconds.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _now() -> dt.datetime:
    # Naive UTC, the same as the CURRENT_TIMESTAMP server default writes.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- Domain → rows -----------------------------------------------------------------------------


def _client_values(client: Client) -> dict[str, Any]:
    """The client's own columns (everything but the child tables)."""
    goal = client.goal
    return {
        "id": client.id,
        "name": client.name,
        "personal_id": client.personal_id,
        "birth_year": client.birth_year,
        "municipality": client.municipality,
        "notes": client.notes,
        "goal_outcome": goal.outcome if goal else None,
        "goal_description": goal.description if goal else None,
        "goal_target_date": goal.target_date if goal else None,
        "search_text": search_text(client.id, client.name, client.municipality),
    }


def _esf_values(participation: Participation) -> dict[str, Any]:
    """The participation's ESF+ columns (characteristics as space-separated codes)."""
    follow_up = participation.after_six_months
    return {
        "gender": participation.gender,
        "education_on_entry": participation.education_on_entry,
        "characteristics": " ".join(participation.characteristics) or None,
        "characteristics_declined": participation.characteristics_declined,
        "qualification_on_leaving": participation.qualification_on_leaving,
        "follow_up_checked_on": follow_up.checked_on if follow_up else None,
        "follow_up_status": follow_up.status if follow_up else None,
        "follow_up_improved": follow_up.improved if follow_up else None,
    }


def _step_values(step: Step, ordinal: int) -> dict[str, Any]:
    x, y = step.position if step.position is not None else (None, None)
    return {
        "ordinal": ordinal,
        "id": step.id,
        "service": step.service,
        "status": step.status,
        "title": step.title,
        "provider": step.provider,
        "responsible": step.responsible,
        "start_on": step.start,
        "end_on": step.end,
        "note": step.note,
        "position_x": x,
        "position_y": y,
    }


def _transition_values(transition: Transition, ordinal: int) -> dict[str, Any]:
    return {
        "ordinal": ordinal,
        "kind": transition.kind,
        "referral": transition.referral,
        "date": transition.date,
        "consent": transition.consent,
        "note": transition.note,
    }


def _agreed_version_values(version: AgreedVersion, ordinal: int) -> dict[str, Any]:
    import json

    document = agreed_version_to_dict(version)
    content = {"steps": document["steps"], "transitions": document["transitions"]}
    return {
        "ordinal": ordinal,
        "id": version.id,
        "agreed_on": version.agreed_on,
        "meeting_id": version.meeting_id,
        "note": version.note,
        "content": json.dumps(content, ensure_ascii=False, allow_nan=False),
    }


def _service_type_values(service_type: ServiceType) -> dict[str, Any]:
    return {
        "code": service_type.code,
        "sector": service_type.sector,
        "stage": service_type.stage,
        "name_fi": service_type.names["fi"],
        "name_sv": service_type.names.get("sv"),
        "name_en": service_type.names.get("en"),
        "description": service_type.description,
        "legal_basis": service_type.legal_basis,
        "valid_from": service_type.valid_from,
        "valid_to": service_type.valid_to,
    }


#: The columns that identify a new row among its siblings (each a unique constraint).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "clients": ("id",),
    "consents": ("client_pk", "id"),
    "meetings": ("client_pk", "id"),
    "pathways": ("client_pk", "id"),
    "steps": ("pathway_pk", "id"),
    "transitions": ("pathway_pk", "from_step_pk", "to_step_pk", "kind"),
}


class _Inserter:
    """Multi-row inserts of whole clients, a few statements per table for any number of them."""

    def __init__(self, session: Session) -> None:
        self.connection = session.connection()
        self.pathways = 0
        self.steps = 0
        #: (client pk, pathway id) → pathway pk of the pathways inserted.
        self.pathway_pks: dict[tuple[int, str], int] = {}
        #: The audit keys of the clients inserted, in order (for their log entries).
        self.audit_keys: list[str] = []

    def _returning_pks(self, model: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert *rows*; their new primary keys, in the same order.

        One executemany, then one select of the new rows by their natural key (the unique
        constraint named in ``NATURAL_KEYS``). Portable, and far faster than RETURNING with
        ordered results, which SQLAlchemy has to do one row per statement on SQLite. Rows with
        a higher key than any before the insert are ours or, on a server, other sessions'
        rows of other parents, which the natural key tells apart.
        """
        if not rows:
            return []
        table = model.__table__
        key_columns = NATURAL_KEYS[table.name]
        before = self.connection.execute(select(func.coalesce(func.max(table.c.pk), 0))).scalar()
        self.connection.execute(insert(table), rows)
        new = {
            tuple(found[1:]): found[0]
            for found in self.connection.execute(
                select(table.c.pk, *(table.c[name] for name in key_columns)).where(
                    table.c.pk > before
                )
            )
        }
        return [new[tuple(row[name] for name in key_columns)] for row in rows]

    def _plain(self, model: Any, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(insert(model.__table__), rows)

    def clients(
        self,
        clients: Sequence[Client],
        kept: Mapping[str, tuple[str, dt.datetime, int]] | None = None,
        changed_by: str = "",
    ) -> None:
        """Insert whole clients; *kept* gives (audit_key, created_at, version) of replaced
        ones, whose version moves on (a replace is a write about the client)."""
        now = _now()
        kept = kept or {}
        rows = []
        for client in clients:
            audit_key, created_at, version = kept.get(client.id) or (uuid.uuid4().hex, now, 0)
            self.audit_keys.append(audit_key)
            rows.append(
                {
                    **_client_values(client),
                    "audit_key": audit_key,
                    "created_at": created_at,
                    "updated_at": now,
                    "version": version + 1,
                    "changed_by": changed_by,
                }
            )
        client_pks = self._returning_pks(ClientRow, rows)
        pairs = list(zip(client_pks, clients, strict=True))
        self.details(pairs)
        self.pathway_rows([(pk, index, p) for pk, c in pairs for index, p in enumerate(c.pathways)])
        self.agreed_versions(
            [(pk, i, v) for pk, c in pairs for i, v in enumerate(c.agreed_versions)]
        )

    def agreed_versions(self, versions: Sequence[tuple[int, int, AgreedVersion]]) -> None:
        """Insert (client pk, ordinal, version) rows; their pathways were inserted before."""
        self._plain(
            AgreedVersionRow,
            [
                _agreed_version_values(v, ordinal)
                | {"client_pk": pk, "pathway_pk": self.pathway_pks[(pk, v.pathway_id)]}
                for pk, ordinal, v in versions
            ],
        )

    def details(self, pairs: Sequence[tuple[int, Client]]) -> None:
        """Everything about the clients but their own row and their pathways."""
        self._plain(
            ClientLanguageRow,
            [
                {"client_pk": pk, "ordinal": i, "code": code}
                for pk, c in pairs
                for i, code in enumerate(c.languages)
            ],
        )
        self._plain(
            NeedRow,
            [
                {
                    "client_pk": pk,
                    "ordinal": i,
                    "domain": n.domain,
                    "level": n.level,
                    "assessed_on": n.assessed_on,
                    "note": n.note,
                }
                for pk, c in pairs
                for i, n in enumerate(c.needs)
            ],
        )
        self._plain(
            TeamMemberRow,
            [
                {
                    "client_pk": pk,
                    "ordinal": i,
                    "id": m.id,
                    "name": m.name,
                    "role": m.role,
                    "sector": m.sector,
                    "organisation": m.organisation,
                    "phone": m.phone,
                    "email": m.email,
                }
                for pk, c in pairs
                for i, m in enumerate(c.team)
            ],
        )
        self._plain(
            ParticipationRow,
            [
                {
                    "client_pk": pk,
                    "entered_on": c.participation.entered_on,
                    "status_on_entry": c.participation.status_on_entry,
                    "left_on": c.participation.left_on,
                    "outcome_on_leaving": c.participation.outcome_on_leaving,
                    **_esf_values(c.participation),
                }
                for pk, c in pairs
                if c.participation is not None
            ],
        )
        consents = [(pk, i, k) for pk, c in pairs for i, k in enumerate(c.consents)]
        consent_pks = self._returning_pks(
            ConsentRow,
            [
                {
                    "client_pk": pk,
                    "ordinal": i,
                    "id": k.id,
                    "given_on": k.given_on,
                    "expires_on": k.expires_on,
                    "note": k.note,
                }
                for pk, i, k in consents
            ],
        )
        self._plain(
            ConsentSectorRow,
            [
                {"consent_pk": consent_pk, "ordinal": i, "sector": sector}
                for consent_pk, (_pk, _i, k) in zip(consent_pks, consents, strict=True)
                for i, sector in enumerate(k.sectors)
            ],
        )
        meetings = [(pk, i, m) for pk, c in pairs for i, m in enumerate(c.meetings)]
        meeting_pks = self._returning_pks(
            MeetingRow,
            [
                {
                    "client_pk": pk,
                    "ordinal": i,
                    "id": m.id,
                    "date": m.date,
                    "client_present": m.client_present,
                    "summary": m.summary,
                    "next_review": m.next_review,
                }
                for pk, i, m in meetings
            ],
        )
        with_pks = list(zip(meeting_pks, meetings, strict=True))
        self._plain(
            MeetingParticipantRow,
            [
                {"meeting_pk": meeting_pk, "ordinal": i, "member_id": member}
                for meeting_pk, (_pk, _i, m) in with_pks
                for i, member in enumerate(m.participants)
            ],
        )
        self._plain(
            MeetingDecisionRow,
            [
                {"meeting_pk": meeting_pk, "ordinal": i, "text": decision}
                for meeting_pk, (_pk, _i, m) in with_pks
                for i, decision in enumerate(m.decisions)
            ],
        )

    def pathway_rows(self, pathways: Sequence[tuple[int, int, Pathway]]) -> None:
        """Insert pathways given as (client pk, ordinal, pathway), with steps and transitions."""
        pathway_pks = self._returning_pks(
            PathwayRow,
            [
                {
                    "client_pk": client_pk,
                    "ordinal": ordinal,
                    "id": p.id,
                    "title": p.title,
                    "status": p.status,
                    "created_on": p.created_on,
                }
                for client_pk, ordinal, p in pathways
            ],
        )
        self.pathways += len(pathway_pks)
        self.pathway_pks.update(
            ((client_pk, p.id), pk)
            for pk, (client_pk, _o, p) in zip(pathway_pks, pathways, strict=True)
        )
        with_pks = [(pk, p) for pk, (_c, _o, p) in zip(pathway_pks, pathways, strict=True)]
        steps = [(pk, i, s) for pk, p in with_pks for i, s in enumerate(p.steps)]
        self.steps += len(steps)
        step_pks = self._returning_pks(
            StepRow, [{"pathway_pk": pk, **_step_values(s, i)} for pk, i, s in steps]
        )
        step_pk = {(pk, s.id): spk for spk, (pk, _i, s) in zip(step_pks, steps, strict=True)}
        self.transitions(
            [(pk, i, t) for pk, p in with_pks for i, t in enumerate(p.transitions)], step_pk
        )

    def transitions(
        self,
        transitions: Sequence[tuple[int, int, Transition]],
        step_pk: Mapping[tuple[int, str], int],
    ) -> None:
        """Insert (pathway pk, ordinal, transition) rows; *step_pk* maps (pathway pk, step id)."""
        transition_pks = self._returning_pks(
            TransitionRow,
            [
                {
                    "pathway_pk": pk,
                    "from_step_pk": step_pk[(pk, t.from_step)],
                    "to_step_pk": step_pk[(pk, t.to_step)],
                    **_transition_values(t, i),
                }
                for pk, i, t in transitions
            ],
        )
        self._plain(
            TransitionSharedInfoRow,
            [
                {"transition_pk": tpk, "ordinal": i, "code": code}
                for tpk, (_pk, _i, t) in zip(transition_pks, transitions, strict=True)
                for i, code in enumerate(t.shared_info)
            ],
        )


# --- Rows → domain -----------------------------------------------------------------------------


# The whole-client read selects the Core tables' columns, never the ORM classes' attributes:
# the first ORM statement of a process configures every mapper (about 17 ms), which the window
# paid on its GUI thread opening its first client. The *where* and join conditions given to
# these functions are made of them too.
_CLIENTS = core_table(ClientRow)
_LANGUAGES = core_table(ClientLanguageRow)
_NEEDS = core_table(NeedRow)
_TEAM = core_table(TeamMemberRow)
_PARTICIPATIONS = core_table(ParticipationRow)
_CONSENTS = core_table(ConsentRow)
_CONSENT_SECTORS = core_table(ConsentSectorRow)
_MEETINGS = core_table(MeetingRow)
_PARTICIPANTS = core_table(MeetingParticipantRow)
_DECISIONS = core_table(MeetingDecisionRow)
_PATHWAYS = core_table(PathwayRow)
_AGREED = core_table(AgreedVersionRow)
_STEPS = core_table(StepRow)
_TRANSITIONS = core_table(TransitionRow)
_SHARED_INFO = core_table(TransitionSharedInfoRow)


def _load_clients(session: Session, where: ColumnElement[bool]) -> list[Client]:
    """The clients matching *where* (a condition on ClientRow), whole, in id order.

    One select per table, each joined up to the clients so that the same condition applies:
    a dozen statements whether one client or five thousand is loaded.
    """
    # Column selects through the Core connection: no ORM result machinery for 100,000 rows.
    connection = session.connection()
    by_pk: dict[int, Client] = {}
    for head_row in connection.execute(
        select(
            _CLIENTS.c.pk,
            _CLIENTS.c.id,
            _CLIENTS.c.name,
            _CLIENTS.c.personal_id,
            _CLIENTS.c.birth_year,
            _CLIENTS.c.municipality,
            _CLIENTS.c.notes,
            _CLIENTS.c.goal_outcome,
            _CLIENTS.c.goal_description,
            _CLIENTS.c.goal_target_date,
            _CLIENTS.c.version,
        )
        .where(where)
        .order_by(_CLIENTS.c.id)
    ):
        by_pk[head_row.pk] = Client(
            id=head_row.id,
            name=head_row.name,
            personal_id=head_row.personal_id,
            birth_year=head_row.birth_year,
            municipality=head_row.municipality,
            notes=head_row.notes,
            goal=Goal(head_row.goal_outcome, head_row.goal_description, head_row.goal_target_date)
            if head_row.goal_outcome is not None
            else None,
            version=head_row.version,
        )
    if not by_pk:
        return []
    for client_pk, code in connection.execute(
        select(_LANGUAGES.c.client_pk, _LANGUAGES.c.code)
        .join(_CLIENTS, and_(_CLIENTS.c.pk == _LANGUAGES.c.client_pk, where))
        .order_by(_LANGUAGES.c.client_pk, _LANGUAGES.c.ordinal)
    ):
        by_pk[client_pk].languages.append(code)

    for need in connection.execute(
        select(
            _NEEDS.c.client_pk, _NEEDS.c.domain, _NEEDS.c.level, _NEEDS.c.assessed_on, _NEEDS.c.note
        )
        .join(_CLIENTS, and_(_CLIENTS.c.pk == _NEEDS.c.client_pk, where))
        .order_by(_NEEDS.c.client_pk, _NEEDS.c.ordinal)
    ):
        by_pk[need.client_pk].needs.append(
            Need(need.domain, need.level, need.assessed_on, need.note)
        )

    for member in connection.execute(
        select(
            _TEAM.c.client_pk,
            _TEAM.c.id,
            _TEAM.c.name,
            _TEAM.c.role,
            _TEAM.c.sector,
            _TEAM.c.organisation,
            _TEAM.c.phone,
            _TEAM.c.email,
        )
        .join(_CLIENTS, and_(_CLIENTS.c.pk == _TEAM.c.client_pk, where))
        .order_by(_TEAM.c.client_pk, _TEAM.c.ordinal)
    ):
        by_pk[member.client_pk].team.append(
            TeamMember(
                id=member.id,
                name=member.name,
                role=member.role,
                sector=member.sector,
                organisation=member.organisation,
                phone=member.phone,
                email=member.email,
            )
        )

    for part in connection.execute(
        select_participations().join(
            _CLIENTS, and_(_CLIENTS.c.pk == _PARTICIPATIONS.c.client_pk, where)
        )
    ):
        by_pk[part.client_pk].participation = participation_from_row(part)

    consents: dict[int, Consent] = {}
    for consent_row in connection.execute(
        select(
            _CONSENTS.c.pk,
            _CONSENTS.c.client_pk,
            _CONSENTS.c.id,
            _CONSENTS.c.given_on,
            _CONSENTS.c.expires_on,
            _CONSENTS.c.note,
        )
        .join(_CLIENTS, and_(_CLIENTS.c.pk == _CONSENTS.c.client_pk, where))
        .order_by(_CONSENTS.c.client_pk, _CONSENTS.c.ordinal)
    ):
        consent = Consent(
            id=consent_row.id,
            given_on=consent_row.given_on,
            sectors=[],
            expires_on=consent_row.expires_on,
            note=consent_row.note,
        )
        consents[consent_row.pk] = consent
        by_pk[consent_row.client_pk].consents.append(consent)
    if consents:
        for consent_pk, sector in connection.execute(
            select(_CONSENT_SECTORS.c.consent_pk, _CONSENT_SECTORS.c.sector)
            .join(_CONSENTS, _CONSENTS.c.pk == _CONSENT_SECTORS.c.consent_pk)
            .join(_CLIENTS, and_(_CLIENTS.c.pk == _CONSENTS.c.client_pk, where))
            .order_by(_CONSENT_SECTORS.c.consent_pk, _CONSENT_SECTORS.c.ordinal)
        ):
            consents[consent_pk].sectors.append(sector)

    meetings: dict[int, Meeting] = {}
    for meeting_row in connection.execute(
        select(
            _MEETINGS.c.pk,
            _MEETINGS.c.client_pk,
            _MEETINGS.c.id,
            _MEETINGS.c.date,
            _MEETINGS.c.client_present,
            _MEETINGS.c.summary,
            _MEETINGS.c.next_review,
        )
        .join(_CLIENTS, and_(_CLIENTS.c.pk == _MEETINGS.c.client_pk, where))
        .order_by(_MEETINGS.c.client_pk, _MEETINGS.c.ordinal)
    ):
        meeting = Meeting(
            id=meeting_row.id,
            date=meeting_row.date,
            client_present=meeting_row.client_present,
            summary=meeting_row.summary,
            next_review=meeting_row.next_review,
        )
        meetings[meeting_row.pk] = meeting
        by_pk[meeting_row.client_pk].meetings.append(meeting)
    if meetings:
        for meeting_pk, member_id in connection.execute(
            select(_PARTICIPANTS.c.meeting_pk, _PARTICIPANTS.c.member_id)
            .join(_MEETINGS, _MEETINGS.c.pk == _PARTICIPANTS.c.meeting_pk)
            .join(_CLIENTS, and_(_CLIENTS.c.pk == _MEETINGS.c.client_pk, where))
            .order_by(_PARTICIPANTS.c.meeting_pk, _PARTICIPANTS.c.ordinal)
        ):
            meetings[meeting_pk].participants.append(member_id)
        for meeting_pk, decision in connection.execute(
            select(_DECISIONS.c.meeting_pk, _DECISIONS.c.text)
            .join(_MEETINGS, _MEETINGS.c.pk == _DECISIONS.c.meeting_pk)
            .join(_CLIENTS, and_(_CLIENTS.c.pk == _MEETINGS.c.client_pk, where))
            .order_by(_DECISIONS.c.meeting_pk, _DECISIONS.c.ordinal)
        ):
            meetings[meeting_pk].decisions.append(decision)

    for client_pk, pathway in _load_pathways(
        session, and_(_CLIENTS.c.pk == _PATHWAYS.c.client_pk, where)
    ):
        pathway.version = by_pk[client_pk].version
        by_pk[client_pk].pathways.append(pathway)
    for client_pk, version in _load_agreed_versions(
        session, and_(_CLIENTS.c.pk == _AGREED.c.client_pk, where)
    ):
        by_pk[client_pk].agreed_versions.append(version)
    return list(by_pk.values())


def _load_agreed_versions(
    session: Session, join_condition: ColumnElement[bool]
) -> list[tuple[int, AgreedVersion]]:
    """(client pk, version) for the versions whose join to ClientRow meets *join_condition*,
    in client and stored order."""
    import json

    result: list[tuple[int, AgreedVersion]] = []
    # Tens of thousands of small objects and no cycles: pause the collector (see _bulk_work).
    with _bulk_work():
        _read_agreed_versions(session, join_condition, result, json.loads)
    return result


def _read_agreed_versions(
    session: Session,
    join_condition: ColumnElement[bool],
    result: list[tuple[int, AgreedVersion]],
    loads: Any,
) -> None:
    for row in session.connection().execute(
        select(
            _AGREED.c.client_pk,
            _AGREED.c.id,
            _PATHWAYS.c.id.label("pathway_id"),
            _AGREED.c.agreed_on,
            _AGREED.c.meeting_id,
            _AGREED.c.note,
            _AGREED.c.content,
        )
        .join(_PATHWAYS, _PATHWAYS.c.pk == _AGREED.c.pathway_pk)
        .join(_CLIENTS, join_condition)
        .order_by(_AGREED.c.client_pk, _AGREED.c.ordinal)
    ):
        steps, transitions = steps_and_transitions_from_dict(loads(row.content))
        result.append(
            (
                row.client_pk,
                AgreedVersion(
                    id=row.id,
                    pathway_id=row.pathway_id,
                    agreed_on=row.agreed_on,
                    steps=tuple(steps),
                    transitions=tuple(transitions),
                    meeting_id=row.meeting_id,
                    note=row.note,
                ),
            )
        )


def _load_pathways(
    session: Session, join_condition: ColumnElement[bool]
) -> list[tuple[int, Pathway]]:
    """(client pk, pathway) for the pathways whose join to ClientRow meets *join_condition*,
    in client and pathway order."""
    connection = session.connection()
    heads: dict[int, tuple[int, Any]] = {}
    for pathway_row in connection.execute(
        select(
            _PATHWAYS.c.pk,
            _PATHWAYS.c.client_pk,
            _PATHWAYS.c.id,
            _PATHWAYS.c.title,
            _PATHWAYS.c.status,
            _PATHWAYS.c.created_on,
        )
        .join(_CLIENTS, join_condition)
        .order_by(_PATHWAYS.c.client_pk, _PATHWAYS.c.ordinal)
    ):
        heads[pathway_row.pk] = (pathway_row.client_pk, pathway_row)
    if not heads:
        return []
    steps: dict[int, list[Step]] = defaultdict(list)
    step_ids: dict[int, str] = {}
    for step_row in connection.execute(
        select(
            _STEPS.c.pk,
            _STEPS.c.pathway_pk,
            _STEPS.c.id,
            _STEPS.c.service,
            _STEPS.c.status,
            _STEPS.c.title,
            _STEPS.c.provider,
            _STEPS.c.responsible,
            _STEPS.c.start_on,
            _STEPS.c.end_on,
            _STEPS.c.note,
            _STEPS.c.position_x,
            _STEPS.c.position_y,
        )
        .join(_PATHWAYS, _PATHWAYS.c.pk == _STEPS.c.pathway_pk)
        .join(_CLIENTS, join_condition)
        .order_by(_STEPS.c.pathway_pk, _STEPS.c.ordinal)
    ):
        step_ids[step_row.pk] = step_row.id
        position = (
            (step_row.position_x, step_row.position_y)
            if step_row.position_x is not None and step_row.position_y is not None
            else None
        )
        steps[step_row.pathway_pk].append(
            Step(
                id=step_row.id,
                service=step_row.service,
                status=step_row.status,
                title=step_row.title,
                provider=step_row.provider,
                responsible=step_row.responsible,
                start=step_row.start_on,
                end=step_row.end_on,
                note=step_row.note,
                position=position,
            )
        )
    transitions: dict[int, list[Transition]] = defaultdict(list)
    by_transition_pk: dict[int, Transition] = {}
    for transition_row in connection.execute(
        select(
            _TRANSITIONS.c.pk,
            _TRANSITIONS.c.pathway_pk,
            _TRANSITIONS.c.from_step_pk,
            _TRANSITIONS.c.to_step_pk,
            _TRANSITIONS.c.kind,
            _TRANSITIONS.c.referral,
            _TRANSITIONS.c.date,
            _TRANSITIONS.c.consent,
            _TRANSITIONS.c.note,
        )
        .join(_PATHWAYS, _PATHWAYS.c.pk == _TRANSITIONS.c.pathway_pk)
        .join(_CLIENTS, join_condition)
        .order_by(_TRANSITIONS.c.pathway_pk, _TRANSITIONS.c.ordinal)
    ):
        transition = Transition(
            from_step=step_ids[transition_row.from_step_pk],
            to_step=step_ids[transition_row.to_step_pk],
            kind=transition_row.kind,
            referral=bool(transition_row.referral),
            date=transition_row.date,
            consent=transition_row.consent,
            note=transition_row.note,
        )
        by_transition_pk[transition_row.pk] = transition
        transitions[transition_row.pathway_pk].append(transition)
    if by_transition_pk:
        for transition_pk, code in connection.execute(
            select(_SHARED_INFO.c.transition_pk, _SHARED_INFO.c.code)
            .join(_TRANSITIONS, _TRANSITIONS.c.pk == _SHARED_INFO.c.transition_pk)
            .join(_PATHWAYS, _PATHWAYS.c.pk == _TRANSITIONS.c.pathway_pk)
            .join(_CLIENTS, join_condition)
            .order_by(_SHARED_INFO.c.transition_pk, _SHARED_INFO.c.ordinal)
        ):
            by_transition_pk[transition_pk].shared_info.append(code)
    return [
        (
            client_pk,
            Pathway(
                id=head.id,
                title=head.title,
                status=head.status,
                created_on=head.created_on,
                steps=steps.get(pathway_pk, ()),
                transitions=transitions.get(pathway_pk, ()),
            ),
        )
        for pathway_pk, (client_pk, head) in heads.items()
    ]


def _write_service_type(session: Session, service_type: ServiceType, pk: int | None) -> None:
    """Insert *service_type*, or replace the stored definition of row *pk*."""
    values = _service_type_values(service_type)
    if pk is None:
        pk = session.scalars(insert(ServiceTypeRow).returning(ServiceTypeRow.pk), [values]).one()
    else:
        session.execute(update(ServiceTypeRow).where(ServiceTypeRow.pk == pk).values(values))
        session.execute(
            delete(ServiceTypeAddressRow).where(ServiceTypeAddressRow.service_type_pk == pk)
        )
    if service_type.addresses:
        session.execute(
            insert(ServiceTypeAddressRow),
            [
                {"service_type_pk": pk, "ordinal": i, "domain": domain}
                for i, domain in enumerate(service_type.addresses)
            ],
        )


def _raw_client_ids(data: bytes | str) -> list[object]:
    """The ``clients[i].id`` values of an exchange file, read leniently (None where absent).

    Used to check the database for clients the file would collide with, also when the file
    has errors of its own, so that one run reports every problem.
    """
    import json

    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
        document = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return []  # the reader reports what is wrong with the file
    clients = document.get("clients") if isinstance(document, dict) else None
    if not isinstance(clients, list):
        return []
    return [c.get("id") if isinstance(c, dict) else None for c in clients]


class _PathwaySync:
    """Bring the stored steps and transitions of one pathway in line with a domain pathway,
    writing only the rows that differ (the window saves after every edit, so a one-field
    change to a 200-step pathway must cost one UPDATE, not 400 rewrites)."""

    STEP_FIELDS = (
        "ordinal",
        "id",
        "service",
        "status",
        "title",
        "provider",
        "responsible",
        "start_on",
        "end_on",
        "note",
        "position_x",
        "position_y",
    )
    TRANSITION_FIELDS = ("ordinal", "kind", "referral", "date", "consent", "note")

    def __init__(self, session: Session, pathway_pk: int) -> None:
        self.session = session
        self.pathway_pk = pathway_pk

    def run(self, pathway: Pathway) -> bool:
        """Write the differences; whether there were any."""
        session, pathway_pk = self.session, self.pathway_pk
        stored_steps = {
            row.id: row
            for row in session.execute(
                select(StepRow.pk, *(getattr(StepRow, f) for f in self.STEP_FIELDS)).where(
                    StepRow.pathway_pk == pathway_pk
                )
            )
        }
        step_ids = {row.pk: step_id for step_id, row in stored_steps.items()}
        stored_transitions = {
            (step_ids[row.from_step_pk], step_ids[row.to_step_pk], row.kind): row
            for row in session.execute(
                select(
                    TransitionRow.pk,
                    TransitionRow.from_step_pk,
                    TransitionRow.to_step_pk,
                    *(getattr(TransitionRow, f) for f in self.TRANSITION_FIELDS),
                ).where(TransitionRow.pathway_pk == pathway_pk)
            )
        }
        shared: dict[int, list[str]] = defaultdict(list)
        if stored_transitions:
            for transition_pk, code in session.execute(
                select(TransitionSharedInfoRow.transition_pk, TransitionSharedInfoRow.code)
                .join(TransitionRow, TransitionRow.pk == TransitionSharedInfoRow.transition_pk)
                .where(TransitionRow.pathway_pk == pathway_pk)
                .order_by(TransitionSharedInfoRow.transition_pk, TransitionSharedInfoRow.ordinal)
            ):
                shared[transition_pk].append(code)

        wanted_steps = {s.id: _step_values(s, i) for i, s in enumerate(pathway.steps)}
        wanted_transitions = {t.key: (i, t) for i, t in enumerate(pathway.transitions)}

        # Deletes first, so that a key that leaves and comes back cannot collide with itself.
        gone_transitions = [
            row.pk for key, row in stored_transitions.items() if key not in wanted_transitions
        ]
        gone_steps = [row.pk for sid, row in stored_steps.items() if sid not in wanted_steps]
        if gone_transitions:
            session.execute(delete(TransitionRow).where(TransitionRow.pk.in_(gone_transitions)))
        if gone_steps:
            # Their remaining transitions go with them (ON DELETE CASCADE).
            session.execute(delete(StepRow).where(StepRow.pk.in_(gone_steps)))

        step_updates = []
        new_steps = []
        for step_id, values in wanted_steps.items():
            row = stored_steps.get(step_id)
            if row is None:
                new_steps.append({"pathway_pk": pathway_pk, **values})
            elif any(getattr(row, f) != values[f] for f in self.STEP_FIELDS):
                step_updates.append((row, values))
        self._update(StepRow, step_updates, self.STEP_FIELDS)
        step_pk = {(pathway_pk, sid): row.pk for sid, row in stored_steps.items()}
        if new_steps:
            new_pks = session.scalars(
                insert(StepRow).returning(StepRow.pk, sort_by_parameter_order=True), new_steps
            )
            step_pk.update(
                ((pathway_pk, values["id"]), pk)
                for pk, values in zip(new_pks, new_steps, strict=True)
            )

        transition_updates = []
        reshared: list[tuple[int, list[str]]] = []
        new_transitions = []
        for key, (ordinal, transition) in wanted_transitions.items():
            row = stored_transitions.get(key)
            if row is None:
                new_transitions.append((pathway_pk, ordinal, transition))
                continue
            values = _transition_values(transition, ordinal)
            if any(getattr(row, f) != values[f] for f in self.TRANSITION_FIELDS):
                transition_updates.append((row, values))
            if shared.get(row.pk, []) != transition.shared_info:
                reshared.append((row.pk, transition.shared_info))
        self._update(TransitionRow, transition_updates, self.TRANSITION_FIELDS)
        if reshared:
            session.execute(
                delete(TransitionSharedInfoRow).where(
                    TransitionSharedInfoRow.transition_pk.in_([pk for pk, _codes in reshared])
                )
            )
            rows = [
                {"transition_pk": pk, "ordinal": i, "code": code}
                for pk, codes in reshared
                for i, code in enumerate(codes)
            ]
            if rows:
                session.execute(insert(TransitionSharedInfoRow), rows)
        if new_transitions:
            _Inserter(session).transitions(new_transitions, step_pk)
        return bool(
            gone_transitions
            or gone_steps
            or step_updates
            or new_steps
            or transition_updates
            or reshared
            or new_transitions
        )

    def _update(
        self, model: Any, changes: list[tuple[Any, dict[str, Any]]], fields: tuple[str, ...]
    ) -> None:
        """UPDATE the changed rows, one executemany per set of changed columns.

        A step inserted at the top renumbers every step below it: those rows change only
        their ordinal, and one narrow statement for all of them keeps the save fast.
        """
        table = model.__table__
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row, values in changes:
            changed = tuple(f for f in fields if getattr(row, f) != values[f])
            groups[changed].append({"b_pk": row.pk, **{f: values[f] for f in changed}})
        connection = self.session.connection()
        for changed, parameters in groups.items():
            statement = (
                update(table)
                .where(table.c.pk == bindparam("b_pk"))
                .values({f: bindparam(f) for f in changed})
            )
            connection.execute(statement, parameters)


# --- The repository ----------------------------------------------------------------------------


class Repository:
    """Polku's data in one database: clients, pathways and the organisation's service types."""

    def __init__(self, database: Database, actor: Actor | None = None) -> None:
        """*actor* names who works through this repository in the access log (default: the
        operating-system user and ``$POLKU_WORKER``; the window passes its setting)."""
        self.database = database
        self.actor = actor or Actor.current()
        # expire_on_commit=False: nothing ORM-managed leaves a session anyway, but a value read
        # after commit must not trigger a reload on a closed session.
        self._read_sessions = sessionmaker(bind=database.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            bind=database.engine.execution_options(**{WRITE_OPTION: True}),
            expire_on_commit=False,
        )

    # --- Units of work -------------------------------------------------------------------------

    @contextmanager
    def _unit(self, *, write: bool) -> Iterator[Session]:
        """One session and one transaction; commits at the end, rolls back on any error.

        Database failures become :class:`EnvironmentProblem` (exit 1) and conflicts the checks
        did not catch become :class:`InputError` (exit 2), each as one line without the values
        involved (they may be personal data).
        """
        if write and self.database.readonly:
            raise readonly_problem(self._where())
        sessions = self._write_sessions if write else self._read_sessions
        try:
            with sessions() as session, session.begin():
                yield session
        except IntegrityError as error:
            detail = str(error.orig).splitlines()[0] if error.orig is not None else ""
            raise InputError(
                _(
                    "polku: the change conflicts with data in the database ({detail}); "
                    "nothing was changed"
                ).format(detail=detail)
            ) from error
        except DBAPIError as error:
            # Full disk, read-only file, lock held too long, damage: one line, no statement
            # and no parameters (they may be personal data).
            raise database_failure(error, self._where()) from error

    def _where(self) -> object:
        """The database as messages name it (its file, or its URL without a password)."""
        return self.database.where()

    @contextmanager
    def _viewing_unit(self) -> Iterator[Session]:
        """A unit that shows data and logs that it did: a write transaction (the log entry is
        written in it), or a plain read on a read-only database, where no entry can be."""
        with self._unit(write=not self.database.readonly) as session:
            yield session

    # --- The access log ------------------------------------------------------------------------

    def _log(
        self, session: Session, entries: Sequence[tuple[str | None, str, str | None]]
    ) -> None:
        """Append (audit_key, action, target) entries in this unit's transaction.

        Nothing is written for a view on a read-only database (see :meth:`_viewing_unit`).
        """
        if self.database.readonly:
            if all(action in audit.READING_ACTIONS for _key, action, _target in entries):
                return
            raise readonly_problem(self._where())
        entries = [
            (key, action, _log_target(session, key, target)) for key, action, target in entries
        ]
        audit.append(session.connection(), self.actor, entries)

    @staticmethod
    def _audit_key(session: Session, client_id: str) -> str:
        key = session.scalar(select(_CLIENTS.c.audit_key).where(_CLIENTS.c.id == client_id))
        if key is None:
            raise InputError(_("polku: no client with id {id}").format(id=client_id))
        return str(key)

    def record(self, client_id: str | None, action: str, target: str | None = None) -> None:
        """Log *action* (``audit.PRINT``, ``audit.CHECK``…) on the client's data, for actions
        that happen outside the database: call it *before* printing or handing data out, so
        that nothing leaves without its entry. *target* is ``pathway <id>``, ``details``… —
        never a name. *client_id* None logs an action on the whole database (``audit.BACKUP``).
        An unknown client is an :class:`InputError`."""
        if action not in audit.ACTIONS:
            raise ValueError(f"not an access-log action: {action!r}")
        unit = self._viewing_unit() if action in audit.READING_ACTIONS else self._unit(write=True)
        with unit as session:
            key = self._audit_key(session, client_id) if client_id is not None else None
            self._log(session, [(key, action, target)])

    def access_log(self, client_id: str) -> list[AuditEntry]:
        """Every access-log entry about the client, oldest first (for the window's log view and
        the client's access request). An unknown client is an :class:`InputError`."""
        with self._unit(write=False) as session:
            key = self._audit_key(session, client_id)
            entries = audit.read_entries(session.connection(), client_key=key)
            return _shown_targets(session, key, entries)

    def audit_entries(
        self,
        client_id: str | None = None,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> list[AuditEntry]:
        """Access-log entries, oldest first: all, or one client's; within [since, until)."""
        with self._unit(write=False) as session:
            key = self._audit_key(session, client_id) if client_id is not None else None
            return audit.read_entries(
                session.connection(), client_key=key, since=since, until=until
            )

    def access_request(self, client_id: str) -> AccessRequest:
        """Everything about the client for their access request, logged as an export.

        ``pathways.access_report.write_access_package`` turns it into files.
        """
        from pathways import exchange

        with self._unit(write=True) as session:
            key = self._audit_key(session, client_id)
            self._log(session, [(key, audit.EXPORT, "access request")])
            clients = _load_clients(session, _CLIENTS.c.id == client_id)
            custom = _custom_types(session)
            entries = _shown_targets(
                session, key, audit.read_entries(session.connection(), client_key=key)
            )
        used = used_service_codes(clients)
        document = exchange.to_dict(
            clients,
            [t for t in custom if t.code in used],
            source={"system": f"Polku {_version()}"},
            exported_at=dt.datetime.now(dt.UTC).astimezone().replace(microsecond=0),
        )
        return AccessRequest(clients[0], document, entries)

    def erase_client(self, client_id: str) -> Erasure:
        """Erase the client for good (the right to erasure): ``storage.erasure.erase_client``."""
        from storage.erasure import erase_client

        return erase_client(self.database, client_id, self.actor)

    @staticmethod
    def _client_pk(session: Session, client_id: str) -> int:
        pk = session.scalar(select(ClientRow.pk).where(ClientRow.id == client_id))
        if pk is None:
            raise InputError(_("polku: no client with id {id}").format(id=client_id))
        return pk

    # --- The service catalogue -----------------------------------------------------------------

    def catalogue(self) -> ServiceCatalogue:
        """The default service types and the organisation's own."""
        with self._unit(write=False) as session:
            return _catalogue(session)

    def add_service_type(self, service_type: ServiceType) -> None:
        """Store an organisation's own service type, replacing a stored one with its code."""
        if service_type.code in default_codes():
            raise InputError(
                _("polku: {code} is a code of the default catalogue").format(code=service_type.code)
            )
        with self._unit(write=True) as session:
            pk = session.scalar(
                select(ServiceTypeRow.pk).where(ServiceTypeRow.code == service_type.code)
            )
            _write_service_type(session, service_type, pk)
            self._log(session, [(None, audit.CHANGE, "catalogue")])

    # --- Clients -------------------------------------------------------------------------------

    def list_clients(self, search: str | None = None) -> list[ClientSummary]:
        """The clients whose name, id or municipality contains every word of *search* (case
        and accents folded), each with their active pathway and its current stage, in Finnish
        alphabetical order of name (then id)."""
        with self._unit(write=False) as session:
            return read_client_list(session.connection(), search)

    def count_clients(self) -> int:
        with self._unit(write=False) as session:
            return session.scalar(select(func.count()).select_from(ClientRow)) or 0

    def client_ids(self) -> list[str]:
        """Every client id, in code-point order."""
        with self._unit(write=False) as session:
            return list(session.scalars(select(ClientRow.id).order_by(ClientRow.id)))

    def load_client(self, client_id: str, *, refresh: bool = False) -> Client | None:
        """The whole client (details and pathways), or None when there is no such client.

        Logged as a view of the client (act 703/2023). To learn only whether a client exists,
        use :meth:`client_exists`, which logs nothing. ``refresh=True`` reads an open record
        again after someone else changed it (the window following changes, or resolving a
        conflict): its opening was logged already, so this read logs nothing and takes no
        write lock. The client and its pathways carry the version they were loaded at.
        """
        if refresh:
            with self._unit(write=False) as session:
                clients = _load_clients(session, _CLIENTS.c.id == client_id)
            return clients[0] if clients else None
        with self._viewing_unit() as session:
            clients = _load_clients(session, _CLIENTS.c.id == client_id)
            if clients:
                self._log(session, [(self._audit_key(session, client_id), audit.VIEW, None)])
        return clients[0] if clients else None

    def client_versions(self) -> dict[str, int]:
        """Every client's id and stored version (logs nothing: no personal data), for a client
        list that follows other workers' changes: compare, then read again only what moved."""
        clients = core_table(ClientRow).c  # Core: plain values, no mapper to configure
        with self._unit(write=False) as session:
            return {
                client_id: int(version)
                for client_id, version in session.connection().execute(
                    select(clients.id, clients.version)
                )
            }

    def client_stamp(self, client_id: str) -> ClientStamp | None:
        """The client's stored version, who changed it last and when (None: no such client).

        One indexed read that shows no personal data (so logs nothing): a window compares it
        with its document's version to learn whether someone else changed the client.
        """
        with self._unit(write=False) as session:
            return stamp_of(session, client_id)

    def client_exists(self, client_id: str) -> bool:
        """Whether a client with this id is stored (shows no data, so logs nothing)."""
        with self._unit(write=False) as session:
            return session.scalar(select(ClientRow.pk).where(ClientRow.id == client_id)) is not None

    def load_clients(self, client_ids: Iterable[str] | None = None) -> list[Client]:
        """Whole clients in id order: all of them, or those of *client_ids* that exist.

        For work over the caseload (the window's caseload report and findings); not
        logged as views, so a caller that shows one person's data uses :meth:`load_client`.
        ``polku report`` reads only what it counts instead (``storage.report_read``).
        """
        with _bulk_work(), self._unit(write=False) as session:
            return self._load_many(session, client_ids)

    @staticmethod
    def _load_many(session: Session, client_ids: Iterable[str] | None) -> list[Client]:
        if client_ids is None:
            return _load_clients(session, true())
        ids = sorted(set(client_ids))
        clients: list[Client] = []
        for chunk in _chunks(ids):  # chunks come in id order, so the result stays sorted
            clients.extend(_load_clients(session, _CLIENTS.c.id.in_(chunk)))
        return clients

    def create_client(self, client: Client) -> None:
        """Store a new client, whole (details and pathways)."""
        with self._unit(write=True) as session:
            problems = self._new_client_problems(session, client)
            if problems:
                raise InputError(*problems)
            inserter = _Inserter(session)
            inserter.clients([client], changed_by=who(self.actor))
            notify(session, [client.id])
            self._log(session, [(inserter.audit_keys[0], audit.CREATE, None)])

    def _new_client_problems(self, session: Session, client: Client) -> list[str]:
        problems = []
        if session.scalar(select(ClientRow.pk).where(ClientRow.id == client.id)) is not None:
            problems.append(_("polku: a client with id {id} already exists").format(id=client.id))
        problems += self._personal_id_problems(session, client)
        if sum(1 for p in client.pathways if p.status == "active") > 1:
            problems.append(
                _("polku: client {id} has more than one active pathway").format(id=client.id)
            )
        return problems

    @staticmethod
    def _personal_id_problems(session: Session, client: Client) -> list[str]:
        if client.personal_id is None:
            return []
        holder = session.scalar(
            select(ClientRow.id).where(
                ClientRow.personal_id == client.personal_id, ClientRow.id != client.id
            )
        )
        if holder is None:
            return []
        # The code itself is never repeated: it is personal data.
        return [
            _("polku: client {holder} in the database has the same personal identity code").format(
                holder=holder
            )
        ]

    def save_client_details(self, client: Client) -> int:
        """Replace everything stored about the client except the pathways: basic fields, goal,
        languages, needs, consents, team, participation and meetings.

        When ``client.version`` is set (a client from :meth:`load_client`), the save is refused
        with :class:`ConflictError`, writing nothing, if the stored client moved on since. On
        success ``client.version`` (and that of its pathways loaded with it) becomes the new
        version, which is returned.
        """
        with self._unit(write=True) as session:
            head = lock_client(session, client.id, client.version)
            problems = self._personal_id_problems(session, client)
            if problems:
                raise InputError(*problems)
            session.execute(
                update(ClientRow).where(ClientRow.pk == head.pk).values(**_client_values(client))
            )
            client_pk = head.pk
            for model in (
                ClientLanguageRow,
                NeedRow,
                ConsentRow,
                TeamMemberRow,
                ParticipationRow,
                MeetingRow,
            ):
                # Consent sectors, participants and decisions go with their parents (CASCADE).
                session.execute(delete(model).where(model.client_pk == client_pk))
            _Inserter(session).details([(client_pk, client)])
            version = moved_on(session, head, self.actor)
            self._log(session, [(head.audit_key, audit.CHANGE, "details")])
        # Its pathways were loaded with it and nobody wrote in between: they are current too.
        client.version = version
        for pathway in client.pathways:
            if pathway.version == head.version:
                pathway.version = version
        return version

    def delete_client(self, client_id: str) -> None:
        """Delete the client and everything about them (the database cascades to every row)."""
        with self._unit(write=True) as session:
            key = self._audit_key(session, client_id)
            self._log(session, [(key, audit.DELETE, None)])
            session.execute(delete(ClientRow).where(ClientRow.audit_key == key))
            notify(session, [client_id])

    # --- Pathways ------------------------------------------------------------------------------

    def save_pathway(self, client_id: str, pathway: Pathway) -> int:
        """Store *pathway* of the client as it is now, writing only what differs.

        Steps are matched by id and transitions by (from, to, kind): changed ones are updated,
        new ones inserted, missing ones deleted, and ordinals follow the pathway's order. A new
        pathway goes last in the client's pathway order. A client has at most one active
        pathway: making a second one active is an :class:`InputError`.

        When ``pathway.version`` is set, the save is refused with :class:`ConflictError`,
        writing nothing, if the stored client moved on since that version. Returns the
        client's version after the save (unchanged if nothing differed), also set on *pathway*.
        """
        return self.save_pathways(client_id, [pathway], version=pathway.version)

    def delete_pathway(
        self, client_id: str, pathway_id: str, *, version: int | None = None
    ) -> int:
        """Delete one of the client's pathways with its agreed versions (the database cascades
        to them); refused with :class:`ConflictError` when *version* is given and the stored
        client moved on since. Returns the new version."""
        return self.save_pathways(client_id, [], removed=[pathway_id], version=version)

    def save_pathways(
        self,
        client_id: str,
        pathways: Sequence[Pathway],
        *,
        removed: Sequence[str] = (),
        version: int | None = None,
    ) -> int:
        """Store several pathways of the client and delete the pathways *removed*, in one
        transaction: all of it or none of it (making one pathway active demotes another).

        The removed pathways go first; then the pathways are written in order, each as
        :meth:`save_pathway` writes one, so a demotion listed before an activation keeps one
        active pathway at every moment. *version* (or,
        when None, the first pathway's ``version``) is the client's version the caller loaded:
        if the stored client moved on since, :class:`ConflictError` and nothing written.
        Returns the client's version after the save, also set on every pathway given.
        """
        if version is None:
            version = next((p.version for p in pathways if p.version is not None), None)
        with self._unit(write=True) as session:
            head = lock_client(session, client_id, version)
            entries: list[tuple[str, str]] = []
            # Deletions first: a removed pathway never stands in the way of the others.
            for pathway_id in removed:
                # The log names it by its internal key, known only while the row is there.
                target = _log_target(
                    session, self._audit_key(session, client_id), f"pathway {pathway_id}"
                )
                result = session.execute(
                    delete(PathwayRow).where(
                        PathwayRow.client_pk == head.pk, PathwayRow.id == pathway_id
                    )
                )
                if getattr(result, "rowcount", 0) == 0:
                    raise InputError(
                        _("polku: client {client} has no pathway with id {id}").format(
                            client=client_id, id=pathway_id
                        )
                    )
                entries.append((audit.DELETE, target or "pathway"))
            for pathway in pathways:
                action = self._write_pathway(session, head.pk, client_id, pathway)
                if action is not None:
                    entries.append((action, f"pathway {pathway.id}"))
            new_version = head.version
            if entries:
                # Saving unchanged pathways writes nothing (and costs no disk sync).
                new_version = moved_on(session, head, self.actor)
                self._log(session, [(head.audit_key, action, target) for action, target in entries])
        for pathway in pathways:
            pathway.version = new_version
        return new_version

    def agree(
        self,
        client_id: str,
        pathway_id: str | None = None,
        *,
        meeting_id: str | None = None,
        on: dt.date | None = None,
        note: str | None = None,
    ) -> AgreedVersion:
        """Keep the client's pathway as it is stored now as an agreed version (spec ``agree``);
        :meth:`keep_as_agreed` does the work."""
        version, _client_version = self.keep_as_agreed(
            client_id, pathway_id, meeting_id=meeting_id, on=on, note=note
        )
        return version

    def keep_as_agreed(
        self,
        client_id: str,
        pathway_id: str | None = None,
        *,
        meeting_id: str | None = None,
        on: dt.date | None = None,
        note: str | None = None,
        expected_version: int | None = None,
    ) -> tuple[AgreedVersion, int]:
        """Keep the client's pathway as it is stored now as an agreed version (spec ``agree``):
        an unchangeable copy dated *on* (default today), linked to the meeting *meeting_id* of
        the client when given, appended after the client's other versions, logged as a change.

        Without *pathway_id* the active pathway, else the last one. A client without that
        pathway (or without any), an unknown meeting or an over-long note is an
        :class:`InputError` and nothing is written. With *expected_version* (the window's: what
        it shows is what is agreed) a client that moved on since is a :class:`ConflictError`.
        Returns the version and the client's new version.
        """
        if note is not None and len(note) > 10_000:
            raise InputError(_("polku: the note is too long: at most 10,000 characters"))
        with self._unit(write=True) as session:
            locked = lock_client(session, client_id, expected_version)
            client_pk = locked.pk
            # Only the pathways (not the versions, details or team): a client with many versions
            # keeps a new one as fast as one without.
            client = Client(client_id, "")
            client.pathways = [
                p for _pk, p in _load_pathways(
                    session,
                    and_(_CLIENTS.c.pk == _PATHWAYS.c.client_pk, _CLIENTS.c.pk == client_pk),
                )
            ]
            if pathway_id is None:
                pathway = client.default_pathway()
                if pathway is None:
                    raise InputError(
                        _("polku: client {client} has no pathway to agree on").format(
                            client=client_id
                        )
                    )
            else:
                try:
                    pathway = client.pathway(pathway_id)
                except KeyError:
                    raise InputError(
                        _("polku: client {client} has no pathway with id {id}").format(
                            client=client_id, id=pathway_id
                        )
                    ) from None
            if meeting_id is not None and session.scalar(
                select(MeetingRow.pk).where(
                    MeetingRow.client_pk == client_pk, MeetingRow.id == meeting_id
                )
            ) is None:
                raise InputError(
                    _("polku: client {client} has no meeting with id {id}").format(
                        client=client_id, id=meeting_id
                    )
                )
            version = AgreedVersion.of(
                pathway,
                id=str(uuid.uuid4()),
                agreed_on=on or dt.date.today(),
                meeting_id=meeting_id,
                note=note,
            )
            pathway_pk = session.scalar(
                select(PathwayRow.pk).where(
                    PathwayRow.client_pk == client_pk, PathwayRow.id == pathway.id
                )
            )
            ordinal = session.scalar(
                select(func.coalesce(func.max(AgreedVersionRow.ordinal) + 1, 0)).where(
                    AgreedVersionRow.client_pk == client_pk
                )
            )
            session.execute(
                insert(AgreedVersionRow),
                [
                    _agreed_version_values(version, int(ordinal or 0))
                    | {"client_pk": client_pk, "pathway_pk": pathway_pk}
                ],
            )
            client_version = moved_on(session, locked, self.actor)  # an open window sees it
            key = self._audit_key(session, client_id)
            self._log(session, [(key, audit.CHANGE, f"agreed version {version.id}")])
        return version, client_version

    def _write_pathway(
        self, session: Session, client_pk: int, client_id: str, pathway: Pathway
    ) -> str | None:
        """Write one pathway's differences; the log action (create/change), None if none."""
        if pathway.status == "active":
            other = session.scalar(
                select(PathwayRow.id).where(
                    PathwayRow.client_pk == client_pk,
                    PathwayRow.status == "active",
                    PathwayRow.id != pathway.id,
                )
            )
            if other is not None:
                raise InputError(
                    _(
                        "polku: client {client} already has an active pathway ({other}); "
                        "close it or make it a draft first"
                    ).format(client=client_id, other=other)
                )
        head = session.execute(
            select(
                PathwayRow.pk, PathwayRow.title, PathwayRow.status, PathwayRow.created_on
            ).where(PathwayRow.client_pk == client_pk, PathwayRow.id == pathway.id)
        ).first()
        if head is None:
            ordinal = session.scalar(
                select(func.coalesce(func.max(PathwayRow.ordinal) + 1, 0)).where(
                    PathwayRow.client_pk == client_pk
                )
            )
            _Inserter(session).pathway_rows([(client_pk, int(ordinal or 0), pathway)])
            return audit.CREATE
        changed = False
        if (head.title, head.status, head.created_on) != (
            pathway.title,
            pathway.status,
            pathway.created_on,
        ):
            session.execute(
                update(PathwayRow)
                .where(PathwayRow.pk == head.pk)
                .values(
                    title=pathway.title,
                    status=pathway.status,
                    created_on=pathway.created_on,
                )
            )
            changed = True
        changed = _PathwaySync(session, head.pk).run(pathway) or changed
        return audit.CHANGE if changed else None

    # --- Exchange files ------------------------------------------------------------------------

    def import_document(
        self, document: ExchangeDocument, *, replace: bool = False
    ) -> ImportSummary:
        """Add the clients and service types of a validated exchange document, in one
        transaction. A client id already in the database, a personal identity code held by
        another client there, or a service code stored with another definition is an
        :class:`InputError` (all of them listed, ``LOCATION: message``, nothing changed) unless
        *replace*: then each such client is replaced whole and each such definition updated.
        """
        from pathways import exchange

        with _bulk_work(), self._unit(write=True) as session:
            problems = self._conflicts(session, document, replace=replace)
            if problems:
                raise exchange.ExchangeError(problems)
            return self._import(session, document, replace=replace)

    def import_file(
        self, path: Path, *, replace: bool = False, today: dt.date | None = None
    ) -> ImportSummary:
        """Read, validate and import the exchange file *path* in one transaction.

        The file is checked against the database's catalogue and personal identity codes as
        well as on its own; every problem is an :class:`InputError` line ``FILE: LOCATION:
        message`` and nothing is changed.
        """

        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InputError(
                _("{file}: cannot read the file: {reason}").format(
                    file=path, reason=error.strerror or error
                )
            ) from None
        with _bulk_work():
            return self._import_data(path, data, replace=replace, today=today)

    def _import_data(
        self, path: Path, data: bytes, *, replace: bool, today: dt.date | None
    ) -> ImportSummary:
        from pathways import exchange

        raw_ids = _raw_client_ids(data)
        with self._unit(write=True) as session:
            catalogue = _catalogue(session)
            stored = self._existing_ids(session, [i for i in raw_ids if isinstance(i, str)])
            # A personal identity code held by a client this file names is not "taken": that
            # client is either replaced or reported once, as an existing id.
            taken = {
                personal_id: client_id
                for personal_id, client_id in session.execute(
                    select(ClientRow.personal_id, ClientRow.id).where(
                        ClientRow.personal_id.is_not(None)
                    )
                )
                if client_id not in stored and personal_id is not None
            }
            id_problems = [
                exchange.Problem(
                    exchange.location("clients", index, "id"), self._existing_id_message()
                )
                for index, client_id in enumerate(raw_ids)
                if not replace and isinstance(client_id, str) and client_id in stored
            ]
            try:
                document = exchange.loads(
                    data, catalogue=catalogue, taken_personal_ids=taken, today=today
                )
            except exchange.ExchangeError as error:
                refused = any(p.location in ("", "format", "version") for p in error.problems)
                problems = (
                    error.problems
                    if refused
                    else _merge_in_document_order(error.problems, id_problems)
                )
                raise exchange.ExchangeError(problems, path) from None
            conflicts = self._conflicts(
                session, document, replace=replace, check_personal_ids=False
            )
            if conflicts:
                raise exchange.ExchangeError(conflicts, path)
            return self._import(session, document, replace=replace)

    @staticmethod
    def _existing_id_message() -> str:
        return _("a client with this id is already in the database (use --replace to replace it)")

    @staticmethod
    def _audit_keys(session: Session, client_ids: Sequence[str]) -> dict[str, str]:
        """client id → audit key, for the clients of *client_ids* that exist."""
        keys: dict[str, str] = {}
        for chunk in _chunks(sorted(set(client_ids))):
            keys.update(
                (client_id, key)
                for client_id, key in session.execute(
                    select(ClientRow.id, ClientRow.audit_key).where(ClientRow.id.in_(chunk))
                )
            )
        return keys

    @staticmethod
    def _existing_ids(session: Session, client_ids: Sequence[str]) -> set[str]:
        existing: set[str] = set()
        for chunk in _chunks(sorted(set(client_ids))):
            existing.update(session.scalars(select(ClientRow.id).where(ClientRow.id.in_(chunk))))
        return existing

    def _conflicts(
        self,
        session: Session,
        document: ExchangeDocument,
        *,
        replace: bool,
        check_personal_ids: bool = True,
    ) -> list[Problem]:
        """Every clash between *document* and the database, in document order."""
        from pathways.exchange import Problem, catalogue_conflicts, location

        problems: list[Problem] = []
        if not replace:
            problems += catalogue_conflicts(document, _catalogue(session))
        file_ids = [c.id for c in document.clients]
        existing = self._existing_ids(session, file_ids)
        holders: dict[str, str] = {}
        if check_personal_ids:
            personal_ids = sorted({c.personal_id for c in document.clients if c.personal_id})
            for chunk in _chunks(personal_ids):
                holders.update(
                    (pid, cid)
                    for pid, cid in session.execute(
                        select(ClientRow.personal_id, ClientRow.id).where(
                            ClientRow.personal_id.in_(chunk)
                        )
                    )
                    if pid is not None
                )
        for index, client in enumerate(document.clients):
            if client.id in existing and not replace:
                problems.append(
                    Problem(location("clients", index, "id"), self._existing_id_message())
                )
            holder = holders.get(client.personal_id or "")
            # A holder the file itself names is replaced, or already reported as an existing id.
            if holder is not None and holder != client.id and holder not in existing:
                problems.append(
                    Problem(
                        location("clients", index, "personal_id"),
                        _(
                            "client {client} in the database has the same personal identity code"
                        ).format(client=holder),
                    )
                )
        return problems

    def _import(
        self, session: Session, document: ExchangeDocument, *, replace: bool
    ) -> ImportSummary:
        """Write a checked document: first an automatic backup of the database as it is (this
        transaction holds the write lock, so the backup is exactly the state the import
        starts from), then the rows and one ``import`` log entry per client."""
        from pathways.exchange import catalogue_conflicts

        if self.database.path is not None:
            from storage.backups import BEFORE_IMPORT, make_backup

            make_backup(self.database, BEFORE_IMPORT)

        stored_types = {
            code: pk for pk, code in session.execute(select(ServiceTypeRow.pk, ServiceTypeRow.code))
        }
        # Unchanged definitions stay as they are; _conflicts refused changed ones unless replace.
        changed = {
            document.catalogue[int(p.location.split("[")[1].split("]")[0])].code
            for p in catalogue_conflicts(document, _catalogue(session))
        }
        for service_type in document.catalogue:
            pk = stored_types.get(service_type.code)
            if pk is None or service_type.code in changed:
                _write_service_type(session, service_type, pk)
        kept: dict[str, tuple[str, dt.datetime, int]] = {}
        if replace:
            ids = [c.id for c in document.clients]
            for chunk in _chunks(sorted(set(ids))):
                # The access log knows a client by audit_key: a replaced client keeps theirs,
                # and their version moves on (a window holding them is told it changed).
                kept.update(
                    (cid, (key, created, version))
                    for cid, key, created, version in session.execute(
                        select(
                            ClientRow.id,
                            ClientRow.audit_key,
                            ClientRow.created_at,
                            ClientRow.version,
                        )
                        .where(ClientRow.id.in_(chunk))
                        .with_for_update()
                    )
                )
                session.execute(delete(ClientRow).where(ClientRow.id.in_(chunk)))
        inserter = _Inserter(session)
        inserter.clients(document.clients, kept=kept, changed_by=who(self.actor))
        notify(session, [c.id for c in document.clients])
        self._log(session, [(key, audit.IMPORT, None) for key in inserter.audit_keys])
        return ImportSummary(len(document.clients), inserter.pathways, inserter.steps)

    def export_document(
        self, client_ids: Sequence[str] | None = None, *, without_esf: bool = False
    ) -> dict[str, Any]:
        """The exchange document (as a JSON-ready dict) of the named clients, or of all.

        It carries every custom service type the exported pathways use. An unknown client id
        is an :class:`InputError`. Each exported client gets an ``export`` log entry, written
        before the caller writes the file (refused on a read-only database). *without_esf*
        leaves out the participation's ESF+ participant data (for another organisation).
        """
        from pathways import exchange

        with _bulk_work():
            with self._unit(write=True) as session:
                if client_ids is not None:
                    missing = sorted(set(client_ids) - self._existing_ids(session, client_ids))
                    if missing:
                        raise InputError(
                            *(_("polku: no client with id {id}").format(id=cid) for cid in missing)
                        )
                clients = self._load_many(session, client_ids)
                custom = _custom_types(session)
                keys = self._audit_keys(session, [c.id for c in clients])
                self._log(session, [(keys[c.id], audit.EXPORT, None) for c in clients])
            if without_esf:
                for client in clients:
                    if client.participation is not None:
                        client.participation = client.participation.without_esf()
            used = used_service_codes(clients)
            return exchange.to_dict(
                clients,
                [t for t in custom if t.code in used],
                source={"system": f"Polku {_version()}"},
                exported_at=dt.datetime.now(dt.UTC).astimezone().replace(microsecond=0),
            )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("polku")
    except PackageNotFoundError:
        return "development"


def _merge_in_document_order(
    file_problems: Sequence[Problem], id_problems: Sequence[Problem]
) -> list[Problem]:
    """The file's problems (already in document order) with the ``clients[i].id`` clashes put
    in their places: after the problems at the client itself or its id, before the rest."""
    import re

    def client_index(where: str) -> int | None:
        match = re.match(r"clients\[(\d+)\]", where)
        return int(match.group(1)) if match else None

    result: list[Problem] = []
    pending = list(id_problems)
    for problem in file_problems:
        index = client_index(problem.location)
        while pending and index is not None:
            clash = client_index(pending[0].location)
            assert clash is not None
            at_the_id = problem.location in (f"clients[{clash}]", f"clients[{clash}].id")
            if index > clash or (index == clash and not at_the_id):
                result.append(pending.pop(0))
            else:
                break
        result.append(problem)
    return result + pending


# --- Log targets ----------------------------------------------------------------------------------

_PATHWAY_TARGET = "pathway "


def _log_target(session: Session, key: str | None, target: str | None) -> str | None:
    """What the log stores for *target*: a pathway by its internal surrogate key
    (``pathway #<pk>``), never by its id from a file, which could be anything a person typed —
    a name, an identity code — and would stay in the append-only log after an erasure."""
    if target is None or not target.startswith(_PATHWAY_TARGET) or target.startswith("pathway #"):
        return target
    pathway_id = target.removeprefix(_PATHWAY_TARGET)
    pk = None
    if key is not None:
        pk = session.scalar(
            select(PathwayRow.pk)
            .join(ClientRow, ClientRow.pk == PathwayRow.client_pk)
            .where(ClientRow.audit_key == key, PathwayRow.id == pathway_id)
        )
    return f"pathway #{pk}" if pk is not None else "pathway"


def _shown_targets(
    session: Session, key: str, entries: list[AuditEntry]
) -> list[AuditEntry]:
    """The client's own entries with ``pathway #<pk>`` shown as the pathway's id while the
    client still has it (for the window's log view and their access request)."""
    rows = session.execute(
        select(PathwayRow.pk, PathwayRow.id)
        .join(ClientRow, ClientRow.pk == PathwayRow.client_pk)
        .where(ClientRow.audit_key == key)
    ).all()
    ids = {f"pathway #{pk}": f"{_PATHWAY_TARGET}{pathway_id}" for pk, pathway_id in rows}
    return [
        dataclasses.replace(entry, target=ids[entry.target]) if entry.target in ids else entry
        for entry in entries
    ]

