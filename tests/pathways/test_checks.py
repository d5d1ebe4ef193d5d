"""The findings and suggestions of spec/pathway-checks.md: each rule, its edges and the JSON."""

from __future__ import annotations

from datetime import date

import pytest

from pathways import i18n
from pathways.catalogue import ServiceCatalogue
from pathways.checks import (
    CheckResult,
    Finding,
    check_pathway,
    suggest_services,
)
from pathways.model import (
    Client,
    Consent,
    Goal,
    Need,
    Pathway,
    ServiceType,
    Step,
    TeamMember,
    Transition,
)
from pathways.stages import current_stage, goal_stages

TODAY = date(2026, 1, 15)
CATALOGUE = ServiceCatalogue.default()


def step(
    id: str,
    service: str = "work_trial",
    status: str = "completed",
    start: date | None = None,
    end: date | None = None,
    responsible: str | None = "t1",
    title: str | None = None,
) -> Step:
    return Step(
        id=id,
        service=service,
        status=status,
        start=start,
        end=end,
        responsible=responsible,
        title=title,
    )


def nxt(a: str, b: str, **fields: object) -> Transition:
    return Transition(a, b, "next", **fields)  # type: ignore[arg-type]


def client(
    *,
    goal: str | None = "open_employment",
    needs: list[Need] | None = None,
    consents: list[Consent] | None = None,
) -> Client:
    return Client(
        id="a1",
        name="Testi Asiakas",
        goal=Goal(goal) if goal else None,
        needs=needs or [],
        consents=consents or [],
        team=[TeamMember(id="t1", name="Heidi", role="coach", sector="employment")],
    )


def check(
    steps: list[Step],
    transitions: list[Transition] = (),  # type: ignore[assignment]
    *,
    who: Client | None = None,
    today: date = TODAY,
    gap_days: int = 30,
    catalogue: ServiceCatalogue = CATALOGUE,
) -> CheckResult:
    pathway = Pathway("p1", "Polku", "active", steps=steps, transitions=transitions)
    return check_pathway(who or client(), pathway, catalogue, today=today, gap_days=gap_days)


def of_kind(result: CheckResult, kind: str) -> list[Finding]:
    return [finding for finding in result.findings if finding.kind == kind]


# --- gap ---------------------------------------------------------------------------------------


def test_gap_of_more_than_thirty_days_is_reported_with_its_length() -> None:
    result = check(
        [
            step("s1", "work_trial", end=date(2025, 3, 1), start=date(2025, 1, 1)),
            step("s2", "job_coaching", "ongoing", start=date(2025, 4, 1), title="Valmennus"),
        ],
        [nxt("s1", "s2")],
    )
    [gap] = of_kind(result, "gap")
    assert gap.steps == ["s1", "s2"]
    assert gap.days == 31
    assert gap.severity == "warning"
    assert gap.message == "No service for 31 days between “Work trial” and “Valmennus”"


def test_exactly_thirty_days_is_not_a_gap() -> None:
    result = check(
        [
            step("s1", end=date(2025, 3, 1), start=date(2025, 1, 1)),
            step("s2", "job_coaching", "ongoing", start=date(2025, 3, 31)),
        ],
        [nxt("s1", "s2")],
    )
    assert of_kind(result, "gap") == []


def test_gap_setting_is_respected() -> None:
    steps = [
        step("s1", end=date(2025, 3, 1), start=date(2025, 1, 1)),
        step("s2", "job_coaching", "ongoing", start=date(2025, 3, 12)),
    ]
    assert [f.days for f in of_kind(check(steps, [nxt("s1", "s2")], gap_days=10), "gap")] == [11]
    assert of_kind(check(steps, [nxt("s1", "s2")], gap_days=11), "gap") == []


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # Only next transitions make gaps.
        (
            step("s1", end=date(2025, 1, 1)),
            step("s2", "job_coaching", "ongoing", start=date(2025, 6, 1)),
            "support",
        ),
        # A cancelled step takes part in no finding, at either end.
        (
            step("s1", "work_trial", "cancelled", end=date(2025, 1, 1)),
            step("s2", "job_coaching", "ongoing", start=date(2025, 6, 1)),
            "next",
        ),
        (
            step("s1", end=date(2025, 1, 1)),
            step("s2", "job_coaching", "cancelled", start=date(2025, 6, 1)),
            "next",
        ),
        # Without A's end or B's start there is nothing to measure.
        (
            step("s1", "work_trial", "ongoing", start=date(2024, 1, 1)),
            step("s2", "job_coaching", "ongoing", start=date(2025, 6, 1)),
            "next",
        ),
        (step("s1", end=date(2025, 1, 1)), step("s2", "job_coaching", "planned"), "next"),
    ],
)
def test_no_gap_without_a_measurable_next_transition(first: Step, second: Step, kind: str) -> None:
    result = check([first, second], [Transition("s1", "s2", kind)])
    assert of_kind(result, "gap") == []


# --- order -------------------------------------------------------------------------------------


def test_next_step_starting_before_its_predecessor_is_out_of_order() -> None:
    result = check(
        [
            step("s1", "work_trial", "ongoing", start=date(2025, 5, 1)),
            step("s2", "job_coaching", "ongoing", start=date(2025, 4, 30)),
        ],
        [nxt("s1", "s2")],
    )
    [finding] = of_kind(result, "order")
    assert finding.steps == ["s1", "s2"]
    assert finding.to_json() == {
        "kind": "order",
        "severity": "warning",
        "steps": ["s1", "s2"],
        "message": finding.message,
    }
    assert "Job coaching" in finding.message and "Work trial" in finding.message


@pytest.mark.parametrize(
    ("second_start", "kind", "second_status"),
    [
        (date(2025, 5, 1), "next", "ongoing"),  # the same day is not out of order
        (date(2025, 4, 1), "support", "ongoing"),  # support runs alongside, any dates
        (date(2025, 4, 1), "next", "cancelled"),
        (None, "next", "planned"),
    ],
)
def test_order_is_not_reported(second_start: date | None, kind: str, second_status: str) -> None:
    result = check(
        [
            step("s1", "work_trial", "ongoing", start=date(2025, 5, 1)),
            step("s2", "job_coaching", second_status, start=second_start),
        ],
        [Transition("s1", "s2", kind)],
    )
    assert of_kind(result, "order") == []


# --- dead_end ----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["completed", "interrupted"])
def test_ended_step_short_of_the_goal_with_nothing_after_is_a_dead_end(status: str) -> None:
    result = check([step("s1", "work_trial", status, start=date(2025, 1, 1), end=date(2025, 2, 1))])
    [finding] = of_kind(result, "dead_end")
    assert finding.steps == ["s1"]
    assert finding.to_json().keys() == {"kind", "severity", "steps", "message"}


@pytest.mark.parametrize(
    ("goal", "service", "expected"),
    [
        ("open_employment", "open_employment", 0),
        ("open_employment", "vocational_education", 1),  # training is not this client's goal
        ("training", "vocational_education", 0),
        ("training", "open_employment", 1),
        ("work_ability", "vocational_education", 0),  # any other goal: both goal stages
        ("work_ability", "open_employment", 0),
        (None, "apprenticeship", 0),
        (None, "work_trial", 1),
        (None, "no_such_service", 1),  # an unknown service is not known to reach the goal
    ],
)
def test_dead_end_depends_on_the_goal_stages(goal: str | None, service: str, expected: int) -> None:
    result = check(
        [step("s1", service, start=date(2025, 1, 1), end=date(2025, 2, 1))], who=client(goal=goal)
    )
    assert len(of_kind(result, "dead_end")) == expected


def test_any_outgoing_transition_saves_a_step_from_being_a_dead_end() -> None:
    steps = [
        step("s1", "social_guidance", start=date(2025, 1, 1), end=date(2025, 2, 1)),
        step("s2", "work_trial", "ongoing", start=date(2025, 1, 15)),
    ]
    assert of_kind(check(steps, [Transition("s1", "s2", "support")]), "dead_end") == []
    assert of_kind(check(steps, [nxt("s1", "s2")]), "dead_end") == []


def test_a_transition_only_to_a_cancelled_step_leads_nowhere() -> None:
    steps = [
        step("s1", "social_guidance", start=date(2025, 1, 1), end=date(2025, 2, 1)),
        step("s2", "work_trial", "cancelled"),
    ]
    [finding] = of_kind(check(steps, [nxt("s1", "s2")]), "dead_end")
    assert finding.steps == ["s1"]


@pytest.mark.parametrize("status", ["planned", "ongoing", "cancelled"])
def test_steps_that_have_not_ended_are_no_dead_ends(status: str) -> None:
    result = check([step("s1", "work_trial", status, start=date(2026, 1, 1))])
    assert of_kind(result, "dead_end") == []


# --- overdue -----------------------------------------------------------------------------------


def test_planned_step_whose_start_has_passed_is_overdue() -> None:
    result = check([step("s1", "work_trial", "planned", start=date(2026, 1, 14))])
    [finding] = of_kind(result, "overdue")
    assert finding.days == 1
    assert finding.to_json()["days"] == 1
    assert finding.message == "“Work trial” was to start 1 day ago and is still only planned"


def test_ongoing_step_past_its_planned_end_is_overdue() -> None:
    result = check(
        [step("s1", "work_trial", "ongoing", start=date(2025, 9, 1), end=date(2026, 1, 5))]
    )
    [finding] = of_kind(result, "overdue")
    assert finding.steps == ["s1"]
    assert finding.days == 10  # from the planned end, not from the start
    assert finding.to_json()["days"] == 10
    assert finding.message == (
        "“Work trial” was planned to end 10 days ago and is still ongoing: "
        "extend it or mark it completed"
    )


def test_a_planned_end_plays_no_part_for_a_planned_step() -> None:
    result = check(
        [step("s1", "work_trial", "planned", start=date(2026, 1, 10), end=date(2026, 1, 12))]
    )
    [finding] = of_kind(result, "overdue")
    assert finding.days == 5  # from the start
    assert "was to start" in finding.message


@pytest.mark.parametrize(
    ("status", "start", "end"),
    [
        ("planned", TODAY, None),  # starting today is not late
        ("planned", date(2026, 2, 1), None),
        ("planned", None, None),
        ("planned", None, date(2026, 1, 1)),  # a planned end alone: not late
        ("ongoing", date(2025, 1, 1), None),  # no planned end: runs on
        ("ongoing", date(2025, 1, 1), TODAY),  # ends today: not late
        ("ongoing", date(2025, 1, 1), date(2026, 5, 31)),
        ("completed", date(2025, 1, 1), date(2025, 6, 1)),
        ("interrupted", date(2025, 1, 1), date(2025, 6, 1)),
        ("cancelled", date(2025, 1, 1), None),
        ("cancelled", date(2025, 1, 1), date(2025, 6, 1)),
    ],
)
def test_not_overdue(status: str, start: date | None, end: date | None) -> None:
    result = check([step("s1", "work_trial", status, start=start, end=end)])
    assert of_kind(result, "overdue") == []


# --- no_responsible ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["planned", "ongoing"])
def test_planned_or_ongoing_step_needs_someone_responsible(status: str) -> None:
    result = check([step("s1", "work_trial", status, start=TODAY, responsible=None)])
    [finding] = of_kind(result, "no_responsible")
    assert finding.steps == ["s1"]
    assert finding.message == "Nobody in the team is responsible for “Work trial”"


def test_responsible_who_is_not_in_the_team_is_nobody() -> None:
    result = check([step("s1", "work_trial", "ongoing", start=TODAY, responsible="gone")])
    assert len(of_kind(result, "no_responsible")) == 1


@pytest.mark.parametrize(
    ("status", "responsible"),
    [("ongoing", "t1"), ("completed", None), ("interrupted", None), ("cancelled", None)],
)
def test_responsible_not_required(status: str, responsible: str | None) -> None:
    result = check(
        [
            step(
                "s1",
                "work_trial",
                status,
                start=date(2025, 1, 1),
                end=date(2025, 2, 1),
                responsible=responsible,
            )
        ],
        who=client(goal="open_employment"),
    )
    assert of_kind(result, "no_responsible") == []


# --- consent -----------------------------------------------------------------------------------

CONSENT = Consent(
    id="k1", given_on=date(2025, 3, 3), expires_on=date(2026, 3, 3), sectors=["employment"]
)


def consent_check(
    transition: Transition,
    *,
    consents: list[Consent] = [CONSENT],  # noqa: B006 - never mutated
    receiving_service: str = "work_trial",  # employment sector
    receiving_start: date | None = date(2025, 6, 1),
    receiving_status: str = "planned",
) -> list[Finding]:
    result = check(
        [
            step("s1", "social_guidance", "ongoing", start=date(2025, 1, 1)),
            step("s2", receiving_service, receiving_status, start=receiving_start),
        ],
        [transition],
        who=client(consents=consents),
        today=date(2025, 5, 1),
    )
    return of_kind(result, "consent")


def test_transfer_without_a_consent_is_an_error() -> None:
    [finding] = consent_check(nxt("s1", "s2", shared_info=["plan"]))
    assert finding.severity == "error"
    assert finding.reason == "missing"
    assert finding.steps == ["s1", "s2"]
    assert finding.to_json() == {
        "kind": "consent",
        "severity": "error",
        "steps": ["s1", "s2"],
        "reason": "missing",
        "message": "Information goes from “Social guidance” to “Work trial” without the client’s "
        "consent",
    }


def test_consent_id_that_names_no_consent_is_missing() -> None:
    [finding] = consent_check(nxt("s1", "s2", shared_info=["plan"], consent="nope"))
    assert finding.reason == "missing"


def test_consent_must_cover_the_receiving_sector() -> None:
    [finding] = consent_check(
        nxt("s1", "s2", shared_info=["plan"], consent="k1"), receiving_service="youth_workshop"
    )
    assert finding.reason == "sector"
    assert "NGOs and foundations" in finding.message


def test_transfer_before_the_consent_was_given_is_not_yet_valid() -> None:
    [finding] = consent_check(
        nxt("s1", "s2", shared_info=["plan"], consent="k1", date=date(2025, 3, 2))
    )
    assert finding.reason == "not_yet_valid"
    assert "3 Mar 2025" in finding.message


def test_consent_is_valid_on_the_day_it_was_given_and_on_its_expiry_day() -> None:
    for day in (date(2025, 3, 3), date(2026, 3, 3)):
        assert consent_check(nxt("s1", "s2", shared_info=["plan"], consent="k1", date=day)) == []


def test_transfer_after_the_expiry_day_is_expired() -> None:
    [finding] = consent_check(
        nxt("s1", "s2", shared_info=["plan"], consent="k1", date=date(2026, 3, 4))
    )
    assert finding.reason == "expired"
    assert "3 Mar 2026" in finding.message


def test_without_a_transition_date_the_receiving_start_then_today_counts() -> None:
    transition = nxt("s1", "s2", shared_info=["plan"], consent="k1")
    # B starts after the expiry: expired.
    [finding] = consent_check(transition, receiving_start=date(2026, 4, 1))
    assert finding.reason == "expired"
    # No date and no start: today (2025-05-01) is within the consent.
    assert consent_check(transition, receiving_start=None) == []
    # Today before the consent was given.
    late = Consent(id="k1", given_on=date(2025, 6, 1), sectors=["employment"])
    [finding] = consent_check(transition, consents=[late], receiving_start=None)
    assert finding.reason == "not_yet_valid"


def test_only_the_first_reason_is_reported() -> None:
    # Wrong sector *and* expired: sector comes first.
    [finding] = consent_check(
        nxt("s1", "s2", shared_info=["plan"], consent="k1", date=date(2027, 1, 1)),
        receiving_service="youth_workshop",
    )
    assert finding.reason == "sector"


def test_consent_applies_to_support_transitions_too() -> None:
    [finding] = consent_check(Transition("s1", "s2", "support", shared_info=["health"]))
    assert finding.reason == "missing"


@pytest.mark.parametrize(
    ("transition", "status"),
    [
        (nxt("s1", "s2"), "planned"),  # nothing shared
        (nxt("s1", "s2", shared_info=["plan"]), "cancelled"),
    ],
)
def test_no_consent_finding(transition: Transition, status: str) -> None:
    assert consent_check(transition, receiving_status=status) == []


# --- unmet_need --------------------------------------------------------------------------------


def test_needs_of_level_two_or_three_must_be_addressed() -> None:
    needs = [
        Need("finances", 3),
        Need("mental_health", 1),  # a small need is not reported
        Need("work_experience", 2),  # addressed by the work trial
        Need("housing", 2),
    ]
    result = check([step("s1", "work_trial", "ongoing", start=TODAY)], who=client(needs=needs))
    findings = of_kind(result, "unmet_need")
    assert [(f.domain, f.level, f.steps) for f in findings] == [
        ("finances", 3, []),
        ("housing", 2, []),
    ]
    assert findings[0].to_json() == {
        "kind": "unmet_need",
        "severity": "warning",
        "steps": [],
        "domain": "finances",
        "level": 3,
        "message": "No step addresses the need “Finances” (level 3)",
    }


def test_a_cancelled_step_addresses_nothing_a_planned_one_does() -> None:
    who = client(needs=[Need("finances", 2)])
    cancelled = check([step("s1", "debt_counselling", "cancelled")], who=who)
    assert [f.domain for f in of_kind(cancelled, "unmet_need")] == ["finances"]
    planned = check([step("s1", "debt_counselling", "planned", start=TODAY)], who=who)
    assert of_kind(planned, "unmet_need") == []


def test_custom_service_types_address_what_they_list_unknown_ones_nothing() -> None:
    own = ServiceType(
        code="own_budget_course",
        sector="social",
        stage="rehabilitation",
        names={"fi": "Budjettikurssi"},
        addresses=("finances",),
        custom=True,
    )
    silent = ServiceType(
        code="own_cafe",
        sector="third_sector",
        stage="intermediate",
        names={"fi": "Kahvila"},
        custom=True,
    )
    catalogue = ServiceCatalogue([own, silent])
    who = client(needs=[Need("finances", 2)])
    assert (
        of_kind(
            check(
                [step("s1", "own_budget_course", "planned", start=TODAY)],
                who=who,
                catalogue=catalogue,
            ),
            "unmet_need",
        )
        == []
    )
    for service in ("own_cafe", "unknown_code"):
        result = check([step("s1", service, "planned", start=TODAY)], who=who, catalogue=catalogue)
        assert len(of_kind(result, "unmet_need")) == 1


# --- The order of findings ---------------------------------------------------------------------


def test_findings_follow_the_table_then_transition_step_and_need_order() -> None:
    steps = [
        step("s1", "social_rehabilitation", start=date(2025, 1, 1), end=date(2025, 2, 1)),
        step("s2", "work_trial", "completed", start=date(2025, 5, 1), end=date(2025, 6, 1)),
        step("s3", "job_coaching", "planned", start=date(2025, 12, 1), responsible=None),
        step(
            "s4",
            "rehabilitative_work_activity",
            "completed",
            start=date(2024, 6, 1),
            end=date(2024, 12, 1),
        ),
        step("s5", "youth_workshop", "planned", start=date(2024, 1, 1), responsible=None),
    ]
    transitions = [
        nxt("s2", "s3", shared_info=["plan"]),  # gap 183 days, consent missing
        nxt("s1", "s2", shared_info=["plan"], consent="k1"),  # gap 89 days, consent ok
        nxt("s4", "s5", shared_info=["plan"], consent="k1"),  # order, consent sector
    ]
    who = client(needs=[Need("housing", 2), Need("finances", 3)], consents=[CONSENT])
    result = check(steps, transitions, who=who)
    assert [(f.kind, f.steps) for f in result.findings] == [
        ("gap", ["s2", "s3"]),
        ("gap", ["s1", "s2"]),
        ("order", ["s4", "s5"]),
        ("overdue", ["s3"]),
        ("overdue", ["s5"]),
        ("no_responsible", ["s3"]),
        ("no_responsible", ["s5"]),
        ("consent", ["s2", "s3"]),
        ("consent", ["s4", "s5"]),
        ("unmet_need", []),
        ("unmet_need", []),
    ]
    assert [f.domain for f in result.findings if f.kind == "unmet_need"] == ["housing", "finances"]
    assert [f.reason for f in result.findings if f.kind == "consent"] == ["missing", "sector"]


# --- current stage and goal stages -------------------------------------------------------------


def pathway_of(*steps: Step) -> Pathway:
    return Pathway("p1", "Polku", "active", steps=steps)


def test_current_stage_is_the_highest_ongoing_stage() -> None:
    pathway = pathway_of(
        step("s1", "mental_health_services", "ongoing", start=date(2025, 1, 1)),
        step("s2", "ips_coaching", "ongoing", start=date(2025, 2, 1)),
        step("s3", "open_employment", "completed", start=date(2024, 1, 1), end=date(2026, 1, 1)),
        step("s4", "open_employment", "planned", start=date(2026, 2, 1)),
    )
    assert current_stage(pathway, CATALOGUE) == "intermediate"


def test_without_ongoing_steps_the_latest_completed_counts_highest_on_a_tie() -> None:
    pathway = pathway_of(
        step("s1", "work_trial", "completed", start=date(2025, 1, 1), end=date(2025, 6, 1)),
        step("s2", "social_guidance", "completed", start=date(2025, 1, 1), end=date(2025, 7, 1)),
        step("s3", "career_guidance", "completed", start=date(2025, 1, 1), end=date(2025, 7, 1)),
        step(
            "s4",
            "vocational_education",
            "interrupted",
            start=date(2025, 8, 1),
            end=date(2025, 9, 1),
        ),
    )
    assert current_stage(pathway, CATALOGUE) == "rehabilitation"


def test_no_current_stage_without_ongoing_or_completed_steps() -> None:
    pathway = pathway_of(
        step("s1", "work_trial", "planned", start=date(2026, 5, 1)),
        step("s2", "unknown_code", "ongoing", start=date(2025, 1, 1)),
    )
    assert current_stage(pathway, CATALOGUE) is None
    assert check(pathway.steps).to_json()["current_stage"] is None


@pytest.mark.parametrize(
    ("goal", "stages"),
    [
        ("open_employment", ["open_employment"]),
        ("training", ["training"]),
        ("work_ability", ["training", "open_employment"]),
        ("other", ["training", "open_employment"]),
        (None, ["training", "open_employment"]),
    ],
)
def test_goal_stages(goal: str | None, stages: list[str]) -> None:
    assert goal_stages(client(goal=goal)) == stages


# --- Suggestions -------------------------------------------------------------------------------


def suggested(result: CheckResult) -> list[tuple[str, str]]:
    return [(s.for_need, s.service) for s in result.suggestions]


def test_without_a_current_stage_suggestions_start_from_assessment() -> None:
    result = check([], who=client(needs=[Need("finances", 3)]))
    assert suggested(result) == [
        ("finances", "service_need_assessment"),
        ("finances", "adult_social_work"),
        ("finances", "debt_counselling"),
    ]
    assert result.suggestions[0].reason == (
        "Works on the need “Finances” (level 3); stage: Need identification and assessment"
    )


def test_of_two_equally_near_stages_the_later_comes_first() -> None:
    # Current stage work_activity (3): intermediate (4) before rehabilitation (2).
    result = check(
        [step("s1", "rehabilitative_work_activity", "ongoing", start=date(2025, 9, 1))],
        who=client(needs=[Need("functional_capacity", 2)]),
    )
    assert suggested(result) == [
        ("functional_capacity", "disability_work_activity"),
        ("functional_capacity", "supported_employment"),
        ("functional_capacity", "kela_vocational_rehabilitation"),
    ]


def test_suggestions_skip_earlier_suggestions_but_not_cancelled_steps() -> None:
    who = client(needs=[Need("health", 3), Need("functional_capacity", 2), Need("finances", 2)])
    result = check([step("s1", "debt_counselling", "cancelled")], who=who)
    assert suggested(result) == [
        ("health", "work_ability_assessment"),
        ("health", "rehabilitation_need_assessment"),
        ("health", "medical_rehabilitation"),
        ("functional_capacity", "disability_services"),
        ("functional_capacity", "work_ability_coordination"),
        ("functional_capacity", "disability_work_activity"),
        # A cancelled step is not in the pathway: its service may be suggested again.
        ("finances", "service_need_assessment"),
        ("finances", "adult_social_work"),
        ("finances", "debt_counselling"),
    ]


def test_only_service_types_valid_today_are_suggested() -> None:
    expired = ServiceType(
        code="old_money_course",
        sector="social",
        stage="assessment",
        names={"fi": "Vanha"},
        addresses=("finances",),
        valid_to=date(2025, 12, 31),
        custom=True,
    )
    future = ServiceType(
        code="new_money_course",
        sector="social",
        stage="assessment",
        names={"fi": "Uusi"},
        addresses=("finances",),
        valid_from=date(2026, 1, 16),
        custom=True,
    )
    today_only = ServiceType(
        code="day_course",
        sector="social",
        stage="assessment",
        names={"fi": "Päivä"},
        addresses=("finances",),
        valid_from=TODAY,
        valid_to=TODAY,
        custom=True,
    )
    catalogue = ServiceCatalogue([expired, future, today_only])
    pathway = Pathway("p1", "Polku", "draft")
    result = suggest_services(client(needs=[Need("finances", 2)]), pathway, catalogue, today=TODAY)
    assert [s.service for s in result] == [
        "service_need_assessment",
        "day_course",
        "adult_social_work",
    ]


def test_a_need_with_no_candidates_left_gets_no_suggestion() -> None:
    steps = [step("s1", "substance_use_services", "planned", start=TODAY)]
    result = check(steps, who=client(needs=[Need("substance_use", 3), Need("language", 2)]))
    assert suggested(result) == [
        ("language", "labour_market_training"),
        ("language", "self_motivated_study"),
    ]


# --- The JSON document and the language --------------------------------------------------------


def test_check_json_has_the_shape_of_the_spec() -> None:
    result = check(
        [
            step("s2", "work_trial", start=date(2025, 10, 1), end=date(2025, 11, 1)),
            step("s3", "job_coaching", "ongoing", start=date(2025, 12, 20)),
        ],
        [nxt("s2", "s3")],
        who=client(needs=[Need("finances", 3)]),
    )
    document = result.to_json()
    assert list(document) == [
        "client",
        "pathway",
        "today",
        "current_stage",
        "goal_stages",
        "findings",
        "suggestions",
    ]
    assert document["client"] == "a1"
    assert document["pathway"] == "p1"
    assert document["today"] == "2026-01-15"
    assert document["current_stage"] == "intermediate"
    assert document["goal_stages"] == ["open_employment"]
    assert document["findings"][0] == {
        "kind": "gap",
        "severity": "warning",
        "steps": ["s2", "s3"],
        "days": 49,
        "message": "No service for 49 days between “Work trial” and “Job coaching”",
    }
    assert document["findings"][1]["kind"] == "unmet_need"
    assert set(document["suggestions"][0]) == {"service", "for_need", "reason"}
    assert document["suggestions"][0]["service"] == "adult_social_work"


def test_messages_name_steps_in_the_current_language() -> None:
    i18n.set_language("fi")
    result = check([step("s1", "work_trial", "planned", start=date(2026, 1, 1))])
    [finding] = of_kind(result, "overdue")
    assert "Työkokeilu" in finding.message
    i18n.set_language("sv")
    result = check([step("s1", "work_trial", "planned", start=date(2026, 1, 1))])
    assert "Arbetsprövning" in of_kind(result, "overdue")[0].message


def test_a_pathway_of_unknown_services_is_checked_without_failing() -> None:
    steps = [
        step("s1", "gone_service", start=date(2025, 1, 1), end=date(2025, 2, 1)),
        step("s2", "another_gone", "planned", start=date(2025, 6, 1), responsible=None),
    ]
    who = client(needs=[Need("housing", 2)], consents=[CONSENT])
    result = check(steps, [nxt("s1", "s2", shared_info=["plan"], consent="k1")], who=who)
    assert [(f.kind, f.reason) for f in result.findings] == [
        ("gap", None),
        ("overdue", None),
        ("no_responsible", None),
        ("consent", "sector"),  # the receiving sector is unknown, so not covered
        ("unmet_need", None),
    ]
    assert "gone_service" in result.findings[0].message
