"""A print, a report or an access log drawn on a worker thread leaves matplotlib's process-wide
settings (``rcParams``) alone while it draws: the window's caseload chart may be drawing with
them on the GUI thread at that moment. The settings of a page are its figure's and artists' own
(:class:`pathways.diagram.Sheet`); the four that matplotlib's PDF and SVG writers read only from
``rcParams`` are set once, the first time Polku draws (:func:`use_file_settings`)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib
import pytest

from pathways.access_report import write_access_report
from pathways.catalogue import ServiceCatalogue
from pathways.demo import demo_clients
from pathways.diagram_text import use_file_settings
from pathways.printing import PrintOptions, compose, page_svgs, print_pathway
from pathways.report import build_report
from pathways.report_pdf import write_report_pdf

TODAY = date(2026, 1, 15)


def _settings() -> dict[str, Any]:
    # dict's own items: RcParams' __getitem__ would resolve an automatic backend on the way.
    return dict(dict.items(matplotlib.rcParams))


def _draw_everything(folder: Path) -> None:
    """What the window's workers draw: prints in every format and view, the client copy, the
    print preview's pages (words kept as text for the printer), the caseload report and an
    access-log PDF."""
    catalogue = ServiceCatalogue()
    clients = demo_clients(TODAY)
    client = clients[0]
    pathway = client.pathways[0]
    for name, options in (
        ("stages.pdf", PrintOptions(today=TODAY, pseudonym_key=b"k")),
        ("timeline.pdf", PrintOptions(view="timeline", today=TODAY, pseudonym_key=b"k")),
        ("copy.pdf", PrintOptions(client_copy=True, today=TODAY, pseudonym_key=b"k")),
        ("stages.svg", PrintOptions(today=TODAY, pseudonym_key=b"k")),
        ("stages.png", PrintOptions(today=TODAY, pseudonym_key=b"k")),
    ):
        print_pathway(client, pathway, catalogue, options, folder / name)
    preview = compose(client, pathway, catalogue, PrintOptions(today=TODAY, pseudonym_key=b"k"))
    (folder / "preview.svg").write_bytes(page_svgs(preview, text_as_text=True)[0])
    write_report_pdf(build_report(clients, catalogue, today=TODAY), folder / "report.pdf")
    write_access_report(folder / "access.pdf", client, [], printed_on=TODAY)


def test_drawing_on_a_worker_changes_no_matplotlib_setting_while_it_draws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_file_settings()  # once per process, before anything is drawn (as the first page does)
    before = _settings()
    written: list[str] = []
    set_item = matplotlib.RcParams.__setitem__

    def recording(params: Any, key: str, value: Any) -> None:  # rc_context and rcParams[...] =
        written.append(key)
        set_item(params, key, value)

    monkeypatch.setattr(matplotlib.RcParams, "__setitem__", recording)
    seen_changed: list[set[str]] = []
    failures: list[BaseException] = []
    done = threading.Event()

    def worker() -> None:
        try:
            _draw_everything(tmp_path)
        except BaseException as error:  # reported on the test's thread
            failures.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    looks = 0
    while not done.wait(0.002):  # the GUI thread's view of the settings, all the while
        now = _settings()
        looks += 1
        if now != before:
            seen_changed.append({key for key in now if now[key] != before.get(key)})
    thread.join()
    assert not failures, failures
    assert looks > 10  # the drawing took long enough to be watched
    assert written == []
    assert seen_changed == []
    assert _settings() == before
    assert {path.name for path in tmp_path.iterdir()} == {
        "stages.pdf", "timeline.pdf", "copy.pdf", "stages.svg", "stages.png", "preview.svg",
        "report.pdf", "access.pdf",
    }


def test_the_files_still_embed_truetype_fonts_and_each_svg_draws_words_as_it_asked(
    tmp_path: Path,
) -> None:
    import subprocess

    _draw_everything(tmp_path)
    for name in ("stages.pdf", "copy.pdf", "report.pdf", "access.pdf"):
        fonts = subprocess.run(["pdffonts", str(tmp_path / name)], capture_output=True,
                               text=True, check=True).stdout.splitlines()[2:]
        assert fonts and all("CID TrueType" in line for line in fonts), (name, fonts)
    svg = (tmp_path / "stages.svg").read_text("utf-8")
    assert "<text" not in svg  # text drawn as paths: the same on a machine without the font
    preview = (tmp_path / "preview.svg").read_text("utf-8")
    assert "<text" in preview and "DejaVu Sans" in preview  # the printer gets words
    # Each file chose for itself: a file saved after the preview still draws curves.
    print_pathway(demo_clients(TODAY)[0], demo_clients(TODAY)[0].pathways[0], ServiceCatalogue(),
                  PrintOptions(today=TODAY, pseudonym_key=b"k"), tmp_path / "again.svg")
    assert "<text" not in (tmp_path / "again.svg").read_text("utf-8")
