"""Names for people of the codes that are not catalogue data: need domains, statuses, kinds.

The English source strings are marked with ``N_()`` so that gettext extraction finds them; each
function translates at call time into the current language (``pathways.i18n.set_language``).
Sector, stage and service names live in the catalogue data (``resources/catalogue.json``); the
conveniences at the end look them up in the current language too. An unknown code is returned
as it is, so that a newer file never breaks a screen or a printout.
"""

from __future__ import annotations

from pathways import catalogue as _catalogue
from pathways.i18n import N_, _, current_language

#: Need domains (domain brief, "Need domains"), as labels.
NEED_DOMAIN_NAMES: dict[str, str] = {
    "health": N_("Health"),
    "mental_health": N_("Mental health"),
    "substance_use": N_("Substance use"),
    "functional_capacity": N_("Functional capacity"),
    "everyday_life": N_("Everyday life"),
    "social_relations": N_("Social relations"),
    "housing": N_("Housing"),
    "finances": N_("Finances"),
    "competence": N_("Competence and education"),
    "work_experience": N_("Work experience"),
    "language": N_("Language skills"),
    "digital_skills": N_("Digital skills"),
}

#: Need levels 0–3.
NEED_LEVEL_NAMES: dict[int, str] = {
    0: N_("No need"),
    1: N_("Minor need"),
    2: N_("Moderate need"),
    3: N_("Major need"),
}

STEP_STATUS_NAMES: dict[str, str] = {
    "planned": N_("Planned"),
    "ongoing": N_("Ongoing"),
    "completed": N_("Completed"),
    "interrupted": N_("Interrupted"),
    "cancelled": N_("Cancelled"),
}

PATHWAY_STATUS_NAMES: dict[str, str] = {
    "draft": N_("Draft"),
    "active": N_("Active"),
    "closed": N_("Closed"),
}

TRANSITION_KIND_NAMES: dict[str, str] = {
    "next": N_("Moves on"),
    "support": N_("Supports alongside"),
}

#: What information moved with a transition.
SHARED_INFO_NAMES: dict[str, str] = {
    "basic": N_("Basic details"),
    "employment_history": N_("Employment history"),
    "education": N_("Education details"),
    "health": N_("Health information"),
    "social": N_("Social-care information"),
    "rehabilitation": N_("Rehabilitation information"),
    "assessment": N_("Assessment results"),
    "plan": N_("Plans"),
}

GOAL_OUTCOME_NAMES: dict[str, str] = {
    "open_employment": N_("Work on the open labour market"),
    "training": N_("Education or training"),
    "work_ability": N_("Work ability and functional capacity"),
    "other": N_("Other goal"),
}

#: ESF+ participation: the labour-market status on entry.
ENTRY_STATUS_NAMES: dict[str, str] = {
    "unemployed": N_("Unemployed"),
    "long_term_unemployed": N_("Long-term unemployed"),
    "inactive": N_("Outside the labour force"),
    "employed": N_("Employed"),
    "in_education": N_("In education or training"),
}

#: ESF+ participation: the situation on leaving.
LEAVING_OUTCOME_NAMES: dict[str, str] = {
    "employed": N_("Employed"),
    "self_employed": N_("Self-employed"),
    "in_education": N_("In education or training"),
    "job_seeking": N_("Job seeking"),
    "inactive": N_("Outside the labour force"),
    "unknown": N_("Not known"),
}

#: ESF+ participant data: gender as the participant gives it.
GENDER_NAMES: dict[str, str] = {
    "woman": N_("Woman"),
    "man": N_("Man"),
    "non_binary": N_("Non-binary"),
}

#: ESF+ participant data: the highest education completed on entry.
EDUCATION_NAMES: dict[str, str] = {
    "isced_0_2": N_("Lower secondary or less (ISCED 0–2)"),
    "isced_3_4": N_("Upper secondary or post-secondary (ISCED 3–4)"),
    "isced_5_8": N_("Tertiary (ISCED 5–8)"),
}

#: ESF+ participant data: the characteristics (special categories of personal data).
CHARACTERISTIC_NAMES: dict[str, str] = {
    "disability": N_("Disability"),
    "third_country_national": N_("Third-country national"),
    "foreign_background": N_("Foreign background"),
    "minority": N_("Minority (including marginalised communities such as the Roma)"),
    "homeless_or_housing_exclusion": N_("Homeless or affected by housing exclusion"),
    "rural_area": N_("From a rural area"),
}

#: Kinds of pathway findings (spec/pathway-checks.md), as headings.
FINDING_KIND_NAMES: dict[str, str] = {
    "gap": N_("Gap between services"),
    "order": N_("Starts before the previous step"),
    "dead_end": N_("Dead end"),
    "overdue": N_("Overdue"),
    "no_responsible": N_("No responsible person"),
    "consent": N_("Information shared without valid consent"),
    "unmet_need": N_("Need without a service"),
    "follow_up": N_("Six-month follow-up due"),
}

#: Why a `consent` finding was raised.
CONSENT_REASON_NAMES: dict[str, str] = {
    "missing": N_("No consent recorded"),
    "sector": N_("Consent does not cover the receiving sector"),
    "not_yet_valid": N_("Consent not yet valid"),
    "expired": N_("Consent expired"),
}

SEVERITY_NAMES: dict[str, str] = {
    "warning": N_("Warning"),
    "error": N_("Error"),
}


def _name(names: dict[str, str], code: str) -> str:
    source = names.get(code)
    return _(source) if source is not None else code


def need_domain_name(code: str) -> str:
    """``need_domain_name("everyday_life")`` → "Arjenhallinta" in Finnish."""
    return _name(NEED_DOMAIN_NAMES, code)


def need_level_name(level: int) -> str:
    """The label of a need level 0 (no need) … 3 (major need)."""
    source = NEED_LEVEL_NAMES.get(level)
    return _(source) if source is not None else str(level)


def step_status_name(code: str) -> str:
    return _name(STEP_STATUS_NAMES, code)


def pathway_status_name(code: str) -> str:
    return _name(PATHWAY_STATUS_NAMES, code)


def transition_kind_name(code: str) -> str:
    return _name(TRANSITION_KIND_NAMES, code)


def shared_info_name(code: str) -> str:
    return _name(SHARED_INFO_NAMES, code)


def goal_outcome_name(code: str) -> str:
    return _name(GOAL_OUTCOME_NAMES, code)


def entry_status_name(code: str) -> str:
    return _name(ENTRY_STATUS_NAMES, code)


def leaving_outcome_name(code: str) -> str:
    return _name(LEAVING_OUTCOME_NAMES, code)


def gender_name(code: str) -> str:
    return _name(GENDER_NAMES, code)


def education_name(code: str) -> str:
    return _name(EDUCATION_NAMES, code)


def characteristic_name(code: str) -> str:
    return _name(CHARACTERISTIC_NAMES, code)


def finding_kind_name(code: str) -> str:
    return _name(FINDING_KIND_NAMES, code)


def consent_reason_name(code: str) -> str:
    return _name(CONSENT_REASON_NAMES, code)


def severity_name(code: str) -> str:
    return _name(SEVERITY_NAMES, code)


# --- Names from the catalogue data, in the current language ------------------------------------


def sector_name(code: str, lang: str | None = None) -> str:
    """The name of a sector in *lang*, by default the current language."""
    return _catalogue.sector_name(code, lang or current_language())


def stage_name(code: str, lang: str | None = None) -> str:
    """The name of a stage in *lang*, by default the current language."""
    return _catalogue.stage_name(code, lang or current_language())


def service_name(catalogue: _catalogue.ServiceCatalogue, code: str, lang: str | None = None) -> str:
    """The name of a service type in *lang* (default: current), falling back to Finnish."""
    service_type = catalogue.get(code)
    if service_type is None:
        return code
    return service_type.name(lang or current_language())
