"""The ESF+ participant data on the command line: an import and export keep it exactly, and
``export --without-esf`` leaves it out for another organisation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pathways import exchange

PROJECT_ROOT = Path(__file__).resolve().parents[2]

PARTICIPATION: dict[str, Any] = {
    "entered_on": "2025-01-01",
    "status_on_entry": "unemployed",
    "left_on": "2025-08-31",
    "outcome_on_leaving": "employed",
    "gender": "woman",
    "education_on_entry": "isced_5_8",
    "characteristics": ["foreign_background"],
    "characteristics_declined": False,
    "qualification_on_leaving": True,
    "after_six_months": {"checked_on": "2026-02-28", "status": "employed", "improved": True},
}


def esf_file(tmp_path: Path) -> Path:
    document = {"format": "polku.exchange", "version": 1, "clients": [
        {"id": "c1", "name": "Aino", "participation": PARTICIPATION},
        {"id": "c2", "name": "Bo"},
    ]}
    path = tmp_path / "esf.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_export_keeps_the_participant_data_and_without_esf_leaves_it_out(
    polku: Any, tmp_path: Path
) -> None:
    db, source = tmp_path / "x.sqlite3", esf_file(tmp_path)
    assert polku("--db", db, "import", source).returncode == 0
    full, bare = tmp_path / "full.json", tmp_path / "bare.json"
    assert polku("--db", db, "export", "-o", full).returncode == 0
    original = json.loads(source.read_text("utf-8"))
    assert exchange.comparable(json.loads(full.read_text("utf-8"))) == exchange.comparable(
        original)
    result = polku("--lang", "en", "--db", db, "export", "--without-esf", "-o", bare)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"exported 2 clients, 0 pathways, 0 steps to {bare}\n"
    written = json.loads(bare.read_text("utf-8"))
    assert written["clients"][0]["participation"] == {
        "entered_on": "2025-01-01", "status_on_entry": "unemployed", "left_on": "2025-08-31",
        "outcome_on_leaving": "employed"}
    assert "participation" not in written["clients"][1]
    assert "characteristics" not in bare.read_text("utf-8")
    # What it leaves is a valid file of the same format.
    assert polku("--db", tmp_path / "other.sqlite3", "import", bare).returncode == 0


def test_a_rule_of_the_participant_data_is_exit_2_with_its_location(
    polku: Any, tmp_path: Path
) -> None:
    broken = dict(PARTICIPATION, after_six_months={"checked_on": "2026-02-27",
                                                   "status": "employed"})
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"format": "polku.exchange", "version": 1, "clients": [
        {"id": "c1", "name": "Aino", "participation": broken}]}), encoding="utf-8")
    result = polku("--lang", "en", "validate", path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{path}: clients[0].participation.after_six_months.checked_on: checked_on 2026-02-27 "
        "is before the six-month day 2026-02-28 (left_on 2025-08-31 six months later)"]


def test_check_and_report_show_the_follow_up_as_of_today(polku: Any, tmp_path: Path) -> None:
    # Left on 31.8.2025, not followed up: due on 28.2.2026, a month's last day.
    participation = {key: value for key, value in PARTICIPATION.items()
                     if key != "after_six_months"}
    path = tmp_path / "due.json"
    path.write_text(json.dumps({"format": "polku.exchange", "version": 1, "clients": [
        {"id": "c1", "name": "Aino", "participation": participation,
         "pathways": [{"id": "p1", "title": "Polku", "status": "active", "steps": [],
                       "transitions": []}]}]}), encoding="utf-8")
    db = tmp_path / "x.sqlite3"
    assert polku("--db", db, "import", path).returncode == 0

    def follow_ups(today: str) -> list[dict[str, Any]]:
        done = polku("--lang", "en", "--db", db, "check", "--client", "c1", "--today", today,
                     "--json")
        assert done.returncode == 0, done.stderr
        found: list[dict[str, Any]] = [
            f for f in json.loads(done.stdout)["findings"] if f["kind"] == "follow_up"]
        return found

    assert follow_ups("2026-02-27") == []
    [finding] = follow_ups("2026-02-28")
    assert (finding["steps"], finding["due_on"], finding["severity"]) == (
        [], "2026-02-28", "warning")

    def report(today: str) -> dict[str, Any]:
        done = polku("--db", db, "report", "--json", "--today", today)
        assert done.returncode == 0, done.stderr
        document: dict[str, Any] = json.loads(done.stdout)
        return document

    before, on_the_day = report("2026-02-27"), report("2026-02-28")
    assert list(on_the_day["esf"]) == ["total", "woman", "man", "non_binary", "not_given"]
    assert before["esf"]["total"]["follow_up_due"] == 0
    assert on_the_day["esf"]["total"]["follow_up_due"] == 1
    assert on_the_day["esf"]["woman"]["follow_up_due"] == 1
    for key in ("participants", "left", "employed_on_leaving", "unemployed_on_entry"):
        assert on_the_day["esf"]["total"][key] == on_the_day[key]
    assert on_the_day["esf"]["woman"]["isced_5_8"] == 1
    assert on_the_day["esf"]["woman"]["foreign_background"] == 1
