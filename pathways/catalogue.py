"""The service catalogue: the default one in ``resources/catalogue.json`` plus custom entries."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from pathways.model import SECTORS, STAGE_ORDER, STAGES, ServiceType


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=1)
def _default_document() -> dict[str, Any]:
    text = resources.files("resources").joinpath("catalogue.json").read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


@lru_cache(maxsize=1)
def default_service_types() -> tuple[ServiceType, ...]:
    """The default catalogue, in the order of the domain brief."""
    return tuple(
        ServiceType(
            code=entry["code"],
            sector=entry["sector"],
            stage=entry["stage"],
            names=dict(entry["names"]),
            description=entry["descriptions"].get("en") or None,
            descriptions={k: v for k, v in entry["descriptions"].items() if v},
            addresses=tuple(entry["addresses"]),
            legal_basis=entry.get("legal_basis"),
            valid_from=_parse_date(entry.get("valid_from")),
            valid_to=_parse_date(entry.get("valid_to")),
            typical_next=tuple(entry.get("typical_next", ())),
            custom=False,
            search_words={
                lang: tuple(words)
                for lang, words in _default_document()
                .get("search_words", {})
                .get(entry["code"], {})
                .items()
            },
        )
        for entry in _default_document()["services"]
    )


@lru_cache(maxsize=1)
def default_codes() -> frozenset[str]:
    return frozenset(s.code for s in default_service_types())


def plain_description(code: str, lang: str) -> str | None:
    """One or two sentences in plain language (selkokieli) on what the service is and what
    happens there, for the client's own copy; None for a service the default catalogue does
    not describe so (an organisation's own service types)."""
    entry = _default_document().get("plain", {}).get(code)
    if not entry:
        return None
    text = entry.get(lang) or entry.get("fi")
    return str(text) if text else None


def sector_name(code: str, lang: str = "fi") -> str:
    """The name of a sector in *lang* (from the catalogue data)."""
    for entry in _default_document()["sectors"]:
        if entry["code"] == code:
            return str(entry["names"].get(lang) or entry["names"]["fi"])
    return code


def stage_name(code: str, lang: str = "fi") -> str:
    """The name of a stage in *lang* (from the catalogue data)."""
    for entry in _default_document()["stages"]:
        if entry["code"] == code:
            return str(entry["names"].get(lang) or entry["names"]["fi"])
    return code


@lru_cache(maxsize=1)
def _short_names() -> dict[str, dict[str, str]]:
    return {
        entry["code"]: dict(entry["short_names"])
        for entry in _default_document()["services"]
        if entry.get("short_names")
    }


def short_service_name(catalogue: ServiceCatalogue, code: str, lang: str = "fi") -> str:
    """What a card calls a service: the catalogue's short name in *lang* where the full name
    is long ("Monialainen kartoitus"), else the full name; the legend and the details give the
    full name. A custom service type with the code of a default one keeps its own name."""
    service_type = catalogue.get(code)
    if service_type is None:
        return code
    short = _short_names().get(code, {}).get(lang)
    if short and not service_type.custom:
        return short
    return service_type.name(lang)


class ServiceCatalogue:
    """The default service types plus an organisation's own, looked up by code."""

    def __init__(self, custom: Iterable[ServiceType] = ()) -> None:
        self._types: dict[str, ServiceType] = {s.code: s for s in default_service_types()}
        for service_type in custom:
            self._types[service_type.code] = service_type

    @classmethod
    def default(cls) -> ServiceCatalogue:
        return cls()

    def with_custom(self, custom: Iterable[ServiceType]) -> ServiceCatalogue:
        """A new catalogue with *custom* entries added (or replacing custom ones)."""
        return ServiceCatalogue([*self.custom_types(), *custom])

    def __contains__(self, code: object) -> bool:
        return code in self._types

    def __getitem__(self, code: str) -> ServiceType:
        return self._types[code]

    def get(self, code: str) -> ServiceType | None:
        return self._types.get(code)

    def __iter__(self) -> Iterator[ServiceType]:
        return iter(self._types.values())

    def __len__(self) -> int:
        return len(self._types)

    def custom_types(self) -> list[ServiceType]:
        return [s for s in self._types.values() if s.custom]

    def by_sector(self) -> dict[str, list[ServiceType]]:
        """Service types grouped by sector (sector order), each group in stage order."""
        groups: dict[str, list[ServiceType]] = {sector: [] for sector in SECTORS}
        for service_type in self._types.values():
            groups.setdefault(service_type.sector, []).append(service_type)
        for group in groups.values():
            group.sort(key=lambda s: STAGE_ORDER.get(s.stage, len(STAGES) + 1))
        return groups

    def addressing(self, domain: str) -> list[ServiceType]:
        """Service types whose `addresses` include the need domain *domain*."""
        return [s for s in self._types.values() if domain in s.addresses]

    def stage_of(self, code: str) -> str | None:
        service_type = self._types.get(code)
        return service_type.stage if service_type else None

    def sector_of(self, code: str) -> str | None:
        service_type = self._types.get(code)
        return service_type.sector if service_type else None
