"""The client list at the left of the window: search as you type, name, municipality and stage.

Where the rows come from: ``Repository.list_clients()`` read once at start (on the start-up
worker) gives every client's summary; after a change in this window only that client is read
again (``list_clients(client_id)``, a few rows) and F5 reads them all again on a worker
(:meth:`ClientListPanel.reload`, ``ui.jobs``). Search as you type
filters these summaries in memory with the storage layer's own rule (``storage.repository.
search_text``: name, id and municipality folded for case and accents; every word must occur),
so it answers what ``list_clients(search)`` would, in a few milliseconds for 5,000 clients,
where a query per keystroke takes up to 0.6 s on a broad search (``list_clients`` builds each
active pathway to find its stage).

Typing is throttled, not merely debounced: the first key answers at once, keys that follow
within ``SEARCH_INTERVAL_MS`` are gathered into one more search at the end of the interval.

The model holds only :class:`pathways.model.ClientSummary` rows (plain frozen data); it owns
no database object. Everything here runs on the GUI thread but F5's read.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the domain (networkx) is imported after the first paint
    from pathways.model import ClientSummary
    from ui.jobs import Job

#: Keys typed within this many milliseconds of a query are gathered into the next one.
SEARCH_INTERVAL_MS = 60
#: A row chosen with the arrow keys opens after this pause, so that running down the list
#: does not load every client passed on the way.
OPEN_DELAY_MS = 150
#: More clients changed by others than this at once (an import) are read again all together.
FOLLOW_ONE_BY_ONE = 50

Index = QModelIndex | QPersistentModelIndex


class ClientListModel(QAbstractTableModel):
    """Rows of client summaries: name, municipality, current stage of the active pathway."""

    NAME, MUNICIPALITY, STAGE = range(3)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientSummary] = []
        self._stage_names: dict[str, str] = {}
        self._lang = "fi"

    def set_summaries(self, summaries: Sequence[ClientSummary], lang: str) -> None:
        from pathways.catalogue import stage_name

        if lang != self._lang:
            self._stage_names.clear()
            self._lang = lang
        for summary in summaries:
            code = summary.current_stage
            if code is not None and code not in self._stage_names:
                self._stage_names[code] = stage_name(code, lang)
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> ClientSummary:
        return self._rows[row]

    def summaries(self) -> list[ClientSummary]:
        return list(self._rows)

    def row_of(self, client_id: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == client_id:
                return row
        return None

    def stage_text(self, summary: ClientSummary) -> str:
        return self._stage_names.get(summary.current_stage or "", "")

    # Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return summary.name
            if column == self.MUNICIPALITY:
                return summary.municipality or ""
            if role == Qt.ItemDataRole.ToolTipRole and summary.active_pathway_title:
                return (
                    self.tr("%1 (pathway: %2)")
                    .replace("%1", self.stage_text(summary))
                    .replace("%2", summary.active_pathway_title)
                )
            return self.stage_text(summary) or (
                "" if role == Qt.ItemDataRole.DisplayRole else self.tr("No active pathway")
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                summary.name,
                summary.municipality or "",
                self.stage_text(summary) or self.tr("no active pathway"),
            ]
            return ", ".join(part for part in parts if part)
        if role == self.ID_ROLE:
            return summary.id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return (self.tr("Name"), self.tr("Municipality"), self.tr("Stage"))[section]


class ClientRowDelegate(QStyledItemDelegate):
    """Draws a client as two lines: the name, then municipality and stage in a quieter colour.

    Two lines keep names whole in a narrow list (1366×768 screens) where three columns would
    cut them; the model still has the three columns for anyone who reads it as a table.
    """

    PADDING = 5

    @staticmethod
    def _fonts(font: QFont) -> tuple[QFont, QFont]:
        name_font = QFont(font)
        name_font.setBold(True)
        detail_font = QFont(font)
        detail_font.setPointSizeF(font.pointSizeF() * 0.92)
        return name_font, detail_font

    def row_height(self, font: QFont) -> int:
        """The height of a row: the two lines and the padding."""
        name_font, detail_font = self._fonts(font)
        height = QFontMetrics(name_font).height() + QFontMetrics(detail_font).height()
        return height + 3 * self.PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # QStyle's enums take some 20 ms to build: imported at the first row, after the window
        # is painted, not at start-up.
        from PySide6.QtWidgets import QStyle

        model = index.model()
        row = index.row()
        name = str(model.index(row, ClientListModel.NAME).data() or "")
        municipality = str(model.index(row, ClientListModel.MUNICIPALITY).data() or "")
        stage = str(model.index(row, ClientListModel.STAGE).data() or "")
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_colour = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        detail_colour = (
            text_colour
            if selected
            else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        name_font, detail_font = self._fonts(option.font)
        rect = option.rect.adjusted(
            self.PADDING + 2, self.PADDING, -self.PADDING - 2, -self.PADDING
        )
        painter.save()
        painter.setFont(name_font)
        painter.setPen(text_colour)
        name_height = painter.fontMetrics().height()
        name_rect = QRect(rect.left(), rect.top(), rect.width(), name_height)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(detail_font)
        painter.setPen(detail_colour)
        metrics = painter.fontMetrics()
        detail_rect = QRect(
            rect.left(), name_rect.bottom() + self.PADDING // 2 + 1, rect.width(), metrics.height()
        )
        gap = metrics.horizontalAdvance("  ")
        # A few pixels of slack: advance widths are rounded, elision measures exactly.
        stage_width = min(metrics.horizontalAdvance(stage) + 4, int(rect.width() * 0.6))
        municipality_width = max(0, rect.width() - stage_width - gap)
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(municipality, Qt.TextElideMode.ElideRight, municipality_width),
        )
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(stage, Qt.TextElideMode.ElideRight, stage_width),
        )
        painter.restore()


class _SearchEdit(QLineEdit):
    """The search field: Down moves into the list, Escape clears, Return opens the first."""

    moved_down = Signal()
    returned = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down:
            self.moved_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.textEdited.emit("")
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returned.emit()
            return
        super().keyPressEvent(event)


class ClientListPanel(QWidget):
    """The search field, the table of clients and the New client button."""

    client_chosen = Signal(str)  # the user chose a client in the list (id)
    searched = Signal(str, float)  # a query ran: the search text and its time in milliseconds
    new_client_requested = Signal()
    #: A reload (F5) ended: "" when the list holds the clients read again, else the problem.
    reloaded = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository: Any = None
        self._reloading: Job | None = None
        self._lang = "fi"
        self._all: list[ClientSummary] = []
        #: Every client's stored version when last looked (follow_changes compares).
        self._versions: dict[str, int] | None = None
        self._following: Job | None = None
        self._follow_again = False
        #: What the search looks in, per row of ``_all`` (None: not folded yet).
        self._haystacks: list[str] | None = None
        self._pending = False
        self._last_query: str | None = None
        self.last_search_ms = 0.0

        self.search_edit = _SearchEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search clients"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search clients"))
        self.search_edit.setToolTip(
            self.tr("Search by name, client number or municipality (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.search_edit.textChanged.connect(self._text_changed)
        self.search_edit.moved_down.connect(self._enter_list)
        self.search_edit.returned.connect(self._open_first)

        self.new_button = QPushButton(self.tr("New client…"), self)
        self.new_button.setAccessibleName(self.tr("New client"))
        self.new_button.setToolTip(self.tr("Create a new client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client_requested)

        self.model = ClientListModel(self)
        # A table of one visible column, not a list view: with fixed row heights a table only
        # ever asks about the rows on screen, where a list view lays out all 5,000 at each
        # search (two Python calls per row, some 40 ms).
        self.view = QTableView(self)
        self.view.setModel(self.model)
        delegate = ClientRowDelegate(self.view)
        self.view.setItemDelegate(delegate)
        self.view.setAccessibleName(self.tr("Clients"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setColumnHidden(ClientListModel.MUNICIPALITY, True)
        self.view.setColumnHidden(ClientListModel.STAGE, True)
        header = self.view.horizontalHeader()
        header.hide()
        header.setStretchLastSection(True)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(delegate.row_height(self.font()))
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setMargin(16)
        self.empty_label.setAccessibleName(self.tr("No clients"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of clients"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_INTERVAL_MS)
        self._search_timer.timeout.connect(self._interval_over)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self._open_current)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search_edit)
        self.set_loading()

    # --- Data ----------------------------------------------------------------------------------

    def set_loading(self) -> None:
        self.empty_label.setText(self.tr("Opening the clients…"))
        self.stack.setCurrentWidget(self.empty_label)
        self.count_label.setText("")
        self.search_edit.setEnabled(False)

    def set_repository(
        self,
        repository: Any,
        lang: str,
        summaries: Sequence[ClientSummary] | None = None,
        versions: dict[str, int] | None = None,
    ) -> None:
        """Use *repository* from now on and show its clients (*summaries* when already read).

        *versions*: every client's stored version, read before *summaries* (the start-up
        worker reads both); later changes are compared with them. Without them they are read
        on a worker now."""
        self._repository = repository
        self._lang = lang
        self._versions = versions if summaries is not None else None
        if self._versions is None:
            self.follow_changes()  # on a worker: the versions later changes are compared with
        self.search_edit.setEnabled(True)
        if summaries is None:
            self.refresh()
        else:
            self._set_all(list(summaries))
            self._run_query()

    def search_text(self) -> str:
        return self.search_edit.text()

    def _set_all(self, summaries: list[ClientSummary]) -> None:
        self._all = summaries
        # Folded at the first search, not here: at start the list is shown unfiltered, and
        # folding 5,000 clients' names is 15 ms of the way to the first client painted.
        self._haystacks = None

    def _searched_texts(self) -> list[str]:
        if self._haystacks is None:
            from storage.repository import search_text

            self._haystacks = [search_text(s.id, s.name, s.municipality) for s in self._all]
        return self._haystacks

    def refresh(self, select: str | None = None) -> None:
        """Read every client again (F5; another worker's changes), keeping the search and the
        chosen client."""
        if self._repository is None:
            return
        self._set_all(self._repository.list_clients())
        self._run_query(select=select)

    def follow_changes(self) -> None:
        """Show other workers' changes: compare every client's stored version with the last
        seen and read again only the rows that moved (all of them after a big import),
        keeping the search, the chosen client and the scroll position.

        The versions (tens of milliseconds for thousands of clients) and the moved rows are
        read on a worker; a call while one is under way runs once more after it."""
        if self._repository is None or not hasattr(self._repository, "client_versions"):
            return
        if self._following is not None:
            self._follow_again = True
            return
        from ui.jobs import run_job

        repository, before = self._repository, self._versions

        def read() -> tuple[dict[str, int], list[ClientSummary] | None]:
            # On the worker: never touch widgets here.
            versions = repository.client_versions()
            if before is None:
                return versions, None
            moved = [cid for cid, version in versions.items() if before.get(cid) != version]
            if len(moved) > FOLLOW_ONE_BY_ONE:
                return versions, None
            fresh = [s for cid in moved for s in repository.list_clients(cid) if s.id == cid]
            return versions, fresh

        def done(result: tuple[dict[str, int], list[ClientSummary] | None]) -> None:
            self._following = None
            self._take_changes(before, *result)
            if self._follow_again:
                self._follow_again = False
                self.follow_changes()

        def failed(_error: BaseException) -> None:
            self._following = None  # busy or unreachable for a moment: the next change asks

        self._following = run_job(read, done, failed, context=self)

    def _take_changes(
        self,
        before: dict[str, int] | None,
        versions: dict[str, int],
        fresh: list[ClientSummary] | None,
    ) -> None:
        self._versions = versions
        if before is None:
            return
        moved = {cid for cid, version in versions.items() if before.get(cid) != version}
        gone = {cid for cid in before if cid not in versions}
        if not moved and not gone:
            return
        if fresh is None:
            self.reload()  # an import: all of them again, on a worker
            return
        from pathways.text import finnish_sort_key

        scroll = self.view.verticalScrollBar().value()
        rows = [s for s in self._all if s.id not in gone and s.id not in moved] + fresh
        rows.sort(key=lambda s: (finnish_sort_key(s.name), s.id))
        self._set_all(rows)
        text = self.search_edit.text()
        keep = self.current_client_id()
        self._show(self._matches(text), text)
        if keep is None or self.current_client_id() == keep:
            self.view.verticalScrollBar().setValue(scroll)

    def reload(self, select: str | None = None) -> None:
        """:meth:`refresh` with the reading on a worker (F5: thousands of clients, and another
        program may hold the database): the list stays usable and says that it is reading; a
        newer reload replaces one under way. Emits ``reloaded`` when done."""
        if self._repository is None:
            return
        from ui.jobs import run_job

        if self._reloading is not None:
            self._reloading.cancel()
        repository = self._repository

        def read() -> list[ClientSummary]:  # runs on the worker; never touch widgets here
            return list(repository.list_clients())

        def done(summaries: list[ClientSummary]) -> None:
            self._end_reload()
            self._set_all(summaries)
            self._run_query(select=select)
            self.reloaded.emit("")

        def failed(error: BaseException) -> None:
            from ui.trust import message_of

            self._end_reload()
            self._run_query()  # the rows read before stay; the count comes back
            self.reloaded.emit(message_of(error))

        self.view.setCursor(Qt.CursorShape.BusyCursor)
        self.count_label.setText(self.tr("Reading the clients again…"))
        self._reloading = run_job(read, done, failed, context=self)

    def reloading(self) -> bool:
        """Whether a reload (F5) is under way."""
        return self._reloading is not None

    def _end_reload(self) -> None:
        self._reloading = None
        self.view.unsetCursor()

    def update_client(self, client_id: str, select: bool = False) -> None:
        """Read one client's row again after a change (new, renamed, another stage)."""
        if self._repository is None:
            return
        from pathways.text import finnish_sort_key

        fresh = [s for s in self._repository.list_clients(client_id) if s.id == client_id]
        rows = [s for s in self._all if s.id != client_id] + fresh
        rows.sort(key=lambda s: (finnish_sort_key(s.name), s.id))
        self._set_all(rows)
        self._run_query(select=client_id if select else None)

    def remove_client(self, client_id: str) -> None:
        """Take a deleted client off the list."""
        self._set_all([s for s in self._all if s.id != client_id])
        self._run_query()

    def _matches(self, text: str) -> list[ClientSummary]:
        from pathways.text import fold

        terms = fold(text).split()
        if not terms:
            return list(self._all)
        return [
            summary
            for summary, haystack in zip(self._all, self._searched_texts(), strict=True)
            if all(term in haystack for term in terms)
        ]

    def _run_query(self, select: str | None = None) -> None:
        text = self.search_edit.text()
        started = time.perf_counter()
        self._show(self._matches(text), text, select)
        self.last_search_ms = (time.perf_counter() - started) * 1000
        self._last_query = text
        self.searched.emit(text, self.last_search_ms)

    def _show(self, summaries: list[ClientSummary], text: str, select: str | None = None) -> None:
        keep = select if select is not None else self.current_client_id()
        self.view.selectionModel().blockSignals(True)
        self.model.set_summaries(summaries, self._lang)
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        self.view.selectionModel().blockSignals(False)
        if summaries:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty_label.setText(
                self.tr("No client matches “%1”.").replace("%1", text.strip())
                if text.strip()
                else self.tr("No clients yet.\nCreate the first one with New client (Ctrl+N).")
            )
            self.stack.setCurrentWidget(self.empty_label)
        if text.strip():
            self.count_label.setText(
                self.tr("%1 of %2 clients")
                .replace("%1", _number(len(summaries)))
                .replace("%2", _number(len(self._all)))
            )
        else:
            self.count_label.setText(self.tr("%1 clients").replace("%1", _number(len(summaries))))

    def current_client_id(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.summary(index.row()).id

    def select_client(self, client_id: str | None) -> None:
        """Show *client_id* as the chosen one (without opening it again)."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(client_id) if client_id else None
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        selection.blockSignals(False)
        self.view.viewport().update()

    # --- Typing --------------------------------------------------------------------------------

    @Slot(str)
    def _text_changed(self, _text: str) -> None:
        if self._repository is None:
            return
        if self._search_timer.isActive():
            self._pending = True
            return
        self._run_query()
        self._search_timer.start()

    @Slot()
    def _interval_over(self) -> None:
        if self._pending:
            self._pending = False
            if self.search_edit.text() != self._last_query:
                self._run_query()
                self._search_timer.start()

    def flush_search(self) -> None:
        """Run a gathered query now (tests and the benchmark call this instead of waiting)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
        self._pending = False
        if self.search_edit.text() != self._last_query:
            self._run_query()

    # --- Choosing ------------------------------------------------------------------------------

    @Slot()
    def _enter_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.view.selectionModel().currentIndex().isValid():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _open_first(self) -> None:
        self.flush_search()
        if self.model.rowCount() == 0:
            return
        row = self.view.selectionModel().currentIndex().row()
        if row < 0:
            row = 0
            self.select_client(self.model.summary(0).id)
        self._open_timer.stop()
        self.client_chosen.emit(self.model.summary(row).id)

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._open_timer.start()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_timer.stop()
            self.client_chosen.emit(self.model.summary(index.row()).id)

    @Slot()
    def _open_current(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.client_chosen.emit(client_id)


def _number(value: int) -> str:
    """5 000 the Finnish way (a space between thousands; a narrow no-break space in print)."""
    return f"{value:,}".replace(",", "\u00a0")
