"""The pathway's networkx graph is what the checks, the edits and the reader's cycle rule read.

``Pathway.graph`` is kept in step with every edit; these tests build pathways through the public
API (edits, undo) and see that the findings, the loop rule and the reader's cycle message follow
the graph, with the outputs the exact tests of each module expect.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import random
from datetime import date
from typing import Any

import networkx as nx
import pytest

from pathways import exchange
from pathways.catalogue import ServiceCatalogue
from pathways.checks import check_pathway, steps_with_a_way_forward
from pathways.edits import (
    AddStep,
    AddTransition,
    Compound,
    RemoveStep,
    RemoveTransition,
    UpdateStep,
    UpdateTransition,
    transition_problems,
)
from pathways.model import Client, Consent, Goal, Need, Pathway, Step, TeamMember, Transition

TODAY = date(2026, 1, 15)
CATALOGUE = ServiceCatalogue.default()
CONSENT = Consent("k1", date(2024, 1, 1), ["social", "employment"])


def who() -> Client:
    return Client(
        id="a1",
        name="Testi Asiakas",
        goal=Goal("open_employment"),
        needs=[Need("housing", 2), Need("finances", 3)],
        consents=[CONSENT],
        team=[TeamMember(id="t1", name="Heidi", role="coach", sector="employment")],
    )


STEPS = [
    Step("s1", "social_rehabilitation", "completed", start=date(2025, 1, 1),
         end=date(2025, 2, 1), responsible="t1"),
    Step("s2", "work_trial", "completed", start=date(2025, 5, 1), end=date(2025, 6, 1),
         responsible="t1"),
    Step("s3", "job_coaching", "planned", start=date(2025, 12, 1)),
    Step("s4", "rehabilitative_work_activity", "completed", start=date(2024, 6, 1),
         end=date(2024, 12, 1), responsible="t1"),
    Step("s5", "youth_workshop", "planned", start=date(2024, 1, 1)),
    Step("s6", "work_trial", "interrupted", start=date(2025, 2, 1), end=date(2025, 3, 1),
         responsible="t1"),
]
TRANSITIONS = [
    Transition("s2", "s3", "next", shared_info=["plan"]),
    Transition("s1", "s2", "next", shared_info=["plan"], consent="k1"),
    Transition("s4", "s5", "next", shared_info=["plan"], consent="k1"),
]


def test_a_pathway_built_and_undone_through_edits_gives_the_findings_of_one_built_at_once() -> None:
    at_once = Pathway("p1", "Polku", "active", steps=STEPS, transitions=TRANSITIONS)
    edited = Pathway("p1", "Polku", "active")
    for step in STEPS:
        AddStep(step).apply(edited)
    # The transitions go in out of order, through a detour and an undone step removal.
    AddTransition(TRANSITIONS[2]).apply(edited)
    AddTransition(TRANSITIONS[0], index=0).apply(edited)
    AddTransition(Transition("s6", "s1", "support")).apply(edited)
    AddTransition(TRANSITIONS[1], index=1).apply(edited)
    removal = RemoveStep.of(edited, "s6")
    removal.apply(edited)
    assert "s6" not in edited.graph
    removal.inverse().apply(edited)
    RemoveTransition.of(edited, ("s6", "s1", "support")).apply(edited)

    assert edited == at_once
    assert sorted(edited.graph.edges(keys=True)) == sorted(at_once.graph.edges(keys=True))
    expected = check_pathway(who(), at_once, CATALOGUE, today=TODAY).to_json()
    assert check_pathway(who(), edited, CATALOGUE, today=TODAY).to_json() == expected
    # The spec's order: transitions in the pathway's order, steps in step order.
    assert [(f["kind"], f["steps"]) for f in expected["findings"]] == [
        ("gap", ["s2", "s3"]),
        ("gap", ["s1", "s2"]),
        ("order", ["s4", "s5"]),
        ("dead_end", ["s6"]),
        ("overdue", ["s3"]),
        ("overdue", ["s5"]),
        ("no_responsible", ["s3"]),
        ("no_responsible", ["s5"]),
        ("consent", ["s2", "s3"]),
        ("consent", ["s4", "s5"]),
        ("unmet_need", []),
        ("unmet_need", []),
    ]


def dead_ends(pathway: Pathway) -> list[list[str]]:
    result = check_pathway(who(), pathway, CATALOGUE, today=TODAY)
    return [finding.steps for finding in result.findings if finding.kind == "dead_end"]


def test_a_dead_end_follows_the_graph_through_edits_and_undo() -> None:
    pathway = Pathway("p1", "Polku", "active", steps=[STEPS[5], STEPS[2]])
    assert dead_ends(pathway) == [["s6"]]
    add = AddTransition(Transition("s6", "s3", "support"))
    add.apply(pathway)
    assert dead_ends(pathway) == []
    cancel = UpdateStep(STEPS[2], dataclasses.replace(STEPS[2], status="cancelled"))
    cancel.apply(pathway)
    assert dead_ends(pathway) == [["s6"]]  # its only way forward is to a dropped plan
    cancel.inverse().apply(pathway)
    to_next = UpdateTransition(add.transition, dataclasses.replace(add.transition, kind="next"))
    to_next.apply(pathway)
    assert list(pathway.graph.edges(keys=True)) == [("s6", "s3", "next")]
    assert dead_ends(pathway) == []
    Compound((to_next.inverse(), add.inverse())).apply(pathway)
    assert dead_ends(pathway) == [["s6"]]


def test_the_ways_forward_read_from_the_graph_are_those_of_the_transition_list() -> None:
    rng = random.Random(14)
    statuses = ["planned", "ongoing", "completed", "interrupted", "cancelled"]
    for _ in range(300):
        ids = [f"s{i}" for i in range(rng.randint(1, 9))]
        pathway = Pathway("p", "P", steps=[Step(i, "work_trial", rng.choice(statuses))
                                           for i in ids])
        for _ in range(rng.randint(0, 12)):
            if len(ids) < 2:
                break
            a, b = rng.sample(ids, 2)
            transition = Transition(a, b, rng.choice(["next", "support"]))
            if not pathway.has_transition(transition.key):
                pathway.add_transition(transition)
        if ids and rng.random() < 0.3:
            pathway.remove_step(rng.choice(ids))
        cancelled = {s.id for s in pathway if s.status == "cancelled"}
        by_list = {t.from_step for t in pathway.transitions
                   if t.from_step not in cancelled and t.to_step not in cancelled}
        assert steps_with_a_way_forward(pathway) == by_list


def test_the_loop_rule_reads_the_next_edges_of_the_graph() -> None:
    pathway = Pathway("p1", "Polku", steps=STEPS[:3],
                      transitions=[TRANSITIONS[1], TRANSITIONS[0],
                                   Transition("s3", "s1", "support")])
    view = pathway.next_graph()
    assert sorted(view.edges(keys=True)) == [("s1", "s2", "next"), ("s2", "s3", "next")]
    assert nx.is_directed_acyclic_graph(view)
    # A `next` back to the start closes a loop; a `support` one does not.
    assert [p.field for p in transition_problems(pathway, Transition("s3", "s1", "next"))] == [
        "kind"
    ]
    assert transition_problems(pathway, Transition("s3", "s2", "support")) == []
    # Turning s1→s2 around is no loop once the edge it replaces is left out of the view.
    assert transition_problems(
        pathway, Transition("s2", "s1", "next"), replacing=("s1", "s2", "next")
    ) == []
    assert transition_problems(pathway, Transition("s2", "s1", "next")) != []
    # The view follows the graph: an edit shows in it at once.
    RemoveTransition.of(pathway, ("s2", "s3", "next")).apply(pathway)
    assert list(view.edges(keys=True)) == [("s1", "s2", "next")]
    assert transition_problems(pathway, Transition("s3", "s1", "next")) == []


def test_a_step_removal_is_refused_when_the_graph_has_a_transition_it_did_not_record() -> None:
    pathway = Pathway("p1", "Polku", steps=STEPS[:3], transitions=[TRANSITIONS[1]])
    removal = RemoveStep.of(pathway, "s2")
    AddTransition(Transition("s3", "s2", "support")).apply(pathway)
    with pytest.raises(ValueError, match="other transitions than recorded"):
        removal.apply(pathway)
    assert pathway.has_step("s2")


def test_outgoing_and_incoming_transitions_are_read_from_the_graph() -> None:
    pathway = Pathway("p1", "Polku", steps=STEPS[:3],
                      transitions=[TRANSITIONS[1], Transition("s1", "s3", "support"),
                                   TRANSITIONS[0]])
    assert [t.key for t in pathway.outgoing("s1")] == [("s1", "s2", "next"),
                                                      ("s1", "s3", "support")]
    assert [t.key for t in pathway.incoming("s3")] == [("s1", "s3", "support"),
                                                      ("s2", "s3", "next")]
    assert pathway.outgoing("s3") == [] and pathway.incoming("s1") == []


# --- The reader's cycle rule -------------------------------------------------------------------

DOCUMENT: dict[str, Any] = {
    "format": "polku.exchange",
    "version": 1,
    "exported_at": "2026-11-28T10:00:00+02:00",
    "source": {"organisation": "Testialue", "system": "pytest"},
    "clients": [
        {
            "id": "c1",
            "name": "Aino Esimerkki",
            "pathways": [
                {
                    "id": "p1",
                    "title": "Polku",
                    "status": "active",
                    "steps": [
                        {"id": f"s{i}", "service": "job_coaching", "status": "planned"}
                        for i in range(1, 6)
                    ],
                    "transitions": [
                        {"from": "s1", "to": "s2", "kind": "next"},
                        {"from": "s2", "to": "s3", "kind": "next"},
                        {"from": "s4", "to": "s5", "kind": "next"},
                    ],
                }
            ],
        }
    ],
}


def cycle_problems(*extra: tuple[str, str, str]) -> list[str]:
    doc = copy.deepcopy(DOCUMENT)
    doc["clients"][0]["pathways"][0]["transitions"] += [
        {"from": a, "to": b, "kind": kind} for a, b, kind in extra
    ]
    return [str(problem) for problem in exchange.validate(json.dumps(doc), today=TODAY)]


def test_the_first_cycle_networkx_meets_is_reported_once_from_the_step_it_comes_back_to() -> None:
    assert cycle_problems() == []
    assert cycle_problems(("s3", "s2", "support"), ("s5", "s4", "support")) == []
    where = "clients[0].pathways[0].transitions: the next transitions form a cycle: "
    assert cycle_problems(("s3", "s2", "next")) == [where + '"s2" → "s3" → "s2"']
    # Two cycles in one pathway: one problem, about the cycle met first in file order.
    assert cycle_problems(("s5", "s4", "next"), ("s3", "s1", "next")) == [
        where + '"s1" → "s2" → "s3" → "s1"'
    ]
    assert cycle_problems(("s5", "s4", "next")) == [where + '"s4" → "s5" → "s4"']
