"""The erasure register: a small private file beside the database that outlives its log.

``<database file>.erasures`` (0600, append-only: every write is one line appended with
``O_APPEND`` and synced) holds two kinds of line, JSON each, nothing personal:

- ``{"erased": "<audit_key>", "at": "<UTC>"}`` — a client was erased (the key is the random
  pseudonymous key of the access log, which no longer leads to anyone once the client's row is
  gone). Written inside the erasure's transaction, before it commits.
- ``{"anchor": <entry number>, "head": "<hash>", "at": "<UTC>"}`` — the access log's newest
  entry at a moment (an erasure, a backup, a restore): ``audit`` proves against these that no
  entries were cut off and the chain was not recomputed since.

A restore applies every erasure of the register to the restored data, so an erased person does
not come back even when the live database or its log is damaged (``storage.backups``). A line
cut short by a crash (the last one, without its newline) is ignored; anything else unreadable
makes the register *damaged*, and a restore that then cannot read the live log either refuses.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pathways.errors import EnvironmentProblem
from pathways.i18n import _

SUFFIX = ".erasures"


class RegisterDamaged(Exception):
    """The register exists but cannot be read whole (a line that is not one of its lines)."""


@dataclass(frozen=True)
class Anchor:
    """The log's newest entry at a moment, kept outside the log."""

    number: int
    head: str
    at: str


@dataclass
class Register:
    """What the register of a database holds."""

    erased: set[str] = field(default_factory=set)
    #: Anchors since the last reset (the reset itself included).
    anchors: list[Anchor] = field(default_factory=list)
    #: When the log was replaced because the old one could not be read.
    resets: list[Anchor] = field(default_factory=list)


def register_path(db_path: Path) -> Path:
    """The erasure register of the SQLite file *db_path*."""
    return db_path.with_name(db_path.name + SUFFIX)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _append(db_path: Path, lines: list[dict[str, object]]) -> None:
    if not lines:
        return
    path = register_path(db_path)
    text = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in lines)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.fchmod(descriptor, 0o600)
            os.write(descriptor, text.encode("ascii"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise EnvironmentProblem(
            _("polku: cannot write the erasure register {file}: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from None


def record_erasures(db_path: Path, keys: list[str]) -> None:
    """Append that the clients of *keys* (pseudonymous audit keys) were erased."""
    moment = _now()
    _append(db_path, [{"erased": key, "at": moment} for key in keys])


def record_anchor(db_path: Path, number: int, head: str) -> None:
    """Append the log's head: entry *number* has hash *head*."""
    _append(db_path, [{"anchor": number, "head": head, "at": _now()}])


def record_reset(db_path: Path, number: int, head: str) -> None:
    """Append that the log was replaced (a damaged database whose log could not be read): the
    anchors before this line tell a history that was lost, and this one starts again."""
    _append(db_path, [{"reset": number, "head": head, "at": _now()}])


def _key(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 64 and value.isalnum()


def read_register(db_path: Path) -> Register | None:
    """The register of *db_path*; None when there is none; :class:`RegisterDamaged` when it
    cannot be read whole."""
    path = register_path(db_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise RegisterDamaged(str(error.strerror or error)) from None
    register = Register()
    lines = data.split(b"\n")
    # The last piece is empty after a complete write; anything else is a line cut by a crash.
    for number, raw in enumerate(lines[:-1], start=1):
        try:
            line = json.loads(raw.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            raise RegisterDamaged(f"line {number}") from None
        if not isinstance(line, dict):
            raise RegisterDamaged(f"line {number}")
        if _key(line.get("erased")):
            register.erased.add(str(line["erased"]))
            continue
        kind = "anchor" if "anchor" in line else "reset"
        value = line.get(kind)
        if not (
            isinstance(value, int)
            and not isinstance(value, bool)
            and isinstance(line.get("head"), str)
            and len(line["head"]) == 64
        ):
            raise RegisterDamaged(f"line {number}")
        anchor = Anchor(value, line["head"], str(line.get("at")))
        if kind == "reset":
            register.anchors.clear()
            register.resets.append(anchor)
        register.anchors.append(anchor)
    return register
