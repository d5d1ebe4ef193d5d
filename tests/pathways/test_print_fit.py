"""The map on one page: real PDFs of the demo and example clients, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest

from pathways.catalogue import ServiceCatalogue, short_service_name
from pathways.demo import demo_clients
from pathways.exchange import load_file
from pathways.model import Client
from pathways.printing import PrintOptions, print_pathway

TODAY = date(2026, 1, 15)
CATALOGUE = ServiceCatalogue()

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _words(text: str) -> str:
    """The PDF's text as one line: lines joined, a word broken at a line's end rejoined."""
    return " ".join(text.replace("-\n", "-").split())


def _print(client: Client, path: Path, **options: object) -> tuple[int, str, float]:
    document, files = print_pathway(
        client, client.default_pathway(), CATALOGUE,
        PrintOptions(today=TODAY, pseudonym_key=b"k", **options),  # type: ignore[arg-type]
        path)
    text = subprocess.run(["pdftotext", "-raw", str(files[0]), "-"], capture_output=True,
                          text=True, check=True).stdout
    return len(pypdf.PdfReader(files[0]).pages), text, document.smallest_text


def _card_name(client: Client, step_id: str) -> str:
    step = client.default_pathway().step(step_id)
    return step.title or short_service_name(CATALOGUE, step.service, "fi")


def _clients(examples_dir: Path) -> list[Client]:
    examples = load_file(examples_dir / "three-clients.json", today=TODAY).clients
    return [*demo_clients(TODAY), *examples]


def test_every_demo_and_example_client_prints_on_one_a4_page_names_whole(
        tmp_path: Path, examples_dir: Path) -> None:
    for client in _clients(examples_dir):
        pages, text, smallest = _print(client, tmp_path / f"{client.id}.pdf")
        assert pages == 1, client.id
        assert smallest >= 7.0, client.id
        flat = _words(text)
        for step in client.default_pathway().steps:
            name = _card_name(client, step.id)
            whole = " ".join(name.split())
            assert whole in flat and f"{whole[:-1]}…" not in flat, (client.id, name)


def test_a_long_name_is_shortened_on_the_card_and_never_cut(tmp_path: Path) -> None:
    client = next(c for c in demo_clients(TODAY)
                  if any(s.service == "multisectoral_mapping" and not s.title
                         for s in c.default_pathway().steps))
    _pages, text, _smallest = _print(client, tmp_path / "out.pdf")
    assert "Monialainen kartoitus" in _words(text)
    assert "kartoitus ja…" not in text
