"""`polku agree`, `versions` and `compare` as a user runs them: exact outputs, exit codes, and
every kind of change that `compare --json` reports (in process, through ``main.run``)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pathways.model import Client, Meeting, Pathway, Step, TeamMember, Transition
from storage.database import open_database
from storage.repository import Repository


def pathway() -> Pathway:
    return Pathway(
        "p1",
        "Polku",
        "active",
        steps=[
            Step("a", "social_rehabilitation", "ongoing", start=date(2026, 1, 5)),
            Step("B", "work_trial", "planned", start=date(2026, 4, 1), end=date(2026, 6, 30),
                 position=(100.0, 50.0)),
            Step("Ä", "job_coaching", "planned", provider="Paja ry"),
            Step("z", "vocational_education", "planned"),
        ],
        transitions=[
            Transition("a", "B", "next", shared_info=["basic", "plan"]),
            Transition("B", "Ä", "next"),
            Transition("Ä", "z", "support"),
        ],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "polku.sqlite3"
    database = open_database(str(path))
    try:
        Repository(database).create_client(
            Client("c1", "Matti Äijälä", team=[TeamMember("t1", "Liisa", "ohjaaja", "social")],
                   meetings=[Meeting("m1", date(2026, 3, 12), decisions=["Työkokeilu"])],
                   pathways=[pathway(), Pathway("p2", "Toinen", "draft")])
        )
        Repository(database).create_client(Client("empty", "Ei Polkua"))
    finally:
        database.close()
    return path


def change(db: Path, edit: Callable[[Pathway], object], pathway_id: str = "p1") -> None:
    database = open_database(str(db))
    try:
        repository = Repository(database)
        client = repository.load_client("c1")
        assert client is not None
        now = client.pathway(pathway_id)
        edit(now)
        repository.save_pathway("c1", now)
    finally:
        database.close()


def rows(db: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608


def agree(polku_en: Any, db: Path, *options: str) -> str:
    status, out, err = polku_en("--db", db, "agree", "--client", "c1", *options)
    assert status == 0, err
    assert out.endswith("\n") and out.count("\n") == 1
    return out[:-1]


def compared(polku_en: Any, db: Path, since: str, *more: str) -> dict[str, Any]:
    status, out, err = polku_en("--db", db, "compare", "--client", "c1", "--from", since,
                                *more, "--json")
    assert status == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


NOTHING = {"added": [], "removed": [], "changed": []}


# --- agree and versions --------------------------------------------------------------------------


def test_agree_prints_exactly_the_new_id_and_versions_lists_it(
    polku_en: Any, db: Path
) -> None:
    first = agree(polku_en, db, "--meeting", "m1", "--on", "2026-03-12", "--note", "Sovittu")
    later = agree(polku_en, db, "--pathway", "p2", "--on", "2026-05-01")
    same_day = agree(polku_en, db, "--on", "2026-03-12")  # ties keep the stored order
    status, out, _err = polku_en("--db", db, "versions", "--client", "c1", "--json")
    assert status == 0
    assert json.loads(out) == {"client": "c1", "versions": [
        {"id": first, "pathway": "p1", "agreed_on": "2026-03-12", "meeting": "m1", "steps": 4},
        {"id": same_day, "pathway": "p1", "agreed_on": "2026-03-12", "meeting": None,
         "steps": 4},
        {"id": later, "pathway": "p2", "agreed_on": "2026-05-01", "meeting": None, "steps": 0},
    ]}
    status, out, _err = polku_en("--db", db, "versions", "--client", "c1")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 4 and "12 Mar 2026" in lines[1] and "m1" in lines[1]


def test_agree_with_a_meeting_is_still_dated_today_by_default(
    polku_en: Any, db: Path
) -> None:
    agree(polku_en, db, "--meeting", "m1")
    status, out, _err = polku_en("--db", db, "versions", "--client", "c1", "--json")
    assert json.loads(out)["versions"][0]["agreed_on"] == date.today().isoformat()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--client", "c1", "--meeting", "m9"], "no meeting with id m9"),
        (["--client", "c1", "--pathway", "p9"], "no pathway with id p9"),
        (["--client", "empty"], "has no pathway"),
        (["--client", "nobody"], "no client with id nobody"),
        (["--client", "c1", "--on", "12.3.2026"], "not a date"),
    ],
)
def test_agree_refuses_bad_input_with_exit_2_and_changes_nothing(
    polku_en: Any, db: Path, options: list[str], message: str
) -> None:
    status, out, err = polku_en("--db", db, "agree", *options)
    assert status == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert rows(db, "agreed_versions") == []


def test_versions_of_an_unknown_client_is_exit_2(
    polku_en: Any, db: Path
) -> None:
    assert polku_en("--db", db, "versions", "--client", "nobody").returncode == 2


# --- compare: every kind of change --------------------------------------------------------------


def test_nothing_changed_and_card_moves_are_not_changes(
    polku_en: Any, db: Path
) -> None:
    since = agree(polku_en, db)

    def move_and_reorder(now: Pathway) -> None:
        now.replace_step(dataclasses.replace(now.step("B"), position=(400.0, 10.0)))
        now.replace_step(dataclasses.replace(now.step("a"), position=(5.0, 5.0)))
        # The same codes in another order, and referral false written out: no change.
        now.replace_transition(Transition("a", "B", "next", referral=False,
                                          shared_info=["plan", "basic"]))

    change(db, move_and_reorder)
    assert compared(polku_en, db, since) == {
        "client": "c1", "pathway": "p1", "from": since, "to": "now",
        "steps": NOTHING, "transitions": NOTHING,
    }


def test_added_removed_and_changed_steps_sorted_by_code_point(
    polku_en: Any, db: Path
) -> None:
    since = agree(polku_en, db)

    def edit(now: Pathway) -> None:
        now.add_step(Step("y", "work_trial", "planned"))
        now.add_step(Step("C", "work_trial", "planned"))
        now.remove_step("z")  # its support transition from Ä goes with it
        now.replace_step(dataclasses.replace(
            now.step("B"), end=date(2026, 4, 30), status="ongoing", start=date(2026, 4, 1)))
        # "" is a value: a change from "Paja ry"
        now.replace_step(dataclasses.replace(now.step("Ä"), provider=""))
        now.replace_step(dataclasses.replace(now.step("a"), title=""))  # and a change from nothing

    change(db, edit)
    result = compared(polku_en, db, since)
    assert result["steps"] == {
        "added": ["C", "y"],
        "removed": ["z"],
        "changed": [
            {"id": "B", "fields": ["end", "status"]},
            {"id": "a", "fields": ["title"]},
            {"id": "Ä", "fields": ["provider"]},
        ],
    }
    assert result["transitions"] == {"added": [], "removed": [["Ä", "z", "support"]],
                                     "changed": []}


def test_a_transition_kind_change_is_one_removed_and_one_added(
    polku_en: Any, db: Path
) -> None:
    since = agree(polku_en, db)

    def edit(now: Pathway) -> None:
        now.remove_transition(("B", "Ä", "next"))
        now.add_transition(Transition("B", "Ä", "support"))
        now.replace_transition(Transition("a", "B", "next", referral=True,
                                          shared_info=["basic", "health"], note="Lähete"))
        now.add_transition(Transition("a", "z", "support"))

    change(db, edit)
    result = compared(polku_en, db, since)
    assert result["steps"] == NOTHING
    assert result["transitions"] == {
        "added": [["B", "Ä", "support"], ["a", "z", "support"]],
        "removed": [["B", "Ä", "next"]],
        "changed": [{"key": ["a", "B", "next"], "fields": ["note", "referral", "shared_info"]}],
    }


def test_compare_two_versions_in_either_order(
    polku_en: Any, db: Path
) -> None:
    first = agree(polku_en, db, "--on", "2026-03-12")
    change(db, lambda now: now.add_step(Step("new", "work_trial", "planned")))
    second = agree(polku_en, db, "--on", "2026-05-01")
    change(db, lambda now: now.remove_step("a"))
    forward = compared(polku_en, db, first, "--to", second)
    assert forward["to"] == second and forward["steps"]["added"] == ["new"]
    assert forward["steps"]["removed"] == []
    backward = compared(polku_en, db, second, "--to", first)  # no date order is required
    assert backward["steps"]["removed"] == ["new"]


def test_compare_refuses_unknown_versions_and_versions_of_other_pathways(
    polku_en: Any, db: Path
) -> None:
    one = agree(polku_en, db)
    other = agree(polku_en, db, "--pathway", "p2")
    for arguments in (["--from", "nope"], ["--from", one, "--to", "nope"],
                      ["--from", one, "--to", other]):
        status, out, err = polku_en("--db", db, "compare", "--client", "c1", *arguments)
        assert status == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_compare_text_names_each_change_with_a_symbol_and_a_word(
    polku_en: Any, db: Path
) -> None:
    since = agree(polku_en, db, "--on", "2026-03-12")

    def edit(now: Pathway) -> None:
        now.replace_step(dataclasses.replace(now.step("B"), end=date(2026, 4, 30)))
        now.add_step(Step("new", "work_trial", "planned"))
        now.remove_step("z")

    change(db, edit)
    status, out, _err = polku_en("--db", db, "compare", "--client", "c1", "--from", since)
    assert status == 0
    assert "✚ New: Work trial" in out
    assert "✎ Changed: Work trial — end: 30 Jun 2026 → 30 Apr 2026" in out
    assert "⊖ Gone: Vocational education" in out or "⊖ Gone:" in out


# --- print --version and --changes-since --------------------------------------------------------


def pdf_text(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_print_version_prints_the_plan_as_agreed_with_its_meeting(
    polku_en: Any, db: Path, tmp_path: Path
) -> None:
    since = agree(polku_en, db, "--meeting", "m1", "--on", "2026-03-12")
    change(db, lambda now: now.add_step(Step("later", "peer_support", "planned",
                                             title="Added after the meeting")))
    out = tmp_path / "version.pdf"
    status, _out, err = polku_en("--db", db, "print", "--client", "c1", "--version", since,
                                 "--meeting-sheet", "--today", "2026-06-01", "-o", out)
    assert status == 0, err
    text = pdf_text(out)
    assert "Added after the meeting" not in text
    assert "Agreed version 12 Mar 2026" in text and "Printed 1 Jun 2026" in text
    assert "Agreed on 12 Mar 2026 at the meeting of 12 Mar 2026." in " ".join(text.split())
    assert "Työkokeilu" in text  # the meeting's decisions


def test_print_changes_since_marks_the_map_and_adds_a_changes_page(
    polku_en: Any, db: Path, tmp_path: Path
) -> None:
    since = agree(polku_en, db, "--on", "2026-03-12")

    def edit(now: Pathway) -> None:
        now.add_step(Step("later", "work_trial", "planned", title="Kokeilu Pajalla"))
        now.remove_step("z")
        now.replace_step(dataclasses.replace(now.step("B"), end=date(2026, 4, 30)))

    change(db, edit)
    out = tmp_path / "changes.pdf"
    status, _out, err = polku_en("--db", db, "--lang", "fi", "print", "--client", "c1",
                                 "--changes-since", since, "-o", out)
    assert status == 0, err
    import pypdf

    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    assert len(pages) == 2
    diagram, listing = pages
    assert "Kokeilu Pajalla" in diagram and "✚ Uusi" in diagram
    assert "⊖ Poistunut" in diagram  # the gone step stays on the map, faded and marked
    # ... as gone, in the legend too: no step was cancelled, so paper never says so.
    assert "Peruttu" not in diagram and "✗" not in diagram
    assert "Muutokset 12.3. jälkeen" in listing
    joined = " ".join(listing.split())
    assert "✚ Uusi: Kokeilu Pajalla" in joined
    assert "✎ Muuttunut: Työkokeilu — loppu: 30.6.2026 → 30.4.2026" in joined
    assert "⊖ Poistunut:" in joined


@pytest.mark.parametrize(
    "arguments",
    [
        ["--version", "v", "--pathway", "p1"],
        ["--version", "nope"],
        ["--changes-since", "nope"],
    ],
)
def test_print_refuses_bad_version_options_with_exit_2(
    polku_en: Any, db: Path, tmp_path: Path, arguments: list[str]
) -> None:
    status, out, err = polku_en("--db", db, "print", "--client", "c1", *arguments,
                                "-o", tmp_path / "x.pdf")
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_print_changes_since_a_version_of_another_pathway_is_exit_2(
    polku_en: Any, db: Path, tmp_path: Path
) -> None:
    other = agree(polku_en, db, "--pathway", "p2")
    status, _out, err = polku_en("--db", db, "print", "--client", "c1", "--pathway", "p1",
                                 "--changes-since", other, "-o", tmp_path / "x.pdf")
    assert status == 2 and "p2" in err


def test_print_version_judges_the_plan_as_of_its_agreed_day(
    polku_en: Any, db: Path, tmp_path: Path
) -> None:
    # B (work trial) was planned to start 1.4.2026: not late on 12.3., late by the print day.
    since = agree(polku_en, db, "--on", "2026-03-12")
    as_agreed, now = tmp_path / "agreed.pdf", tmp_path / "now.pdf"
    for arguments, out in ((["--version", since], as_agreed), ([], now)):
        status, _out, err = polku_en("--db", db, "print", "--client", "c1", *arguments,
                                     "--meeting-sheet", "--today", "2026-06-01", "-o", out)
        assert status == 0, err
    assert "was to start 61 days ago" in " ".join(pdf_text(now).split())
    agreed_text = " ".join(pdf_text(as_agreed).split())
    assert "was to start" not in agreed_text and "Printed 1 Jun 2026" in agreed_text


def test_print_changes_since_marks_the_timeline_bars_too(
    polku_en: Any, db: Path, tmp_path: Path
) -> None:
    since = agree(polku_en, db, "--on", "2026-03-12")
    change(db, lambda now: now.add_step(Step("later", "work_trial", "planned",
                                             start=date(2026, 9, 1))))
    out = tmp_path / "timeline.pdf"
    status, _out, err = polku_en("--db", db, "print", "--client", "c1", "--view",
                                 "timeline", "--changes-since", since, "-o", out)
    assert status == 0, err
    import pypdf

    first_page = pypdf.PdfReader(out).pages[0].extract_text()
    assert "✚ New · " in first_page
