"""The interface language saved in the window's settings, for the command line to read before it
builds its parser (``main.py``): help and messages in the language the person chose.

The window keeps its settings with QSettings (organisation and application "Polku"). On Linux
and other freedesktop systems that is an INI file, ``$XDG_CONFIG_HOME/Polku/Polku.conf``, read
here without Qt (importing QtCore costs a command ~0.15 s); on Windows (the registry) and macOS
(a property list) QtCore reads it. Without Qt, or without a saved choice, there is no answer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LANGUAGES = ("fi", "sv", "en")
#: ui.settings.ORGANISATION and APPLICATION (not imported: that module loads the widgets).
ORGANISATION = APPLICATION = "Polku"


def settings_file() -> Path | None:
    """Where QSettings keeps the window's settings on this platform, when it is a plain file."""
    if sys.platform.startswith(("win", "darwin")):
        return None
    base = os.environ.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / ORGANISATION / f"{APPLICATION}.conf"


def saved_language() -> str | None:
    """The language chosen in Settings → Language, or None when none was saved (or no Qt)."""
    path = settings_file()
    value: object = None
    if path is not None:
        import configparser

        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, UnicodeError, configparser.Error):
            return None
        value = parser.get("ui", "language", fallback=None)
    else:
        try:
            from PySide6.QtCore import QSettings
        except ImportError:
            return None
        value = QSettings(ORGANISATION, APPLICATION).value("ui/language")
    return value if isinstance(value, str) and value in LANGUAGES else None
