"""The client list's read: every client's row with their active pathway's current stage, in one
statement.

The stage is the rule of :func:`pathways.stages.current_stage` — the highest-ordered stage among
the ongoing steps; if none is ongoing, the stage of the completed step with the latest end (the
highest-ordered one if several end that day); steps whose service has no stage are passed over —
asked of the database as two correlated subqueries over the active pathway's steps, with the
catalogue's stages as a ``CASE`` over the service code. The list of 5,000 clients is read at
every start of the window: fetching their 12,000 ongoing and completed steps to build ``Step``
objects and walk them in Python took about half of its time.

Core tables (``storage.reading.table``), not the ORM: a read of plain values needs no mapper.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, func, select, true

from pathways.catalogue import ServiceCatalogue
from pathways.model import STAGE_ORDER, ClientSummary
from pathways.text import finnish_sort_key, fold
from storage.models import ClientRow, PathwayRow, StepRow
from storage.reading import catalogue as read_catalogue
from storage.reading import table

#: The stage of each stage order (``STAGE_ORDER`` inverted).
_STAGE_OF_ORDER = {order: stage for stage, order in STAGE_ORDER.items()}


def read_client_list(connection: Connection, search: str | None = None) -> list[ClientSummary]:
    """The clients whose name, id or municipality contains every word of *search* (case and
    accents folded), each with their active pathway and its current stage, in Finnish
    alphabetical order of name (then id)."""
    clients, pathways = table(ClientRow).c, table(PathwayRow).c
    where = and_(
        true(),
        *(
            clients.search_text.contains(term, autoescape=True)
            for term in fold(search or "").split()
        ),
    )
    ongoing, completed = _stage_orders(read_catalogue(connection))
    rows = connection.execute(
        select(
            clients.id,
            clients.name,
            clients.municipality,
            pathways.id.label("pathway_id"),
            pathways.title.label("pathway_title"),
            ongoing.label("ongoing"),
            completed.label("completed"),
        )
        .select_from(table(ClientRow))
        .outerjoin(
            table(PathwayRow),
            and_(pathways.client_pk == clients.pk, pathways.status == "active"),
        )
        .where(where)
    ).all()
    summaries = [
        ClientSummary(
            id=row.id,
            name=row.name,
            municipality=row.municipality,
            active_pathway_id=row.pathway_id,
            active_pathway_title=row.pathway_title,
            current_stage=_STAGE_OF_ORDER.get(
                row.ongoing if row.ongoing is not None else row.completed
            ),
        )
        for row in rows
    ]
    summaries.sort(key=lambda s: (finnish_sort_key(s.name), s.id))
    return summaries


def _stage_orders(catalogue: ServiceCatalogue) -> Sequence[Any]:
    """Two scalar subqueries over the active pathway's steps: the highest stage order among
    its ongoing steps, and the stage order of its latest-ending completed step (NULL: none)."""
    steps, pathways = table(StepRow).c, table(PathwayRow).c
    orders = {
        service.code: STAGE_ORDER[service.stage]
        for service in catalogue
        if service.stage in STAGE_ORDER
    }
    # (The default catalogue gives most services a stage, so the CASE is never empty.)
    order = case(orders, value=steps.service)
    ongoing = (
        select(func.max(order))  # MAX passes over NULL (a service without a stage)
        .where(steps.pathway_pk == pathways.pk, steps.status == "ongoing")
        .scalar_subquery()
    )
    completed = (
        select(order)
        .where(
            steps.pathway_pk == pathways.pk,
            steps.status == "completed",
            steps.end_on.is_not(None),
            order.is_not(None),
        )
        .order_by(steps.end_on.desc(), order.desc())
        .limit(1)
        .scalar_subquery()
    )
    return ongoing, completed
