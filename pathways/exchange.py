"""The exchange format v1 (``spec/exchange-format.md``): read, validate and write exchange files.

The public face of the format; the work is done in :mod:`pathways.exchange_read` (one pass that
checks every rule and builds domain objects) and :mod:`pathways.exchange_write` (the writer and
the "same content" normal form). Reading reports **every** problem of a file at once, in document
order, as ``LOCATION: message``; an invalid file yields no domain objects at all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from pathways.catalogue import ServiceCatalogue
from pathways.errors import InputError
from pathways.exchange_read import (
    FORMAT,
    VERSION,
    Reader,
    Refused,
    location,
    order_key,
    parse_json,
    paused_garbage_collection,
)
from pathways.exchange_write import comparable, dumps, to_dict
from pathways.i18n import _
from pathways.model import Client, ServiceType

__all__ = [
    "FORMAT",
    "VERSION",
    "ExchangeDocument",
    "ExchangeError",
    "Problem",
    "catalogue_conflicts",
    "comparable",
    "dumps",
    "json_schema",
    "load_file",
    "loads",
    "location",
    "to_dict",
    "validate",
]


@dataclass(frozen=True)
class Problem:
    """One error of an exchange file: where (a LOCATION of the spec, "" for the whole file) and
    what."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class ExchangeError(InputError):
    """An exchange file that cannot be imported; ``problems`` lists every reason.

    ``lines`` are ``LOCATION: message``, or ``FILE: LOCATION: message`` when *file* is given.
    """

    def __init__(self, problems: list[Problem], file: str | Path | None = None) -> None:
        prefix = f"{file}: " if file is not None else ""
        super().__init__(*(prefix + str(problem) for problem in problems))
        self.problems = list(problems)
        self.file = file


@dataclass
class ExchangeDocument:
    """A valid exchange file as domain objects."""

    clients: list[Client]
    #: The file's own service types (``custom=True``), in file order.
    catalogue: list[ServiceType] = field(default_factory=list)
    source: dict[str, str] = field(default_factory=dict)
    exported_at: str | None = None


def _check(
    data: bytes | str,
    catalogue: ServiceCatalogue | None,
    taken_personal_ids: Mapping[str, str] | None,
    today: date | None,
) -> tuple[list[Problem], ExchangeDocument | None]:
    try:
        with paused_garbage_collection():
            root = parse_json(data)
            reader = Reader(catalogue, taken_personal_ids, today)
            custom, clients, source, exported_at = reader.read(root)
    except Refused as refusal:
        return [Problem(location(*refusal.path), refusal.message)], None
    if reader.problems:
        # Sorting is stable: problems at one location keep the order they were found in.
        found = sorted(reader.problems, key=lambda problem: order_key(root, problem[0]))
        return [Problem(location(*path), message) for path, message in found], None
    return [], ExchangeDocument(
        clients=clients, catalogue=custom, source=source, exported_at=exported_at
    )


def loads(
    data: bytes | str,
    *,
    catalogue: ServiceCatalogue | None = None,
    taken_personal_ids: Mapping[str, str] | None = None,
    today: date | None = None,
) -> ExchangeDocument:
    """The document in *data*, or :class:`ExchangeError` listing every problem of it.

    *catalogue* is the receiver's service catalogue with its stored custom types (default: the
    default catalogue); a step's service must be in it or in the file's ``catalogue``.
    *taken_personal_ids* maps personal_ids already in the database to the id of the client who
    has it: another client in the file with one of them is an error (the same client id is the
    same person, being replaced). *today* is the day personal_ids may not be after and the year
    birth years may not be after (default: the system's date).
    """
    problems, document = _check(data, catalogue, taken_personal_ids, today)
    if document is None:
        raise ExchangeError(problems)
    return document


#: The largest exchange file Polku reads (an export of 5,000 clients is about 40 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: The most JSON objects and arrays, and items, a file may hold: parsed, each costs far more
#: memory than its bytes (``[{},{},…]`` of 100 MB would take gigabytes), so a file denser than
#: any real export is refused before it is parsed.
MAX_CONTAINERS = 2_000_000
MAX_ITEMS = 8_000_000


class _TooBig(Exception):
    """A file refused before it is parsed: not a regular file, or too big to read safely."""


def _read_limited(path: Path) -> bytes:
    """The bytes of *path*, refused at once when it is a pipe or a device (a read would block
    or never end) or bigger or denser than an exchange file can be."""
    import stat

    found = path.stat()
    if stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(found.st_mode):
        raise _TooBig(_("not a file (a pipe or a device)"))
    if found.st_size > MAX_FILE_BYTES:
        raise _TooBig(
            _("larger than {limit} MB, the most an exchange file may be").format(
                limit=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise _TooBig(
            _("larger than {limit} MB, the most an exchange file may be").format(
                limit=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    if (
        data.count(b"{") + data.count(b"[") > MAX_CONTAINERS
        or data.count(b",") > MAX_ITEMS
    ):
        raise _TooBig(
            _("holds more objects and lists than an exchange file can ({limit} at most)").format(
                limit=f"{MAX_CONTAINERS:,}".replace(",", " ")
            )
        )
    return data


def load_file(path: Path, **options: Any) -> ExchangeDocument:
    """:func:`loads` of the file at *path*; every line of the error starts with the file name."""
    try:
        data = _read_limited(Path(path))
    except _TooBig as refusal:
        raise ExchangeError([Problem("", str(refusal))], path) from None
    except FileNotFoundError:
        raise ExchangeError([Problem("", _("no such file"))], path) from None
    except IsADirectoryError:
        raise ExchangeError([Problem("", _("a folder, not a file"))], path) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ExchangeError(
            [Problem("", _("cannot read the file ({reason})").format(reason=reason))], path
        ) from None
    try:
        return loads(data, **options)
    except ExchangeError as error:
        raise ExchangeError(error.problems, path) from None


def validate(
    data: bytes | str,
    *,
    catalogue: ServiceCatalogue | None = None,
    taken_personal_ids: Mapping[str, str] | None = None,
    today: date | None = None,
) -> list[Problem]:
    """Every problem of *data* in document order; an empty list for a valid file. Never raises
    for bad content."""
    problems, _document = _check(data, catalogue, taken_personal_ids, today)
    return problems


def catalogue_conflicts(
    document: ExchangeDocument, stored: ServiceCatalogue
) -> list[Problem]:
    """The file's service types whose code the receiving database already has with another
    definition (``catalogue[i].code``); an import refuses them unless the user asks to replace.

    Only the definition counts (sector, stage, names, description, addresses, legal basis,
    validity dates), not where the entry came from.
    """
    problems: list[Problem] = []
    for index, service in enumerate(document.catalogue):
        existing = stored.get(service.code)
        if existing is None or _definition(existing) == _definition(service):
            continue
        problems.append(Problem(
            location("catalogue", index, "code"),
            _("the database already has the service type {code} with another definition")
            .format(code=json.dumps(service.code, ensure_ascii=False)),
        ))
    return problems


def _definition(service: ServiceType) -> tuple[Any, ...]:
    names = {lang: name for lang, name in service.names.items() if name}
    return (service.sector, service.stage, names, service.description or None,
            tuple(service.addresses), service.legal_basis or None, service.valid_from,
            service.valid_to)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the format's structure, for other systems."""
    text = resources.files("resources").joinpath("exchange-v1.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
