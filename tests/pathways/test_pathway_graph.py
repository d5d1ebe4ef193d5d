"""The pathway graph is built on first use and then kept in step with every edit."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from pathways.model import Pathway, Step, Transition


def _pathway() -> Pathway:
    return Pathway(
        "p1",
        "Polku",
        steps=[
            Step("a", "service_need_assessment", "completed"),
            Step("b", "social_rehabilitation", "ongoing"),
            Step("c", "work_trial", "planned"),
        ],
        transitions=[
            Transition("a", "b", "next"),
            Transition("a", "b", "support"),
            Transition("b", "c", "next"),
        ],
    )


def _graph_of(pathway: Pathway) -> tuple[list[str], list[tuple[str, str, str, Transition]]]:
    graph = pathway.graph
    return sorted(graph.nodes), sorted(
        (u, v, k, data["transition"]) for u, v, k, data in graph.edges(keys=True, data=True)
    )


def test_the_graph_has_every_step_and_transition_keyed_by_kind() -> None:
    pathway = _pathway()
    nodes, edges = _graph_of(pathway)
    assert nodes == ["a", "b", "c"]
    assert [(u, v, k) for u, v, k, _ in edges] == [
        ("a", "b", "next"),
        ("a", "b", "support"),
        ("b", "c", "next"),
    ]
    assert all(data is pathway.transition((u, v, k)) for u, v, k, data in edges)


def test_edits_after_the_graph_was_built_keep_it_equal_to_a_fresh_one() -> None:
    pathway = _pathway()
    _graph_of(pathway)  # built now; every edit below must update it
    pathway.add_step(Step("d", "job_coaching", "planned"), index=1)
    pathway.add_transition(Transition("c", "d", "next", note="on"))
    pathway.replace_transition(
        dataclasses.replace(pathway.transition(("b", "c", "next")), note="changed")
    )
    pathway.remove_transition(("a", "b", "support"))
    pathway.remove_step("a")
    fresh = Pathway("p1", "Polku", steps=pathway.steps, transitions=pathway.transitions)
    assert _graph_of(pathway) == _graph_of(fresh)
    assert pathway.graph.edges["b", "c", "next"]["transition"].note == "changed"


def test_building_and_loading_pathways_imports_no_networkx() -> None:
    """Start-up cost: a report over thousands of pathways needs no graph, so no networkx."""
    child = (
        "import sys\n"
        "from pathways.model import Pathway, Step, Transition\n"
        "p = Pathway('p', 't', steps=[Step('a', 'work_trial', 'planned'),"
        " Step('b', 'work_trial', 'planned')], transitions=[Transition('a', 'b', 'next')])\n"
        "p.remove_step('b')\n"
        "print('networkx' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"
