"""`polku check` and `polku report` as a user runs them: exit statuses, text, JSON and files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

# --- check -------------------------------------------------------------------------------------


def test_check_json_lists_the_findings_of_the_active_pathway(polku: Any, example_db: Path) -> None:
    done = polku("check", "--client", "e1", "--today", "2026-03-10", "--json", "--db", example_db)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["client"] == "e1"
    assert document["pathway"] == "p1"
    assert document["today"] == "2026-03-10"
    assert document["current_stage"] == "intermediate"
    assert document["goal_stages"] == ["open_employment"]
    # The planned job (s3) started 2026-02-01 in the plan and has nobody responsible.
    assert [(f["kind"], f["steps"], f.get("days")) for f in document["findings"]] == [
        ("overdue", ["s3"], 37),
        ("no_responsible", ["s3"], None),
    ]
    assert document["suggestions"] == []


def test_check_gap_days_and_today_change_the_findings(polku: Any, example_db: Path) -> None:
    # e2: supported employment ended 2025-01-31, paid work began 2025-02-01: a 1-day step.
    done = polku(
        "check",
        "--client",
        "e2",
        "--today",
        "2026-01-15",
        "--gap-days",
        "0",
        "--json",
        "--db",
        example_db,
    )
    assert done.returncode == 0, done.stderr
    gaps = [f for f in json.loads(done.stdout)["findings"] if f["kind"] == "gap"]
    assert [(g["steps"], g["days"]) for g in gaps] == [(["s2", "s3"], 1)]
    done = polku("check", "--client", "e2", "--today", "2026-01-15", "--json", "--db", example_db)
    assert [f for f in json.loads(done.stdout)["findings"] if f["kind"] == "gap"] == []


def test_check_text_names_stage_findings_and_severity_in_the_language(
    polku: Any, example_db: Path
) -> None:
    done = polku(
        "check",
        "--client",
        "e1",
        "--pathway",
        "p1",
        "--today",
        "2026-03-10",
        "--lang",
        "en",
        "--db",
        example_db,
    )
    assert done.returncode == 0, done.stderr
    assert "Current stage: Intermediate labour market" in done.stdout
    assert "Warning: Nobody in the team is responsible for “Osa-aikatyö leipomossa”" in done.stdout
    finnish = polku("check", "--client", "e1", "--today", "2026-03-10", "--db", example_db)
    assert finnish.returncode == 0
    assert "Välityömarkkinat" in finnish.stdout


def test_check_exits_zero_when_nothing_is_found(polku: Any, example_db: Path) -> None:
    done = polku("check", "--client", "e3", "--today", "2026-01-15", "--json", "--db", example_db)
    assert done.returncode == 0
    assert json.loads(done.stdout)["findings"] == []


def test_check_reports_an_ongoing_step_past_its_planned_end(
    polku: Any, tmp_path: Path, examples_dir: Path
) -> None:
    # e1's IPS coaching (s2, ongoing) was decided to run until 28.2.2026.
    example = examples_dir / "three-clients.json"
    document = json.loads(example.read_text(encoding="utf-8"))
    document["clients"][0]["pathways"][0]["steps"][1]["end"] = "2026-02-28"
    source = tmp_path / "planned-end.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    db = tmp_path / "polku.sqlite3"
    done = polku("import", source, "--db", db)
    assert done.returncode == 0, done.stderr
    done = polku("check", "--client", "e1", "--today", "2026-03-10", "--json", "--db", db)
    assert done.returncode == 0, done.stderr
    overdue = [f for f in json.loads(done.stdout)["findings"] if f["kind"] == "overdue"]
    assert [(f["steps"], f["days"]) for f in overdue] == [(["s2"], 10), (["s3"], 37)]
    text = polku("check", "--client", "e1", "--today", "2026-03-10", "--lang", "en", "--db", db)
    assert "was planned to end 10 days ago and is still ongoing" in text.stdout
    # Before the planned end passes, nothing is said about it.
    done = polku("check", "--client", "e1", "--today", "2026-02-28", "--json", "--db", db)
    assert [f["steps"] for f in json.loads(done.stdout)["findings"]
            if f["kind"] == "overdue"] == [["s3"]]


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        (["--client", "nobody"], "nobody"),
        (["--client", "e1", "--pathway", "p9"], "p9"),
        (["--client", "e1", "--gap-days", "-1"], "--gap-days"),
        (["--client", "e1", "--today", "15.1.2026"], "15.1.2026"),
    ],
)
def test_check_bad_input_is_exit_two_with_one_line(
    polku: Any, example_db: Path, arguments: list[str], needle: str
) -> None:
    done = polku("check", *arguments, "--json", "--db", example_db)
    assert done.returncode == 2
    assert done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert needle in line


# --- report ------------------------------------------------------------------------------------


def test_report_json_counts_the_example_caseload(polku: Any, example_db: Path) -> None:
    done = polku("report", "--json", "--today", "2026-01-15", "--db", example_db)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    # e1 entered 2025-03-03 unemployed; e3 entered 2025-01-15 long-term unemployed and left
    # 2025-09-30 in education; e2 has no participation record.
    assert {
        key: document[key]
        for key in (
            "participants",
            "unemployed_on_entry",
            "long_term_unemployed_on_entry",
            "inactive_on_entry",
            "left",
            "employed_on_leaving",
            "in_education_on_leaving",
            "job_seeking_on_leaving",
            "clients",
        )
    } == {
        "participants": 2,
        "unemployed_on_entry": 2,
        "long_term_unemployed_on_entry": 1,
        "inactive_on_entry": 0,
        "left": 1,
        "employed_on_leaving": 0,
        "in_education_on_leaving": 1,
        "job_seeking_on_leaving": 0,
        "clients": 3,
    }
    assert document["steps_by_stage"] == {
        "assessment": 2,
        "rehabilitation": 1,
        "work_activity": 1,
        "intermediate": 2,
        "training": 2,
        "open_employment": 2,
    }


def test_report_period_open_at_one_end(polku: Any, example_db: Path) -> None:
    done = polku("report", "--json", "--from", "2025-02-01", "--db", example_db)
    document = json.loads(done.stdout)
    assert (document["participants"], document["left"]) == (1, 1)  # e1 entered; e3 left
    assert document["period"] == {"from": "2025-02-01", "to": None}
    done = polku("report", "--json", "--to", "2025-01-15", "--db", example_db)
    document = json.loads(done.stdout)
    assert (document["participants"], document["left"]) == (1, 0)  # e3, on the last day


def test_report_writes_csv_json_and_pdf_by_suffix(
    polku: Any, example_db: Path, tmp_path: Path
) -> None:
    csv_file = tmp_path / "raportti.CSV"
    done = polku("report", "-o", csv_file, "--today", "2026-01-15", "--db", example_db)
    assert done.returncode == 0, done.stderr
    assert str(csv_file) in done.stdout
    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Välityömarkkinat;2;1;" in text  # Finnish by default, semicolons

    pdf_file = tmp_path / "raportti.pdf"
    done = polku("report", "-o", pdf_file, "--db", example_db)
    assert done.returncode == 0, done.stderr
    assert pdf_file.read_bytes().startswith(b"%PDF")

    json_file = tmp_path / "raportti.json"
    done = polku("report", "-o", json_file, "--json", "--today", "2026-01-15", "--db", example_db)
    assert done.returncode == 0, done.stderr
    # With --json, standard output holds only the JSON document: the same as the file.
    assert json.loads(done.stdout) == json.loads(json_file.read_text(encoding="utf-8"))
    assert list(tmp_path.glob(".*.tmp")) == []


def test_report_text_summary(polku: Any, example_db: Path) -> None:
    done = polku("report", "--lang", "en", "--db", example_db)
    assert done.returncode == 0, done.stderr
    assert "Total number of participants" in done.stdout
    assert "Intermediate labour market → Open labour market: 2" in done.stdout


@pytest.mark.parametrize(
    "arguments",
    [
        ["-o", "{tmp}/report.txt"],
        ["-o", "{tmp}/no-such-folder/report.csv"],
        ["--from", "2025-06-01", "--to", "2025-01-01"],
        ["--to", "2025-02-30"],
    ],
)
def test_report_bad_input_is_exit_two_and_creates_nothing(
    polku: Any, tmp_path: Path, arguments: list[str]
) -> None:
    db = tmp_path / "polku.sqlite3"
    done = polku("report", *[a.replace("{tmp}", str(tmp_path)) for a in arguments], "--db", db)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert not db.exists()
    assert list(tmp_path.iterdir()) == []


def test_report_of_an_empty_database(polku: Any, tmp_path: Path) -> None:
    done = polku("report", "--json", "--db", tmp_path / "empty.sqlite3")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["participants"] == 0 and document["clients"] == 0
    assert set(document["steps_by_stage"].values()) == {0}
