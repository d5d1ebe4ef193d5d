"""The pathway as a list: the way screen-reader users (and anyone who prefers text) read it.

Canvas items have no accessibility interface in Qt, so the same pathway is shown here as a
tree: one row per step in reading order (``pathways.layout.step_order_for_reading``) with its
status, dates and responsible person, and below each step the transitions that leave it. The
editor keeps the list and the canvas selecting together, both ways: the list only *reports* a
selection (:attr:`PathwayList.items_selected`) and is told what to select (:meth:`select`).

GUI thread only. The list reads the pathway it is given and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from pathways import labels
from pathways.catalogue import ServiceCatalogue
from pathways.i18n import format_date
from pathways.model import Client, Pathway, Step, Transition
from ui.canvas import card_text, step_display_name

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
TRANSITION_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


class PathwayList(QTreeWidget):
    """Steps in reading order with status, dates and responsible; transitions as children."""

    #: The user selected rows: (step ids, transition keys).
    items_selected = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One column of two-line rows: the panel beside the map is narrow, and the name
        # comes first with the status, dates and responsible person under it.
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.setAccessibleName(self.tr("Steps of the pathway"))
        self.setAccessibleDescription(
            self.tr(
                "The pathway's steps in reading order; the transitions that leave a step "
                "are listed under it"
            )
        )
        self._steps: dict[str, QTreeWidgetItem] = {}
        self._transitions: dict[tuple[str, str, str], QTreeWidgetItem] = {}
        self._shape: tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]] = ((), ())
        self._quiet = False
        #: What to show once visible: (pathway, client, catalogue, reading order).
        self._pending: (
            tuple[Pathway | None, Client | None, ServiceCatalogue, list[str]] | None
        ) = None
        self._selection_wanted: tuple[list[str], list[tuple[str, str, str]]] | None = None
        self._filled: dict[object, object] = {}  # row id → the values it was written from
        self.itemSelectionChanged.connect(self._on_selection_changed)

    def set_pathway(
        self,
        pathway: Pathway | None,
        client: Client | None,
        catalogue: ServiceCatalogue,
        order: list[str],
    ) -> None:
        """Show *pathway* with its steps in *order* (reading order); keeps the selection.

        While the list is hidden (another tab is on show) this only notes what to show: the
        rows are brought up to date when the list is shown or asked about."""
        self._pending = (pathway, client, catalogue, list(order))
        if self.isVisible():
            self._flush()

    def refresh_texts(self) -> None:
        """Write every row again (the client's team or the language changed)."""
        self._filled.clear()
        if self.isVisible():
            self._flush()

    def _flush(self) -> None:
        if self._pending is None:
            return
        pathway, client, catalogue, order = self._pending
        self._pending = None
        selected = self._selection_wanted or (self._selected_steps(), self._selected_keys())
        self._selection_wanted = None
        if pathway is None:
            self._quiet = True
            try:
                self.clear()
            finally:
                self._quiet = False
            self._steps, self._transitions, self._shape = {}, {}, ((), ())
            self._filled.clear()
            return
        outgoing: dict[str, list[Transition]] = {}
        for transition in pathway.transitions:
            outgoing.setdefault(transition.from_step, []).append(transition)
        transitions = [t for step_id in order for t in outgoing.get(step_id, ())]
        shape = (tuple(order), tuple(t.key for t in transitions))
        self._quiet = True
        try:
            if shape != self._shape:
                self.clear()
                self._filled.clear()
                self._steps, self._transitions = {}, {}
                for step_id in order:
                    item = QTreeWidgetItem(self)
                    item.setData(0, STEP_ROLE, step_id)
                    self._steps[step_id] = item
                    for transition in outgoing.get(step_id, ()):
                        child = QTreeWidgetItem(item)
                        child.setData(0, TRANSITION_ROLE, transition.key)
                        self._transitions[transition.key] = child
                self._shape = shape
                self.expandAll()
            for step_id in order:
                step = pathway.step(step_id)
                if self._filled.get(step_id) is not step:  # only what changed is written
                    self._fill_step(self._steps[step_id], step, client, catalogue)
                    self._filled[step_id] = step
            for transition in transitions:
                ends = (
                    transition,
                    pathway.step(transition.from_step),
                    pathway.step(transition.to_step),
                )
                key = transition.key
                cached = self._filled.get(key)
                if not isinstance(cached, tuple) or any(
                    a is not b for a, b in zip(cached, ends, strict=True)
                ):
                    self._fill_transition(self._transitions[key], transition, pathway, catalogue)
                    self._filled[key] = ends
            self._select(*selected)
        finally:
            self._quiet = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._flush()

    def _fill_step(
        self, item: QTreeWidgetItem, step: Step, client: Client | None, catalogue: ServiceCatalogue
    ) -> None:
        text = card_text(step, catalogue, client)
        details = [text.status, text.dates or self.tr("no dates")]
        if text.responsible:
            details.append(text.responsible)
        item.setText(0, f"{text.title}\n{' · '.join(details)}")
        item.setData(0, STATUS_ROLE, step.status)
        font = item.font(0)
        font.setStrikeOut(step.status == "cancelled")
        item.setFont(0, font)
        item.setToolTip(0, text.tooltip)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text.summary)

    def _fill_transition(
        self,
        item: QTreeWidgetItem,
        transition: Transition,
        pathway: Pathway,
        catalogue: ServiceCatalogue,
    ) -> None:
        target = step_display_name(pathway.step(transition.to_step), catalogue)
        kind = labels.transition_kind_name(transition.kind)
        marks = []
        if transition.referral:
            marks.append(self.tr("referral"))
        if transition.shared_info:
            marks.append(
                self.tr("shares %1").replace(
                    "%1", ", ".join(labels.shared_info_name(c) for c in transition.shared_info)
                )
            )
        details = [kind, *([format_date(transition.date)] if transition.date else []), *marks]
        item.setText(0, f"\u2192 {target}\n{' · '.join(details)}")
        source = step_display_name(pathway.step(transition.from_step), catalogue)
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("%1 to %2, %3")
            .replace("%1", source)
            .replace("%2", target)
            .replace("%3", ", ".join([kind, *marks])),
        )

    # --- Selection ----------------------------------------------------------------------------

    def _selected_steps(self) -> list[str]:
        return [
            item.data(0, STEP_ROLE)
            for item in self.selectedItems()
            if item.data(0, STEP_ROLE) is not None
        ]

    def _selected_keys(self) -> list[tuple[str, str, str]]:
        return [
            tuple(item.data(0, TRANSITION_ROLE))
            for item in self.selectedItems()
            if item.data(0, TRANSITION_ROLE) is not None
        ]

    def selected_step_ids(self) -> list[str]:
        self._flush()
        return self._selected_steps()

    def selected_transition_keys(self) -> list[tuple[str, str, str]]:
        self._flush()
        return self._selected_keys()

    def select(self, step_ids: list[str], transition_keys: list[tuple[str, str, str]]) -> None:
        """Select these rows without reporting it back (the canvas selected them)."""
        if self._pending is not None:
            self._selection_wanted = (list(step_ids), list(transition_keys))
            return
        self._quiet = True
        try:
            self._select(step_ids, transition_keys)
        finally:
            self._quiet = False

    def _select(self, step_ids: list[str], transition_keys: list[tuple[str, str, str]]) -> None:
        wanted = [self._steps[s] for s in step_ids if s in self._steps]
        # A key may arrive as a list (through a Qt signal): the dictionary's keys are tuples.
        keys = [(k[0], k[1], k[2]) for k in transition_keys]
        wanted += [self._transitions[k] for k in keys if k in self._transitions]
        if set(map(id, wanted)) == set(map(id, self.selectedItems())):
            return
        self.clearSelection()
        for item in wanted:
            item.setSelected(True)
        if wanted:
            self.setCurrentItem(wanted[0], 0, self.selectionModel().SelectionFlag.NoUpdate)
            self.scrollToItem(wanted[0])

    def step_item(self, step_id: str) -> QTreeWidgetItem | None:
        self._flush()
        return self._steps.get(step_id)

    def transition_item(self, key: tuple[str, str, str]) -> QTreeWidgetItem | None:
        self._flush()
        return self._transitions.get(key)

    def step_rows(self) -> list[str]:
        """Step ids in the order the rows show them."""
        self._flush()
        rows = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [row.data(0, STEP_ROLE) for row in rows if row is not None]

    @Slot()
    def _on_selection_changed(self) -> None:
        if not self._quiet:
            self.items_selected.emit(self._selected_steps(), self._selected_keys())
