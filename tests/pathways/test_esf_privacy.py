"""The ESF+ characteristics are special categories of personal data: they never appear on a
pathway print, a client copy or a meeting sheet (in any language or view), and no module that
draws for other eyes (prints, the diagram, the client copy, meeting mode) reads them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pathways.catalogue import ServiceCatalogue
from pathways.i18n import translate
from pathways.labels import CHARACTERISTIC_NAMES
from pathways.model import CHARACTERISTICS, Client, Participation, Pathway, Step, TeamMember
from pathways.printing import PrintOptions, print_pathway

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 28)


def _client() -> Client:
    return Client(
        "c1",
        "Nadia Rahimi",
        birth_year=1991,
        team=[TeamMember("t1", "Heidi Rantanen", "Ohjaaja", "social")],
        participation=Participation(
            date(2025, 1, 10), "unemployed", date(2025, 5, 1), "job_seeking",
            gender="woman", education_on_entry="isced_5_8",
            characteristics=list(CHARACTERISTICS),  # every one recorded
        ),
        pathways=[Pathway("p1", "Polku", "active", steps=[
            Step("s1", "job_coaching", "completed", start=date(2025, 1, 15),
                 end=date(2025, 4, 30), responsible="t1"),
            Step("s2", "language_training", "planned", start=date(2026, 12, 1)),
        ])],
    )


def _forbidden_words() -> set[str]:
    words = set(CHARACTERISTICS)
    for lang in ("fi", "sv", "en"):
        words |= {translate(name, lang) for name in CHARACTERISTIC_NAMES.values()}
    return words


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize(
    "kind",
    [{}, {"client_copy": True}, {"meeting_sheet": True}, {"view": "timeline"},
     {"pseudonymize": True, "pseudonym_key": b"k" * 32}],
    ids=["pathway", "client copy", "meeting sheet", "timeline", "pseudonymised"],
)
def test_no_print_shows_a_characteristic(
    tmp_path: Path, lang: str, kind: dict[str, object]
) -> None:
    client = _client()
    path = tmp_path / "print.pdf"
    options = PrintOptions(lang=lang, today=TODAY, **kind)  # type: ignore[arg-type]
    print_pathway(client, client.pathways[0], ServiceCatalogue.default(), options, path)
    text = _text(path)
    assert "Rantanen" in text or "Client" in text or "Asiakas" in text  # the print has words
    flat = re.sub(r"\s+", " ", text).lower()
    for word in _forbidden_words():
        assert word.lower() not in flat, f"{word!r} on the {kind or 'pathway'} print ({lang})"


def test_no_module_that_draws_for_others_reads_the_characteristics() -> None:
    drawing = [
        *sorted((PROJECT_ROOT / "pathways").glob("printing*.py")),
        *sorted((PROJECT_ROOT / "pathways").glob("diagram*.py")),
        *sorted((PROJECT_ROOT / "pathways").glob("client_copy*.py")),
        *sorted((PROJECT_ROOT / "pathways").glob("meeting*.py")),
        *sorted((PROJECT_ROOT / "ui").glob("meeting*.py")),
        PROJECT_ROOT / "ui" / "canvas.py",
        PROJECT_ROOT / "ui" / "printing.py",
    ]
    assert drawing
    for module in drawing:
        if module.exists():
            source = module.read_text(encoding="utf-8")
            assert "characteristic" not in source, f"{module.name} reads the characteristics"
