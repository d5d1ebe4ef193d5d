"""Reading the exchange format v1: JSON text to domain objects, with every problem located.

This is the engine behind :mod:`pathways.exchange` (import that module, not this one). One pass
over the parsed JSON checks every rule of ``spec/exchange-format.md`` and builds the domain
objects of a client only when the client has no problem. Problems are gathered with the path of
keys and indexes they concern and are sorted into document order at the end, so rules that need
the whole client (references, uniqueness, cycles) can run after the values they compare.
"""

from __future__ import annotations

import difflib
import gc
import json
import math
import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from pathways import hetu
from pathways.catalogue import ServiceCatalogue, default_codes
from pathways.i18n import N_, _
from pathways.model import (
    CHARACTERISTICS,
    EDUCATION_LEVELS,
    ENTRY_STATUSES,
    GENDERS,
    GOAL_OUTCOMES,
    LEAVING_OUTCOMES,
    NEED_DOMAINS,
    PATHWAY_STATUSES,
    SECTORS,
    SHARED_INFO,
    STAGES,
    STATUSES_NEEDING_END,
    STATUSES_NEEDING_START,
    STEP_STATUSES,
    TRANSITION_KINDS,
    AgreedVersion,
    Client,
    Consent,
    FollowUp,
    Goal,
    Meeting,
    Need,
    Participation,
    Pathway,
    ServiceType,
    Step,
    TeamMember,
    Transition,
    six_month_day,
)

FORMAT = "polku.exchange"
VERSION = 1

#: Longest ids, codes, names, titles, roles and other short texts; longest notes and summaries.
SHORT = 200
LONG = 10_000

#: The key or list index steps from the top-level object to a value.
JsonPath = tuple[str | int, ...]

#: ISO 639-1 language codes (the 183 current ones).
_ISO_639_1_TEXT = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy "
    "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht "
    "hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky "
    "la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny "
    "oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss "
    "st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo "
    "za zh zu"
)
ISO_639_1 = frozenset(_ISO_639_1_TEXT.split())

# The keys of each kind of object, in the order the spec lists them (the writer uses this order).
TOP_KEYS = ("format", "version", "exported_at", "source", "catalogue", "clients")
SERVICE_TYPE_KEYS = (
    "code", "sector", "stage", "names", "description", "addresses", "legal_basis",
    "valid_from", "valid_to",
)  # fmt: skip
NAMES_KEYS = ("fi", "sv", "en")
CLIENT_KEYS = (
    "id", "name", "personal_id", "birth_year", "municipality", "languages", "notes", "goal",
    "needs", "consents", "team", "participation", "pathways", "meetings", "agreed_versions",
)  # fmt: skip
GOAL_KEYS = ("outcome", "description", "target_date")
NEED_KEYS = ("domain", "level", "assessed_on", "note")
CONSENT_KEYS = ("id", "given_on", "expires_on", "sectors", "note")
TEAM_MEMBER_KEYS = ("id", "name", "role", "organisation", "sector", "phone", "email")
PARTICIPATION_KEYS = (
    "entered_on", "status_on_entry", "left_on", "outcome_on_leaving", "gender",
    "education_on_entry", "characteristics", "characteristics_declined",
    "qualification_on_leaving", "after_six_months",
)  # fmt: skip
#: The participation's ESF+ participant data (``export --without-esf`` leaves these out).
ESF_PARTICIPATION_KEYS = PARTICIPATION_KEYS[4:]
FOLLOW_UP_KEYS = ("checked_on", "status", "improved")
MEETING_KEYS = (
    "id", "date", "participants", "client_present", "summary", "decisions", "next_review",
)  # fmt: skip
PATHWAY_KEYS = ("id", "title", "status", "created_on", "steps", "transitions")
STEP_KEYS = (
    "id", "service", "title", "provider", "responsible", "status", "start", "end", "note",
    "position",
)  # fmt: skip
POSITION_KEYS = ("x", "y")
TRANSITION_KEYS = (
    "from", "to", "kind", "referral", "date", "shared_info", "consent", "note",
)  # fmt: skip
AGREED_VERSION_KEYS = ("id", "pathway", "agreed_on", "meeting", "note", "steps", "transitions")

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_SERVICE_CODE = re.compile(r"[a-z0-9_]+")
# Control characters other than tab, LF and CR (C0, DEL and C1), and surrogate code points:
# json.loads turns a valid escaped pair into one character, so any surrogate left is a lone one.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters that would break a message's single line, that a terminal cannot print, or that
# would reorder the text around them (bidirectional controls).
_UNPRINTABLE = re.compile(
    "[\x7f-\x9f\u2028\u2029\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
#: A key longer than any key or id may be is cut short in a LOCATION, so an error stays a line.
_LONGEST_KEY_SHOWN = 200


# --- Locations and quoting ---------------------------------------------------------------------


def _json_string(text: str) -> str:
    """*text* as a JSON string on one printable line (non-ASCII letters kept as they are)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def location(*parts: str | int) -> str:
    """The spec's LOCATION of a value: ``("clients", 0, "a b")`` → ``clients[0]["a b"]``."""
    pieces: list[str] = []
    for part in parts:
        if isinstance(part, int):
            pieces.append(f"[{part}]")
        elif len(part) > _LONGEST_KEY_SHOWN:
            pieces.append(f"[{_json_string(part[:_LONGEST_KEY_SHOWN])[:-1]}…\"]")
        elif _IDENTIFIER.fullmatch(part):
            pieces.append(f".{part}" if pieces else part)
        else:
            pieces.append(f"[{_json_string(part)}]")
    return "".join(pieces)


def shown(value: object, limit: int = 60) -> str:
    """A value as a message shows it: JSON, on one line, cut short when long."""
    if isinstance(value, str):
        if len(value) > limit:
            value = value[:limit] + "…"
        return _json_string(value)
    if isinstance(value, NonFinite):
        return value.text
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return json.dumps(value)


# --- Parsing JSON ------------------------------------------------------------------------------


class NonFinite:
    """``NaN``, ``Infinity`` or a number too large for a float, kept so it can be reported where
    it stands instead of refusing the whole file."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class DuplicateKeys(dict[str, Any]):
    """An object in which some key occurs more than once; the last value is kept (as JSON
    readers usually do) and the later occurrences are reported."""

    __slots__ = ("duplicates", "positions")

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.positions: dict[str, int] = {}
        self.duplicates: list[str] = []
        for index, (key, _value) in enumerate(pairs):
            if key in self.positions:
                self.duplicates.append(key)
            self.positions[key] = index


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    # The common case costs one comparison; only a real duplicate builds the slower object.
    return obj if len(obj) == len(pairs) else DuplicateKeys(pairs)


def _parse_float(text: str) -> float | NonFinite:
    number = float(text)
    return number if math.isfinite(number) else NonFinite(text)


class Refused(Exception):
    """The file is not an exchange file this program reads; one line says why."""

    def __init__(self, path: JsonPath, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def parse_json(data: bytes | str) -> Any:
    """The parsed JSON of *data* (UTF-8, a byte-order mark accepted), or :class:`Refused`."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Refused(
                (), _("not a UTF-8 text file (byte {offset})").format(offset=error.start + 1)
            ) from None
    else:
        text = data[1:] if data.startswith("\ufeff") else data
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_pairs,
            parse_constant=NonFinite,
            parse_float=_parse_float,
        )
    except json.JSONDecodeError as error:
        raise Refused(
            (),
            _("not a JSON file: {reason} at line {line}, column {column}").format(
                reason=error.msg, line=error.lineno, column=error.colno
            ),
        ) from None
    except RecursionError:
        raise Refused((), _("not a JSON file this program can read: nested too deeply")) from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise Refused((), _("not a JSON file this program can read")) from None


@contextmanager
def paused_garbage_collection() -> Iterator[None]:
    """Hold the cyclic garbage collector while a document is parsed and read.

    A large file makes hundreds of thousands of small dicts and lists, and each allocation burst
    triggers a collection that scans them all again: pausing halves the time of a 5,000-client
    file. What is built here is a tree with no reference cycles, so nothing waits for the
    collector; it runs again as soon as the block ends (also on an exception).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- Document order ----------------------------------------------------------------------------

_MISSING_POSITION = 1 << 30


def order_key(root: Any, path: JsonPath) -> tuple[int, ...]:
    """Where *path* stands in the document, for sorting problems into document order.

    A key's place is its position in its object (a missing key sorts after the keys present);
    a value's own problems sort before those of the values inside it.
    """
    key: list[int] = []
    node = root
    for part in path:
        if isinstance(part, int):
            key.append(part)
            node = node[part] if isinstance(node, list) and part < len(node) else None
        elif isinstance(node, dict):
            if isinstance(node, DuplicateKeys):
                key.append(node.positions.get(part, _MISSING_POSITION))
            else:
                key.append(list(node).index(part) if part in node else _MISSING_POSITION)
            node = node.get(part)
        else:
            key.append(_MISSING_POSITION)
            node = None
    return tuple(key)


# --- The reader --------------------------------------------------------------------------------


def _codes(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


_SECTOR_CODES = _codes(SECTORS)
_STAGE_CODES = _codes(STAGES)
_DOMAIN_CODES = _codes(NEED_DOMAINS)
_STEP_STATUS_CODES = _codes(STEP_STATUSES)
_PATHWAY_STATUS_CODES = _codes(PATHWAY_STATUSES)
_KIND_CODES = _codes(TRANSITION_KINDS)
_SHARED_INFO_CODES = _codes(SHARED_INFO)
_OUTCOME_CODES = _codes(GOAL_OUTCOMES)
_ENTRY_CODES = _codes(ENTRY_STATUSES)
_LEAVING_CODES = _codes(LEAVING_OUTCOMES)
_GENDER_CODES = _codes(GENDERS)
_EDUCATION_CODES = _codes(EDUCATION_LEVELS)
_CHARACTERISTIC_CODES = _codes(CHARACTERISTICS)

_ALLOWED: dict[tuple[str, ...], frozenset[str]] = {
    keys: frozenset(keys)
    for keys in (
        TOP_KEYS, SERVICE_TYPE_KEYS, NAMES_KEYS, CLIENT_KEYS, GOAL_KEYS, NEED_KEYS, CONSENT_KEYS,
        TEAM_MEMBER_KEYS, PARTICIPATION_KEYS, FOLLOW_UP_KEYS, MEETING_KEYS, PATHWAY_KEYS, STEP_KEYS,
        POSITION_KEYS, TRANSITION_KEYS, AGREED_VERSION_KEYS,
    )
}  # fmt: skip


class _Ids:
    """The ids of one kind of item (steps of a pathway, a client's team…) as they are read.

    ``complete`` turns false when an item's id could not be read: a reference to an unknown id
    may then be a follow-on error, so it is not reported.
    """

    __slots__ = ("first", "complete")

    def __init__(self) -> None:
        self.first: dict[str, JsonPath] = {}
        self.complete = True

    def __contains__(self, item: object) -> bool:
        return item in self.first


class Reader:
    """Checks one parsed document; ``problems`` holds (path, message) pairs in reading order."""

    def __init__(
        self,
        catalogue: ServiceCatalogue | None,
        taken_personal_ids: Mapping[str, str] | None,
        today: date | None,
    ) -> None:
        self.catalogue = catalogue if catalogue is not None else ServiceCatalogue.default()
        self.taken_personal_ids: Mapping[str, str] = taken_personal_ids or {}
        self.today = today or date.today()
        self.problems: list[tuple[JsonPath, str]] = []
        self._dates: dict[str, date] = {}
        self.service_codes: set[str] = {service.code for service in self.catalogue}
        self.file_codes = _Ids()

    # Reporting ----------------------------------------------------------------------------------

    def report(self, path: JsonPath, message: str) -> None:
        self.problems.append((path, message))

    def missing(self, path: JsonPath) -> None:
        self.report(path, _("required but missing"))

    def wrong_type(self, path: JsonPath, value: object, expected: str) -> None:
        if isinstance(value, NonFinite):
            self.report(path, _("NaN and Infinity are not allowed ({value})").format(
                value=value.text))
            return
        if isinstance(value, str):
            found = _("a string")
        elif isinstance(value, dict):
            found = _("an object")
        elif isinstance(value, list):
            found = _("a list")
        else:
            found = json.dumps(value)
        self.report(path, _("expected {expected}, found {found}").format(
            expected=expected, found=found))

    # Objects and lists --------------------------------------------------------------------------

    def fields(self, value: object, path: JsonPath, keys: tuple[str, ...]) -> dict[str, Any] | None:
        """*value* as an object with only *keys*; duplicate and unknown keys are reported."""
        if not isinstance(value, dict):
            self.wrong_type(path, value, _("an object"))
            return None
        if isinstance(value, DuplicateKeys):
            for key in value.duplicates:
                self.report(path + (key,), _("duplicate key {key}: a key may occur once in an "
                                             "object").format(key=_json_string(key)))
        allowed = _ALLOWED[keys]
        for key in value:
            if key not in allowed:
                self.unknown_key(path + (key,), key, keys)
        return value

    def unknown_key(self, path: JsonPath, key: str, keys: tuple[str, ...]) -> None:
        close = difflib.get_close_matches(key, keys, n=1)
        if close:
            message = _("unknown key; did you mean {key}?").format(key=_json_string(close[0]))
        else:
            message = _("unknown key; the keys here are: {keys}").format(keys=", ".join(keys))
        self.report(path, message)

    def items(
        self, obj: Mapping[str, Any], path: JsonPath, key: str, *, required: bool = False
    ) -> list[Any] | None:
        """The list at *key*, or None (absent, or reported)."""
        value = obj.get(key)
        if value is None:
            if required:
                self.missing(path + (key,))
            return None
        if type(value) is not list:
            self.wrong_type(path + (key,), value, _("a list"))
            return None
        return value

    # Scalars ------------------------------------------------------------------------------------


    def identified(
        self,
        obj: Mapping[str, Any],
        path: JsonPath,
        key: str,
        keys: tuple[str, ...],
        ids: _Ids,
        *,
        required: bool = False,
    ) -> Iterator[tuple[JsonPath, dict[str, Any], str | None]]:
        """Each readable object of the list at *key*: its path, its fields and its id, which is
        checked to be unique in *ids*. A list or an item that cannot be read leaves *ids*
        incomplete, so that references into it are not judged (they may be follow-on errors)."""
        entries = self.items(obj, path, key, required=required)
        if entries is None:
            if required or obj.get(key) is not None:
                ids.complete = False
            return
        for index, entry in enumerate(entries):
            item_path = path + (key, index)
            fields = self.fields(entry, item_path, keys)
            if fields is None:
                ids.complete = False
                continue
            item_id = self.identifier(fields, item_path)
            self.unique(ids, item_path + ("id",), item_id)
            yield item_path, fields, item_id
    def check_text(self, path: JsonPath, value: str, limit: int) -> None:
        if len(value) > limit:
            self.report(path, _("too long: {length} characters, at most {limit}").format(
                length=len(value), limit=limit))
        match = _FORBIDDEN.search(value)
        if match is not None:
            char = match.group()
            if "\ud800" <= char <= "\udfff":
                message = _("a lone surrogate U+{code:04X} at character {position}; "
                            "the text is not valid Unicode")
            else:
                message = _("a control character U+{code:04X} at character {position}; "
                            "only tab, line feed and carriage return are allowed")
            self.report(path, message.format(code=ord(char), position=match.start() + 1))

    def text(
        self,
        obj: Mapping[str, Any],
        path: JsonPath,
        key: str,
        limit: int = SHORT,
        *,
        required: bool = False,
    ) -> str | None:
        """The string at *key*. A string too long or with forbidden characters is reported but
        returned, so that rules comparing it (uniqueness, references) do not add follow-ons."""
        value = obj.get(key)
        if value is None:
            if required:
                self.missing(path + (key,))
            return None
        if type(value) is not str:
            self.wrong_type(path + (key,), value, _("a string"))
            return None
        if len(value) > limit or _FORBIDDEN.search(value):
            self.check_text(path + (key,), value, limit)
        return value

    def identifier(self, obj: Mapping[str, Any], path: JsonPath, key: str = "id") -> str | None:
        value = self.text(obj, path, key, required=True)
        if value == "":
            self.report(path + (key,), _("an id may not be empty"))
        return value

    def code(
        self,
        obj: Mapping[str, Any],
        path: JsonPath,
        key: str,
        codes: Collection[str],
        *,
        required: bool = False,
    ) -> str | None:
        """The code at *key* when it is one of *codes*."""
        value = obj.get(key)
        if value is None:
            if required:
                self.missing(path + (key,))
            return None
        return self.check_code(path + (key,), value, codes)

    def check_code(self, path: JsonPath, value: object, codes: Collection[str]) -> str | None:
        if type(value) is not str:
            self.wrong_type(path, value, _("a string"))
            return None
        if value in codes:
            return value
        if value.lower() in codes:
            self.report(path, _("codes are written in lower case: {code}").format(
                code=_json_string(value.lower())))
        elif codes is ISO_639_1:  # 183 codes are too many to list
            self.report(path, _("{value} is not an ISO 639-1 language code (two lower-case "
                                "letters, such as fi, sv or en)").format(value=shown(value)))
        else:
            self.report(path, _("unknown code {value}; expected one of: {codes}").format(
                value=shown(value), codes=", ".join(sorted(codes))))
        return None

    def code_list(
        self,
        obj: Mapping[str, Any],
        path: JsonPath,
        key: str,
        codes: Collection[str],
        *,
        required: bool = False,
    ) -> list[str] | None:
        """A list of distinct codes; each bad or repeated item is reported at the item."""
        values = self.items(obj, path, key, required=required)
        if values is None:
            return None
        list_path = path + (key,)
        result: list[str] = []
        for index, value in enumerate(values):
            code = self.check_code(list_path + (index,), value, codes)
            if code is not None:
                if code in result:
                    self.repeated(list_path + (index,), code)
                else:
                    result.append(code)
        return result

    def repeated(self, path: JsonPath, value: str) -> None:
        self.report(path, _("{value} is already in the list; a list holds each once").format(
            value=shown(value)))

    def day(
        self, obj: Mapping[str, Any], path: JsonPath, key: str, *, required: bool = False
    ) -> date | None:
        """The date (``YYYY-MM-DD``, a real one) at *key*."""
        value = obj.get(key)
        if value is None:
            if required:
                self.missing(path + (key,))
            return None
        if type(value) is not str:
            self.wrong_type(path + (key,), value, _("a date (YYYY-MM-DD)"))
            return None
        parsed = self._dates.get(value)
        if parsed is not None:
            return parsed
        if _DATE.fullmatch(value) is None:
            self.report(path + (key,), _("not a date: {value}; dates are written YYYY-MM-DD")
                        .format(value=shown(value)))
            return None
        try:
            parsed = date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:
            self.report(path + (key,), _("{value} is not a real date").format(value=value))
            return None
        self._dates[value] = parsed
        return parsed

    def integer(
        self, obj: Mapping[str, Any], path: JsonPath, key: str, *, required: bool = False
    ) -> int | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.missing(path + (key,))
            return None
        # Strict: bool is a subclass of int in Python, and 2.0 is a float.
        if type(value) is not int:
            self.wrong_type(path + (key,), value, _("an integer"))
            return None
        return value

    def number(self, obj: Mapping[str, Any], path: JsonPath, key: str) -> float | None:
        value = obj.get(key)
        if value is None:
            self.missing(path + (key,))
            return None
        if type(value) is not int and type(value) is not float:
            self.wrong_type(path + (key,), value, _("a number"))
            return None
        return float(value)

    def boolean(self, obj: Mapping[str, Any], path: JsonPath, key: str) -> bool | None:
        value = obj.get(key)
        if value is None:
            return None
        if type(value) is not bool:
            self.wrong_type(path + (key,), value, _("true or false"))
            return None
        return value

    def not_before(
        self, path: JsonPath, later: date | None, earlier: date | None, message: str
    ) -> None:
        """Report *message* (marked with N_, translated here only when it is needed) at *path*
        when the date *later* is before *earlier*."""
        if later is not None and earlier is not None and later < earlier:
            self.report(path, _(message).format(later=later.isoformat(),
                                                earlier=earlier.isoformat()))

    def unique(self, ids: _Ids, path: JsonPath, value: str | None) -> None:
        """Record the id *value* read at *path*; a repeat is reported at the repeat."""
        if value is None:
            ids.complete = False
            return
        first = ids.first.get(value)
        if first is None:
            ids.first[value] = path
        else:
            self.report(path, _("{value} is already used at {location}").format(
                value=shown(value), location=location(*first[:-1])))

    # The document -------------------------------------------------------------------------------

    def read(self, root: Any) -> tuple[list[ServiceType], list[Client], dict[str, str], str | None]:
        """Check the whole document; returns what could be built (complete only without problems).

        Raises :class:`Refused` for a file that is not an exchange file of version 1.
        """
        if not isinstance(root, dict):
            raise Refused((), _("not a Polku exchange file: the file holds {found}, not a JSON "
                                "object").format(found=shown(root)))
        fmt = root.get("format")
        if fmt is None:
            raise Refused(("format",), _("not a Polku exchange file: \"format\" is missing"))
        if fmt != FORMAT:
            raise Refused(("format",), _("not a Polku exchange file: the format is {found}, "
                                         "not \"{expected}\"").format(
                                             found=shown(fmt), expected=FORMAT))
        version = root.get("version")
        if version is None:
            raise Refused(("version",), _("the version of the exchange file is missing"))
        if type(version) is not int or version != VERSION:
            raise Refused(("version",), _("version {found} of the exchange format is not "
                                          "supported; this program reads version {version}")
                          .format(found=shown(version), version=VERSION))

        self.fields(root, (), TOP_KEYS)
        exported_at = self.timestamp(root, (), "exported_at")
        source = self.source(root)
        catalogue = self.service_types(root)
        clients = self.clients(root)
        return catalogue, clients, source, exported_at

    def timestamp(self, obj: Mapping[str, Any], path: JsonPath, key: str) -> str | None:
        value = self.text(obj, path, key)
        if value is None:
            return None
        valid = _TIMESTAMP.fullmatch(value) is not None
        if valid:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                valid = False
        if not valid:
            self.report(path + (key,), _(
                "not a timestamp: {value}; write an ISO 8601 date and time with a UTC offset, "
                "such as 2026-11-28T10:00:00+02:00").format(value=shown(value)))
            return None
        return value

    def source(self, root: Mapping[str, Any]) -> dict[str, str]:
        value = root.get("source")
        if value is None:
            return {}
        path: JsonPath = ("source",)
        if not isinstance(value, dict):
            self.wrong_type(path, value, _("an object"))
            return {}
        if isinstance(value, DuplicateKeys):
            for key in value.duplicates:
                self.report(path + (key,), _("duplicate key {key}: a key may occur once in an "
                                             "object").format(key=_json_string(key)))
        source: dict[str, str] = {}
        for key in value:
            text = self.text(value, path, key)
            if text is not None:
                source[key] = text
        return source

    # The catalogue ------------------------------------------------------------------------------

    def service_types(self, root: Mapping[str, Any]) -> list[ServiceType]:
        entries = self.items(root, (), "catalogue")
        if entries is None:
            return []
        path: JsonPath = ("catalogue",)
        defaults = default_codes()
        result: list[ServiceType] = []
        for index, entry in enumerate(entries):
            item_path = path + (index,)
            obj = self.fields(entry, item_path, SERVICE_TYPE_KEYS)
            if obj is None:
                self.file_codes.complete = False
                continue
            before = len(self.problems)
            code = self.text(obj, item_path, "code", required=True)
            if code is not None:
                # A code that is not written right is still the code steps refer to: counting
                # it as known keeps their references from adding follow-on errors.
                self.service_codes.add(code)
                if _SERVICE_CODE.fullmatch(code) is None:
                    self.report(item_path + ("code",), _(
                        "a service code is lower-case letters, digits and _ (found {code})"
                    ).format(code=shown(code)))
                elif code in defaults:
                    self.report(item_path + ("code",), _(
                        "{code} is a code of the default catalogue; give the organisation's own "
                        "service type another code").format(code=shown(code)))
            self.unique(self.file_codes, item_path + ("code",), code)
            sector = self.code(obj, item_path, "sector", _SECTOR_CODES, required=True)
            stage = self.code(obj, item_path, "stage", _STAGE_CODES, required=True)
            names = self.names(obj, item_path)
            description = self.text(obj, item_path, "description", LONG)
            addresses = self.code_list(obj, item_path, "addresses", _DOMAIN_CODES)
            legal_basis = self.text(obj, item_path, "legal_basis", LONG)
            valid_from = self.day(obj, item_path, "valid_from")
            valid_to = self.day(obj, item_path, "valid_to")
            self.not_before(item_path + ("valid_to",), valid_to, valid_from,
                            N_("valid_to {later} is before valid_from {earlier}"))
            if len(self.problems) == before:
                assert code is not None and sector is not None and stage is not None
                assert names is not None
                result.append(ServiceType(
                    code=code, sector=sector, stage=stage, names=names, description=description,
                    addresses=tuple(addresses or ()), legal_basis=legal_basis,
                    valid_from=valid_from, valid_to=valid_to, custom=True,
                ))
        return result

    def names(self, obj: Mapping[str, Any], path: JsonPath) -> dict[str, str] | None:
        value = obj.get("names")
        if value is None:
            self.missing(path + ("names",))
            return None
        names_path = path + ("names",)
        names_obj = self.fields(value, names_path, NAMES_KEYS)
        if names_obj is None:
            return None
        names: dict[str, str] = {}
        for lang in NAMES_KEYS:
            name = self.text(names_obj, names_path, lang, required=lang == "fi")
            if name is not None:
                names[lang] = name
        return names

    # Clients ------------------------------------------------------------------------------------

    def clients(self, root: Mapping[str, Any]) -> list[Client]:
        entries = self.items(root, (), "clients", required=True)
        if entries is None:
            return []
        path: JsonPath = ("clients",)
        ids = _Ids()
        personal_ids: dict[str, int] = {}
        result: list[Client] = []
        for index, entry in enumerate(entries):
            client = self.client(entry, path + (index,), ids, personal_ids)
            if client is not None:
                result.append(client)
        return result

    def client(
        self, value: object, path: JsonPath, ids: _Ids, personal_ids: dict[str, int]
    ) -> Client | None:
        obj = self.fields(value, path, CLIENT_KEYS)
        if obj is None:
            return None
        before = len(self.problems)
        client_id = self.identifier(obj, path)
        self.unique(ids, path + ("id",), client_id)
        name = self.text(obj, path, "name", required=True)
        if name is not None and not name.strip():
            self.report(path + ("name",), _("the name is empty"))
        personal_id = self.personal_id(obj, path, client_id, personal_ids)
        birth_year = self.integer(obj, path, "birth_year")
        if birth_year is not None:
            if not 1900 <= birth_year <= self.today.year:
                self.report(path + ("birth_year",), _(
                    "the year of birth is from 1900 to {year}").format(year=self.today.year))
            elif personal_id is not None and personal_id.birth_year != birth_year:
                self.report(path + ("birth_year",), _(
                    "the personal identity code gives the year of birth {year}").format(
                        year=personal_id.birth_year))
        municipality = self.text(obj, path, "municipality")
        languages = self.code_list(obj, path, "languages", ISO_639_1)
        notes = self.text(obj, path, "notes", LONG)
        goal = self.goal(obj.get("goal"), path + ("goal",))
        needs = self.needs(obj, path)
        consent_ids = _Ids()
        consents = self.consents(obj, path, consent_ids)
        team_ids = _Ids()
        team = self.team(obj, path, team_ids)
        participation = self.participation(obj.get("participation"), path + ("participation",))
        pathway_ids = _Ids()
        pathways = self.pathways(obj, path, team_ids, consent_ids, pathway_ids)
        meetings = self.meetings(obj, path, team_ids)
        agreed_versions = self.agreed_versions(obj, path, pathway_ids)
        if len(self.problems) != before:
            return None
        assert client_id is not None and name is not None
        return Client(
            id=client_id,
            name=name,
            personal_id=personal_id.text if personal_id is not None else None,
            birth_year=birth_year,
            municipality=municipality,
            languages=languages or [],
            notes=notes,
            goal=goal,
            needs=needs,
            consents=consents,
            team=team,
            participation=participation,
            pathways=pathways,
            meetings=meetings,
            agreed_versions=agreed_versions,
        )

    def personal_id(
        self,
        obj: Mapping[str, Any],
        path: JsonPath,
        client_id: str | None,
        personal_ids: dict[str, int],
    ) -> hetu.PersonalId | None:
        value = obj.get("personal_id")
        if value is None:
            return None
        pid_path = path + ("personal_id",)
        if type(value) is not str:
            self.wrong_type(pid_path, value, _("a string"))
            return None
        try:
            parsed = hetu.parse_personal_id(value, self.today)
        except hetu.InvalidPersonalId as error:
            self.report(pid_path, error.message)
            return None
        index = path[-1]
        assert isinstance(index, int)
        first = personal_ids.setdefault(value, index)
        if first != index:
            self.report(pid_path, _("clients[{index}] has the same personal identity code")
                        .format(index=first))
        else:
            holder = self.taken_personal_ids.get(value)
            if holder is not None and holder != client_id:
                self.report(pid_path, _(
                    "client {client} in the database has the same personal identity code"
                ).format(client=shown(holder)))
        return parsed

    def goal(self, value: object, path: JsonPath) -> Goal | None:
        if value is None:
            return None
        obj = self.fields(value, path, GOAL_KEYS)
        if obj is None:
            return None
        outcome = self.code(obj, path, "outcome", _OUTCOME_CODES, required=True)
        description = self.text(obj, path, "description", LONG)
        target_date = self.day(obj, path, "target_date")
        if outcome is None:
            return None
        return Goal(outcome=outcome, description=description, target_date=target_date)

    def needs(self, obj: Mapping[str, Any], path: JsonPath) -> list[Need]:
        entries = self.items(obj, path, "needs")
        if entries is None:
            return []
        list_path = path + ("needs",)
        domains: dict[str, int] = {}
        result: list[Need] = []
        for index, entry in enumerate(entries):
            item_path = list_path + (index,)
            need = self.fields(entry, item_path, NEED_KEYS)
            if need is None:
                continue
            domain = self.code(need, item_path, "domain", _DOMAIN_CODES, required=True)
            if domain is not None:
                first = domains.setdefault(domain, index)
                if first != index:
                    self.report(item_path + ("domain",), _(
                        "needs[{index}] is already about {domain}; a client has one need per "
                        "domain").format(index=first, domain=shown(domain)))
            level = self.integer(need, item_path, "level", required=True)
            if level is not None and not 0 <= level <= 3:
                self.report(item_path + ("level",), _("the level is from 0 to 3"))
            assessed_on = self.day(need, item_path, "assessed_on")
            note = self.text(need, item_path, "note", LONG)
            if domain is not None and level is not None:
                result.append(Need(domain=domain, level=level, assessed_on=assessed_on, note=note))
        return result

    def consents(self, obj: Mapping[str, Any], path: JsonPath, ids: _Ids) -> list[Consent]:
        result: list[Consent] = []
        for item_path, consent, consent_id in self.identified(
            obj, path, "consents", CONSENT_KEYS, ids
        ):
            given_on = self.day(consent, item_path, "given_on", required=True)
            expires_on = self.day(consent, item_path, "expires_on")
            self.not_before(item_path + ("expires_on",), expires_on, given_on,
                            N_("expires_on {later} is before given_on {earlier}"))
            sectors = self.code_list(consent, item_path, "sectors", _SECTOR_CODES, required=True)
            if sectors is not None and not consent["sectors"]:
                self.report(item_path + ("sectors",), _("at least one sector is needed"))
            note = self.text(consent, item_path, "note", LONG)
            if consent_id is not None and given_on is not None and sectors:
                result.append(Consent(id=consent_id, given_on=given_on, sectors=sectors,
                                      expires_on=expires_on, note=note))
        return result

    def team(self, obj: Mapping[str, Any], path: JsonPath, ids: _Ids) -> list[TeamMember]:
        result: list[TeamMember] = []
        for item_path, member, member_id in self.identified(
            obj, path, "team", TEAM_MEMBER_KEYS, ids
        ):
            name = self.text(member, item_path, "name", required=True)
            role = self.text(member, item_path, "role", required=True)
            organisation = self.text(member, item_path, "organisation")
            sector = self.code(member, item_path, "sector", _SECTOR_CODES, required=True)
            phone = self.text(member, item_path, "phone")
            email = self.text(member, item_path, "email")
            if member_id is not None and name is not None and role is not None and sector:
                result.append(TeamMember(id=member_id, name=name, role=role, sector=sector,
                                         organisation=organisation, phone=phone, email=email))
        return result

    def participation(self, value: object, path: JsonPath) -> Participation | None:
        if value is None:
            return None
        obj = self.fields(value, path, PARTICIPATION_KEYS)
        if obj is None:
            return None
        entered_on = self.day(obj, path, "entered_on", required=True)
        status = self.code(obj, path, "status_on_entry", _ENTRY_CODES, required=True)
        left_on = self.day(obj, path, "left_on")
        self.not_before(path + ("left_on",), left_on, entered_on,
                        N_("left_on {later} is before entered_on {earlier}"))
        outcome = self.code(obj, path, "outcome_on_leaving", _LEAVING_CODES)
        # Presence, not validity: a value of the wrong type was reported already.
        has_left_on = obj.get("left_on") is not None
        has_outcome = obj.get("outcome_on_leaving") is not None
        if has_left_on and not has_outcome:
            self.report(path + ("outcome_on_leaving",), _(
                "required with left_on: left_on and outcome_on_leaving come together"))
        elif has_outcome and not has_left_on:
            self.report(path + ("left_on",), _(
                "required with outcome_on_leaving: left_on and outcome_on_leaving come together"))
        gender = self.code(obj, path, "gender", _GENDER_CODES)
        education = self.code(obj, path, "education_on_entry", _EDUCATION_CODES)
        characteristics = self.code_list(obj, path, "characteristics", _CHARACTERISTIC_CODES)
        declined = self.boolean(obj, path, "characteristics_declined")
        if declined and characteristics:
            self.report(path + ("characteristics_declined",), _(
                "the participant declined, so characteristics must be absent or empty"))
        qualification = self.boolean(obj, path, "qualification_on_leaving")
        if obj.get("qualification_on_leaving") is not None and not has_left_on:
            self.report(path + ("qualification_on_leaving",), _(
                "only together with left_on: a qualification is gained on leaving"))
        follow_up = self.follow_up(obj.get("after_six_months"), path + ("after_six_months",),
                                   left_on)
        if obj.get("after_six_months") is not None and not has_left_on:
            self.report(path + ("after_six_months",), _(
                "only together with left_on: the follow-up is six months after leaving"))
        if entered_on is None or status is None:
            return None
        return Participation(entered_on=entered_on, status_on_entry=status, left_on=left_on,
                             outcome_on_leaving=outcome, gender=gender,
                             education_on_entry=education, characteristics=characteristics or [],
                             characteristics_declined=declined,
                             qualification_on_leaving=qualification, after_six_months=follow_up)

    def follow_up(self, value: object, path: JsonPath, left_on: date | None) -> FollowUp | None:
        """The six-month follow-up; its date is judged against *left_on* when that is valid."""
        if value is None:
            return None
        obj = self.fields(value, path, FOLLOW_UP_KEYS)
        if obj is None:
            return None
        checked_on = self.day(obj, path, "checked_on", required=True)
        status = self.code(obj, path, "status", _LEAVING_CODES, required=True)
        improved = self.boolean(obj, path, "improved")
        if checked_on is not None and left_on is not None:
            due_on = six_month_day(left_on)
            if checked_on < due_on:
                self.report(path + ("checked_on",), _(
                    "checked_on {checked} is before the six-month day {due} (left_on {left} "
                    "six months later)").format(checked=checked_on.isoformat(),
                                                due=due_on.isoformat(),
                                                left=left_on.isoformat()))
        if checked_on is None or status is None:
            return None
        return FollowUp(checked_on=checked_on, status=status, improved=improved)

    def meetings(self, obj: Mapping[str, Any], path: JsonPath, team_ids: _Ids) -> list[Meeting]:
        result: list[Meeting] = []
        for item_path, meeting, meeting_id in self.identified(
            obj, path, "meetings", MEETING_KEYS, _Ids()
        ):
            day = self.day(meeting, item_path, "date", required=True)
            participants = self.participants(meeting, item_path, team_ids)
            client_present = self.boolean(meeting, item_path, "client_present")
            summary = self.text(meeting, item_path, "summary", LONG)
            decisions = self.decisions(meeting, item_path)
            next_review = self.day(meeting, item_path, "next_review")
            self.not_before(item_path + ("next_review",), next_review, day,
                            N_("next_review {later} is before the meeting's date {earlier}"))
            if meeting_id is not None and day is not None:
                result.append(Meeting(id=meeting_id, date=day, participants=participants,
                                      client_present=client_present, summary=summary,
                                      decisions=decisions, next_review=next_review))
        return result

    def participants(self, meeting: Mapping[str, Any], path: JsonPath, team_ids: _Ids) -> list[str]:
        values = self.items(meeting, path, "participants")
        if values is None:
            return []
        list_path = path + ("participants",)
        result: list[str] = []
        for index, value in enumerate(values):
            item_path = list_path + (index,)
            if type(value) is not str:
                self.wrong_type(item_path, value, _("a string"))
                continue
            if value in result:
                self.repeated(item_path, value)
                continue
            result.append(value)
            if value not in team_ids and team_ids.complete:
                self.report(item_path, _("no team member of this client has the id {id}")
                            .format(id=shown(value)))
        return result

    def decisions(self, meeting: Mapping[str, Any], path: JsonPath) -> list[str]:
        values = self.items(meeting, path, "decisions")
        if values is None:
            return []
        list_path = path + ("decisions",)
        result: list[str] = []
        for index, value in enumerate(values):
            if type(value) is not str:
                self.wrong_type(list_path + (index,), value, _("a string"))
                continue
            self.check_text(list_path + (index,), value, LONG)
            result.append(value)
        return result

    # Pathways -----------------------------------------------------------------------------------

    def pathways(
        self,
        obj: Mapping[str, Any],
        path: JsonPath,
        team_ids: _Ids,
        consent_ids: _Ids,
        ids: _Ids | None = None,
    ) -> list[Pathway]:
        """The client's pathways; their ids are gathered in *ids* (for the agreed versions)."""
        ids = ids if ids is not None else _Ids()
        entries = self.items(obj, path, "pathways")
        if entries is None:
            if obj.get("pathways") is not None:
                ids.complete = False
            return []
        list_path = path + ("pathways",)
        active = 0
        result: list[Pathway] = []
        for index, entry in enumerate(entries):
            item_path = list_path + (index,)
            pathway = self.fields(entry, item_path, PATHWAY_KEYS)
            if pathway is None:
                ids.complete = False
                continue
            before = len(self.problems)
            pathway_id = self.identifier(pathway, item_path)
            self.unique(ids, item_path + ("id",), pathway_id)
            title = self.text(pathway, item_path, "title", required=True)
            if title == "":
                self.report(item_path + ("title",), _("the title is empty"))
            status = self.code(pathway, item_path, "status", _PATHWAY_STATUS_CODES, required=True)
            if status == "active":
                active += 1
            created_on = self.day(pathway, item_path, "created_on")
            step_ids = _Ids()
            steps = self.steps(pathway, item_path, step_ids, team_ids)
            transitions = self.transitions(pathway, item_path, step_ids, consent_ids)
            if len(self.problems) == before:
                assert pathway_id is not None and title is not None and status is not None
                result.append(Pathway(id=pathway_id, title=title, status=status,
                                      created_on=created_on, steps=steps,
                                      transitions=transitions))
        if active > 1:
            self.report(list_path, _("{count} pathways are active; a client has at most one "
                                     "active pathway").format(count=active))
        return result

    def agreed_versions(
        self, obj: Mapping[str, Any], path: JsonPath, pathway_ids: _Ids
    ) -> list[AgreedVersion]:
        """The client's agreed versions. A version is history: its meeting, and its steps'
        responsible and transitions' consent, are checked for their type only (a team member
        may have left, a meeting record may be gone); its pathway must be one of the client's.
        """
        result: list[AgreedVersion] = []
        for item_path, version, version_id in self.identified(
            obj, path, "agreed_versions", AGREED_VERSION_KEYS, _Ids()
        ):
            before = len(self.problems)
            pathway_id = self.text(version, item_path, "pathway", required=True)
            if (pathway_id is not None and pathway_id not in pathway_ids
                    and pathway_ids.complete):
                self.report(item_path + ("pathway",), _(
                    "no pathway of this client has the id {id}").format(id=shown(pathway_id)))
            agreed_on = self.day(version, item_path, "agreed_on", required=True)
            meeting_id = self.text(version, item_path, "meeting")
            note = self.text(version, item_path, "note", LONG)
            # Incomplete id sets: references into the team and the consents are not judged.
            history = _Ids()
            history.complete = False
            step_ids = _Ids()
            steps = self.steps(version, item_path, step_ids, history)
            transitions = self.transitions(version, item_path, step_ids, history,
                                           in_version=True)
            # (Problems before the id was read leave the whole client unbuilt anyway.)
            if (len(self.problems) == before and version_id is not None
                    and pathway_id is not None and agreed_on is not None):
                result.append(AgreedVersion(
                    id=version_id, pathway_id=pathway_id, agreed_on=agreed_on,
                    steps=tuple(steps), transitions=tuple(transitions),
                    meeting_id=meeting_id, note=note))
        return result

    def steps(
        self, pathway: Mapping[str, Any], path: JsonPath, ids: _Ids, team_ids: _Ids
    ) -> list[Step]:
        result: list[Step] = []
        service_codes = self.service_codes
        for item_path, step, step_id in self.identified(
            pathway, path, "steps", STEP_KEYS, ids, required=True
        ):
            service = self.text(step, item_path, "service", required=True)
            if (service is not None and service not in service_codes
                    and self.file_codes.complete):
                self.report(item_path + ("service",), _(
                    "unknown service code {code}: it is neither in the service catalogue nor "
                    "in the file's catalogue").format(code=shown(service)))
            title = self.text(step, item_path, "title")
            provider = self.text(step, item_path, "provider")
            responsible = self.text(step, item_path, "responsible")
            if responsible is not None and responsible not in team_ids and team_ids.complete:
                self.report(item_path + ("responsible",), _(
                    "no team member of this client has the id {id}").format(id=shown(responsible)))
            status = self.code(step, item_path, "status", _STEP_STATUS_CODES, required=True)
            start = self.day(step, item_path, "start")
            end = self.day(step, item_path, "end")
            if status is not None:
                if status in STATUSES_NEEDING_START and step.get("start") is None:
                    self.report(item_path + ("start",), _(
                        "required: a step with the status {status} has a start date").format(
                            status=shown(status)))
                # An ongoing or planned step may carry its planned or decided end (a decision
                # for a fixed period, a work trial agreed until a date), never before its start.
                if status in STATUSES_NEEDING_END and step.get("end") is None:
                    self.report(item_path + ("end",), _(
                        "required: a step with the status {status} has an end date").format(
                            status=shown(status)))
            self.not_before(item_path + ("end",), end, start,
                            N_("end {later} is before start {earlier}"))
            note = self.text(step, item_path, "note", LONG)
            position = self.position(step.get("position"), item_path + ("position",))
            if step_id is not None and service is not None and status is not None:
                result.append(Step(id=step_id, service=service, status=status, title=title,
                                   provider=provider, responsible=responsible, start=start,
                                   end=end, note=note, position=position))
        return result

    def position(self, value: object, path: JsonPath) -> tuple[float, float] | None:
        if value is None:
            return None
        obj = self.fields(value, path, POSITION_KEYS)
        if obj is None:
            return None
        x = self.number(obj, path, "x")
        y = self.number(obj, path, "y")
        return (x, y) if x is not None and y is not None else None

    def transitions(
        self,
        pathway: Mapping[str, Any],
        path: JsonPath,
        step_ids: _Ids,
        consent_ids: _Ids,
        *,
        in_version: bool = False,
    ) -> list[Transition]:
        entries = self.items(pathway, path, "transitions", required=True)
        if entries is None:
            return []
        list_path = path + ("transitions",)
        seen: dict[tuple[str, str, str], int] = {}
        next_edges: list[tuple[str, str]] = []
        result: list[Transition] = []
        for index, entry in enumerate(entries):
            item_path = list_path + (index,)
            transition = self.fields(entry, item_path, TRANSITION_KEYS)
            if transition is None:
                continue
            from_step = self.step_reference(transition, item_path, "from", step_ids, in_version)
            to_step = self.step_reference(transition, item_path, "to", step_ids, in_version)
            kind = self.code(transition, item_path, "kind", _KIND_CODES, required=True)
            if from_step is not None and from_step == to_step:
                self.report(item_path + ("to",), _(
                    "a transition leads to another step, not back to its own step"))
                to_step = None
            referral = self.boolean(transition, item_path, "referral")
            day = self.day(transition, item_path, "date")
            shared_info = self.code_list(transition, item_path, "shared_info", _SHARED_INFO_CODES)
            consent = self.text(transition, item_path, "consent")
            if consent is not None and consent not in consent_ids and consent_ids.complete:
                self.report(item_path + ("consent",), _(
                    "no consent of this client has the id {id}").format(id=shown(consent)))
            note = self.text(transition, item_path, "note", LONG)
            if from_step is None or to_step is None or kind is None:
                continue
            key = (from_step, to_step, kind)
            first = seen.setdefault(key, index)
            if first != index:
                self.report(item_path, _(
                    "transitions[{index}] is already a {kind} transition from {source} to "
                    "{target}").format(index=first, kind=shown(kind), source=shown(from_step),
                                       target=shown(to_step)))
                continue
            if kind == "next":
                next_edges.append((from_step, to_step))
            result.append(Transition(from_step=from_step, to_step=to_step, kind=kind,
                                     referral=bool(referral), date=day,
                                     shared_info=shared_info or [], consent=consent, note=note))
        cycle = _find_cycle(next_edges)
        if cycle:
            self.report(list_path, _("the next transitions form a cycle: {cycle}").format(
                cycle=" → ".join(shown(step) for step in cycle)))
        return result

    def step_reference(
        self,
        transition: Mapping[str, Any],
        path: JsonPath,
        key: str,
        step_ids: _Ids,
        in_version: bool = False,
    ) -> str | None:
        """The step id at *key* when it names a step of this pathway (else None: the transition
        is left out of the rules that need both of its steps)."""
        value = self.text(transition, path, key, required=True)
        if value is None or value in step_ids:
            return value
        if step_ids.complete:
            message = (_("no step of this agreed version has the id {id}") if in_version
                       else _("no step of this pathway has the id {id}"))
            self.report(path + (key,), message.format(id=shown(value)))
        return None


def _find_cycle(edges: list[tuple[str, str]]) -> list[str] | None:
    """One cycle of the directed graph *edges* as [a, b, …, a], or None when it is acyclic.

    networkx's depth-first search from the steps in the order they first appear, following each
    step's transitions in file order: the first cycle met, from the step it comes back to. The
    document is read before any :class:`Pathway` exists, so the graph is of the edges read.
    """
    if len(edges) < 2:
        return None  # self-loops are excluded before this
    import networkx as nx  # here, not with the module: printing a stored client needs no graph

    graph = nx.DiGraph()
    graph.add_edges_from(edges)
    # Without self-loops, acyclic is every strongly connected component being one step. Asked
    # first because most pathways have no cycle and a file of 5,000 clients asks 5,000 times:
    # it is half the time of find_cycle, and unlike is_directed_acyclic_graph it leaves no
    # reference cycle behind (its cached in_degree view), which piles up while the reader has
    # the garbage collector paused.
    if nx.number_strongly_connected_components(graph) == graph.number_of_nodes():
        return None
    cycle = nx.find_cycle(graph)
    return [tail for tail, _head in cycle] + [cycle[0][0]]
