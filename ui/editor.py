"""The pathway editor: the canvas, the service palette, the list view, the inspector and the checks.

The editor shows one pathway of the open client (:class:`~ui.document.ClientDocument`) and
turns what the user does into edits (``pathways.edits``) applied through the document, which
saves each one at once and puts it on the undo stack. It never changes the client itself and
never creates graphics items: the scene mirrors the document (``ui.canvas``).

Keyboard: arrow keys move between steps in reading order, Enter or F2 opens the selection in
the inspector, Insert goes to the service search (Enter there adds the service as a planned
step), Ctrl+L connects the selected step to another, Delete removes the selection, Ctrl+arrow
nudges cards, Ctrl+plus/minus/0 zoom, Ctrl+1/Ctrl+2 switch between the stage view and the
timeline. The main window puts the same actions in its menus (:meth:`actions_for_menus`) and
wires Undo/Redo to ``document.undo_stack``; when the editor runs without it (tests, a bare
window) it offers Ctrl+Z / Ctrl+Shift+Z itself.

The side panel's Checks tab (``ui.findings``) shows the pathway checks of the pathway on show,
kept up to date as it is edited; the cards carry a badge for their findings.

Several pathways per client: new (blank, or a copy of the one shown, as a draft alternative),
rename, make active, close. A client has at most one active pathway, so making one active
turns the previously active one into a **draft** (an alternative the team may return to; it
was not finished, so not "closed"); the message bar says so.

GUI thread only. Nothing here takes long: each edit is one small transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QSignalBlocker, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pathways import labels
from pathways.catalogue import ServiceCatalogue
from pathways.changes import changes_between_title, changes_title, describe, with_gone_steps
from pathways.compare import compare
from pathways.edits import (
    AddStep,
    AddTransition,
    MoveSteps,
    PathwayEdit,
    Position,
    activate_pathway,
    close_pathway,
    new_pathway,
    pathway_title_problem,
    remove_selection,
    rename_pathway,
    tidy_up,
    transition_problems,
)
from pathways.i18n import current_language, format_date
from pathways.meeting_view import meeting_view
from pathways.model import AgreedVersion, Client, Pathway, Step, Transition
from ui.agreed import AgreedPanel, ChangeOverlay, KeepAsAgreedDialog
from ui.canvas import PathwayScene, PathwayView, card_text, step_display_name
from ui.document import ClientDocument, PathwayRepository
from ui.findings import FindingsPanel, severity_icon
from ui.inspector import ERROR_STYLE, Inspector
from ui.meeting_mode import MeetingModeWindow
from ui.palette import ServicePalette
from ui.pathway_list import PathwayList

VIEWS = ("stages", "timeline")


class MessageBar(QFrame):
    """A line above the canvas for what the user should know now: a refused or failed change,
    or the consequence of one (the old active pathway became a draft)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("\u2715")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close the message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self.setVisible(False)

    @property
    def text(self) -> str:
        return self._label.text()

    @property
    def is_error(self) -> bool:
        return bool(self.property("error"))

    ERROR_STYLE = (
        "MessageBar { background: #fbe3e3; border: 1px solid #a00000; border-radius: 3px; }"
        "QLabel { color: #6b0000; font-weight: bold; }"
    )
    INFO_STYLE = (
        "MessageBar { background: #e6eef8; border: 1px solid #1f4e9e; border-radius: 3px; }"
        "QLabel { color: #102a55; }"
    )

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.setProperty("error", error)
        self.setStyleSheet(self.ERROR_STYLE if error else self.INFO_STYLE)
        self._label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)


class ConnectDialog(QDialog):
    """ "Connect to…": choose the step the selected one leads to (or supports), from the
    keyboard. Validates with the exchange format's rules before it closes."""

    def __init__(
        self, editor: PathwayEditor, pathway: Pathway, from_step: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._pathway = pathway
        self._from = from_step
        catalogue = editor.catalogue
        name = step_display_name(pathway.step(from_step), catalogue)
        self.setWindowTitle(self.tr("Connect %1 to…").replace("%1", name))
        self._steps = QListWidget(self)
        self._steps.setAccessibleName(self.tr("Step to connect to"))
        self._steps.setWordWrap(True)
        client = editor.document.client if editor.document is not None else None
        # Steps already connected with this one (either way, the pathway graph's neighbours)
        # are not offered again.
        connected = {*pathway.graph.successors(from_step), *pathway.graph.predecessors(from_step)}
        led_to = {to_step for _from, to_step in pathway.next_graph().edges()}
        order = editor.scene.reading_order()
        after = order[order.index(from_step) + 1 :] if from_step in order else order
        rows: list[tuple[int, str]] = []
        for step_id in order:
            if step_id == from_step or step_id in connected:
                continue
            step = pathway.step(step_id)
            item = QListWidgetItem(card_text(step, catalogue, client).summary, self._steps)
            item.setData(Qt.ItemDataRole.UserRole, step_id)
            rows.append((self._steps.count() - 1, step_id))

        def rank(row: tuple[int, str]) -> tuple[int, int]:
            # Preselected: a later step still to come that nobody leads to yet, else a later
            # one still to come, else any later one; never an earlier step (Enter would draw
            # an arrow backwards) unless there is nothing later.
            index, step_id = row
            later = step_id in after
            to_come = pathway.step(step_id).status in ("planned", "ongoing")
            free = step_id not in led_to
            return (0 if later and to_come and free else 1 if later and to_come else
                    2 if later else 3, index)

        preferred = min(rows, key=rank)[0] if rows else None
        if preferred is not None:
            self._steps.setCurrentRow(preferred)
        self._kind = QComboBox(self)
        self._kind.setAccessibleName(self.tr("Kind of connection"))
        # Named as the side panel names them; what each means, on hover and for screen readers.
        for code, meaning in (
            ("next", self.tr("the client moves on to it")),
            ("support", self.tr("runs alongside and supports it")),
        ):
            self._kind.addItem(labels.transition_kind_name(code), code)
            self._kind.setItemData(self._kind.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
            self._kind.setItemData(
                self._kind.count() - 1, meaning, Qt.ItemDataRole.AccessibleDescriptionRole
            )
        self._referral = QCheckBox(self.tr("Formal referral (lähete)"), self)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setStyleSheet(ERROR_STYLE)
        self._message.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        heading = QLabel(self.tr("From: %1").replace("%1", name), self)
        heading.setWordWrap(True)
        steps_label = QLabel(self.tr("&To"), self)
        steps_label.setBuddy(self._steps)
        kind_label = QLabel(self.tr("&Kind"), self)
        kind_label.setBuddy(self._kind)
        form.addRow(heading)
        form.addRow(steps_label, self._steps)
        form.addRow(kind_label, self._kind)
        form.addRow("", self._referral)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._message)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._steps.itemActivated.connect(lambda _item: self.accept())

    @property
    def steps_list(self) -> QListWidget:
        return self._steps

    @property
    def has_candidates(self) -> bool:
        """Whether any step is left to connect to (not this one, not already connected)."""
        return self._steps.count() > 0

    @property
    def kind_box(self) -> QComboBox:
        return self._kind

    @property
    def referral_box(self) -> QCheckBox:
        return self._referral

    @property
    def message(self) -> str:
        return "" if self._message.isHidden() else self._message.text()

    def transition(self) -> Transition | None:
        item = self._steps.currentItem()
        if item is None:
            return None
        return Transition(
            self._from,
            item.data(Qt.ItemDataRole.UserRole),
            self._kind.currentData(),
            referral=self._referral.isChecked(),
        )

    def accept(self) -> None:
        transition = self.transition()
        if transition is None:
            self._message.setText(self.tr("There is no other step to connect to."))
            self._message.setVisible(True)
            return
        problems = transition_problems(self._pathway, transition)
        if problems:
            self._message.setText(" ".join(p.message for p in problems))
            self._message.setVisible(True)
            return
        super().accept()


class TitleDialog(QDialog):
    """Asks for a pathway's title (new, copy, rename); refuses an empty or too long one."""

    def __init__(
        self, window_title: str, prompt: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        self._edit = QLineEdit(title, self)
        self._edit.selectAll()
        self._edit.setAccessibleName(prompt)
        self._message = QLabel(self)
        self._message.setStyleSheet(ERROR_STYLE)
        self._message.setWordWrap(True)
        self._message.setVisible(False)
        label = QLabel(prompt, self)
        label.setBuddy(self._edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self._edit)
        layout.addWidget(self._message)
        layout.addWidget(buttons)
        self.resize(420, 140)

    @property
    def line_edit(self) -> QLineEdit:
        return self._edit

    def value(self) -> str:
        return self._edit.text().strip()

    def accept(self) -> None:
        problem = pathway_title_problem(self._edit.text())
        if problem:
            self._message.setText(problem)
            self._message.setVisible(True)
            return
        super().accept()


class PathwayEditor(QWidget):
    """The pathway canvas with its palette, list view and inspector, for one open client."""

    #: The selected steps changed (their ids, in the pathway's order).
    selection_changed = Signal(list)
    #: The pathway on show changed (its id, or "" when none).
    pathway_shown = Signal(str)

    def __init__(self, repository: PathwayRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self._document: ClientDocument | None = None
        self._pathway_id: str | None = None
        self._view = "stages"
        self._catalogue = ServiceCatalogue()
        self._dialog: QDialog | None = None
        self._map_menu: QMenu | None = None
        self._restoring_selection = False
        self.setAccessibleName(self.tr("Pathway editor"))

        self._scene = PathwayScene(self._catalogue, self)
        self._view_widget = PathwayView(self._scene, self)
        self._view_widget.setAccessibleName(self.tr("Pathway map"))
        self._view_widget.viewport().setAccessibleName(self.tr("Pathway map"))
        self._view_widget.setAccessibleDescription(
            self.tr(
                "Arrow keys move between the steps, Enter edits the selected one. The same "
                "pathway is in the Steps list."
            )
        )
        self._palette = ServicePalette(self._catalogue, self)
        self._list = PathwayList(self)
        self._inspector = Inspector(self)
        self._findings = FindingsPanel(self)
        self._messages = MessageBar(self)
        self._agreed = AgreedPanel(self)
        self._overlay = ChangeOverlay(self._scene)
        #: While an agreed version is on show: ("version" | "compare", its id); the canvas is
        #: then read-only.
        self._presenting: tuple[str, str] | None = None
        self._compared_from: str | None = None  # the earlier of two versions compared

        self._actions: dict[str, QAction] = {}
        self._build_actions()
        self._build_layout()
        self._connect_signals()
        self._update_actions()
        self._show_placeholder()

    # --- Construction --------------------------------------------------------------------------

    def _action(
        self,
        key: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        slot: Callable[[], object] | None = None,
        *,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"pathway_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self._actions[key] = action
        return action

    def _build_actions(self) -> None:
        a = self._action
        a(
            "tidy",
            self.tr("&Tidy up"),
            None,
            self.tidy_up,
            tip=self.tr("Put every card back where the automatic layout places it"),
        )
        zoom_in = a(
            "zoom_in",
            self.tr("Zoom &in"),
            QKeySequence.StandardKey.ZoomIn,
            self._view_widget.zoom_in,
        )
        zoom_in.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        a(
            "zoom_out",
            self.tr("Zoom &out"),
            QKeySequence.StandardKey.ZoomOut,
            self._view_widget.zoom_out,
        )
        a("zoom_fit", self.tr("&Fit to window"), "Ctrl+0", self._view_widget.zoom_to_fit)
        empty_lanes = a(
            "empty_lanes",
            self.tr("Show &empty lanes"),
            None,
            tip=self.tr("Show every sector's lane at full height (empty ones are thin)"),
        )
        empty_lanes.setCheckable(True)
        empty_lanes.toggled.connect(self._scene.set_show_empty_lanes)
        group = QActionGroup(self)
        group.setExclusive(True)
        for key, text, shortcut in (
            ("view_stages", self.tr("&Stages"), "Ctrl+1"),
            ("view_timeline", self.tr("Time&line"), "Ctrl+2"),
        ):
            action = a(key, text, shortcut)
            action.setCheckable(True)
            group.addAction(action)
        self._actions["view_stages"].setChecked(True)
        self._actions["view_stages"].triggered.connect(lambda: self.set_view("stages"))
        self._actions["view_timeline"].triggered.connect(lambda: self.set_view("timeline"))
        a(
            "add_step",
            self.tr("&Add step…"),
            "Insert",
            self.focus_palette,
            tip=self.tr("Choose a service to add as a planned step (Insert)"),
        )
        a(
            "connect",
            self.tr("&Connect to…"),
            "Ctrl+L",
            self.open_connect_dialog,
            tip=self.tr("Connect the selected step to another step (Ctrl+L)"),
        )
        delete = a(
            "delete",
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selection,
            tip=self.tr("Remove the selected steps or arrows"),
        )
        # Delete acts on the map and the list only: in a form field it deletes text.
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        inspector = a(
            "inspector",
            self.tr("&Edit selected"),
            "F2",
            self.open_inspector,
            tip=self.tr("Edit the selected step or arrow in the inspector (F2)"),
        )
        inspector.setShortcuts([QKeySequence("F2")])
        a(
            "checks",
            self.tr("C&hecks and suggestions"),
            "F8",
            self.show_checks,
            tip=self.tr("Show the pathway's findings and suggestions beside the map (F8)"),
        )
        a("new_pathway", self.tr("&New pathway…"), None, self.ask_new_pathway)
        a("copy_pathway", self.tr("&Copy as a draft…"), None, self.ask_copy_pathway)
        a("rename_pathway", self.tr("&Rename pathway…"), None, self.ask_rename_pathway)
        a("activate_pathway", self.tr("Make &active"), None, self.activate_current)
        a("close_pathway", self.tr("C&lose pathway"), None, self.close_current)
        # Esc leaves an agreed version on show, wherever the focus is in the editor.
        a("back_to_now", self.tr("Back to the pathway now"), "Esc", self.back_to_now)
        a(
            "meeting_mode",
            self.tr("&Meeting mode"),
            "F11",
            lambda: self.open_meeting_mode(),  # (triggered's "checked" is no *fullscreen*)
            tip=self.tr(
                "Show the pathway full screen for the meeting room, in plain language (F11)"
            ),
        )
        a(
            "keep_agreed",
            self.tr("&Keep as agreed…"),
            None,
            self.ask_keep_as_agreed,
            tip=self.tr("Keep the pathway as it is now as the plan agreed with the client"),
        )
        for key, action in self._actions.items():
            if key != "delete":
                self.addAction(action)
        self._view_widget.addAction(delete)
        self._list.addAction(delete)
        # Undo and redo for a bare editor; dropped when the window offers its own (showEvent).
        self._undo = QAction(self.tr("Undo"), self)
        self._undo.setShortcut(QKeySequence.StandardKey.Undo)
        self._undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._undo.triggered.connect(self.undo)
        self._redo = QAction(self.tr("Redo"), self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self._redo.setShortcuts(redo_keys)
        self._redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._redo.triggered.connect(self.redo)
        self.addAction(self._undo)
        self.addAction(self._redo)

    def _build_layout(self) -> None:
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setAccessibleName(self.tr("Pathway tools"))
        pathway_label = QLabel(self.tr("&Pathway:"), self)
        self._pathway_box = QComboBox(self)
        self._pathway_box.setAccessibleName(self.tr("Pathway"))
        # Room for a title of 18 characters (longer ones are cut with "…", whole in the list):
        # at 1366 px, in Finnish, the zoom and "fit to window" must not fall into the overflow.
        self._pathway_box.setMinimumContentsLength(18)
        self._pathway_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        pathway_label.setBuddy(self._pathway_box)
        toolbar.addWidget(pathway_label)
        toolbar.addWidget(self._pathway_box)
        menu_button = QToolButton(self)
        menu_button.setText(self.tr("Pathways"))
        menu_button.setAccessibleName(self.tr("Pathway commands"))
        menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(menu_button)
        for key in (
            "new_pathway",
            "copy_pathway",
            "rename_pathway",
            "activate_pathway",
            "close_pathway",
            "keep_agreed",
            "meeting_mode",
        ):
            menu.addAction(self._actions[key])
        menu_button.setMenu(menu)
        toolbar.addWidget(menu_button)
        toolbar.addSeparator()
        toolbar.addAction(self._actions["view_stages"])
        toolbar.addAction(self._actions["view_timeline"])
        toolbar.addSeparator()
        toolbar.addAction(self._actions["add_step"])
        toolbar.addAction(self._actions["connect"])
        toolbar.addAction(self._actions["tidy"])
        toolbar.addSeparator()
        # The zoom buttons show signs; the menus keep the words (a button's text follows its
        # action's icon text, which a change of the action would otherwise put back).
        self._actions["zoom_out"].setIconText("\u2212")
        self._actions["zoom_in"].setIconText("+")
        zoom_out = QToolButton(self)
        zoom_out.setDefaultAction(self._actions["zoom_out"])
        zoom_out.setText("\u2212")
        zoom_out.setAccessibleName(self.tr("Zoom out"))
        zoom_in = QToolButton(self)
        zoom_in.setDefaultAction(self._actions["zoom_in"])
        zoom_in.setText("+")
        zoom_in.setAccessibleName(self.tr("Zoom in"))
        self._zoom_label = QLabel("100 %", self)
        self._zoom_label.setMinimumWidth(44)
        self._zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._zoom_label.setAccessibleName(self.tr("Zoom"))
        toolbar.addWidget(zoom_out)
        toolbar.addWidget(self._zoom_label)
        toolbar.addWidget(zoom_in)
        toolbar.addAction(self._actions["zoom_fit"])
        self._toolbar = toolbar
        for widget in toolbar.findChildren(QToolButton):
            if not widget.accessibleName() and widget.defaultAction() is not None:
                widget.setAccessibleName(widget.defaultAction().text().replace("&", ""))

        # One panel beside the map, so that the map keeps the room on a 1366 px laptop: the
        # selection's details, the services to add, and the pathway as a list.
        self._side = QTabWidget(self)
        self._side.setAccessibleName(self.tr("Details, services, steps and checks"))
        self._side.addTab(self._inspector, self.tr("Details"))
        self._side.addTab(self._palette, self.tr("Services"))
        self._side.addTab(self._list, self.tr("Steps"))
        self._side.addTab(self._findings, self.tr("Checks"))
        self._side.addTab(self._agreed, self.tr("Versions"))
        self._side.tabBar().setAccessibleName(self.tr("Panels beside the map"))

        self._placeholder = QWidget(self)
        self._placeholder_label = QLabel(self._placeholder)
        self._placeholder_label.setWordWrap(True)
        self._placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder_button = QPushButton(self.tr("Create a pathway"), self._placeholder)
        self._placeholder_button.setAccessibleName(self.tr("Create a pathway"))
        self._placeholder_button.clicked.connect(self.ask_new_pathway)
        column = QVBoxLayout(self._placeholder)
        column.addStretch(1)
        column.addWidget(self._placeholder_label)
        column.addWidget(self._placeholder_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        self._centre = QStackedWidget(self)
        self._centre.addWidget(self._placeholder)
        self._centre.addWidget(self._view_widget)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self._centre)
        self._splitter.addWidget(self._side)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 0)
        self._splitter.setSizes([1000, self._side_width()])
        self._splitter.setChildrenCollapsible(True)
        self._splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(toolbar)
        layout.addWidget(self._messages)
        layout.addWidget(self._splitter, 1)

    def _connect_signals(self) -> None:
        self._scene.selectionChanged.connect(self._on_scene_selection)
        self._scene.steps_moved.connect(self._on_steps_moved)
        self._scene.connection_requested.connect(self.connect_steps)
        self._scene.service_dropped.connect(self._on_service_dropped)
        self._view_widget.step_requested.connect(self._on_step_requested)
        self._view_widget.nudge_requested.connect(self.nudge_selection)
        self._view_widget.edit_requested.connect(self.open_inspector)
        self._view_widget.item_pressed.connect(self._on_map_pressed)
        self._view_widget.resized.connect(self._on_view_resized)
        self._view_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._view_widget.customContextMenuRequested.connect(self._show_map_menu)
        self._view_widget.zoom_changed.connect(
            lambda zoom: self._zoom_label.setText(f"{round(zoom * 100)} %")
        )
        self._palette.service_chosen.connect(self.add_service)
        self._list.items_selected.connect(self._on_list_selection)
        self._list.itemActivated.connect(lambda *_: self.open_inspector())
        self._agreed.keep_requested.connect(self.ask_keep_as_agreed)
        self._agreed.open_requested.connect(self.show_version)
        self._agreed.compare_requested.connect(self.compare_with_now)
        self._agreed.back_requested.connect(self.back_to_now)
        self._agreed.compare_versions_requested.connect(self.compare_versions)
        self._inspector.remove_requested.connect(self.delete_selection)
        self._inspector.connect_requested.connect(self.open_connect_dialog)
        self._pathway_box.activated.connect(self._on_pathway_chosen)
        self._findings.findings_changed.connect(self._on_findings_changed)

    # --- The contract with the main window -----------------------------------------------------

    @property
    def document(self) -> ClientDocument | None:
        return self._document

    @property
    def catalogue(self) -> ServiceCatalogue:
        return self._catalogue

    @property
    def scene(self) -> PathwayScene:
        return self._scene

    @property
    def view(self) -> PathwayView:
        return self._view_widget

    @property
    def service_palette(self) -> ServicePalette:  # (QWidget.palette() is the colours)
        return self._palette

    @property
    def pathway_list(self) -> PathwayList:
        return self._list

    @property
    def inspector(self) -> Inspector:
        return self._inspector

    @property
    def findings_panel(self) -> FindingsPanel:
        return self._findings

    @property
    def message_bar(self) -> MessageBar:
        return self._messages

    @property
    def dialog(self) -> QDialog | None:
        """The dialog the editor has open (Connect to…, a pathway title), if any."""
        return self._dialog

    def actions_for_menus(self) -> dict[str, QAction]:
        return dict(self._actions)

    def set_document(self, document: ClientDocument | None) -> None:
        """Show *document*'s default pathway (the active one, else the last), or nothing."""
        if self._document is not None and shiboken6.isValid(self._document):
            for signal, slot in self._document_connections():
                signal.disconnect(slot)
            self._document.destroyed.disconnect(self._on_document_destroyed)
        self._document = document
        self._messages.hide()
        if document is not None:
            for signal, slot in self._document_connections():
                signal.connect(slot)
            document.destroyed.connect(self._on_document_destroyed)
            try:
                catalogue = self._repository.catalogue()
            except Exception:  # keep editing with the default catalogue; the window reports
                catalogue = ServiceCatalogue()
            if [s.code for s in catalogue] != [s.code for s in self._catalogue]:
                self._palette.set_catalogue(catalogue)
            self._catalogue = catalogue
            self._scene.set_catalogue(catalogue)
            default = document.client.default_pathway()
            self._show_pathway(default.id if default is not None else None)
        else:
            self._show_pathway(None)

    @Slot()
    def _on_document_destroyed(self) -> None:
        # The owner deleted the document without telling the editor: show nothing.
        self._document = None
        self._show_pathway(None)

    def _document_connections(self) -> list[tuple[SignalInstance, Callable[..., object]]]:
        assert self._document is not None
        return [
            (self._document.edit_applied, self._on_edit_applied),
            (self._document.pathways_changed, self._refresh_pathway_box),
            (self._document.details_changed, self._on_details_changed),
            (self._document.edit_failed, self._on_edit_failed),
            (self._document.notice, self._on_notice),
            # The checks follow every change of the pathway, the details and the pathways.
            (self._document.pathway_changed, self._findings.schedule_check),
            (self._document.details_changed, self._findings.schedule_check),
            (self._document.pathways_changed, self._findings.schedule_check),
            (self._document.undo_stack.canUndoChanged, self._update_actions),
            (self._document.undo_stack.canRedoChanged, self._update_actions),
            (self._document.versions_changed, self._on_versions_changed),
            # Another worker's version arrives with a reload of the client.
            (self._document.pathways_changed, self._refresh_versions),
        ]

    def set_view(self, view: str) -> None:
        """Show the stage view ("stages") or the timeline ("timeline")."""
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        self._actions["view_" + view].setChecked(True)
        if view == self._view:
            return
        selection = self._scene.selected_step_ids(), self._scene.selected_transition_keys()
        self._view = view
        self._scene.show_pathway(self._client(), self._scene.pathway or self._pathway(), view)
        self._overlay.refresh()
        self._view_widget.zoom_for_reading()
        self._show_where_the_client_is()
        self._scene.select(*selection)
        self._sync_list()
        self._update_actions()

    def current_view(self) -> str:
        return self._view

    def current_pathway_id(self) -> str | None:
        return self._pathway_id

    def select_pathway(self, pathway_id: str) -> None:
        if self._document is None or self._document.pathway(pathway_id) is None:
            raise KeyError(pathway_id)
        if pathway_id != self._pathway_id:
            self._show_pathway(pathway_id)

    # --- Showing -------------------------------------------------------------------------------

    def _client(self) -> Client | None:
        return self._document.client if self._document is not None else None

    def _pathway(self) -> Pathway | None:
        if self._document is None or self._pathway_id is None:
            return None
        return self._document.pathway(self._pathway_id)

    def _show_pathway(self, pathway_id: str | None) -> None:
        self._stop_presenting()
        self._pathway_id = pathway_id
        self._refresh_versions()
        pathway = self._pathway()
        self._scene.show_pathway(self._client(), pathway, self._view)
        self._inspector.set_document(self._document, pathway_id, self._catalogue)
        self._sync_list()
        self._refresh_pathway_box()
        if pathway is None:
            self._show_placeholder()
        else:
            if pathway.status == "closed":
                self._messages.show_message(
                    self.tr(
                        "This pathway is closed: it is kept for the record. Make it active "
                        "to work on it again."
                    )
                )
            self._centre.setCurrentWidget(self._view_widget)
            self._view_widget.zoom_for_reading()
            self._show_where_the_client_is()
        self._update_actions()
        self.pathway_shown.emit(pathway_id or "")
        self.selection_changed.emit([])

    def _show_where_the_client_is(self) -> None:
        """Scroll to what is going on now: today on the timeline; on the stage view the ongoing
        step furthest along (else the latest one), so that a meeting starts from the present."""
        viewport = self._view_widget.viewport().size()
        # Before the window is laid out the viewport is a few pixels wide: place the view again
        # once it has its real size (see _on_view_resized).
        self._placement_pending = viewport.width() < 200 or viewport.height() < 120
        self._show_where_the_client_is_now()
        self._view_widget.keep_bar_names_in_sight()

    @Slot()
    def _on_view_resized(self) -> None:
        if getattr(self, "_placement_pending", False) and self._pathway() is not None:
            self._view_widget.zoom_for_reading()
            self._show_where_the_client_is()

    def _show_where_the_client_is_now(self) -> None:
        layout = self._scene.layout
        pathway = self._pathway()
        if layout is None or pathway is None or not len(pathway):
            return
        if self._view == "timeline" and layout.today_x is not None:
            centre = self._view_widget.mapToScene(self._view_widget.viewport().rect().center())
            self._view_widget.centerOn(layout.today_x, centre.y())
            return
        ongoing = [s.id for s in pathway if s.status == "ongoing"]
        candidates = ongoing or [s.id for s in pathway]
        furthest = max(candidates, key=lambda sid: layout.card(sid).box.x)
        card = self._scene.card(furthest)
        if card is not None:
            # Start from the top-left corner and scroll only as far as the card needs, so the
            # lane and column labels and what led here stay in sight.
            self._view_widget.horizontalScrollBar().setValue(
                self._view_widget.horizontalScrollBar().minimum()
            )
            self._view_widget.verticalScrollBar().setValue(
                self._view_widget.verticalScrollBar().minimum()
            )
            self._view_widget.ensureVisible(card.sceneBoundingRect(), 24, 24)

    def _show_placeholder(self) -> None:
        if self._document is None:
            self._placeholder_label.setText(self.tr("Open a client to see their service pathway."))
            self._placeholder_button.setVisible(False)
        else:
            self._placeholder_label.setText(
                self.tr("%1 has no service pathway yet.").replace("%1", self._document.client.name)
            )
            self._placeholder_button.setVisible(True)
        self._centre.setCurrentWidget(self._placeholder)

    def _sync_list(self) -> None:
        self._list.set_pathway(
            self._pathway(), self._client(), self._catalogue, self._scene.reading_order()
        )

    @Slot()
    def _refresh_pathway_box(self) -> None:
        blocker = QSignalBlocker(self._pathway_box)
        self._pathway_box.clear()
        if self._document is not None:
            for pathway in self._document.client.pathways:
                status = labels.pathway_status_name(pathway.status)
                self._pathway_box.addItem(f"{pathway.title} \u2014 {status}", pathway.id)
        index = self._pathway_box.findData(self._pathway_id)
        self._pathway_box.setCurrentIndex(index)
        self._pathway_box.setEnabled(self._pathway_box.count() > 0)
        del blocker
        self._update_actions()

    @Slot(int)
    def _on_pathway_chosen(self, index: int) -> None:
        pathway_id = self._pathway_box.itemData(index)
        if pathway_id and pathway_id != self._pathway_id:
            self._show_pathway(pathway_id)

    @Slot()
    def _update_actions(self) -> None:
        pathway = self._pathway()
        has = pathway is not None
        selected = self._scene.selected_step_ids()
        keys = self._scene.selected_transition_keys()
        stages = self._view == "stages"
        self._actions["tidy"].setEnabled(
            has and stages and any(s.position is not None for s in pathway or ())
        )
        self._actions["add_step"].setEnabled(has)
        self._actions["checks"].setEnabled(has)
        self._actions["connect"].setEnabled(has and len(selected) == 1 and len(pathway or ()) > 1)
        self._actions["delete"].setEnabled(bool(selected or keys))
        self._actions["inspector"].setEnabled(bool(selected or keys))
        self._actions["new_pathway"].setEnabled(self._document is not None)
        self._actions["copy_pathway"].setEnabled(has)
        self._actions["rename_pathway"].setEnabled(has)
        self._actions["activate_pathway"].setEnabled(
            pathway is not None and pathway.status != "active")
        self._actions["close_pathway"].setEnabled(
            pathway is not None and pathway.status != "closed")
        self._actions["keep_agreed"].setEnabled(has and self._presenting is None)
        self._actions["meeting_mode"].setEnabled(has)
        self._actions["back_to_now"].setEnabled(self._presenting is not None)
        if self._presenting is not None:
            for key in ("tidy", "add_step", "connect", "delete", "inspector"):
                self._actions[key].setEnabled(False)
        for key in ("zoom_in", "zoom_out", "zoom_fit", "view_stages", "view_timeline"):
            self._actions[key].setEnabled(has)
        stack = self._document.undo_stack if self._document is not None else None
        if stack is not None and not shiboken6.isValid(stack):
            stack = None  # the document is closing
        self._undo.setEnabled(stack is not None and stack.canUndo())
        self._redo.setEnabled(stack is not None and stack.canRedo())

    # --- Following the document ----------------------------------------------------------------

    @Slot(list)
    def _on_edit_applied(self, touched: list[str]) -> None:
        assert self._document is not None
        if self._pathway_id in touched and self._pathway() is not None:
            self._after_pathway_change()
        elif self._pathway() is None:
            # The pathway on show is gone (undoing its creation): show the default one.
            default = self._document.client.default_pathway()
            self._show_pathway(default.id if default is not None else None)
        else:
            # A change elsewhere (an undo in another pathway, a new pathway): show it.
            remaining = [pid for pid in touched if self._document.pathway(pid) is not None]
            if remaining:
                self._show_pathway(remaining[-1])
            else:
                self._refresh_pathway_box()

    def _after_pathway_change(self) -> None:
        if self._presenting is not None:
            if self._presenting[0] == "compare":
                self.compare_with_now(self._presenting[1])  # the changes follow the edits
            return
        wanted = self._scene.selected_step_ids(), self._scene.selected_transition_keys()
        inspector_key = self._inspector.transition_key
        self._scene.sync()
        self._view_widget.keep_bar_names_in_sight()
        self._sync_list()
        self._refresh_inspector_keeping_typing()
        # A transition whose kind changed has a new key: keep it selected.
        if (
            inspector_key is not None
            and not self._scene.selected_transition_keys()
            and not wanted[0]
            and self._scene.arrow(inspector_key) is not None
        ):
            self._scene.select([], [inspector_key])
        self._update_actions()

    @Slot()
    def _on_details_changed(self) -> None:
        self._scene.refresh_texts()
        self._sync_list()
        self._list.refresh_texts()
        self._refresh_inspector_keeping_typing()

    def _refresh_inspector_keeping_typing(self) -> None:
        """Show the stored values in the inspector again, but keep what the user is typing in
        the field that has the focus: another worker's change arriving meanwhile (or the
        user's own edit elsewhere) must not wipe it. The other fields show the fresh values,
        so committing the typed field changes that field alone."""
        from PySide6.QtWidgets import QApplication, QPlainTextEdit

        focus = QApplication.focusWidget()
        typed: tuple[QWidget, str, int] | None = None
        if focus is not None and self._inspector.isAncestorOf(focus):
            if isinstance(focus, QLineEdit):
                typed = (focus, focus.text(), focus.cursorPosition())
            elif isinstance(focus, QPlainTextEdit):
                typed = (focus, focus.toPlainText(), focus.textCursor().position())
        self._inspector.refresh()
        if typed is None:
            return
        widget, text, position = typed
        if isinstance(widget, QLineEdit) and widget.text() != text:
            widget.blockSignals(True)
            widget.setText(text)
            widget.setCursorPosition(position)
            widget.blockSignals(False)
        elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != text:
            widget.blockSignals(True)
            widget.setPlainText(text)
            cursor = widget.textCursor()
            cursor.setPosition(min(position, len(text)))
            widget.setTextCursor(cursor)
            widget.blockSignals(False)

    @Slot(str)
    def _on_notice(self, message: str) -> None:
        """Another worker's change arrived, or this user's edit was added to it: say so."""
        self._messages.show_message(message)

    @Slot(str)
    def _on_edit_failed(self, message: str) -> None:
        self._messages.show_message(message, error=True)
        self._scene.sync()  # a refused drag: the cards go back where they are stored
        self._sync_list()
        self._inspector.refresh()

    # --- Selection, both ways ------------------------------------------------------------------

    @Slot()
    def _on_scene_selection(self) -> None:
        steps = self._scene.selected_step_ids()
        keys = self._scene.selected_transition_keys()
        self._list.select(steps, keys)
        self._inspector.show_selection(steps, keys)
        pathway = self._pathway()
        if len(steps) == 1 and pathway is not None and pathway.has_step(steps[0]):
            text = card_text(pathway.step(steps[0]), self._catalogue, self._client())
            self._view_widget.setAccessibleDescription(text.summary)
        self._update_actions()
        self.selection_changed.emit(steps)

    @Slot(list, list)
    def _on_list_selection(self, steps: list[str], keys: list[tuple[str, str, str]]) -> None:
        self._scene.select(steps, [(k[0], k[1], k[2]) for k in keys])
        if steps:
            self._view_widget.reveal(steps[0])
        elif keys:
            arrow = self._scene.arrow((keys[0][0], keys[0][1], keys[0][2]))
            if arrow is not None:
                self._view_widget.ensureVisible(arrow.sceneBoundingRect(), 40, 40)

    @Slot(str)
    def _on_step_requested(self, step_id: str) -> None:
        self._scene.select([step_id])
        self._view_widget.reveal(step_id)
        self._on_map_pressed()

    def select_steps(self, step_ids: list[str]) -> None:
        self._scene.select(step_ids)
        if step_ids:
            self._view_widget.reveal(step_ids[0])

    # --- Edits ---------------------------------------------------------------------------------

    def _apply(self, edit: PathwayEdit, label: str) -> bool:
        if self._document is None or self._pathway_id is None:
            return False
        if self._presenting is not None:
            self._refuse_while_presenting()
            return False
        self._messages.hide()
        return self._document.apply(edit, label, self._pathway_id)

    @Slot(str)
    def add_service(self, code: str) -> str | None:
        """Add a planned step of service *code*; returns its id (None if nothing was added)."""
        pathway = self._pathway()
        if pathway is None:
            self._messages.show_message(self.tr("Create a pathway first."), error=True)
            return None
        if code not in self._catalogue:
            self._messages.show_message(self.tr("Unknown service."), error=True)
            return None
        step = Step(uuid.uuid4().hex, code, "planned")
        name = labels.service_name(self._catalogue, code)
        if self._apply(AddStep(step), self.tr("Add %1").replace("%1", name)):
            self.select_steps([step.id])
            return step.id
        return None

    @Slot(str, QPointF)
    def _on_service_dropped(self, code: str, _scene_pos: QPointF) -> None:
        # The card goes where the layout puts a service of that sector and stage: a drop
        # elsewhere would put it in the wrong lane or column. The user can drag it after.
        self.add_service(code)
        self._view_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str, str)
    def connect_steps(
        self, from_step: str, to_step: str, kind: str = "next", referral: bool = False
    ) -> bool:
        """Connect two steps (refused, with a message, if the rules forbid it)."""
        pathway = self._pathway()
        if pathway is None:
            return False
        transition = Transition(from_step, to_step, kind, referral=referral)
        problems = transition_problems(pathway, transition)
        if problems:
            self._messages.show_message(" ".join(p.message for p in problems), error=True)
            return False
        source = step_display_name(pathway.step(from_step), self._catalogue)
        target = step_display_name(pathway.step(to_step), self._catalogue)
        label = self.tr("Connect %1 \u2192 %2").replace("%1", source).replace("%2", target)
        if self._apply(AddTransition(transition), label):
            self._scene.select([], [transition.key])
            return True
        return False

    @Slot()
    def delete_selection(self) -> bool:
        pathway = self._pathway()
        steps = self._scene.selected_step_ids()
        keys = self._scene.selected_transition_keys()
        if pathway is None or not (steps or keys):
            return False
        edit = remove_selection(pathway, steps, keys)
        if not edit.edits:
            return False
        if len(steps) == 1 and not keys:
            label = self.tr("Remove %1").replace(
                "%1", step_display_name(pathway.step(steps[0]), self._catalogue)
            )
        elif len(keys) == 1 and not steps:
            source = step_display_name(pathway.step(keys[0][0]), self._catalogue)
            target = step_display_name(pathway.step(keys[0][1]), self._catalogue)
            label = (
                self.tr("Remove connection %1 \u2192 %2")
                .replace("%1", source)
                .replace("%2", target)
            )
        else:
            label = self.tr("Remove %1 items").replace("%1", str(len(steps) + len(keys)))
        # Keep the keyboard user's place: select the next step in reading order.
        order = self._scene.reading_order()
        following = None
        if steps:
            index = order.index(steps[0]) if steps[0] in order else 0
            rest = [sid for sid in order[index:] + order[:index][::-1] if sid not in steps]
            following = rest[0] if rest else None
        if len(steps) == 1 and not keys:
            what = step_display_name(pathway.step(steps[0]), self._catalogue)
        elif len(keys) == 1 and not steps:
            what = (
                self.tr("the connection %1 → %2")
                .replace("%1", step_display_name(pathway.step(keys[0][0]), self._catalogue))
                .replace("%2", step_display_name(pathway.step(keys[0][1]), self._catalogue))
            )
        else:
            what = self.tr("%1 items").replace("%1", str(len(steps) + len(keys)))
        if self._apply(edit, label):
            if following is not None:
                self.select_steps([following])
            # Nothing asks "are you sure?": say at once how to get it back.
            undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self._messages.show_message(
                self.tr("Removed: %1. %2 (Edit → Undo) brings it back.")
                .replace("%1", what)
                .replace("%2", undo)
            )
            return True
        return False

    @Slot(object)
    def _on_steps_moved(self, moves: list[tuple[str, Position, Position]]) -> None:
        move = MoveSteps(tuple(moves))
        label = (
            self.tr("Move card")
            if len(moves) == 1
            else self.tr("Move %1 cards").replace("%1", str(len(moves)))
        )
        self._apply(move, label)

    @Slot(float, float)
    def nudge_selection(self, dx: float, dy: float) -> None:
        pathway = self._pathway()
        layout = self._scene.layout
        if (
            pathway is None
            or layout is None
            or self._view != "stages"
            or self._document is None
            or self._pathway_id is None
        ):
            return
        if self._presenting is not None:
            self._refuse_while_presenting()
            return
        moves = []
        for step_id in self._scene.selected_step_ids():
            box = layout.card(step_id).box
            moves.append(
                (
                    step_id,
                    pathway.step(step_id).position,
                    (round(box.x + dx, 1), round(box.y + dy, 1)),
                )
            )
        if moves:
            label = (
                self.tr("Move card")
                if len(moves) == 1
                else self.tr("Move %1 cards").replace("%1", str(len(moves)))
            )
            self._document.nudge(self._pathway_id, MoveSteps(tuple(moves)), label)

    @Slot()
    def tidy_up(self) -> bool:
        pathway = self._pathway()
        if pathway is None:
            return False
        edit = tidy_up(pathway)
        if not edit.moves:
            return False
        return self._apply(edit, self.tr("Tidy up"))

    # --- Agreed versions -------------------------------------------------------------------------

    @property
    def agreed_panel(self) -> AgreedPanel:
        return self._agreed

    @property
    def change_overlay(self) -> ChangeOverlay:
        return self._overlay

    def agreed_print_options(self) -> dict[str, AgreedVersion]:
        """What a print of the map on show needs: ``version`` (a version shown as agreed, or
        the later of two compared) and ``changes_since`` (the version compared with)."""
        if self._presenting is None:
            return {}
        mode, version_id = self._presenting
        version = self._version(version_id)
        if version is None:
            return {}
        if mode == "version":
            return {"version": version}
        if mode == "compare":
            return {"changes_since": version}
        before = self._version(self._compared_from or "")
        return {"version": version, **({"changes_since": before} if before else {})}

    def presenting(self) -> tuple[str, str] | None:
        """("version" | "compare", version id) while an agreed version is on show."""
        return self._presenting

    def _version(self, version_id: str) -> AgreedVersion | None:
        client = self._client()
        return client.agreed_version(version_id) if client is not None else None

    @Slot()
    def _refresh_versions(self) -> None:
        client = self._client()
        versions = client.versions_of(self._pathway_id) if (
            client is not None and self._pathway_id) else []
        self._agreed.set_versions(versions, client, self._pathway() is not None)

    @Slot(str)
    def _on_versions_changed(self, pathway_id: str) -> None:
        if pathway_id == self._pathway_id:
            self._refresh_versions()

    @Slot()
    def ask_keep_as_agreed(self) -> None:
        """Ask the day, meeting and note, then keep the pathway on show as agreed."""
        pathway = self._pathway()
        client = self._client()
        if pathway is None or client is None:
            return
        dialog = KeepAsAgreedDialog(client, pathway.title, self)

        def done() -> None:
            on, meeting_id, note = dialog.values()
            self.keep_as_agreed(on=on, meeting_id=meeting_id, note=note)

        dialog.accepted.connect(done)
        self._open_dialog(dialog)

    def keep_as_agreed(
        self, *, on: date | None = None, meeting_id: str | None = None, note: str | None = None
    ) -> AgreedVersion | None:
        """Keep the pathway on show as agreed (the document saves it at once)."""
        if self._document is None or self._pathway_id is None:
            return None
        version = self._document.keep_as_agreed(
            self._pathway_id, on=on, meeting_id=meeting_id, note=note
        )
        if version is not None:
            self._agreed.select_version(version.id)
            self._messages.show_message(
                self.tr("Kept as agreed on %1.").replace("%1", format_date(version.agreed_on))
            )
        return version

    @Slot(str)
    def show_version(self, version_id: str) -> None:
        """Show an agreed version on the canvas as it was agreed, read-only."""
        version = self._version(version_id)
        now = self._pathway()
        if version is None or now is None:
            return
        self._present("version", version_id, version.as_pathway(now.title, now.status))
        self._agreed.show_changes(None, [])
        self._messages.show_message(
            self.tr("The plan as agreed on %1, read-only. Back to the pathway now: Esc.").replace(
                "%1", format_date(version.agreed_on)
            )
        )

    @Slot(str)
    def compare_with_now(self, version_id: str) -> None:
        """Mark on the canvas (and list beside it) what changed since an agreed version."""
        version = self._version(version_id)
        now = self._pathway()
        client = self._client()
        if version is None or now is None or client is None:
            return
        comparison = compare(version.steps, version.transitions, now.steps, now.transitions)
        shown = with_gone_steps(now.copy(), version, comparison, faded=False)
        self._present("compare", version_id, shown)
        self._overlay.show(comparison)
        title = changes_title(version)
        self._agreed.show_changes(
            title, describe(comparison, version.steps, now.steps, self._catalogue, client=client)
        )
        self._messages.show_message(
            self.tr("%1: new, changed and gone steps are marked. Back to the pathway now: Esc.")
            .replace("%1", title)
        )

    def open_meeting_mode(self, fullscreen: bool = True) -> MeetingModeWindow | None:
        """The meeting-room presentation of the pathway on show, or of the agreed version on
        show; full screen (on the window's screen) unless *fullscreen* is False."""
        client = self._client()
        pathway = self._pathway()
        if client is None or pathway is None:
            return None
        version = None
        if self._presenting is not None and self._presenting[0] == "version":
            version = self._version(self._presenting[1])
        steps = list(version.steps) if version is not None else pathway.steps
        view = meeting_view(client, steps, self._catalogue, current_language(),
                            version=version)
        window = MeetingModeWindow(view, self)
        if fullscreen:
            # With a second screen (the meeting room's display beside the laptop) the
            # presentation goes there, and the window stays where the worker sees it.
            handle = self.window().windowHandle()
            own = handle.screen() if handle is not None else None
            others = [screen for screen in QGuiApplication.screens() if screen is not own]
            target = others[0] if others else own
            if target is not None:
                window.setScreen(target)
                window.move(target.geometry().topLeft())
            window.showFullScreen()
        else:
            window.show()
        window.activateWindow()
        window.setFocus(Qt.FocusReason.OtherFocusReason)
        self._meeting_window = window
        return window

    @Slot(str, str)
    def compare_versions(self, before_id: str, after_id: str) -> None:
        """Show the agreed version *after_id* read-only, marked with what changed since the
        version *before_id* (in either order of their dates)."""
        before, after = self._version(before_id), self._version(after_id)
        now = self._pathway()
        client = self._client()
        if before is None or after is None or now is None or client is None:
            return
        comparison = compare(before.steps, before.transitions, after.steps, after.transitions)
        shown = with_gone_steps(after.as_pathway(now.title, now.status), before, comparison,
                                faded=False)
        self._present("versions", after_id, shown)
        self._compared_from = before_id
        self._overlay.show(comparison)
        title = changes_between_title(before, after)
        self._agreed.show_changes(
            title, describe(comparison, before.steps, after.steps, self._catalogue,
                            client=client)
        )
        self._messages.show_message(
            self.tr("%1: new, changed and gone steps are marked. Back to the pathway now: Esc.")
            .replace("%1", title)
        )

    def _present(self, mode: str, version_id: str, pathway: Pathway) -> None:
        self._presenting = (mode, version_id)
        self._overlay.clear()
        self._inspector.set_document(None, None, self._catalogue)
        self._scene.show_pathway(self._client(), pathway, self._view)
        self._centre.setCurrentWidget(self._view_widget)
        self._sync_list_with(pathway)
        self._agreed.set_presenting(True)
        self._agreed.select_version(version_id)
        self._update_actions()

    def _sync_list_with(self, pathway: Pathway) -> None:
        self._list.set_pathway(pathway, self._client(), self._catalogue,
                               self._scene.reading_order())

    @Slot()
    def back_to_now(self) -> None:
        """Leave an agreed version: the pathway as it is now, editable again."""
        if self._presenting is None:
            return
        self._show_pathway(self._pathway_id)

    def _stop_presenting(self) -> None:
        if self._presenting is None:
            return
        self._presenting = None
        self._overlay.clear()
        self._agreed.set_presenting(False)
        self._agreed.show_changes(None, [])
        self._messages.hide()

    def _refuse_while_presenting(self) -> None:
        self._scene.rebuild()  # a dragged card goes back where it was
        self._overlay.refresh()
        self._messages.show_message(
            self.tr("An agreed version cannot be changed. Back to the pathway now: Esc."),
            error=True,
        )

    # --- Keyboard helpers ----------------------------------------------------------------------

    @Slot()
    def focus_palette(self) -> None:
        """Insert: go to the service search; Enter there adds the service."""
        self.show_panel(self._palette)
        self._palette.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._palette.search_box.selectAll()

    @Slot()
    def open_inspector(self) -> None:
        """Enter/F2: show the selection in the inspector and put the cursor in its first field."""
        steps = self._scene.selected_step_ids()
        keys = self._scene.selected_transition_keys()
        if not (steps or keys):
            return
        self.show_panel(self._inspector)
        self._inspector.show_selection(steps, keys)
        self._inspector.focus_first_field()

    @Slot()
    def show_checks(self) -> None:
        """F8: the Checks tab, with the keyboard in its list of findings (or suggestions)."""
        self.show_panel(self._findings)
        self._findings.focus_first_list()

    def show_panel(self, panel: QWidget) -> None:
        """Show the details, the services or the steps beside the map (opening the side panel
        if the user had closed it)."""
        sizes = self._splitter.sizes()
        if sizes[1] == 0:
            width = self._side_width()
            self._splitter.setSizes([max(sizes[0] - width, 300), width])
        self._side.setCurrentWidget(panel)

    def _side_width(self) -> int:
        """The side panel's width: 310 px, or what its tabs need to show whole (in Finnish
        "Tarkistukset (3)" with its sign does not fit in 310 px)."""
        return max(310, self._side.tabBar().sizeHint().width() + 8)

    def _fit_side_to_tabs(self) -> None:
        """Widen the side panel (taking from the map) when its tabs would be clipped."""
        sizes = self._splitter.sizes()
        wanted = self._side_width()
        if 0 < sizes[1] < wanted:
            total = sum(sizes)
            self._splitter.setSizes([max(total - wanted, 300), wanted])

    @Slot(QPoint)
    def _show_map_menu(self, point: QPoint) -> None:
        """Right click on the map: what can be done with the card or arrow under the mouse."""
        scene_point = self._view_widget.mapToScene(point)
        step_id = self._scene.step_at(scene_point)
        if step_id is not None and step_id not in self._scene.selected_step_ids():
            self._scene.select([step_id])
        menu = QMenu(self)
        for key in ("inspector", "connect", "delete"):
            menu.addAction(self._actions[key])
        menu.addSeparator()
        menu.addAction(self._actions["add_step"])
        menu.addAction(self._actions["tidy"])
        menu.popup(self._view_widget.viewport().mapToGlobal(point))
        self._map_menu = menu  # kept for tests; replaced by the next one

    @Slot()
    def _on_map_pressed(self) -> None:
        # A card or an arrow clicked on the map: show its details (unless the list or the
        # checks are read: they follow the selection themselves).
        if self._side.currentWidget() not in (self._list, self._findings):
            self._side.setCurrentWidget(self._inspector)

    @Slot(int, int)
    def _on_findings_changed(self, errors: int, warnings: int) -> None:
        """The Checks tab says how many findings there are, with the worst one's sign."""
        index = self._side.indexOf(self._findings)
        count = errors + warnings
        if count:
            text = self.tr("Checks (%1)").replace("%1", str(count))
            icon = severity_icon("error" if errors else "warning")
        else:
            text, icon = self.tr("Checks"), QIcon()
        self._side.setTabText(index, text)
        self._side.setTabIcon(index, icon)
        self._fit_side_to_tabs()
        self._side.setTabToolTip(
            index,
            self.tr("Errors: %1, warnings: %2")
            .replace("%1", str(errors))
            .replace("%2", str(warnings)),
        )

    @Slot()
    def open_connect_dialog(self) -> None:
        pathway = self._pathway()
        steps = self._scene.selected_step_ids()
        if pathway is None or len(steps) != 1:
            self._messages.show_message(
                self.tr("Select one step first, then choose Connect to…"), error=True
            )
            return
        if len(pathway) < 2:
            self._messages.show_message(
                self.tr("Add another step to connect to first."), error=True
            )
            return
        dialog = ConnectDialog(self, pathway, steps[0], self)
        from_step = steps[0]
        if not dialog.has_candidates:
            dialog.deleteLater()
            self._messages.show_message(
                self.tr("This step is already connected with every other step."), error=True
            )
            return

        def done() -> None:
            transition = dialog.transition()
            if transition is not None:
                self.connect_steps(
                    from_step, transition.to_step, transition.kind, transition.referral
                )
            self._view_widget.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.accepted.connect(done)
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QDialog) -> None:
        # open(), not exec(): window-modal without a nested event loop (tests drive it).
        self._dialog = dialog
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    # --- Pathways ------------------------------------------------------------------------------

    @Slot()
    def ask_new_pathway(self) -> None:
        if self._document is None:
            return
        number = len(self._document.client.pathways) + 1
        dialog = TitleDialog(
            self.tr("New pathway"),
            self.tr("Title of the new pathway:"),
            self.tr("Pathway %1").replace("%1", str(number)),
            self,
        )
        dialog.accepted.connect(lambda: self.create_pathway(dialog.value()))
        self._open_dialog(dialog)

    @Slot()
    def ask_copy_pathway(self) -> None:
        pathway = self._pathway()
        if pathway is None:
            return
        dialog = TitleDialog(
            self.tr("Copy as a draft"),
            self.tr("Title of the copy:"),
            self.tr("%1 (alternative)").replace("%1", pathway.title),
            self,
        )
        dialog.accepted.connect(lambda: self.create_pathway(dialog.value(), copy_of=pathway.id))
        self._open_dialog(dialog)

    @Slot()
    def ask_rename_pathway(self) -> None:
        pathway = self._pathway()
        if pathway is None:
            return
        dialog = TitleDialog(self.tr("Rename pathway"), self.tr("New title:"), pathway.title, self)
        dialog.accepted.connect(lambda: self.rename_current(dialog.value()))
        self._open_dialog(dialog)

    def create_pathway(self, title: str, copy_of: str | None = None) -> str | None:
        """A new draft pathway (blank, or a copy of *copy_of*); shown once created."""
        if self._document is None:
            return None
        pathway_id = uuid.uuid4().hex
        edit = new_pathway(
            self._document.client, pathway_id, title, today=date.today(), copy_of=copy_of
        )
        if copy_of is None:
            label = self.tr("New pathway %1").replace("%1", title)
        else:
            original = self._document.client.pathway(copy_of).title
            label = self.tr("Copy %1 as %2").replace("%1", original).replace("%2", title)
        self._messages.hide()
        if self._document.apply(edit, label):
            return pathway_id
        return None

    def rename_current(self, title: str) -> bool:
        pathway = self._pathway()
        if pathway is None or self._document is None or title == pathway.title:
            return False
        label = self.tr("Rename pathway %1 to %2").replace("%1", pathway.title).replace("%2", title)
        return self._document.apply(rename_pathway(self._document.client, pathway.id, title), label)

    @Slot()
    def activate_current(self) -> bool:
        pathway = self._pathway()
        if pathway is None or self._document is None or pathway.status == "active":
            return False
        previous = self._document.client.active_pathway()
        edit = activate_pathway(self._document.client, pathway.id)
        label = self.tr("Make %1 the active pathway").replace("%1", pathway.title)
        if not self._document.apply(edit, label):
            return False
        if previous is not None:
            self._messages.show_message(
                self.tr(
                    "%1 is now the active pathway. %2 became a draft (an alternative you "
                    "can make active again)."
                )
                .replace("%1", pathway.title)
                .replace("%2", previous.title)
            )
        else:
            self._messages.show_message(
                self.tr("%1 is now the active pathway.").replace("%1", pathway.title)
            )
        return True

    @Slot()
    def close_current(self) -> bool:
        pathway = self._pathway()
        if pathway is None or self._document is None or pathway.status == "closed":
            return False
        label = self.tr("Close pathway %1").replace("%1", pathway.title)
        if self._document.apply(close_pathway(self._document.client, pathway.id), label):
            self._messages.show_message(
                self.tr(
                    "%1 is closed. It is kept for the record; you can make it active again."
                ).replace("%1", pathway.title)
            )
            return True
        return False

    # --- Undo and redo (the window's Edit menu does the same through the stack) --------------

    @Slot()
    def undo(self) -> None:
        if self._document is not None:
            self._document.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        if self._document is not None:
            self._document.undo_stack.redo()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Two actions with one shortcut cancel each other out in Qt: when the window has its own
        # Undo/Redo (its Edit menu), the editor's are dropped.
        QTimer.singleShot(0, self._drop_shortcuts_the_window_has)
        QTimer.singleShot(0, self._fit_side_to_tabs)

    def _drop_shortcuts_the_window_has(self) -> None:
        window = self.window()
        if window is self:
            return
        own = {id(action) for action in self.actions()} | {
            id(action) for action in self._actions.values()
        }
        others = [
            action
            for action in window.findChildren(QAction)
            if id(action) not in own and not action.shortcut().isEmpty()
        ]
        taken = {action.shortcut().toString() for action in others}
        for action in (self._undo, self._redo):
            kept = [s for s in action.shortcuts() if s.toString() not in taken]
            action.setShortcuts(kept)
