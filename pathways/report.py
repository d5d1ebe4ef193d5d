"""The caseload and ESF+ participant report of ``spec/pathway-checks.md`` ("report"), and its CSV.

The figures are computed once into a :class:`Report`; the JSON, the CSV and the PDF
(``pathways.report_pdf``) all show that one object, so the three forms cannot disagree. The
report holds counts only, never a person's details.

Definitions beyond the spec (also in ``docs/outcomes.md``, section "The caseload report"):

- *Clients by current stage*: each active pathway's current stage (``pathways.stages``).
- *Days in a stage*: per step (not cancelled) of the stage in active and closed pathways, the
  days from its start to its end for a completed or interrupted step, or up to today for an
  ongoing one (so a long step still running counts with the time so far); the median of these.
- *Flows*: ``next`` transitions between steps (neither cancelled) in active and closed
  pathways, counted by the stage of the step left and the stage of the step entered.
- *Drop-outs*: steps in active and closed pathways that ended (completed or interrupted) with
  no transition to a step that is not cancelled, and that are either interrupted or short of
  the client's goal stages: where a path stopped before the goal.
"""

from __future__ import annotations

import csv
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pathways.catalogue import ServiceCatalogue
from pathways.checks import steps_with_a_way_forward
from pathways.i18n import N_, _, format_date
from pathways.labels import stage_name
from pathways.model import STAGE_ORDER, STAGES, Client, Participation, Pathway, Step
from pathways.stages import current_stage, goal_stages

#: The ESF+ participant figures: JSON key → label (translated when shown), in report order.
ESF_FIGURES: dict[str, str] = {
    "participants": N_("Participants who entered"),
    "unemployed_on_entry": N_("of whom unemployed on entry (long-term unemployed included)"),
    "long_term_unemployed_on_entry": N_("of whom long-term unemployed on entry"),
    "inactive_on_entry": N_("of whom inactive on entry"),
    "left": N_("Participants who left"),
    "employed_on_leaving": N_("of whom employed or self-employed on leaving"),
    "in_education_on_leaving": N_("of whom in education or training on leaving"),
    "job_seeking_on_leaving": N_("of whom job seeking on leaving"),
}

_ENTRY_FIGURES: dict[str, frozenset[str]] = {
    "unemployed_on_entry": frozenset({"unemployed", "long_term_unemployed"}),
    "long_term_unemployed_on_entry": frozenset({"long_term_unemployed"}),
    "inactive_on_entry": frozenset({"inactive"}),
}
_LEAVING_FIGURES: dict[str, frozenset[str]] = {
    "employed_on_leaving": frozenset({"employed", "self_employed"}),
    "in_education_on_leaving": frozenset({"in_education"}),
    "job_seeking_on_leaving": frozenset({"job_seeking"}),
}

#: Pathways whose history counts for durations, flows and drop-outs (drafts are only plans).
_HISTORY_STATUSES = frozenset({"active", "closed"})


def _zero_by_stage() -> dict[str, int]:
    return dict.fromkeys(STAGES, 0)


@dataclass(slots=True)
class StageDuration:
    """How long steps of one stage took: how many steps were timed and their median."""

    steps: int = 0
    median_days: float | None = None


@dataclass(slots=True)
class Report:
    """The figures of one caseload / ESF+ report (counts only: no personal data)."""

    today: date
    period_from: date | None = None
    period_to: date | None = None
    #: ESF_FIGURES key → count.
    esf: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ESF_FIGURES, 0))
    clients: int = 0
    active_pathways: int = 0
    steps_by_stage: dict[str, int] = field(default_factory=_zero_by_stage)
    clients_by_current_stage: dict[str, int] = field(default_factory=_zero_by_stage)
    #: Active pathways with neither an ongoing nor a completed step.
    active_without_stage: int = 0
    days_in_stage: dict[str, StageDuration] = field(
        default_factory=lambda: {stage: StageDuration() for stage in STAGES}
    )
    #: from stage → to stage → number of `next` transitions.
    flows: dict[str, dict[str, int]] = field(
        default_factory=lambda: {stage: _zero_by_stage() for stage in STAGES}
    )
    drop_outs_by_stage: dict[str, int] = field(default_factory=_zero_by_stage)

    def to_json(self) -> dict[str, Any]:
        """The document of ``report --json``: stable keys, every stage present."""
        return {
            "today": self.today.isoformat(),
            "period": {
                "from": self.period_from.isoformat() if self.period_from else None,
                "to": self.period_to.isoformat() if self.period_to else None,
            },
            **self.esf,
            "clients": self.clients,
            "steps_by_stage": dict(self.steps_by_stage),
            "active_pathways": self.active_pathways,
            "clients_by_current_stage": dict(self.clients_by_current_stage),
            "active_pathways_without_stage": self.active_without_stage,
            "days_in_stage": {
                stage: {"steps": duration.steps, "median_days": duration.median_days}
                for stage, duration in self.days_in_stage.items()
            },
            "flows": {source: dict(targets) for source, targets in self.flows.items()},
            "drop_outs_by_stage": dict(self.drop_outs_by_stage),
        }

    def to_csv_rows(self) -> list[list[str]]:
        """The report as rows for a spreadsheet, labelled in the current language.

        Sections are separated by an empty row: the ESF+ figures, the totals, one row per
        stage, and the table of moves between stages.
        """
        rows = self.summary_rows()
        rows += [[], [_("Moves between stages (from the row’s stage to the column’s)")]]
        rows.append(["", *(stage_name(stage) for stage in STAGES)])
        rows += [
            [stage_name(source), *(str(self.flows[source][target]) for target in STAGES)]
            for source in STAGES
        ]
        return rows

    def summary_rows(self) -> list[list[str]]:
        """Every section of the CSV but the table of moves between stages."""
        rows: list[list[str]] = [
            [_("Caseload and ESF+ participant report")],
            [_("Period"), period_text(self)],
            [_("Date of the report"), format_date(self.today)],
            [],
            [_("ESF+ participants"), _("Number")],
        ]
        rows += [[_(label), str(self.esf[key])] for key, label in ESF_FIGURES.items()]
        rows += [
            [],
            [_("Clients in the database"), str(self.clients)],
            [_("Active pathways"), str(self.active_pathways)],
            [_("Active pathways with no current stage"), str(self.active_without_stage)],
            [],
            [
                _("Stage"),
                _("Steps in active pathways"),
                _("Clients by current stage"),
                _("Median days in the stage"),
                _("Steps timed"),
                _("Ended short of the goal"),
            ],
        ]
        for stage in STAGES:
            duration = self.days_in_stage[stage]
            rows.append(
                [
                    stage_name(stage),
                    str(self.steps_by_stage[stage]),
                    str(self.clients_by_current_stage[stage]),
                    format_number(duration.median_days),
                    str(duration.steps),
                    str(self.drop_outs_by_stage[stage]),
                ]
            )
        return rows


def format_number(value: float | None) -> str:
    """A figure as a Finnish spreadsheet reads it: a decimal comma, no needless ``,0``."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def period_text(report: Report) -> str:
    """The report's period in words of the current language."""
    start, end = report.period_from, report.period_to
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return _("from {date}").format(date=format_date(start))
    if end:
        return _("until {date}").format(date=format_date(end))
    return _("all time")


def write_csv(report: Report, path: Path) -> None:
    """Write the report as CSV the way Excel in Finland opens it: semicolons, UTF-8 with a BOM."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(report.to_csv_rows())


# --- Computing the figures ---------------------------------------------------------------------


def _in_period(day: date | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


def _count_participation(
    esf: dict[str, int], record: Participation, entered: bool, left: bool
) -> None:
    if entered:
        esf["participants"] += 1
        for key, statuses in _ENTRY_FIGURES.items():
            esf[key] += record.status_on_entry in statuses
    if left:
        esf["left"] += 1
        for key, outcomes in _LEAVING_FIGURES.items():
            esf[key] += record.outcome_on_leaving in outcomes


def _days_in_step(step: Step, today: date) -> int | None:
    """Days from the step's start to its end, or to today while it runs; None if unknown."""
    if step.start is None:
        return None
    if step.status in ("completed", "interrupted") and step.end is not None:
        days = (step.end - step.start).days
    elif step.status == "ongoing":
        days = (today - step.start).days
    else:
        return None
    # A step recorded as ending before it started (or starting after today) tells nothing.
    return days if days >= 0 else None


def _add_history(
    report: Report,
    durations: dict[str, list[int]],
    pathway: Pathway,
    stage_of: dict[str, str],
    goals: list[str],
    today: date,
) -> None:
    """Durations, flows and drop-outs of one active or closed pathway."""
    steps = {step.id: step for step in pathway}
    for transition in pathway.transitions:
        if transition.kind != "next":
            continue
        before, after = steps[transition.from_step], steps[transition.to_step]
        if before.status == "cancelled" or after.status == "cancelled":
            continue
        source, target = stage_of.get(before.service), stage_of.get(after.service)
        if source is not None and target is not None:
            report.flows[source][target] += 1
    onward = steps_with_a_way_forward(pathway)
    for step in steps.values():
        stage = stage_of.get(step.service)
        if stage is None:
            continue
        days = _days_in_step(step, today)
        if days is not None:
            durations[stage].append(days)
        if (
            step.status in ("completed", "interrupted")
            and step.id not in onward
            and (step.status == "interrupted" or stage not in goals)
        ):
            report.drop_outs_by_stage[stage] += 1


def build_report(
    clients: Iterable[Client],
    catalogue: ServiceCatalogue,
    *,
    period_from: date | None = None,
    period_to: date | None = None,
    today: date,
) -> Report:
    """The caseload and ESF+ figures over *clients* (all the clients in the database).

    The period is inclusive and either end may be open (None). Steps of service codes the
    catalogue does not know have no stage and are left out of the stage figures.
    """
    report = Report(today=today, period_from=period_from, period_to=period_to)
    stage_of = {s.code: s.stage for s in catalogue if s.stage in STAGE_ORDER}
    durations: dict[str, list[int]] = {stage: [] for stage in STAGES}
    for client in clients:
        report.clients += 1
        record = client.participation
        if record is not None:
            _count_participation(
                report.esf,
                record,
                entered=_in_period(record.entered_on, period_from, period_to),
                left=_in_period(record.left_on, period_from, period_to),
            )
        goals = goal_stages(client)
        for pathway in client.pathways:
            if pathway.status not in _HISTORY_STATUSES:
                continue
            if pathway.status == "active":
                report.active_pathways += 1
                for step in pathway:
                    stage = stage_of.get(step.service)
                    if stage is not None and step.status != "cancelled":
                        report.steps_by_stage[stage] += 1
                stage = current_stage(pathway, catalogue)
                if stage is None:
                    report.active_without_stage += 1
                else:
                    report.clients_by_current_stage[stage] += 1
            _add_history(report, durations, pathway, stage_of, goals, today)
    for stage, days in durations.items():
        if days:
            report.days_in_stage[stage] = StageDuration(
                steps=len(days), median_days=float(statistics.median(days))
            )
    return report
