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

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError

from pathways.catalogue import ServiceCatalogue
from pathways.report import HISTORY_STATUSES, ReportClient, ReportPathway, ReportStep
from storage.database import Database, database_failure
from storage.models import ClientRow, PathwayRow, StepRow, TransitionRow
from storage.reading import catalogue, participation_from_row, select_participations, table


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything the report counts: the catalogue (for the stages) and every client."""

    catalogue: ServiceCatalogue
    #: Every client in the database, in id order.
    clients: list[ReportClient]


def read_report_input(database: Database) -> ReportInput:
    """What the caseload report counts, read in one transaction (a consistent picture).

    Core statements on a connection, no ORM session: nothing here makes ORM objects, and the
    ORM's set-up would cost more than some of the reads. A database failure becomes one line
    without any value (``storage.database``).
    """
    try:
        with database.engine.connect() as connection, connection.begin():
            return _read(connection)
    except DBAPIError as error:
        raise database_failure(error, database.where()) from error


def _read(connection: Connection) -> ReportInput:
    client_rows, pathway_rows = table(ClientRow).c, table(PathwayRow).c
    step_rows, transition_rows = table(StepRow).c, table(TransitionRow).c
    clients: dict[int, ReportClient] = {}
    for pk, personal_id, birth_year, goal_outcome in connection.execute(
        select(client_rows.pk, client_rows.personal_id, client_rows.birth_year,
               client_rows.goal_outcome)
        .order_by(client_rows.id)
    ):
        clients[pk] = ReportClient(personal_id, birth_year, goal_outcome)
    for part in connection.execute(select_participations()):
        clients[part.client_pk].participation = participation_from_row(part)

    # No figure depends on the order of steps or transitions within a pathway (counts, sets
    # and medians), so these come in whatever order the database finds cheapest.
    counted = pathway_rows.status.in_(sorted(HISTORY_STATUSES))
    pathways: dict[int, ReportPathway] = {}
    for pk, client_pk, status in connection.execute(
        select(pathway_rows.pk, pathway_rows.client_pk, pathway_rows.status)
        .where(counted)
        .order_by(pathway_rows.client_pk, pathway_rows.ordinal)
    ):
        pathways[pk] = pathway = ReportPathway(status)
        clients[client_pk].pathways.append(pathway)
    # Steps are told apart by their row key, which is also what a transition's ends name.
    for pathway_pk, step_pk, service, status, start, end in connection.execute(
        select(
            step_rows.pathway_pk,
            step_rows.pk,
            step_rows.service,
            step_rows.status,
            step_rows.start_on,
            step_rows.end_on,
        )
        .join(table(PathwayRow), pathway_rows.pk == step_rows.pathway_pk)
        .where(counted)
    ):
        pathways[pathway_pk].steps.append(ReportStep(step_pk, service, status, start, end))
    for pathway_pk, from_pk, to_pk, kind in connection.execute(
        select(
            transition_rows.pathway_pk,
            transition_rows.from_step_pk,
            transition_rows.to_step_pk,
            transition_rows.kind,
        )
        .join(table(PathwayRow), pathway_rows.pk == transition_rows.pathway_pk)
        .where(counted)
    ):
        pathways[pathway_pk].transitions.append((from_pk, to_pk, kind))
    return ReportInput(catalogue(connection), list(clients.values()))
