"""Writing exchange files, and "same content": what is exported reads back as it was."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pathways import exchange
from pathways.exchange_read import (
    AGREED_VERSION_KEYS,
    CLIENT_KEYS,
    MEETING_KEYS,
    STEP_KEYS,
    TOP_KEYS,
    TRANSITION_KEYS,
)
from pathways.model import Client, Pathway, ServiceType, Step, Transition

TODAY = date(2026, 11, 28)

#: A client with every key the format has, each in the spec's order.
FULL_CLIENT: dict[str, Any] = {
    "id": "c1",
    "name": "Aino Äijälä",
    "personal_id": "131052-308T",
    "birth_year": 1952,
    "municipality": "Lahti",
    "languages": ["fi", "sv"],
    "notes": "Rivi 1\nRivi 2\ttabulaattori",
    "goal": {"outcome": "training", "description": "Ammattitutkinto", "target_date": "2027-06-01"},
    "needs": [{"domain": "health", "level": 1, "assessed_on": "2025-01-10", "note": "Selkä"}],
    "consents": [{"id": "k1", "given_on": "2025-01-01", "expires_on": "2026-01-01",
                  "sectors": ["social", "employment"], "note": "Suullinen"}],
    "team": [{"id": "t1", "name": "Heidi Rantanen", "role": "Ohjaaja",
              "organisation": "Päijät-Hämeen hyvinvointialue", "sector": "social",
              "phone": "+358 40 123 4567", "email": "heidi@example.fi"}],
    "participation": {"entered_on": "2025-01-01", "status_on_entry": "inactive",
                      "left_on": "2025-12-31", "outcome_on_leaving": "in_education"},
    "pathways": [{
        "id": "p1",
        "title": "Polku",
        "status": "active",
        "created_on": "2025-01-02",
        "steps": [
            {"id": "s1", "service": "own_service", "title": "Oma", "provider": "Paja ry",
             "responsible": "t1", "status": "completed", "start": "2025-01-05",
             "end": "2025-02-05", "note": "Hyvin meni", "position": {"x": 10.5, "y": -3.0}},
            {"id": "s2", "service": "vocational_education", "status": "planned"},
        ],
        "transitions": [{"from": "s1", "to": "s2", "kind": "next", "referral": True,
                         "date": "2025-02-01", "shared_info": ["basic", "education"],
                         "consent": "k1", "note": "Lähete"}],
    }],
    "meetings": [{"id": "m1", "date": "2025-02-01", "participants": ["t1"],
                  "client_present": False, "summary": "Yhteenveto",
                  "decisions": ["Haetaan kouluun"], "next_review": "2025-05-01"}],
    "agreed_versions": [{
        "id": "v1", "pathway": "p1", "agreed_on": "2025-02-01", "meeting": "m1",
        "note": "Sovittu", "steps": [{"id": "s1", "service": "own_service", "status": "planned"}],
        "transitions": [],
    }],
}
OWN_SERVICE: dict[str, Any] = {
    "code": "own_service", "sector": "third_sector", "stage": "intermediate",
    "names": {"fi": "Oma palvelu", "sv": "Egen tjänst", "en": "Own service"},
    "description": "Kuvaus", "addresses": ["competence"], "legal_basis": "Laki 381/2023",
    "valid_from": "2024-01-01", "valid_to": "2030-12-31",
}
FULL_DOCUMENT: dict[str, Any] = {
    "format": "polku.exchange",
    "version": 1,
    "exported_at": "2026-11-28T10:00:00+02:00",
    "source": {"organisation": "Testialue", "system": "pytest"},
    "catalogue": [OWN_SERVICE],
    "clients": [FULL_CLIENT],
}


def read(document: dict[str, Any]) -> exchange.ExchangeDocument:
    return exchange.loads(json.dumps(document, ensure_ascii=False), today=TODAY)


def test_a_full_document_is_written_back_key_for_key() -> None:
    parsed = read(FULL_DOCUMENT)
    written = exchange.to_dict(
        parsed.clients, parsed.catalogue, source=parsed.source,
        exported_at=datetime(2026, 11, 28, 10, 0, tzinfo=timezone(timedelta(hours=2))),
    )
    assert written == FULL_DOCUMENT
    # Keys in the spec's order (json.dumps keeps dict order, so the text shows it too).
    assert list(written) == list(TOP_KEYS)
    assert list(written["clients"][0]) == list(CLIENT_KEYS)
    assert list(written["clients"][0]["pathways"][0]["steps"][0]) == list(STEP_KEYS)
    assert list(written["clients"][0]["pathways"][0]["transitions"][0]) == list(TRANSITION_KEYS)
    assert list(written["clients"][0]["meetings"][0]) == list(MEETING_KEYS)
    assert list(written["clients"][0]["agreed_versions"][0]) == list(AGREED_VERSION_KEYS)


def test_three_clients_round_trips_to_the_same_content(examples_dir: Path) -> None:
    original = json.loads((examples_dir / "three-clients.json").read_text(encoding="utf-8"))
    parsed = exchange.loads(json.dumps(original), today=TODAY)
    written = exchange.to_dict(parsed.clients, parsed.catalogue)
    assert exchange.comparable(written) == exchange.comparable(original)
    # The export reads back, and exporting that again gives the very same text.
    text = exchange.dumps(parsed.clients, parsed.catalogue)
    again = exchange.loads(text, today=TODAY)
    assert exchange.dumps(again.clients, again.catalogue) == text
    assert exchange.comparable(json.loads(text)) == exchange.comparable(original)


def test_clients_are_sorted_by_id_and_inner_lists_keep_their_order() -> None:
    steps = [Step(id="z", service="job_coaching", status="planned"),
             Step(id="a", service="work_trial", status="planned")]
    pathway = Pathway("p", "T", steps=steps,
                      transitions=[Transition("z", "a", "support"), Transition("a", "z", "next")])
    clients = [Client(id="b", name="B", pathways=[pathway]), Client(id="a", name="A")]
    written = exchange.to_dict(clients, [])
    assert [c["id"] for c in written["clients"]] == ["a", "b"]
    assert [s["id"] for s in written["clients"][1]["pathways"][0]["steps"]] == ["z", "a"]
    assert [t["kind"] for t in written["clients"][1]["pathways"][0]["transitions"]] == [
        "support", "next"]


def test_absent_values_are_left_out_and_required_lists_kept() -> None:
    pathway = Pathway("p", "T", status="draft",
                      steps=[Step(id="s1", service="work_trial", status="planned"),
                             Step(id="s2", service="work_trial", status="planned")],
                      transitions=[Transition("s1", "s2", "next")])
    written = exchange.to_dict([Client(id="c", name="N", pathways=[pathway, Pathway("q", "U")])],
                               [])
    assert written == {
        "format": "polku.exchange",
        "version": 1,
        "clients": [{"id": "c", "name": "N", "pathways": [
            {"id": "p", "title": "T", "status": "draft",
             "steps": [{"id": "s1", "service": "work_trial", "status": "planned"},
                       {"id": "s2", "service": "work_trial", "status": "planned"}],
             "transitions": [{"from": "s1", "to": "s2", "kind": "next"}]},
            {"id": "q", "title": "U", "status": "draft", "steps": [], "transitions": []},
        ]}],
    }
    assert exchange.to_dict([], [])["clients"] == []


def test_only_the_custom_types_the_exported_steps_use_are_written() -> None:
    def own(code: str) -> ServiceType:
        return ServiceType(code=code, sector="social", stage="assessment", names={"fi": code},
                           custom=True)

    pathway = Pathway("p", "T", steps=[Step(id="s", service="used", status="planned"),
                                       Step(id="t", service="also_used", status="planned")])
    written = exchange.to_dict([Client(id="c", name="N", pathways=[pathway])],
                               [own("unused"), own("used"), own("also_used")])
    assert [entry["code"] for entry in written["catalogue"]] == ["also_used", "used"]
    assert exchange.validate(json.dumps(written), today=TODAY) == []


def test_exported_at_is_written_with_its_offset() -> None:
    def stamp(moment: datetime) -> str:
        value: str = exchange.to_dict([], [], exported_at=moment)["exported_at"]
        return value

    assert stamp(datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=UTC)) == "2026-01-02T03:04:05Z"
    assert stamp(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))) == (
        "2026-01-02T03:04:05+02:00")
    naive = stamp(datetime(2026, 1, 2, 3, 4, 5))  # the workstation's local time, with its offset
    assert exchange.validate(
        json.dumps({"format": "polku.exchange", "version": 1, "exported_at": naive,
                    "clients": []})) == []


def test_dumps_is_indented_utf8_text_with_a_final_newline() -> None:
    parsed = read(FULL_DOCUMENT)
    text = exchange.dumps(parsed.clients, parsed.catalogue)
    assert text.endswith("}\n")
    assert '\n  "version": 1,' in text
    assert "Aino Äijälä" in text  # letters as they are, not \u escapes
    assert json.loads(text)["clients"][0]["name"] == "Aino Äijälä"


def test_comparable_removes_what_does_not_count_and_sorts_what_has_no_order() -> None:
    first = copy.deepcopy(FULL_DOCUMENT)
    second = copy.deepcopy(FULL_DOCUMENT)
    del second["exported_at"], second["source"], second["catalogue"]
    client = second["clients"][0]
    client["languages"].reverse()
    client["consents"][0]["sectors"].reverse()
    client["needs"].insert(0, {"domain": "finances", "level": 0, "note": None})
    first["clients"][0]["needs"].append({"domain": "finances", "level": 0})
    client["team"].append({"id": "t0", "name": "A", "role": "B", "sector": "health"})
    first["clients"][0]["team"].insert(0, {"id": "t0", "name": "A", "role": "B",
                                           "sector": "health"})
    pathway = client["pathways"][0]
    pathway["steps"].reverse()
    pathway["transitions"].insert(0, {"from": "s2", "to": "s1", "kind": "support",
                                      "referral": False, "shared_info": []})
    first["clients"][0]["pathways"][0]["transitions"].append(
        {"from": "s2", "to": "s1", "kind": "support"})
    client["meetings"][0]["participants"] = ["t1", "t0"]
    first["clients"][0]["meetings"][0]["participants"] = ["t0", "t1"]
    second["clients"].insert(0, {"id": "a0", "name": "Z", "pathways": [], "meetings": None})
    first["clients"].append({"id": "a0", "name": "Z"})
    assert exchange.comparable(first) == exchange.comparable(second)
    # …but text is text, exactly as written.
    client["notes"] = client["notes"] + " "
    assert exchange.comparable(first) != exchange.comparable(second)


def test_comparable_keeps_required_empty_lists() -> None:
    base: dict[str, Any] = {"format": "polku.exchange", "version": 1, "clients": [
        {"id": "c", "name": "N", "pathways": [
            {"id": "p", "title": "T", "status": "draft", "steps": [], "transitions": []}]}]}
    without = copy.deepcopy(base)
    del without["clients"][0]["pathways"][0]["steps"]
    assert exchange.comparable(base) != exchange.comparable(without)
    assert exchange.comparable(base)["clients"][0]["pathways"][0]["steps"] == []
