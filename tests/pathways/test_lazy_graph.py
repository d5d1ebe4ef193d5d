"""``Pathway.graph`` is made when it is first read: a pathway edited before anyone read its
graph has the same graph as one whose graph was kept in step through the same edits; and a
print of a stored client never imports networkx (≈0.1 s of `polku print`)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

from pathways.model import Pathway, Step, Transition

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _pathway() -> Pathway:
    steps = [Step(f"s{n}", "work_trial", "planned", start=date(2026, 1, n + 1)) for n in range(5)]
    transitions = [Transition("s0", "s1", "next"), Transition("s1", "s2", "next"),
                   Transition("s1", "s2", "support"), Transition("s2", "s3", "next")]
    return Pathway("p1", "Polku", steps=steps, transitions=transitions)


def _edit(pathway: Pathway) -> None:
    pathway.add_step(Step("s9", "job_coaching", "planned"), index=1)
    pathway.add_transition(Transition("s9", "s4", "support"), index=0)
    pathway.replace_transition(dataclasses.replace(pathway.transition(("s0", "s1", "next")),
                                                   referral=True))
    pathway.remove_transition(("s1", "s2", "support"))
    pathway.remove_step("s3")
    pathway.add_transition(Transition("s2", "s4", "next"))


def _described(pathway: Pathway) -> tuple[set[str], dict[tuple[str, str, str], Transition]]:
    graph = pathway.graph
    return set(graph.nodes), {(a, b, kind): data for a, b, kind, data
                              in graph.edges(keys=True, data="transition")}


def test_a_graph_made_after_edits_is_the_graph_kept_through_them() -> None:
    kept, late = _pathway(), _pathway()
    _ = kept.graph  # read first: kept in step by every edit
    _edit(kept)
    _edit(late)  # not read until now
    assert _described(late) == _described(kept)
    assert set(late.graph.nodes) == {s.id for s in late.steps}
    assert {(a, b, k) for a, b, k in late.graph.edges(keys=True)} == {
        t.key for t in late.transitions}
    # Read from the graph, in transition order.
    assert late.outgoing("s0")[0].referral is True
    assert [t.key for t in late.incoming("s4")] == [("s9", "s4", "support"), ("s2", "s4", "next")]


def test_the_graph_once_made_follows_later_edits() -> None:
    pathway = _pathway()
    _ = pathway.graph
    pathway.add_step(Step("s7", "work_trial", "planned"))
    pathway.add_transition(Transition("s3", "s7", "next"))
    assert ("s3", "s7", "next") in set(pathway.graph.edges(keys=True))
    assert pathway.graph.edges["s3", "s7", "next"]["transition"] == Transition("s3", "s7", "next")


def test_printing_a_stored_client_imports_no_networkx(tmp_path: Path) -> None:
    db, output = tmp_path / "demo.sqlite3", tmp_path / "jari.pdf"
    subprocess.run([sys.executable, "main.py", "demo", "--db", str(db)], cwd=PROJECT_ROOT,
                   check=True, capture_output=True)
    code = ("import sys, main; status = main.run(); "
            "print('networkx' in sys.modules); sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", code, "--lang", "en", "print", "--client",
                           "demo-jari", "--db", str(db), "-o", str(output)],
                          cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"printed 1 page: {output}", "False"]
    assert output.read_bytes().startswith(b"%PDF")
