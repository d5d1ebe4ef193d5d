"""Writing the exchange format v1, and the spec's "same content" normal form of a document.

The engine behind :mod:`pathways.exchange` (import that module, not this one). The writer puts
clients, lists and keys in a stable order so that two exports of the same data are the same
text, and leaves out what the format treats as absent (None, empty optional lists, ``referral:
false``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from pathways.catalogue import default_codes
from pathways.exchange_read import FORMAT, VERSION, paused_garbage_collection
from pathways.model import (
    AgreedVersion,
    Client,
    Consent,
    FollowUp,
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


def _compact(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """An object of *pairs* in their order, without None values and empty lists."""
    return {key: value for key, value in pairs if value is not None and value != []}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _timestamp(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.astimezone()  # a naive time is the workstation's local time
    text = value.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def service_type_to_dict(service_type: ServiceType) -> dict[str, Any]:
    names = {lang: service_type.names[lang] for lang in ("fi", "sv", "en")
             if service_type.names.get(lang) is not None}
    return _compact((
        ("code", service_type.code),
        ("sector", service_type.sector),
        ("stage", service_type.stage),
        ("names", names),
        ("description", service_type.description),
        ("addresses", list(service_type.addresses)),
        ("legal_basis", service_type.legal_basis),
        ("valid_from", _day(service_type.valid_from)),
        ("valid_to", _day(service_type.valid_to)),
    ))


def _goal(goal: Goal | None) -> dict[str, Any] | None:
    if goal is None:
        return None
    return _compact((
        ("outcome", goal.outcome),
        ("description", goal.description),
        ("target_date", _day(goal.target_date)),
    ))


def _need(need: Need) -> dict[str, Any]:
    return _compact((
        ("domain", need.domain),
        ("level", need.level),
        ("assessed_on", _day(need.assessed_on)),
        ("note", need.note),
    ))


def _consent(consent: Consent) -> dict[str, Any]:
    return _compact((
        ("id", consent.id),
        ("given_on", _day(consent.given_on)),
        ("expires_on", _day(consent.expires_on)),
        ("sectors", list(consent.sectors)),
        ("note", consent.note),
    ))


def _team_member(member: TeamMember) -> dict[str, Any]:
    return _compact((
        ("id", member.id),
        ("name", member.name),
        ("role", member.role),
        ("organisation", member.organisation),
        ("sector", member.sector),
        ("phone", member.phone),
        ("email", member.email),
    ))


def _participation(participation: Participation | None) -> dict[str, Any] | None:
    if participation is None:
        return None
    return _compact((
        ("entered_on", _day(participation.entered_on)),
        ("status_on_entry", participation.status_on_entry),
        ("left_on", _day(participation.left_on)),
        ("outcome_on_leaving", participation.outcome_on_leaving),
        ("gender", participation.gender),
        ("education_on_entry", participation.education_on_entry),
        ("characteristics", list(participation.characteristics)),
        ("characteristics_declined", participation.characteristics_declined),
        ("qualification_on_leaving", participation.qualification_on_leaving),
        ("after_six_months", _follow_up(participation.after_six_months)),
    ))


def _follow_up(follow_up: FollowUp | None) -> dict[str, Any] | None:
    if follow_up is None:
        return None
    return _compact((
        ("checked_on", _day(follow_up.checked_on)),
        ("status", follow_up.status),
        ("improved", follow_up.improved),
    ))


def _meeting(meeting: Meeting) -> dict[str, Any]:
    return _compact((
        ("id", meeting.id),
        ("date", _day(meeting.date)),
        ("participants", list(meeting.participants)),
        ("client_present", meeting.client_present),
        ("summary", meeting.summary),
        ("decisions", list(meeting.decisions)),
        ("next_review", _day(meeting.next_review)),
    ))


def _step(step: Step) -> dict[str, Any]:
    position = None
    if step.position is not None:
        position = {"x": step.position[0], "y": step.position[1]}
    return _compact((
        ("id", step.id),
        ("service", step.service),
        ("title", step.title),
        ("provider", step.provider),
        ("responsible", step.responsible),
        ("status", step.status),
        ("start", _day(step.start)),
        ("end", _day(step.end)),
        ("note", step.note),
        ("position", position),
    ))


def step_to_dict(step: Step) -> dict[str, Any]:
    """A step in the exchange format's form (absent values left out)."""
    return _step(step)


def transition_to_dict(transition: Transition) -> dict[str, Any]:
    """A transition in the exchange format's form (absent values left out)."""
    return _transition(transition)


def _transition(transition: Transition) -> dict[str, Any]:
    return _compact((
        ("from", transition.from_step),
        ("to", transition.to_step),
        ("kind", transition.kind),
        ("referral", True if transition.referral else None),
        ("date", _day(transition.date)),
        ("shared_info", list(transition.shared_info)),
        ("consent", transition.consent),
        ("note", transition.note),
    ))


def _pathway(pathway: Pathway) -> dict[str, Any]:
    # steps and transitions are required lists, so they are written even when empty.
    return {
        **_compact((
            ("id", pathway.id),
            ("title", pathway.title),
            ("status", pathway.status),
            ("created_on", _day(pathway.created_on)),
        )),
        "steps": [_step(step) for step in pathway.steps],
        "transitions": [_transition(transition) for transition in pathway.transitions],
    }


def agreed_version_to_dict(version: AgreedVersion) -> dict[str, Any]:
    return {
        **_compact((
            ("id", version.id),
            ("pathway", version.pathway_id),
            ("agreed_on", _day(version.agreed_on)),
            ("meeting", version.meeting_id),
            ("note", version.note),
        )),
        "steps": [_step(step) for step in version.steps],
        "transitions": [_transition(transition) for transition in version.transitions],
    }


def steps_and_transitions_from_dict(
    data: Mapping[str, Any],
) -> tuple[list[Step], list[Transition]]:
    """Steps and transitions back from the exchange form :func:`agreed_version_to_dict` wrote
    (trusted data: the storage layer keeps a version's content this way; files go through the
    reader)."""

    def day(value: Any) -> date | None:
        return date.fromisoformat(value) if value is not None else None

    steps = []
    for item in data.get("steps", ()):
        position = item.get("position")
        steps.append(Step(
            id=item["id"], service=item["service"], status=item["status"],
            title=item.get("title"), provider=item.get("provider"),
            responsible=item.get("responsible"), start=day(item.get("start")),
            end=day(item.get("end")), note=item.get("note"),
            position=(float(position["x"]), float(position["y"])) if position else None,
        ))
    transitions = [
        Transition(
            from_step=item["from"], to_step=item["to"], kind=item["kind"],
            referral=bool(item.get("referral", False)), date=day(item.get("date")),
            shared_info=list(item.get("shared_info", ())), consent=item.get("consent"),
            note=item.get("note"),
        )
        for item in data.get("transitions", ())
    ]
    return steps, transitions


def used_service_codes(clients: Iterable[Client]) -> set[str]:
    """The service codes the clients' pathways and agreed versions use."""
    return {
        step.service
        for client in clients
        for steps in (
            *(pathway.steps for pathway in client.pathways),
            *(version.steps for version in client.agreed_versions),
        )
        for step in steps
    }


def client_to_dict(client: Client) -> dict[str, Any]:
    return _compact((
        ("id", client.id),
        ("name", client.name),
        ("personal_id", client.personal_id),
        ("birth_year", client.birth_year),
        ("municipality", client.municipality),
        ("languages", list(client.languages)),
        ("notes", client.notes),
        ("goal", _goal(client.goal)),
        ("needs", [_need(need) for need in client.needs]),
        ("consents", [_consent(consent) for consent in client.consents]),
        ("team", [_team_member(member) for member in client.team]),
        ("participation", _participation(client.participation)),
        ("pathways", [_pathway(pathway) for pathway in client.pathways]),
        ("meetings", [_meeting(meeting) for meeting in client.meetings]),
        ("agreed_versions", [agreed_version_to_dict(v) for v in client.agreed_versions]),
    ))


def to_dict(
    clients: Sequence[Client],
    custom_types: Sequence[ServiceType],
    *,
    source: Mapping[str, str] | None = None,
    exported_at: datetime | None = None,
) -> dict[str, Any]:
    """The exchange document of *clients*, in a stable order (clients by id; pathways, steps and
    transitions in their own order; keys in the spec's order).

    Of *custom_types*, only those the exported steps use are written (sorted by code), so that
    the file imports into a database that has never seen them; codes of the default catalogue
    are never written there (the format forbids it).
    """
    with paused_garbage_collection():  # many small dicts, no cycles (see the reader)
        return _document(clients, custom_types, source, exported_at)


def _document(
    clients: Sequence[Client],
    custom_types: Sequence[ServiceType],
    source: Mapping[str, str] | None,
    exported_at: datetime | None,
) -> dict[str, Any]:
    ordered = sorted(clients, key=lambda client: client.id)
    used = used_service_codes(ordered)
    defaults = default_codes()
    catalogue = sorted(
        (service for service in {s.code: s for s in custom_types}.values()
         if service.code in used and service.code not in defaults),
        key=lambda service: service.code,
    )
    document = _compact((
        ("format", FORMAT),
        ("version", VERSION),
        ("exported_at", _timestamp(exported_at) if exported_at is not None else None),
        ("source", dict(source) if source else None),
        ("catalogue", [service_type_to_dict(service) for service in catalogue]),
    ))
    document["clients"] = [client_to_dict(client) for client in ordered]  # required, even empty
    return document


def dumps(
    clients: Sequence[Client],
    custom_types: Sequence[ServiceType],
    *,
    source: Mapping[str, str] | None = None,
    exported_at: datetime | None = None,
) -> str:
    """The exchange file of *clients* as text: indented, UTF-8 letters as they are, a final
    newline. A non-finite step position raises ValueError rather than writing a file the format
    refuses."""
    document = to_dict(clients, custom_types, source=source, exported_at=exported_at)
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


# --- "Same content" ----------------------------------------------------------------------------

#: Lists the format lets a writer leave out when empty.
_OPTIONAL_LISTS = frozenset({
    "languages", "needs", "consents", "team", "pathways", "meetings", "participants",
    "decisions", "shared_info", "addresses", "characteristics", "agreed_versions",
})  # fmt: skip
#: Lists of objects sorted by a key, and lists of codes or ids sorted alphabetically.
_SORT_BY_ID = frozenset({
    "clients", "pathways", "steps", "team", "consents", "meetings", "agreed_versions",
})  # fmt: skip
_SORTED_CODES = frozenset({
    "languages", "sectors", "shared_info", "addresses", "participants", "characteristics",
})  # fmt: skip


def _sort_key(*keys: str) -> Any:
    def key(item: Any) -> tuple[str, ...]:
        if not isinstance(item, Mapping):
            return (json.dumps(item, sort_keys=True),)
        return tuple(str(item.get(name)) for name in keys)

    return key


def _normal(value: Any, key: str | None = None) -> Any:
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for name, item in value.items():
            if item is None or (name == "referral" and item is False):
                continue
            if name in _OPTIONAL_LISTS and item == []:
                continue
            result[name] = _normal(item, name)
        return result
    if isinstance(value, list):
        items = [_normal(item) for item in value]
        if key in _SORT_BY_ID:
            items.sort(key=_sort_key("id"))
        elif key == "needs":
            items.sort(key=_sort_key("domain"))
        elif key == "transitions":
            items.sort(key=_sort_key("from", "to", "kind"))
        elif key in _SORTED_CODES:
            items.sort(key=lambda item: (str(type(item)), str(item)))
        return items
    return value


def comparable(document: Mapping[str, Any]) -> dict[str, Any]:
    """The spec's "same content" normal form of a parsed exchange document.

    Removes ``exported_at``, ``source`` and ``catalogue``, every null, every empty optional list
    and every ``referral: false``; sorts clients, pathways, steps, team members, consents and
    meetings by id, needs by domain, transitions by (from, to, kind) and lists of codes or ids
    alphabetically. Two documents have the same content when their normal forms are equal.
    """
    top = {key: value for key, value in document.items()
           if key not in ("exported_at", "source", "catalogue")}
    normal = _normal(top)
    assert isinstance(normal, dict)
    return normal
