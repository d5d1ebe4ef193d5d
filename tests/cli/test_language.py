"""The command line speaks the chosen language: --lang, else the language saved in the window's
settings, is known before the parser is built, so help, usage errors and messages follow it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

import main


@pytest.mark.parametrize(
    ("lang", "usage", "required", "options"),
    [
        ("fi", "käyttö: polku check", "nämä ovat pakollisia: --client", "valitsimet:"),
        ("sv", "användning: polku check", "följande krävs: --client", "flaggor:"),
        ("en", "usage: polku check", "the following arguments are required: --client", "options:"),
    ],
)
def test_help_and_usage_errors_follow_lang(
    polku: Any, lang: str, usage: str, required: str, options: str
) -> None:
    status, out, _err = polku("check", "--help", "--lang", lang)
    assert status == 0 and out.startswith(usage) and options in out
    status, _out, err = polku("--lang", lang, "check")
    assert status == 2
    assert err.strip() == f"polku check: {required}"  # one line, in the chosen language


def test_without_lang_the_language_saved_in_the_window_is_used(
    polku: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from ui.saved_language import saved_language, settings_file
    from ui.settings import Settings

    assert saved_language() is None
    status, _out, err = polku("check")
    assert status == 2 and "nämä ovat pakollisia" in err  # Finnish by default
    path = settings_file()
    assert path is not None
    # Written as the window writes it (QSettings' INI format, the native one on Linux).
    Settings(QSettings(str(path), QSettings.Format.IniFormat)).set_language("sv")
    assert saved_language() == "sv"
    status, _out, err = polku("check")
    assert "följande krävs: --client" in err
    status, _out, err = polku("check", "--lang", "en")  # --lang still wins
    assert "the following arguments are required" in err
    status, _out, err = polku("--db", str(tmp_path / "x.sqlite3"), "clients")
    assert status == 0 and _out.strip() == "inga klienter"


def test_a_bad_date_is_refused_in_the_chosen_language(polku: Any) -> None:
    status, _out, err = polku("--lang", "fi", "report", "--to", "2026-13-01")
    assert status == 2
    assert err.strip() == "polku report: --to: ei päivämäärä (VVVV-KK-PP): '2026-13-01'"


def _options(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.Action]]:
    found = [(parser.prog, action) for action in parser._actions]  # noqa: SLF001
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                assert choice.help, f"{choice.dest} has no description"
            for sub in action.choices.values():
                found += _options(sub)
    return found


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_option_and_command_has_a_description(lang: str) -> None:
    from pathways import i18n

    i18n.set_language(lang)
    missing = [
        f"{prog} {'/'.join(action.option_strings) or action.dest}"
        for prog, action in _options(main.build_parser())
        if not action.help and not isinstance(action, argparse._SubParsersAction)  # noqa: SLF001
    ]
    assert missing == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("columns", [80, 100, 200])
def test_the_report_table_fits_the_terminal(
    polku: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    lang: str,
    columns: int,
) -> None:
    database = str(tmp_path / "demo.sqlite3")
    assert polku("--db", database, "demo").returncode == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    status, out, _err = polku("--db", database, "--lang", lang, "report")
    assert status == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= min(columns, 100)
    # Every figure row still reads: the total of participants and its figure on one line.
    total = {"fi": "Osallistujien", "sv": "Totalt antal", "en": "Total number of participants"}
    row = next(line for line in lines if line.startswith(total[lang]))
    assert row.split()[-5:] == ["6", "3", "2", "0", "1"]


def test_a_mistyped_command_is_named_with_the_commands_there_are(
    polku: Any,
) -> None:
    status, _out, err = polku("--lang", "fi", "--db", "x.sqlite3", "prnt")
    assert status == 2
    assert "virheellinen valinta: 'prnt'" in err and "'print'" in err
    assert len(err.strip().splitlines()) == 1
