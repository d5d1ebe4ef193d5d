"""Edits are invertible data: applying an edit and then its inverse gives back the same pathway,
and the validation rules are the exchange format's (no Qt, no database here)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from pathways.catalogue import ServiceCatalogue
from pathways.edits import (
    AddStep,
    AddTransition,
    Compound,
    EditConflict,
    InPathway,
    MoveSteps,
    PathwayMeta,
    RemovePathway,
    RemoveStep,
    RemoveTransition,
    UpdatePathwayMeta,
    UpdateStep,
    UpdateTransition,
    activate_pathway,
    close_pathway,
    new_pathway,
    pathway_title_problem,
    remove_selection,
    rename_pathway,
    step_problems,
    tidy_up,
    transition_problems,
)
from pathways.model import Client, Consent, Pathway, Step, Transition

CATALOGUE = ServiceCatalogue()


def _pathway() -> Pathway:
    return Pathway(
        "p1",
        "Plan A",
        "active",
        created_on=date(2025, 1, 2),
        steps=[
            Step(
                "a",
                "multisectoral_mapping",
                "completed",
                start=date(2025, 1, 10),
                end=date(2025, 2, 28),
            ),
            Step(
                "b",
                "rehabilitative_work_activity",
                "ongoing",
                start=date(2025, 3, 1),
                position=(500.0, 300.0),
            ),
            Step("c", "work_trial", "planned", title="Trial at the library"),
            Step("d", "social_guidance", "ongoing", start=date(2025, 1, 15)),
        ],
        transitions=[
            Transition("a", "b", "next", referral=True, shared_info=["basic", "plan"]),
            Transition("b", "c", "next"),
            Transition("d", "b", "support"),
            Transition("d", "c", "support", note="keeps going"),
        ],
    )


def _snapshot(pathway: Pathway) -> tuple:
    """Everything a user could notice, including the order of steps and transitions."""
    return (
        pathway.id,
        pathway.title,
        pathway.status,
        pathway.created_on,
        [dataclasses.astuple(s) for s in pathway.steps],
        [dataclasses.astuple(t) for t in pathway.transitions],
        sorted(pathway.graph.edges(keys=True)),
    )


def _edits(pathway: Pathway) -> list:
    step_b = pathway.step("b")
    support = pathway.transition(("d", "b", "support"))
    return [
        AddStep(Step("e", "job_coaching", "planned")),
        AddStep(Step("f", "open_employment", "planned"), index=1),
        RemoveStep.of(pathway, "b"),
        RemoveStep.of(pathway, "d"),
        UpdateStep(step_b, dataclasses.replace(step_b, status="completed", end=date(2025, 6, 1))),
        MoveSteps((("a", None, (10.0, 20.0)), ("b", (500.0, 300.0), None))),
        tidy_up(pathway),
        AddTransition(Transition("a", "c", "support")),
        AddTransition(Transition("a", "d", "next"), index=0),
        RemoveTransition.of(pathway, ("b", "c", "next")),
        UpdateTransition(support, dataclasses.replace(support, kind="next", referral=True)),
        UpdateTransition(support, dataclasses.replace(support, shared_info=["health"])),
        UpdatePathwayMeta(PathwayMeta.of(pathway), PathwayMeta("Plan B", "closed", None)),
        remove_selection(pathway, ["b", "c"], [("d", "c", "support"), ("a", "b", "next")]),
        remove_selection(pathway, [], [("d", "b", "support"), ("a", "b", "next")]),
    ]


@pytest.mark.parametrize("number", range(15))
def test_every_edit_undoes_exactly(number: int) -> None:
    pathway = _pathway()
    edit = _edits(pathway)[number]
    before = _snapshot(pathway)
    edit.apply(pathway)
    after = _snapshot(pathway)
    assert after != before
    edit.inverse().apply(pathway)
    assert _snapshot(pathway) == before
    edit.inverse().inverse().apply(pathway)  # redo
    assert _snapshot(pathway) == after


def test_removing_a_step_removes_its_transitions_and_undo_puts_them_back_in_place() -> None:
    pathway = _pathway()
    edit = RemoveStep.of(pathway, "b")
    edit.apply(pathway)
    assert [s.id for s in pathway] == ["a", "c", "d"]
    assert [t.key for t in pathway.transitions] == [("d", "c", "support")]
    edit.inverse().apply(pathway)
    assert [s.id for s in pathway] == ["a", "b", "c", "d"]
    assert [t.key for t in pathway.transitions] == [
        ("a", "b", "next"),
        ("b", "c", "next"),
        ("d", "b", "support"),
        ("d", "c", "support"),
    ]
    assert pathway.transition(("a", "b", "next")).shared_info == ["basic", "plan"]


def test_a_sequence_of_edits_undone_in_reverse_gives_back_the_start() -> None:
    pathway = _pathway()
    start = _snapshot(pathway)
    done = []
    for edit in [
        AddStep(Step("e", "job_coaching", "planned")),
        AddTransition(Transition("c", "e", "next")),
        MoveSteps((("e", None, (1.0, 2.0)),)),
    ]:
        edit.apply(pathway)
        done.append(edit)
    done.append(RemoveStep.of(pathway, "c"))
    done[-1].apply(pathway)
    assert not pathway.has_step("c") and not pathway.has_transition(("c", "e", "next"))
    for edit in reversed(done):
        edit.inverse().apply(pathway)
    assert _snapshot(pathway) == start


def test_an_edit_on_the_wrong_state_is_refused_and_a_compound_is_all_or_nothing() -> None:
    pathway = _pathway()
    stale = UpdateStep(Step("c", "work_trial", "planned"), Step("c", "work_trial", "ongoing"))
    with pytest.raises(EditConflict):
        stale.apply(pathway)  # "c" has a title the edit did not know of
    before = _snapshot(pathway)
    compound = Compound((AddStep(Step("e", "job_coaching", "planned")), stale))
    with pytest.raises(EditConflict):
        compound.apply(pathway)
    assert _snapshot(pathway) == before


def test_the_edits_keep_no_reference_to_the_pathway_objects() -> None:
    pathway = _pathway()
    step = Step("e", "job_coaching", "planned")
    AddStep(step).apply(pathway)
    assert pathway.step("e") == step and pathway.step("e") is not step


def test_keyboard_nudges_merge_into_one_move() -> None:
    first = MoveSteps((("a", None, (10.0, 10.0)),))
    second = MoveSteps((("a", (10.0, 10.0), (20.0, 10.0)),))
    merged = first.merged_with(second)
    assert merged == MoveSteps((("a", None, (20.0, 10.0)),))
    assert first.merged_with(MoveSteps((("b", None, (1.0, 1.0)),))) is None


def test_tidy_up_forgets_only_the_positions_a_user_set() -> None:
    pathway = _pathway()
    edit = tidy_up(pathway)
    assert edit.moves == (("b", (500.0, 300.0), None),)
    edit.apply(pathway)
    assert all(s.position is None for s in pathway)


def test_new_copied_pathway_is_a_draft_with_the_same_steps_and_activation_demotes_the_old() -> None:
    client = Client("c1", "Aino", pathways=[_pathway()])
    add = new_pathway(client, "p2", "Plan B", today=date(2026, 1, 15), copy_of="p1")
    add.apply(client)
    copy = client.pathway("p2")
    assert copy.status == "draft" and copy.created_on == date(2026, 1, 15)
    assert [s.id for s in copy] == ["a", "b", "c", "d"] and len(copy.transitions) == 4
    copy.replace_step(dataclasses.replace(copy.step("a"), note="changed in the copy only"))
    assert client.pathway("p1").step("a").note is None

    activate = activate_pathway(client, "p2")
    assert activate.touched() == ["p1", "p2"]  # demote first: never two active in the database
    activate.apply(client)
    assert [(p.id, p.status) for p in client.pathways] == [("p1", "draft"), ("p2", "active")]
    assert activate.inverse().touched() == ["p2", "p1"]
    activate.inverse().apply(client)
    assert [(p.id, p.status) for p in client.pathways] == [("p1", "active"), ("p2", "draft")]

    rename_pathway(client, "p2", "Plan C").apply(client)
    close_pathway(client, "p2").apply(client)
    assert (client.pathway("p2").title, client.pathway("p2").status) == ("Plan C", "closed")
    remove = RemovePathway.of(client, "p2")
    remove.apply(client)
    assert [p.id for p in client.pathways] == ["p1"]
    remove.inverse().apply(client)
    assert client.pathways[1].title == "Plan C"
    assert InPathway("p1", tidy_up(client.pathway("p1"))).touched() == ["p1"]


def test_blank_new_pathway() -> None:
    client = Client("c1", "Aino")
    new_pathway(client, "p1", "First", today=date(2026, 1, 15)).apply(client)
    # The client's first pathway is the active one (not a draft that prints say "Luonnos").
    assert client.pathways[0].status == "active" and len(client.pathways[0]) == 0
    new_pathway(client, "p2", "Second", today=date(2026, 1, 15)).apply(client)
    assert client.pathways[1].status == "draft"  # an alternative to the active one


def test_client_numbers_are_short_and_count_up_within_the_year() -> None:
    from pathways.client_numbers import next_client_number

    assert next_client_number([], 2026) == "2026-0001"
    existing = ["2026-0001", "2026-0009", "2025-0044", "demo-aleksi", "3f2c9a"]
    assert next_client_number(existing, 2026) == "2026-0010"
    assert next_client_number(existing, 2025) == "2025-0045"


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"status": "ongoing", "start": None}, "start", "start date"),
        ({"status": "completed", "start": date(2025, 1, 1), "end": None}, "end", "end date"),
        ({"status": "interrupted", "start": None, "end": date(2025, 1, 1)}, "start", "start"),
        (
            {"status": "ongoing", "start": date(2025, 2, 1), "end": date(2025, 1, 31)},
            "end",
            "before the start",
        ),
        (
            {"status": "planned", "start": date(2025, 2, 1), "end": date(2025, 1, 31)},
            "end",
            "before the start",
        ),
        ({"start": date(2025, 2, 1), "end": date(2025, 1, 1)}, "end", "before the start"),
        ({"title": "x" * 201}, "title", "200"),
        ({"provider": "a\x00b"}, "provider", "control character"),
        ({"note": "n" * 10_001}, "note", "10000"),
        ({"service": "no_such_service"}, "service", "catalogue"),
        ({"responsible": "stranger"}, "responsible", "team"),
    ],
)
def test_step_rules_are_reported_at_their_field(changes: dict, field: str, fragment: str) -> None:
    step = dataclasses.replace(Step("s", "work_trial", "planned"), **changes)
    problems = step_problems(step, catalogue=CATALOGUE, team_ids=["m1"])
    assert [p.field for p in problems] == [field]
    assert fragment in problems[0].message


def test_valid_steps_have_no_problems() -> None:
    for step in _pathway():
        assert step_problems(step, catalogue=CATALOGUE, team_ids=[]) == []
    planned_with_dates = Step(
        "s",
        "work_trial",
        "planned",
        start=date(2026, 1, 1),
        end=date(2026, 1, 1),
        title="\tTab and\nnewline ok",
    )
    assert step_problems(planned_with_dates) == []
    # An ongoing step may carry its planned or decided end (a work trial agreed until a date),
    # also one that has passed (the check reports it as overdue), and one on its start day.
    for end in (date(2027, 5, 31), date(2025, 1, 15), date(2025, 1, 1)):
        ongoing = Step("s", "work_trial", "ongoing", start=date(2025, 1, 1), end=end)
        assert step_problems(ongoing) == []


def test_transition_rules() -> None:
    pathway = _pathway()
    cycle = transition_problems(pathway, Transition("c", "a", "next"))
    assert [p.field for p in cycle] == ["kind"] and "loop" in cycle[0].message
    assert transition_problems(pathway, Transition("c", "a", "support")) == []
    duplicate = transition_problems(pathway, Transition("a", "b", "next"))
    assert [p.field for p in duplicate] == ["kind"]
    assert [p.field for p in transition_problems(pathway, Transition("a", "a", "support"))] == [
        "to_step"
    ]
    assert [p.field for p in transition_problems(pathway, Transition("a", "zz", "next"))] == [
        "to_step"
    ]
    # Changing a transition in place is not a duplicate of itself; turning support into next
    # is checked for loops.
    support = pathway.transition(("d", "b", "support"))
    assert (
        transition_problems(
            pathway, dataclasses.replace(support, referral=True), replacing=support.key
        )
        == []
    )
    pathway.add_transition(Transition("b", "d", "next"))
    assert [
        p.field
        for p in transition_problems(
            pathway, dataclasses.replace(support, kind="next"), replacing=support.key
        )
    ] == ["kind"]
    consent = transition_problems(
        pathway,
        Transition("a", "c", "support", consent="k9"),
        consent_ids=[Consent("k1", date(2025, 1, 1), ["health"]).id],
    )
    assert [p.field for p in consent] == ["consent"]
    assert [
        p.field
        for p in transition_problems(
            pathway, Transition("a", "c", "support", shared_info=["basic", "basic"])
        )
    ] == ["shared_info"]


def test_pathway_titles() -> None:
    assert pathway_title_problem("  ") is not None
    assert pathway_title_problem("x" * 201) is not None
    assert pathway_title_problem("Plan B") is None
