"""Benchmark of the pathway editor: open a 200-step pathway, and one edit end to end.

Prints, in milliseconds (median of several runs, on a fresh SQLite file in a temporary folder):

- open: ``PathwayEditor.set_document`` of a client with a 200-step pathway until the canvas is
  laid out and painted once (targets: ≤ 150 ms);
- edit → committed: from the action (add a step, move a card, change dates, connect) until the
  repository's transaction has committed (target: ≤ 30 ms); and → shown: until the canvas,
  the list and the inspector show it too.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor.py``
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from pathways.catalogue import ServiceCatalogue  # noqa: E402
from pathways.edits import MoveSteps, UpdateStep  # noqa: E402
from pathways.model import (  # noqa: E402
    Client,
    Consent,
    Goal,
    Pathway,
    Step,
    TeamMember,
    Transition,
)
from storage.database import open_database  # noqa: E402
from storage.repository import Repository  # noqa: E402
from ui.document import ClientDocument  # noqa: E402
from ui.editor import PathwayEditor  # noqa: E402

STEPS = 200
RUNS = 7


def big_client(steps: int = STEPS, seed: int = 7) -> Client:
    """A client with one long pathway: chains of steps across every sector and stage, with
    support arrows beside them, dates spread over four years."""
    rng = random.Random(seed)
    services = list(ServiceCatalogue())
    statuses = ["completed"] * 5 + ["interrupted", "cancelled", "ongoing", "planned", "planned"]
    start = date(2022, 1, 1)
    step_list: list[Step] = []
    for index in range(steps):
        service = services[index % len(services)]
        status = rng.choice(statuses)
        begin = start + timedelta(days=index * 7)
        end = begin + timedelta(days=rng.randint(20, 120))
        step_list.append(
            Step(
                f"s{index:03d}",
                service.code,
                status,
                title=None if index % 4 else f"Jakso {index}",
                provider="Palveluntuottaja Oy" if index % 3 == 0 else None,
                responsible=f"m{index % 3}",
                start=begin if status != "planned" or index % 2 else None,
                end=end if status in ("completed", "interrupted", "cancelled") else None,
            )
        )
    transitions = [
        Transition(f"s{i:03d}", f"s{i + 1:03d}", "next", referral=i % 5 == 0,
                   shared_info=["basic"] if i % 7 == 0 else [])
        for i in range(steps - 1)
    ]
    transitions += [
        Transition(f"s{i:03d}", f"s{i + 3:03d}", "support") for i in range(0, steps - 3, 6)
    ]
    return Client(
        "bench",
        "Benchmark Client",
        goal=Goal("open_employment"),
        team=[TeamMember(f"m{i}", f"Member {i}", "role", "social") for i in range(3)],
        consents=[Consent("k1", date(2022, 1, 1), ["social", "employment"])],
        pathways=[Pathway("p1", "Long pathway", "active", steps=step_list,
                          transitions=transitions)],
    )


class TimedRepository(Repository):
    """The real repository, noting when each save has committed."""

    committed_at: float = 0.0

    def save_pathways(self, client_id: str, pathways: Sequence[Pathway], **options: Any) -> int:
        version = super().save_pathways(client_id, pathways, **options)
        self.committed_at = time.perf_counter()
        return version


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:6.1f} ms (min {min(samples) * 1000:.1f})"


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "bench.sqlite3"))
        repository = TimedRepository(database)
        repository.create_client(big_client())
        editor = PathwayEditor(repository)
        editor.resize(1366, 768)
        editor.show()
        app.processEvents()

        opens: list[float] = []
        document: ClientDocument | None = None
        for _ in range(RUNS):
            client = repository.load_client("bench")
            assert client is not None
            document = ClientDocument(repository, client)
            editor.set_document(None)
            app.processEvents()
            started = time.perf_counter()
            editor.set_document(document)
            editor.view.viewport().repaint()  # laid out and painted once
            opens.append(time.perf_counter() - started)
        assert document is not None
        print(f"steps: {len(document.pathway('p1'))}, "
              f"transitions: {len(document.pathway('p1').transitions)}")
        print(f"open a {STEPS}-step pathway (canvas ready): {median_ms(opens)}")

        def measure(name: str, action: Callable[[int], object]) -> None:
            committed: list[float] = []
            shown: list[float] = []
            for run in range(RUNS):
                started = time.perf_counter()
                action(run)
                done = time.perf_counter()
                committed.append(repository.committed_at - started)
                shown.append(done - started)
            print(f"{name:<28} → committed {median_ms(committed)}   → shown {median_ms(shown)}")

        pathway = document.pathway("p1")
        assert pathway is not None

        def add(_run: int) -> None:
            editor.add_service("work_trial")

        def move(run: int) -> None:
            step = pathway.step("s100")
            editor.scene.steps_moved.emit(
                [("s100", step.position, (900.0 + run * 10, 500.0))])

        def dates(run: int) -> None:
            step = pathway.step("s050")
            after = Step(**{**{f: getattr(step, f) for f in step.__dataclass_fields__},
                            "start": date(2023, 1, 1) + timedelta(days=run),
                            "end": date(2023, 6, 1) + timedelta(days=run),
                            "status": "completed"})
            document.apply(UpdateStep(step, after), "Edit dates", "p1")

        def connect(run: int) -> None:
            editor.connect_steps(f"s{10 + run:03d}", f"s{150 + run:03d}", "support")

        def nudge(_run: int) -> None:
            step = pathway.step("s120")
            box = editor.scene.layout.card("s120").box
            document.nudge("p1", MoveSteps((("s120", step.position, (box.x + 10, box.y)),)),
                           "Move card")

        editor.select_steps(["s050"])
        measure("add a step", add)
        measure("move a card (one drag)", move)
        measure("edit dates (inspector shown)", dates)
        measure("connect two steps", connect)
        measure("keyboard nudge (merged)", nudge)

        undo: list[float] = []
        for _ in range(RUNS):
            started = time.perf_counter()
            document.undo_stack.undo()
            undo.append(time.perf_counter() - started)
        print(f"{'undo':<28} → shown     {median_ms(undo)}")
        editor.close()
        database.close()


if __name__ == "__main__":
    main()
