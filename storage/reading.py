"""Rows → domain objects that more than one read makes: the organisation's catalogue (the
default service types and its own) and a client's ESF+ participation.

Both the repository's whole-client loads and the caseload report's own read
(``storage.report_read``) use these, so a participation or a custom service type means the
same whichever read made it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, cast

from sqlalchemy import Connection, Select, Table, select
from sqlalchemy.orm import Session

from pathways.catalogue import ServiceCatalogue
from pathways.model import FollowUp, Participation, ServiceType
from storage.models import ParticipationRow, ServiceTypeAddressRow, ServiceTypeRow


def table(model: type[Any]) -> Table:
    """The Core table of an ORM row class. Selecting its columns (not the class's attributes)
    keeps a statement out of the ORM: no mapper configuration (tens of milliseconds on the
    first ORM statement of a process), for a command that reads rows and makes no objects."""
    return cast(Table, model.__table__)


def custom_types(session: Session | Connection) -> list[ServiceType]:
    """The organisation's own service types, by code."""
    addresses: dict[int, list[str]] = defaultdict(list)
    address_rows = table(ServiceTypeAddressRow).c
    for type_pk, domain in session.execute(
        select(address_rows.service_type_pk, address_rows.domain).order_by(
            address_rows.service_type_pk, address_rows.ordinal
        )
    ):
        addresses[type_pk].append(domain)
    result = []
    types = table(ServiceTypeRow)
    for row in session.execute(select(types).order_by(types.c.code)):
        names = {"fi": row.name_fi}
        if row.name_sv:
            names["sv"] = row.name_sv
        if row.name_en:
            names["en"] = row.name_en
        result.append(
            ServiceType(
                code=row.code,
                sector=row.sector,
                stage=row.stage,
                names=names,
                description=row.description,
                addresses=tuple(addresses.get(row.pk, ())),
                legal_basis=row.legal_basis,
                valid_from=row.valid_from,
                valid_to=row.valid_to,
                custom=True,
            )
        )
    return result


def catalogue(session: Session | Connection) -> ServiceCatalogue:
    """The default catalogue with the organisation's own service types."""
    return ServiceCatalogue(custom_types(session))


def select_participations() -> Select[*tuple[Any, ...]]:
    """The columns of :func:`participation_from_row`, with the client's row key first."""
    columns = table(ParticipationRow).c
    return select(
        columns.client_pk,
        columns.entered_on,
        columns.status_on_entry,
        columns.left_on,
        columns.outcome_on_leaving,
        columns.gender,
        columns.education_on_entry,
        columns.characteristics,
        columns.characteristics_declined,
        columns.qualification_on_leaving,
        columns.follow_up_checked_on,
        columns.follow_up_status,
        columns.follow_up_improved,
    )


def participation_from_row(part: Any) -> Participation:
    """The participation of a row of :func:`select_participations`."""
    follow_up = None
    if part.follow_up_checked_on is not None and part.follow_up_status is not None:
        follow_up = FollowUp(
            part.follow_up_checked_on, part.follow_up_status, part.follow_up_improved
        )
    return Participation(
        part.entered_on,
        part.status_on_entry,
        part.left_on,
        part.outcome_on_leaving,
        gender=part.gender,
        education_on_entry=part.education_on_entry,
        characteristics=part.characteristics.split() if part.characteristics else [],
        characteristics_declined=part.characteristics_declined,
        qualification_on_leaving=part.qualification_on_leaving,
        after_six_months=follow_up,
    )
