"""The caseload report's own read: only the columns its figures need.

``polku report`` counts over every client, so it does not load whole clients
(``Repository.load_clients`` builds every step, transition and pathway graph, with names, notes,
teams and meetings the report never shows). This reads, in one transaction, what
:class:`pathways.report.ReportClient` holds — the identity code and year of birth (for the age
on entry), the goal's outcome, the ESF+ participation, and of the active and closed pathways
only the status, the steps' service, status and dates, and the transitions' ends and kind —
and :func:`pathways.report.build_report` counts it exactly as it counts whole clients.

Like the whole-client read it replaces, it logs nothing: the report shows counts, not a person
(``docs/trust.md``), and it reads only what is stored (an erased client is gone from the rows).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pathways.catalogue import ServiceCatalogue
from pathways.report import HISTORY_STATUSES, ReportClient, ReportPathway, ReportStep
from storage.database import Database, database_failure
from storage.models import ClientRow, PathwayRow, StepRow, TransitionRow
from storage.reading import catalogue, participation_from_row, select_participations


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything the report counts: the catalogue (for the stages) and every client."""

    catalogue: ServiceCatalogue
    #: Every client in the database, in id order.
    clients: list[ReportClient]


def read_report_input(database: Database) -> ReportInput:
    """What the caseload report counts, read in one transaction (a consistent picture).

    A database failure becomes one line without any value (``storage.database``).
    """
    try:
        with Session(database.engine) as session, session.begin():
            return _read(session)
    except DBAPIError as error:
        raise database_failure(error, database.where()) from error


def _read(session: Session) -> ReportInput:
    connection = session.connection()
    clients: dict[int, ReportClient] = {}
    for pk, personal_id, birth_year, goal_outcome in connection.execute(
        select(ClientRow.pk, ClientRow.personal_id, ClientRow.birth_year, ClientRow.goal_outcome)
        .order_by(ClientRow.id)
    ):
        clients[pk] = ReportClient(personal_id, birth_year, goal_outcome)
    for part in connection.execute(select_participations()):
        clients[part.client_pk].participation = participation_from_row(part)

    counted = PathwayRow.status.in_(sorted(HISTORY_STATUSES))
    pathways: dict[int, ReportPathway] = {}
    for pk, client_pk, status in connection.execute(
        select(PathwayRow.pk, PathwayRow.client_pk, PathwayRow.status)
        .where(counted)
        .order_by(PathwayRow.client_pk, PathwayRow.ordinal)
    ):
        pathways[pk] = pathway = ReportPathway(status)
        clients[client_pk].pathways.append(pathway)
    # Steps are told apart by their row key, which is also what a transition's ends name.
    for pathway_pk, step_pk, service, status, start, end in connection.execute(
        select(
            StepRow.pathway_pk,
            StepRow.pk,
            StepRow.service,
            StepRow.status,
            StepRow.start_on,
            StepRow.end_on,
        )
        .join(PathwayRow, PathwayRow.pk == StepRow.pathway_pk)
        .where(counted)
        .order_by(StepRow.pathway_pk, StepRow.ordinal)
    ):
        pathways[pathway_pk].steps.append(ReportStep(step_pk, service, status, start, end))
    for pathway_pk, from_pk, to_pk, kind in connection.execute(
        select(
            TransitionRow.pathway_pk,
            TransitionRow.from_step_pk,
            TransitionRow.to_step_pk,
            TransitionRow.kind,
        )
        .join(PathwayRow, PathwayRow.pk == TransitionRow.pathway_pk)
        .where(counted)
        .order_by(TransitionRow.pathway_pk, TransitionRow.ordinal)
    ):
        pathways[pathway_pk].transitions.append((from_pk, to_pk, kind))
    return ReportInput(catalogue(session), list(clients.values()))
