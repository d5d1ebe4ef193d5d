"""Messages for people, in Finnish, Swedish or English, through gettext (no Qt).

Source strings are English. Translations live in ``resources/locale/<lang>/LC_MESSAGES/polku.po``
and are compiled to ``.mo`` (``python -m pathways.i18n compile``; a test keeps them in step).
The current language is process-wide: the command line sets it from ``--lang`` and the window
from its setting. ``_()`` translates at call time, so build messages when they are shown.
"""

from __future__ import annotations

import gettext
from datetime import date
from functools import cache
from importlib import resources

DOMAIN = "polku"
LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"

_current = DEFAULT_LANGUAGE


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The gettext catalogue for *lang* (English is the source language)."""
    if lang == "en":
        return gettext.NullTranslations()
    path = resources.files("resources").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except FileNotFoundError:
        return gettext.NullTranslations()


def set_language(lang: str) -> None:
    """Make *lang* (fi, sv or en) the language of every message from now on."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate *message* into the current language."""
    return translations(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark *message* for extraction without translating it now."""
    return message


def translate(message: str, lang: str) -> str:
    """Translate *message* into *lang* regardless of the current language."""
    return translations(lang).gettext(message)


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: date | None, lang: str | None = None) -> str:
    """A date as people write it: 15.1.2026 in Finnish and Swedish, 15 Jan 2026 in English."""
    if day is None:
        return ""
    lang = lang or _current
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


def _compile() -> None:
    """Compile every .po under resources/locale into its .mo (developer tool)."""
    from pathlib import Path

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    root = Path(str(resources.files("resources"))) / "locale"
    for po_path in sorted(root.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle)
        with po_path.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)
        print(f"compiled {po_path.with_suffix('.mo')}")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["compile"]:
        _compile()
    else:
        print("usage: python -m pathways.i18n compile")
