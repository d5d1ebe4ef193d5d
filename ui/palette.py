"""The service palette: the catalogue grouped by sector, with a search box.

A service is dragged from here onto the canvas (mime type ``application/x-polku-service``,
the service code in UTF-8) or chosen with Enter or a double click, which emits
:attr:`ServicePalette.service_chosen`; the editor adds a planned step for it. The search folds
case and accents (``pathways.text.fold``) and matches the name in the current language, the
Finnish name, the code and the one-line description.

GUI thread only; the palette reads the catalogue it is given and changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pathways import labels
from pathways.catalogue import ServiceCatalogue
from pathways.i18n import current_language
from pathways.service_search import SearchText
from ui.canvas import SERVICE_MIME_TYPE, sector_colour, tint

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_ROLE = Qt.ItemDataRole.UserRole + 3  # the catalogue's order, restored when the search clears


class _ServiceTree(QTreeWidget):
    """The tree: sectors at the top level, their services below; services drag as codes."""

    activated_code = Signal(str)

    def mimeTypes(self) -> list[str]:
        return [SERVICE_MIME_TYPE]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        codes = [item.data(0, CODE_ROLE) for item in items if item.data(0, CODE_ROLE)]
        if codes:
            data.setData(SERVICE_MIME_TYPE, codes[0].encode("utf-8"))
            data.setText(items[0].text(0))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            code = item.data(0, CODE_ROLE) if item is not None else None
            if code:
                self.activated_code.emit(code)
                event.accept()
                return
        super().keyPressEvent(event)


class ServicePalette(QWidget):
    """The catalogue as a searchable tree; choose a service to add it as a planned step."""

    #: A service was chosen with Enter or a double click (its code).
    service_chosen = Signal(str)

    def __init__(self, catalogue: ServiceCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._filled = False
        self._search_texts: dict[str, SearchText] = {}
        self._search = QLineEdit(self)
        self._search.setPlaceholderText(self.tr("Search services…"))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search services"))
        self._search.setAccessibleDescription(
            self.tr("Type part of a service's name, then press Down to choose from the list")
        )
        self._tree = _ServiceTree(self)
        self._tree.setHeaderHidden(True)
        self._tree.setColumnCount(1)
        self._tree.setDragEnabled(True)
        self._tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.setUniformRowHeights(True)
        self._tree.setWordWrap(False)
        self._tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._tree.setAccessibleName(self.tr("Services"))
        self._tree.setAccessibleDescription(
            self.tr("Press Enter to add the service as a planned step, or drag it onto the map")
        )
        self._hint = QLabel(
            self.tr("Drag a service onto the map, or select it and press Enter."), self
        )
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: #4a4a4a;")
        self._empty = QLabel(self.tr("No service matches the search."), self)
        self._empty.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._search)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._empty)
        layout.addWidget(self._hint)
        self._search.textChanged.connect(self._filter)
        self._search.returnPressed.connect(self._choose_first_match)
        self._tree.activated_code.connect(self.service_chosen)
        self._tree.itemDoubleClicked.connect(self._on_double_click)
        self._search.installEventFilter(self)
        self.setFocusProxy(self._search)
        self.set_catalogue(catalogue)

    @property
    def search_box(self) -> QLineEdit:
        return self._search

    @property
    def tree(self) -> QTreeWidget:
        self._ensure_filled()
        return self._tree

    def set_catalogue(self, catalogue: ServiceCatalogue) -> None:
        """Offer *catalogue*'s services. The list is filled when the palette is first shown or
        asked about: at start it waits behind another tab of the editor, and filling it is
        about 10 ms on the way to the first client's pathway painted."""
        self._catalogue = catalogue
        self._filled = False
        if self.isVisible():
            self._ensure_filled()

    def _ensure_filled(self) -> None:
        if not self._filled:
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._ensure_filled()
        super().showEvent(event)

    def _fill(self) -> None:
        self._filled = True
        catalogue = self._catalogue
        self._tree.clear()
        self._search_texts = {}
        lang = current_language()
        for sector, services in catalogue.by_sector().items():
            if not services:
                continue
            group = QTreeWidgetItem(self._tree, [labels.sector_name(sector)])
            group.setData(0, ORDER_ROLE, len(self._search_texts))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setBackground(0, tint(sector_colour(sector), 0.22))
            group.setForeground(0, QColor("#1b1b1b"))
            for service in services:
                name = service.name(lang)
                item = QTreeWidgetItem(group, [name])
                item.setData(0, CODE_ROLE, service.code)
                description = service.describe(lang) or ""
                stage = labels.stage_name(service.stage)
                item.setToolTip(0, f"<b>{name}</b><br>{stage}<br>{description}")
                item.setStatusTip(0, description)
                item.setData(
                    0,
                    Qt.ItemDataRole.AccessibleDescriptionRole,
                    f"{labels.sector_name(sector)}, {stage}. {description}",
                )
                self._search_texts[service.code] = SearchText.of(service, lang)
                item.setData(0, ORDER_ROLE, len(self._search_texts))
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
        self._tree.expandAll()
        self._filter(self._search.text())

    def current_code(self) -> str | None:
        item = self._tree.currentItem()
        return item.data(0, CODE_ROLE) if item is not None else None

    def select_code(self, code: str) -> bool:
        for item in self._service_items():
            if item.data(0, CODE_ROLE) == code:
                self._tree.setCurrentItem(item)
                return True
        return False

    def _groups(self) -> list[QTreeWidgetItem]:
        """The sectors' rows, top to bottom."""
        self._ensure_filled()
        rows = (self._tree.topLevelItem(i) for i in range(self._tree.topLevelItemCount()))
        return [row for row in rows if row is not None]

    def _service_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for group in self._groups():
            children = (group.child(i) for i in range(group.childCount()))
            items.extend(child for child in children if child is not None)
        return items

    def visible_codes(self) -> list[str]:
        return [
            item.data(0, CODE_ROLE)
            for item in self._service_items()
            if not item.isHidden() and not _hidden_parent(item)
        ]

    @Slot(str)
    def _filter(self, text: str) -> None:
        """Show the services matching *text*, the best first in each sector and the sector of
        the best match first; highlight the best match. An empty search shows the catalogue."""
        query = text.strip()
        ranks: dict[int, tuple[int, int]] = {}  # id(item) → (rank, catalogue order)
        groups = self._groups()
        any_visible = False
        for group in groups:
            children = group.takeChildren()
            for child in children:
                search = self._search_texts.get(child.data(0, CODE_ROLE))
                rank = (search.rank(query) if search is not None else None) if query else 0
                child.setHidden(rank is None)
                ranks[id(child)] = (rank if rank is not None else 99, child.data(0, ORDER_ROLE))
            children.sort(key=lambda child: ranks[id(child)])
            group.addChildren(children)
            best = min((ranks[id(child)] for child in children), default=(99, 0))
            ranks[id(group)] = (best[0], group.data(0, ORDER_ROLE))
            group.setHidden(best[0] == 99)
            any_visible = any_visible or best[0] != 99
        current_code = self.current_code()
        for group in groups:
            self._tree.takeTopLevelItem(self._tree.indexOfTopLevelItem(group))
        groups.sort(key=lambda group: ranks[id(group)])
        self._tree.addTopLevelItems(groups)
        self._tree.expandAll()
        self._empty.setVisible(not any_visible)
        codes = self.visible_codes()
        if query and codes:
            self.select_code(codes[0])  # the best match: what Enter adds
        elif current_code is not None:
            self.select_code(current_code)

    @Slot()
    def _choose_first_match(self) -> None:
        """Enter in the search box adds the selected (or first matching) service."""
        code = self.current_code()
        if code is None or code not in self.visible_codes():
            codes = self.visible_codes()
            code = codes[0] if codes else None
        if code is not None and self._search.text().strip():
            self.service_chosen.emit(code)
            # Added: the next search starts afresh (typing after a click into the box must not
            # add to "työkokeilu" and find nothing).
            self._search.clear()
        elif code is not None:
            self._tree.setFocus()

    @Slot(QTreeWidgetItem, int)
    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        code = item.data(0, CODE_ROLE)
        if code:
            self.service_chosen.emit(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the search box goes into the list, as in a combo box.
        if (
            watched is self._search
            and isinstance(event, QKeyEvent)
            and (event.type() == QKeyEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down)
        ):
            self._tree.setFocus()
            codes = self.visible_codes()
            current = self._tree.currentItem()
            if codes and (current is None or current.isHidden() or current.parent() is None):
                self.select_code(codes[0])
            return True
        return super().eventFilter(watched, event)

    def index_of_code(self, code: str) -> QModelIndex:  # for tests and drag sources
        for item in self._service_items():
            if item.data(0, CODE_ROLE) == code:
                return self._tree.indexFromItem(item)
        return QModelIndex()


def _hidden_parent(item: QTreeWidgetItem) -> bool:
    """Whether the row's sector row is hidden (a service row always has one)."""
    parent = item.parent()
    return parent is not None and parent.isHidden()
