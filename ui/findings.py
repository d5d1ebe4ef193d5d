"""The findings panel beside the map: the pathway's checks, suggestions, and the team's evidence.

:class:`FindingsPanel` is a tab of the editor's side panel. It runs ``pathways.checks`` on the
pathway on show whenever the document changes (``pathway_changed``, ``details_changed``,
``pathways_changed``) or another pathway is shown, and lists:

- the **findings**, each with its severity as a sign *and* a word (an error is a red disc, a
  warning an amber triangle; never colour alone), its kind and its message. Choosing one
  selects its steps on the map and brings them into view; the cards carry a badge with the
  number of their findings (``ui.canvas``), whose tooltip lists them;
- the **suggestions** for unmet needs; Enter (or the button) adds the chosen one as a planned
  step through the document's undoable edits, so it is saved at once and Undo takes it back;
- the **evidence** of the team's own history (``pathways.outcomes``, ``docs/outcomes.md``):
  beside each suggestion and for the selected step, what became of earlier clients after that
  service — only where at least ten clients stand behind the figure, always with their number,
  and with a note that it describes earlier clients and is no recommendation.

Threads: the checks take well under a millisecond, so they run on the GUI thread, coalesced
by a 0-ms single-shot timer (a compound edit emits several signals; one check follows). The
evidence needs every client's pathways, so :class:`OutcomeEvidence` reads and counts them on a
worker (:func:`count_estimates` on ``ui.jobs``), once per window session when the panel is first
shown, again every :data:`REFRESH_MINUTES` minutes and when the window re-reads its clients.
The worker touches no widget; its result comes back through a queued signal and a result
that is no longer wanted (a newer count started) is dropped.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pathways import labels
from pathways.catalogue import ServiceCatalogue
from pathways.checks import CheckResult, Finding, Suggestion, check_pathway
from pathways.i18n import current_language
from pathways.outcomes import OutcomeEstimate, describe, estimate_outcomes
from ui.canvas import READING_ZOOM, paint_severity_sign
from ui.jobs import Job, run_job

if TYPE_CHECKING:
    from ui.editor import PathwayEditor

log = logging.getLogger(__name__)

#: How often the evidence is counted again while the window is open (other workstations add
#: pathways too); the window also asks for it when it re-reads its clients (F5).
REFRESH_MINUTES = 15

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the Finding of a row
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 2  # the Suggestion of a row

HINT_STYLE = "color: #4a4a4a;"


@functools.cache
def severity_icon(severity: str, size: int = 16) -> QIcon:
    """The sign of a severity as an icon: a red disc for an error, an amber triangle for a
    warning (the shapes differ, so the colour is never the only difference)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    paint_severity_sign(painter, QPointF(size / 2, size / 2 + 0.5), size * 0.42, severity)
    painter.end()
    return QIcon(pixmap)


# --- Evidence of the team's own history, counted on a worker -------------------------------------


def count_estimates(repository: Any, today: date) -> tuple[dict[str, OutcomeEstimate], int]:
    """Reads every client and counts what became of them after each service; returns the
    estimates by service code and the thread that counted.

    Runs on the worker; never touch widgets here. The repository opens a session of its own for
    the read (one unit of work), and its engine is safe to share between threads.
    """
    clients = repository.load_clients(None)
    catalogue = repository.catalogue()
    return estimate_outcomes(clients, catalogue, today=today), threading.get_ident()


class OutcomeEvidence(QObject):
    """The outcome estimates of the whole caseload for this window session (GUI thread object).

    :meth:`start` counts them the first time it is called; later counts come from the timer
    and :meth:`refresh`. Until the first count is in, :meth:`text_for` says nothing.
    """

    #: New estimates are in.
    estimates_changed = Signal()
    #: Counting started or ended (True while a worker counts).
    counting_changed = Signal(bool)

    def __init__(
        self,
        repository: Any,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._today = today
        self._estimates: dict[str, OutcomeEstimate] | None = None
        self._job: Job | None = None
        self._counting = False
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MINUTES * 60 * 1000)
        self._timer.timeout.connect(self.refresh)
        #: The thread the last count ran on (a worker's, never the GUI thread's).
        self.worker_thread: int | None = None

    @property
    def ready(self) -> bool:
        return self._estimates is not None

    @property
    def counting(self) -> bool:
        return self._counting

    @property
    def estimates(self) -> dict[str, OutcomeEstimate]:
        return dict(self._estimates or {})

    def start(self) -> None:
        """Count once for the session (nothing if done or under way) and keep it fresh."""
        if not self._timer.isActive():
            self._timer.start()
        if self._estimates is None and not self._counting:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Count again on a worker; the result replaces the estimates when it comes."""
        if self._repository is None:
            return
        if self._job is not None:
            self._job.cancel()  # a newer count replaces it
        repository, today = self._repository, self._today()
        self._job = run_job(
            lambda: count_estimates(repository, today), self._on_finished, self._on_failed,
            context=self,
        )
        self._set_counting(True)

    def stop(self) -> None:
        """No more counts; a count under way is ignored when it ends."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._set_counting(False)

    def text_for(self, service: str, catalogue: ServiceCatalogue) -> str | None:
        """The evidence about *service* in the current language, or None when there is none
        yet or fewer than ten earlier clients stand behind it (``pathways.outcomes.describe``)."""
        estimate = (self._estimates or {}).get(service)
        if estimate is None:
            return None
        return describe(estimate, current_language(), catalogue)

    def _on_finished(self, result: tuple[dict[str, OutcomeEstimate], int]) -> None:
        self._job = None
        self._estimates, self.worker_thread = result
        self._set_counting(False)
        self.estimates_changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._job = None
        log.warning("the outcome estimates could not be counted: %s", type(error).__name__)
        self._set_counting(False)

    def _set_counting(self, counting: bool) -> None:
        if counting != self._counting:
            self._counting = counting
            self.counting_changed.emit(counting)


# --- The panel -----------------------------------------------------------------------------------


def _finding_key(finding: Finding) -> tuple[object, ...]:
    """What identifies a finding from one check to the next (its message may change)."""
    return (finding.kind, tuple(finding.steps), finding.domain, finding.reason)


class FindingsPanel(QWidget):
    """The checks of the pathway on show in the editor: findings, suggestions and evidence."""

    #: The findings were counted again: (errors, warnings).
    findings_changed = Signal(int, int)
    #: The six-month follow-up finding was activated: record the follow-up (the window opens it).
    follow_up_requested = Signal()

    def __init__(self, editor: PathwayEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._today: date | None = None
        self._result: CheckResult | None = None
        self._evidence: OutcomeEvidence | None = None
        self._quiet = False  # True while the lists are filled: no selection is acted on
        self._suggestions_have_evidence = False
        self.setAccessibleName(self.tr("Checks"))

        # A compound edit emits several signals: one check follows them all.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.check_now)

        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._summary.font()
        font.setBold(True)
        self._summary.setFont(font)

        self._findings = QListWidget(self)
        self._findings.setAccessibleName(self.tr("Findings"))
        self._findings.setAccessibleDescription(
            self.tr(
                "Choosing a finding selects its steps on the map. Enter on the six-month "
                "follow-up opens its form."
            )
        )
        self._prepare_list(self._findings)
        self._findings.currentItemChanged.connect(self._on_finding_chosen)
        self._findings.itemClicked.connect(lambda item: self._show_finding(item))
        self._findings.itemActivated.connect(lambda item: self._show_finding(item))
        self._findings.itemActivated.connect(self._on_finding_activated)

        self._suggestions_heading = QLabel(self.tr("Su&ggestions for unmet needs"), self)
        self._suggestions_heading.setFont(font)
        self._suggestions = QListWidget(self)
        self._suggestions.setAccessibleName(self.tr("Suggestions"))
        self._suggestions.setAccessibleDescription(
            self.tr("Press Enter to add the chosen service to the pathway as a planned step.")
        )
        self._suggestions_heading.setBuddy(self._suggestions)
        self._prepare_list(self._suggestions)
        self._suggestions.itemActivated.connect(lambda _item: self.add_chosen_suggestion())
        self._suggestions.currentItemChanged.connect(lambda *_: self._update_add_button())
        self._no_suggestions = QLabel(self)
        self._no_suggestions.setWordWrap(True)
        self._no_suggestions.setStyleSheet(HINT_STYLE)
        self._add_button = QPushButton(self.tr("&Add as a planned step"), self)
        self._add_button.setAccessibleName(self.tr("Add the chosen suggestion as a planned step"))
        self._add_button.clicked.connect(self.add_chosen_suggestion)

        self._step_evidence = QLabel(self)
        self._step_evidence.setWordWrap(True)
        self._step_evidence.setTextFormat(Qt.TextFormat.PlainText)
        self._step_evidence.setFrameShape(QFrame.Shape.StyledPanel)
        self._step_evidence.setMargin(6)
        self._step_evidence.setAccessibleName(self.tr("Earlier clients after the selected step"))
        self._step_evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._evidence_note = QLabel(self)
        self._evidence_note.setWordWrap(True)
        self._evidence_note.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self._summary)
        layout.addWidget(self._findings, 3)
        layout.addSpacing(4)
        layout.addWidget(self._suggestions_heading)
        layout.addWidget(self._suggestions, 2)
        layout.addWidget(self._no_suggestions)
        layout.addWidget(self._add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._step_evidence)
        layout.addWidget(self._evidence_note)
        layout.addStretch(0)

        editor.pathway_shown.connect(self.schedule_check)
        editor.selection_changed.connect(self._on_selection_changed)
        self._show(None)

    @staticmethod
    def _prepare_list(widget: QListWidget) -> None:
        # Rows of two or three wrapped lines: the panel beside the map is narrow.
        widget.setWordWrap(True)
        widget.setUniformItemSizes(False)
        widget.setResizeMode(QListWidget.ResizeMode.Adjust)
        widget.setTextElideMode(Qt.TextElideMode.ElideNone)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        widget.setAlternatingRowColors(True)
        widget.setSpacing(1)

    # --- What the editor and the tests use --------------------------------------------------------

    @property
    def result(self) -> CheckResult | None:
        """The last check of the pathway on show (None when there is none)."""
        return self._result

    @property
    def findings_list(self) -> QListWidget:
        return self._findings

    @property
    def suggestions_list(self) -> QListWidget:
        return self._suggestions

    @property
    def add_button(self) -> QPushButton:
        return self._add_button

    @property
    def step_evidence_text(self) -> str:
        return "" if self._step_evidence.isHidden() else self._step_evidence.text()

    @property
    def evidence_note(self) -> str:
        return "" if self._evidence_note.isHidden() else self._evidence_note.text()

    @property
    def evidence(self) -> OutcomeEvidence | None:
        """The estimates of the team's history (made when the panel is first shown)."""
        return self._evidence

    def today(self) -> date:
        return self._today or date.today()

    def set_today(self, day: date | None) -> None:
        """Check as of *day* (None: the current date, read at each check)."""
        self._today = day
        self.schedule_check()

    def finding_texts(self) -> list[str]:
        return [self._findings.item(i).text() for i in range(self._findings.count())]

    def suggestion_texts(self) -> list[str]:
        return [self._suggestions.item(i).text() for i in range(self._suggestions.count())]

    def focus_first_list(self) -> None:
        """Put the keyboard in the findings, else in the suggestions (when there are none)."""
        self.check_now()  # what the user is about to read must be today's
        for widget in (self._findings, self._suggestions):
            if not widget.isHidden():
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    @Slot()
    def schedule_check(self) -> None:
        """Check again once the event loop is back (many calls in a row: one check)."""
        self._timer.start()

    @Slot()
    def refresh_evidence(self) -> None:
        """Count the team's history again (the window re-read its clients)."""
        if self._evidence is not None:
            self._evidence.refresh()

    # --- Checking --------------------------------------------------------------------------------

    @Slot()
    def check_now(self) -> None:
        self._timer.stop()
        document = self._editor.document
        pathway_id = self._editor.current_pathway_id()
        if document is None or not shiboken6.isValid(document) or pathway_id is None:
            self._show(None)
            return
        pathway = document.pathway(pathway_id)
        if pathway is None:
            self._show(None)
            return
        result = check_pathway(document.client, pathway, self._editor.catalogue, today=self.today())
        if self._evidence is None and self.isVisible():
            self.start_evidence()  # shown before there was a client to read the history with
        self._show(result)

    def _show(self, result: CheckResult | None) -> None:
        previous, self._result = self._result, result
        findings = result.findings if result is not None else []
        badges: dict[str, list[tuple[str, str]]] = {}
        for finding in findings:
            for step_id in dict.fromkeys(finding.steps):
                badges.setdefault(step_id, []).append((finding.severity, finding.message))
        # Always: the scene forgets its badges when it is shown another pathway object.
        self._editor.scene.set_findings(badges)
        if (
            result is not None
            and previous is not None
            and (previous.pathway, previous.findings, previous.suggestions)
            == (result.pathway, result.findings, result.suggestions)
            and previous.current_stage == result.current_stage
        ):
            return  # most edits (a card moved, a note typed) change no row of the lists
        self._fill_findings(result)
        self._fill_suggestions(result)
        self._show_step_evidence()
        errors = sum(1 for f in findings if f.severity == "error")
        self.findings_changed.emit(errors, len(findings) - errors)

    def _fill_findings(self, result: CheckResult | None) -> None:
        current = self._findings.currentItem()
        wanted = _finding_key(current.data(FINDING_ROLE)) if current is not None else None
        self._quiet = True
        try:
            self._findings.clear()
            findings = result.findings if result is not None else []
            for finding in findings:
                severity = labels.severity_name(finding.severity)
                kind = labels.finding_kind_name(finding.kind)
                item = QListWidgetItem(
                    severity_icon(finding.severity), f"{severity} \u00b7 {kind}\n{finding.message}"
                )
                item.setData(FINDING_ROLE, finding)
                item.setToolTip(finding.message)
                self._findings.addItem(item)
                if wanted is not None and _finding_key(finding) == wanted:
                    self._findings.setCurrentItem(item)
        finally:
            self._quiet = False
        self._findings.setVisible(bool(result is not None and result.findings))
        QTimer.singleShot(0, self, self._fit_findings)
        self._summary.setText(self._summary_text(result))
        self._summary.setAccessibleName(self._summary.text())

    @Slot()
    def _fit_findings(self) -> None:
        """The findings list no taller than its rows: the rest of the room is the suggestions'.

        (Rows wrap to the list's width, so their height is known only once laid out.)"""
        widget = self._findings
        if not widget.count():
            return
        widget.doItemsLayout()
        last = widget.visualItemRect(widget.item(widget.count() - 1))
        content = last.bottom() + 1 + widget.verticalScrollBar().value() + widget.spacing()
        widget.setMaximumHeight(max(content + 2 * widget.frameWidth() + 2, 48))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_findings)

    def _summary_text(self, result: CheckResult | None) -> str:
        if result is None:
            return self.tr("No pathway on show.")
        errors = sum(1 for f in result.findings if f.severity == "error")
        warnings = len(result.findings) - errors
        parts = []
        if errors:
            one, many = self.tr("1 error"), self.tr("%1 errors")
            parts.append(one if errors == 1 else many.replace("%1", str(errors)))
        if warnings:
            one, many = self.tr("1 warning"), self.tr("%1 warnings")
            parts.append(one if warnings == 1 else many.replace("%1", str(warnings)))
        text = (
            ", ".join(parts)
            if parts
            else self.tr("No findings: no gaps, dead ends, overdue steps or consent problems.")
        )
        if result.current_stage is not None:
            text += "\n" + self.tr("Now at: %1").replace(
                "%1", labels.stage_name(result.current_stage)
            )
        return text

    def _fill_suggestions(self, result: CheckResult | None) -> None:
        row = self._suggestions.currentRow()
        current = self._suggestions.currentItem()
        wanted = current.data(SUGGESTION_ROLE) if current is not None else None
        catalogue = self._editor.catalogue
        any_evidence = False
        self._suggestions.clear()
        suggestions = result.suggestions if result is not None else []
        chosen: QListWidgetItem | None = None
        for suggestion in suggestions:
            lines = [
                self.tr("Suggested for need: %1 \u2014 %2")
                .replace("%1", labels.need_domain_name(suggestion.for_need))
                .replace("%2", labels.service_name(catalogue, suggestion.service)),
                suggestion.reason,
            ]
            evidence = self._evidence_text(suggestion.service)
            if evidence:
                lines.append(evidence)
                any_evidence = True
            item = QListWidgetItem("\n".join(lines))
            item.setData(SUGGESTION_ROLE, suggestion)
            self._suggestions.addItem(item)
            if wanted is not None and (suggestion.service, suggestion.for_need) == (
                wanted.service,
                wanted.for_need,
            ):
                chosen = item
        if chosen is None and self._suggestions.count():
            # The chosen one was added (or went away): the next one takes its place; with
            # none chosen yet, the first is ready for Enter.
            chosen = self._suggestions.item(min(max(row, 0), self._suggestions.count() - 1))
        if chosen is not None:
            self._suggestions.setCurrentItem(chosen)
        has = bool(suggestions)
        self._suggestions.setVisible(has)
        self._add_button.setVisible(has)
        self._no_suggestions.setVisible(result is not None and not has)
        self._no_suggestions.setText(
            self.tr("Every need of level 2 or 3 has a service in the pathway.")
        )
        self._suggestions_heading.setVisible(result is not None)
        self._suggestions_have_evidence = any_evidence
        self._update_add_button()

    def _update_add_button(self) -> None:
        self._add_button.setEnabled(self._suggestions.currentItem() is not None)

    # --- Evidence --------------------------------------------------------------------------------

    def _evidence_text(self, service: str) -> str | None:
        if self._evidence is None:
            return None
        return self._evidence.text_for(service, self._editor.catalogue)

    @Slot(list)
    def _on_selection_changed(self, _step_ids: list[str]) -> None:
        self._show_step_evidence()

    def _show_step_evidence(self) -> None:
        text = None
        document = self._editor.document
        pathway_id = self._editor.current_pathway_id()
        steps = self._editor.scene.selected_step_ids()
        if len(steps) == 1 and document is not None and pathway_id is not None:
            pathway = document.pathway(pathway_id)
            if pathway is not None and pathway.has_step(steps[0]):
                text = self._evidence_text(pathway.step(steps[0]).service)
        self._step_evidence.setText(text or "")
        self._step_evidence.setVisible(bool(text))
        self._update_note()

    def _update_note(self) -> None:
        evidence = self._evidence
        shown = bool(self._step_evidence.text()) or self._suggestions_have_evidence
        if shown:
            self._evidence_note.setText(
                self.tr(
                    "Based on this team's records of earlier clients; not a recommendation "
                    "for this client."
                )
            )
        elif evidence is not None and evidence.counting and not evidence.ready:
            self._evidence_note.setText(self.tr("Looking at earlier clients' pathways…"))
        else:
            self._evidence_note.setText("")
        self._evidence_note.setVisible(bool(self._evidence_note.text()))

    @Slot()
    def _on_estimates_changed(self) -> None:
        self._fill_suggestions(self._result)
        self._show_step_evidence()

    def start_evidence(self) -> None:
        """Count the team's history on a worker, once for the session (done when first shown)."""
        if self._evidence is None:
            document = self._editor.document
            repository = document.repository if document is not None else None
            if repository is None:
                return
            self._evidence = OutcomeEvidence(repository, self, today=self.today)
            self._evidence.estimates_changed.connect(self._on_estimates_changed)
            self._evidence.counting_changed.connect(lambda _counting: self._update_note())
        self._evidence.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start_evidence()

    # --- Acting on a choice ----------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_finding_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._quiet:
            self._show_finding(current)

    def _on_finding_activated(self, item: QListWidgetItem) -> None:
        finding: Finding = item.data(FINDING_ROLE)
        if finding.kind == "follow_up":
            self.follow_up_requested.emit()

    def _show_finding(self, item: QListWidgetItem) -> None:
        """Select the finding's steps on the map and bring them into view; for a need without a
        service, choose the first suggestion for that need."""
        finding: Finding = item.data(FINDING_ROLE)
        if finding.steps:
            self.show_steps(finding.steps)
            return
        for row in range(self._suggestions.count()):
            suggestion: Suggestion = self._suggestions.item(row).data(SUGGESTION_ROLE)
            if suggestion.for_need == finding.domain:
                self._suggestions.setCurrentRow(row)
                self._suggestions.scrollToItem(self._suggestions.item(row))
                break

    def show_steps(self, step_ids: list[str]) -> None:
        scene, view = self._editor.scene, self._editor.view
        scene.select(step_ids)
        cards = [card for card in (scene.card(s) for s in step_ids) if card is not None]
        if not cards:
            return
        area = cards[0].sceneBoundingRect()
        for card in cards[1:]:
            area = area.united(card.sceneBoundingRect())
        viewport = view.viewport().rect()
        fitting = min(
            (viewport.width() - 80) / max(area.width(), 1.0),
            (viewport.height() - 80) / max(area.height(), 1.0),
        )
        if fitting < view.zoom and fitting >= READING_ZOOM:
            view.set_zoom(fitting)  # zoomed in too far to see both ends of a transition
        if fitting >= min(view.zoom, READING_ZOOM):
            view.ensureVisible(area, 40, 40)
        else:  # too far apart to read both at once: the first step in the middle
            view.centerOn(cards[0].sceneBoundingRect().center())

    @Slot()
    def add_chosen_suggestion(self) -> str | None:
        """Add the chosen suggestion as a planned step (one undoable, saved edit); its id."""
        item = self._suggestions.currentItem()
        if item is None:
            return None
        suggestion: Suggestion = item.data(SUGGESTION_ROLE)
        step_id = self._editor.add_service(suggestion.service)
        self.check_now()  # at once: the list the user is in must not offer it again
        return step_id
