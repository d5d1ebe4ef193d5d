"""Two windows, one client (issue #10): the second save is re-based on the first or refused in
words, never lost, on SQLite and (when ``POLKU_TEST_POSTGRESQL`` names a server) PostgreSQL.

Worker A (Sanna Virtanen) and worker B (Olli Ojala) each have their own database connection,
repository, document and editor, as two workstations would. Both open client c1 at version 1.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pathways.edits import (
    AddStep,
    AddTransition,
    RemoveStep,
    RemoveTransition,
    UpdateStep,
    UpdateTransition,
    activate_pathway,
    new_pathway,
)
from pathways.model import Client, Pathway, Step, TeamMember, Transition
from storage.audit import Actor
from storage.database import Database, open_database
from storage.repository import Repository
from ui.document import ClientDocument
from ui.editor import PathwayEditor

SERVER = os.environ.get("POLKU_TEST_POSTGRESQL")


def _client() -> Client:
    steps = [
        Step("a", "multisectoral_mapping", "completed", start=date(2025, 2, 1),
             end=date(2025, 3, 1), provider="Kunta"),
        Step("b", "job_coaching", "ongoing", start=date(2025, 3, 2), provider="Paja"),
        Step("c", "work_trial", "planned", start=date(2026, 4, 1)),
    ]
    return Client(
        "c1",
        "Aino Asiakas",
        municipality="Lahti",
        team=[TeamMember("m1", "Liisa", "sosiaaliohjaaja", "social")],
        pathways=[
            Pathway("p1", "Suunnitelma", "active", date(2025, 2, 1), steps,
                    [Transition("a", "b", "next"), Transition("b", "c", "next")]),
            Pathway("p2", "Vaihtoehto", "draft", date(2025, 2, 1), [dataclasses.replace(steps[0])]),
        ],
    )


class Worker:
    """One workstation: its own database connection, repository, document and editor."""

    def __init__(self, qtbot: Any, target: str, actor: Actor) -> None:
        self.database: Database = open_database(target)
        self.repository = Repository(self.database, actor)
        client = self.repository.load_client("c1")
        assert client is not None
        self.document = ClientDocument(self.repository, client)
        self.editor = PathwayEditor(self.repository)
        qtbot.addWidget(self.editor)
        self.editor.resize(1100, 700)
        self.editor.show()
        self.editor.set_document(self.document)
        self.failures: list[str] = []
        self.notices: list[str] = []
        self.document.edit_failed.connect(self.failures.append)
        self.document.notice.connect(self.notices.append)

    def pathway(self, pathway_id: str = "p1") -> Pathway:
        found = self.document.pathway(pathway_id)
        assert found is not None
        return found

    def update_step(self, step_id: str, **values: Any) -> bool:
        step = self.pathway().step(step_id)
        edit = UpdateStep(step, dataclasses.replace(step, **values))
        return self.document.apply(edit, "Edit step", "p1")

    def stored(self) -> Client:
        client = self.repository.load_client("c1", refresh=True)
        assert client is not None
        return client


@pytest.fixture
def workers(qtbot: Any, target: str) -> Iterator[tuple[Worker, Worker]]:
    setup = open_database(target)
    Repository(setup, Actor("admin")).create_client(_client())
    setup.close()
    sanna = Worker(qtbot, target, Actor("sanna", "Sanna Virtanen"))
    olli = Worker(qtbot, target, Actor("olli", "Olli Ojala"))
    yield sanna, olli
    for worker in (sanna, olli):
        worker.editor.set_document(None)
        worker.database.close()


def test_different_fields_of_one_step_both_win_and_the_second_is_told(
    workers: tuple[Worker, Worker],
) -> None:
    sanna, olli = workers
    assert sanna.update_step("a", provider="Sanna's provider")
    assert olli.update_step("a", note="Olli's note"), olli.failures  # stale copy: re-based
    stored = olli.stored().pathway("p1").step("a")
    assert (stored.provider, stored.note) == ("Sanna's provider", "Olli's note")
    assert olli.notices == [
        f"Sanna Virtanen changed this pathway at {_clock(sanna)}; your change was added to theirs."
    ]
    assert olli.failures == []
    # Olli's window shows both changes, and the message bar says what happened.
    assert olli.pathway().step("a").provider == "Sanna's provider"
    bar = olli.editor.message_bar
    assert bar.isVisible() and not bar.is_error and "added to theirs" in bar.text
    # Undo takes back exactly Olli's change, not Sanna's.
    olli.document.undo_stack.undo()
    stored = olli.stored().pathway("p1").step("a")
    assert (stored.provider, stored.note) == ("Sanna's provider", None)


def test_the_same_field_changed_by_both_is_refused_in_words_and_nothing_is_written(
    workers: tuple[Worker, Worker],
) -> None:
    sanna, olli = workers
    assert sanna.update_step("b", provider="Sanna's")
    assert not olli.update_step("b", provider="Olli's")
    assert olli.stored().pathway("p1").step("b").provider == "Sanna's"
    assert olli.pathway().step("b").provider == "Sanna's"  # the window shows what is stored
    assert olli.failures == [
        f"Sanna Virtanen changed this pathway at {_clock(sanna)}; your change to step "
        "\u201cJob coaching\u201d no longer fits, so it was not saved."
    ]
    assert olli.document.undo_stack.count() == 0
    assert olli.editor.message_bar.is_error


def test_a_step_removed_by_the_other_worker_is_named_and_the_undo_stack_drops_the_past(
    workers: tuple[Worker, Worker],
) -> None:
    sanna, olli = workers
    assert olli.update_step("c", provider="Olli's first")  # Olli's undo history is about c
    sanna.document.refresh()
    assert sanna.document.apply(RemoveStep.of(sanna.pathway(), "c"), "Remove", "p1")
    # Olli, stale, edits c again: Sanna removed it, so nothing is written and he is told which.
    assert not olli.update_step("c", note="x")
    assert olli.failures == [
        f"Sanna Virtanen changed this pathway at {_clock(sanna)}; your change to step "
        "\u201cWork trial\u201d no longer fits, so it was not saved."
    ]
    assert [s.id for s in olli.stored().pathway("p1").steps] == ["a", "b"]
    assert [s.id for s in olli.pathway().steps] == ["a", "b"]  # his window shows hers
    # His earlier edit of c can no longer be undone: the undo stack dropped it.
    olli.editor.grab()  # let the queued prune run
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert olli.document.undo_stack.count() == 0
    assert olli.update_step("b", note="fine") and olli.failures[1:] == []


@pytest.mark.parametrize("first", ["sanna", "olli"])
def test_both_orders_of_saving_transitions_adding_and_removing(
    workers: tuple[Worker, Worker], first: str
) -> None:
    sanna, olli = workers
    one, other = (sanna, olli) if first == "sanna" else (olli, sanna)
    # One adds a support transition a → c; the other, on a stale copy, changes b → c's note.
    assert one.document.apply(AddTransition(Transition("a", "c", "support")), "Connect", "p1")
    before = other.pathway().transition(("b", "c", "next"))
    assert other.document.apply(
        UpdateTransition(before, dataclasses.replace(before, note="handover")), "Edit", "p1"
    )
    stored = other.stored().pathway("p1")
    assert stored.has_transition(("a", "c", "support"))
    assert stored.transition(("b", "c", "next")).note == "handover"
    # The first removes a → b; the other (stale) adds a new step d after c.
    one.document.refresh()
    assert one.document.apply(RemoveTransition.of(one.pathway(), ("a", "b", "next")), "R", "p1")
    assert other.document.apply(AddStep(Step("d", "work_trial", "planned")), "Add", "p1")
    stored = one.stored().pathway("p1")
    assert not stored.has_transition(("a", "b", "next"))
    assert [s.id for s in stored.steps] == ["a", "b", "c", "d"]
    # Nothing the other did was lost, and both windows end up showing the same.
    one.document.refresh()
    other.document.refresh()
    assert one.pathway() == other.pathway() == stored


def test_activating_is_re_based_on_another_activation(workers: tuple[Worker, Worker]) -> None:
    sanna, olli = workers
    assert sanna.document.apply(
        new_pathway(sanna.document.client, "p3", "Kolmas", today=date(2026, 1, 1)), "New"
    )
    sanna.document.apply(activate_pathway(sanna.document.client, "p3"), "Activate")
    # Olli, stale, makes p2 active: his is the newest activation, so p3 becomes a draft.
    assert olli.document.apply(activate_pathway(olli.document.client, "p2"), "Activate")
    statuses = {p.id: p.status for p in olli.stored().pathways}
    assert statuses == {"p1": "draft", "p2": "active", "p3": "draft"}
    assert olli.notices and "added to theirs" in olli.notices[-1]


def test_details_in_both_orders(workers: tuple[Worker, Worker]) -> None:
    sanna, olli = workers
    sanna_details = dataclasses.replace(sanna.document.client, municipality="Heinola")
    sanna.document.edit_details(sanna_details, "Edit")
    olli_details = dataclasses.replace(olli.document.client, notes="Olli's notes")
    olli.document.edit_details(olli_details, "Edit")
    stored = olli.stored()
    assert (stored.municipality, stored.notes) == ("Heinola", "Olli's notes")
    assert olli.notices[-1].startswith("Sanna Virtanen changed this client at")
    # The same field, the other way round: refused, nothing written.
    sanna.document.edit_details(dataclasses.replace(sanna.document.client, notes="Sanna's"), "E")
    assert sanna.failures == [
        f"Olli Ojala changed the same details at {_clock(olli)}; your change was not saved."
    ]
    assert sanna.stored().notes == "Olli's notes"
    # A pathway edit after a details change of the other: re-based, nothing lost.
    assert olli.update_step("a", note="n")
    assert olli.stored().municipality == "Heinola"


def test_a_client_removed_by_the_other_worker_is_told_and_nothing_is_written(
    workers: tuple[Worker, Worker],
) -> None:
    sanna, olli = workers
    sanna.repository.erase_client("c1")
    assert not olli.update_step("a", note="too late")
    assert olli.failures == [
        "Someone else removed this client from the database; your change was not saved."
    ]
    assert olli.document.removed and olli.document.undo_stack.count() == 0
    assert olli.repository.load_client("c1", refresh=True) is None


def _clock(worker: Worker) -> str:
    """The time the worker's last change was stored, as the messages show it (10.42)."""
    stamp = worker.repository.client_stamp("c1")
    assert stamp is not None and stamp.changed_at is not None
    return stamp.changed_at.astimezone().strftime("%H.%M")


_KILLED_WORKER = """
import sys, time
from storage.concurrency import lock_client
from storage.database import WRITE_OPTION, open_database
database = open_database(sys.argv[1])
engine = database.engine.execution_options(**{WRITE_OPTION: True})
with engine.connect() as connection, connection.begin():
    lock_client(connection, "c1", None)
    connection.exec_driver_sql("UPDATE clients SET notes = 'half-written' WHERE id = 'c1'")
    print("locked", flush=True)
    time.sleep(60)
"""


def test_a_third_worker_killed_in_the_middle_of_a_save_loses_nobody_anything(
    workers: tuple[Worker, Worker], target: str
) -> None:
    import signal
    import subprocess
    import sys

    sanna, olli = workers
    assert sanna.update_step("a", provider="Sanna's")
    holder = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WORKER, target],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        os.kill(holder.pid, signal.SIGKILL)
    finally:
        holder.wait(30)
    assert olli.update_step("b", note="Olli's")  # stale: re-based on Sanna's, after the kill
    stored = olli.stored()
    assert stored.notes is None  # nothing of the killed worker's half-done change
    assert stored.pathway("p1").step("a").provider == "Sanna's"
    assert stored.pathway("p1").step("b").note == "Olli's"


def test_removing_a_pathway_in_both_orders(workers: tuple[Worker, Worker]) -> None:
    from pathways.edits import RemovePathway, rename_pathway

    sanna, olli = workers
    # Sanna renames p2; Olli, stale, removes it: the removal still applies (to her version).
    assert sanna.document.apply(rename_pathway(sanna.document.client, "p2", "Uusi"), "Rename")
    assert olli.document.apply(RemovePathway.of(olli.document.client, "p2"), "Remove")
    assert [p.id for p in olli.stored().pathways] == ["p1"]
    # Undo brings back her renamed version, not his stale one.
    olli.document.undo_stack.undo()
    assert [(p.id, p.title) for p in olli.stored().pathways] == [("p1", "Suunnitelma"),
                                                                  ("p2", "Uusi")]
    # Now Sanna (stale) renames p2 after Olli removed it again: refused, nothing written.
    olli.document.undo_stack.redo()
    assert not sanna.document.apply(rename_pathway(sanna.document.client, "p2", "Kolmas"), "R")
    assert "your change to pathway" in sanna.failures[-1]
    assert [p.id for p in sanna.stored().pathways] == ["p1"]


def test_a_details_form_open_while_another_worker_saves(workers: tuple[Worker, Worker]) -> None:
    from ui.document import details_of

    sanna, olli = workers
    base = details_of(sanna.document.client)  # Sanna opens the basic-details form
    olli.document.edit_details(dataclasses.replace(olli.document.client, municipality="Heinola"),
                               "E")
    sanna.document.refresh()  # the change arrives while her form is open
    # She changes the notes only: Olli's municipality stays.
    sanna.document.edit_details(dataclasses.replace(base, notes="Sanna's"), "E", base)
    stored = sanna.stored()
    assert (stored.municipality, stored.notes) == ("Heinola", "Sanna's")
    # A form that changes the field Olli changed meanwhile is refused in words.
    base = details_of(sanna.document.client)
    olli.document.refresh()
    olli.document.edit_details(dataclasses.replace(olli.document.client, notes="Olli's"), "E")
    sanna.document.refresh()
    sanna.document.edit_details(dataclasses.replace(base, notes="Sanna again"), "E", base)
    assert sanna.failures[-1].startswith("Someone else has changed the same details")
    assert sanna.stored().notes == "Olli's"
