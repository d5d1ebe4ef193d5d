"""Outcome estimates on a small history whose answer is worked out by hand in the comments."""

from __future__ import annotations

from datetime import date

import pytest

from pathways.catalogue import ServiceCatalogue
from pathways.model import Client, Goal, Pathway, Step
from pathways.outcomes import OutcomeEstimate, describe, estimate_outcomes, wilson_interval

TODAY = date(2026, 1, 15)  # a year before: 2025-01-15
CATALOGUE = ServiceCatalogue.default()
D = date


def person(id: str, *steps: Step, status: str = "closed", goal: str = "open_employment") -> Client:
    pathway = Pathway(f"{id}-p", "Polku", status, steps=steps)
    return Client(id, id, goal=Goal(goal), pathways=[pathway])


def trial(start: date, end: date, status: str = "completed", id: str = "wt") -> Step:
    return Step(id, "work_trial", status, start=start, end=end)


def history() -> list[Client]:
    return [
        # A: work 31 days after the trial ended.
        person(
            "A",
            trial(D(2024, 1, 1), D(2024, 3, 1)),
            Step("g", "open_employment", "ongoing", start=D(2024, 4, 1)),
            status="active",
        ),
        # B: an interrupted trial counts; training 182 days later reaches the goal too.
        person(
            "B",
            trial(D(2024, 2, 1), D(2024, 2, 15), "interrupted"),
            Step("g", "vocational_education", "completed", start=D(2024, 8, 15), end=D(2025, 6, 1)),
        ),
        # C: work 394 days after the trial: not within a year.
        person(
            "C",
            trial(D(2024, 1, 1), D(2024, 2, 1)),
            Step("g", "open_employment", "completed", start=D(2025, 3, 1), end=D(2025, 6, 1)),
        ),
        # D: work only planned: not reached.
        person(
            "D",
            trial(D(2024, 1, 1), D(2024, 6, 1)),
            Step("g", "open_employment", "planned", start=D(2024, 7, 1)),
        ),
        # E: the trial ended exactly a year before today (counted); work started during it.
        person(
            "E",
            trial(D(2024, 5, 1), D(2025, 1, 15)),
            Step("g", "open_employment", "ongoing", start=D(2025, 1, 1)),
        ),
        # F: the trial ended a year minus a day ago: not known yet.
        person(
            "F",
            trial(D(2024, 6, 1), D(2025, 1, 16)),
            Step("g", "open_employment", "ongoing", start=D(2025, 2, 1)),
        ),
        # G: only in a draft: a plan, not history.
        person(
            "G",
            trial(D(2023, 1, 1), D(2023, 2, 1)),
            Step("g", "open_employment", "ongoing", start=D(2023, 3, 1)),
            status="draft",
        ),
        # H: two trials, counted once with the first; work came 366 days after it.
        person(
            "H",
            trial(D(2023, 1, 1), D(2023, 3, 1)),
            trial(D(2024, 1, 1), D(2024, 2, 1), id="wt2"),
            Step("g", "open_employment", "ongoing", start=D(2024, 3, 1)),
        ),
        # I: work *before* the trial does not count; nothing after it.
        person(
            "I",
            Step("g", "open_employment", "completed", start=D(2023, 1, 1), end=D(2023, 6, 1)),
            trial(D(2024, 1, 1), D(2024, 3, 1)),
        ),
        # J: an interrupted apprenticeship and a cancelled job are not reaching the goal.
        person(
            "J",
            trial(D(2024, 1, 1), D(2024, 3, 1)),
            Step("g", "apprenticeship", "interrupted", start=D(2024, 4, 1), end=D(2024, 5, 1)),
            Step("x", "open_employment", "cancelled", start=D(2024, 4, 1)),
        ),
    ]


def test_work_trial_estimate_by_hand() -> None:
    estimate = estimate_outcomes(history(), CATALOGUE, today=TODAY)["work_trial"]
    # Counted: A B C D E H I J (8); reached within a year: A (31), B (182), E (0).
    assert estimate.clients == 8
    assert estimate.reached_within_year == 3
    assert estimate.share == pytest.approx(3 / 8)
    assert estimate.median_days_to_goal == 31
    assert estimate.too_recent == 1  # F
    assert estimate.share_low == pytest.approx(0.1368, abs=1e-4)
    assert estimate.share_high == pytest.approx(0.6942, abs=1e-4)


def test_other_service_types_of_the_same_history() -> None:
    estimates = estimate_outcomes(history(), CATALOGUE, today=TODAY)
    # Open employment: I went through it long ago, with no goal step after; C's ended
    # 2025-06-01, less than a year ago; A, E, F and H are still in work (not "went through").
    work = estimates["open_employment"]
    assert (work.clients, work.reached_within_year, work.too_recent) == (1, 0, 1)
    assert work.share == 0 and work.median_days_to_goal is None
    # J's interrupted apprenticeship counts as gone through; nothing came after it.
    assert estimates["apprenticeship"].clients == 1
    assert estimates["apprenticeship"].reached_within_year == 0
    # B's vocational education ended 2025-06-01: not known yet.
    education = estimates["vocational_education"]
    assert (education.clients, education.too_recent, education.share) == (0, 1, None)
    # Nobody went through a service that appears in no history.
    assert "debt_counselling" not in estimates


def test_the_goal_is_open_work_or_training_whatever_the_clients_goal() -> None:
    clients = [
        person(
            "K",
            trial(D(2024, 1, 1), D(2024, 2, 1)),
            Step("g", "vocational_education", "ongoing", start=D(2024, 3, 1)),
            goal="other",
        ),
        person(
            "L",
            trial(D(2024, 1, 1), D(2024, 2, 1)),
            Step("g", "vocational_education", "ongoing", start=D(2024, 3, 1)),
            goal="open_employment",
        ),
    ]
    estimate = estimate_outcomes(clients, CATALOGUE, today=TODAY)["work_trial"]
    assert estimate.reached_within_year == 2


def test_goal_steps_in_another_pathway_of_the_client_count() -> None:
    client = person("M", trial(D(2024, 1, 1), D(2024, 2, 1)))
    client.pathways.append(
        Pathway(
            "M-p2",
            "Uusi",
            "active",
            steps=[Step("g", "open_employment", "ongoing", start=D(2024, 6, 1))],
        )
    )
    estimate = estimate_outcomes([client], CATALOGUE, today=TODAY)["work_trial"]
    assert estimate.reached_within_year == 1
    assert estimate.median_days_to_goal == 121


def test_description_needs_ten_clients_and_is_in_the_chosen_language() -> None:
    small = OutcomeEstimate("work_trial", 9, 4, 4 / 9, 60.0)
    assert describe(small, "en") is None
    estimate = OutcomeEstimate("work_trial", 37, 15, 15 / 37, 95.0)
    assert describe(estimate, "en") == (
        "Of 37 earlier clients after “Work trial”, 41 % reached open work or training within a "
        "year. Typically it took 95 days after the service ended."
    )
    assert "Työkokeilu" in (describe(estimate, "fi") or "")
    assert "Arbetsprövning" in (describe(estimate, "sv") or "")
    nobody = OutcomeEstimate("work_trial", 12, 0, 0.0, None)
    assert describe(nobody, "en") == (
        "Of 12 earlier clients after “Work trial”, 0 % reached open work or training within a year."
    )


def test_wilson_interval() -> None:
    assert wilson_interval(0, 0) is None
    low, high = wilson_interval(0, 10) or (None, None)
    assert low == 0 and high == pytest.approx(0.2775, abs=1e-4)
    low, high = wilson_interval(10, 10) or (None, None)
    assert low == pytest.approx(0.7225, abs=1e-4) and high == pytest.approx(1)
