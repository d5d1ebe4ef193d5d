"""The JSON Schema of the exchange format: it accepts what Polku writes and reads, and refuses
what is structurally broken."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from pathways import exchange
from pathways.catalogue import default_codes
from pathways.model import (
    NEED_DOMAINS,
    SECTORS,
    SHARED_INFO,
    STAGES,
    STEP_STATUSES,
    TRANSITION_KINDS,
)

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = exchange.json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture
def example(examples_dir: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (examples_dir / "three-clients.json").read_text(encoding="utf-8"))
    return document


def errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(document)]


def test_the_schema_is_draft_2020_12() -> None:
    assert exchange.json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_it_accepts_the_valid_example(validator: Draft202012Validator,
                                      example: dict[str, Any]) -> None:
    assert errors(validator, example) == []


def test_it_accepts_what_polku_writes(validator: Draft202012Validator,
                                      example: dict[str, Any]) -> None:
    parsed = exchange.loads(json.dumps(example), today=TODAY)
    assert errors(validator, exchange.to_dict(parsed.clients, parsed.catalogue,
                                              source={"system": "Polku"})) == []
    assert errors(validator, json.loads(exchange.dumps(parsed.clients, []))) == []


def test_it_accepts_four_errors_whose_errors_are_all_beyond_structure(
    validator: Draft202012Validator, examples_dir: Path
) -> None:
    # An end before start, a cycle, a wrong check character and an unknown service code: only
    # the validator can see them (references, date order, checksums), so the schema says valid.
    document = json.loads((examples_dir / "invalid" / "four-errors.json").read_text("utf-8"))
    assert errors(validator, document) == []
    assert len(exchange.validate(json.dumps(document), today=TODAY)) == 4


def test_the_codes_are_the_domains() -> None:
    definitions = exchange.json_schema()["$defs"]
    assert definitions["sector"]["enum"] == list(SECTORS)
    assert definitions["stage"]["enum"] == list(STAGES)
    assert definitions["needDomain"]["enum"] == list(NEED_DOMAINS)
    assert definitions["sharedInfo"]["enum"] == list(SHARED_INFO)
    assert definitions["step"]["properties"]["status"]["enum"] == list(STEP_STATUSES)
    assert definitions["transition"]["properties"]["kind"]["enum"] == list(TRANSITION_KINDS)


def _client(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["clients"][0]
    return result


def _step(doc: dict[str, Any], index: int) -> dict[str, Any]:
    result: dict[str, Any] = _client(doc)["pathways"][0]["steps"][index]
    return result


# e1's steps: s1 ongoing (start), s2 ongoing (start), s3 planned.
BROKEN: dict[str, Callable[[dict[str, Any]], object]] = {
    "missing clients": lambda d: d.pop("clients"),
    "missing format": lambda d: d.pop("format"),
    "other format": lambda d: d.update(format="other"),
    "version 2": lambda d: d.update(version=2),
    "version a string": lambda d: d.update(version="1"),
    "unknown top-level key": lambda d: d.update(extra=True),
    "exported_at without offset": lambda d: d.update(exported_at="2026-11-28T12:00:00"),
    "source value a number": lambda d: d.update(source={"system": 1}),
    "missing client name": lambda d: _client(d).pop("name"),
    "blank client name": lambda d: _client(d).update(name="  "),
    "empty client id": lambda d: _client(d).update(id=""),
    "unknown client key": lambda d: _client(d).update(strat="x"),
    "birth_year a string": lambda d: _client(d).update(birth_year="1999"),
    "birth_year true": lambda d: _client(d).update(birth_year=True),
    "birth_year 1899": lambda d: _client(d).update(birth_year=1899),
    "personal_id shape": lambda d: _client(d).update(personal_id="090999/4825"),
    "personal_id lower case": lambda d: _client(d).update(personal_id="010594y9021"),
    "personal_id individual number 001": lambda d: _client(d).update(personal_id="090999-0015"),
    "language of three letters": lambda d: _client(d).update(languages=["fin"]),
    "language twice": lambda d: _client(d).update(languages=["fi", "fi"]),
    "need level 4": lambda d: _client(d)["needs"][0].update(level=4),
    "need domain unknown": lambda d: _client(d)["needs"][0].update(domain="money"),
    "consent without sectors": lambda d: _client(d)["consents"][0].update(sectors=[]),
    "team member sector unknown": lambda d: _client(d)["team"][0].update(sector="church"),
    "step status unknown": lambda d: _step(d, 2).update(status="paused"),
    "step without service": lambda d: _step(d, 2).pop("service"),
    "service code upper case": lambda d: _step(d, 2).update(service="Open_employment"),
    "ongoing without start": lambda d: _step(d, 0).pop("start"),
    "ongoing with a null start": lambda d: _step(d, 0).update(start=None),
    "ongoing with a planned end not a date": lambda d: _step(d, 0).update(end="31.5.2027"),
    "planned with a planned end not a date": lambda d: _step(d, 2).update(end="2027-05"),
    "completed without end": lambda d: _step(d, 0).update(status="completed"),
    "interrupted without start": lambda d: _step(d, 2).update(status="interrupted",
                                                              start=None, end="2026-03-01"),
    "date not a date": lambda d: _step(d, 2).update(start="1.2.2026"),
    "date as a compact date": lambda d: _step(d, 2).update(start="20260201"),
    "month 13": lambda d: _step(d, 2).update(start="2026-13-01"),
    "position without y": lambda d: _step(d, 2).update(position={"x": 1}),
    "title over 200 characters": lambda d: _step(d, 2).update(title="x" * 201),
    "note over 10,000 characters": lambda d: _step(d, 2).update(note="x" * 10_001),
    "control character": lambda d: _step(d, 2).update(note="a\x00b"),
    "transition kind unknown": lambda d: _client(d)["pathways"][0]["transitions"][0].update(
        kind="parallel"),
    "referral a string": lambda d: _client(d)["pathways"][0]["transitions"][0].update(
        referral="yes"),
    "shared_info unknown": lambda d: _client(d)["pathways"][0]["transitions"][0].update(
        shared_info=["diagnosis"]),
    "pathway without transitions": lambda d: _client(d)["pathways"][0].pop("transitions"),
    "pathway status unknown": lambda d: _client(d)["pathways"][0].update(status="open"),
    "left_on without outcome": lambda d: d["clients"][2]["participation"].pop(
        "outcome_on_leaving"),
    "outcome without left_on": lambda d: d["clients"][2]["participation"].update(left_on=None),
    "catalogue entry without fi name": lambda d: d.update(catalogue=[
        {"code": "x", "sector": "social", "stage": "assessment", "names": {"sv": "x"}}]),
    "catalogue code with a dash": lambda d: d.update(catalogue=[
        {"code": "x-y", "sector": "social", "stage": "assessment", "names": {"fi": "x"}}]),
}


@pytest.mark.parametrize("break_structure", BROKEN.values(), ids=BROKEN.keys())
def test_it_refuses_a_structurally_broken_file(
    validator: Draft202012Validator,
    example: dict[str, Any],
    break_structure: Callable[[dict[str, Any]], object],
) -> None:
    broken = copy.deepcopy(example)
    break_structure(broken)
    assert errors(validator, broken) != []
    # What the schema refuses, Polku's validator refuses too.
    assert exchange.validate(json.dumps(broken), today=TODAY) != []


ALLOWED: dict[str, Callable[[dict[str, Any]], object]] = {
    "null for an optional key": lambda d: _client(d).update(notes=None, goal=None, needs=None),
    "planned with both dates": lambda d: _step(d, 2).update(end="2026-03-01"),
    "cancelled with no dates": lambda d: _step(d, 2).update(status="cancelled", start=None),
    "ongoing with a null end": lambda d: _step(d, 0).update(end=None),
    "ongoing with a planned end": lambda d: _step(d, 0).update(end="2027-05-31"),
    "ongoing with a planned end the day it started": lambda d: _step(d, 0).update(
        end="2024-11-01"),
    "position with floats": lambda d: _step(d, 2).update(position={"x": 1.5, "y": -20}),
    "tab, LF and CR in a note": lambda d: _step(d, 2).update(note="a\tb\nc\r\n"),
    "neither left_on nor outcome": lambda d: d["clients"][2]["participation"].update(
        left_on=None, outcome_on_leaving=None),
    "a custom catalogue entry": lambda d: d.update(catalogue=[
        {"code": "own_2", "sector": "social", "stage": "assessment", "names": {"fi": "x"}}]),
    "timestamp in UTC": lambda d: d.update(exported_at="2026-11-28T10:00:00Z"),
}


@pytest.mark.parametrize("change", ALLOWED.values(), ids=ALLOWED.keys())
def test_it_accepts_what_the_format_allows(
    validator: Draft202012Validator,
    example: dict[str, Any],
    change: Callable[[dict[str, Any]], object],
) -> None:
    document = copy.deepcopy(example)
    change(document)
    assert errors(validator, document) == []
    assert exchange.validate(json.dumps(document), today=TODAY) == []


def test_service_code_pattern_accepts_every_default_code() -> None:
    pattern = exchange.json_schema()["$defs"]["serviceCode"]["pattern"]
    assert all(re.fullmatch(pattern, code) for code in default_codes())
