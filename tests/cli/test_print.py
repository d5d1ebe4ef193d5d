"""`polku print` as a user runs it: formats by suffix, pages, languages, refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_print_writes_an_a4_pdf_with_the_client_and_the_services(polku: Any, example_db: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "noora.pdf"
    done = polku("print", "--client", "e1", "--today", "2026-01-15", "-o", out, "--db",
                 example_db)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout and len(done.stdout.strip().splitlines()) == 1
    reader = pypdf.PdfReader(out)
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = _text(out)
    assert "Noora Laaksonen" in text
    assert "IPS-työhönvalmennus" in text and "Heidi Rantanen" in text
    assert "090999-4825" not in out.read_bytes().decode("latin-1") + text  # her hetu


def test_print_in_swedish_on_a3_with_a_meeting_sheet(
    polku: Any, example_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bo.PDF"
    done = polku("print", "--client", "e3", "--lang", "sv", "--paper", "a3", "--meeting-sheet",
                 "-o", out, "--db", example_db)
    assert done.returncode == 0, done.stderr
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 2
    assert (round(float(reader.pages[0].mediabox.width)),
            round(float(reader.pages[0].mediabox.height))) == (1191, 842)
    text = _text(out)
    assert "Yrkesutbildning" in text and "Konfidentiell" in text and "Inför mötet" in text
    assert "300468-733S" not in text


def test_print_png_and_svg_give_one_file_per_page(
    polku: Any, example_db: Path, tmp_path: Path
) -> None:
    done = polku("print", "--client", "e2", "--meeting-sheet", "-o", tmp_path / "out.png",
                 "--db", example_db)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-2.png", "out.png"]
    from PIL import Image

    with Image.open(tmp_path / "out.png") as image:
        assert round(image.info["dpi"][0]) >= 200
    svg_dir = tmp_path / "svg"
    svg_dir.mkdir()
    done = polku("print", "--client", "e2", "--view", "timeline", "-o", svg_dir / "out.svg",
                 "--db", example_db)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in svg_dir.iterdir()] == ["out.svg"]


def test_a_pseudonymised_client_copy_names_no_one(
    polku: Any, example_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "copy.pdf"
    done = polku("print", "--client", "e2", "--pseudonymize", "--client-copy", "-o", out,
                 "--db", example_db)
    assert done.returncode == 0, done.stderr
    everything = (_text(out) + out.read_bytes().decode("latin-1")).lower()
    assert "jussi" not in everything and "peltonen" not in everything
    assert "asiakas " in _text(out).lower()
    assert "olli saarinen" in everything  # the professional who helps is named


@pytest.mark.parametrize(("arguments", "message"), [
    (("--client", "e1", "-o", "out.docx"), ".docx"),
    (("--client", "nobody", "-o", "out.pdf"), "nobody"),
    (("--client", "e1", "--pathway", "nope", "-o", "out.pdf"), "nope"),
    (("--client", "e1", "-o", "no/such/folder/out.pdf"), "folder"),
    (("--client", "e1", "--paper", "A5", "-o", "out.pdf"), "A5"),
])
def test_bad_requests_are_refused_with_exit_2(polku: Any, example_db: Path, tmp_path: Path,
                                              arguments: tuple[str, ...], message: str) -> None:
    arguments = tuple(str(tmp_path / a) if a.startswith(("out.", "no/")) else a
                      for a in arguments)
    done = polku("print", *arguments, "--db", example_db)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []
