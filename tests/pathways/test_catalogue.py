"""The default service catalogue agrees with the domain brief and is complete in three languages."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from pathways.catalogue import (
    ServiceCatalogue,
    default_codes,
    default_service_types,
    sector_name,
    stage_name,
)
from pathways.model import NEED_DOMAINS, SECTORS, STAGES

DOMAIN_BRIEF = Path(__file__).resolve().parents[1] / "data" / "domain.md"
SERVICE_TABLE_COLUMNS = ["code", "fi", "sv", "en", "sector", "stage", "addresses"]


def _brief_table(columns: list[str]) -> list[dict[str, str]]:
    """The rows of the Markdown table in the domain brief whose header is exactly *columns*."""
    lines = DOMAIN_BRIEF.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if _cells(line) == columns:
            rows = []
            for row in lines[index + 2 :]:
                if not row.startswith("|"):
                    break
                rows.append(dict(zip(columns, _cells(row), strict=True)))
            return rows
    raise AssertionError(f"no table with columns {columns} in {DOMAIN_BRIEF}")


def _cells(line: str) -> list[str]:
    line = line.strip()
    if not (line.startswith("|") and line.endswith("|")):
        return []
    return [cell.strip() for cell in line[1:-1].split("|")]


def _document() -> dict:
    text = resources.files("resources").joinpath("catalogue.json").read_text(encoding="utf-8")
    return json.loads(text)


def test_the_brief_table_parses_into_37_service_types() -> None:
    rows = _brief_table(SERVICE_TABLE_COLUMNS)
    assert len(rows) == 37
    assert len({row["code"] for row in rows}) == 37


def test_every_service_of_the_brief_is_in_the_catalogue_as_the_brief_gives_it() -> None:
    catalogue = ServiceCatalogue()
    for row in _brief_table(SERVICE_TABLE_COLUMNS):
        service = catalogue.get(row["code"])
        assert service is not None, f"{row['code']} is missing from the catalogue"
        assert service.names == {"fi": row["fi"], "sv": row["sv"], "en": row["en"]}, row["code"]
        assert (service.sector, service.stage) == (row["sector"], row["stage"]), row["code"]
        expected = tuple(domain.strip() for domain in row["addresses"].split(","))
        assert service.addresses == expected, row["code"]
        assert not service.custom


def test_the_catalogue_keeps_the_order_of_the_brief() -> None:
    brief_codes = [row["code"] for row in _brief_table(SERVICE_TABLE_COLUMNS)]
    assert [service.code for service in default_service_types()] == brief_codes
    assert default_codes() == frozenset(brief_codes)


def test_sector_and_stage_names_are_those_of_the_brief() -> None:
    for row in _brief_table(["code", "fi", "sv", "en"]):
        for lang in ("fi", "sv", "en"):
            assert sector_name(row["code"], lang) == row[lang]
    for row in _brief_table(["order", "code", "fi", "sv", "en"]):
        assert STAGES[int(row["order"]) - 1] == row["code"]
        for lang in ("fi", "sv", "en"):
            assert stage_name(row["code"], lang) == row[lang]


def test_every_service_has_a_one_line_description_in_finnish_swedish_and_english() -> None:
    for service in default_service_types():
        assert set(service.descriptions) == {"fi", "sv", "en"}, service.code
        for lang, text in service.descriptions.items():
            assert text.strip() == text and len(text) >= 30, (service.code, lang)
            assert "\n" not in text and len(text) <= 300, (service.code, lang)
            assert service.describe(lang) == text
        # Three distinct texts: a language left as a copy of another would pass unnoticed.
        assert len(set(service.descriptions.values())) == 3, service.code


def test_typical_next_services_exist_and_are_not_the_service_itself() -> None:
    catalogue = ServiceCatalogue()
    for service in catalogue:
        assert 1 <= len(service.typical_next) <= 4, service.code
        assert len(set(service.typical_next)) == len(service.typical_next), service.code
        for code in service.typical_next:
            assert code in catalogue, (service.code, code)
            assert code != service.code


def test_sectors_stages_and_addresses_use_known_codes() -> None:
    for service in default_service_types():
        assert service.sector in SECTORS
        assert service.stage in STAGES
        assert service.addresses, service.code
        assert set(service.addresses) <= set(NEED_DOMAINS), service.code


def test_validity_dates_parse_and_are_in_order() -> None:
    for entry in _document()["services"]:
        for key in ("valid_from", "valid_to"):
            value = entry[key]
            if value is not None:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (entry["code"], key)
                date.fromisoformat(value)
        if entry["valid_from"] and entry["valid_to"]:
            assert entry["valid_from"] <= entry["valid_to"], entry["code"]


def test_preparatory_education_is_offered_from_the_start_of_tuva() -> None:
    tuva = ServiceCatalogue()["preparatory_education"]
    assert tuva.valid_from == date(2022, 8, 1)
    assert not tuva.is_valid_on(date(2022, 7, 31))
    assert tuva.is_valid_on(date(2026, 1, 15))


def test_legal_bases_name_a_statute_with_its_number() -> None:
    bases = {s.code: s.legal_basis for s in default_service_types()}
    for code, basis in bases.items():
        if basis is not None:
            assert re.search(r"\b\d{2,4}/(19|20)\d{2}\b", basis), code
            assert len(basis) <= 200, code
    # The 2025 reform: employment services under 380/2023, the multi-sectoral model under
    # 381/2023 (which replaced the TYP law 1369/2014), disability services under 675/2023.
    assert "380/2023" in bases["work_trial"]
    assert "381/2023" in bases["multisectoral_mapping"]
    assert "1369/2014" in bases["multisectoral_mapping"]
    assert "189/2001" in bases["rehabilitative_work_activity"]
    assert "675/2023" in bases["disability_services"]


def test_the_document_keeps_its_structure_and_the_swedish_review_flag() -> None:
    document = _document()
    assert list(document) == [
        "version", "note", "sv_checked", "sectors", "stages", "services", "plain_note", "plain",
        "search_words",
    ]
    assert document["version"] == 1
    assert document["sv_checked"] is False
    keys = {
        "code",
        "names",
        "sector",
        "stage",
        "addresses",
        "descriptions",
        "legal_basis",
        "valid_from",
        "valid_to",
        "typical_next",
    }
    for entry in document["services"]:
        assert set(entry) - {"short_names"} == keys, entry["code"]


def test_every_service_has_search_words_in_every_language() -> None:
    from pathways.service_search import search

    document = _document()
    assert set(document["search_words"]) == default_codes()
    for service in default_service_types():
        assert set(service.search_words) == {"fi", "sv", "en"}, service.code
        for lang, words in service.search_words.items():
            assert words and all(word.strip() == word and word for word in words), service.code
            # Each of its words finds the service.
            for word in words:
                assert service in search(default_service_types(), word, lang), (word, lang)


@pytest.mark.parametrize(
    ("lang", "query", "best"),
    [
        ("fi", "palkkatuki", "wage_subsidy_third_sector"),
        ("fi", "palvelutarpeen", "service_need_assessment"),
        ("fi", "typ", "multisectoral_mapping"),
        ("fi", "kokeilu", "work_trial"),  # inside the compound työkokeilu
        ("fi", "Mielenterveys", "mental_health_services"),
        ("sv", "lönestöd", "wage_subsidy_third_sector"),
        ("sv", "TYP", "multisectoral_mapping"),  # the Finnish acronym, in Swedish too
        ("en", "wage subs", "wage_subsidy_third_sector"),
        ("en", "psychotherapy", "rehabilitation_psychotherapy"),
    ],
)
def test_search_ranks_the_best_match_first(lang: str, query: str, best: str) -> None:
    from pathways.service_search import search

    assert search(default_service_types(), query, lang)[0].code == best


def test_search_matches_word_beginnings_not_any_letters() -> None:
    from pathways.service_search import search

    assert search(default_service_types(), "xyz", "fi") == []
    assert search(default_service_types(), "   ", "fi") == []
    # The work trial's description has "työpaikalla": "paikalla" begins no word of it.
    codes = [s.code for s in search(default_service_types(), "paikalla", "fi")]
    assert "work_trial" not in codes
    assert "work_trial" in [s.code for s in search(default_service_types(), "työpaik", "fi")]


# --- Plain-language descriptions for the client copy -----------------------------------------

# Abbreviations plain language avoids (Selkokeskus): the short forms of everyday phrases.
_ABBREVIATIONS = re.compile(
    r"\b(?:esim|ym|yms|mm|ns|jne|tms|ks|n\.|t\.ex|bl\.a|o\.s\.v|osv|e\.g|i\.e|etc)\b\.?",
    re.IGNORECASE,
)
# Names people know by their letters; any other run of capitals is an abbreviation.
_KNOWN_NAMES = {"FPA"}


def test_every_service_has_a_plain_description_in_three_languages() -> None:
    from pathways.catalogue import plain_description

    for service in default_service_types():
        for lang in ("fi", "sv", "en"):
            text = plain_description(service.code, lang)
            assert text, (service.code, lang)
            assert text != service.descriptions.get(lang), (service.code, lang)
    assert plain_description("an_own_service", "fi") is None


def test_plain_descriptions_are_short_sentences_without_abbreviations() -> None:
    from pathways.catalogue import plain_description

    you = {"fi": re.compile(r"\b(sinu|sinä|sinun|teette|mietitte|käyt|saat|teet|olet|opiskelet|"
                            r"kokeilet|perustat|mietit)", re.IGNORECASE),
           "sv": re.compile(r"\b(du|dig|din|ditt|dina|ni)\b", re.IGNORECASE),
           "en": re.compile(r"\b(you|your)\b", re.IGNORECASE)}
    for service in default_service_types():
        for lang in ("fi", "sv", "en"):
            text = plain_description(service.code, lang) or ""
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
            assert 1 <= len(sentences) <= 2, (service.code, lang, text)
            for sentence in sentences:
                assert sentence.endswith("."), (service.code, lang, sentence)
                assert len(sentence.split()) <= 22, (service.code, lang, sentence)
            assert not _ABBREVIATIONS.search(text), (service.code, lang, text)
            capitals = set(re.findall(r"\b[A-ZÅÄÖ]{2,}\b", text)) - _KNOWN_NAMES
            assert not capitals, (service.code, lang, capitals)
            assert "(" not in text and "/" not in text and ";" not in text, (service.code, lang)
            assert you[lang].search(text), (service.code, lang, text)


def test_the_swedish_plain_descriptions_are_flagged_for_checking() -> None:
    document = _document()
    assert document["sv_checked"] is False
    assert "Swedish" in document["plain_note"] and "checked" in document["plain_note"]


def test_a_short_name_is_shorter_and_given_in_every_language() -> None:
    from pathways.catalogue import short_service_name

    catalogue = ServiceCatalogue()
    shortened = [entry for entry in _document()["services"] if "short_names" in entry]
    assert len(shortened) >= 8
    for entry in shortened:
        assert set(entry["short_names"]) == {"fi", "sv", "en"}, entry["code"]
        for lang in ("fi", "sv", "en"):
            short = short_service_name(catalogue, entry["code"], lang)
            assert short == entry["short_names"][lang]
            assert len(short) <= len(entry["names"][lang]), (entry["code"], lang)
    assert short_service_name(catalogue, "multisectoral_mapping", "fi") == "Monialainen kartoitus"
    # Without a short name, the name itself; an unknown code stays as it is.
    assert short_service_name(catalogue, "work_trial", "sv") == "Arbetsprövning"
    assert short_service_name(catalogue, "no_such_code", "fi") == "no_such_code"
