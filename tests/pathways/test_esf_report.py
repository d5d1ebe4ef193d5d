"""The ESF+ indicators of ``report --json`` key ``esf`` (spec/pathway-checks.md): every figure
with a participant that counts and one that does not, the age borders on the day of entry, the
period's edges, the five groups, and the ``follow_up`` finding on the six-month day."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pathways import hetu, i18n
from pathways.catalogue import ServiceCatalogue
from pathways.checks import check_pathway
from pathways.model import Client, FollowUp, Participation, Pathway
from pathways.report import ESF_FIGURES, ESF_GROUPS, ESF_INDICATORS, build_report, write_csv

CATALOGUE = ServiceCatalogue.default()
TODAY = date(2026, 11, 28)
D = date


def participant(
    client_id: str = "c",
    *,
    personal_id: str | None = None,
    birth_year: int | None = None,
    **fields: Any,
) -> Client:
    values: dict[str, Any] = {"entered_on": D(2025, 3, 1), "status_on_entry": "unemployed"}
    values.update(fields)
    return Client(client_id, client_id, personal_id=personal_id, birth_year=birth_year,
                  participation=Participation(**values))


def esf(*clients: Client, today: date = TODAY, **period: date) -> dict[str, dict[str, int]]:
    report = build_report(clients, CATALOGUE, today=today, **period)
    document = report.to_json()
    result: dict[str, dict[str, int]] = document["esf"]
    return result


def total(*clients: Client, **options: Any) -> dict[str, int]:
    return esf(*clients, **options)["total"]


def counted(key: str, *clients: Client, **options: Any) -> int:
    return total(*clients, **options)[key]


LEFT = {"left_on": D(2025, 8, 31), "outcome_on_leaving": "job_seeking"}

#: figure → (fields of a participant who counts, fields of one who does not).
FIGURES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "participants": ({}, {"entered_on": D(2024, 12, 31)}),
    "unemployed_on_entry": ({"status_on_entry": "long_term_unemployed"},
                            {"status_on_entry": "inactive"}),
    "long_term_unemployed_on_entry": ({"status_on_entry": "long_term_unemployed"},
                                      {"status_on_entry": "unemployed"}),
    "inactive_on_entry": ({"status_on_entry": "inactive"}, {"status_on_entry": "in_education"}),
    "employed_on_entry": ({"status_on_entry": "employed"}, {"status_on_entry": "unemployed"}),
    "isced_0_2": ({"education_on_entry": "isced_0_2"}, {"education_on_entry": "isced_3_4"}),
    "isced_3_4": ({"education_on_entry": "isced_3_4"}, {"education_on_entry": "isced_5_8"}),
    "isced_5_8": ({"education_on_entry": "isced_5_8"}, {}),
    "disability": ({"characteristics": ["disability"]}, {"characteristics_declined": True}),
    "third_country_national": ({"characteristics": ["rural_area", "third_country_national"]},
                               {"characteristics": ["foreign_background"]}),
    "foreign_background": ({"characteristics": ["foreign_background"]},
                           {"characteristics": ["minority"]}),
    "minority": ({"characteristics": ["minority"]}, {"characteristics": []}),
    "homeless_or_housing_exclusion": ({"characteristics": ["homeless_or_housing_exclusion"]},
                                      {"characteristics": ["rural_area"]}),
    "rural_area": ({"characteristics": ["rural_area"]}, {"characteristics": ["disability"]}),
    "left": (LEFT, {}),
    "job_seeking_on_leaving": (LEFT, {**LEFT, "outcome_on_leaving": "unknown"}),
    "in_education_on_leaving": ({**LEFT, "outcome_on_leaving": "in_education"}, LEFT),
    "employed_on_leaving": ({**LEFT, "outcome_on_leaving": "self_employed"}, LEFT),
    "qualification_on_leaving": ({**LEFT, "qualification_on_leaving": True},
                                 {**LEFT, "qualification_on_leaving": False}),
    "employed_six_months_after": (
        {**LEFT, "after_six_months": FollowUp(D(2026, 3, 1), "self_employed")},
        {**LEFT, "after_six_months": FollowUp(D(2026, 3, 1), "in_education", improved=True)}),
    "improved_six_months_after": (
        {**LEFT, "after_six_months": FollowUp(D(2026, 3, 1), "in_education", improved=True)},
        {**LEFT, "after_six_months": FollowUp(D(2026, 3, 1), "employed", improved=False)}),
    "follow_up_due": (LEFT, {**LEFT, "after_six_months": FollowUp(D(2026, 3, 1), "unknown")}),
}


def test_every_indicator_of_the_spec_has_a_case() -> None:
    ages = {"below_18_on_entry", "age_18_29_on_entry", "age_55_plus_on_entry"}
    assert set(FIGURES) | ages == set(ESF_INDICATORS)


@pytest.mark.parametrize(("key", "counts", "does_not"),
                         [(key, *cases) for key, cases in FIGURES.items()], ids=list(FIGURES))
def test_a_participant_who_counts_and_one_who_does_not(
    key: str, counts: dict[str, Any], does_not: dict[str, Any]
) -> None:
    period = {"period_from": D(2025, 1, 1)}
    assert counted(key, participant(**counts), **period) == 1
    assert counted(key, participant(**does_not), **period) == 0
    assert counted(key, participant("a", **counts), participant("b", **does_not), **period) == 1


# --- Age on entry ------------------------------------------------------------------------------


def born(birthday: date) -> str:
    return hetu.compose(birthday, 123)


@pytest.mark.parametrize(
    ("birthday", "entered_on", "group"),
    [
        # The 18th birthday: the day before it still under 18, on it 18.
        (D(2007, 3, 15), D(2025, 3, 14), "below_18_on_entry"),
        (D(2007, 3, 15), D(2025, 3, 15), "age_18_29_on_entry"),
        # The 30th birthday: the day before it 29, on it in neither group.
        (D(1995, 6, 1), D(2025, 5, 31), "age_18_29_on_entry"),
        (D(1995, 6, 1), D(2025, 6, 1), None),
        # The 55th birthday.
        (D(1970, 6, 1), D(2025, 5, 31), None),
        (D(1970, 6, 1), D(2025, 6, 1), "age_55_plus_on_entry"),
        # Born on 29 February: in a common year the birthday comes on 1 March.
        (D(1996, 2, 29), D(2026, 2, 28), "age_18_29_on_entry"),
        (D(1996, 2, 29), D(2026, 3, 1), None),
        (D(2008, 2, 29), D(2026, 2, 28), "below_18_on_entry"),
        (D(2008, 2, 29), D(2026, 3, 1), "age_18_29_on_entry"),
        (D(1968, 2, 29), D(2023, 2, 28), None),
        (D(1968, 2, 29), D(2023, 3, 1), "age_55_plus_on_entry"),
        # In a leap year, on 29 February itself.
        (D(1968, 2, 29), D(2024, 2, 29), "age_55_plus_on_entry"),
        (D(1996, 2, 29), D(2024, 2, 29), "age_18_29_on_entry"),
    ],
)
def test_age_on_entry_from_the_personal_identity_code(
    birthday: date, entered_on: date, group: str | None
) -> None:
    figures = total(participant(personal_id=born(birthday), entered_on=entered_on))
    ages = {key for key in ("below_18_on_entry", "age_18_29_on_entry", "age_55_plus_on_entry")
            if figures[key]}
    assert ages == ({group} if group else set())


@pytest.mark.parametrize(
    ("birth_year", "entered_on", "group"),
    [
        (2008, D(2025, 12, 31), "below_18_on_entry"),  # 2025 − 2008 = 17
        (2007, D(2025, 1, 1), "age_18_29_on_entry"),  # 18, whatever the day
        (1996, D(2025, 6, 1), "age_18_29_on_entry"),  # 29
        (1995, D(2025, 6, 1), None),  # 30
        (1971, D(2025, 6, 1), None),  # 54
        (1970, D(2025, 1, 1), "age_55_plus_on_entry"),  # 55
    ],
)
def test_age_on_entry_from_the_year_of_birth_alone(
    birth_year: int, entered_on: date, group: str | None
) -> None:
    figures = total(participant(birth_year=birth_year, entered_on=entered_on))
    ages = {key for key in ("below_18_on_entry", "age_18_29_on_entry", "age_55_plus_on_entry")
            if figures[key]}
    assert ages == ({group} if group else set())


def test_the_personal_identity_code_decides_over_the_year_of_birth() -> None:
    # Born 15.3.2007 (17 on 14.3.2025); a year of birth alone would say 18.
    client = participant(personal_id=born(D(2007, 3, 15)), birth_year=2007,
                         entered_on=D(2025, 3, 14))
    assert counted("below_18_on_entry", client) == 1
    assert counted("age_18_29_on_entry", client) == 0


def test_an_invalid_code_falls_back_to_the_year_and_neither_counts_in_no_age_group() -> None:
    bad = born(D(1970, 6, 1))[:-1] + "X"  # a wrong check character
    assert counted("age_55_plus_on_entry", participant(personal_id=bad, birth_year=1970)) == 1
    nothing = total(participant(personal_id=bad))
    assert nothing["participants"] == 1
    assert (nothing["below_18_on_entry"], nothing["age_18_29_on_entry"],
            nothing["age_55_plus_on_entry"]) == (0, 0, 0)
    # A negative age (entered before being born, by the year) counts nowhere either.
    negative = total(participant(birth_year=2026, entered_on=D(2025, 3, 1)))
    assert negative["below_18_on_entry"] == 0


def test_a_code_is_not_judged_again_against_the_report_day() -> None:
    # Born after --today (a report dated in the past): the code is still valid for the age.
    client = participant(personal_id=born(D(2010, 5, 5)), entered_on=D(2026, 6, 1))
    assert counted("below_18_on_entry", client, today=D(2009, 1, 1)) == 1


# --- The period's edges ------------------------------------------------------------------------

START, END = D(2025, 1, 1), D(2025, 12, 31)
PERIOD = {"period_from": START, "period_to": END}
DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("key", "fields_on"),
    [
        ("participants", lambda day: {"entered_on": day}),
        ("rural_area", lambda day: {"entered_on": day, "characteristics": ["rural_area"]}),
        ("isced_5_8", lambda day: {"entered_on": day, "education_on_entry": "isced_5_8"}),
        ("left", lambda day: {"entered_on": D(2024, 1, 1), "left_on": day,
                              "outcome_on_leaving": "unknown"}),
        ("qualification_on_leaving", lambda day: {
            "entered_on": D(2024, 1, 1), "left_on": day, "outcome_on_leaving": "unknown",
            "qualification_on_leaving": True}),
        ("employed_six_months_after", lambda day: {
            "entered_on": D(2023, 1, 1), "left_on": D(2023, 6, 1),
            "outcome_on_leaving": "unknown", "after_six_months": FollowUp(day, "employed")}),
        ("improved_six_months_after", lambda day: {
            "entered_on": D(2023, 1, 1), "left_on": D(2023, 6, 1),
            "outcome_on_leaving": "unknown",
            "after_six_months": FollowUp(day, "job_seeking", improved=True)}),
        ("follow_up_due", lambda day: {"entered_on": D(2024, 1, 1), "left_on": day,
                                       "outcome_on_leaving": "unknown"}),
    ],
)
def test_each_edge_of_the_period_is_inside_and_the_day_beyond_is_not(
    key: str, fields_on: Any
) -> None:
    inside = [START, END]
    outside = [START - DAY, END + DAY]
    for day in inside:
        assert counted(key, participant(**fields_on(day)), **PERIOD) == 1, day
    for day in outside:
        assert counted(key, participant(**fields_on(day)), **PERIOD) == 0, day
    # Open at either end.
    assert counted(key, participant(**fields_on(START - DAY)), period_to=END) == 1
    assert counted(key, participant(**fields_on(END + DAY)), period_from=START) == 1


def test_which_date_decides() -> None:
    # Entered before the period, left in it, followed up after it.
    client = participant(entered_on=D(2024, 6, 1), status_on_entry="employed",
                         characteristics=["minority"], left_on=D(2025, 3, 1),
                         outcome_on_leaving="employed", qualification_on_leaving=True,
                         after_six_months=FollowUp(D(2026, 1, 5), "employed", improved=True))
    figures = total(client, **PERIOD)
    assert (figures["participants"], figures["employed_on_entry"], figures["minority"]) == (0, 0, 0)
    assert (figures["left"], figures["employed_on_leaving"],
            figures["qualification_on_leaving"]) == (1, 1, 1)
    assert (figures["employed_six_months_after"], figures["improved_six_months_after"]) == (0, 0)
    # The follow-up's own period counts it, whatever the entry and leaving dates.
    later = total(client, period_from=D(2026, 1, 1), period_to=D(2026, 12, 31))
    assert (later["participants"], later["left"]) == (0, 0)
    assert (later["employed_six_months_after"], later["improved_six_months_after"]) == (1, 1)


def test_follow_up_due_by_left_on_in_the_period_and_the_six_month_day_by_today() -> None:
    # Left on 31.8.2025: the six-month day is 28.2.2026, after the period's end.
    client = participant(**LEFT)
    assert counted("follow_up_due", client, **PERIOD, today=D(2026, 2, 27)) == 0
    assert counted("follow_up_due", client, **PERIOD, today=D(2026, 2, 28)) == 1
    assert counted("follow_up_due", client, period_from=D(2025, 9, 1), today=TODAY) == 0


# --- Groups ------------------------------------------------------------------------------------


def test_each_participant_counts_in_total_and_in_their_gender_group() -> None:
    clients = [
        participant("w", gender="woman", characteristics=["disability"]),
        participant("m", gender="man", status_on_entry="inactive"),
        participant("n", gender="non_binary", education_on_entry="isced_5_8"),
        participant("x", status_on_entry="employed"),
        participant("w2", gender="woman", **LEFT),
    ]
    groups = esf(*clients)
    assert list(groups) == list(ESF_GROUPS)
    assert [groups[g]["participants"] for g in ESF_GROUPS] == [5, 2, 1, 1, 1]
    assert [groups[g]["disability"] for g in ESF_GROUPS] == [1, 1, 0, 0, 0]
    assert [groups[g]["inactive_on_entry"] for g in ESF_GROUPS] == [1, 0, 1, 0, 0]
    assert [groups[g]["isced_5_8"] for g in ESF_GROUPS] == [1, 0, 0, 1, 0]
    assert [groups[g]["employed_on_entry"] for g in ESF_GROUPS] == [1, 0, 0, 0, 1]
    assert [groups[g]["follow_up_due"] for g in ESF_GROUPS] == [1, 1, 0, 0, 0]
    for figures in groups.values():
        assert list(figures) == list(ESF_INDICATORS)  # every key, in the spec's order
    for key in ESF_INDICATORS:
        assert sum(groups[g][key] for g in ESF_GROUPS[1:]) == groups["total"][key], key


def mixed_caseload() -> list[Client]:
    clients = []
    for number, (gender, status) in enumerate(
        [("woman", "unemployed"), ("man", "long_term_unemployed"), (None, "inactive"),
         ("non_binary", "employed"), ("woman", "in_education"), ("man", "inactive")]
    ):
        fields: dict[str, Any] = {"gender": gender, "status_on_entry": status,
                                  "entered_on": D(2025, 1 + number, 10)}
        if number % 2:
            outcomes = ["employed", "in_education", "job_seeking"]
            fields.update(left_on=D(2025, 5 + number, 1), outcome_on_leaving=outcomes[number // 2])
        clients.append(participant(f"c{number}", birth_year=1960 + 9 * number, **fields))
    clients.append(Client("nobody", "Ei osallistuja"))
    return clients


@pytest.mark.parametrize("period", [{}, PERIOD, {"period_from": D(2025, 4, 1)},
                                    {"period_to": D(2025, 3, 31)}])
def test_the_figures_of_total_equal_the_top_level_keys(period: dict[str, date]) -> None:
    report = build_report(mixed_caseload(), CATALOGUE, today=TODAY, **period)
    document = report.to_json()
    for key in ESF_FIGURES:
        assert document["esf"]["total"][key] == document[key], key
    for key in ESF_INDICATORS:
        assert sum(document["esf"][g][key] for g in ESF_GROUPS[1:]) == (
            document["esf"]["total"][key])


# --- The follow_up finding ---------------------------------------------------------------------


def test_the_follow_up_finding_on_the_six_month_day_at_a_months_end() -> None:
    client = participant(**LEFT)
    client.pathways = [Pathway("p1", "Polku", "active"), Pathway("p2", "Vaihtoehto", "draft")]

    def follow_ups(today: date, pathway: str = "p1") -> list[dict[str, Any]]:
        result = check_pathway(client, client.pathway(pathway), CATALOGUE, today=today)
        return [f.to_json() for f in result.findings if f.kind == "follow_up"]

    assert follow_ups(D(2026, 2, 27)) == []
    found = follow_ups(D(2026, 2, 28))
    assert len(found) == 1
    assert {k: v for k, v in found[0].items() if k != "message"} == {
        "kind": "follow_up", "severity": "warning", "steps": [], "due_on": "2026-02-28"}
    assert "28 Feb 2026" in found[0]["message"]
    assert follow_ups(D(2026, 2, 28), "p2") == found  # every pathway's check shows it
    # Recorded: gone.
    assert client.participation is not None
    client.participation.after_six_months = FollowUp(D(2026, 3, 2), "employed")
    assert follow_ups(D(2026, 3, 3)) == []


def test_without_a_period_follow_up_due_equals_the_clients_with_the_finding() -> None:
    clients = [
        participant("a", **LEFT),
        participant("b", left_on=D(2026, 6, 1), outcome_on_leaving="employed"),  # not yet due
        participant("c", **LEFT, after_six_months=FollowUp(D(2026, 3, 1), "employed")),
        participant("d", left_on=D(2026, 5, 28), outcome_on_leaving="unknown"),  # due 28.11.
        participant("e"),
    ]
    for client in clients:
        client.pathways = [Pathway("p", "Polku", "active")]
    with_finding = sum(
        any(f.kind == "follow_up"
            for f in check_pathway(c, c.pathways[0], CATALOGUE, today=TODAY).findings)
        for c in clients
    )
    assert with_finding == 2
    assert counted("follow_up_due", *clients) == with_finding


# --- The CSV -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "header", "women", "row"),
    [
        ("fi", "Yhteensä", "Naiset", "Osallistujien kokonaismäärä"),
        ("sv", "Totalt", "Kvinnor", "Totalt antal deltagare"),
        ("en", "Total", "Women", "Total number of participants"),
    ],
)
def test_the_csv_has_one_indicator_table_with_a_column_per_group(
    tmp_path: Path, lang: str, header: str, women: str, row: str
) -> None:
    i18n.set_language(lang)
    path = tmp_path / "report.csv"
    write_csv(build_report(mixed_caseload(), CATALOGUE, today=TODAY), path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    heading = next(r for r in rows if len(r) == 6 and r[1] == header)
    assert heading[2] == women
    participants = next(r for r in rows if r and r[0] == row)
    assert participants[1:] == ["6", "2", "2", "1", "1"]
    # The earlier list of participant figures is gone: no two-column participant rows.
    assert not any(r and r[0] == i18n._("Participants who entered") for r in rows)
