"""Every code a person sees has a name in Finnish, Swedish and English."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import pytest
from babel.messages.pofile import read_po

from pathways import i18n, labels
from pathways.catalogue import ServiceCatalogue
from pathways.model import (
    ENTRY_STATUSES,
    GOAL_OUTCOMES,
    LEAVING_OUTCOMES,
    NEED_DOMAINS,
    PATHWAY_STATUSES,
    SHARED_INFO,
    STEP_STATUSES,
    TRANSITION_KINDS,
)

FINDING_KINDS = (
    "gap", "order", "dead_end", "overdue", "no_responsible", "consent", "unmet_need", "follow_up",
)
CONSENT_REASONS = ("missing", "sector", "not_yet_valid", "expired")

TABLES = [
    (labels.NEED_DOMAIN_NAMES, NEED_DOMAINS),
    (labels.NEED_LEVEL_NAMES, (0, 1, 2, 3)),
    (labels.STEP_STATUS_NAMES, STEP_STATUSES),
    (labels.PATHWAY_STATUS_NAMES, PATHWAY_STATUSES),
    (labels.TRANSITION_KIND_NAMES, TRANSITION_KINDS),
    (labels.SHARED_INFO_NAMES, SHARED_INFO),
    (labels.GOAL_OUTCOME_NAMES, GOAL_OUTCOMES),
    (labels.ENTRY_STATUS_NAMES, ENTRY_STATUSES),
    (labels.LEAVING_OUTCOME_NAMES, LEAVING_OUTCOMES),
    (labels.FINDING_KIND_NAMES, FINDING_KINDS),
    (labels.CONSENT_REASON_NAMES, CONSENT_REASONS),
    (labels.SEVERITY_NAMES, ("warning", "error")),
]


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    before = i18n.current_language()
    yield
    i18n.set_language(before)


def _po_messages(lang: str) -> dict[str, str]:
    path = resources.files("resources").joinpath("locale", lang, "LC_MESSAGES", "polku.po")
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {m.id: m.string for m in catalog if m.id and not m.fuzzy}


@pytest.mark.parametrize(("names", "codes"), TABLES)
def test_every_code_has_a_name(names: dict, codes: tuple) -> None:
    assert set(names) == set(codes)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_name_is_translated_in_the_catalogue_and_its_compiled_form(lang: str) -> None:
    po = _po_messages(lang)
    for names, _codes in TABLES:
        for source in names.values():
            assert po.get(source), f"{source!r} has no {lang} translation in polku.po"
            # The .mo is what the program reads: it must say what the .po says.
            assert i18n.translate(source, lang) == po[source], f"recompile {lang}: {source!r}"
            assert i18n.translate(source, lang) != source


def test_names_follow_the_current_language() -> None:
    i18n.set_language("fi")
    assert labels.need_domain_name("everyday_life") == "Arjenhallinta"
    assert labels.need_domain_name("competence") == "Osaaminen ja koulutus"
    assert labels.step_status_name("interrupted") == "Keskeytynyt"
    assert labels.need_level_name(0) == "Ei tarvetta"
    assert labels.finding_kind_name("gap") == "Katko palvelujen välillä"
    i18n.set_language("sv")
    assert labels.need_domain_name("housing") == "Boende"
    assert labels.step_status_name("ongoing") == "Pågående"
    assert labels.leaving_outcome_name("self_employed") == "Företagare"
    i18n.set_language("en")
    assert labels.need_domain_name("everyday_life") == "Everyday life"
    assert labels.consent_reason_name("expired") == "Consent expired"


def test_catalogue_names_follow_the_current_language_unless_one_is_asked_for() -> None:
    catalogue = ServiceCatalogue()
    i18n.set_language("sv")
    assert labels.service_name(catalogue, "work_trial") == "Arbetsprövning"
    assert labels.sector_name("employer") == "Arbetsgivare"
    assert labels.stage_name("intermediate") == "Mellanliggande arbetsmarknad"
    assert labels.service_name(catalogue, "work_trial", "en") == "Work trial"
    assert labels.stage_name("training", "fi") == "Koulutus"


def test_an_unknown_code_is_shown_as_it_is() -> None:
    assert labels.need_domain_name("astrology") == "astrology"
    assert labels.need_level_name(7) == "7"
    assert labels.service_name(ServiceCatalogue(), "no_such_service") == "no_such_service"
