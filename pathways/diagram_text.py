"""Type for the printed diagram: the embedded fonts, text widths, wrapping and polite ellipsis.

The printout uses DejaVu Sans from matplotlib's own data folder (never a system font found by
name), so that a page measures and renders the same on every workstation and its PDF embeds the
very font measured here. Widths come from the font's unhinted advances, which is what the PDF
backend places glyphs by; they are in points at the size asked.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.font_manager import FontProperties

ELLIPSIS = "…"
SOFT_HYPHEN = "\u00ad"
#: A little slack on every measured width: kerning and rounding in the renderers.
_SLACK = 1.02
_VOWELS = frozenset("aeiouyåäö")

# Parts that Finnish and Swedish service and sector names are compounded from. A word too long
# for its line is broken before one of these (with a hyphen), as a typesetter would, rather than
# at an arbitrary letter: "Sysselsättnings-tjänster", not "Sysselsättningstjä-nster".
_COMPOUND_PARTS = (
    "palveluiden", "palvelut", "palvelu", "tjänsterna", "tjänster", "tjänst", "toiminta",
    "verksamhet", "kuntoutus", "kuntoutuksen", "rehabilitering", "koulutus", "utbildning",
    "markkinat", "arbetsmarknaden", "arbetsmarknad", "valmennus", "träning", "arviointi",
    "bedömning", "ohjaus", "handledning", "suunnitelma", "kokeilu", "prövning", "tarpeen",
    "behovet", "förmågan", "kyvyn", "koordinaattorin", "koordinator", "neuvonta", "rådgivning",
    "yritys", "företag", "oppilaitos", "läroanstalt", "sopimus", "avtals", "sosiaali", "terveys",
    "työllisyys", "työ", "arbets", "sysselsättnings", "stöd", "tuki", "polku", "subvention",
    "lönesubvention", "palkka", "tuettu", "kokeilu", "yhdistyksessä", "yrityksessä",
    "vägledning", "ledning", "karriär", "färdigheter", "examen",
)


def use_file_settings() -> None:
    """Make matplotlib write files as Polku's are: TrueType fonts in PDF (type 42: searchable
    and copyable; ``ps.fonttype`` sizes the PDF writer's glyph subsets), text as paths in SVG
    (renders the same without the font) with ids that do not change between runs.

    matplotlib's PDF and SVG writers read these four only from its process-wide ``rcParams``:
    there is no per-figure or per-file argument for them. Nothing drawn in the window reads
    them, so they are set the first time Polku draws a page and never changed back. No render
    changes a setting while another thread draws (an ``rc_context`` would, for its whole length,
    and two of them on two workers would undo each other's on leaving). Every other setting of
    a page is given to its figure or artist (:class:`pathways.diagram.Sheet`)."""
    import matplotlib

    params = matplotlib.rcParams
    if (params["pdf.fonttype"], params["ps.fonttype"]) != (42, 42):
        params["pdf.fonttype"] = params["ps.fonttype"] = 42
    if (params["svg.fonttype"], params["svg.hashsalt"]) != ("path", "polku"):
        params["svg.fonttype"], params["svg.hashsalt"] = "path", "polku"


def font_path(bold: bool = False) -> str:
    """The DejaVu Sans file that ships with matplotlib (regular or bold)."""
    import matplotlib

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf", name)


@lru_cache(maxsize=64)
def font_properties(size: float, bold: bool = False) -> FontProperties:
    """FontProperties naming the bundled file itself, so no font lookup can substitute another."""
    from matplotlib.font_manager import FontProperties

    # The weight too, though the file decides: an SVG that keeps its text (svg.fonttype
    # "none", for the printer) names the font by family and weight.
    return FontProperties(fname=font_path(bold), size=size,
                          weight="bold" if bold else "normal")


class _Advances:
    """Advance widths of one font file in font units, looked up once per character."""

    def __init__(self, bold: bool) -> None:
        from matplotlib import ft2font

        self._font = ft2font.FT2Font(font_path(bold))
        self._flags = ft2font.LoadFlags.NO_SCALE
        self.units_per_em = float(self._font.units_per_EM)
        self._cache: dict[str, float] = {}

    def of(self, char: str) -> float:
        advance = self._cache.get(char)
        if advance is None:
            if self._font.get_char_index(ord(char)) == 0 and char not in "\n\t":
                # A character the font lacks is drawn as a box of about an em.
                advance = self.units_per_em
            else:
                advance = float(self._font.load_char(ord(char), flags=self._flags).horiAdvance)
            self._cache[char] = advance
        return advance


@lru_cache(maxsize=2)
def _advances(bold: bool) -> _Advances:
    return _Advances(bold)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of *text* on one line, in points, at *size* points."""
    return _units(text, bold) / _advances(bold).units_per_em * size * _SLACK


@lru_cache(maxsize=8192)
def _units(text: str, bold: bool) -> float:
    """The advances of *text* summed, in font units: fitting a print asks for the same titles
    and their prefixes at every trial size and width (≈90,000 times for 40 steps)."""
    advances = _advances(bold)
    return sum(advances.of(char) for char in text if char != SOFT_HYPHEN)


def line_height(size: float) -> float:
    """The distance between baselines for *size*: 1.2 em reads well in short card texts."""
    return size * 1.2


def cap_height(size: float) -> float:
    """The height of a capital letter of DejaVu Sans at *size* (for centring text in a box)."""
    return size * 0.73


def ellipsise(text: str, width: float, size: float, bold: bool = False) -> str:
    """*text* cut at a word (or, failing that, a letter) so that it and "…" fit *width*."""
    text = text.replace(SOFT_HYPHEN, "")
    if text_width(text, size, bold) <= width:
        return text
    if text_width(ELLIPSIS, size, bold) > width:
        return ""
    words = text.split(" ")
    # Prefer whole words when that keeps at least half the line; a lone stub reads worse.
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count]).rstrip(",;:–-") + ELLIPSIS
        if text_width(candidate, size, bold) <= width:
            if text_width(candidate, size, bold) >= width * 0.5:
                return candidate
            break
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def _break_positions(word: str) -> list[tuple[int, bool]]:
    """Where a long word may break: (index, needs a hyphen), best candidates included."""
    positions: set[tuple[int, bool]] = set()
    for index, char in enumerate(word):
        if char == SOFT_HYPHEN:
            positions.add((index, True))
        elif char in "-/" and 0 < index < len(word) - 1:
            positions.add((index + 1, False))
    lowered = word.lower()
    for part in _COMPOUND_PARTS:
        start = 0
        while True:
            found = lowered.find(part, start)
            if found < 0:
                break
            for cut in (found, found + len(part)):
                # A Swedish linking s belongs to the first part: "rehabiliterings-syfte".
                if (cut < len(word) - 1 and word[cut] == "s" and word[cut - 1] != "s"
                        and word[cut + 1].lower() not in _VOWELS):
                    cut += 1
                # Leave at least three letters on each side, and do not split before a hyphen.
                if 3 <= cut <= len(word) - 3 and word[cut - 1] not in "-/" and word[cut] != "-":
                    positions.add((cut, True))
            start = found + 1
    return sorted(positions)


def _split_word(word: str, width: float, size: float, bold: bool) -> tuple[str, str]:
    """Split a word too long for *width* into a head that fits (hyphenated) and the rest."""
    return split_long_word(word, lambda head: text_width(head, size, bold) <= width)


def split_long_word(word: str, fits: Callable[[str], bool]) -> tuple[str, str]:
    """Split a word too long for its line into a head that *fits* (hyphenated) and the rest:
    at a compound boundary where one fits, else at a syllable. *fits* measures a head in the
    caller's own font (the paper's in points, the window's in pixels), so screen and paper
    break a name alike: "arbetsförmåge-koordinator", never "arbetsförmågekoor…"."""
    best: tuple[str, str] | None = None
    for index, hyphen in _break_positions(word):
        head = word[:index].replace(SOFT_HYPHEN, "") + ("-" if hyphen else "")
        if fits(head):
            best = (head, word[index:].lstrip(SOFT_HYPHEN))
    if best is not None and len(best[0]) >= 4:
        return best
    # No compound boundary fits: break at a syllable, as Finnish and Swedish typesetting does
    # — before a consonant that a vowel follows ("tunnista-minen", not "tunnistam-inen") —
    # else at the last letter that fits.
    plain = word.replace(SOFT_HYPHEN, "")
    low = 1
    while low < len(plain) and fits(plain[: low + 1] + "-"):
        low += 1
    if len(plain) - low < 3 and len(plain) > 6:
        low = len(plain) - 3  # never strand one or two letters on a line of their own
    for index in range(min(low, len(plain) - 3), 2, -1):
        consonant = plain[index].isalpha() and not _is_vowel(plain[index])
        if consonant and _is_vowel(plain[index + 1]):
            return plain[:index] + "-", plain[index:]
    return plain[:low] + "-", plain[low:]


def _is_vowel(letter: str) -> bool:
    return letter.lower() in "aeiouyäöå"


def wrap(
    text: str,
    width: float,
    size: float,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[str]:
    """*text* broken into lines no wider than *width* points, at most *max_lines* of them.

    Lines break between words; a word longer than a line breaks at a compound boundary with a
    hyphen. When the text needs more lines than allowed, the last line ends with "…".
    Explicit newlines start new lines.
    """
    if width <= 0:
        return []
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = [w for w in re.split(r"[ \t]+", paragraph.strip()) if w]
        current = ""
        while words:
            word = words.pop(0)
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
                current = ""
                words.insert(0, word)
                continue
            head, rest = _split_word(word, width, size, bold)
            lines.append(head)
            if rest:
                words.insert(0, rest)
        if current or not lines:
            lines.append(current.replace(SOFT_HYPHEN, ""))
    lines = [line.replace(SOFT_HYPHEN, "") for line in lines]
    if max_lines is not None and len(lines) > max_lines:
        if max_lines <= 0:
            return []
        kept = lines[:max_lines]
        rest = " ".join([kept[-1], *lines[max_lines:]])
        if kept[-1].endswith("-"):  # a hyphenated break rejoined before it is cut again
            rest = kept[-1][:-1] + " ".join(lines[max_lines:])
        kept[-1] = ellipsise(rest, width, size, bold)
        return kept
    return lines
