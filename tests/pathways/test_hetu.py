"""The Finnish personal identity code: every century sign, every kind of mistake."""

from __future__ import annotations

from datetime import date

import pytest

from pathways import hetu
from pathways.hetu import InvalidPersonalId, Reason, parse_personal_id

TODAY = date(2026, 11, 28)


# Published examples (Digital and Population Data Services Agency), one or more per sign.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("140385+123B", date(1885, 3, 14)),
        ("131052-308T", date(1952, 10, 13)),
        ("010594Y9021", date(1994, 5, 1)),
        ("020594X903P", date(1994, 5, 2)),
        ("030594W903B", date(1994, 5, 3)),
        ("040594V9030", date(1994, 5, 4)),
        ("050594U903M", date(1994, 5, 5)),
        ("020504A902E", date(2004, 5, 2)),
        ("010516B903X", date(2016, 5, 1)),
        ("020516C903K", date(2016, 5, 2)),
        ("030516D9037", date(2016, 5, 3)),
        ("010501E9032", date(2001, 5, 1)),
        ("020503F9037", date(2003, 5, 2)),
        ("090999-4825", date(1999, 9, 9)),
        ("300468-733S", date(1968, 4, 30)),
    ],
)
def test_every_century_sign_gives_its_century(text: str, born: date) -> None:
    parsed = parse_personal_id(text, TODAY)
    assert parsed.birth_date == born
    assert parsed.birth_year == born.year
    assert hetu.is_valid(text, TODAY)
    assert hetu.birth_year(text, TODAY) == born.year


def test_all_thirteen_century_signs_are_covered() -> None:
    assert set(hetu.CENTURY_SIGNS) == set("+-YXWVUABCDEF")
    for sign, century in hetu.CENTURY_SIGNS.items():
        text = hetu.compose(date(century + 1, 1, 1), 2, sign)
        assert parse_personal_id(text, TODAY).birth_year == century + 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("131052-308", Reason.LENGTH),
        ("131052-308TT", Reason.LENGTH),
        (" 131052-308T", Reason.LENGTH),
        ("", Reason.LENGTH),
        ("13105a-308T", Reason.FORMAT),
        ("131052-3O8T", Reason.FORMAT),
        ("١٣١٠٥٢-308T", Reason.FORMAT),  # Arabic-Indic digits are digits to str.isdigit()
        ("131052-308t", Reason.LOWER_CASE),
        ("010594y9021", Reason.LOWER_CASE),
        ("131052G308T", Reason.CENTURY_SIGN),
        ("131052*308T", Reason.CENTURY_SIGN),
        ("310252-308T", Reason.IMPOSSIBLE_DATE),  # 31 February
        ("290200-1234", Reason.IMPOSSIBLE_DATE),  # 1900 was not a leap year
        ("001052-308T", Reason.IMPOSSIBLE_DATE),
        ("131352-308T", Reason.IMPOSSIBLE_DATE),
        ("010130A0020", Reason.FUTURE_DATE),
        ("131052-000T", Reason.INDIVIDUAL_NUMBER),
        ("131052-001T", Reason.INDIVIDUAL_NUMBER),
        ("131052-308A", Reason.CHECK_CHARACTER),
        ("300468-733A", Reason.CHECK_CHARACTER),  # shared/examples/invalid/four-errors.json
        ("131052-308G", Reason.CHECK_CHARACTER),  # G is never a check character
    ],
)
def test_each_mistake_has_its_reason(text: str, reason: Reason) -> None:
    with pytest.raises(InvalidPersonalId) as caught:
        parse_personal_id(text, TODAY)
    assert caught.value.reason is reason
    assert not hetu.is_valid(text, TODAY)
    assert hetu.birth_year(text, TODAY) is None
    assert hetu.why_invalid(text, TODAY) == caught.value.message


def test_each_reason_has_its_own_message() -> None:
    examples = {
        Reason.LENGTH: "131052-308",
        Reason.FORMAT: "13105a-308T",
        Reason.LOWER_CASE: "131052-308t",
        Reason.CENTURY_SIGN: "131052G308T",
        Reason.IMPOSSIBLE_DATE: "310252-308T",
        Reason.FUTURE_DATE: "010130A0020",
        Reason.INDIVIDUAL_NUMBER: "131052-001T",
        Reason.CHECK_CHARACTER: "131052-308A",
    }
    assert set(examples) == set(Reason)
    messages = {reason: hetu.why_invalid(text, TODAY) for reason, text in examples.items()}
    assert len(set(messages.values())) == len(Reason)


def test_the_message_does_not_tell_the_right_check_character() -> None:
    # The same words whatever the code and whatever wrong character it has: nothing to learn.
    messages = {hetu.why_invalid(text, TODAY) for text in ("131052-308A", "131052-308B",
                                                           "300468-733A", "010594Y902X")}
    assert len(messages) == 1


def test_a_code_of_today_is_valid_and_of_tomorrow_is_not() -> None:
    code = hetu.compose(TODAY, 123)
    assert hetu.is_valid(code, TODAY)
    assert not hetu.is_valid(code, date(2026, 11, 27))
    assert hetu.why_invalid(code, date(2026, 11, 27)) == hetu.why_invalid(
        "010130A0020", TODAY
    )


def test_individual_numbers_002_and_999_are_the_limits() -> None:
    assert hetu.is_valid(hetu.compose(date(1980, 1, 1), 2), TODAY)
    assert hetu.is_valid(hetu.compose(date(1980, 1, 1), 999), TODAY)
    assert parse_personal_id(hetu.compose(date(1980, 1, 1), 999), TODAY).is_temporary


def test_check_character_formula() -> None:
    # "0123456789ABCDEFHJKLMNPRSTUVWXY"[int("131052308") % 31] == "T"
    assert hetu.check_character("131052308") == "T"
    assert hetu.check_character("300468733") == "S"
    assert len(hetu.CHECK_CHARACTERS) == 31


def test_compose_refuses_a_sign_of_another_century() -> None:
    with pytest.raises(ValueError):
        hetu.compose(date(1999, 1, 1), 2, "A")
    with pytest.raises(ValueError):
        hetu.compose(date(1999, 1, 1), 1)
