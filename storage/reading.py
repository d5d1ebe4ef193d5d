"""Rows → domain objects that more than one read makes: the organisation's catalogue (the
default service types and its own) and a client's ESF+ participation.

Both the repository's whole-client loads and the caseload report's own read
(``storage.report_read``) use these, so a participation or a custom service type means the
same whichever read made it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from pathways.catalogue import ServiceCatalogue
from pathways.model import FollowUp, Participation, ServiceType
from storage.models import ParticipationRow, ServiceTypeAddressRow, ServiceTypeRow


def custom_types(session: Session) -> list[ServiceType]:
    """The organisation's own service types, by code."""
    addresses: dict[int, list[str]] = defaultdict(list)
    for type_pk, domain in session.execute(
        select(ServiceTypeAddressRow.service_type_pk, ServiceTypeAddressRow.domain).order_by(
            ServiceTypeAddressRow.service_type_pk, ServiceTypeAddressRow.ordinal
        )
    ):
        addresses[type_pk].append(domain)
    result = []
    for row in session.scalars(select(ServiceTypeRow).order_by(ServiceTypeRow.code)):
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


def catalogue(session: Session) -> ServiceCatalogue:
    """The default catalogue with the organisation's own service types."""
    return ServiceCatalogue(custom_types(session))


def select_participations() -> Select[*tuple[Any, ...]]:
    """The columns of :func:`participation_from_row`, with the client's row key first."""
    return select(
        ParticipationRow.client_pk,
        ParticipationRow.entered_on,
        ParticipationRow.status_on_entry,
        ParticipationRow.left_on,
        ParticipationRow.outcome_on_leaving,
        ParticipationRow.gender,
        ParticipationRow.education_on_entry,
        ParticipationRow.characteristics,
        ParticipationRow.characteristics_declined,
        ParticipationRow.qualification_on_leaving,
        ParticipationRow.follow_up_checked_on,
        ParticipationRow.follow_up_status,
        ParticipationRow.follow_up_improved,
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
