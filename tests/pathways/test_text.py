"""Folding for search and the Finnish sort order (``pathways.text``), and the fast path that
strips Latin marks in one pass: it must answer exactly what the character walk answers."""

from __future__ import annotations

import unicodedata

from pathways.text import _strip_marks, finnish_sort_key, fold


def _walked(text: str) -> str:
    """The plain rule: every combining mark after NFKD goes."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def test_search_folds_case_and_accents() -> None:
    assert fold("ÄIJÄLÄ") == fold("aijala") == "aijala"
    assert fold("Åsa Öberg") == "asa oberg"
    assert fold("José Ñúñez ﬁ") == "jose nunez fi"
    assert fold("Ömer, Borgå") == "omer, borga"


def test_other_scripts_lose_their_marks_too() -> None:
    assert fold("Ελένη") == "ελενη"  # Greek tonos
    assert fold("Дмитрий Йо") == "дмитрии ио"  # Cyrillic breve
    assert fold("Nguyễn Thị") == "nguyen thi"  # stacked Vietnamese marks
    assert fold("Ahmad أَحْمَد") == "ahmad احمد"  # Arabic vowel marks (not Latin)


def test_every_mark_and_decomposable_character_strips_as_the_character_walk_does() -> None:
    # Every code point that decomposes or combines (the only ones either path changes), plus
    # the grapheme joiner U+034F (of combining class 0: it stays in both), alone, after a Latin
    # letter and before a mark: the fast path and the walk agree.
    different = []
    for code in range(0x110000):
        ch = chr(code)
        if (
            not (code == 0x034F or unicodedata.decomposition(ch) or unicodedata.combining(ch))
            or 0xD800 <= code < 0xE000
        ):
            continue
        for text in (ch, "a" + ch + "b", "ä" + ch, ch + "\u0301"):
            if _strip_marks(text) != _walked(text):
                different.append(code)
                break
    assert different == []


def test_finnish_order_puts_a_ring_and_umlauts_after_z() -> None:
    names = ["Öberg", "Äijälä", "Zetterberg", "Åberg", "Aalto", "Élise", "Ylönen"]
    assert sorted(names, key=finnish_sort_key) == [
        "Aalto",
        "Élise",
        "Ylönen",
        "Zetterberg",
        "Åberg",
        "Äijälä",
        "Öberg",
    ]
