"""The note an unexpected error leaves on the terminal speaks the chosen language."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from pathways import i18n


def test_the_unexpected_error_note_is_in_finnish_when_finnish_is_chosen(
    message_boxes: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.app import install_exception_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    previous = i18n.current_language()
    i18n.set_language("fi")
    try:
        install_exception_hook(debug=False, dialogs=False)
        error = ValueError("Matti Äijälä")
        sys.excepthook(ValueError, error, error.__traceback__)
    finally:
        i18n.set_language(previous)
    err = capsys.readouterr().err
    assert "polku: odottamaton virhe (ValueError)" in err and "Äijälä" not in err
