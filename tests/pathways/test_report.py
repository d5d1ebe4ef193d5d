"""The caseload / ESF+ report on a constructed caseload whose figures are counted by hand."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from pathways import i18n
from pathways.catalogue import ServiceCatalogue
from pathways.model import (
    STAGES,
    Client,
    Goal,
    Participation,
    Pathway,
    Step,
    Transition,
)
from pathways.report import Report, build_report, format_number, write_csv

TODAY = date(2026, 1, 15)
CATALOGUE = ServiceCatalogue.default()
D = date


def pathway(
    id: str,
    status: str,
    steps: list[Step],
    transitions: list[Transition] = (),  # type: ignore[assignment]
) -> Pathway:
    return Pathway(id, id, status, steps=steps, transitions=transitions)


def caseload() -> list[Client]:
    """Six clients; the figures each test expects are worked out in its comments."""
    c1 = Client(
        "c1",
        "Yksi",
        goal=Goal("open_employment"),
        participation=Participation(D(2025, 1, 10), "unemployed", D(2025, 6, 30), "employed"),
        pathways=[
            pathway(
                "c1-active",
                "active",
                [
                    Step(
                        "s1",
                        "social_rehabilitation",
                        "completed",
                        start=D(2025, 1, 15),
                        end=D(2025, 3, 15),
                    ),  # rehabilitation, 59 days
                    Step("s2", "work_trial", "ongoing", start=D(2025, 4, 1)),  # 289 days so far
                    Step("s3", "job_coaching", "cancelled"),
                    Step(
                        "s4", "social_guidance", "ongoing", start=D(2025, 4, 1), end=None
                    ),  # rehabilitation, 289 days so far
                ],
                [
                    Transition("s1", "s2", "next"),
                    Transition("s2", "s3", "next"),  # to a cancelled step: no flow
                    Transition("s4", "s2", "support"),  # support: no flow
                ],
            ),
            # A draft is a plan only: none of it counts.
            pathway(
                "c1-draft",
                "draft",
                [
                    Step(
                        "d1",
                        "medical_rehabilitation",
                        "interrupted",
                        start=D(2024, 1, 1),
                        end=D(2024, 2, 1),
                    ),
                    Step(
                        "d2",
                        "debt_counselling",
                        "completed",
                        start=D(2024, 3, 1),
                        end=D(2024, 4, 1),
                    ),
                ],
                [Transition("d1", "d2", "next")],
            ),
        ],
    )
    c2 = Client(
        "c2",
        "Kaksi",
        goal=Goal("training"),
        participation=Participation(
            D(2025, 3, 1), "long_term_unemployed", D(2025, 12, 31), "in_education"
        ),
        pathways=[
            pathway(
                "c2-closed",
                "closed",
                [
                    Step(
                        "s1",
                        "rehabilitative_work_activity",
                        "completed",
                        start=D(2024, 1, 1),
                        end=D(2024, 6, 30),
                    ),  # work_activity, 181 days
                    Step(
                        "s2",
                        "vocational_education",
                        "completed",
                        start=D(2024, 8, 1),
                        end=D(2025, 6, 1),
                    ),  # training, 304 days; the goal: no drop-out
                ],
                [Transition("s1", "s2", "next")],
            ),
            pathway(
                "c2-active",
                "active",
                [Step("s3", "apprenticeship", "ongoing", start=D(2025, 9, 1))],  # 136 days
            ),
        ],
    )
    c3 = Client(
        "c3",
        "Kolme",
        participation=Participation(D(2024, 12, 31), "inactive"),
        pathways=[
            pathway(
                "c3-active",
                "active",
                [
                    Step(
                        "s1",
                        "career_guidance",
                        "interrupted",
                        start=D(2025, 2, 1),
                        end=D(2025, 2, 11),
                    ),  # assessment, 10 days, a drop-out
                    Step("s2", "work_trial", "planned"),
                ],
            )
        ],
    )
    c4 = Client(
        "c4",
        "Neljä",
        participation=Participation(D(2025, 6, 1), "employed", D(2025, 7, 1), "self_employed"),
    )
    c5 = Client(
        "c5",
        "Viisi",
        pathways=[pathway("c5-active", "active", [Step("s1", "youth_workshop", "planned")])],
    )
    c6 = Client(
        "c6",
        "Kuusi",
        goal=Goal("open_employment"),
        participation=Participation(D(2026, 2, 1), "unemployed"),
        pathways=[
            pathway(
                "c6-closed",
                "closed",
                [
                    Step(
                        "s1", "work_trial", "completed", start=D(2025, 1, 1), end=D(2025, 1, 31)
                    ),  # intermediate, 30 days, short of the goal
                    Step(
                        "s2",
                        "open_employment",
                        "completed",
                        start=D(2025, 3, 1),
                        end=D(2025, 12, 1),
                    ),  # open_employment, 275 days; the goal
                    Step(
                        "s3", "unknown_code", "completed", start=D(2025, 3, 1), end=D(2025, 4, 1)
                    ),  # no stage: counted nowhere
                ],
            )
        ],
    )
    return [c1, c2, c3, c4, c5, c6]


def report(**period: date | None) -> Report:
    return build_report(caseload(), CATALOGUE, today=TODAY, **period)  # type: ignore[arg-type]


ALL_ESF = {
    "participants": 5,  # c1, c2, c3, c4, c6
    "unemployed_on_entry": 3,  # c1, c2 (long-term), c6
    "long_term_unemployed_on_entry": 1,  # c2
    "inactive_on_entry": 1,  # c3
    "left": 3,  # c1, c2, c4
    "employed_on_leaving": 2,  # c1 employed, c4 self-employed
    "in_education_on_leaving": 1,  # c2
    "job_seeking_on_leaving": 0,
}


def esf(document: dict[str, object]) -> dict[str, object]:
    return {key: document[key] for key in ALL_ESF}


def test_without_a_period_every_participant_counts() -> None:
    document = report().to_json()
    assert esf(document) == ALL_ESF
    assert document["clients"] == 6
    assert document["period"] == {"from": None, "to": None}


def test_a_closed_period_counts_entries_and_leavings_in_it_inclusive() -> None:
    document = report(period_from=D(2025, 1, 1), period_to=D(2025, 6, 30)).to_json()
    assert esf(document) == {
        "participants": 3,  # c1, c2, c4; c3 entered the day before, c6 later
        "unemployed_on_entry": 2,
        "long_term_unemployed_on_entry": 1,
        "inactive_on_entry": 0,
        "left": 1,  # c1 on the last day; c4 left the day after
        "employed_on_leaving": 1,
        "in_education_on_leaving": 0,
        "job_seeking_on_leaving": 0,
    }
    assert document["period"] == {"from": "2025-01-01", "to": "2025-06-30"}
    assert document["clients"] == 6  # all clients in the database, whatever the period


def test_a_period_open_at_the_end() -> None:
    document = report(period_from=D(2024, 12, 31)).to_json()
    assert document["participants"] == 5  # c3 entered on the first day
    assert document["left"] == 3
    later = report(period_from=D(2025, 7, 1)).to_json()
    assert later["participants"] == 1  # c6
    assert later["left"] == 2  # c4 on the first day, c2
    assert later["employed_on_leaving"] == 1
    assert later["in_education_on_leaving"] == 1


def test_a_period_open_at_the_start() -> None:
    document = report(period_to=D(2025, 1, 10)).to_json()
    assert document["participants"] == 2  # c3, and c1 on the last day
    assert document["inactive_on_entry"] == 1
    assert document["left"] == 0
    assert document["period"] == {"from": None, "to": "2025-01-10"}


def test_caseload_counts_only_active_pathways() -> None:
    document = report().to_json()
    assert document["steps_by_stage"] == {
        "assessment": 1,  # c3 s1
        "rehabilitation": 2,  # c1 s1, s4 (the cancelled s3 not)
        "work_activity": 0,  # c2's is in a closed pathway
        "intermediate": 3,  # c1 s2, c3 s2, c5 s1
        "training": 1,  # c2 s3
        "open_employment": 0,
    }
    assert list(document["steps_by_stage"]) == list(STAGES)
    assert document["active_pathways"] == 4
    assert document["clients_by_current_stage"] == {
        "assessment": 0,
        "rehabilitation": 0,
        "work_activity": 0,
        "intermediate": 1,  # c1: the highest ongoing
        "training": 1,  # c2
        "open_employment": 0,
    }
    assert document["active_pathways_without_stage"] == 2  # c3 (only interrupted), c5


def test_median_days_per_stage() -> None:
    days = report().to_json()["days_in_stage"]
    assert days == {
        "assessment": {"steps": 1, "median_days": 10.0},
        "rehabilitation": {"steps": 2, "median_days": (59 + 289) / 2},
        "work_activity": {"steps": 1, "median_days": 181.0},
        "intermediate": {"steps": 2, "median_days": (30 + 289) / 2},
        "training": {"steps": 2, "median_days": (136 + 304) / 2},
        "open_employment": {"steps": 1, "median_days": 275.0},
    }


def test_flows_between_stages_and_drop_outs() -> None:
    document = report().to_json()
    flows = document["flows"]
    assert list(flows) == list(STAGES)
    assert all(list(row) == list(STAGES) for row in flows.values())
    moves = {(a, b): n for a, row in flows.items() for b, n in row.items() if n}
    assert moves == {
        ("rehabilitation", "intermediate"): 1,  # c1 s1 → s2 (active)
        ("work_activity", "training"): 1,  # c2 s1 → s2 (closed)
    }
    assert document["drop_outs_by_stage"] == {
        "assessment": 1,  # c3's interrupted career guidance
        "rehabilitation": 0,
        "work_activity": 0,
        "intermediate": 1,  # c6's work trial, nothing after, short of open employment
        "training": 0,  # c2 reached their goal
        "open_employment": 0,
    }


def test_an_empty_database_reports_zeros_for_every_stage() -> None:
    document = build_report([], CATALOGUE, today=TODAY).to_json()
    assert document["participants"] == 0
    assert document["steps_by_stage"] == dict.fromkeys(STAGES, 0)
    assert document["days_in_stage"]["training"] == {"steps": 0, "median_days": None}
    json.dumps(document)  # plain JSON types only


def test_csv_is_semicolon_separated_utf8_with_bom_in_the_chosen_language(tmp_path: Path) -> None:
    i18n.set_language("fi")
    path = tmp_path / "report.csv"
    write_csv(report(period_from=D(2025, 1, 1), period_to=D(2025, 6, 30)), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][1] == "1.1.2025 – 30.6.2025"
    # The ESF+ indicators: one table, a column per group (no gender recorded: all "not given").
    figures = {row[0]: row[1:] for row in rows if len(row) == 6}
    assert figures["Osallistujien kokonaismäärä"] == ["3", "0", "0", "0", "3"]
    assert figures["Työttömät, mukaan lukien pitkäaikaistyöttömät"] == ["2", "0", "0", "0", "2"]
    assert figures["Hankkeesta lähteneet osallistujat"] == ["1", "0", "0", "0", "1"]
    # One row per stage, named in Finnish, with a decimal comma for a half-day median.
    # The stage table comes first, then the table of moves between stages.
    intermediate, moves_from_intermediate = [r for r in rows if r and r[0] == "Välityömarkkinat"]
    assert intermediate[1:] == ["3", "1", "159,5", "2", "1"]
    assert moves_from_intermediate[1:] == ["0"] * 6
    assert any(row and row[0] == "Avoimet työmarkkinat" for row in rows)


def test_csv_labels_follow_the_language() -> None:
    i18n.set_language("sv")
    rows = report().to_csv_rows()
    assert any(row and row[0] == "Arbetsverksamhet" for row in rows)
    i18n.set_language("en")
    rows = report().to_csv_rows()
    assert rows[1] == ["Period", "all time"]
    assert any(row and row[0] == "Work activity" for row in rows)


@pytest.mark.parametrize(("value", "text"), [(None, ""), (10.0, "10"), (159.5, "159,5"), (3, "3")])
def test_numbers_are_written_as_a_finnish_spreadsheet_reads_them(
    value: float | None, text: str
) -> None:
    assert format_number(value) == text


def test_pdf_has_three_a4_pages_with_the_period_figures_and_stage_names(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from pathways.report_pdf import write_report_pdf

    i18n.set_language("sv")
    path = tmp_path / "report.pdf"
    write_report_pdf(
        report(period_from=D(2025, 1, 1), period_to=D(2025, 6, 30)),
        path,
        printed_on=D(2026, 1, 16),
    )
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    for page in reader.pages:  # A4 in points, portrait
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    first = reader.pages[0].extract_text()
    assert "1.1.2025 – 30.6.2025" in first
    assert "15.1.2026" in first and "16.1.2026" in first  # figures as of, printed
    assert f"{i18n._('Total number of participants')} 3 0 0 0 3" in first
    assert i18n._("Women") in first and i18n._("Men") in first
    assert "Arbetsverksamhet" in reader.pages[1].extract_text()
    assert "Utbildning" in reader.pages[2].extract_text()
