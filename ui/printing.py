"""Printing and exporting a pathway from the window: the options, the preview, the files.

:func:`print_pathway` opens Qt's print preview with the print's options above it (paper, view,
language, pseudonymised, client copy, meeting sheet); its print button goes through Qt's print
dialog. :func:`export_pathway` saves the same pages as PDF (vector), PNG or SVG.

Threads: loading the client and drawing the pages with matplotlib can take a second or more, so
it runs on a worker (:func:`render_print` on ``ui.jobs``) and the result comes back through a
signal, queued to the GUI thread. The worker never touches a widget; the widgets never wait for
the worker. The preview paints each page from its SVG with ``QSvgRenderer`` at the printer's
own resolution (vector all the way to the printer), its words as text in DejaVu Sans — the
font matplotlib measured them with, registered with Qt — so a printer gets text, not curves.
"""

from __future__ import annotations

import dataclasses
import io
import re
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMarginsF,
    QRectF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import Job, run_job

LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
FILE_FILTERS = {"pdf": "PDF (*.pdf)", "png": "PNG (*.png)", "svg": "SVG (*.svg)"}


def _current_language() -> str:
    from pathways.i18n import current_language

    return current_language()


# --- Options ---------------------------------------------------------------------------------


class PrintOptionsWidget(QWidget):
    """The choices of a print. Emits ``changed`` whenever one of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 landscape"), "A4")
        self.paper.addItem(self.tr("A3 landscape"), "A3")
        self.view = QComboBox()
        self.view.addItem(self.tr("Stages"), "stages")
        self.view.addItem(self.tr("Timeline"), "timeline")
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(_current_language())))
        self.pseudonymize = QCheckBox(self.tr("Pseudonymised (no name)"))
        self.pseudonymize.setToolTip(self.tr(
            "The client is shown as a code such as “Asiakas 7F3K”; no part of the name is "
            "printed."))
        self.client_copy = QCheckBox(self.tr("Client copy in plain language"))
        self.client_copy.setToolTip(self.tr(
            "Large type, fewer details and what happens next in short sentences."))
        self.meeting_sheet = QCheckBox(self.tr("Meeting sheet"))
        self.meeting_sheet.setToolTip(self.tr(
            "Adds a page of ongoing and planned steps, open findings and the latest decisions."))
        for combo in (self.paper, self.view, self.language):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.pseudonymize, self.client_copy, self.meeting_sheet):
            box.toggled.connect(self.changed)

        if compact:  # one row above the preview
            layout = QHBoxLayout(self)
            for label, widget in ((self.tr("Paper"), self.paper), (self.tr("View"), self.view),
                                  (self.tr("Language"), self.language)):
                caption = QLabel(label)
                caption.setBuddy(widget)
                layout.addWidget(caption)
                layout.addWidget(widget)
            for box in (self.pseudonymize, self.client_copy, self.meeting_sheet):
                layout.addWidget(box)
            layout.addStretch(1)
            layout.setContentsMargins(8, 4, 8, 4)
        else:
            form = QFormLayout(self)
            form.addRow(self.tr("Paper"), self.paper)
            form.addRow(self.tr("View"), self.view)
            form.addRow(self.tr("Language"), self.language)
            form.addRow("", self.pseudonymize)
            form.addRow("", self.client_copy)
            form.addRow("", self.meeting_sheet)

    def options(self, today: date | None = None) -> Any:
        """The chosen options as :class:`pathways.printing.PrintOptions`."""
        from pathways.printing import PrintOptions

        return PrintOptions(
            view=self.view.currentData(),
            paper=self.paper.currentData(),
            lang=self.language.currentData(),
            pseudonymize=self.pseudonymize.isChecked(),
            client_copy=self.client_copy.isChecked(),
            meeting_sheet=self.meeting_sheet.isChecked(),
            today=today,
        )


# --- The worker --------------------------------------------------------------------------------


def render_print(repository: Any, client_id: str, pathway_id: str | None, options: Any,
                 target: Path | None = None,
                 overtaken: threading.Event | None = None) -> dict[str, Any]:
    """Loads the client and draws the print. *target* None renders each page to SVG (for the
    preview and the printer) and the PDF for "Print to file"; a path writes the files there.
    Returns a dict: ``pages`` (SVG bytes) and ``pdf``, or ``files`` (paths written), ``title``,
    ``pathway`` and ``thread`` (the worker's thread id, for the record). A preview whose
    *overtaken* is set meanwhile stops between steps: then the dict says ``overtaken``.

    Runs on the worker; never touch widgets here."""
    from pathways.errors import InputError
    from pathways.i18n import translate
    from pathways.printing import (
        choose_pathway,
        compose,
        for_agreed,
        page_svgs,
        save_document,
        write_pdf,
    )

    client = repository.load_client(client_id)
    if client is None:
        raise InputError(translate("The client is no longer in the database.", options.lang))
    catalogue = repository.catalogue()
    pathway = choose_pathway(client, pathway_id)
    # An agreed version on show in the editor prints as agreed / with its changes.
    pathway, options = for_agreed(pathway, options)
    result: dict[str, Any] = {"thread": threading.get_ident(), "pathway": pathway.id}
    if target is not None:
        # Logged before anything is written: nothing leaves without its entry.
        record_access(repository, client.id, "export", pathway.id)
    document = compose(client, pathway, catalogue, options)
    result["title"] = document.title
    if target is None:
        if overtaken is not None and overtaken.is_set():
            return {**result, "overtaken": True}
        # Text as text: the printer gets words with their fonts, not curves.
        result["pages"] = [without_ligatures(page)
                           for page in page_svgs(document, text_as_text=True)]
        if overtaken is not None and overtaken.is_set():
            return {**result, "overtaken": True}
        # Ready for "Print to file": the very PDF that Export writes.
        buffer = io.BytesIO()
        write_pdf(document, buffer)
        result["pdf"] = buffer.getvalue()
    if target is not None:
        result["files"] = save_document(document, target)
    return result


def record_access(repository: Any, client_id: str, action: str, pathway_id: str) -> None:
    """Put a print or an export in the access log (``Repository.record``). Raises what the log
    raises: then nothing is handed out."""
    repository.record(client_id, action, f"pathway {pathway_id}")


def _error_text(error: BaseException) -> str:
    from pathways.errors import PolkuError

    if isinstance(error, PolkuError):
        return "\n".join(error.lines)
    return QCoreApplication.translate("PrintPreviewDialog", "Printing failed (%1).").replace(
        "%1", type(error).__name__)


# --- Printing --------------------------------------------------------------------------------


def _page_layout(paper: str, *, portrait: bool = False) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A3 if paper == "A3" else QPageSize.PageSizeId.A4)
    # The pages carry their own 12 mm margins: the printer gets the whole sheet. The client
    # copy is upright (pathways.client_copy), every other print lies on its side.
    orientation = (QPageLayout.Orientation.Portrait if portrait
                   else QPageLayout.Orientation.Landscape)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


_TEXT = re.compile(rb"(<text\b[^>]*>)([^<]*)(</text>)")
_LIGATURE = re.compile(rb"f(?=[fil])")
_ZWNJ = "\u200c".encode()


def without_ligatures(svg: bytes) -> bytes:
    """*svg* with a zero-width non-joiner after every "f" before f, i or l in its texts.

    Qt shapes the text it draws, and DejaVu Sans joins "fi" and "fl" into one glyph: a
    printer would get "Conﬁdential", which a search for "Confidential" or a screen reader
    does not find. matplotlib measured the letters apart, and so they are drawn; the
    non-joiner itself is no glyph and is not in the printed text."""
    def unjoined(match: re.Match[bytes]) -> bytes:
        return match[1] + _LIGATURE.sub(b"f" + _ZWNJ, match[2]) + match[3]

    return _TEXT.sub(unjoined, svg)


_FONTS_REGISTERED: list[int] = []


def register_print_fonts() -> None:
    """Make the pages' font — the DejaVu Sans files matplotlib measured the words with —
    known to Qt, so the pages' text (SVG ``<text>``) is drawn in it on any machine, whether
    or not the system has DejaVu installed. Once per application."""
    if _FONTS_REGISTERED:
        return
    from PySide6.QtGui import QFontDatabase

    from pathways.diagram_text import font_path

    _FONTS_REGISTERED.extend(QFontDatabase.addApplicationFont(font_path(bold))
                             for bold in (False, True))


def paint_pages(printer: QPrinter, pages: list[bytes]) -> None:
    """Draw the pages (SVG) on *printer*, each filling its sheet with its proportions kept.
    Their text stays text (``page_svgs(text_as_text=True)``): Qt hands it to the printer
    with the fonts embedded."""
    register_print_fonts()
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for index, svg in enumerate(pages):
            if index:
                printer.newPage()
            renderer = QSvgRenderer(QByteArray(svg))
            sheet = printer.pageLayout().fullRectPixels(printer.resolution())
            size = renderer.defaultSize()
            scale = min(sheet.width() / max(size.width(), 1),
                        sheet.height() / max(size.height(), 1))
            width, height = size.width() * scale, size.height() * scale
            renderer.render(painter, QRectF((sheet.width() - width) / 2,
                                            (sheet.height() - height) / 2, width, height))
    finally:
        painter.end()


class PrintPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview with the print's options above it; the pages are drawn on a worker
    and the preview follows every change of option."""

    pages_ready = Signal()
    render_failed = Signal(str)

    def __init__(self, parent: QWidget | None, repository: Any, client_id: str,
                 pathway_id: str | None, *, today: date | None = None,
                 agreed: dict[str, Any] | None = None) -> None:
        #: ``version`` / ``changes_since`` (agreed versions) for the print's options.
        self.agreed = dict(agreed or {})
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._printer, parent)
        self.setWindowTitle(self.tr("Print pathway"))
        self.repository = repository
        self.client_id = client_id
        self.pathway_id = pathway_id
        self.today = today
        self.pages: list[bytes] = []
        #: The same pages as one vector PDF (text as text, fonts embedded), for a print to file.
        self.pdf = b""
        #: Where the last print to a PDF file went.
        self.saved_file: Path | None = None
        self.title = ""
        self.printed_pathway_id = pathway_id or ""
        self.worker_thread: int | None = None
        self._job: Job | None = None
        #: Set when the options change while a render is under way: it stops at its next step,
        #: and the pages are drawn again when it has reported.
        self._overtaken = threading.Event()
        self.options_widget = PrintOptionsWidget(self, compact=True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Print status"))
        bar = QWidget(self)
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addWidget(self.options_widget)
        bar_layout.addWidget(self.status)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout | QHBoxLayout):
            layout.insertWidget(0, bar)
        else:  # a layout kind this Qt did not have: keep the options reachable anyway
            bar.setParent(self)
        self.preview = self.findChild(QPrintPreviewWidget)
        self.options_widget.changed.connect(self.render_pages)
        self.paintRequested.connect(self._paint)
        self.resize(1100, 760)
        self.render_pages()

    @Slot()
    def render_pages(self) -> None:
        """Draw the pages again with the chosen options (on the worker).

        One render at a time: while one is under way, a newer choice of options marks it
        overtaken (it stops at its next step), and the pages are drawn again, with the newest
        choice, when it has reported. Two at once loaded the same client together, each in a
        write transaction that logs the view: the second waited for the first's lock and,
        under load, gave up after the busy timeout (the print failed)."""
        if self._job is not None:
            self._overtaken.set()  # it stops at its next step
            return
        self._overtaken = threading.Event()
        overtaken = self._overtaken
        options = self.options_widget.options(self.today)
        self._printer.setPageLayout(_page_layout(options.paper, portrait=options.client_copy))
        self._printer.setFullPage(True)
        self._printer.setDocName(self.tr("Pathway"))
        self.status.setText(self.tr("Preparing the pages…"))
        repository, client_id, pathway_id = self.repository, self.client_id, self.pathway_id
        options = dataclasses.replace(options, **self.agreed)
        self._job = run_job(
            lambda: render_print(repository, client_id, pathway_id, options, overtaken=overtaken),
            self._rendered, self._failed, context=self)

    def _rendered(self, result: dict[str, Any]) -> None:
        self._job = None
        if self._overtaken.is_set():  # drawn for options the user has changed since
            self.render_pages()
            return
        self.pages = result["pages"]
        self.pdf = result.get("pdf", b"")
        self.title = result["title"]
        self.printed_pathway_id = result["pathway"]
        self.worker_thread = result["thread"]
        # The document's name shows in print queues: the pathway's title only, never a name.
        self._printer.setDocName(self.title)
        count = len(self.pages)
        self.status.setText(self.tr("%n page(s)", "", count))
        if self.preview is not None:
            self.preview.updatePreview()
        self.pages_ready.emit()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        if self._overtaken.is_set():  # the newer choice may well succeed: try it
            self.render_pages()
            return
        text = _error_text(error)
        self.status.setText(text)
        self.render_failed.emit(text)

    def _save_pdf(self, target: Path) -> None:
        """"Print to file": the same vector PDF as Export (text stays text, fonts embedded),
        written whole and private (0600) by pathways.files — not Qt's own PDF of the pages,
        which would be readable by every user of the machine."""
        from pathways import files
        from pathways.errors import PolkuError

        try:
            files.write_bytes(target, self.pdf)
        except PolkuError as error:
            QMessageBox.warning(self, self.tr("Print pathway"), _error_text(error))
            return
        self.saved_file = target
        text = self.tr("Saved %1").replace("%1", str(target))
        self.status.setText(text)
        _say_where(self, text)

    @Slot(QPrinter)
    def _paint(self, printer: QPrinter) -> None:
        # The preview draws into a picture; anything else is the real printer. That print is
        # logged first, and does not happen when the log cannot be written.
        preview = printer.paintEngine().type() == QPaintEngine.Type.Picture
        if self.pages and not preview:
            try:
                record_access(self.repository, self.client_id, "print",
                              self.printed_pathway_id)
            except Exception as error:  # noqa: BLE001 - shown to the user; nothing printed
                QMessageBox.warning(self, self.tr("Print pathway"), _error_text(error))
                return
        to_file = (printer.outputFileName()
                   if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else "")
        if self.pages and self.pdf and not preview and to_file:
            self._save_pdf(Path(to_file))
            return
        if self.pages:
            paint_pages(printer, self.pages)
            return
        painter = QPainter()  # until the pages are ready: an empty sheet saying so
        if painter.begin(printer):
            rect = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Preparing the pages…"))
            painter.end()


def _say_where(widget: QWidget, text: str) -> None:
    """Put *text* in the status bar of the window *widget* belongs to, if it has one."""
    window = widget.parent()
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 10000)


def print_pathway(parent: QWidget | None, repository: Any, client_id: str,
                  pathway_id: str | None, *, agreed: dict[str, Any] | None = None
                  ) -> PrintPreviewDialog:
    """Open the print preview of the pathway (window-modal; returns at once with the dialog);
    *agreed*: ``version`` and/or ``changes_since`` (AgreedVersion) to print as agreed."""
    dialog = PrintPreviewDialog(parent, repository, client_id, pathway_id, agreed=agreed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


# --- Exporting -------------------------------------------------------------------------------


def _suggested_name(title: str, fmt: str) -> str:
    """A file name from the pathway's title (which never holds a pseudonymised name)."""
    stem = re.sub(r"\s+", "-", re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip())
    return f"{stem or 'polku'}-{date.today().isoformat()}.{fmt}"


class ExportDialog(QDialog):
    """The print's options and a "Save as…" button; the files are written on the worker."""

    saved = Signal(list)  # the paths written
    export_failed = Signal(str)

    def __init__(self, parent: QWidget | None, repository: Any, client_id: str,
                 pathway_id: str | None, *, today: date | None = None,
                 agreed: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.agreed = dict(agreed or {})
        self.setWindowTitle(self.tr("Export pathway"))
        self.repository = repository
        self.client_id = client_id
        self.pathway_id = pathway_id
        self.today = today
        self.files: list[Path] = []
        self.worker_thread: int | None = None
        self._job: Job | None = None
        self.options_widget = PrintOptionsWidget(self)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF, all pages in one file (for printing)"), "pdf")
        self.format.addItem(self.tr("PNG images, one per page"), "png")
        self.format.addItem(self.tr("SVG drawings, one per page"), "svg")
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        layout.addWidget(self.options_widget)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    #: Set by the window: the name the file is offered with (the client's name and the
    #: pathway's title; never used when pseudonymised) and the folder it is offered in (the one
    #: last saved to, else Documents).
    file_stem: str = ""
    folder: Path | None = None

    def suggested_path(self) -> Path:
        """Where "Save as…" starts: a sensible folder and a name that says what the file is."""
        fmt = self.format.currentData()
        pseudonymised = self.options_widget.pseudonymize.isChecked()
        title = self.tr("Pathway") if pseudonymised or not self.file_stem else self.file_stem
        folder = self.folder
        if folder is None or not folder.is_dir():
            from PySide6.QtCore import QStandardPaths

            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / _suggested_name(title, fmt)

    @Slot()
    def choose_file(self) -> None:
        fmt = self.format.currentData()
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export pathway"), str(self.suggested_path()),
            ";;".join(FILE_FILTERS.values()), FILE_FILTERS[fmt])
        if not path:
            return
        target = Path(path)
        if target.suffix.lower().lstrip(".") not in FILE_FILTERS:
            target = target.with_name(target.name + f".{fmt}")
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Write the pages to *target* on the worker; the dialog stays responsive meanwhile."""
        if self._job is not None:
            self._job.cancel()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        repository, client_id, pathway_id = self.repository, self.client_id, self.pathway_id
        options = dataclasses.replace(self.options_widget.options(self.today), **self.agreed)
        self._job = run_job(
            lambda: render_print(repository, client_id, pathway_id, options, target),
            self._saved, self._failed, context=self)

    def _saved(self, result: dict[str, Any]) -> None:
        self._job = None
        self.files = list(result["files"])
        self.worker_thread = result["thread"]
        self.save_button.setEnabled(True)
        self.saved.emit(self.files)
        window = self.parent()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(
                self.tr("Saved %1").replace("%1", ", ".join(str(f) for f in self.files)), 8000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        text = _error_text(error)
        self.save_button.setEnabled(True)
        self.status.setText(text)
        self.export_failed.emit(text)
        QMessageBox.warning(self, self.tr("Export pathway"), text)


def export_pathway(parent: QWidget | None, repository: Any, client_id: str,
                   pathway_id: str | None, *, agreed: dict[str, Any] | None = None
                   ) -> ExportDialog:
    """Open the export dialog of the pathway (window-modal; returns at once with the dialog)."""
    dialog = ExportDialog(parent, repository, client_id, pathway_id, agreed=agreed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
