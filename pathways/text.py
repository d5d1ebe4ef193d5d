"""Text the way a Finn expects it: case- and accent-folded search, Finnish alphabetical order."""

from __future__ import annotations

import re
import unicodedata

# Finnish sorts å, ä, ö after z as letters of their own (and æ, ø with ä, ö; ü with y). The
# three code points just after "z" keep that order inside an ordinary string comparison.
_FINNISH_LETTERS = str.maketrans(
    {
        "å": "{",
        "ä": "|",
        "æ": "|",
        "ö": "}",
        "ø": "}",
        "ü": "y",
    }
)


#: The combining diacritical marks of Latin script (U+0300–U+036F, but the grapheme joiner
#: U+034F, whose combining class is 0): all the marks a decomposed Latin name carries.
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def _strip_marks(text: str) -> str:
    """Remove combining marks after compatibility decomposition (é → e, ä → a, ﬁ → fi).

    A name in Latin script is plain ASCII once its Latin marks are gone: that is answered with
    one regular-expression pass (the client list folds and sorts thousands of names at start);
    any other text is walked character by character. Both give the same answer for every text.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    stripped = _LATIN_MARKS.sub("", decomposed)
    if stripped.isascii():
        return stripped
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Fold case and accents for searching: ``fold("ÄIJÄLÄ") == fold("aijala") == "aijala"``.

    A person typing on any keyboard finds Äijälä with "aijala"; the folded form is also what
    the database keeps in its search column, so both sides fold the same way.
    """
    return _strip_marks(text.casefold())


def finnish_sort_key(text: str) -> tuple[str, str, str]:
    """A key that sorts names in Finnish alphabetical order (… z, å, ä, ö), ignoring case.

    Letters with other accents sort with their base letter (é with e). Ties are broken by the
    accents and then by case, so that the order is total and stable.
    """
    lowered = unicodedata.normalize("NFC", text.casefold())
    primary = _strip_marks(lowered.translate(_FINNISH_LETTERS))
    return (primary, lowered, text)


def one_line(text: str) -> str:
    """*text* safe for one cell of a terminal table: every control character (a newline that
    would start a fake row, an escape sequence), invisible format character (zero-width
    space, joiner, bidi override that reorders what is shown) and line separator is written
    as a visible ``\\uXXXX`` escape, so two names that look alike on screen also differ."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _HIDDEN else ch for ch in text
    )


#: Unicode categories a terminal does not show as themselves: controls, formats, separators.
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
