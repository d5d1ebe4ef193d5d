"""Where a client stands on a pathway: the current stage and the goal stages (spec terms)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from pathways.catalogue import ServiceCatalogue
from pathways.model import STAGE_ORDER, Client, Pathway


class DatedStep(Protocol):
    """What the current stage reads of a step: a :class:`~pathways.model.Step`, or the
    caseload report's lighter ``ReportStep``."""

    @property
    def service(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def end(self) -> date | None: ...

#: The stages that count as reaching the goal when the client's goal names neither of them.
BOTH_GOAL_STAGES: tuple[str, ...] = ("training", "open_employment")


def current_stage(pathway: Pathway, catalogue: ServiceCatalogue) -> str | None:
    """The highest-ordered stage among the ongoing steps; if none is ongoing, the stage of the
    completed step with the latest end (the highest-ordered one if several end that day); None
    when there is neither.

    Steps whose service code the catalogue does not know have no stage and are passed over, so
    that a pathway imported from an organisation with its own entries still gets a stage.
    """
    return current_stage_of_steps(pathway, catalogue)


def current_stage_of_steps(
    steps: Iterable[DatedStep], catalogue: ServiceCatalogue
) -> str | None:
    """:func:`current_stage` over bare steps, for callers (the report) that have no pathway
    graph at hand and should not build one per row. (The client list asks the database the
    same rule: ``storage.listing``.)"""
    best_ongoing: str | None = None
    latest: tuple[date, int] | None = None  # (end, stage order) of the latest completed step
    latest_stage: str | None = None
    for step in steps:
        if step.status not in ("ongoing", "completed"):
            continue
        stage = catalogue.stage_of(step.service)
        if stage is None or stage not in STAGE_ORDER:
            continue
        order = STAGE_ORDER[stage]
        if step.status == "ongoing":
            if best_ongoing is None or order > STAGE_ORDER[best_ongoing]:
                best_ongoing = stage
        elif step.end is not None and (latest is None or (step.end, order) > latest):
            latest, latest_stage = (step.end, order), stage
    return best_ongoing if best_ongoing is not None else latest_stage


def goal_stages(client: Client) -> list[str]:
    """The stages that count as the client's goal: one for a goal of open employment or
    training, both (in stage order) for any other goal or none."""
    return goal_stages_of(client.goal.outcome if client.goal is not None else None)


def goal_stages_of(outcome: str | None) -> list[str]:
    """:func:`goal_stages` of a client whose goal's outcome is *outcome* (None: no goal)."""
    if outcome in ("open_employment", "training"):
        return [outcome]
    return list(BOTH_GOAL_STAGES)
