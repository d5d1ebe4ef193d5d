"""Starting the window: the QApplication, translations, the database, ``--screenshot``.

``run_window(args)`` is what ``python main.py`` (no sub-command) calls. The order is chosen
so that the window paints quickly:

1. the QApplication, translations and the main window, built from Qt alone;
2. the window is shown; at its first paint a worker thread imports the storage layer (and so
   SQLAlchemy and networkx; Alembic only for a migration), opens or migrates the database and
   reads the client list;
3. back on the GUI thread, the window gets the repository and the list and imports the editor.

A second start on the same database hands over to the first window (``ui.single_instance``);
a database that cannot be opened because it is damaged, foreign or newer gets the offer of its
newest sound backup (``ui.backups``).

Threads: the opening job (``ui.jobs``) does only step 2 and touches no widget; its results
reach the GUI thread through a queued signal. The repository is safe to share (one session per
call).
The database is owned here: it is closed when the window's event loop ends.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Slot,
)
from PySide6.QtWidgets import QApplication

from ui.jobs import Job, run_job
from ui.settings import APPLICATION, LANGUAGES, ORGANISATION, Settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SCREENSHOT_SIZE = (1366, 768)
#: Set to 1 to print when the window first painted, when the client list was shown and (with
#: ``--client``) when that client's pathway was painted (seconds since the epoch), then quit: how
#: ``benchmarks/bench_window.py`` and ``bench_budgets.py`` measure start-up.
PROBE_VARIABLE = "POLKU_STARTUP_PROBE"

_translators: list[QTranslator] = []


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


# --- The application object ---------------------------------------------------------------------


def use_offscreen_without_display(screenshot: bool) -> None:
    """With --screenshot and no display, draw off screen (unless a platform was chosen)."""
    if not screenshot or os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of the process (created on first call)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationDisplayName(APPLICATION)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def install_translations(app: QCoreApplication, lang: str) -> list[str]:
    """Load Polku's and Qt's own translations for *lang* when present; returns those loaded.

    Polku's are ``resources/translations/polku_<lang>.qm`` (English is the source language, so
    ``polku_en.qm`` holds only plural forms: "%n page(s)" → "1 page"); Qt's are
    ``qtbase_<lang>.qm`` from Qt's translations folder (standard buttons, dialogs).
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}.get(lang, "fi_FI")))
    loaded: list[str] = []
    candidates: list[tuple[str, str]] = []
    resources_dir = Path(__file__).resolve().parent.parent / "resources" / "translations"
    candidates.append((f"polku_{lang}", str(resources_dir)))
    candidates.append(
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
    return loaded


# --- Errors nobody caught -----------------------------------------------------------------------

_in_hook = False


def install_exception_hook(debug: bool, *, dialogs: bool = True) -> None:
    """Show an unexpected error as a short message, never as a traceback or personal data.

    The message names only the kind of error. With ``--debug`` the traceback goes to standard
    error. Exceptions raised in slots and Qt overrides reach this hook too (PySide calls it).
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        global _in_hook
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.exit(1)
            return
        if debug:
            traceback.print_exception(kind, error, trace)
        else:
            from pathways.i18n import _

            print(_("polku: unexpected error ({kind}); run with --debug for details").format(
                kind=kind.__name__), file=sys.stderr)
        if not dialogs or _in_hook or QApplication.instance() is None:
            return
        _in_hook = True
        try:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                QApplication.activeWindow(),
                tr("Polku"),
                tr(
                    "Something went wrong (%1), and the last action may not have been "
                    "completed. What was saved before it is kept.\n\nIf this happens again, "
                    "tell your support person what you were doing."
                ).replace("%1", kind.__name__),
            )
        finally:
            _in_hook = False

    sys.excepthook = hook


# --- Opening the database on a worker -----------------------------------------------------------


class OpeningFailed(Exception):
    """Opening the database failed with *error*; *recovery* is the backup to offer for a
    damaged, foreign or newer file (found on the worker), or None."""

    def __init__(self, error: BaseException, recovery: Any) -> None:
        super().__init__(error)
        self.error = error
        self.recovery = recovery


def open_and_list(
    target: str | None, worker_name: str, password: str | None = None
) -> tuple[Any, Any, Any, dict[str, int]]:
    """Imports the storage layer, opens the database and reads the client list; returns the
    database, its repository, the client summaries and every client's stored version (read
    first: the list follows others' changes from there), or raises :class:`OpeningFailed`.
    *password*: what the user typed when a database server asked for one.

    Runs on the worker; never touch widgets here."""
    try:
        from storage.database import open_database
        from storage.repository import Repository
        from ui.trust import window_actor

        database = open_database(
            target, password=(lambda _where: password) if password else None
        )
        repository = Repository(database, actor=window_actor(worker_name))
        versions = repository.client_versions()
        return database, repository, repository.list_clients(), versions
    except Exception as error:
        from ui.backups import recovery_offer

        raise OpeningFailed(error, recovery_offer(target, error)) from error


class _FirstPaint(QObject):
    """Calls *callback* once, right after the watched window's first paint."""

    def __init__(
        self, window: QObject, callback: Any, probe: bool = False, *, mark: str = ""
    ) -> None:
        super().__init__(window)
        self._callback = callback
        self._mark = mark or ("first_paint" if probe else "")
        self._printed = False
        self._done = False
        window.installEventFilter(self)
        # A window that is never painted (minimised at start) still gets its data.
        QTimer.singleShot(1500, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._done:
            if self._mark and not self._printed:
                self._printed = True
                print(f"{self._mark} {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self._fire)
        return False

    @Slot()
    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        watched = self.parent()
        if watched is not None:
            watched.removeEventFilter(self)
        self._callback()


class WindowSession(QObject):
    """One run of the window: opens the database after the first paint, hands it to the
    window, takes the screenshot when asked, and closes the database at the end."""

    def __init__(self, app: QApplication, args: Any, settings: Settings, lang: str) -> None:
        super().__init__(app)
        self.app = app
        self.args = args
        self.settings = settings
        self.lang = lang
        self.screenshot: Path | None = getattr(args, "screenshot", None)
        self.probe = os.environ.get(PROBE_VARIABLE) == "1"
        self.database: Any = None
        self.exit_status = 0
        self.window = self._new_window()
        self._opening: Job | None = None

    def _new_window(self) -> MainWindow:
        from ui.main_window import MainWindow

        window = MainWindow(
            self.settings, lang=self.lang, debug=bool(getattr(self.args, "debug", False))
        )
        window.language_chosen.connect(self._language_chosen)
        return window

    def start(self) -> None:
        window = self.window
        if self.screenshot is not None:
            size = getattr(self.args, "size", None)
            window.resize(*(size if size and not self._meeting_mode() else SCREENSHOT_SIZE))
        elif not window.restore_geometry():
            screen = self.app.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            if available is not None:
                window.resize(min(1366, available.width()), min(768, available.height()))
            else:
                window.resize(*SCREENSHOT_SIZE)
        _FirstPaint(window, self._first_painted, self.probe)
        window.show()

    @Slot()
    def _first_painted(self) -> None:
        # Start-up made thousands of long-lived objects (Qt types and enums): keep them out of
        # the collector's way from now on. It stays off while the opening job imports the
        # storage layer and reads the clients (hundreds of collections, a tenth of a second,
        # over objects that all stay): :meth:`_started` lets it run again.
        gc.freeze()
        self._open_database()

    @staticmethod
    def _started() -> None:
        """Start-up is over (the database opened, or failed to): what it made stays out of
        the cyclic collector's way, which runs again from now on."""
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def _open_database(self) -> None:
        if self._opening is not None:
            self._opening.cancel()
            self._opening.wait()
        target, worker_name = getattr(self.args, "db", None), self.settings.worker_name()
        password = getattr(self, "_password", None)
        self._opening = run_job(
            lambda: open_and_list(target, worker_name, password),
            self._opened,
            self._failed,
            context=self,
        )

    def _opened(self, opened: tuple[Any, Any, Any, dict[str, int]]) -> None:
        database, repository, summaries, versions = opened
        self.database = database
        from ui.main_window import describe_location

        location = describe_location(database.url, database.path)
        self.window.set_repository(
            repository, location=location, summaries=summaries, versions=versions
        )
        self._started()
        if self.probe:
            client_id = getattr(self.args, "client", None)
            if not client_id:
                # Let the list paint before saying it is shown. (With --client it is painted
                # with the client's pathway, in one pass: painting it alone first would add
                # work of the probe's own to the time it measures.)
                self.window.client_list.view.viewport().repaint()
            print(f"clients_shown {time.time():.6f}", flush=True)
            if client_id and self.window.open_client(client_id) and self.window.editor is not None:
                # --client: also the moment the client's pathway is painted on the canvas.
                viewport = self.window.editor.view.viewport()
                _FirstPaint(viewport, lambda: self.finish(0), mark="pathway_painted")
                return
            self.finish(0)
            return
        if self.screenshot is not None:
            QTimer.singleShot(0, self._take_screenshot)

    def _failed(self, error: BaseException) -> None:
        self._started()
        from pathways.errors import PolkuError

        offer = None
        if isinstance(error, OpeningFailed):
            offer = error.recovery
            error = error.error

        if self._ask_password(error):
            return
        debug = bool(getattr(self.args, "debug", False))
        if debug:
            traceback.print_exception(error)
        if isinstance(error, PolkuError):
            lines = error.lines
        else:
            lines = [f"polku: the database could not be opened ({type(error).__name__})"]
        for line in lines:
            print(line, file=sys.stderr)
        if self.screenshot is None and not self.probe and offer is not None and offer.backup:
            # Damaged, not Polku's or newer, and a sound backup exists: offer to restore it.
            from ui.backups import StartupRecovery

            recovery = StartupRecovery(self.window, offer, self.settings.worker_name())
            recovery.finished.connect(
                lambda restored: self._open_database() if restored else self.finish(1)
            )
            recovery.start()
            return
        if self.screenshot is None and not self.probe:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                self.window,
                tr("Polku"),
                tr("The database could not be opened.")
                + "\n\n"
                + "\n".join(line.removeprefix("polku: ") for line in lines),
            )
        self.finish(error.exit_status if isinstance(error, PolkuError) else 1)

    def _ask_password(self, error: BaseException) -> bool:
        """A database server asked for a password that ~/.pgpass did not give: ask the user
        (masked), and open again with it. Whether it asked (False: cancelled, or no window)."""
        from storage.database import PasswordNeeded

        if not isinstance(error, PasswordNeeded) or self.screenshot is not None or self.probe:
            return False
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        asked_before = getattr(self, "_password", None) is not None
        label = tr("Password for %1:").replace("%1", error.where)
        if asked_before:
            label = tr("The password was not accepted.") + "\n\n" + label
        text, ok = QInputDialog.getText(
            self.window, tr("Polku"), label, QLineEdit.EchoMode.Password
        )
        if not ok or not text:
            return False
        self._password = text
        self._open_database()
        return True

    def _take_screenshot(self) -> None:
        assert self.screenshot is not None
        window = self.window
        client_id = getattr(self.args, "client", None)
        if client_id:
            if not window.open_client(client_id):
                from pathways.i18n import _

                print(_("polku: no client with id {id}").format(id=client_id), file=sys.stderr)
                self.finish(2)
                return
            view = getattr(self.args, "view", None) or "stages"
            if window.editor is not None and hasattr(window.editor, "set_view"):
                window.editor.set_view(view)
            if self._meeting_mode() and window.editor is not None:
                # --meeting-mode: the presentation itself, at --size (default 1366×768).
                size = getattr(self.args, "size", None) or SCREENSHOT_SIZE
                self.presentation = window.editor.open_meeting_mode(fullscreen=False)
                if self.presentation is None:
                    from pathways.i18n import _

                    print(_("polku: client {client} has no pathway").format(client=client_id),
                          file=sys.stderr)
                    self.finish(2)
                    return
                self.presentation.resize(*size)
        # Everything the window loaded is shown once the events it queued have run; the editor
        # may fit its view on a timer, so give queued timers a moment too.
        for _round in range(3):
            self.app.processEvents()
        QTimer.singleShot(300, self._save_screenshot)

    def _save_screenshot(self) -> None:
        assert self.screenshot is not None
        self.app.processEvents()
        presentation = getattr(self, "presentation", None)
        image = presentation.grab() if presentation is not None else self.window.grab()
        path = self.screenshot
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # A screenshot shows a client's data: private (0600) and whole, like a print.
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from pathways import files
        from pathways.errors import PolkuError

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        saved = image.save(buffer, "PNG")
        buffer.close()
        if not saved:
            print(f"polku: could not write {path}", file=sys.stderr)
            self.finish(1)
            return
        try:
            files.write_bytes(path, bytes(data.data()))
        except PolkuError as error:
            print(str(error), file=sys.stderr)
            self.finish(error.exit_status)
            return
        self.finish(0)

    def _meeting_mode(self) -> bool:
        return bool(getattr(self.args, "meeting_mode", False))

    def finish(self, status: int) -> None:
        presentation = getattr(self, "presentation", None)
        if presentation is not None:
            presentation.close()
            self.presentation = None
        self.exit_status = status
        self.window.hide()
        QTimer.singleShot(0, lambda: self.app.exit(status))

    @Slot(str)
    def _language_chosen(self, lang: str) -> None:
        """Show the window in the new language at once: a new window over the same database,
        with the same client open."""
        old = self.window
        repository = old.repository
        if repository is None or lang not in LANGUAGES:
            return
        from pathways import i18n

        i18n.set_language(lang)
        install_translations(self.app, lang)
        self.lang = lang
        self.window = self._new_window()
        self.window.setGeometry(old.geometry())
        self.window.set_repository(repository, location=old.data_location)
        self.window.client_list.search_edit.setText(old.client_list.search_text())
        client_id = old.current_client_id()
        banner = old.banner_text()
        if banner:
            self.window.show_banner(banner)
        self.window.show()
        if client_id:
            self.window.open_client(client_id)
        old.settings.save_window(old.saveGeometry(), old.splitter.saveState())
        old.hide()
        old.deleteLater()

    def dispose(self) -> None:
        """Destroy the window (and with it the editor and the documents) while Python is still
        whole, then close the database; widgets left for interpreter shutdown may run Python
        code after the modules it needs are gone."""
        if self._opening is not None:
            self._opening.wait()
        window = self.window
        if window.editor is not None:
            window.editor.set_document(None)
        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        from ui.jobs import wait_for_file_jobs

        wait_for_file_jobs()  # the backup taken as the window closed, a restore under way
        if self.database is not None:
            self.database.close()
            self.database = None


#: Top-level packages imported after PySide6 that use no Qt: the layering contracts keep Qt out
#: of ``pathways`` and ``storage`` (``tests/test_layers.py``); the rest are libraries of theirs.
PACKAGES_WITHOUT_QT = frozenset(
    {"pathways", "storage", "sqlalchemy", "networkx", "alembic", "mako", "numpy", "fontTools"}
)


def skip_qt_source_scan_of_packages_without_qt() -> None:
    """Spare the modules of :data:`PACKAGES_WITHOUT_QT` PySide6's source scan.

    Once PySide6 is imported, its import hook (for ``from __feature__ import snake_case``) reads
    the whole source of every module imported afterwards to see whether it mentions PySide6
    (``shibokensupport.feature._mod_uses_pyside``); the storage layer's import after the first
    paint took twice as long for it (0.66 s instead of 0.35 s). Polku selects no feature, and
    the modules named here never mention Qt, so their answer is known without reading them.
    Neither does Python's standard library (about 140 of its modules — asyncio, email, ssl… —
    come in with SQLAlchemy after the first paint). Every other module is scanned as before;
    with a PySide6 that no longer has the hook this does nothing.
    """
    try:
        from shibokensupport import feature
    except ImportError:
        return
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "polku_wrapped", False):
        return

    standard_library = os.path.dirname(os.__file__) + os.sep
    installed = (f"{os.sep}site-packages{os.sep}", f"{os.sep}dist-packages{os.sep}")

    def uses_pyside(module: Any) -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and name.partition(".")[0] in PACKAGES_WITHOUT_QT:
            return False
        path = getattr(module, "__file__", None)
        if (
            isinstance(path, str)
            and path.startswith(standard_library)
            and not any(folder in path for folder in installed)
        ):
            return False
        return bool(scan(module))

    # A mark on the function object, so that a second call wraps nothing twice.
    uses_pyside.polku_wrapped = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


def run_window(args: Any) -> int:
    """Open Polku's window (``python main.py``); returns the exit status.

    0 when the window was closed (or the screenshot saved), 1 when the database or the
    environment failed, 2 for an unknown ``--client`` with ``--screenshot``.
    """
    # No cyclic garbage collection until the database is open and its clients are shown
    # (WindowSession._started): start-up creates hundreds of thousands of objects that all stay
    # alive (Qt's types, SQLAlchemy, the client list), and each collection over them is wasted.
    gc.disable()
    skip_qt_source_scan_of_packages_without_qt()
    screenshot = getattr(args, "screenshot", None) is not None
    use_offscreen_without_display(screenshot)
    app = application()
    settings = Settings()
    lang = getattr(args, "lang", None) or settings.language()
    from pathways import i18n

    i18n.set_language(lang)
    install_translations(app, lang)
    probe = os.environ.get(PROBE_VARIABLE) == "1"
    install_exception_hook(bool(getattr(args, "debug", False)), dialogs=not (screenshot or probe))
    guard = None
    if not (screenshot or probe):
        # One window per database: a second start brings the first to the front.
        from ui.single_instance import SingleInstance, bring_to_front

        guard = SingleInstance.for_database(getattr(args, "db", None), app)
        if not guard.claim():
            print(tr("Polku is already open on this database; it was brought to the front."))
            return 0
    session = WindowSession(app, args, settings, lang)
    if guard is not None:
        guard.raise_requested.connect(lambda: bring_to_front(session.window))
    session.start()
    status = app.exec()
    session.dispose()
    return session.exit_status if session.exit_status else status
