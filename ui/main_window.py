"""The main window: the client list, the pathway editor, the client's details, menus and status.

Ownership: the window owns its widgets, the undo group and the open client documents (one
:class:`ui.document.ClientDocument` per client opened in this session, each with its undo
stack in the group). It holds the repository but does not own the database: ``ui.app`` opens
and closes that. Everything here runs on the GUI thread; repository calls made here are short
units of work (one client, one list query).

The window is built without the domain or storage layers (no networkx, no SQLAlchemy) so that
it paints quickly; :meth:`MainWindow.set_repository` is called once the database is open, and
only then are the editor and the domain imported.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.client_list import ClientListPanel
from ui.jobs import run_job
from ui.settings import LANGUAGE_NAMES, LANGUAGES, Settings, SettingsDialog
from ui.widgets import DETAIL_SECTIONS as SECTIONS
from ui.widgets import Banner

if TYPE_CHECKING:
    from pathways.model import Client, ClientSummary
    from storage.repository import Repository
    from ui.client_details import ClientDetailsPanel, ClientHeader
    from ui.document import ClientDocument
    from ui.editor import PathwayEditor
    from ui.forms.base import FormDialog
    from ui.jobs import Job

#: How many clients' documents (and undo histories) stay open at once.
OPEN_DOCUMENTS = 8

#: The editor's actions, by menu, in menu order (None = a separator).
VIEW_ACTIONS = (
    "view_stages",
    "view_timeline",
    None,
    "zoom_in",
    "zoom_out",
    "zoom_fit",
    "empty_lanes",
    None,
    "inspector",
    "checks",
)
PATHWAY_ACTIONS = (
    "new_pathway",
    "copy_pathway",
    "rename_pathway",
    "activate_pathway",
    "close_pathway",
    None,
    "keep_agreed",
    "meeting_mode",
    None,
    "add_step",
    "connect",
    "delete",
    None,
    "tidy",
)


def describe_location(url: str, path: object = None) -> str:
    """Where the data is, for people: the file path, or the URL without its password."""
    if path is not None:
        return str(path)
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class MainWindow(QMainWindow):
    """Polku's window. Create it, show it, then hand it the repository with set_repository()."""

    client_opened = Signal(str)  # a client was opened (its id), or "" when none is open
    clients_shown = Signal()  # the client list shows the database's clients
    language_chosen = Signal(str)  # the user chose another interface language in the settings

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        lang: str = "fi",
        debug: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.lang = lang
        self.debug = debug
        self.repository: Repository | None = None
        self.editor: PathwayEditor | None = None
        self.data_location = ""
        self._client: Client | None = None
        self._documents: OrderedDict[str, ClientDocument] = OrderedDict()
        self._opening: Job | None = None  # a client being loaded on a worker (choose_client)
        # One client load at a time: each logs the view in a write transaction, and two at
        # once made the newer wait on the older's lock (under load, past the busy timeout).
        self._loading = threading.Lock()
        self.open_dialog: QWidget | None = None  # the form now shown (tests reach it here)
        self.caseload_dialog: Any = None  # the caseload report (ui.caseload), once opened
        self.automatic_backups: Any = None  # the hourly backup (ui.backups), once open
        self.watcher: Any = None  # follows other workers' changes (ui.watch), once open
        self._sized = False
        self.setWindowTitle(self.tr("Polku"))
        self.setAccessibleName(self.tr("Polku"))
        self.undo_group = QUndoGroup(self)

        # Centre: banner above a splitter of list | pathway | details
        self.banner = Banner(self)
        self.client_list = ClientListPanel(self)
        self.client_list.client_chosen.connect(self.choose_client)
        self.client_list.reloaded.connect(self._clients_reloaded)
        self.client_list.new_client_requested.connect(self.new_client)
        self.centre = QStackedWidget(self)
        self.centre.setAccessibleName(self.tr("Pathway"))
        self.no_client_page = QLabel(self)
        self.no_client_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_client_page.setWordWrap(True)
        self.no_client_page.setMargin(24)
        self.no_client_page.setText(
            self.tr("Choose a client from the list,\nor create a new client (Ctrl+N).")
        )
        self.no_client_page.setAccessibleName(self.tr("No client open"))
        font = self.no_client_page.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.no_client_page.setFont(font)
        self.centre.addWidget(self.no_client_page)
        # The client header and the details panel are made when first needed (a client is
        # opened, the panel is shown): at start-up, on a 1366-pixel screen, neither is seen.
        self._client_header: ClientHeader | None = None
        self._details: ClientDetailsPanel | None = None
        self._pathway_column = QVBoxLayout()
        pathway_side = QWidget(self)
        pathway_side.setLayout(self._pathway_column)
        self._pathway_column.setContentsMargins(0, 0, 0, 0)
        self._pathway_column.setSpacing(0)
        self._pathway_column.addWidget(self.centre, 1)
        self._details_slot = QWidget(self)  # stands in for the details panel until it is made
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(self.tr("Panels"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.client_list)
        self.splitter.addWidget(pathway_side)
        self.splitter.addWidget(self._details_slot)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.client_list.setMinimumWidth(220)
        self._details_slot.setMinimumWidth(260)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(body)

        # Status bar: messages at the left, where the data is at the right
        self.location_label = QLabel(self)
        self.location_label.setAccessibleName(self.tr("Data location"))
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.location_label)
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.statusBar().showMessage(self.tr("Opening the database…"))

        self._build_actions()
        self._build_menus()
        #: Whether the details panel is shown; until the user chooses, it depends on the width.
        self._details_choice = self.settings.details_visible()
        self._details_slot.setVisible(bool(self._details_choice))
        self.details_action.setChecked(bool(self._details_choice))
        self._update_actions()
        self.client_opened.connect(lambda _client_id: self._arrange_for_width())

    # --- Parts made when first needed ------------------------------------------------------------

    @property
    def details(self) -> ClientDetailsPanel:
        """The details panel (made on first use)."""
        if self._details is None:
            from ui.client_details import ClientDetailsPanel

            panel = ClientDetailsPanel(self)
            panel.edit_requested.connect(self.edit_section)
            panel.setMinimumWidth(260)
            panel.set_client(self._client)
            panel.set_editable(self._client is not None and self.repository is not None)
            sizes = self.splitter.sizes()
            visible = self._details_slot.isVisibleTo(self)
            self.splitter.replaceWidget(2, panel)
            panel.setVisible(visible)
            self.splitter.setSizes(sizes)
            self._details_slot.deleteLater()
            self._details = panel
        return self._details

    def _details_widget(self) -> QWidget:
        """What stands in the details column now: the panel, or its stand-in."""
        return self._details if self._details is not None else self._details_slot

    @property
    def client_header(self) -> ClientHeader:
        """The bar above the pathway naming the open client (made on first use)."""
        if self._client_header is None:
            from ui.client_details import ClientHeader

            header = ClientHeader(self)
            header.details_button.setDefaultAction(self.details_action)
            header.details_button.setAccessibleName(self.tr("Show or hide client details"))
            header.set_client(self._client)
            header.setVisible(self._client is not None)
            self._pathway_column.insertWidget(0, header)
            self._client_header = header
        return self._client_header

    # --- Actions and menus ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: Any = None,
        *,
        tip: str | None = None,
        extra: tuple[Any, ...] = (),
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None or extra:
            keys = [QKeySequence(shortcut)] if shortcut is not None else []
            action.setShortcuts(keys + [QKeySequence(key) for key in extra])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.new_client_action = self._action(
            self.tr("&New client…"),
            self.new_client,
            QKeySequence.StandardKey.New,
            tip=self.tr("Create a new client"),
        )
        self.delete_client_action = self._action(
            self.tr("&Delete client…"),
            self.delete_client,
            "Ctrl+Shift+Del",
            tip=self.tr("Delete the open client and everything about them"),
        )
        self.erase_client_action = self._action(
            self.tr("E&rase client permanently…"),
            self.erase_client,
            tip=self.tr(
                "The right to erasure: remove every trace of the open client from the database"
            ),
        )
        self.access_log_action = self._action(
            self.tr("&Access log…"),
            self.show_access_log,
            tip=self.tr("Who has viewed, changed, printed or handed out the open client's data"),
        )
        self.backups_action = self._action(
            self.tr("&Backups…"),
            self.show_backups,
            tip=self.tr("The database's backups: back up now, or restore one"),
        )
        self.print_action = self._action(
            self.tr("&Print…"),
            self.print_pathway,
            QKeySequence.StandardKey.Print,
            tip=self.tr("Print the pathway"),
        )
        self.export_action = self._action(
            self.tr("&Export as PDF/PNG/SVG…"),
            self.export_pathway,
            "Ctrl+Shift+E",
            tip=self.tr("Save the pathway as a PDF, PNG or SVG file"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        # Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's standard says.
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        for binding in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if binding not in redo_keys:
                redo_keys.append(binding)
        self.redo_action.setShortcuts(redo_keys)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = self._action(
            self.tr("&Find client"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            tip=self.tr("Search the client list"),
        )
        self.section_actions: dict[str, QAction] = {}
        section_texts = {
            "basic": (self.tr("&Basic details…"), "Ctrl+Shift+B"),
            "goal": (self.tr("&Goal…"), "Ctrl+Shift+G"),
            "needs": (self.tr("&Needs…"), "Ctrl+Shift+N"),
            "consents": (self.tr("&Consents…"), "Ctrl+Shift+K"),
            "team": (self.tr("&Team…"), "Ctrl+Shift+T"),
            "participation": (self.tr("&Participation (ESF+)…"), None),
            "meetings": (self.tr("&Meetings…"), "Ctrl+Shift+M"),
        }
        for key in SECTIONS:
            text, shortcut = section_texts[key]
            self.section_actions[key] = self._action(
                text, lambda _checked=False, key=key: self.edit_section(key), shortcut
            )

        self.details_action = self._action(
            self.tr("Client &details"),
            self.set_details_visible,
            "F9",
            tip=self.tr("Show or hide the client's details"),
        )
        self.details_action.setCheckable(True)
        self.refresh_action = self._action(
            self.tr("&Refresh client list"),
            self.refresh_clients,
            QKeySequence.StandardKey.Refresh,
            tip=self.tr("Read the clients again, with changes made on other workstations"),
        )
        self.caseload_action = self._action(
            self.tr("&Caseload report…"),
            self.show_caseload,
            "Ctrl+Shift+R",
            tip=self.tr("The ESF+ figures, the stages and the moves between them, for a period"),
        )
        self.next_pane_action = self._action(self.tr("Next &pane"), self.focus_next_pane, "F6")
        self.previous_pane_action = self._action(
            self.tr("Previous pa&ne"), self.focus_previous_pane, "Shift+F6"
        )

        self.settings_action = self._action(
            self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setChecked(code == self.settings.language())
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.first_steps_action = self._action(
            self.tr("&First steps"),
            self.show_first_steps,
            QKeySequence.StandardKey.HelpContents,
            tip=self.tr("How to find a client, add services, connect and print (F1)"),
        )
        if not self.first_steps_action.shortcuts():  # a platform without a help key
            self.first_steps_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            tip=self.tr("Every key of the window"),
        )
        self.about_action = self._action(self.tr("&About Polku"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_client_action)
        file_menu.addAction(self.delete_client_action)
        file_menu.addAction(self.erase_client_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.access_log_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        details_menu = edit_menu.addMenu(self.tr("Client &details"))
        for key in SECTIONS:
            details_menu.addAction(self.section_actions[key])

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.pathway_menu = bar.addMenu(self.tr("&Pathway"))
        self._fill_editor_menus({})

        reports_menu = bar.addMenu(self.tr("&Reports"))
        reports_menu.addAction(self.caseload_action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code in LANGUAGES:
            language_menu.addAction(self.language_actions[code])
        settings_menu.addAction(self.settings_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.first_steps_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.menus: dict[str, QMenu] = {
            "file": file_menu,
            "edit": edit_menu,
            "view": self.view_menu,
            "pathway": self.pathway_menu,
            "reports": reports_menu,
            "settings": settings_menu,
            "help": help_menu,
        }

    def _fill_editor_menus(self, actions: dict[str, QAction]) -> None:
        """Put the editor's actions into View and Pathway (placeholders while there is none)."""
        self.view_menu.clear()
        self.pathway_menu.clear()
        for menu, keys in ((self.view_menu, VIEW_ACTIONS), (self.pathway_menu, PATHWAY_ACTIONS)):
            placed = False
            for key in keys:
                if key is None:
                    if placed:
                        menu.addSeparator()
                    continue
                action = actions.get(key)
                if action is not None:
                    # Only in the menu: the editor scopes its shortcuts to itself (Delete, Insert
                    # and F2 must not act while the user types in the client list).
                    menu.addAction(action)
                    placed = True
            if not placed:
                missing = menu.addAction(self.tr("(the pathway editor is not available)"))
                missing.setEnabled(False)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.details_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.next_pane_action)
        self.view_menu.addAction(self.previous_pane_action)

    def _update_actions(self) -> None:
        has_client = self._client is not None
        has_repository = self.repository is not None
        # A read-only database: everything can be read, nothing changed (nor printed, which
        # needs its access-log entry written first).
        writable = has_repository and not self.is_read_only()
        self.new_client_action.setEnabled(writable)
        self.client_list.new_button.setEnabled(writable)
        self.find_action.setEnabled(has_repository)
        self.refresh_action.setEnabled(has_repository)
        self.caseload_action.setEnabled(has_repository)
        self.backups_action.setEnabled(has_repository)
        self.access_log_action.setEnabled(has_client)
        for action in (
            self.delete_client_action,
            self.erase_client_action,
            self.print_action,
            self.export_action,
            *self.section_actions.values(),
        ):
            action.setEnabled(has_client and writable)
        if self._details is not None:
            self._details.set_editable(has_client and writable)

    # --- The database --------------------------------------------------------------------------

    def set_repository(
        self,
        repository: Repository,
        *,
        location: str = "",
        summaries: list[ClientSummary] | None = None,
        versions: dict[str, int] | None = None,
    ) -> None:
        """Use *repository* (a ``storage.repository.Repository``) and show its clients.

        *location* is shown in the status bar (where the data is); *summaries* is the client
        list when the caller has already read it (on its worker, at start), and *versions*
        every client's stored version read just before it (see ``ClientListPanel``).
        """
        self.repository = repository
        # Every view and change from this window is logged under the worker of the Settings.
        from ui.trust import use_worker_name

        use_worker_name(repository, self.settings.worker_name())
        self.set_data_location(location)
        self.client_list.set_repository(repository, self.lang, summaries, versions)
        self._watch(repository)
        self._load_editor()
        self._update_actions()
        self.statusBar().clearMessage()
        database = getattr(repository, "database", None)
        if self.is_read_only():
            self.show_banner(
                self.tr(
                    "The database is read-only: you can look at the data, but nothing can be "
                    "changed, printed or exported, and what you open is not recorded in the "
                    "access log. Ask your support person for write access."
                )
            )
        elif database is not None and self.automatic_backups is None:
            from ui.backups import install_automatic_backups

            self.automatic_backups = install_automatic_backups(self, database)
        self.clients_shown.emit()

    def _watch(self, repository: Any) -> None:
        """Follow other workers' changes of this database (ui.watch): the open clients and
        the client list show them within about two seconds."""
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        database = getattr(repository, "database", None)
        if database is None:
            return
        from pathways.errors import PolkuError
        from ui.watch import DatabaseWatcher

        try:
            self.watcher = DatabaseWatcher(database, self)
        except (PolkuError, OSError) as error:  # the window works on; it just will not follow
            self.statusBar().showMessage(str(error).replace("polku: ", ""), 15000)
            return
        self.watcher.changed.connect(self.others_changed)

    @Slot(list)
    def others_changed(self, client_ids: list[str]) -> None:
        """Someone changed the data (*client_ids*, or [] when not known which): show it.

        A background refresh never interrupts the user: whatever goes wrong is logged and
        tried again at the next change."""
        import logging

        try:
            for client_id, document in list(self._documents.items()):
                if not client_ids or "*" in client_ids or client_id in client_ids:
                    document.refresh()
            self.client_list.follow_changes()
        except Exception:
            logging.getLogger(__name__).exception("following others' changes failed")

    def is_read_only(self) -> bool:
        """Whether the database could only be opened for reading."""
        database = getattr(self.repository, "database", None)
        return bool(getattr(database, "readonly", False))

    def set_data_location(self, location: str) -> None:
        """Show where the data is (a file path or a database URL) in the status bar."""
        self.data_location = location
        if not location:
            self.location_label.clear()
            return
        shown = location if len(location) <= 60 else "…" + location[-59:]
        self.location_label.setText(self.tr("Data: %1").replace("%1", shown))
        self.location_label.setToolTip(
            self.tr("Polku keeps its data in %1").replace("%1", location)
        )

    def _load_editor(self) -> None:
        """Import the pathway editor (and with it the domain) now that the window is painted."""
        if self.editor is not None:
            return
        from ui.editor import PathwayEditor

        assert self.repository is not None  # set_repository calls this
        self.editor = PathwayEditor(self.repository)
        if not self.editor.accessibleName():
            self.editor.setAccessibleName(self.tr("Pathway editor"))
        self.centre.addWidget(self.editor)
        self._fill_editor_menus(dict(self.editor.actions_for_menus()))
        # Choosing the six-month follow-up finding in the Checks tab opens its form.
        self.editor.findings_panel.follow_up_requested.connect(
            lambda: self.edit_section("follow_up")
        )

    # --- Opening clients -----------------------------------------------------------------------

    def current_client(self) -> Client | None:
        return self._client

    def current_client_id(self) -> str | None:
        return self._client.id if self._client is not None else None

    def current_document(self) -> ClientDocument | None:
        return self._documents.get(self._client.id) if self._client is not None else None

    @Slot(str)
    def choose_client(self, client_id: str) -> None:
        """The user chose *client_id* in the list: open it. A client not open yet is loaded on
        a worker (the view's access-log entry may wait up to 5 s for the database) while the
        window shows that it is busy; a newer choice replaces one still loading, and is loaded
        once that one's load has ended (one load at a time)."""
        if self._opening is not None:
            self._opening.cancel()
            self._done_opening()
        if self.repository is None:
            return
        if client_id in self._documents or self.current_client_id() == client_id:
            self.open_client(client_id)
            return
        repository = self.repository

        def loaded(client: Client | None) -> None:
            self._done_opening()
            self._show_loaded(client_id, client)

        def failed(error: BaseException) -> None:
            self._done_opening()
            self._open_failed(error)

        loading = self._loading
        this: list[Job] = []  # the job, once started (read on the worker)

        def load() -> Client | None:
            # The worker only loads (and logs the view); never touch widgets there. A newer
            # choice waits for the load under way; a load overtaken before it began is skipped
            # (its client is not shown, so no view of it is logged).
            with loading:
                if this and this[0].cancelled:
                    return None
                return repository.load_client(client_id)

        self.setCursor(Qt.CursorShape.BusyCursor)
        self.statusBar().showMessage(self.tr("Opening the client…"))
        self._opening = run_job(load, loaded, failed, context=self)
        this.append(self._opening)

    def opening_client(self) -> bool:
        """Whether a chosen client is still being loaded."""
        return self._opening is not None

    def _done_opening(self) -> None:
        self._opening = None
        self.unsetCursor()
        self.statusBar().clearMessage()

    @Slot(str)
    def open_client(self, client_id: str) -> bool:
        """Open *client_id* now (loading it on this thread if it is not open yet): its pathway
        in the editor, its details in the panel. False when there is no such client."""
        if self.repository is None:
            return False
        if self._client is not None and self._client.id == client_id:
            return True
        document = self._documents.get(client_id)
        if document is None:
            from pathways.errors import PolkuError

            try:
                client = self.repository.load_client(client_id)  # logs the view: it may wait
            except PolkuError as error:  # busy (another program writing), damaged, disk full
                self._open_failed(error)
                return False
            return self._show_loaded(client_id, client)
        self._documents.move_to_end(client_id)
        self._show_document(document)
        return True

    def _open_failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.trust import message_of

        QMessageBox.warning(self, self.tr("Open client"), message_of(error))

    def _show_loaded(self, client_id: str, client: Client | None) -> bool:
        if client is None:
            self.statusBar().showMessage(
                self.tr("That client is no longer in the database."), 5000
            )
            self.client_list.remove_client(client_id)
            return False
        self._show_document(self._documents.get(client_id) or self._document_for(client))
        return True

    def _show_document(self, document: ClientDocument) -> None:
        client = self._client = document.client
        client_id = client.id
        self.undo_group.setActiveStack(document.undo_stack)
        self.details.set_client(client)
        self.client_header.set_client(client)
        self.client_header.show()
        if self.editor is not None:
            self.editor.set_document(document)
            self.centre.setCurrentWidget(self.editor)
        self.client_list.select_client(client_id)
        self.setWindowTitle(self.tr("%1 – Polku").replace("%1", client.name))
        self._update_actions()
        self.client_opened.emit(client_id)

    def _document_for(self, client: Client) -> ClientDocument:
        from ui.document import ClientDocument

        assert self.repository is not None
        # The window owns its documents: they go with it, after the editor (created earlier).
        document = ClientDocument(self.repository, client, self)
        self._documents[client.id] = document
        self.undo_group.addStack(document.undo_stack)
        document.details_changed.connect(
            lambda client_id=client.id: self._details_changed(client_id)
        )
        document.pathway_changed.connect(lambda _pathway_id: self._pathways_changed())
        document.pathways_changed.connect(self._pathways_changed)
        document.edit_failed.connect(self._edit_failed)
        document.notice.connect(self._edit_failed)  # the status bar repeats it for a while
        document.client_removed.connect(
            lambda _message, client_id=client.id: self._client_removed(client_id)
        )
        while len(self._documents) > OPEN_DOCUMENTS:
            old_id = next(iter(self._documents))
            if self._client is not None and old_id == self._client.id:
                self._documents.move_to_end(old_id)
                continue
            self._drop_document(old_id)
        return document

    def _drop_document(self, client_id: str) -> None:
        document = self._documents.pop(client_id, None)
        if document is not None:
            self.undo_group.removeStack(document.undo_stack)
            document.deleteLater()

    def close_client(self) -> None:
        self._client = None
        self.undo_group.setActiveStack(None)  # type: ignore[arg-type]  # None: no stack (Qt)
        if self.editor is not None:
            self.editor.set_document(None)
        self.centre.setCurrentWidget(self.no_client_page)
        if self._details is not None:
            self._details.set_client(None)
        if self._client_header is not None:
            self._client_header.set_client(None)
            self._client_header.hide()
        self.client_list.select_client(None)
        self.setWindowTitle(self.tr("Polku"))
        self._update_actions()
        self.client_opened.emit("")

    def _details_changed(self, client_id: str) -> None:
        """A document's details changed (an edit, an undo or a redo): show them again."""
        document = self._documents.get(client_id)
        if document is None or self._client is None or self._client.id != client_id:
            return
        self._client = document.client
        self.details.set_client(self._client)
        self.client_header.set_client(self._client)
        self.setWindowTitle(self.tr("%1 – Polku").replace("%1", self._client.name))
        self.client_list.update_client(client_id, select=True)
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def _client_removed(self, client_id: str) -> None:
        """Another worker removed (or erased) the client: it leaves the list and the window
        (after the command that found out has finished: the undo stack goes with it)."""
        from PySide6.QtCore import QTimer

        self.client_list.remove_client(client_id)
        QTimer.singleShot(0, lambda: self.forget_client(client_id))

    @Slot(str)
    def _edit_failed(self, message: str) -> None:
        self.statusBar().showMessage(message.replace("polku: ", ""), 15000)

    def forget_client(self, client_id: str) -> None:
        """Close *client_id* if it is open and drop its document and undo history."""
        if self.current_client_id() == client_id:
            self.close_client()
        self._drop_document(client_id)

    def reload_data(self) -> None:
        """The data changed under the window (a backup was restored): close every document
        (their undo histories are of the data before) and read the client list again."""
        self.close_client()
        for client_id in list(self._documents):
            self._drop_document(client_id)
        if self.caseload_dialog is not None:
            self.caseload_dialog.close()
            self.caseload_dialog.deleteLater()
            self.caseload_dialog = None
        self.client_list.refresh()

    def _pathways_changed(self) -> None:
        # The stage shown in the list may have changed.
        client_id = self.current_client_id()
        if client_id is not None:
            self.client_list.update_client(client_id, select=True)

    # --- Editing -------------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog) -> None:
        """Show a dialog window-modally; ``open_dialog`` points at it while it is shown, and it
        is deleted when it closes."""
        self.open_dialog = dialog

        def finished(_result: int) -> None:
            if self.open_dialog is dialog:
                self.open_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    @Slot()
    def new_client(self) -> None:
        if self.repository is None:
            return
        from ui.forms.client import ClientDialog

        dialog = ClientDialog(
            None,
            self,
            id_taken=self.repository.client_exists,  # shows nothing, so logs no view
            next_number=self._next_client_number,
        )
        dialog.saver = self._create_client
        dialog.accepted.connect(lambda: self._client_created(dialog.value))
        self._show_dialog(dialog)

    def _next_client_number(self) -> str:
        """A short readable number for a new client: the year and the next of that year."""
        from datetime import date

        from pathways.client_numbers import next_client_number

        assert self.repository is not None  # New client is enabled with a database only
        return next_client_number(self.repository.client_ids(), date.today().year)

    def _create_client(self, client: Client) -> tuple[str | None, str] | None:
        from pathways.errors import PolkuError

        assert self.repository is not None
        try:
            self.repository.create_client(client)
        except PolkuError as error:
            return self._save_problem(error, client.personal_id is not None)
        return None

    def _client_created(self, client: Client) -> None:
        self.client_list.search_edit.clear()
        self.client_list.update_client(client.id, select=True)
        self.open_client(client.id)
        self.statusBar().showMessage(self.tr("Client %1 created.").replace("%1", client.name), 5000)

    @staticmethod
    def _save_problem(error: Exception | str, personal_id_changed: bool) -> tuple[str | None, str]:
        """Where to show a refusal from the repository, and the message (without ``polku:``).

        Once a form has checked its fields, the repository refuses a new or edited client for
        one reason of the user's making: another client has the personal identity code just
        written. Any other refusal (the database failed) goes above the buttons.
        """
        from pathways.errors import InputError
        from ui.forms.base import sentence

        if isinstance(error, str):
            text, input_error = error, True
        else:
            text = " ".join(getattr(error, "lines", [str(error)]))
            input_error = isinstance(error, InputError)
        message = sentence(text.replace("polku: ", ""))
        if input_error and personal_id_changed:
            return "personal_id", message
        return None, message

    @Slot(str)
    def edit_section(self, key: str) -> None:
        """Open the form of a details section (``SECTIONS``) for the open client."""
        client = self._client
        if client is None or self.repository is None:
            return
        from ui import forms

        labels = {
            "basic": self.tr("edit basic details"),
            "goal": self.tr("edit goal"),
            "needs": self.tr("edit needs"),
            "consents": self.tr("edit consents"),
            "team": self.tr("edit team"),
            "participation": self.tr("edit participation"),
            "follow_up": self.tr("record the six-month follow-up"),
            "meetings": self.tr("edit meetings"),
        }
        dialog: FormDialog
        if key == "basic":
            dialog = forms.ClientDialog(client, self)
        else:
            dialog_class = {
                "goal": forms.GoalDialog,
                "needs": forms.NeedsDialog,
                "consents": forms.ConsentsDialog,
                "team": forms.TeamDialog,
                "participation": forms.ParticipationDialog,
                "follow_up": forms.FollowUpDialog,
                "meetings": forms.MeetingsDialog,
            }[key]
            dialog = dialog_class(client, self)
        from ui.document import details_of

        # What the form started from: a change another worker makes meanwhile is kept.
        base = details_of(client)
        dialog.saver = lambda value: self._keep_agreed_after(
            dialog, self.save_details(value, labels[key], base)
        )
        self._show_dialog(dialog)

    def _keep_agreed_after(self, dialog: Any, problem: Any) -> Any:
        """After the meetings are saved, keep the pathway on show as agreed at each meeting
        whose record asked for it (ui.forms.meetings)."""
        if problem is None and self.editor is not None:
            for meeting_id, day in getattr(dialog, "agree_at", {}).items():
                self.editor.keep_as_agreed(on=day, meeting_id=meeting_id)
        return problem

    def save_details(
        self, client: Client, label: str, base: Client | None = None
    ) -> tuple[str | None, str] | None:
        """Save the edited details of the open client at once, undoably, through its document;
        returns None, or where and what to show when the repository refused."""
        document = self._documents[client.id]
        stored = self._client.personal_id if self._client is not None else None
        personal_id_changed = client.personal_id is not None and client.personal_id != stored
        # The document saves inside the undo command and reports a refusal by a signal
        # (emitted synchronously, on this thread), leaving the client as it was.
        failures: list[str] = []
        document.edit_failed.connect(failures.append)
        try:
            document.edit_details(client, label, base)
        finally:
            document.edit_failed.disconnect(failures.append)
        if failures:
            return self._save_problem(failures[0], personal_id_changed)
        return None  # details_changed has shown the new details

    @Slot()
    def delete_client(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # only when needed: start-up speed

        client = self._client
        if client is None or self.repository is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete client"),
            self.tr(
                "Delete %1 and everything about them: details, pathways, meetings?\n\n"
                "This cannot be undone."
            ).replace("%1", client.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from pathways.errors import PolkuError

        try:
            self.repository.delete_client(client.id)
        except PolkuError as error:
            QMessageBox.warning(self, self.tr("Delete client"), "\n".join(error.lines))
            return
        self._drop_document(client.id)
        self.close_client()
        self.client_list.remove_client(client.id)
        self.statusBar().showMessage(self.tr("Client %1 deleted.").replace("%1", client.name), 5000)

    @Slot()
    def erase_client(self) -> None:
        """The right to erasure (``ui.erasure``): asks twice, then erases on a worker."""
        if self._client is None or self.repository is None or self.is_read_only():
            return
        from ui.erasure import ClientErasure

        erasure = ClientErasure(self, self._client)
        erasure.finished.connect(lambda _done: erasure.deleteLater())
        erasure.start()

    @Slot()
    def show_access_log(self) -> None:
        """The open client's access log (``ui.access_log``), with the access request's export."""
        if self._client is None or self.repository is None:
            return
        from ui.access_log import AccessLogDialog

        dialog = AccessLogDialog(self.repository, self._client, self)
        self._show_dialog(dialog)

    @Slot()
    def show_backups(self) -> None:
        """File → Backups… (``ui.backups``): list, back up now, restore."""
        if self.repository is None:
            return
        from ui.backups import BackupsDialog

        dialog = BackupsDialog(self.repository, self)
        dialog.restored.connect(lambda _restored: self.reload_data())
        self._show_dialog(dialog)

    # --- Printing ------------------------------------------------------------------------------

    def _current_pathway_id(self) -> str | None:
        if self.editor is not None:
            try:
                pathway_id = self.editor.current_pathway_id()
            except Exception:  # noqa: BLE001 - fall back to the client's default pathway
                pathway_id = None
            if pathway_id:
                return str(pathway_id)
        pathway = self._client.default_pathway() if self._client is not None else None
        return pathway.id if pathway is not None else None

    def _printing(self, title: str) -> Any:
        from PySide6.QtWidgets import QMessageBox  # only when needed: start-up speed

        client = self._client
        if client is None:
            return None
        from ui import printing

        if self._current_pathway_id() is None:
            QMessageBox.information(
                self, title, self.tr("%1 has no pathway yet.").replace("%1", client.name)
            )
            return None
        return printing

    @Slot()
    def print_pathway(self) -> None:
        printing = self._printing(self.tr("Print"))
        if printing is not None and self._client is not None:
            printing.print_pathway(
                self, self.repository, self._client.id, self._current_pathway_id(),
                **self._agreed_print(),
            )

    @Slot()
    def export_pathway(self) -> None:
        printing = self._printing(self.tr("Export"))
        if printing is not None and self._client is not None:
            dialog = printing.export_pathway(
                self, self.repository, self._client.id, self._current_pathway_id(),
                **self._agreed_print(),
            )
            if dialog is None:
                return
            # A name that says whose pathway it is, in the folder last saved to.
            pathway_id = self._current_pathway_id()
            titles = [p.title for p in self._client.pathways if p.id == pathway_id]
            dialog.file_stem = " ".join([self._client.name, *titles[:1]])
            saved = self.settings.store.value("export/folder")
            if isinstance(saved, str) and saved:
                from pathlib import Path

                dialog.folder = Path(saved)
            dialog.saved.connect(self._remember_export_folder)

    def _remember_export_folder(self, files: list[Any]) -> None:
        if files:
            from pathlib import Path

            self.settings.store.setValue("export/folder", str(Path(files[0]).parent))

    def _agreed_print(self) -> dict[str, Any]:
        """``agreed=`` for ui.printing when the editor shows an agreed version (to print it as
        agreed, or its changes); nothing otherwise, so the usual call stays as it was."""
        agreed = self.editor.agreed_print_options() if self.editor is not None else {}
        return {"agreed": agreed} if agreed else {}

    # --- View ----------------------------------------------------------------------------------

    @Slot()
    def refresh_clients(self) -> None:
        """Read every client again (F5): changes made on other workstations show up."""
        if self.repository is None:
            return
        self.statusBar().showMessage(self.tr("Reading the clients again…"))
        self.client_list.reload(select=self.current_client_id())  # on a worker
        panel = getattr(self.editor, "findings_panel", None)
        if panel is not None:  # the team's evidence is counted again too (on its worker)
            panel.refresh_evidence()

    def _clients_reloaded(self, problem: str) -> None:
        self.statusBar().showMessage(problem or self.client_list.count_label.text(), 5000)

    @Slot()
    def show_caseload(self) -> None:
        """The caseload report (Reports → Caseload report…), counted on a worker; not modal,
        so the window can be used while it counts. Opened again, it reads the clients anew."""
        if self.repository is None:
            return
        if self.caseload_dialog is None:
            from ui.caseload import CaseloadDialog  # matplotlib with it: only when first needed

            self.caseload_dialog = CaseloadDialog(self.repository, self)
            self.caseload_dialog.follow_up_requested.connect(self.record_follow_up)
            self.caseload_dialog.recount()
        else:
            self.caseload_dialog.recount(reread=True)
        self.caseload_dialog.show()
        self.caseload_dialog.raise_()
        self.caseload_dialog.activateWindow()

    @Slot(str)
    def record_follow_up(self, client_id: str) -> None:
        """Open *client_id* and its six-month follow-up form (from the caseload window's list
        of follow-ups due); once saved, the caseload report is counted again."""
        if not self.open_client(client_id):
            return
        self.edit_section("follow_up")
        dialog = self.open_dialog
        if self.caseload_dialog is not None and isinstance(dialog, QDialog):
            caseload = self.caseload_dialog
            dialog.accepted.connect(lambda: caseload.recount(reread=True))

    @Slot()
    def focus_search(self) -> None:
        if self.client_list.isHidden():  # given to Client details on a narrow window
            self.set_details_visible(False, remember=False)
        self.client_list.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.client_list.search_edit.selectAll()

    def _panes(self) -> list[QWidget]:
        shown = self.centre.currentWidget() or self.centre
        panes: list[QWidget] = [self.client_list.search_edit, shown]
        if self._details is not None and self._details.isVisible():
            panes.append(self._details)
        return panes

    def _move_focus(self, step: int) -> None:
        panes = self._panes()
        focus = QApplication.focusWidget()
        current = 0
        for index, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                current = index
        target = panes[(current + step) % len(panes)]
        if target is self.details:
            target = self.details.headers[SECTIONS[0]].button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_next_pane(self) -> None:
        self._move_focus(1)

    @Slot()
    def focus_previous_pane(self) -> None:
        self._move_focus(-1)

    @Slot(bool)
    def set_details_visible(self, visible: bool, *, remember: bool = True) -> None:
        """Show or hide the details panel; the pathway gives or takes the room."""
        was_visible = self._details_widget().isVisibleTo(self)
        self.details_action.setChecked(visible)
        if remember:
            self._details_choice = visible
            self.settings.set_details_visible(visible)
        if visible == was_visible:
            self._arrange_for_width()
            return
        sizes = self.splitter.sizes()
        (self.details if visible else self._details_widget()).setVisible(visible)
        if visible and self._sized:
            wanted = self._details_width(self.splitter.width())
            self.splitter.setSizes([sizes[0], max(300, sizes[1] - wanted), wanted])
        self._arrange_for_width()

    def _arrange_for_width(self) -> None:
        """On a window narrower than WIDE_ENOUGH_FOR_DETAILS (a 1366-pixel laptop), the client
        list gives its room to Client details while a client is open and the details are shown,
        so the map keeps its width; hiding the details, closing the client or Ctrl+F bring the
        list back."""
        squeeze = (
            self._client is not None
            and self.details_action.isChecked()
            and self.width() < self.WIDE_ENOUGH_FOR_DETAILS
        )
        if self.client_list.isHidden() == squeeze:
            return
        sizes = self.splitter.sizes()
        self.client_list.setVisible(not squeeze)
        if not self._sized:
            return
        if squeeze:
            self.splitter.setSizes([0, sizes[1] + sizes[0], sizes[2]])
        else:
            width = self._list_width(self.splitter.width())
            self.splitter.setSizes([width, max(300, sizes[1] - width), sizes[2]])

    def show_banner(self, text: str) -> None:
        """Show *text* in a strip across the top of the window (read-only mode, backups…)."""
        self.banner.show_text(text)

    def hide_banner(self) -> None:
        self.banner.show_text("")

    def banner_text(self) -> str:
        return self.banner.text()

    # --- Settings and help ---------------------------------------------------------------------

    @Slot()
    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)

        def accepted() -> None:
            self.settings.set_worker_name(dialog.worker_name())
            from ui.trust import use_worker_name

            use_worker_name(self.repository, self.settings.worker_name())
            self.choose_language(dialog.language())

        dialog.accepted.connect(accepted)
        self._show_dialog(dialog)

    def choose_language(self, lang: str) -> None:
        """Store *lang* as the interface language; the window shows it from the next start
        (or at once, when ``ui.app`` rebuilds the window on ``language_chosen``)."""
        previous = self.settings.language()
        self.settings.set_language(lang)
        self.language_actions[lang].setChecked(True)
        if lang != previous:
            self.statusBar().showMessage(
                self.tr("Language set to %1.").replace("%1", LANGUAGE_NAMES[lang]), 8000
            )
            self.language_chosen.emit(lang)

    def _help_names(self) -> dict[str, str]:
        """The names the window shows now, for the First steps page (ui.help)."""
        import re

        from PySide6.QtWidgets import QTabWidget

        from ui.help import keys_of, plain

        def path(menu: str, action: QAction) -> str:
            return f"{plain(self.menus[menu].title())} \u2192 {plain(action.text())}"

        names = {
            "search": self.client_list.search_edit.placeholderText(),
            "find": keys_of(self.find_action),
            "details": plain(self.details_action.text()),
            "details_key": keys_of(self.details_action),
            "undo": keys_of(self.undo_action),
            "redo": keys_of(self.redo_action),
            "print": path("file", self.print_action),
            "print_key": keys_of(self.print_action),
            "shortcuts": path("help", self.shortcuts_action),
            "services": self.tr("Services"),
            "details_tab": self.tr("Details"),
            "steps": self.tr("Steps"),
            "checks": self.tr("Checks"),
            "connect": f"{plain(self.menus['pathway'].title())} \u2192 "
            + self.tr("Connect to…").rstrip("…"),
            "connect_key": "Ctrl+L",
        }
        if self.editor is not None:
            connect = self.editor.actions_for_menus().get("connect")
            if connect is not None:
                names["connect"] = path("pathway", connect)
                names["connect_key"] = keys_of(connect)
            side = self.editor.findChild(QTabWidget)
            if side is not None and side.count() >= 4:
                tabs = [re.sub(r"\s*\(\d+\)$", "", side.tabText(i)) for i in range(4)]
                names.update(zip(("details_tab", "services", "steps", "checks"), tabs, strict=True))
        return names

    @Slot()
    def show_first_steps(self) -> None:
        """Help → First steps (F1): the README's first steps in the window's language."""
        from ui.help import FirstStepsDialog

        self._show_dialog(FirstStepsDialog(self._help_names(), self))

    @Slot()
    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: every command with a key, menu by menu."""
        from ui.help import ShortcutsDialog

        def walk(menu: QMenu) -> list[QAction]:
            found: list[QAction] = []
            for action in menu.actions():
                submenu = action.menu()
                found += walk(submenu) if isinstance(submenu, QMenu) else [action]
            return found

        menus = [(menu.title(), walk(menu)) for menu in self.menus.values()]
        self._show_dialog(ShortcutsDialog(menus, self))

    @Slot()
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # only when needed: start-up speed

        QMessageBox.about(
            self,
            self.tr("About Polku"),
            self.tr(
                "<h3>Polku</h3>"
                "<p>Service pathways for multiprofessional work-ability teams: the client's "
                "pathway from assessment, rehabilitation and work activity to open employment "
                "or training, on one shared map.</p>"
                "<p>The data stays in your organisation: %1</p>"
            ).replace("%1", self.data_location or self.tr("(not open)")),
        )

    # --- Qt overrides --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:
            self.apply_splitter_sizes()
            self._sized = True

    #: Below this window width the details panel starts hidden: the editor needs the room.
    WIDE_ENOUGH_FOR_DETAILS = 1600

    @staticmethod
    def _list_width(total: int) -> int:
        return max(240, min(340, int(total * 0.19)))

    @staticmethod
    def _details_width(total: int) -> int:
        return max(320, min(440, int(total * 0.23)))

    def apply_splitter_sizes(self, width: int | None = None) -> None:
        """Panel widths for the window's width: the list gets what names need, the details (when
        shown) what they need to read comfortably, and the pathway the rest. Until the user has
        chosen, the details panel is shown only on a window of 1600 pixels or wider."""
        total = width or self.width()
        if self._details_choice is None:
            self.set_details_visible(total >= self.WIDE_ENOUGH_FOR_DETAILS, remember=False)
        saved = self.settings.window_splitter()
        if width is None and saved is not None and self.splitter.restoreState(saved):
            shown = self.details_action.isChecked()
            self._details_widget().setVisible(shown)
            sizes = self.splitter.sizes()
            if not shown or sizes[2] >= self._details_widget().minimumWidth() + 40:
                return
            # Hidden when the state was saved: give it its width again, from the pathway.
        else:
            sizes = [0, 0, 0]
        list_width = sizes[0] or self._list_width(total)
        details_width = self._details_width(total) if self.details_action.isChecked() else 0
        self.splitter.setSizes(
            [list_width, max(300, total - list_width - details_width), details_width]
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.save_window(self.saveGeometry(), self.splitter.saveState())
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self.automatic_backups is not None:
            self.automatic_backups.at_close()  # on a worker; ui.app waits for it at the end
            self.automatic_backups = None
        if self.caseload_dialog is not None:
            self.caseload_dialog.close()
        if self.editor is not None:
            self.editor.set_document(None)
        super().closeEvent(event)

    def restore_geometry(self) -> bool:
        geometry = self.settings.window_geometry()
        return bool(geometry is not None and self.restoreGeometry(geometry))
