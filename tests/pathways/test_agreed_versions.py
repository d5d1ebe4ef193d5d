"""Agreed versions in the domain and the exchange format: each rule fails where the spec says and
passes when kept; a version is carried through write → read unchanged (no Qt, no database)."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from pathways import exchange
from pathways.model import AgreedVersion, Pathway, Step, Transition

TODAY = date(2026, 11, 28)

VERSION: dict[str, Any] = {
    "id": "v1",
    "pathway": "p1",
    "agreed_on": "2025-03-12",
    "meeting": "m1",
    "note": "Sovittu palaverissa",
    "steps": [
        {"id": "s1", "service": "social_rehabilitation", "status": "ongoing",
         "start": "2025-01-01", "responsible": "t1"},
        {"id": "s2", "service": "own_service", "status": "planned"},
    ],
    "transitions": [{"from": "s1", "to": "s2", "kind": "next", "consent": "k1"}],
}

BASE: dict[str, Any] = {
    "format": "polku.exchange",
    "version": 1,
    "catalogue": [
        {"code": "own_service", "sector": "social", "stage": "work_activity",
         "names": {"fi": "Oma palvelu"}},
    ],
    "clients": [
        {
            "id": "c1",
            "name": "Aino Esimerkki",
            "team": [{"id": "t1", "name": "Heidi", "role": "Ohjaaja", "sector": "social"}],
            "consents": [{"id": "k1", "given_on": "2025-01-01", "sectors": ["social"]}],
            "pathways": [
                {"id": "p1", "title": "Polku", "status": "active",
                 "steps": [{"id": "s1", "service": "social_rehabilitation",
                            "status": "ongoing", "start": "2025-01-01"}],
                 "transitions": []},
            ],
            "meetings": [{"id": "m1", "date": "2025-03-12", "decisions": ["Työkokeilu"]}],
            "agreed_versions": [VERSION],
        }
    ],
}

V0 = "clients[0].agreed_versions[0]"


def document() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def version(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["clients"][0]["agreed_versions"][0]
    return result


def locations(doc: dict[str, Any]) -> list[str]:
    text = json.dumps(doc, ensure_ascii=False)
    return [p.location for p in exchange.validate(text, today=TODAY)]


def test_the_base_document_with_a_version_is_valid() -> None:
    assert locations(document()) == []


Mutation = Callable[[dict[str, Any]], object]

RULES: dict[str, tuple[Mutation, list[str], Mutation]] = {
    "id is required": (
        lambda d: version(d).pop("id"), [f"{V0}.id"],
        lambda d: version(d).update(id="another")),
    "ids are unique among the client's versions": (
        lambda d: d["clients"][0]["agreed_versions"].append(copy.deepcopy(VERSION)),
        ["clients[0].agreed_versions[1].id"],
        lambda d: d["clients"][0]["agreed_versions"].append({**copy.deepcopy(VERSION),
                                                             "id": "v2"})),
    "pathway must name a pathway of the client": (
        lambda d: version(d).update(pathway="p9"), [f"{V0}.pathway"],
        lambda d: version(d).update(pathway="p1")),
    "pathway is required": (
        lambda d: version(d).pop("pathway"), [f"{V0}.pathway"], lambda d: None),
    "agreed_on is a date": (
        lambda d: version(d).update(agreed_on="12.3.2025"), [f"{V0}.agreed_on"],
        lambda d: version(d).update(agreed_on="2025-03-13")),
    "agreed_on is required": (
        lambda d: version(d).pop("agreed_on"), [f"{V0}.agreed_on"], lambda d: None),
    "meeting is history: type only": (
        lambda d: version(d).update(meeting=7), [f"{V0}.meeting"],
        lambda d: version(d).update(meeting="a meeting since removed")),
    "responsible is history: type only": (
        lambda d: version(d)["steps"][0].update(responsible=["t1"]),
        [f"{V0}.steps[0].responsible"],
        lambda d: version(d)["steps"][0].update(responsible="a member who left")),
    "consent is history: type only": (
        lambda d: version(d)["transitions"][0].update(consent=False),
        [f"{V0}.transitions[0].consent"],
        lambda d: version(d)["transitions"][0].update(consent="an old consent")),
    "steps by the Step rules": (
        lambda d: version(d)["steps"][0].pop("start"), [f"{V0}.steps[0].start"],
        lambda d: version(d)["steps"][0].update(start="2025-02-01")),
    "step service codes must be known": (
        lambda d: version(d)["steps"][1].update(service="nonexistent"),
        [f"{V0}.steps[1].service"],
        lambda d: version(d)["steps"][1].update(service="job_coaching")),
    "step ids unique within the version": (
        lambda d: version(d)["steps"][1].update(id="s1"),
        [f"{V0}.steps[1].id", f"{V0}.transitions[0].to"],  # s2 is gone: as in a pathway
        lambda d: version(d)["steps"].append({"id": "s3", "service": "job_coaching",
                                              "status": "planned"})),
    "transitions name steps of the version": (
        lambda d: version(d)["transitions"][0].update(to="s9"),
        [f"{V0}.transitions[0].to"], lambda d: None),
    "transitions are unique": (
        lambda d: version(d)["transitions"].append({"from": "s1", "to": "s2", "kind": "next"}),
        [f"{V0}.transitions[1]"],
        lambda d: version(d)["transitions"].append(
            {"from": "s1", "to": "s2", "kind": "support"})),
    "steps and transitions are required": (
        lambda d: version(d).pop("transitions"), [f"{V0}.transitions"],
        lambda d: version(d).update(transitions=[])),
    "unknown keys": (
        lambda d: version(d).update(pathway_id="p1"), [f"{V0}.pathway_id"],
        lambda d: version(d).update(note=None)),
    "a version is an object": (
        lambda d: d["clients"][0].update(agreed_versions=["v1"]), [f"{V0}"],
        lambda d: d["clients"][0].update(agreed_versions=[])),
}


@pytest.mark.parametrize("rule", list(RULES))
def test_each_rule_fails_where_the_spec_says_and_passes_when_kept(rule: str) -> None:
    failing, expected, passing = RULES[rule]
    bad = document()
    failing(bad)
    assert locations(bad) == expected
    good = document()
    passing(good)
    assert locations(good) == []


def test_a_missing_step_is_named_as_the_versions() -> None:
    doc = document()
    version(doc)["transitions"][0]["to"] = "s9"
    problems = exchange.validate(json.dumps(doc), today=TODAY)
    assert [str(p) for p in problems] == [
        f'{V0}.transitions[0].to: no step of this agreed version has the id "s9"']


def test_a_pathway_that_cannot_be_read_does_not_make_its_versions_errors() -> None:
    doc = document()
    doc["clients"][0]["pathways"][0] = "p1"  # reported once, at the pathway
    assert locations(doc) == ["clients[0].pathways[0]"]


def test_read_then_write_keeps_the_version_exactly() -> None:
    parsed = exchange.loads(json.dumps(BASE), today=TODAY)
    kept = parsed.clients[0].agreed_versions[0]
    assert kept.id == "v1" and kept.pathway_id == "p1" and kept.meeting_id == "m1"
    assert kept.agreed_on == date(2025, 3, 12)
    assert [s.id for s in kept.steps] == ["s1", "s2"]
    written = exchange.to_dict(parsed.clients, parsed.catalogue)
    assert written["clients"][0]["agreed_versions"] == [VERSION]
    assert exchange.comparable(written) == exchange.comparable(BASE)


def test_export_writes_the_custom_service_types_that_only_a_version_uses() -> None:
    parsed = exchange.loads(json.dumps(BASE), today=TODAY)
    assert all(s.service != "own_service" for s in parsed.clients[0].pathways[0].steps)
    written = exchange.to_dict(parsed.clients, parsed.catalogue)
    assert [t["code"] for t in written["catalogue"]] == ["own_service"]


def test_same_content_sorts_versions_by_id_and_an_empty_list_is_none() -> None:
    doc = document()
    second = {**copy.deepcopy(VERSION), "id": "a0"}
    doc["clients"][0]["agreed_versions"].append(second)
    reordered = document()
    reordered["clients"][0]["agreed_versions"].insert(0, copy.deepcopy(second))
    reordered["clients"][0]["agreed_versions"][1]["steps"].reverse()
    assert exchange.comparable(doc) == exchange.comparable(reordered)
    empty = document()
    empty["clients"][0]["agreed_versions"] = []
    none = document()
    del none["clients"][0]["agreed_versions"]
    assert exchange.comparable(empty) == exchange.comparable(none)


def test_the_schema_accepts_a_version_and_refuses_an_unknown_key() -> None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(exchange.json_schema())
    assert list(validator.iter_errors(document())) == []
    bad = document()
    version(bad)["agreed"] = True
    assert list(validator.iter_errors(bad)) != []


def test_a_version_does_not_change_when_its_pathway_does() -> None:
    pathway = Pathway("p1", "Polku", steps=[Step("s1", "job_coaching", "planned")])
    kept = AgreedVersion.of(pathway, id="v1", agreed_on=date(2026, 3, 12))
    pathway.replace_step(dataclasses.replace(pathway.step("s1"), status="ongoing"))
    pathway.add_step(Step("s2", "job_coaching", "planned"))
    pathway.add_transition(Transition("s1", "s2", "next"))
    assert [(s.id, s.status) for s in kept.steps] == [("s1", "planned")]
    assert kept.transitions == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        kept.agreed_on = date(2026, 1, 1)  # type: ignore[misc]
    copy_of = kept.as_pathway()
    copy_of.replace_step(dataclasses.replace(copy_of.step("s1"), status="cancelled"))
    assert kept.steps[0].status == "planned"
