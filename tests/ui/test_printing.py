"""Printing and exporting from the window: options, preview pages, files, and a free GUI thread.

The preview deletes itself when closed: qtbot closes it after each test (closing it in the test
too would hand qtbot a deleted dialog)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from storage.repository import Repository
from tests.ui.gated import GatedLoads
from ui.printing import export_pathway, paint_pages, print_pathway

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples" / "three-clients.json"


@pytest.fixture
def examples(repository: Repository) -> Repository:
    repository.import_file(EXAMPLES)
    return repository


def test_the_preview_draws_pages_on_a_worker_and_follows_the_options(
    qtbot: Any, examples: Repository
) -> None:
    dialog = print_pathway(None, examples, "e2", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.pages) == 1, timeout=60000)
    assert dialog.worker_thread is not None and dialog.worker_thread != threading.get_ident()
    assert b"Jussi Peltonen" in dialog.pages[0]  # matplotlib keeps each text as a comment
    assert "Jussi" not in dialog.title  # the print queue sees the pathway's title only

    with qtbot.waitSignal(dialog.pages_ready, timeout=60000):
        dialog.options_widget.meeting_sheet.setChecked(True)
    assert len(dialog.pages) == 2

    with qtbot.waitSignal(dialog.pages_ready, timeout=60000):
        dialog.options_widget.pseudonymize.setChecked(True)
    assert not any(b"Jussi" in page or b"Peltonen" in page for page in dialog.pages)

    with qtbot.waitSignal(dialog.pages_ready, timeout=60000):
        dialog.options_widget.language.setCurrentIndex(
            dialog.options_widget.language.findData("sv")
        )
    # (no "fi" ligature: a zero-width non-joiner keeps the letters apart for the printer)
    assert "Konf\u200cidentiell".encode() in dialog.pages[0]


def test_preview_pages_print_whole_and_landscape(
    qtbot: Any, examples: Repository, tmp_path: Path
) -> None:
    dialog = print_pathway(None, examples, "e1", None)
    qtbot.addWidget(dialog)
    failures: list[str] = []
    ready: list[bool] = []
    dialog.render_failed.connect(failures.append)  # a failed render says why, not a timeout
    dialog.options_widget.paper.setCurrentIndex(dialog.options_widget.paper.findData("A3"))
    dialog.pages_ready.connect(lambda: ready.append(True))
    qtbot.waitUntil(lambda: bool(ready) or bool(failures), timeout=60000)
    assert not failures, failures
    assert dialog.pages
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A3),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    paint_pages(printer, dialog.pages)
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == len(dialog.pages)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_a_printer_gets_the_words_as_text_in_their_fonts(
    qtbot: Any, examples: Repository, tmp_path: Path
) -> None:
    """File → Print to a printer: the pages go through QtSvg onto the QPrinter (here one
    writing PDF, as a printer driver does); their words arrive as text in DejaVu Sans and
    its bold, embedded, not as curves."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        pytest.fail("poppler-utils (pdftotext, pdffonts) are needed")
    dialog = print_pathway(None, examples, "e1", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.pages), timeout=60000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    paint_pages(printer, dialog.pages)  # the path File → Print takes to a printer
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "printer.pdf"), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    client = examples.load_client("e1")
    assert client is not None
    pathway = client.default_pathway()
    assert pathway is not None
    catalogue = examples.catalogue()
    from pathways.catalogue import short_service_name

    lang = dialog.options_widget.options().lang
    for step in pathway.steps:
        name = step.title or short_service_name(catalogue, step.service, lang)
        assert " ".join(name.split()) in text, name
    # Letters as matplotlib measured them: "fi" not joined into one glyph ("ﬁ"), which a
    # search or a screen reader would not find.
    assert {"fi": "Luottamuksellinen", "sv": "Konfidentiell", "en": "Confidential"}[lang] in text
    assert "\ufb01" not in text and "\ufb02" not in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "printer.pdf")], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[-1] for line in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= names
    assert all(line.split()[-5] == "yes" for line in fonts)  # every font embedded


def test_new_choices_wait_for_the_render_under_way_and_the_newest_is_shown(
    qtbot: Any, examples: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two renders at once loaded the same client together, each in a write transaction that
    logs the view: the second waited for the first's lock and, under load, failed. Choices
    made while a render is under way are drawn after it, once, with the newest options; the
    overtaken render stops before writing its PDF."""
    from pathways import printing
    from ui import jobs

    pdfs: list[str] = []
    write_pdf = printing.write_pdf

    def counted(document: Any, *args: Any, **kwargs: Any) -> Any:
        pdfs.append(document.title)
        return write_pdf(document, *args, **kwargs)

    monkeypatch.setattr(printing, "write_pdf", counted)
    gated = GatedLoads(examples)
    dialog = print_pathway(None, gated, "e1", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(gated.waiting.is_set)  # the first render (A4, Finnish) is loading
    options = dialog.options_widget
    options.paper.setCurrentIndex(options.paper.findData("A3"))
    options.language.setCurrentIndex(options.language.findData("sv"))
    assert jobs.running_jobs() == 1, "a second render was started beside the first"
    assert dialog.status.text() == "Preparing the pages…"
    ready: list[bool] = []
    dialog.pages_ready.connect(lambda: ready.append(True))
    gated.gate.set()
    qtbot.waitUntil(lambda: bool(ready), timeout=60000)
    assert ready == [True], "the overtaken pages were shown too"
    assert (gated.loads, gated.most_at_once) == (2, 1)
    assert len(pdfs) == 1, "the overtaken render wrote its PDF all the same"
    assert "Konf\u200cidentiell".encode() in dialog.pages[0]  # the newest choice: Swedish…
    size = dialog.printer().pageLayout().pageSize().id()
    assert size == QPageSize.PageSizeId.A3  # …on A3


def test_a_client_that_is_gone_is_told_not_crashed(qtbot: Any, examples: Repository) -> None:
    dialog = print_pathway(None, examples, "nobody", None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.render_failed, timeout=60000) as failed:
        pass
    assert failed.args and failed.args[0]
    assert dialog.pages == []


@pytest.mark.parametrize(
    ("fmt", "names"), [("pdf", ["out.pdf"]), ("png", ["out.png"]), ("svg", ["out.svg"])]
)
def test_export_saves_the_chosen_format_on_a_worker(
    qtbot: Any,
    examples: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    names: list[str],
) -> None:
    folder = tmp_path / "exports"  # tmp_path also holds the test's database
    folder.mkdir()
    dialog = export_pathway(None, examples, "e3", None)  # deletes itself once saved
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    # The user types a name without a suffix: the chosen format's suffix is added.
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(folder / "out"), "")),
    )
    with qtbot.waitSignal(dialog.saved, timeout=60000):
        dialog.save_button.click()
        assert not dialog.save_button.isEnabled()  # busy, but the window is not frozen
    assert sorted(p.name for p in folder.iterdir()) == names
    assert dialog.worker_thread != threading.get_ident()
    if fmt == "pdf":
        text = pypdf.PdfReader(folder / "out.pdf").pages[0].extract_text()
        assert "Bo Sundström" in text and "300468-733S" not in text


def test_export_of_a_pseudonymised_client_copy(
    qtbot: Any, examples: Repository, tmp_path: Path
) -> None:
    dialog = export_pathway(None, examples, "e1", None)
    dialog.options_widget.pseudonymize.setChecked(True)
    dialog.options_widget.client_copy.setChecked(True)
    dialog.options_widget.language.setCurrentIndex(dialog.options_widget.language.findData("en"))
    with qtbot.waitSignal(dialog.saved, timeout=60000):
        dialog.export_to(tmp_path / "copy.pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "copy.pdf").pages)
    assert "Client " in text and "Noora" not in text and "Laaksonen" not in text
    assert "What happens next?" in text


def _logged(repository: Repository, client_id: str) -> list[tuple[str, str | None]]:
    return [(entry.action, entry.target) for entry in repository.access_log(client_id)
            if entry.action in ("print", "export")]


def test_printing_and_exporting_are_logged_but_previewing_is_not(
        qtbot: Any, examples: Repository, tmp_path: Path) -> None:
    dialog = print_pathway(None, examples, "e2", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.pages), timeout=60000)
    assert dialog.preview is not None
    dialog.preview.updatePreview()  # the preview paints: no print yet
    assert _logged(examples, "e2") == []
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paintRequested.emit(printer)  # what the preview's print button does
    assert (tmp_path / "printed.pdf").exists()
    assert _logged(examples, "e2") == [("print", "pathway p1")]

    export = export_pathway(None, examples, "e2", None)
    with qtbot.waitSignal(export.saved, timeout=60000):
        export.export_to(tmp_path / "exported.pdf")
    assert _logged(examples, "e2") == [("print", "pathway p1"), ("export", "pathway p1")]


def test_the_client_copy_is_printed_on_upright_paper(
        qtbot: Any, examples: Repository, tmp_path: Path) -> None:
    dialog = print_pathway(None, examples, "e1", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.pages), timeout=60000)
    assert dialog._printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    count = len(dialog.pages)
    dialog.options_widget.client_copy.click()  # "Client copy"
    qtbot.waitUntil(lambda: dialog.pages and b'height="841' in dialog.pages[0], timeout=60000)
    assert dialog._printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert len(dialog.pages) == 1 <= count
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(dialog._printer.pageLayout())
    dialog.paintRequested.emit(printer)
    page = pypdf.PdfReader(tmp_path / "printed.pdf").pages[0]
    assert float(page.mediabox.height) > float(page.mediabox.width)  # A4 upright


def test_print_to_file_writes_the_export_s_vector_pdf_privately_and_says_where(
    qtbot: Any, examples: Repository, tmp_path: Path
) -> None:
    """File → Print → "Print to file" is the same document as Export: text stays text (the
    step names can be found in it), fonts are embedded, the file is the user's only (0600),
    and the window says where it went. Qt's own drawing (curves, no text) never reaches it."""
    import shutil
    import subprocess

    dialog = print_pathway(None, examples, "e2", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.pages) and bool(dialog.pdf), timeout=60000)
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    dialog._paint(printer)  # what the print dialog's OK does
    assert dialog.saved_file == target
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(target) in dialog.status.text()
    reader = pypdf.PdfReader(target)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Jussi Peltonen" in text
    client = examples.load_client("e2")
    assert client is not None
    for step in client.default_pathway().steps:  # type: ignore[union-attr]
        if step.title:
            assert step.title in " ".join(text.split())
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True,
                               check=True).stdout
        rows = [line for line in fonts.splitlines()[2:] if line.strip()]
        assert rows and all("DejaVuSans" in row and " yes " in row for row in rows)
