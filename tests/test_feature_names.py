"""Words that name a feature use the name the window gives it (a worker reading the ESF+ privacy
statement must recognise "the meeting sheet" and "meeting mode" as the menu's own words), and no
label reads as something else ("tulosta" alone reads as "print!")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from pathways.i18n import translate

ROOT = Path(__file__).resolve().parents[1]
CONSENT = (
    "These are special categories of personal data. Record them only with the participant's "
    "consent, for the ESF+ report. They never appear on a print, the client copy, the meeting "
    "sheet or in meeting mode. If the participant was asked and did not want to answer, tick "
    "“Asked and declined”."
)


def qt(lang: str, context: str, source: str) -> str:
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / f"polku_{lang}.qm"))
    return translator.translate(context, source)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_esf_privacy_statement_names_the_meeting_sheet_and_meeting_mode_as_the_window_does(
    lang: str,
) -> None:
    statement = qt(lang, "ParticipationDialog", CONSENT).lower()
    sheet = qt(lang, "PrintOptionsWidget", "Meeting sheet").lower()
    mode = qt(lang, "PathwayEditor", "&Meeting mode").replace("&", "").lower()
    assert sheet and mode
    # The stem of each name (Finnish and Swedish inflect the end of the word).
    assert sheet[:-2] in statement, (sheet, statement)
    assert mode[:-2] in statement, (mode, statement)


def test_the_finnish_cli_calls_the_meeting_sheet_and_the_meeting_as_the_window_does() -> None:
    assert translate("a sheet for the meeting: the steps, who does what, notes", "fi").startswith(
        qt("fi", "PrintOptionsWidget", "Meeting sheet").lower()
    )
    assert "palaveri" in translate("the meeting where it was agreed", "fi")


def test_the_follow_up_label_says_since_entering_the_project() -> None:
    label = qt("fi", "FollowUpFields", "Labour-market situation &improved since entry:")
    assert label.replace("&", "").endswith("hankkeeseen tulosta:"), label


def test_swedish_calls_a_step_steg_everywhere() -> None:
    # The tab, the lists and the prints say "steg"; "serviceperiod" was a second word for it.
    for path in (ROOT / "resources" / "translations" / "polku_sv.ts",
                 ROOT / "resources" / "locale" / "sv" / "LC_MESSAGES" / "polku.po"):
        assert "serviceperiod" not in path.read_text(encoding="utf-8").lower(), path
