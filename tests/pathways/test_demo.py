"""The demo clients: valid exchange data, current whatever the day, and showing what Polku finds."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

import pytest

from pathways import exchange
from pathways.catalogue import ServiceCatalogue
from pathways.checks import check_pathway
from pathways.demo import DEMO_PREFIX, demo_clients
from pathways.model import Client, Step

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
DAYS = [date(2026, 1, 15), date.today(), date(2031, 6, 30)]
CATALOGUE = ServiceCatalogue()


def _services(client: Client) -> set[str]:
    return {step.service for pathway in client.pathways for step in pathway}


def _ongoing(client: Client) -> set[str]:
    pathway = client.active_pathway()
    assert pathway is not None
    return {step.service for step in pathway if step.status == "ongoing"}


def _all_dates(client: Client) -> list[date]:
    """Every date of a client's record (not the birth date inside the personal_id)."""
    days: list[date | None] = []
    if client.goal:
        days.append(client.goal.target_date)
    days += [need.assessed_on for need in client.needs]
    days += [day for c in client.consents for day in (c.given_on, c.expires_on)]
    if client.participation:
        days += [client.participation.entered_on, client.participation.left_on]
    days += [day for m in client.meetings for day in (m.date, m.next_review)]
    for pathway in client.pathways:
        days.append(pathway.created_on)
        days += [day for step in pathway for day in (step.start, step.end)]
        days += [t.date for t in pathway.transitions]
    return [day for day in days if day is not None]


@pytest.mark.parametrize("today", DAYS)
def test_demo_clients_are_valid_exchange_data(today: date) -> None:
    clients = demo_clients(today)
    document = exchange.to_dict(clients, [])
    # Raises ExchangeError listing every problem if any client breaks a rule of the format.
    loaded = exchange.loads(json.dumps(document), today=today)
    assert sorted(c.id for c in loaded.clients) == sorted(c.id for c in clients)
    again = exchange.to_dict(loaded.clients, [])
    assert exchange.comparable(again) == exchange.comparable(document)


def test_six_or_more_clients_with_fixed_unique_demo_ids() -> None:
    first = demo_clients(DAYS[0])
    later = demo_clients(DAYS[2])
    ids = [client.id for client in first]
    assert len(ids) >= 6
    assert len(set(ids)) == len(ids)
    assert all(client_id.startswith(DEMO_PREFIX) for client_id in ids)
    assert [client.id for client in later] == ids


def test_every_date_moves_with_today() -> None:
    before = demo_clients(DAYS[0])
    after = demo_clients(DAYS[0] + timedelta(days=100))
    for old, new in zip(before, after, strict=True):
        old_dates, new_dates = _all_dates(old), _all_dates(new)
        assert old_dates
        assert [day + timedelta(days=100) for day in old_dates] == new_dates, old.id


@pytest.mark.parametrize("today", DAYS)
def test_dates_tell_a_believable_story(today: date) -> None:
    """Done things lie in the past, plans in the future (apart from the deliberate overdue one)."""
    for client in demo_clients(today):
        for pathway in client.pathways:
            for step in pathway:
                if step.status in ("ongoing", "completed", "interrupted"):
                    assert step.start is not None and step.start <= today, (client.id, step.id)
                if step.end is not None and step.status in ("completed", "interrupted"):
                    assert step.end <= today, (client.id, step.id)
                if step.end is not None and step.status == "ongoing":  # a planned end, ahead
                    assert step.end > today, (client.id, step.id)
        for meeting in client.meetings:
            assert meeting.date <= today
        assert client.participation is not None
        assert client.participation.entered_on <= today


def test_some_ongoing_steps_show_their_planned_end() -> None:
    today = DAYS[1]
    planned_ends = {
        (client.id, step.id): step.end
        for client in demo_clients(today)
        for step in client.pathways[0]
        if step.status == "ongoing" and step.end is not None
    }
    assert planned_ends == {
        ("demo-aleksi", "s2"): today + timedelta(days=30),  # the work trial agreed until then
        ("demo-mikko", "s3"): today + timedelta(days=299),  # the wage subsidy decided until then
    }


def test_each_client_has_a_whole_record() -> None:
    for client in demo_clients(DAYS[1]):
        assert 2 <= len(client.team) <= 4, client.id
        assert client.consents and client.needs and client.goal, client.id
        assert client.participation is not None, client.id
        assert client.active_pathway() is not None, client.id
        assert client.meetings, client.id
        for meeting in client.meetings:
            assert meeting.decisions and meeting.next_review, (client.id, meeting.id)
        for need in client.needs:
            assert 0 <= need.level <= 3


def test_personal_identity_codes_are_valid_test_codes() -> None:
    clients = demo_clients(DAYS[1])
    with_codes = [client for client in clients if client.personal_id]
    assert len(with_codes) >= 3
    assert len({client.personal_id for client in with_codes}) == len(with_codes)
    for client in with_codes:
        code = client.personal_id
        assert code is not None
        century = {"-": 1900, "A": 2000}[code[6]]
        assert 900 <= int(code[7:10]) <= 999, "individual numbers 900–999 are for test use"
        assert code[10] == CHECK_CHARACTERS[int(code[:6] + code[7:10]) % 31], client.id
        assert client.birth_year == century + int(code[4:6]), client.id
        date(client.birth_year, int(code[2:4]), int(code[:2]))


def test_the_demo_shows_the_range_of_the_field() -> None:
    clients = {client.id: client for client in demo_clients(DAYS[1])}
    services = {client_id: _services(client) for client_id, client in clients.items()}

    def some(*codes: str) -> list[str]:
        return [client_id for client_id, found in services.items() if set(codes) <= found]

    # Transition phase: special vocational education → work trial → apprenticeship.
    assert some("special_vocational_education", "work_trial", "apprenticeship")
    # Substance use and debts → social rehabilitation → rehabilitative work activity → workshop.
    assert some(
        "substance_use_services",
        "debt_counselling",
        "social_rehabilitation",
        "rehabilitative_work_activity",
        "youth_workshop",
    )
    # Partial work ability at 55+.
    older = some(
        "work_ability_assessment",
        "work_ability_coordination",
        "pension_vocational_rehabilitation",
        "job_modification",
    )
    assert older
    assert all(clients[c].birth_year and DAYS[1].year - clients[c].birth_year >= 55 for c in older)
    # Towards training through language training and preparatory education.
    assert some(
        "multisectoral_mapping",
        "labour_market_training",
        "preparatory_education",
        "vocational_education",
    )
    # IPS alongside mental-health care, into open employment.
    assert some("mental_health_services", "ips_coaching", "open_employment")
    # Work activity and paid work running side by side.
    assert [
        client_id
        for client_id, client in clients.items()
        if {"disability_work_activity", "wage_subsidy_employer"} <= _ongoing(client)
    ]
    statuses = {pathway.status for client in clients.values() for pathway in client.pathways}
    assert statuses == {"draft", "active", "closed"}


def test_at_least_one_client_is_swedish_speaking() -> None:
    swedish = [client for client in demo_clients(DAYS[1]) if client.languages == ["sv"]]
    assert swedish
    client = swedish[0]
    assert client.municipality in {"Borgå", "Porvoo", "Vasa", "Vaasa", "Raseborg", "Raasepori"}
    assert any("välfärdsområde" in (member.organisation or "") for member in client.team)
    active = client.active_pathway()
    assert active is not None and "arbete" in active.title


@pytest.mark.parametrize("today", DAYS)
def test_the_checks_find_the_problems_built_into_the_demo(today: date) -> None:
    kinds: Counter[str] = Counter()
    reasons: set[str] = set()
    for client in demo_clients(today):
        pathway = client.active_pathway()
        assert pathway is not None
        result = check_pathway(client, pathway, CATALOGUE, today=today)
        for finding in result.findings:
            kinds[finding.kind] += 1
            if finding.kind == "consent":
                reasons.add(finding.reason)
    assert {"gap", "overdue", "no_responsible", "consent", "unmet_need"} <= set(kinds)
    assert {"missing", "expired"} <= reasons
    # Nothing the demo did not mean: no step starts before the one it follows, no dead end.
    assert kinds["order"] == 0
    assert kinds["dead_end"] == 0


def test_steps_use_services_of_the_default_catalogue() -> None:
    for client in demo_clients(DAYS[1]):
        for pathway in client.pathways:
            step: Step
            for step in pathway:
                assert step.service in CATALOGUE, (client.id, step.service)
                if step.responsible is not None:
                    assert client.team_member(step.responsible) is not None
