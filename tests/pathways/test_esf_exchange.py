"""The ESF+ participant data in the exchange format: every rule at its location, the six-month
day, "same content" keeping false as a value, the JSON Schema, and the export without it."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from pathways import exchange
from pathways.exchange_read import ESF_PARTICIPATION_KEYS
from pathways.model import FollowUp, Participation, six_month_day

TODAY = date(2026, 11, 28)
PART = "clients[0].participation"

FULL: dict[str, Any] = {
    "entered_on": "2025-01-01",
    "status_on_entry": "long_term_unemployed",
    "left_on": "2025-08-31",
    "outcome_on_leaving": "job_seeking",
    "gender": "non_binary",
    "education_on_entry": "isced_3_4",
    "characteristics": ["rural_area", "disability"],
    "characteristics_declined": False,
    "qualification_on_leaving": False,
    "after_six_months": {"checked_on": "2026-02-28", "status": "employed", "improved": False},
}


def document(participation: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "format": "polku.exchange",
        "version": 1,
        "clients": [{"id": "c1", "name": "Aino",
                     "participation": copy.deepcopy(participation or FULL)}],
    }


def locations(doc: dict[str, Any]) -> list[str]:
    return [p.location for p in exchange.validate(json.dumps(doc), today=TODAY)]


def part(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["clients"][0]["participation"]
    return result


Mutation = Callable[[dict[str, Any]], object]

RULES: dict[str, tuple[Mutation, list[str], Mutation]] = {
    "gender unknown": (
        lambda p: p.update(gender="female"), [f"{PART}.gender"],
        lambda p: p.update(gender="woman")),
    "gender upper case": (
        lambda p: p.update(gender="MAN"), [f"{PART}.gender"],
        lambda p: p.update(gender="man")),
    "gender not a string": (
        lambda p: p.update(gender=1), [f"{PART}.gender"],
        lambda p: p.update(gender=None)),
    "education unknown": (
        lambda p: p.update(education_on_entry="isced_5_6"), [f"{PART}.education_on_entry"],
        lambda p: p.update(education_on_entry="isced_5_8")),
    "characteristic unknown": (
        lambda p: p.update(characteristics=["disability", "refugee"]),
        [f"{PART}.characteristics[1]"],
        lambda p: p.update(characteristics=["minority", "third_country_national",
                                            "foreign_background",
                                            "homeless_or_housing_exclusion"])),
    "characteristic repeated, at its second place": (
        lambda p: p.update(characteristics=["minority", "rural_area", "minority"]),
        [f"{PART}.characteristics[2]"],
        lambda p: p.update(characteristics=["minority", "rural_area"])),
    "characteristics not a list": (
        lambda p: p.update(characteristics="disability"), [f"{PART}.characteristics"],
        lambda p: p.update(characteristics=[])),
    "declined with characteristics": (
        lambda p: p.update(characteristics_declined=True),
        [f"{PART}.characteristics_declined"],
        lambda p: p.update(characteristics_declined=True, characteristics=[])),
    "declined not a boolean": (
        lambda p: p.update(characteristics_declined="yes"),
        [f"{PART}.characteristics_declined"],
        lambda p: p.update(characteristics_declined=True, characteristics=None)),
    "qualification without left_on, at that key only": (
        lambda p: p.update(left_on=None, outcome_on_leaving=None, after_six_months=None),
        [f"{PART}.qualification_on_leaving"],
        lambda p: p.update(qualification_on_leaving=True)),
    "qualification not a boolean": (
        lambda p: p.update(qualification_on_leaving=1), [f"{PART}.qualification_on_leaving"],
        lambda p: p.update(qualification_on_leaving=None)),
    "follow-up without left_on, at that key only": (
        lambda p: p.update(left_on=None, outcome_on_leaving=None,
                           qualification_on_leaving=None),
        [f"{PART}.after_six_months"],
        lambda p: p.update(after_six_months=None)),
    "follow-up a day before the six-month day at a month's end": (
        lambda p: p["after_six_months"].update(checked_on="2026-02-27"),
        [f"{PART}.after_six_months.checked_on"],
        lambda p: p["after_six_months"].update(checked_on="2026-02-28")),
    "follow-up without checked_on": (
        lambda p: p["after_six_months"].pop("checked_on"),
        [f"{PART}.after_six_months.checked_on"],
        lambda p: p["after_six_months"].update(checked_on="2027-01-01")),
    "follow-up without status": (
        lambda p: p["after_six_months"].pop("status"), [f"{PART}.after_six_months.status"],
        lambda p: p["after_six_months"].update(status="self_employed")),
    "follow-up status unknown": (
        lambda p: p["after_six_months"].update(status="retired"),
        [f"{PART}.after_six_months.status"],
        lambda p: p["after_six_months"].update(status="unknown")),
    "follow-up improved not a boolean": (
        lambda p: p["after_six_months"].update(improved="no"),
        [f"{PART}.after_six_months.improved"],
        lambda p: p["after_six_months"].pop("improved")),
    "follow-up unknown key": (
        lambda p: p["after_six_months"].update(improvd=True),
        [f"{PART}.after_six_months.improvd"],
        lambda p: p["after_six_months"].update(improved=True)),
    "follow-up not an object": (
        lambda p: p.update(after_six_months="2026-03-01"), [f"{PART}.after_six_months"],
        lambda p: p.update(after_six_months=None)),
    # The six-month day is judged only against a valid left_on: no follow-on errors.
    "left_on not a date: checked_on is not judged": (
        lambda p: p.update(left_on="2025-02-30"), [f"{PART}.left_on"],
        lambda p: p.update(left_on="2025-08-28")),
}


@pytest.mark.parametrize(("break_rule", "where", "keep_rule"), RULES.values(), ids=RULES.keys())
def test_rule_fails_where_the_spec_says_and_passes_when_kept(
    break_rule: Mutation, where: list[str], keep_rule: Mutation
) -> None:
    broken = document()
    break_rule(part(broken))
    assert locations(broken) == where
    kept = document()
    keep_rule(part(kept))
    assert locations(kept) == []


def test_the_messages_say_what_is_wrong() -> None:
    doc = document()
    part(doc)["after_six_months"]["checked_on"] = "2026-02-27"
    part(doc)["characteristics"] = ["minority", "minority"]
    assert [str(p) for p in exchange.validate(json.dumps(doc), today=TODAY)] == [
        f'{PART}.characteristics[1]: "minority" is already in the list; a list holds each once',
        f"{PART}.after_six_months.checked_on: checked_on 2026-02-27 is before the six-month day "
        "2026-02-28 (left_on 2025-08-31 six months later)",
    ]


@pytest.mark.parametrize(
    ("left_on", "due_on"),
    [
        ("2025-08-31", "2026-02-28"),  # the example: February has no 31st
        ("2026-08-31", "2027-02-28"),  # the spec's example
        ("2023-08-30", "2024-02-29"),  # a leap year's February
        ("2025-12-31", "2026-06-30"),  # into the next year, June has 30 days
        ("2025-06-30", "2025-12-30"),  # the same day number when the month has it
        ("2025-07-31", "2026-01-31"),
        ("2025-01-01", "2025-07-01"),
    ],
)
def test_the_six_month_day(left_on: str, due_on: str) -> None:
    assert six_month_day(date.fromisoformat(left_on)) == date.fromisoformat(due_on)


def test_follow_up_due_on_the_six_month_day_and_not_before() -> None:
    record = Participation(date(2025, 1, 1), "unemployed", date(2025, 8, 31), "job_seeking")
    assert record.six_month_day == date(2026, 2, 28)
    assert not record.follow_up_due(date(2026, 2, 27))
    assert record.follow_up_due(date(2026, 2, 28))
    record.after_six_months = FollowUp(date(2026, 3, 1), "employed")
    assert not record.follow_up_due(date(2026, 3, 2))
    assert not Participation(date(2025, 1, 1), "unemployed").follow_up_due(date(2030, 1, 1))


def test_every_field_reaches_the_domain() -> None:
    parsed = exchange.loads(json.dumps(document()), today=TODAY)
    record = parsed.clients[0].participation
    assert record == Participation(
        entered_on=date(2025, 1, 1),
        status_on_entry="long_term_unemployed",
        left_on=date(2025, 8, 31),
        outcome_on_leaving="job_seeking",
        gender="non_binary",
        education_on_entry="isced_3_4",
        characteristics=["rural_area", "disability"],
        characteristics_declined=False,
        qualification_on_leaving=False,
        after_six_months=FollowUp(date(2026, 2, 28), "employed", False),
    )


def test_the_same_content_keeps_false_as_a_value() -> None:
    original = document()
    parsed = exchange.loads(json.dumps(original), today=TODAY)
    written = exchange.to_dict(parsed.clients, [])
    assert part(written)["characteristics_declined"] is False
    assert part(written)["qualification_on_leaving"] is False
    assert part(written)["after_six_months"]["improved"] is False
    assert exchange.comparable(written) == exchange.comparable(original)
    # false is not absence: a file without them is other content.
    other = document()
    del part(other)["qualification_on_leaving"]
    assert exchange.comparable(other) != exchange.comparable(original)


def test_an_empty_characteristics_list_is_the_same_as_none_and_order_does_not_count() -> None:
    first, second = document(), document()
    part(first)["characteristics"] = []
    del part(second)["characteristics"]
    assert exchange.comparable(first) == exchange.comparable(second)
    third = document()
    part(third)["characteristics"] = ["disability", "rural_area"]
    assert exchange.comparable(third) == exchange.comparable(document())


def test_the_without_esf_form_keeps_only_the_participation_itself() -> None:
    parsed = exchange.loads(json.dumps(document()), today=TODAY)
    record = parsed.clients[0].participation
    assert record is not None
    parsed.clients[0].participation = record.without_esf()
    written = part(exchange.to_dict(parsed.clients, []))
    assert written == {"entered_on": "2025-01-01", "status_on_entry": "long_term_unemployed",
                       "left_on": "2025-08-31", "outcome_on_leaving": "job_seeking"}
    assert not set(written) & set(ESF_PARTICIPATION_KEYS)


# --- The JSON Schema ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(exchange.json_schema())


def test_the_schema_accepts_the_full_record_and_what_polku_writes(
    validator: Draft202012Validator,
) -> None:
    assert list(validator.iter_errors(document())) == []
    parsed = exchange.loads(json.dumps(document()), today=TODAY)
    assert list(validator.iter_errors(exchange.to_dict(parsed.clients, []))) == []


@pytest.mark.parametrize(
    "mutation",
    [
        lambda p: p.update(gender="female"),
        lambda p: p.update(education_on_entry="isced_9"),
        lambda p: p.update(characteristics=["refugee"]),
        lambda p: p.update(characteristics=["minority", "minority"]),
        lambda p: p.update(characteristics_declined=True),
        lambda p: p.update(qualification_on_leaving="yes"),
        lambda p: p.update(left_on=None, outcome_on_leaving=None, after_six_months=None),
        lambda p: p.update(left_on=None, outcome_on_leaving=None,
                           qualification_on_leaving=None),
        lambda p: p["after_six_months"].pop("status"),
        lambda p: p["after_six_months"].update(improved=1),
        lambda p: p["after_six_months"].update(extra=1),
    ],
)
def test_the_schema_refuses_what_is_structurally_broken(
    validator: Draft202012Validator, mutation: Mutation
) -> None:
    doc = document()
    mutation(part(doc))
    assert list(validator.iter_errors(doc)) != []
    assert locations(doc) != []  # and the validator agrees
