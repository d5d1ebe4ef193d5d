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
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from pathways import hetu
from pathways.catalogue import ServiceCatalogue
from pathways.checks import tails_with_a_way_forward
from pathways.i18n import N_, _, format_date
from pathways.labels import stage_name
from pathways.model import STAGE_ORDER, STAGES, Client, Participation
from pathways.stages import current_stage_of_steps, goal_stages_of

#: The ESF+ participant figures that ``report --json`` also gives at its top level, in order.
ESF_FIGURES: tuple[str, ...] = (
    "participants",
    "unemployed_on_entry",
    "long_term_unemployed_on_entry",
    "inactive_on_entry",
    "left",
    "employed_on_leaving",
    "in_education_on_leaving",
    "job_seeking_on_leaving",
)

#: The groups of the ESF+ indicators: everyone, then each gender as the participant gives it.
ESF_GROUPS: tuple[str, ...] = ("total", "woman", "man", "non_binary", "not_given")
ESF_GROUP_NAMES: dict[str, str] = {
    "total": N_("Total"),
    "woman": N_("Women"),
    "man": N_("Men"),
    "non_binary": N_("Non-binary"),
    "not_given": N_("Gender not given"),
}

#: The ESF+ common indicators (Regulation (EU) 2021/1057, Annex I): JSON key → the name the
#: funder uses (translated when shown), in the order of ``spec/pathway-checks.md``. ``left`` and
#: ``follow_up_due`` are Polku's own, for the project's follow-up work.
ESF_INDICATORS: dict[str, str] = {
    "participants": N_("Total number of participants"),
    "unemployed_on_entry": N_("Unemployed, including long-term unemployed"),
    "long_term_unemployed_on_entry": N_("Long-term unemployed participants"),
    "inactive_on_entry": N_("Inactive"),
    "employed_on_entry": N_("Employed, including self-employed"),
    "below_18_on_entry": N_("Below 18 years of age"),
    "age_18_29_on_entry": N_("Between 18 and 29 years of age"),
    "age_55_plus_on_entry": N_("55 years of age and above"),
    "isced_0_2": N_("With lower secondary education or less (ISCED 0–2)"),
    "isced_3_4": N_("With upper secondary (ISCED 3) or post-secondary education (ISCED 4)"),
    "isced_5_8": N_("With tertiary education (ISCED 5–8)"),
    "disability": N_("Participants with disabilities"),
    "third_country_national": N_("Third-country nationals"),
    "foreign_background": N_("Participants with a foreign background"),
    "minority": N_("Minorities (including marginalised communities such as the Roma)"),
    "homeless_or_housing_exclusion": N_("Homeless or affected by housing exclusion"),
    "rural_area": N_("Participants from rural areas"),
    "left": N_("Participants who left"),
    "job_seeking_on_leaving": N_("Participants engaged in job searching upon leaving"),
    "in_education_on_leaving": N_("Participants in education or training upon leaving"),
    "employed_on_leaving": N_(
        "Participants in employment, including self-employment, upon leaving"
    ),
    "qualification_on_leaving": N_("Participants gaining a qualification upon leaving"),
    "employed_six_months_after": N_(
        "Participants in employment, including self-employment, six months after leaving"
    ),
    "improved_six_months_after": N_(
        "Participants with an improved labour market situation six months after leaving"
    ),
    "follow_up_due": N_("Six-month follow-ups due, not yet recorded"),
}

#: Sections of the indicator table: heading → the first key of the section.
ESF_SECTIONS: dict[str, str] = {
    "participants": N_("On entry"),
    "left": N_("On leaving"),
    "employed_six_months_after": N_("Six months after leaving"),
}

#: Keys counted as a sub-figure of the one above (indented on paper and on screen).
ESF_MAIN_FIGURES = frozenset({"participants", "left"})

_ENTRY_FIGURES: dict[str, frozenset[str]] = {
    "unemployed_on_entry": frozenset({"unemployed", "long_term_unemployed"}),
    "long_term_unemployed_on_entry": frozenset({"long_term_unemployed"}),
    "inactive_on_entry": frozenset({"inactive"}),
}
_ENTRY_FIGURES["employed_on_entry"] = frozenset({"employed"})
_LEAVING_FIGURES: dict[str, frozenset[str]] = {
    "employed_on_leaving": frozenset({"employed", "self_employed"}),
    "in_education_on_leaving": frozenset({"in_education"}),
    "job_seeking_on_leaving": frozenset({"job_seeking"}),
}

#: Pathways whose history counts for durations, flows and drop-outs (drafts are only plans).
HISTORY_STATUSES = frozenset({"active", "closed"})


def _zero_by_stage() -> dict[str, int]:
    return dict.fromkeys(STAGES, 0)


def _zero_indicators() -> dict[str, dict[str, int]]:
    return {group: dict.fromkeys(ESF_INDICATORS, 0) for group in ESF_GROUPS}


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
    #: ESF+ group → indicator key → count (every group and key present).
    indicators: dict[str, dict[str, int]] = field(default_factory=_zero_indicators)
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

    @property
    def esf(self) -> dict[str, int]:
        """The participant figures of the top level (``total``'s figures of the same name)."""
        return {key: self.indicators["total"][key] for key in ESF_FIGURES}

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
            "esf": {group: dict(figures) for group, figures in self.indicators.items()},
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
        ]
        rows += self.indicator_rows()
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


    def indicator_rows(self) -> list[list[str]]:
        """The ESF+ indicators as one table: a heading row, a column per group, and a row per
        indicator under the section it belongs to (section rows have no figures)."""
        rows: list[list[str]] = [
            [_("ESF+ indicators (Regulation (EU) 2021/1057, Annex I)"),
             *(_(ESF_GROUP_NAMES[group]) for group in ESF_GROUPS)],
        ]
        for key, label in ESF_INDICATORS.items():
            section = ESF_SECTIONS.get(key)
            if section is not None:
                rows.append([_(section)])
            rows.append([_(label), *(str(self.indicators[group][key]) for group in ESF_GROUPS)])
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


class ReportStep(NamedTuple):
    """What the report reads of a step. *key* tells the step apart within its pathway (the
    step's id, or the database's row key) and is what :attr:`ReportPathway.transitions` name."""

    key: Hashable
    service: str
    status: str
    start: date | None
    end: date | None


@dataclass(slots=True)
class ReportPathway:
    """What the report reads of a pathway: its status, steps and transitions (no graph)."""

    status: str
    steps: list[ReportStep] = field(default_factory=list)
    #: (from step's key, to step's key, kind) of each transition.
    transitions: list[tuple[Hashable, Hashable, str]] = field(default_factory=list)


@dataclass(slots=True)
class ReportClient:
    """What the report reads of a client: the birth date's sources, the goal, the ESF+
    participation and the pathways whose history counts (active and closed: a draft counts in
    no figure). ``storage.report_read`` reads exactly this from a database;
    :func:`report_client` takes it from a whole :class:`~pathways.model.Client`."""

    personal_id: str | None = None
    birth_year: int | None = None
    goal_outcome: str | None = None
    participation: Participation | None = None
    pathways: list[ReportPathway] = field(default_factory=list)


def report_client(client: Client) -> ReportClient:
    """The part of *client* that the report reads."""
    return ReportClient(
        personal_id=client.personal_id,
        birth_year=client.birth_year,
        goal_outcome=client.goal.outcome if client.goal is not None else None,
        participation=client.participation,
        pathways=[
            ReportPathway(
                pathway.status,
                [ReportStep(s.id, s.service, s.status, s.start, s.end) for s in pathway],
                [(t.from_step, t.to_step, t.kind) for t in pathway.transitions],
            )
            for pathway in client.pathways
            if pathway.status in HISTORY_STATUSES
        ],
    )


def _in_period(day: date | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


def age_on_entry(client: Client | ReportClient, entered_on: date) -> int | None:
    """Completed years on *entered_on*: from the birth date of a valid personal identity code
    (a 29 February birthday comes on 1 March in common years), else *entered_on*'s year minus the
    year of birth; None with neither, or for a negative age."""
    age: int | None = None
    if client.personal_id is not None:
        try:
            # Valid by format, date and check character; not judged again against a day.
            born = hetu.parse_personal_id(client.personal_id, date.max).birth_date
        except hetu.InvalidPersonalId:
            pass
        else:
            before_birthday = (entered_on.month, entered_on.day) < (born.month, born.day)
            age = entered_on.year - born.year - before_birthday
    if age is None and client.birth_year is not None:
        age = entered_on.year - client.birth_year
    return age if age is not None and age >= 0 else None


def _age_figure(age: int | None) -> str | None:
    if age is None:
        return None
    if age < 18:
        return "below_18_on_entry"
    if age <= 29:
        return "age_18_29_on_entry"
    return "age_55_plus_on_entry" if age >= 55 else None


def _count_participant(
    report: Report,
    client: ReportClient,
    record: Participation,
    start: date | None,
    end: date | None,
) -> None:
    """Add one participant to ``total`` and to their gender's group, each figure by the date
    that decides it (spec "Which date decides")."""
    figures: list[str] = []
    if _in_period(record.entered_on, start, end):
        figures.append("participants")
        figures += [key for key, statuses in _ENTRY_FIGURES.items()
                    if record.status_on_entry in statuses]
        age = _age_figure(age_on_entry(client, record.entered_on))
        if age is not None:
            figures.append(age)
        if record.education_on_entry is not None:
            figures.append(record.education_on_entry)
        figures += record.characteristics
    if _in_period(record.left_on, start, end):
        figures.append("left")
        figures += [key for key, outcomes in _LEAVING_FIGURES.items()
                    if record.outcome_on_leaving in outcomes]
        if record.qualification_on_leaving:
            figures.append("qualification_on_leaving")
        if record.follow_up_due(report.today):
            figures.append("follow_up_due")
    follow_up = record.after_six_months
    if follow_up is not None and _in_period(follow_up.checked_on, start, end):
        if follow_up.status in ("employed", "self_employed"):
            figures.append("employed_six_months_after")
        if follow_up.improved:
            figures.append("improved_six_months_after")
    total = report.indicators["total"]
    group = report.indicators[record.gender if record.gender in ESF_GROUPS else "not_given"]
    for key in figures:
        if key in total:  # a code this version does not know counts nowhere
            total[key] += 1
            group[key] += 1


def _days_in_step(step: ReportStep, today: date) -> int | None:
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
    pathway: ReportPathway,
    stage_of: dict[str, str],
    goals: list[str],
    today: date,
) -> None:
    """Durations, flows and drop-outs of one active or closed pathway."""
    steps = {step.key: step for step in pathway.steps}
    for from_step, to_step, kind in pathway.transitions:
        if kind != "next":
            continue
        before, after = steps[from_step], steps[to_step]
        if before.status == "cancelled" or after.status == "cancelled":
            continue
        source, target = stage_of.get(before.service), stage_of.get(after.service)
        if source is not None and target is not None:
            report.flows[source][target] += 1
    cancelled = {step.key for step in pathway.steps if step.status == "cancelled"}
    onward = tails_with_a_way_forward(pathway.transitions, cancelled)
    for step in steps.values():
        stage = stage_of.get(step.service)
        if stage is None:
            continue
        days = _days_in_step(step, today)
        if days is not None:
            durations[stage].append(days)
        if (
            step.status in ("completed", "interrupted")
            and step.key not in onward
            and (step.status == "interrupted" or stage not in goals)
        ):
            report.drop_outs_by_stage[stage] += 1


def build_report(
    clients: Iterable[Client | ReportClient],
    catalogue: ServiceCatalogue,
    *,
    period_from: date | None = None,
    period_to: date | None = None,
    today: date,
) -> Report:
    """The caseload and ESF+ figures over *clients* (all the clients in the database).

    The period is inclusive and either end may be open (None). Steps of service codes the
    catalogue does not know have no stage and are left out of the stage figures. *clients*
    may be whole clients or just what the report reads of them (``storage.report_read``):
    the figures are the same.
    """
    report = Report(today=today, period_from=period_from, period_to=period_to)
    stage_of = {s.code: s.stage for s in catalogue if s.stage in STAGE_ORDER}
    durations: dict[str, list[int]] = {stage: [] for stage in STAGES}
    for whole_or_read in clients:
        client = (
            whole_or_read
            if isinstance(whole_or_read, ReportClient)
            else report_client(whole_or_read)
        )
        report.clients += 1
        record = client.participation
        if record is not None:
            _count_participant(report, client, record, period_from, period_to)
        goals = goal_stages_of(client.goal_outcome)
        for pathway in client.pathways:
            if pathway.status not in HISTORY_STATUSES:
                continue
            if pathway.status == "active":
                report.active_pathways += 1
                for step in pathway.steps:
                    stage = stage_of.get(step.service)
                    if stage is not None and step.status != "cancelled":
                        report.steps_by_stage[stage] += 1
                stage = current_stage_of_steps(pathway.steps, catalogue)
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
