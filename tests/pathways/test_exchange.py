"""The exchange format's rules: each one fails where the spec says and passes when kept."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pathways import exchange
from pathways.catalogue import ServiceCatalogue
from pathways.exchange import ExchangeError, Problem, location
from pathways.model import ServiceType

TODAY = date(2026, 11, 28)

BASE: dict[str, Any] = {
    "format": "polku.exchange",
    "version": 1,
    "exported_at": "2026-11-28T10:00:00+02:00",
    "source": {"organisation": "Testialue", "system": "pytest"},
    "catalogue": [
        {"code": "own_service", "sector": "social", "stage": "work_activity",
         "names": {"fi": "Oma palvelu", "sv": "Egen tjänst"}},
    ],
    "clients": [
        {
            "id": "c1",
            "name": "Aino Esimerkki",
            "personal_id": "131052-308T",
            "birth_year": 1952,
            "municipality": "Lahti",
            "languages": ["fi", "sv"],
            "notes": "Muistiinpano",
            "goal": {"outcome": "training", "target_date": "2027-01-01"},
            "needs": [{"domain": "health", "level": 1}, {"domain": "housing", "level": 3}],
            "consents": [
                {"id": "k1", "given_on": "2025-01-01", "expires_on": "2026-01-01",
                 "sectors": ["social", "employment"]},
                {"id": "k2", "given_on": "2025-02-01", "sectors": ["health"]},
            ],
            "team": [
                {"id": "t1", "name": "Heidi Rantanen", "role": "Ohjaaja", "sector": "social"},
                {"id": "t2", "name": "Olli Saarinen", "role": "Valmentaja",
                 "sector": "employment"},
            ],
            "participation": {"entered_on": "2025-01-01", "status_on_entry": "unemployed",
                              "left_on": "2025-12-31", "outcome_on_leaving": "employed"},
            "pathways": [
                {
                    "id": "p1",
                    "title": "Polku",
                    "status": "active",
                    "steps": [
                        {"id": "s1", "service": "social_rehabilitation", "status": "completed",
                         "start": "2025-01-01", "end": "2025-03-01", "responsible": "t1"},
                        {"id": "s2", "service": "own_service", "status": "ongoing",
                         "start": "2025-03-01"},
                        {"id": "s3", "service": "job_coaching", "status": "planned"},
                    ],
                    "transitions": [
                        {"from": "s1", "to": "s2", "kind": "next", "consent": "k1",
                         "shared_info": ["basic"]},
                        {"from": "s2", "to": "s3", "kind": "next"},
                    ],
                },
                {"id": "p2", "title": "Vaihtoehto", "status": "draft", "steps": [],
                 "transitions": []},
            ],
            "meetings": [{"id": "m1", "date": "2025-02-01", "participants": ["t1"],
                          "next_review": "2025-05-01"}],
        },
        {"id": "c2", "name": "Bo Sundström", "personal_id": "300468-733S", "birth_year": 1968},
    ],
}

C0 = "clients[0]"
P0 = "clients[0].pathways[0]"


def document() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def client(doc: dict[str, Any], index: int = 0) -> dict[str, Any]:
    result: dict[str, Any] = doc["clients"][index]
    return result


def pathway(doc: dict[str, Any], index: int = 0) -> dict[str, Any]:
    result: dict[str, Any] = client(doc)["pathways"][index]
    return result


def step(doc: dict[str, Any], index: int) -> dict[str, Any]:
    result: dict[str, Any] = pathway(doc)["steps"][index]
    return result


def transition(doc: dict[str, Any], index: int) -> dict[str, Any]:
    result: dict[str, Any] = pathway(doc)["transitions"][index]
    return result


def problems(doc: Any, **options: Any) -> list[Problem]:
    text = doc if isinstance(doc, str | bytes) else json.dumps(doc, ensure_ascii=False)
    options.setdefault("today", TODAY)
    return exchange.validate(text, **options)


def locations(doc: Any, **options: Any) -> list[str]:
    return [problem.location for problem in problems(doc, **options)]


Mutation = Callable[[dict[str, Any]], object]


def test_the_base_document_is_valid() -> None:
    assert problems(document()) == []


# (failing mutation, the locations it must be reported at, a passing mutation of the same rule)
RULES: dict[str, tuple[Mutation, list[str], Mutation]] = {
    # Top level
    "unknown top-level key": (
        lambda d: d.update(clientz=[]), ["clientz"], lambda d: d.update(exported_at=None)),
    "exported_at without offset": (
        lambda d: d.update(exported_at="2026-11-28T10:00:00"), ["exported_at"],
        lambda d: d.update(exported_at="2026-11-28T08:00:00.5Z")),
    "exported_at is a date": (
        lambda d: d.update(exported_at="2026-11-28"), ["exported_at"],
        lambda d: d.update(exported_at="2026-11-28T10:00-05:30")),
    "exported_at impossible time": (
        lambda d: d.update(exported_at="2026-11-28T25:00:00Z"), ["exported_at"],
        lambda d: d.pop("exported_at")),
    "source value not a string": (
        lambda d: d.update(source={"organisation": 5}), ["source.organisation"],
        lambda d: d.update(source={"any key": "any value"})),
    "source not an object": (
        lambda d: d.update(source="Testialue"), ["source"], lambda d: d.pop("source")),
    "clients missing": (lambda d: d.pop("clients"), ["clients"], lambda d: d.update(clients=[])),
    "clients not a list": (
        lambda d: d.update(clients={}), ["clients"], lambda d: d.update(clients=[])),
    "client not an object": (
        lambda d: d["clients"].append("c3"), ["clients[2]"], lambda d: d["clients"].pop()),
    # The file's catalogue
    "catalogue reuses a default code": (
        lambda d: d["catalogue"].append({**d["catalogue"][0], "code": "job_coaching"}),
        ["catalogue[1].code"],
        lambda d: d["catalogue"].append({**d["catalogue"][0], "code": "job_coaching_2"})),
    "catalogue code not lower-case letters, digits and _": (
        lambda d: d["catalogue"].append({**d["catalogue"][0], "code": "Oma-palvelu"}),
        ["catalogue[1].code"],
        lambda d: d["catalogue"].append({**d["catalogue"][0], "code": "oma_palvelu_2"})),
    "catalogue code twice": (
        lambda d: d["catalogue"].append(dict(d["catalogue"][0])), ["catalogue[1].code"],
        lambda d: d["catalogue"].append({**d["catalogue"][0], "code": "other"})),
    "catalogue names without fi": (
        lambda d: d["catalogue"][0].update(names={"sv": "Egen tjänst"}),
        ["catalogue[0].names.fi"],
        lambda d: d["catalogue"][0].update(names={"fi": "Oma", "en": None})),
    "catalogue names with another language": (
        lambda d: d["catalogue"][0]["names"].update(de="Eigener Dienst"),
        ["catalogue[0].names.de"],
        lambda d: d["catalogue"][0]["names"].update(en="Own service")),
    "catalogue sector unknown": (
        lambda d: d["catalogue"][0].update(sector="church"), ["catalogue[0].sector"],
        lambda d: d["catalogue"][0].update(sector="third_sector")),
    "catalogue addresses a code twice": (
        lambda d: d["catalogue"][0].update(addresses=["housing", "housing"]),
        ["catalogue[0].addresses[1]"],
        lambda d: d["catalogue"][0].update(addresses=["housing", "finances"])),
    "catalogue valid_to before valid_from": (
        lambda d: d["catalogue"][0].update(valid_from="2025-01-01", valid_to="2024-12-31"),
        ["catalogue[0].valid_to"],
        lambda d: d["catalogue"][0].update(valid_from="2025-01-01", valid_to="2025-01-01")),
    # Client
    "client id twice": (
        lambda d: client(d, 1).update(id="c1"), ["clients[1].id"],
        lambda d: client(d, 1).update(id="C1")),
    "client id empty": (
        lambda d: client(d, 1).update(id=""), ["clients[1].id"],
        lambda d: client(d, 1).update(id=" ")),
    "client id missing": (
        lambda d: client(d, 1).pop("id"), ["clients[1].id"],
        lambda d: client(d, 1).update(id="3f2c9a0e-8c1b-4d2e-9f00-123456789abc")),
    "client name blank": (
        lambda d: client(d).update(name=" \t "), [f"{C0}.name"],
        lambda d: client(d).update(name=" Aino ")),
    "client name missing (null)": (
        lambda d: client(d).update(name=None), [f"{C0}.name"],
        lambda d: client(d).update(name="A")),
    "personal_id check character": (
        lambda d: client(d, 1).update(personal_id="300468-733A"), ["clients[1].personal_id"],
        lambda d: client(d, 1).update(personal_id="300468-733S")),
    "personal_id lower case": (
        lambda d: client(d).update(personal_id="010594y9021", birth_year=None),
        [f"{C0}.personal_id"],
        lambda d: client(d).update(personal_id="010594Y9021", birth_year=1994)),
    "personal_id in the future": (
        lambda d: client(d).update(personal_id="010130A0020", birth_year=None),
        [f"{C0}.personal_id"],
        lambda d: client(d).update(personal_id="281126A002P", birth_year=2026)),
    "personal_id not a string": (
        lambda d: client(d).update(personal_id=131052308), [f"{C0}.personal_id"],
        lambda d: client(d).pop("personal_id")),
    "personal_id twice in the file": (
        lambda d: client(d, 1).update(personal_id="131052-308T", birth_year=1952),
        ["clients[1].personal_id"],
        lambda d: client(d, 1).update(personal_id="131052-309U", birth_year=1952)),
    "birth_year other than the personal_id's": (
        lambda d: client(d).update(birth_year=1953), [f"{C0}.birth_year"],
        lambda d: client(d).update(birth_year=None)),
    "birth_year before 1900": (
        lambda d: client(d, 1).update(birth_year=1899, personal_id=None),
        ["clients[1].birth_year"],
        lambda d: client(d, 1).update(birth_year=1900, personal_id=None)),
    "birth_year after this year": (
        lambda d: client(d, 1).update(birth_year=2027, personal_id=None),
        ["clients[1].birth_year"],
        lambda d: client(d, 1).update(birth_year=2026, personal_id=None)),
    "birth_year is true": (
        lambda d: client(d).update(birth_year=True), [f"{C0}.birth_year"],
        lambda d: client(d).update(birth_year=1952)),
    "birth_year is 1952.0": (
        lambda d: client(d).update(birth_year=1952.0), [f"{C0}.birth_year"],
        lambda d: client(d).update(birth_year=1952)),
    "birth_year is a string": (
        lambda d: client(d).update(birth_year="1952"), [f"{C0}.birth_year"],
        lambda d: client(d).update(birth_year=1952)),
    "language not ISO 639-1": (
        lambda d: client(d).update(languages=["fi", "xx"]), [f"{C0}.languages[1]"],
        lambda d: client(d).update(languages=["fi", "se", "so"])),
    "language upper case": (
        lambda d: client(d).update(languages=["FI"]), [f"{C0}.languages[0]"],
        lambda d: client(d).update(languages=["fi"])),
    "language of three letters": (
        lambda d: client(d).update(languages=["fin"]), [f"{C0}.languages[0]"],
        lambda d: client(d).update(languages=[])),
    "language twice": (
        lambda d: client(d).update(languages=["fi", "sv", "fi"]), [f"{C0}.languages[2]"],
        lambda d: client(d).update(languages=["sv", "fi"])),
    "municipality longer than 200": (
        lambda d: client(d).update(municipality="L" * 201), [f"{C0}.municipality"],
        lambda d: client(d).update(municipality="L" * 200)),
    "notes longer than 10,000": (
        lambda d: client(d).update(notes="n" * 10_001), [f"{C0}.notes"],
        lambda d: client(d).update(notes="n" * 10_000)),
    "name with a control character": (
        lambda d: client(d).update(name="Aino\x00"), [f"{C0}.name"],
        lambda d: client(d).update(name="Aino\tEsimerkki\r\n")),
    "name with DEL": (
        lambda d: client(d).update(name="Aino\x7f"), [f"{C0}.name"],
        lambda d: client(d).update(name="Äijälä 😀")),
    # Goal, needs, consents, team, participation, meetings
    "goal outcome unknown": (
        lambda d: client(d)["goal"].update(outcome="job"), [f"{C0}.goal.outcome"],
        lambda d: client(d)["goal"].update(outcome="work_ability")),
    "goal without outcome": (
        lambda d: client(d)["goal"].pop("outcome"), [f"{C0}.goal.outcome"],
        lambda d: client(d).update(goal=None)),
    "a second need for a domain": (
        lambda d: client(d)["needs"].append({"domain": "health", "level": 2}),
        [f"{C0}.needs[2].domain"],
        lambda d: client(d)["needs"].append({"domain": "finances", "level": 2})),
    "need level 4": (
        lambda d: client(d)["needs"][0].update(level=4), [f"{C0}.needs[0].level"],
        lambda d: client(d)["needs"][0].update(level=0)),
    "need level missing": (
        lambda d: client(d)["needs"][0].pop("level"), [f"{C0}.needs[0].level"],
        lambda d: client(d)["needs"][0].update(level=3)),
    "consent expires before it is given": (
        lambda d: client(d)["consents"][0].update(expires_on="2024-12-31"),
        [f"{C0}.consents[0].expires_on"],
        lambda d: client(d)["consents"][0].update(expires_on="2025-01-01")),
    "consent with no sectors": (
        lambda d: client(d)["consents"][0].update(sectors=[]), [f"{C0}.consents[0].sectors"],
        lambda d: client(d)["consents"][0].update(sectors=["employer"])),
    "consent sector twice": (
        lambda d: client(d)["consents"][0].update(sectors=["social", "social"]),
        [f"{C0}.consents[0].sectors[1]"],
        lambda d: client(d)["consents"][0].update(sectors=["social", "health"])),
    "consent id twice": (
        lambda d: client(d)["consents"][1].update(id="k1"), [f"{C0}.consents[1].id"],
        lambda d: client(d)["consents"][1].update(id="k3")),
    "consent given_on missing": (
        lambda d: client(d)["consents"][1].pop("given_on"), [f"{C0}.consents[1].given_on"],
        lambda d: client(d)["consents"][1].update(given_on="2020-02-29")),
    "team member id twice": (
        lambda d: client(d)["team"][1].update(id="t1"), [f"{C0}.team[1].id"],
        lambda d: client(d)["team"][1].update(id="t3")),
    "team member without role": (
        lambda d: client(d)["team"][1].pop("role"), [f"{C0}.team[1].role"],
        lambda d: client(d)["team"][1].update(organisation="Hämeen hyvinvointialue")),
    "team member sector unknown": (
        lambda d: client(d)["team"][1].update(sector="Employment"), [f"{C0}.team[1].sector"],
        lambda d: client(d)["team"][1].update(sector="employment")),
    "participation left before entering": (
        lambda d: client(d)["participation"].update(left_on="2024-12-31"),
        [f"{C0}.participation.left_on"],
        lambda d: client(d)["participation"].update(left_on="2025-01-01")),
    "participation left_on without outcome": (
        lambda d: client(d)["participation"].pop("outcome_on_leaving"),
        [f"{C0}.participation.outcome_on_leaving"],
        lambda d: [client(d)["participation"].pop(k) for k in ("left_on", "outcome_on_leaving")]),
    "participation outcome without left_on": (
        lambda d: client(d)["participation"].update(left_on=None),
        [f"{C0}.participation.left_on"],
        lambda d: client(d)["participation"].update(left_on=None, outcome_on_leaving=None)),
    "participation status unknown": (
        lambda d: client(d)["participation"].update(status_on_entry="retired"),
        [f"{C0}.participation.status_on_entry"],
        lambda d: client(d)["participation"].update(status_on_entry="in_education")),
    "meeting next_review before the meeting": (
        lambda d: client(d)["meetings"][0].update(next_review="2025-01-31"),
        [f"{C0}.meetings[0].next_review"],
        lambda d: client(d)["meetings"][0].update(next_review="2025-02-01")),
    "meeting participant not in the team": (
        lambda d: client(d)["meetings"][0].update(participants=["t9"]),
        [f"{C0}.meetings[0].participants[0]"],
        lambda d: client(d)["meetings"][0].update(participants=["t2", "t1"])),
    "meeting participant twice": (
        lambda d: client(d)["meetings"][0].update(participants=["t1", "t1"]),
        [f"{C0}.meetings[0].participants[1]"],
        lambda d: client(d)["meetings"][0].update(participants=["t1", "t2"])),
    "meeting id twice": (
        lambda d: client(d)["meetings"].append({"id": "m1", "date": "2025-03-01"}),
        [f"{C0}.meetings[1].id"],
        lambda d: client(d)["meetings"].append({"id": "m2", "date": "2025-03-01"})),
    "meeting client_present not a boolean": (
        lambda d: client(d)["meetings"][0].update(client_present="yes"),
        [f"{C0}.meetings[0].client_present"],
        lambda d: client(d)["meetings"][0].update(client_present=False)),
    "meeting decisions not strings": (
        lambda d: client(d)["meetings"][0].update(decisions=["Jatketaan", 2]),
        [f"{C0}.meetings[0].decisions[1]"],
        lambda d: client(d)["meetings"][0].update(decisions=["Jatketaan", "Tavataan"])),
    # Pathways
    "pathway id twice": (
        lambda d: pathway(d, 1).update(id="p1"), [f"{C0}.pathways[1].id"],
        lambda d: pathway(d, 1).update(id="p3")),
    "two active pathways": (
        lambda d: pathway(d, 1).update(status="active"), [f"{C0}.pathways"],
        lambda d: pathway(d, 1).update(status="closed")),
    "pathway title empty": (
        lambda d: pathway(d, 1).update(title=""), [f"{C0}.pathways[1].title"],
        lambda d: pathway(d, 1).update(title="B")),
    "pathway without steps": (
        lambda d: pathway(d, 1).pop("steps"), [f"{C0}.pathways[1].steps"],
        lambda d: pathway(d, 1).update(steps=[])),
    "pathway without transitions": (
        lambda d: pathway(d, 1).pop("transitions"), [f"{C0}.pathways[1].transitions"],
        lambda d: pathway(d, 1).update(created_on="2025-01-01")),
    "pathway created_on not a date": (
        lambda d: pathway(d, 1).update(created_on="1.1.2025"), [f"{C0}.pathways[1].created_on"],
        lambda d: pathway(d, 1).update(created_on="2025-01-01")),
    # Steps
    "step id twice": (
        lambda d: pathway(d)["steps"].append({**step(d, 2), "id": "s1"}), [f"{P0}.steps[3].id"],
        lambda d: pathway(d)["steps"].append({**step(d, 2), "id": "S1"})),
    "step service unknown": (
        lambda d: step(d, 2).update(service="unknown_service"), [f"{P0}.steps[2].service"],
        lambda d: step(d, 2).update(service="own_service")),
    "step responsible not in the team": (
        lambda d: step(d, 0).update(responsible="t9"), [f"{P0}.steps[0].responsible"],
        lambda d: step(d, 0).update(responsible="t2")),
    "step status unknown": (
        lambda d: step(d, 2).update(status="paused"), [f"{P0}.steps[2].status"],
        lambda d: step(d, 2).update(status="cancelled")),
    "ongoing step without start": (
        lambda d: step(d, 1).pop("start"), [f"{P0}.steps[1].start"],
        lambda d: step(d, 1).update(status="planned", start=None)),
    "completed step without end": (
        lambda d: step(d, 0).pop("end"), [f"{P0}.steps[0].end"],
        lambda d: step(d, 0).update(status="ongoing", end=None)),
    "completed step without start": (
        lambda d: step(d, 0).pop("start"), [f"{P0}.steps[0].start"],
        lambda d: step(d, 0).update(status="cancelled", start=None)),
    "interrupted step without end": (
        lambda d: step(d, 0).update(status="interrupted", end=None), [f"{P0}.steps[0].end"],
        lambda d: step(d, 0).update(status="interrupted")),
    "interrupted step without start": (
        lambda d: step(d, 0).update(status="interrupted", start=None), [f"{P0}.steps[0].start"],
        lambda d: step(d, 0).update(status="interrupted", start="2025-03-01")),
    "ongoing step's planned end before its start": (
        lambda d: step(d, 1).update(end="2025-02-28"), [f"{P0}.steps[1].end"],
        lambda d: step(d, 1).update(end="2025-06-01")),
    "planned step's planned end before its start": (
        lambda d: step(d, 2).update(start="2026-02-01", end="2026-01-31"),
        [f"{P0}.steps[2].end"],
        lambda d: step(d, 2).update(end="2026-01-31")),
    "end before start": (
        lambda d: step(d, 2).update(start="2026-02-01", end="2026-01-01"), [f"{P0}.steps[2].end"],
        lambda d: step(d, 2).update(start="2026-02-01", end="2026-02-01")),
    "start not a real date": (
        lambda d: step(d, 2).update(start="2026-02-30"), [f"{P0}.steps[2].start"],
        lambda d: step(d, 2).update(start="2028-02-29")),
    "start as a compact date": (
        lambda d: step(d, 2).update(start="20260201"), [f"{P0}.steps[2].start"],
        lambda d: step(d, 2).update(start="2026-02-01")),
    "start as a week date": (
        lambda d: step(d, 2).update(start="2026-W05-1"), [f"{P0}.steps[2].start"],
        lambda d: step(d, 2).update(start="2026-01-26")),
    "start with a time": (
        lambda d: step(d, 2).update(start="2026-02-01T00:00:00"), [f"{P0}.steps[2].start"],
        lambda d: step(d, 2).update(start=None)),
    "position without y": (
        lambda d: step(d, 2).update(position={"x": 10}), [f"{P0}.steps[2].position.y"],
        lambda d: step(d, 2).update(position={"x": 10, "y": -2.5})),
    "position x a string": (
        lambda d: step(d, 2).update(position={"x": "10", "y": 0}), [f"{P0}.steps[2].position.x"],
        lambda d: step(d, 2).update(position={"x": 10.0, "y": 0})),
    "position x a boolean": (
        lambda d: step(d, 2).update(position={"x": True, "y": 0}), [f"{P0}.steps[2].position.x"],
        lambda d: step(d, 2).update(position=None)),
    "step title longer than 200": (
        lambda d: step(d, 2).update(title="t" * 201), [f"{P0}.steps[2].title"],
        lambda d: step(d, 2).update(title="t" * 200)),
    "step note longer than 10,000": (
        lambda d: step(d, 2).update(note="n" * 10_001), [f"{P0}.steps[2].note"],
        lambda d: step(d, 2).update(note="n\n" * 5_000)),
    # Transitions
    "transition from an unknown step": (
        lambda d: transition(d, 1).update({"from": "s9"}), [f"{P0}.transitions[1].from"],
        lambda d: transition(d, 1).update({"from": "s1"})),
    "transition to its own step": (
        lambda d: transition(d, 1).update(to="s2"), [f"{P0}.transitions[1].to"],
        lambda d: transition(d, 1).update(to="s3", kind="support")),
    "transition twice": (
        lambda d: pathway(d)["transitions"].append({"from": "s1", "to": "s2", "kind": "next"}),
        [f"{P0}.transitions[2]"],
        lambda d: pathway(d)["transitions"].append({"from": "s1", "to": "s2", "kind": "support"})),
    "transition kind unknown": (
        lambda d: transition(d, 1).update(kind="Next"), [f"{P0}.transitions[1].kind"],
        lambda d: transition(d, 1).update(kind="support")),
    "transition consent unknown": (
        lambda d: transition(d, 0).update(consent="k9"), [f"{P0}.transitions[0].consent"],
        lambda d: transition(d, 0).update(consent="k2")),
    "transition shared_info unknown": (
        lambda d: transition(d, 0).update(shared_info=["diagnosis"]),
        [f"{P0}.transitions[0].shared_info[0]"],
        lambda d: transition(d, 0).update(shared_info=["health", "plan"])),
    "transition shared_info twice": (
        lambda d: transition(d, 0).update(shared_info=["plan", "plan"]),
        [f"{P0}.transitions[0].shared_info[1]"],
        lambda d: transition(d, 0).update(shared_info=[])),
    "transition referral a string": (
        lambda d: transition(d, 0).update(referral="true"), [f"{P0}.transitions[0].referral"],
        lambda d: transition(d, 0).update(referral=True, date="2025-03-01")),
    "next transitions in a cycle": (
        lambda d: pathway(d)["transitions"].append({"from": "s3", "to": "s1", "kind": "next"}),
        [f"{P0}.transitions"],
        lambda d: pathway(d)["transitions"].append(
            {"from": "s3", "to": "s1", "kind": "support"})),
    # Unknown keys at every level
    "unknown key in a step": (
        lambda d: step(d, 1).update(strat="2025-03-01"), [f"{P0}.steps[1].strat"],
        lambda d: step(d, 1).update(note="strat")),
    "unknown key in a client, not an identifier": (
        lambda d: client(d).update({"home town": "Lahti"}), [f'{C0}["home town"]'],
        lambda d: client(d).update(municipality="Lahti")),
    "unknown key in a transition": (
        lambda d: transition(d, 0).update(type="next"), [f"{P0}.transitions[0].type"],
        lambda d: transition(d, 0).update(note="type")),
}


@pytest.mark.parametrize(("break_rule", "where", "keep_rule"), RULES.values(), ids=RULES.keys())
def test_rule_fails_where_the_spec_says_and_passes_when_kept(
    break_rule: Mutation, where: list[str], keep_rule: Mutation
) -> None:
    broken = document()
    break_rule(broken)
    assert locations(broken) == where
    kept = document()
    keep_rule(kept)
    assert problems(kept) == []


def test_four_errors_reports_exactly_its_four_locations_in_order(examples_dir: Path) -> None:
    expected = (examples_dir / "invalid" / "four-errors.expected.txt").read_text().split()
    data = (examples_dir / "invalid" / "four-errors.json").read_bytes()
    assert locations(data) == expected
    with pytest.raises(ExchangeError) as caught:
        exchange.loads(data, today=TODAY)
    assert [p.location for p in caught.value.problems] == expected


def test_four_errors_messages_say_what_is_wrong(examples_dir: Path) -> None:
    found = problems((examples_dir / "invalid" / "four-errors.json").read_bytes())
    assert [str(p) for p in found] == [
        "clients[0].pathways[0].steps[2].end: end 2026-01-01 is before start 2026-02-01",
        'clients[1].pathways[0].transitions: the next transitions form a cycle: '
        '"s1" → "s2" → "s3" → "s1"',
        "clients[2].personal_id: the check character of the personal identity code does not "
        "match",
        'clients[2].pathways[0].steps[0].service: unknown service code "unknown_service": it '
        "is neither in the service catalogue nor in the file's catalogue",
    ]


def test_three_clients_is_valid(examples_dir: Path) -> None:
    assert problems((examples_dir / "three-clients.json").read_bytes()) == []


def test_every_error_of_a_file_is_reported_in_document_order() -> None:
    doc = document()
    step(doc, 0).pop("end")  # missing: reported after the keys the step has
    step(doc, 0).update(responsible="t9")
    pathway(doc)["transitions"].append({"from": "s3", "to": "s1", "kind": "next"})
    client(doc, 1).update(birth_year=1969, name="")
    client(doc).update(languages=["fi", "FI"])
    doc["catalogue"][0]["sector"] = "church"
    assert locations(doc) == [
        "catalogue[0].sector",
        f"{C0}.languages[1]",
        f"{P0}.steps[0].responsible",
        f"{P0}.steps[0].end",
        f"{P0}.transitions",
        "clients[1].name",
        "clients[1].birth_year",
    ]


def test_document_order_follows_the_keys_as_written() -> None:
    # The same step with its keys in two orders: the problems follow the text, not the spec.
    text = ('{"format": "polku.exchange", "version": 1, "clients": [{"id": "c", "name": "N", '
            '"pathways": [{"id": "p", "title": "T", "status": "draft", "transitions": [], '
            '"steps": [{"status": "planned", "note": 5, "service": "nope", "id": "s"}]}]}], '
            '"catalogue": [{"code": "job_coaching", "sector": "social", "stage": "assessment", '
            '"names": {"fi": "x"}}]}')
    assert locations(text) == [
        "clients[0].pathways[0].steps[0].note",
        "clients[0].pathways[0].steps[0].service",
        "catalogue[0].code",
    ]


def test_a_missing_required_key_is_reported_where_it_should_be() -> None:
    doc = document()
    for key in ("id", "service", "status"):
        step(doc, 2).pop(key)
    assert locations(doc) == [f"{P0}.steps[2].id", f"{P0}.steps[2].service",
                              f"{P0}.steps[2].status"]
    assert {p.message for p in problems(doc)} == {"required but missing"}


def test_null_means_the_same_as_leaving_out() -> None:
    doc = document()
    step(doc, 2).update(title=None, provider=None, responsible=None, start=None, end=None,
                        note=None, position=None)
    client(doc, 1).update(languages=None, goal=None, needs=None, consents=None, team=None,
                          participation=None, pathways=None, meetings=None, notes=None)
    doc.update(exported_at=None, source=None, catalogue=None)
    step(doc, 1).update(service="job_coaching")
    assert problems(doc) == []
    step(doc, 1).update(start=None)  # ongoing: a null start is a missing start
    assert locations(doc) == [f"{P0}.steps[1].start"]


# --- Follow-on errors are not reported -------------------------------------------------------


def test_a_value_of_the_wrong_type_is_reported_once() -> None:
    doc = document()
    step(doc, 1).update(start=20250301)  # ongoing: no "start required" on top of the type error
    step(doc, 0).update(end="2025-13-01")  # completed: no "end required", no order check
    client(doc).update(team="t1, t2")  # no "unknown team member" for s1 or m1
    client(doc).update(consents={"id": "k1"})  # no "unknown consent" for the transition
    step(doc, 2).update(status="ongoing", start="2026-01-01", end="soon")  # a bad planned end
    found = problems(doc)
    assert [p.location for p in found] == [
        f"{C0}.consents",
        f"{C0}.team",
        f"{P0}.steps[0].end",
        f"{P0}.steps[1].start",
        f"{P0}.steps[2].end",
    ]
    assert found[0].message == "expected a list, found an object"
    assert found[3].message == "expected a date (YYYY-MM-DD), found 20250301"


def test_steps_that_cannot_be_read_silence_unknown_step_references() -> None:
    doc = document()
    pathway(doc)["steps"] = "s1 s2 s3"
    assert locations(doc) == [f"{P0}.steps"]
    doc = document()
    step(doc, 2).pop("id")
    assert locations(doc) == [f"{P0}.steps[2].id"]  # not also transitions[1].to


def test_a_transition_to_an_unknown_step_is_left_out_of_the_cycle_check() -> None:
    doc = document()
    pathway(doc)["transitions"].append({"from": "s3", "to": "s9", "kind": "next"})
    pathway(doc)["transitions"].append({"from": "s9", "to": "s1", "kind": "next"})
    assert locations(doc) == [f"{P0}.transitions[2].to", f"{P0}.transitions[3].from"]


def test_a_cycle_is_reported_once_per_pathway() -> None:
    doc = document()
    pathway(doc)["transitions"].append({"from": "s3", "to": "s1", "kind": "next"})
    pathway(doc)["transitions"].append({"from": "s2", "to": "s1", "kind": "next"})
    pathway(doc, 1)["steps"] = [{"id": "a", "service": "job_coaching", "status": "planned"},
                                {"id": "b", "service": "job_coaching", "status": "planned"}]
    pathway(doc, 1)["transitions"] = [{"from": "a", "to": "b", "kind": "next"},
                                      {"from": "b", "to": "a", "kind": "next"}]
    assert locations(doc) == [f"{P0}.transitions", f"{C0}.pathways[1].transitions"]


def test_a_birth_year_is_compared_only_with_a_valid_personal_id() -> None:
    doc = document()
    client(doc).update(personal_id="131052-308A", birth_year=1999)
    assert locations(doc) == [f"{C0}.personal_id"]


def test_an_unknown_service_is_not_reported_when_a_catalogue_entry_cannot_be_read() -> None:
    doc = document()
    doc["catalogue"][0].pop("code")
    assert locations(doc) == ["catalogue[0].code"]


# --- The database's side: catalogue and personal_ids ------------------------------------------


def test_a_service_code_may_come_from_the_receivers_catalogue() -> None:
    doc = document()
    step(doc, 2).update(service="db_service")
    assert locations(doc) == [f"{P0}.steps[2].service"]
    stored = ServiceType(code="db_service", sector="social", stage="assessment",
                         names={"fi": "Tietokannan palvelu"}, custom=True)
    assert problems(doc, catalogue=ServiceCatalogue([stored])) == []


def test_a_personal_id_taken_in_the_database_by_another_client() -> None:
    doc = document()
    found = problems(doc, taken_personal_ids={"131052-308T": "db-7"})
    assert [str(p) for p in found] == [
        f'{C0}.personal_id: client "db-7" in the database has the same personal identity code'
    ]
    # The same client id is the same person (an import that replaces the client).
    assert problems(doc, taken_personal_ids={"131052-308T": "c1"}) == []


def test_a_planned_end_on_an_ongoing_or_planned_step_is_read_and_written_back() -> None:
    doc = document()
    step(doc, 1).update(end="2027-05-31")  # ongoing: the decided end of the work trial
    step(doc, 2).update(start="2027-06-01", end="2027-12-31")  # planned: its planned dates
    parsed = exchange.loads(json.dumps(doc), today=TODAY)
    steps = parsed.clients[0].pathways[0].steps
    assert [(s.status, s.end) for s in steps[1:]] == [
        ("ongoing", date(2027, 5, 31)), ("planned", date(2027, 12, 31))]
    written = json.loads(exchange.dumps(parsed.clients, []))
    assert [s.get("end") for s in written["clients"][0]["pathways"][0]["steps"][1:]] == [
        "2027-05-31", "2027-12-31"]


def test_catalogue_conflicts_with_the_database() -> None:
    parsed = exchange.loads(json.dumps(document()), today=TODAY)
    same = ServiceType(code="own_service", sector="social", stage="work_activity",
                       names={"fi": "Oma palvelu", "sv": "Egen tjänst"}, custom=True)
    other = ServiceType(code="own_service", sector="health", stage="work_activity",
                        names={"fi": "Oma palvelu"}, custom=True)
    assert exchange.catalogue_conflicts(parsed, ServiceCatalogue([same])) == []
    assert [p.location for p in exchange.catalogue_conflicts(
        parsed, ServiceCatalogue([other]))] == ["catalogue[0].code"]


# --- JSON itself: BOM, duplicate keys, NaN, surrogates ---------------------------------------


def test_a_byte_order_mark_is_accepted() -> None:
    text = json.dumps(document(), ensure_ascii=False)
    assert problems(b"\xef\xbb\xbf" + text.encode("utf-8")) == []
    assert problems("\ufeff" + text) == []


def test_a_duplicate_key_is_reported_at_its_second_occurrence() -> None:
    text = json.dumps(document(), ensure_ascii=False)
    text = text.replace('"name": "Aino Esimerkki"', '"name": "Aino", "name": "Aino Esimerkki"')
    text = text.replace('"format": "polku.exchange"', '"format": "polku.exchange", "version": 1')
    found = problems(text)
    assert [p.location for p in found] == ["version", f"{C0}.name"]
    assert found[1].message == 'duplicate key "name": a key may occur once in an object'


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_nan_and_infinity_are_not_numbers(literal: str) -> None:
    doc = document()
    step(doc, 2).update(position={"x": 1, "y": 2})
    text = json.dumps(doc).replace('"y": 2}', f'"y": {literal}}}')
    found = problems(text)
    assert [p.location for p in found] == [f"{P0}.steps[2].position.y"]
    assert "NaN and Infinity are not allowed" in found[0].message


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "a\\udc00b", "\\ude00\\ud83d"])
def test_a_lone_surrogate_is_refused(escape: str) -> None:
    text = json.dumps(document()).replace('"Aino Esimerkki"', f'"{escape}"')
    found = problems(text)
    assert [p.location for p in found] == [f"{C0}.name"]
    assert "lone surrogate" in found[0].message
    # The message stays printable on one line.
    found[0].message.encode("utf-8")


def test_a_surrogate_pair_is_one_character_and_valid() -> None:
    text = json.dumps(document()).replace('"Aino Esimerkki"', '"Aino \\ud83d\\ude00"')
    assert problems(text) == []


def test_a_lone_surrogate_in_an_unknown_key_is_shown_escaped() -> None:
    text = json.dumps(document()).replace('"municipality"', '"\\ud800"', 1)
    found = problems(text)
    assert [p.location for p in found] == [f'{C0}["\\ud800"]']
    str(found[0]).encode("utf-8")


# --- Refused files: one line ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        (b"", "", "not a JSON file"),
        (b"{\"format\": ", "", "not a JSON file"),
        (b"<xml/>", "", "not a JSON file"),
        (b"\xff\xfe{}", "", "not a UTF-8 text file"),
        (b"[" * 100_000 + b"]" * 100_000, "", "nested too deeply"),
        (b"[]", "", "not a JSON object"),
        (b'"polku.exchange"', "", "not a JSON object"),
        (b'{"version": 1, "clients": []}', "format", '"format" is missing'),
        (b'{"format": "other.format", "version": 1}', "format", "not a Polku exchange file"),
        (b'{"format": "polku.exchange", "clients": []}', "version", "version"),
        (b'{"format": "polku.exchange", "version": 2, "clients": []}', "version", "version 2"),
        (b'{"format": "polku.exchange", "version": "1", "clients": []}', "version", '"1"'),
        (b'{"format": "polku.exchange", "version": 1.0, "clients": []}', "version", "1.0"),
        (b'{"format": "polku.exchange", "version": true, "clients": []}', "version", "true"),
    ],
)
def test_a_file_that_is_not_an_exchange_file_of_version_1_is_refused_with_one_line(
    data: bytes, where: str, words: str
) -> None:
    found = problems(data)
    assert len(found) == 1
    assert found[0].location == where
    assert words in found[0].message
    assert "\n" not in str(found[0])


def test_version_1_with_problems_inside_is_not_refused() -> None:
    assert locations('{"format": "polku.exchange", "version": 1, "clients": [{}]}') == [
        "clients[0].id", "clients[0].name"]
    assert problems('{"format": "polku.exchange", "version": 1, "clients": []}') == []


# --- Locations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "text"),
    [
        (("clients", 0, "pathways", 1, "a b"), 'clients[0].pathways[1]["a b"]'),
        (("clients", 3, "id"), "clients[3].id"),
        (("format",), "format"),
        (("a b",), '["a b"]'),
        (("clients", 0, ""), 'clients[0][""]'),
        (("clients", 0, 'say "hi"\n'), 'clients[0]["say \\"hi\\"\\n"]'),
        (("clients", 0, "kotikunta_ä"), 'clients[0]["kotikunta_ä"]'),
        (("clients", 0, "1st"), 'clients[0]["1st"]'),
        (("clients", 0, "line\u2028sep"), 'clients[0]["line\\u2028sep"]'),
        (("_private", 2), "_private[2]"),
        ((), ""),
    ],
)
def test_location_format(parts: tuple[str | int, ...], text: str) -> None:
    assert location(*parts) == text


def test_problem_text_and_error_lines() -> None:
    assert str(Problem("clients[0].id", "required but missing")) == (
        "clients[0].id: required but missing")
    assert str(Problem("", "not a JSON file")) == "not a JSON file"
    error = ExchangeError([Problem("a", "b"), Problem("", "c")], "in.json")
    assert error.lines == ["in.json: a: b", "in.json: c"]
    assert error.exit_status == 2


def test_unknown_key_suggests_the_key_meant() -> None:
    doc = document()
    step(doc, 1).update(strat="2025-03-01")
    assert problems(doc)[0].message == 'unknown key; did you mean "start"?'


def test_a_code_in_upper_case_says_codes_are_lower_case() -> None:
    doc = document()
    step(doc, 2).update(status="Planned")
    assert problems(doc)[0].message == 'codes are written in lower case: "planned"'


# --- Files ------------------------------------------------------------------------------------


def test_load_file_names_the_file_in_every_line(tmp_path: Path, examples_dir: Path) -> None:
    source = examples_dir / "invalid" / "four-errors.json"
    with pytest.raises(ExchangeError) as caught:
        exchange.load_file(source, today=TODAY)
    assert len(caught.value.lines) == 4
    assert all(line.startswith(f"{source}: clients[") for line in caught.value.lines)
    with pytest.raises(ExchangeError) as caught:
        exchange.load_file(tmp_path / "missing.json")
    assert caught.value.lines == [f"{tmp_path / 'missing.json'}: no such file"]
    with pytest.raises(ExchangeError) as caught:
        exchange.load_file(tmp_path)
    assert len(caught.value.lines) == 1


def test_loads_builds_the_domain_objects(examples_dir: Path) -> None:
    parsed = exchange.load_file(examples_dir / "three-clients.json", today=TODAY)
    assert [c.id for c in parsed.clients] == ["e1", "e2", "e3"]
    assert parsed.exported_at == "2026-11-28T12:00:00+02:00"
    assert parsed.source == {"organisation": "Esimerkkialue", "system": "example"}
    first = parsed.clients[0]
    assert first.personal_id == "090999-4825" and first.birth_year == 1999
    active = first.active_pathway()
    assert active is not None
    assert [s.id for s in active.steps] == ["s1", "s2", "s3"]
    assert active.step("s1").start == date(2024, 11, 1)
    move = active.transition(("s2", "s3", "next"))
    assert move.consent == "k1" and move.shared_info == ["plan"] and not move.referral
    assert parsed.clients[1].pathways[0].transitions[0].referral is True


def test_loads_builds_custom_service_types_and_positions() -> None:
    doc = document()
    step(doc, 2).update(position={"x": 120, "y": 40.5})
    parsed = exchange.loads(json.dumps(doc), today=TODAY)
    assert parsed.catalogue == [ServiceType(
        code="own_service", sector="social", stage="work_activity",
        names={"fi": "Oma palvelu", "sv": "Egen tjänst"}, custom=True)]
    assert parsed.catalogue[0].custom
    assert parsed.clients[0].pathways[0].step("s3").position == (120.0, 40.5)
    assert parsed.clients[0].participation is not None
    assert parsed.clients[0].participation.outcome_on_leaving == "employed"


def test_a_key_too_long_for_any_key_is_cut_short_in_its_location() -> None:
    from pathways.exchange import location

    long_key = "A" * 5000
    shown = location("clients", 0, long_key)
    assert shown.startswith('clients[0]["AAAA') and shown.endswith('…"]')
    assert len(shown) < 230
    assert location("a", "\u202eevil") == 'a["\\u202eevil"]'  # no reordering of the line
