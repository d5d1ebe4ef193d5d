"""Words of the printout in the print's own language, through gettext.

Every label and sentence of a printout goes through :func:`pathways.i18n.translate` with an
English source string, so the translators' ``.po`` files decide the final wording. The print
names its language explicitly (``translate(message, lang)``) rather than switching the
process-wide language: the window renders on a worker thread, possibly in another language
than its own. ``tests/pathways/test_printing.py`` holds every word of the printout to a
Finnish and a Swedish translation.
"""

from __future__ import annotations

from pathways.i18n import translate


def tr(message: str, lang: str) -> str:
    """*message* (English source) in *lang*, from the gettext catalogues."""
    return translate(message, lang)


_MONTHS: dict[str, tuple[str, ...]] = {
    "fi": ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka",
           "marras", "joulu"),
    "sv": ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov",
           "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def month_abbreviation(month: int, lang: str) -> str:
    """The short name of a month (1–12) as a calendar in *lang* prints it."""
    return _MONTHS.get(lang, _MONTHS["en"])[month - 1]
