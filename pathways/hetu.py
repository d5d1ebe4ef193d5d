"""The Finnish personal identity code (henkilötunnus): parsing, validation and the check character.

A code is ``DDMMYYCNNNX``: the date of birth, a century sign, an individual number 002–999 and a
check character, ``CHECK_CHARACTERS[int(DDMMYY + NNN) % 31]``. Since 2023 the 1900s and 2000s
have several century signs (``-YXWVU`` and ``ABCDEF``); all of them are accepted.

Messages never repeat the code or the expected check character: the code is personal data, and
telling which character would have matched turns a validator into a generator of valid codes.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass
from datetime import date

from pathways.i18n import _

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

#: The first year of the century each century sign stands for.
CENTURY_SIGNS: dict[str, int] = {
    "+": 1800,
    "-": 1900,
    "Y": 1900,
    "X": 1900,
    "W": 1900,
    "V": 1900,
    "U": 1900,
    "A": 2000,
    "B": 2000,
    "C": 2000,
    "D": 2000,
    "E": 2000,
    "F": 2000,
}

LENGTH = 11

# Digits by position; ASCII only (str.isdigit() would accept Arabic-Indic digits and the like).
_SHAPE = re.compile(r"[0-9]{6}.[0-9]{3}.", re.DOTALL)


class Reason(enum.Enum):
    """Why a text is not a valid personal identity code: one member per kind of mistake."""

    LENGTH = "length"
    FORMAT = "format"
    LOWER_CASE = "lower_case"
    CENTURY_SIGN = "century_sign"
    IMPOSSIBLE_DATE = "impossible_date"
    FUTURE_DATE = "future_date"
    INDIVIDUAL_NUMBER = "individual_number"
    CHECK_CHARACTER = "check_character"


class InvalidPersonalId(ValueError):
    """A text that is not a valid personal identity code; ``reason`` says which rule it breaks."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True, slots=True)
class PersonalId:
    """A valid personal identity code and what it tells."""

    text: str
    birth_date: date
    individual_number: int

    @property
    def birth_year(self) -> int:
        return self.birth_date.year

    @property
    def century_sign(self) -> str:
        return self.text[6]

    @property
    def is_temporary(self) -> bool:
        """Individual numbers 900–999 are given as temporary codes."""
        return self.individual_number >= 900

    def __str__(self) -> str:
        return self.text


def check_character(digits: str) -> str:
    """The check character of ``DDMMYY + NNN`` (nine digits)."""
    return CHECK_CHARACTERS[int(digits) % 31]


def compose(birth_date: date, individual_number: int, century_sign: str | None = None) -> str:
    """The personal identity code for *birth_date* and *individual_number* (for demos and tests).

    *century_sign* defaults to the traditional one of the century: ``+``, ``-`` or ``A``.
    """
    if century_sign is None:
        century_sign = {1800: "+", 1900: "-", 2000: "A"}[birth_date.year // 100 * 100]
    if CENTURY_SIGNS.get(century_sign) != birth_date.year // 100 * 100:
        raise ValueError(f"century sign {century_sign!r} does not fit year {birth_date.year}")
    if not 2 <= individual_number <= 999:
        raise ValueError("the individual number is 002–999")
    digits = f"{birth_date:%d%m}{birth_date.year % 100:02d}{individual_number:03d}"
    return f"{digits[:6]}{century_sign}{digits[6:]}{check_character(digits)}"


def _invalid(reason: Reason) -> InvalidPersonalId:
    # Built when raised, so the message is in the language current at that moment.
    messages = {
        Reason.FORMAT: _(
            "a personal identity code is written DDMMYYCNNNX: six digits, a century sign, "
            "three digits and a check character"
        ),
        Reason.LOWER_CASE: _("a personal identity code is written in upper case"),
        Reason.IMPOSSIBLE_DATE: _(
            "the date of birth in the personal identity code is not a real date"
        ),
        Reason.FUTURE_DATE: _("the date of birth in the personal identity code is in the future"),
        Reason.INDIVIDUAL_NUMBER: _(
            "the individual number of a personal identity code is from 002 to 999"
        ),
        Reason.CHECK_CHARACTER: _(
            "the check character of the personal identity code does not match"
        ),
    }
    return InvalidPersonalId(reason, messages[reason])


def parse_personal_id(text: str, today: date | None = None) -> PersonalId:
    """The :class:`PersonalId` that *text* is, or :class:`InvalidPersonalId` saying why not.

    The text is taken exactly as written: no trimming, no case folding. The date of birth may not
    be later than *today* (default: the system's date).
    """
    if not isinstance(text, str):
        raise _invalid(Reason.FORMAT)
    if len(text) != LENGTH:
        raise InvalidPersonalId(
            Reason.LENGTH,
            _("a personal identity code has 11 characters, not {count}").format(count=len(text)),
        )
    if _SHAPE.fullmatch(text) is None:
        raise _invalid(Reason.FORMAT)
    sign, last = text[6], text[10]
    # Only the century sign and the check character can be letters.
    if sign.islower() or last.islower():
        raise _invalid(Reason.LOWER_CASE)
    century = CENTURY_SIGNS.get(sign)
    if century is None:
        raise InvalidPersonalId(
            Reason.CENTURY_SIGN,
            _(
                "unknown century sign {sign} in the personal identity code "
                "(+ for the 1800s, - or U–Y for the 1900s, A–F for the 2000s)"
            ).format(sign=json.dumps(sign)),
        )
    try:
        birth_date = date(century + int(text[4:6]), int(text[2:4]), int(text[0:2]))
    except ValueError:
        raise _invalid(Reason.IMPOSSIBLE_DATE) from None
    if birth_date > (today or date.today()):
        raise _invalid(Reason.FUTURE_DATE)
    individual_number = int(text[7:10])
    if individual_number < 2:
        raise _invalid(Reason.INDIVIDUAL_NUMBER)
    if last != check_character(text[0:6] + text[7:10]):
        raise _invalid(Reason.CHECK_CHARACTER)
    return PersonalId(text=text, birth_date=birth_date, individual_number=individual_number)


def why_invalid(text: str, today: date | None = None) -> str | None:
    """Why *text* is not a valid personal identity code, or None when it is one."""
    try:
        parse_personal_id(text, today)
    except InvalidPersonalId as error:
        return error.message
    return None


def is_valid(text: str, today: date | None = None) -> bool:
    """Whether *text* is a valid personal identity code (see :func:`parse_personal_id`)."""
    return why_invalid(text, today) is None


def birth_year(text: str, today: date | None = None) -> int | None:
    """The year of birth a valid code gives, or None for an invalid one."""
    try:
        return parse_personal_id(text, today).birth_year
    except InvalidPersonalId:
        return None
