"""The fonts a printed PDF embeds: each DejaVu face once, its glyphs and text map whole, and
nothing a PDF reader never uses (the OpenType layout tables, whose subsetting was most of the
time spent writing a print)."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest
from fontTools.ttLib import TTFont

from pathways.catalogue import ServiceCatalogue
from pathways.demo import demo_clients
from pathways.printing import PrintOptions, print_pathway

TODAY = date(2026, 1, 15)


def _print_demo(path: Path, client_id: str = "demo-nadia", **options: object) -> None:
    client = next(c for c in demo_clients(TODAY) if c.id == client_id)
    pathway = client.default_pathway()
    assert pathway is not None
    print_pathway(client, pathway, ServiceCatalogue(),
                  PrintOptions(today=TODAY, pseudonym_key=b"test", lang="fi", **options),  # type: ignore[arg-type]
                  path)


def _embedded_fonts(path: Path) -> dict[str, TTFont]:
    """Each embedded TrueType program of the PDF by its base font name."""
    fonts: dict[str, TTFont] = {}
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
            fonts[str(font["/BaseFont"])] = TTFont(io.BytesIO(program))
    return fonts


@pytest.mark.parametrize("options", [{}, {"view": "timeline"}, {"meeting_sheet": True},
                                     {"client_copy": True}])
def test_each_face_is_embedded_once_with_its_text_map(tmp_path: Path,
                                                      options: dict[str, object]) -> None:
    path = tmp_path / "nadia.pdf"
    _print_demo(path, **options)
    fonts = _embedded_fonts(path)
    faces = sorted(name.partition("+")[2] for name in fonts)
    assert faces == ["DejaVuSans", "DejaVuSans-Bold"]
    if shutil.which("pdffonts"):
        rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                              check=True).stdout.splitlines()[2:]
        assert len(rows) == 2 and all(" yes yes yes " in row for row in rows), rows


def test_the_embedded_fonts_hold_glyphs_and_no_layout_tables(tmp_path: Path) -> None:
    path = tmp_path / "nadia.pdf"
    _print_demo(path)
    for name, font in _embedded_fonts(path).items():
        assert {"glyf", "loca", "hmtx", "head"} <= set(font.keys()), name
        assert not {"GPOS", "GSUB", "GDEF"} & set(font.keys()), name
    # The words are still text, whole, Finnish letters and all.
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "Nadia Rahimi" in text and "Luottamuksellinen" in text
