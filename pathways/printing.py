"""Printed pages of a pathway: composition, the client copy, the meeting sheet, and the files.

A print is a list of pages (matplotlib Figures the size of the paper, from
:mod:`pathways.diagram`): the diagram over one page or more, each with a header (whom and what
it is about, the goal, the print date), a legend, who does what and a footer marked
confidential with page numbers; optionally a meeting sheet, or a client copy in plain language.
:func:`save_document` writes them as one PDF (vector, fonts embedded) or one PNG / SVG per page,
atomically. No Qt here: the command line and the window's worker both call these functions.

What must never reach paper: the personal identity code (not in any text, nor in the file's
metadata), and, in a pseudonymised print, any part of the client's name — they are removed from
every free text before it is drawn.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pathways import files
from pathways.catalogue import ServiceCatalogue, short_service_name
from pathways.diagram import (
    PROFESSIONAL,
    DiagramWords,
    ScaleLimits,
    Sheet,
    StageSplit,
    StepCard,
    TimelinePage,
    TypeScale,
    column_index,
    draw_legend,
    draw_stage_page,
    draw_timeline_page,
    fit_stage_view,
    for_paper,
    lane_label_width,
    legend_entries,
    plan_stage_pages,
    plan_timeline_pages,
    split_stage_view,
    stage_header_height,
    timeline_header_height,
    timeline_model,
    trimmed,
)
from pathways.diagram_i18n import tr
from pathways.diagram_text import cap_height, line_height, text_width, wrap
from pathways.errors import InputError
from pathways.i18n import N_, _, current_language, format_date
from pathways.labels import (
    FINDING_KIND_NAMES,
    GOAL_OUTCOME_NAMES,
    PATHWAY_STATUS_NAMES,
    SEVERITY_NAMES,
)
from pathways.layout import Box, Layout, month_periods, stage_layout, timeline_layout
from pathways.model import AgreedVersion, Client, Pathway, Step, TeamMember
from pathways.stages import goal_stages
from pathways.style import GONE, INK, INK_SOFT, STATUS_STYLES

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from pathways.compare import Comparison

#: ``date`` under another name, for annotations inside classes that have a ``date`` method.
_Day = date

MM = 72.0 / 25.4
#: Landscape paper in points (width, height).
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (297 * MM, 210 * MM),
    "A3": (420 * MM, 297 * MM),
}
#: Office printers leave 4–6 mm unprinted; 12 mm keeps every mark on paper with room to spare.
MARGIN = 12 * MM
FORMATS = ("pdf", "png", "svg")
PNG_DPI = 200

# The pseudonym's alphabet: no vowels (so no code spells a word), none of the look-alikes
# 0/O, 1/I/L, 2/Z, 5/S, 8/B. 20 symbols, 4 of them: 160 000 codes.
PSEUDONYM_ALPHABET = "CDFHJKMNPRTVWXY34679"
PSEUDONYM_LENGTH = 4
_KEY_ENV = "POLKU_PSEUDONYM_KEY"

# A Finnish personal identity code anywhere in a text: six digits, the century sign, three
# digits and the check character (spec of pathways.hetu), whatever the case.
_PERSONAL_ID = re.compile(
    r"(?<![0-9A-Za-z])[0-9]{6}[-+A-FU-Ya-fu-y][0-9]{3}[0-9A-Ya-y](?![0-9A-Za-z])"
)
_REDACTED = "▇▇▇"
# The same code written without its century sign (``0511799515``): ten characters whose last
# is the right check character of the nine digits before it, and whose first six are a date.
_SIGNLESS_ID = re.compile(r"(?<![0-9A-Za-z])([0-9]{6})([0-9]{3})([0-9A-Ya-y])(?![0-9A-Za-z])")


def _signless(match: re.Match[str]) -> str:
    from pathways.hetu import check_character

    date, number, check = match.group(1), match.group(2), match.group(3).upper()
    day, month = int(date[:2]), int(date[2:4])
    if 1 <= day <= 31 and 1 <= month <= 12 and check_character(date + number) == check:
        return _REDACTED
    return match.group(0)


# --- Options -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """What to print: the view, the paper, the language and the kind of copy."""

    view: str = "stages"  # "stages" | "timeline"
    paper: str = "A4"  # "A4" | "A3"
    lang: str = "fi"
    pseudonymize: bool = False
    client_copy: bool = False
    meeting_sheet: bool = False
    today: date | None = None
    #: The key of the pseudonym's keyed hash; None takes the installation's key.
    pseudonym_key: bytes | None = None
    #: An agreed version printed as it was agreed: the diagram's today line, open ends and
    #: findings are as of its ``agreed_on``; the header keeps the print date.
    version: AgreedVersion | None = None
    #: Mark on the map what changed since this agreed version, and add a page listing it.
    changes_since: AgreedVersion | None = None
    changes: Comparison | None = None

    def __post_init__(self) -> None:
        if self.view not in ("stages", "timeline"):
            raise InputError(_("polku print: unknown view {view} (stages or timeline)").format(
                view=self.view))
        if self.paper not in PAPER_SIZES:
            raise InputError(_("polku print: unknown paper {paper} (A4 or A3)").format(
                paper=self.paper))
        if self.lang not in ("fi", "sv", "en"):
            raise InputError(_("polku print: unknown language {lang} (fi, sv or en)").format(
                lang=self.lang))


@dataclass(slots=True)
class PrintDocument:
    """The pages of one print, ready to save; *title* goes into the file's metadata."""

    pages: list[Figure]
    title: str
    #: The smallest font size drawn on any page, in points on paper.
    smallest_text: float
    sheets: list[Sheet] = field(default_factory=list)


# --- Pseudonyms and redaction ----------------------------------------------------------------


def installation_key() -> bytes:
    """The key of this installation's pseudonyms: $POLKU_PSEUDONYM_KEY, else a random key kept
    in the user's configuration folder (created once, readable by the user only).

    A team that prints from several workstations sets the same key on each, so a client gets
    the same code everywhere.
    """
    configured = os.environ.get(_KEY_ENV)
    if configured:
        return configured.encode("utf-8")
    from platformdirs import user_config_path

    folder = user_config_path("Polku", appauthor=False)
    path = folder / "pseudonym.key"
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex())
    return key


def pseudonym_code(client_id: str, key: bytes) -> str:
    """Four characters that stand for a client on a pseudonymised print.

    A keyed hash (HMAC-SHA-256) of the client's id: the same client always gets the same code
    under the same key, and the code reveals nothing of the id or the name — no initials,
    nothing that can be turned back without the key.
    """
    digest = hmac.new(key, client_id.encode("utf-8"), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    symbols = []
    for _position in range(PSEUDONYM_LENGTH):
        number, index = divmod(number, len(PSEUDONYM_ALPHABET))
        symbols.append(PSEUDONYM_ALPHABET[index])
    return "".join(symbols)


def _name_stems(name: str) -> list[str]:
    """The parts of a name and the stems Finnish inflection keeps (Laaksonen → Laakso-)."""
    stems: set[str] = set()
    for part in re.split(r"[\s\-]+", name):
        part = part.strip(".,")
        if len(part) < 2:
            continue
        stems.add(part)
        if part.lower().endswith("nen") and len(part) > 5:
            stems.add(part[:-3])  # Laaksonen → Laaksosen, Laaksoselle
        elif len(part) >= 5:
            stems.add(part[:-1])  # Noora → Nooran, Pekka → Pekan (gradation) not all caught
    return sorted(stems, key=len, reverse=True)


class Redactor:
    """Removes what must not be printed from every free text before it is drawn."""

    def __init__(self, client: Client, *, pseudonym: str | None) -> None:
        self.pseudonym = pseudonym
        self._personal_id = (client.personal_id or "").strip()
        self._name_pattern: re.Pattern[str] | None = None
        if pseudonym is not None:
            stems = _name_stems(client.name)
            if stems:
                alternatives = "|".join(re.escape(stem) for stem in stems)
                # A word that starts with any part of the name, in any inflection.
                self._name_pattern = re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        if self._personal_id:
            text = re.sub(re.escape(self._personal_id), _REDACTED, text, flags=re.IGNORECASE)
            if len(self._personal_id) == 11:  # the client's own code without its sign too
                bare = self._personal_id[:6] + self._personal_id[7:]
                text = re.sub(re.escape(bare), _REDACTED, text, flags=re.IGNORECASE)
        text = _PERSONAL_ID.sub(_REDACTED, text)
        text = _SIGNLESS_ID.sub(_signless, text)
        if self._name_pattern is not None and self.pseudonym is not None:
            text = self._name_pattern.sub(self.pseudonym, text)
        return text


# --- The words of the print ------------------------------------------------------------------


@dataclass(slots=True)
class _Context:
    client: Client
    pathway: Pathway
    catalogue: ServiceCatalogue
    options: PrintOptions
    words: DiagramWords
    redact: Redactor
    type_scale: TypeScale
    today: date
    display_name: str
    steps: list[Step]  # those printed
    #: The day of printing when the print shows another day (an agreed version's).
    printed_on: date | None = None

    @property
    def lang(self) -> str:
        return self.options.lang

    def t(self, message: str, **values: object) -> str:
        return self.words.t(message, **values)

    def service_name(self, step: Step, *, short: bool = False) -> str:
        """The service's name; *short*: the catalogue's short name, for a card."""
        if short:
            return short_service_name(self.catalogue, step.service, self.lang)
        service_type = self.catalogue.get(step.service)
        return service_type.name(self.lang) if service_type is not None else step.service

    def card_title(self, step: Step) -> str:
        """What a card or bar calls the step: its own title, else the short service name."""
        if step.title:
            return self.redact(step.title)
        return self.service_name(step, short=True)

    def step_title(self, step: Step) -> str:
        if step.title:
            return self.redact(step.title)
        return self.service_name(step)

    def member(self, member_id: str | None) -> TeamMember | None:
        return self.client.team_member(member_id) if member_id else None

    def date(self, day: date | None) -> str:
        return format_date(day, self.lang)

    def dates(self, step: Step, *, compact: bool = False) -> str:
        if step.start and step.end and step.status == "ongoing":
            # An ongoing step's end is its planned or decided end: "until 31.5.2027".
            return self.t("{start} until {end}", start=self.date(step.start),
                          end=self.date(step.end))
        if step.start and step.end:
            if compact and step.start.year == step.end.year:
                return self._same_year_range(step.start, step.end)
            return f"{self.date(step.start)} – {self.date(step.end)}"
        if step.start:
            return self.t("from {date}", date=self.date(step.start))
        if step.end:
            return self.t("until {date}", date=self.date(step.end))
        return self.t("No date yet")

    def _same_year_range(self, start: _Day, end: _Day) -> str:
        """A range within one year written once, as Finnish and Swedish typesetting does
        (19.2.–20.4.2025, 19.2–20.4.2025) and English (19 Feb – 20 Apr 2025): it fits a card."""
        if self.lang == "fi":
            return f"{start.day}.{start.month}.–{self.date(end)}"
        if self.lang == "sv":
            return f"{start.day}.{start.month}–{self.date(end)}"
        return f"{self.date(start).rsplit(' ', 1)[0]} – {self.date(end)}"


def _step_card(context: _Context, step: Step, goal: set[str]) -> StepCard:
    stage = context.catalogue.stage_of(step.service)
    in_goal = stage in goal
    lines: list[str] = []
    member = context.member(step.responsible)
    if member is not None:
        lines.append(member.name)
    if step.provider:
        lines.append(context.redact(step.provider))
    if step.title:
        lines.append(context.service_name(step, short=True))
    return StepCard(step.id, step.status, context.card_title(step),
                    context.dates(step, compact=True), tuple(lines), in_goal)


def _goal_text(context: _Context, *, with_date: bool = True) -> str:
    goal = context.client.goal
    if goal is None:
        return ""
    text = context.redact(goal.description) if goal.description else ""
    if not text:
        source = GOAL_OUTCOME_NAMES.get(goal.outcome)
        text = tr(source, context.lang) if source else goal.outcome
    if with_date and goal.target_date:
        target = context.t("Target date {date}", date=context.date(goal.target_date))
        text += f" ({target})"
    return text


def _involved_members(context: _Context) -> list[TeamMember]:
    """The team members responsible for a step on this pathway, else the whole team."""
    responsible = [s.responsible for s in context.steps
                   if s.responsible and s.status != "cancelled"]
    members = [m for m in context.client.team if m.id in set(responsible)]
    return members or list(context.client.team)


# --- Page frame: header, footer, legend, team --------------------------------------------------


@dataclass(slots=True)
class _Frame:
    """The parts of every page of one print, measured once."""

    width: float
    height: float
    header_height: float
    footer_height: float

    @property
    def body(self) -> Box:
        top = MARGIN + self.header_height
        return Box(MARGIN, top, self.width - 2 * MARGIN,
                   self.height - MARGIN - self.footer_height - top)


def _header_lines(context: _Context, subtitle: str, compact: bool = False
                  ) -> tuple[list[tuple[str, float, bool, str]], list[str]]:
    """The header's lines (text, size, bold, colour) on the left and small lines on the right.

    A compact header (pages that continue a diagram) is one line: whom and what.
    """
    type_scale = context.type_scale
    left: list[tuple[str, float, bool, str]] = []
    title = context.redact(context.pathway.title)
    status = context.pathway.status
    if status in ("draft", "closed"):
        title += f" · {tr(PATHWAY_STATUS_NAMES[status], context.lang)}"
    if compact:
        left.append((f"{context.display_name} — {title}", type_scale.subheading, True, INK))
        goal = _goal_text(context)
        if goal:  # the goal stays in sight on every page
            goal_word = context.t("Goal")
            left.append((f"{goal_word}: {goal}", type_scale.small, False, INK_SOFT))
    else:
        left.append((context.display_name, type_scale.heading, True, INK))
        left.append((f"{title} — {subtitle}" if subtitle else title, type_scale.subheading,
                     True, INK))
        goal = _goal_text(context)
        if goal:
            goal_word = context.t("Goal")
            left.append((f"{goal_word}: {goal}", type_scale.body, False, INK_SOFT))
    right = [context.t("Printed {date}", date=context.date(context.printed_on or context.today))]
    right += _agreed_header_lines(context)
    return left, right


def _measure_header(context: _Context, width: float, subtitle: str,
                    compact: bool = False) -> float:
    left, right = _header_lines(context, subtitle, compact)
    right_width = max(text_width(line, context.type_scale.small) for line in right) + 16.0
    height = 0.0
    for text, size, bold, _colour in left:
        height += len(wrap(text, width - right_width, size, bold, max_lines=2)) * line_height(
            size)
    return height + 10.0


def _draw_header(sheet: Sheet, context: _Context, width: float, subtitle: str,
                 compact: bool = False) -> None:
    left, right = _header_lines(context, subtitle, compact)
    small = context.type_scale.small
    right_width = max(text_width(line, small) for line in right) + 16.0
    y = MARGIN
    for text, size, bold, colour in left:
        lines = wrap(text, width - right_width, size, bold, max_lines=2)
        y = sheet.lines(MARGIN, y, lines, size=size, bold=bold, colour=colour)
    sheet.lines(MARGIN + width, MARGIN, right, size=small, colour=INK_SOFT, ha="right")
    rule = y + 4.0
    sheet.polyline([(MARGIN, rule), (MARGIN + width, rule)], colour="#9A9A9A", linewidth=0.8)


def _draw_footer(sheet: Sheet, context: _Context, page: int, total: int) -> None:
    size = context.type_scale.footer
    baseline = sheet.height - MARGIN
    sheet.polyline([(MARGIN, baseline - size - 5), (sheet.width - MARGIN, baseline - size - 5)],
                   colour="#C8C8C8", linewidth=0.6)
    sheet.text(MARGIN, baseline, context.t("Confidential"), size=size, bold=True)
    sheet.text(sheet.width - MARGIN, baseline, f"{page}/{total}", size=size, ha="right")
    sheet.text(sheet.width / 2, baseline, "Polku", size=size, colour=INK_SOFT, ha="center")


def _team_entries(context: _Context, *, with_steps: bool = True
                  ) -> list[tuple[str, list[str]]]:
    """Who does what: (bold first line, further lines) per member; *with_steps*: with the
    steps each is responsible for (the cards name their responsible too)."""
    entries = []
    for member in _involved_members(context):
        head = member.name + (f", {member.role}" if member.role else "")
        details = [part for part in (member.organisation,
                                     f"☎ {member.phone}" if member.phone else "",
                                     f"✉ {member.email}" if member.email else "") if part]
        lines = [" · ".join(details)] if details else []
        # Each step's name once, however many times the pathway repeats the service.
        steps = list(dict.fromkeys(context.card_title(s) for s in context.steps
                                   if s.responsible == member.id and s.status != "cancelled"))
        if steps and with_steps:
            lines.append(context.t("responsible for: {steps}", steps=", ".join(steps)))
        entries.append((head, lines))
    return entries


def _draw_team(sheet: Sheet | None, context: _Context, box: Box, max_height: float) -> float:
    """The "who does what" box, in columns, within *max_height*; returns the height used
    (only measures when *sheet* is None). Members that do not fit are counted in a last line;
    the meeting sheet lists everyone."""
    size = context.type_scale.legend
    step = line_height(size)
    entries = _team_entries(context)
    y = box.y
    if sheet is not None:
        sheet.text(box.x, y + step / 2 + cap_height(size) / 2, context.t("Who does what"),
                   size=size, bold=True)
    y += step + 2.0
    if not entries:
        if sheet is not None:
            sheet.text(box.x, y + step / 2 + cap_height(size) / 2,
                       context.t("No team members recorded."), size=size, colour=INK_SOFT)
        return step * 2 + 2.0
    room = max_height - (y - box.y)
    gap = 12.0
    # As few columns as fit the room; every line wraps whole, never cut. When not everyone
    # fits with the steps they are responsible for, the box names the people without them
    # (each card names its responsible); a member that still does not fit is counted in a
    # last line (the meeting sheet lists everyone).
    for with_steps in (True, False):
        if not with_steps:
            entries = _team_entries(context, with_steps=False)
        for columns in range(1, max(1, min(len(entries), int(box.width // 170.0))) + 1):
            column_width = (box.width - gap * (columns - 1)) / columns
            blocks = []
            heads = []
            for head, lines in entries:
                block = wrap(head, column_width, size, True)
                heads.append(len(block))
                for line in lines:
                    block += wrap(line, column_width - 8.0, size)
                blocks.append(block)
            per_column = -(-len(blocks) // columns)
            tallest = max(sum(len(b) * step + 3.0
                              for b in blocks[c * per_column:(c + 1) * per_column])
                          for c in range(columns))
            if tallest <= room:
                break
        if tallest <= room:
            break
    # Fill columns top to bottom; what does not fit is counted, never drawn over the footer.
    placed: list[tuple[int, float, list[str], int]] = []
    column, offset, hidden = 0, 0.0, 0
    for index, block in enumerate(blocks):
        height = len(block) * step + 3.0
        if offset + height > room and offset > 0:
            column, offset = column + 1, 0.0
        if column >= columns or height > room:
            hidden = len(blocks) - index
            break
        placed.append((column, offset, block, heads[index]))
        offset += height

    def column_end(which: int) -> float:
        return max((o + len(b) * step + 3.0 for c, o, b, _h in placed if c == which),
                   default=0.0)

    more_column = placed[-1][0] if placed else 0
    if hidden:
        while placed and column_end(more_column) + step > room:
            placed.pop()
            hidden += 1
            more_column = placed[-1][0] if placed else 0
    if sheet is not None:
        for column, offset, block, bold_lines in placed:
            x = box.x + column * (column_width + gap)
            sheet.lines(x, y + offset, block[:bold_lines], size=size, bold=True)
            sheet.lines(x + 8.0, y + offset + step * bold_lines, block[bold_lines:], size=size,
                        colour=INK_SOFT)
        if hidden:
            sheet.lines(box.x + more_column * (column_width + gap), y + column_end(more_column),
                        [context.t("+ {count} more", count=hidden)], size=size, colour=INK_SOFT)
    used = max((column_end(c) for c in range(columns)), default=0.0) + (step if hidden else 0.0)
    return (y - box.y) + used


# --- Composing the print -----------------------------------------------------------------------


def compose(
    client: Client,
    pathway: Pathway,
    catalogue: ServiceCatalogue,
    options: PrintOptions,
) -> PrintDocument:
    """All pages of a print of *pathway* of *client*. Safe on any thread: the drawing's settings
    are its artists' own, not matplotlib's process-wide ones (:class:`pathways.diagram.Sheet`).

    The client copy is a document of its own (:mod:`pathways.client_copy`); everything
    below is the professional print."""
    if options.client_copy:  # the client's own copy: a journey down a portrait page
        from pathways.client_copy import compose_client_copy

        return compose_client_copy(client, pathway, catalogue, options)
    printed_on = options.today or date.today()
    today = options.version.agreed_on if options.version is not None else printed_on
    pseudonym = None
    if options.pseudonymize:
        key = options.pseudonym_key if options.pseudonym_key is not None else installation_key()
        pseudonym = pseudonym_code(client.id, key)
    redact = Redactor(client, pseudonym=pseudonym)
    type_scale = for_paper(PROFESSIONAL, options.paper)
    display_name = (tr("Client {code}", options.lang).format(code=pseudonym)
                    if pseudonym is not None else redact(client.name))
    steps = pathway.steps
    words = DiagramWords(options.lang)
    context = _Context(client, pathway, catalogue, options, words, redact, type_scale, today,
                       display_name, steps)
    context.printed_on = printed_on
    words.goal_text = _goal_text(context, with_date=False)  # the header gives the date

    drawers: list[Callable[[Sheet, int, int], None]] = []
    drawers += _diagram_pages(context)
    if options.meeting_sheet:
        drawers += _meeting_pages(context)
    if options.changes is not None and options.changes_since is not None:
        drawers += _changes_pages(context, options.changes_since, options.changes)

    width, height = PAPER_SIZES[options.paper]
    sheets: list[Sheet] = []
    for number, draw in enumerate(drawers, start=1):
        sheet = Sheet(width, height)
        draw(sheet, number, len(drawers))
        _draw_footer(sheet, context, number, len(drawers))
        sheets.append(sheet)
    title = redact(pathway.title) or display_name
    return PrintDocument([s.figure for s in sheets], title,
                         min(s.smallest_text for s in sheets), sheets)


@dataclass(slots=True)
class _DiagramFrame:
    """One kind of diagram page: where the diagram goes and what surrounds it.

    The first page (and its neighbours in the first band of lanes) has the full header, the
    legend and who does what; pages that continue further down the lanes a compact header
    and a one-row legend, leaving the diagram more room.
    """

    compact: bool
    region: Box
    band_top: float
    band: float
    legend_box: Box
    groups: list[Any]
    #: A dense page: the names in full, right of the legend (where the team box would be).
    side: tuple[Box, list[Any]] | None
    team_box: Box | None
    team_limit: float


@functools.lru_cache(maxsize=1)
def _measuring_sheet() -> Sheet:
    """A sheet for measuring only (``draw_legend(..., dry_run=True)`` draws nothing on it):
    one for the process, not a matplotlib figure and axes made and thrown away per frame."""
    return Sheet(10, 10)


def _diagram_frames(
    context: _Context,
    layout: Layout,
    statuses: Sequence[str],
    kinds: Sequence[str],
    goal: bool,
    subtitle: str,
    full_names: Sequence[tuple[str, str]] = (),
    referral: bool = False,
    dense: bool = False,
) -> tuple[_DiagramFrame, _DiagramFrame]:
    """The first page's frame and the frame of pages further down the lanes. *dense*: the
    first page gives the diagram the room of the full header, the team box and the sectors'
    legend (a one-line header says whom and what, the goal banner the goal; the lanes name
    their sectors and the cards their responsible)."""
    options, type_scale, words = context.options, context.type_scale, context.words
    width, height = PAPER_SIZES[options.paper]
    content_width = width - 2 * MARGIN
    footer = line_height(type_scale.footer) + 8.0
    frames = []
    for compact in (False, True):
        body = _Frame(width, height, _measure_header(context, content_width, subtitle,
                                                      compact=compact or dense), footer).body
        short = compact or dense
        groups = legend_entries(
            words, sectors=[] if short else [lane.sector for lane in layout.lanes],
            statuses=statuses, kinds=kinds, view=options.view, goal=goal and not short,
            full_names=() if compact else full_names, referral=referral)
        team_box: Box | None = None
        side: tuple[Box, list[Any]] | None = None
        if dense and not compact and groups and groups[-1][1] and (
                groups[-1][1][0][0] == "name"):
            half = body.width * 0.44
            legend_box = Box(body.x, 0, half - 10.0, 0)
            side = (Box(body.x + half + 10.0, 0, body.width - half - 10.0, 0), [groups.pop()])
        elif short:
            legend_box = Box(body.x, 0, body.width, 0)
        else:
            legend_width = body.width * 0.44
            legend_box = Box(body.x, 0, legend_width - 10.0, 0)
            team_box = Box(body.x + legend_width + 10.0, 0, body.width - legend_width - 10.0, 0)
        legend_height = draw_legend(_measuring_sheet(), legend_box, groups, type_scale,
                                    dry_run=True)
        team_limit = max(body.height * 0.18, legend_height)
        team_height = (_draw_team(None, context, team_box, team_limit)
                       if team_box is not None else 0.0)
        if side is not None:
            team_height = draw_legend(_measuring_sheet(), side[0], side[1], type_scale,
                                      dry_run=True)
        band = max(legend_height, team_height) + 4.0
        region = Box(body.x, body.y + 6.0, body.width, body.height - band - 14.0)
        frames.append(_DiagramFrame(compact or dense, region, region.bottom + 14.0, band,
                                    legend_box, groups, side, team_box, team_limit))
    return frames[0], frames[1]


def _diagram_pages(context: _Context) -> list[Callable[[Sheet, int, int], None]]:
    options, type_scale, words = context.options, context.type_scale, context.words
    width, _height = PAPER_SIZES[options.paper]
    content_width = width - 2 * MARGIN
    pathway = _with_gone_steps(context, context.pathway)
    goal = goal_stages(context.client)
    cards = {s.id: _step_card(context, s, set(goal)) for s in pathway.steps}
    cards = _marked_cards(context, cards)
    transitions = [(t.from_step, t.to_step, t.kind) for t in pathway.transitions]
    # Formal referrals are marked on their arrows and explained in the legend.
    referrals = frozenset((t.from_step, t.to_step, t.kind) for t in pathway.transitions
                          if t.referral)
    if options.view == "timeline":
        layout = timeline_layout(pathway, context.catalogue, today=context.today, lanes="used")
        subtitle = context.t("Service pathway over time")
    else:
        layout = stage_layout(pathway, context.catalogue, goal_stages=goal, lanes="used")
        subtitle = context.t("Service pathway by stage")
    gone = _gone_step_ids(context)
    statuses = [*sorted({s.status for s in pathway.steps if s.id not in gone},
                        key=list(STATUS_STYLES).index), *([GONE] if gone else [])]
    kinds = [k for k in ("next", "support") if any(t[2] == k for t in transitions)]
    full_names: list[tuple[str, str]] = []
    for step in pathway.steps:
        pair = (context.service_name(step, short=True), context.service_name(step))
        if pair[0] != pair[1] and pair not in full_names:
            full_names.append(pair)
    frame_args = (context, layout, statuses, kinds,
                  bool(goal) and any(c.is_goal for c in layout.columns), subtitle, full_names,
                  bool(referrals))
    full, compact = _diagram_frames(*frame_args)
    label_width = lane_label_width([lane.sector for lane in layout.lanes], words, type_scale,
                                   limit=118.0 * type_scale.growth)

    def frame_drawer(frame: _DiagramFrame, draw_diagram: Callable[[Sheet, int], None]
                     ) -> Callable[[Sheet, int, int], None]:
        def draw(sheet: Sheet, number: int, total: int) -> None:
            _draw_header(sheet, context, content_width, subtitle, compact=frame.compact)
            draw_diagram(sheet, number)
            body = frame.region
            sheet.polyline([(body.x, frame.band_top - 7.0), (body.right, frame.band_top - 7.0)],
                           colour="#D0D0D0", linewidth=0.6)
            draw_legend(sheet, Box(frame.legend_box.x, frame.band_top, frame.legend_box.width,
                                   frame.band), frame.groups, type_scale)
            if frame.side is not None:
                draw_legend(sheet, Box(frame.side[0].x, frame.band_top, frame.side[0].width,
                                       frame.band), frame.side[1], type_scale)
            if frame.team_box is not None:
                _draw_team(sheet, context, Box(frame.team_box.x, frame.band_top,
                                               frame.team_box.width, frame.band),
                           frame.team_limit)
        return draw

    drawers: list[Callable[[Sheet, int, int], None]] = []
    if options.view == "timeline":
        header = timeline_header_height(type_scale) + 14.0
        # Fit before paginating: bars with their dates, then bars one line high (the name;
        # the axis tells when), then the same with the lighter frame of a dense page.
        dense, _compact = _diagram_frames(*frame_args, dense=True)
        choices: list[tuple[_DiagramFrame, bool]] = [(full, False), (full, True),
                                                     (dense, False), (dense, True)]
        model = None
        for frame_choice, one_line in choices:
            candidate = timeline_model(layout, cards, frame_choice.region,
                                       label_width=label_width, type_scale=type_scale,
                                       one_line=one_line)
            needed = sum(lane.rows * candidate.row_height + 6.0 for lane in candidate.lanes)
            if needed <= frame_choice.region.height - header:
                model, full = candidate, frame_choice
                break
        if model is None:
            split = _timeline_by_months(context, pathway, layout, cards, full, compact,
                                        label_width, header, referrals)
            if split is not None:
                return [frame_drawer(frame, draw) for frame, draw in split(
                    transitions, words, type_scale)]
        if model is None:
            model = timeline_model(layout, cards, full.region, label_width=label_width,
                                   type_scale=type_scale, one_line=True)
            pages = plan_timeline_pages(model, full.region.height - header, 6.0,
                                        compact.region.height - header)
        else:
            # One page. A short pathway gets roomier rows (the same type, more air) instead
            # of a half-empty page.
            rows = sum(lane.rows for lane in model.lanes)
            room = full.region.height - header - 6.0 * len(model.lanes)
            roomier = min(1.6, room / max(rows * model.row_height, 1.0))
            if roomier > 1.0:
                model.bar_height *= roomier
                model.row_gap *= roomier
            pages = [TimelinePage(tuple((index, 0, lane.rows)
                                        for index, lane in enumerate(model.lanes)))]
        target = context.client.goal.target_date if context.client.goal else None
        for index, page in enumerate(pages):
            frame = full if index == 0 else compact

            def draw_timeline(sheet: Sheet, number: int, page: Any = page,
                              region: Box = frame.region) -> None:
                draw_timeline_page(sheet, region, layout, model, page, cards=cards,
                                   transitions=transitions, words=words, type_scale=type_scale,
                                   label_width=label_width, today=context.today,
                                   target_date=target, referrals=referrals)
            drawers.append(frame_drawer(frame, draw_timeline))
        return drawers

    limits = ScaleLimits.for_type(type_scale)

    def header_height(columns: Sequence[int], sx: float) -> float:
        banner, head = stage_header_height(layout, columns, sx, words, type_scale)
        return banner + head

    # Fit before paginating: one page, else a denser one, else whole stage columns.
    fit = fit_stage_view(pathway, context.catalogue, cards, goal_stages=goal,
                         width=full.region.width, height=full.region.height,
                         label_width=label_width, words=words, type_scale=type_scale)
    if fit is None or len(fit.pages) > 1:  # one page with a lighter frame, if it can
        # The header names the goal; the goal's column keeps a short label.
        goal_text, words.goal_text = words.goal_text, ""
        dense, _compact = _diagram_frames(*frame_args, dense=True)
        # Sector names break at their compounds ("Työllisyys-palvelut") in a narrower
        # label column.
        narrow = min(label_width, type_scale.label * 9)
        denser = fit_stage_view(pathway, context.catalogue, cards, goal_stages=goal,
                                width=dense.region.width, height=dense.region.height,
                                label_width=narrow, words=words, type_scale=type_scale)
        if denser is not None and len(denser.pages) == 1:
            fit, full, label_width = denser, dense, narrow
        else:
            words.goal_text = goal_text
    if fit is None:  # a longer pathway: over pages by runs of whole stage columns
        by_columns = split_stage_view(
            pathway, context.catalogue, cards, goal_stages=goal,
            first=(full.region.width, full.region.height),
            later=(compact.region.width, compact.region.height),
            label_width=label_width, words=words, type_scale=type_scale)
        # The first page with the lighter frame too (the goal named in the header, no team
        # box), when that takes fewer pages — or when the full frame (a long legend, the team
        # box) leaves a stage too little room.
        goal_text, words.goal_text = words.goal_text, ""
        first_page, _compact = _diagram_frames(*frame_args, dense=True)
        lighter = split_stage_view(
            pathway, context.catalogue, cards, goal_stages=goal,
            first=(first_page.region.width, first_page.region.height),
            later=(compact.region.width, compact.region.height),
            label_width=label_width, words=words, type_scale=type_scale,
            max_pages=len(by_columns.parts) - 1 if by_columns is not None else 12)
        if lighter is None:
            words.goal_text = goal_text
        else:
            by_columns, full = lighter, first_page
        if by_columns is not None:
            return _split_stage_drawers(context, by_columns, cards, transitions, referrals,
                                        full, compact, frame_drawer, label_width)
    card_type = None
    if fit is not None:
        layout, stage_pages, card_type = fit.layout, fit.pages, fit.card_type
        cards = {step_id: trimmed(card, fit.details) for step_id, card in cards.items()}
    else:
        stage_pages = plan_stage_pages(layout, full.region.width, full.region.height,
                                       label_width=label_width, header_height=header_height,
                                       limits=limits, height_more=compact.region.height)
    page_of_card: dict[str, int] = {}
    for offset, stage_page in enumerate(stage_pages):
        for step_id, placement in layout.cards.items():
            column = column_index(layout, placement.box)
            centre = placement.box.y + placement.box.height / 2
            if column in stage_page.columns and stage_page.y0 <= centre < stage_page.y1:
                page_of_card[step_id] = 1 + offset
    for offset, stage_page in enumerate(stage_pages):
        frame = full if stage_page.band == 0 else compact

        def draw_stages(sheet: Sheet, number: int, page: Any = stage_page,
                        offset: int = offset, region: Box = frame.region) -> None:
            draw_stage_page(sheet, region, layout, page, cards=cards, transitions=transitions,
                            words=words, type_scale=type_scale, label_width=label_width,
                            page_of_card=page_of_card, card_type=card_type,
                            referrals=referrals)
            _draw_continuation(sheet, context, region, stage_pages, offset, number)
        drawers.append(frame_drawer(frame, draw_stages))
    return drawers


def _with_team_box(context: _Context, frame: _DiagramFrame) -> _DiagramFrame:
    """*frame* (a lighter one: one-line header, a one-row legend) with "who does what" beside
    its legend, the diagram's room shrunk by what that takes."""
    type_scale = context.type_scale
    body = Box(frame.region.x, frame.region.y - 6.0, frame.region.width,
               frame.region.height + frame.band + 14.0)
    legend_width = body.width * 0.44
    legend_box = Box(body.x, 0, legend_width - 10.0, 0)
    team_box = Box(body.x + legend_width + 10.0, 0, body.width - legend_width - 10.0, 0)
    legend_height = draw_legend(_measuring_sheet(), legend_box, frame.groups, type_scale,
                                dry_run=True)
    team_limit = max(body.height * 0.18, legend_height)
    band = max(legend_height, _draw_team(None, context, team_box, team_limit)) + 4.0
    region = Box(body.x, body.y + 6.0, body.width, body.height - band - 14.0)
    return _DiagramFrame(frame.compact, region, region.bottom + 14.0, band, legend_box,
                         frame.groups, None, team_box, team_limit)


def _split_stage_drawers(
    context: _Context,
    split: StageSplit,
    cards: dict[str, StepCard],
    transitions: Sequence[tuple[str, str, str]],
    referrals: frozenset[tuple[str, str, str]],
    first: _DiagramFrame,
    later: _DiagramFrame,
    frame_drawer: Callable[[_DiagramFrame, Callable[[Sheet, int], None]],
                           Callable[[Sheet, int, int], None]],
    label_width: float,
) -> list[Callable[[Sheet, int, int], None]]:
    """The pages of a stage view split by whole stage columns: the first with the full frame,
    the others with the lighter one; each says where it continues. When the first page has
    no "who does what" (its lighter frame saved a page), the last page has it if it fits."""
    cards = {step_id: trimmed(card, split.details) for step_id, card in cards.items()}
    page_of_card = split.page_of_card()
    last_frame = later
    if first.team_box is None:
        with_team = _with_team_box(context, later)
        layout, page = split.parts[-1]
        banner, header = stage_header_height(layout, page.columns, page.sx, context.words,
                                             context.type_scale)
        if banner + header + (page.y1 - page.y0) * page.sy <= with_team.region.height:
            last_frame = with_team
    drawers = []
    for offset, (layout, page) in enumerate(split.parts):
        frame = first if offset == 0 else (
            last_frame if offset == len(split.parts) - 1 else later)

        def draw(sheet: Sheet, number: int, layout: Layout = layout, page: Any = page,
                 offset: int = offset, region: Box = frame.region) -> None:
            draw_stage_page(sheet, region, layout, page, cards=cards, transitions=transitions,
                            words=context.words, type_scale=context.type_scale,
                            label_width=label_width, page_of_card=page_of_card,
                            card_type=split.card_type, referrals=referrals,
                            number=offset + 1)
            _draw_continuation(sheet, context, region, split.parts, offset, number)
        drawers.append(frame_drawer(frame, draw))
    return drawers


def _timeline_by_months(
    context: _Context,
    pathway: Pathway,
    layout: Layout,
    cards: dict[str, StepCard],
    first: _DiagramFrame,
    later: _DiagramFrame,
    label_width: float,
    header: float,
    referrals: frozenset[tuple[str, str, str]] = frozenset(),
) -> Callable[..., list[tuple[_DiagramFrame, Callable[[Sheet, int], None]]]] | None:
    """A timeline too long for one page, over pages by runs of whole months: the fewest
    pages whose every one fits and shows a step; None when no split up to six pages does."""
    target = context.client.goal.target_date if context.client.goal else None
    for count in range(2, 7):
        periods = month_periods(layout, count)
        if len(periods) < count:
            break
        plan = []
        for index, period in enumerate(periods):
            frame = first if index == 0 else later
            part = timeline_layout(pathway, context.catalogue, today=context.today,
                                   lanes="used", period=period, with_undated=index == 0)
            model = timeline_model(part, cards, frame.region, label_width=label_width,
                                   type_scale=context.type_scale, one_line=True)
            needed = sum(lane.rows * model.row_height + 6.0 for lane in model.lanes)
            if not part.cards or needed > frame.region.height - header:
                break
            plan.append((frame, part, model))
        if len(plan) < len(periods):
            continue

        def drawers(transitions: Sequence[tuple[str, str, str]], words: DiagramWords,
                    type_scale: TypeScale, plan: list[Any] = plan
                    ) -> list[tuple[_DiagramFrame, Callable[[Sheet, int], None]]]:
            result: list[tuple[_DiagramFrame, Callable[[Sheet, int], None]]] = []
            for offset, (frame, part, model) in enumerate(plan):
                page = TimelinePage(tuple((index, 0, lane.rows)
                                          for index, lane in enumerate(model.lanes)))

                def draw(sheet: Sheet, number: int, page: TimelinePage = page,
                         part: Layout = part, model: Any = model, frame: Any = frame,
                         offset: int = offset) -> None:
                    draw_timeline_page(sheet, frame.region, part, model, page, cards=cards,
                                       transitions=transitions, words=words,
                                       type_scale=type_scale, label_width=label_width,
                                       today=context.today, target_date=target,
                                   referrals=referrals)
                    _draw_continuation(sheet, context, frame.region, plan, offset, number)
                result.append((frame, draw))
            return result
        return drawers
    return None


def _draw_continuation(sheet: Sheet, context: _Context, region: Box, pages: Sequence[Any],
                       offset: int, number: int) -> None:
    """"Continues on page n →" under a diagram split over pages, and where it came from."""
    size = context.type_scale.small
    baseline = region.bottom + 4.0 + cap_height(size)
    marks = []
    if offset + 1 < len(pages):
        marks.append(sheet.text(region.right, baseline, context.t(
            "Continues on page {page}", page=number + 1) + " →", size=size, bold=True,
            colour=INK_SOFT, ha="right"))
    if offset > 0:
        marks.append(sheet.text(region.x, baseline, "← " + context.t(
            "Continued from page {page}", page=number - 1), size=size, bold=True,
            colour=INK_SOFT))
    for mark in marks:
        # The rule above the legend runs through this line: it stops at the words, which read
        # as the rule's label instead of being struck through.
        mark.set_bbox({"boxstyle": "square,pad=0.3", "facecolor": "white", "edgecolor": "none"})


# --- Flowing text pages (the meeting sheet, the client copy's second page) --------------------


@dataclass(slots=True)
class _Flow:
    """Lays blocks of text down a page and onto the next, measuring first, drawing later."""

    context: _Context
    subtitle: str
    pages: list[list[Callable[[Sheet], None]]] = field(default_factory=list)
    y: float = 0.0
    body: Box = Box(0, 0, 0, 0)

    def __post_init__(self) -> None:
        width, height = PAPER_SIZES[self.context.options.paper]
        header = _measure_header(self.context, width - 2 * MARGIN, self.subtitle)
        footer = line_height(self.context.type_scale.footer) + 8.0
        self.body = Box(MARGIN, MARGIN + header + 8.0, width - 2 * MARGIN,
                        height - 2 * MARGIN - header - footer - 16.0)
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.body.y

    def room(self) -> float:
        return self.body.bottom - self.y

    def ensure(self, height: float) -> None:
        if height > self.room() and self.y > self.body.y + 1:
            self.new_page()

    def add(self, height: float, draw: Callable[[Sheet, float], None]) -> None:
        self.ensure(height)
        y = self.y
        self.pages[-1].append(lambda sheet: draw(sheet, y))
        self.y += height

    def heading(self, text: str, size: float, keep_with: float = 0.0) -> None:
        height = line_height(size) + 6.0
        self.ensure(height + keep_with)
        def draw(sheet: Sheet, y: float) -> None:
            sheet.lines(self.body.x, y + 2.0, [text], size=size, bold=True)

        self.add(height, draw)

    def paragraph(self, text: str, size: float, *, bold: bool = False, indent: float = 0.0,
                  bullet: str = "", colour: str = INK, gap: float = 3.0,
                  width: float | None = None) -> None:
        room = (width or self.body.width) - indent - (text_width(bullet + " ", size) if bullet
                                                      else 0.0)
        lines = wrap(text, room, size, bold)
        for index, line in enumerate(lines):
            first = index == 0
            extra = gap if index == len(lines) - 1 else 0.0

            def draw(sheet: Sheet, y: float, line: str = line, first: bool = first) -> None:
                x = self.body.x + indent
                if bullet:
                    if first:
                        sheet.text(x, y + line_height(size) / 2 + cap_height(size) / 2, bullet,
                                   size=size, bold=True, colour=colour)
                    x += text_width(bullet + " ", size)
                sheet.lines(x, y, [line], size=size, bold=bold, colour=colour)
            self.add(line_height(size) + extra, draw)

    def space(self, height: float) -> None:
        if self.y > self.body.y + 1:
            self.y = min(self.y + height, self.body.bottom)

    def drawers(self) -> list[Callable[[Sheet, int, int], None]]:
        result: list[Callable[[Sheet, int, int], None]] = []
        for operations in self.pages:
            if not operations:
                continue

            def draw(sheet: Sheet, number: int, total: int,
                     operations: list[Callable[[Sheet], None]] = operations) -> None:
                _draw_header(sheet, self.context, self.body.width, self.subtitle)
                for operation in operations:
                    operation(sheet)
            result.append(draw)
        return result


def _sorted_by_start(steps: Sequence[Step]) -> list[Step]:
    return sorted(steps, key=lambda s: (s.start or date.max, s.end or date.max))


def _meeting_pages(context: _Context) -> list[Callable[[Sheet, int, int], None]]:
    """The meeting sheet: ongoing and planned steps, open findings, the latest decisions."""
    type_scale = context.type_scale
    flow = _Flow(context, context.t("For the meeting"))
    body = flow.body
    size = type_scale.body
    heading = type_scale.subheading
    agreed = _agreed_sentence(context)
    if agreed:
        flow.paragraph(agreed, type_scale.subheading, bold=True, gap=8.0)

    # Ongoing and planned steps, as a table.
    current = _sorted_by_start([s for s in context.steps if s.status == "ongoing"]) + (
        _sorted_by_start([s for s in context.steps if s.status == "planned"]))
    flow.heading(context.t("Ongoing and planned steps"), heading, keep_with=3 * line_height(size))
    with_notes = not context.options.pseudonymize
    columns = [(context.t("Service"), 0.27), (context.t("Status"), 0.11),
               (context.t("Dates"), 0.15), (context.t("Responsible"), 0.2),
               (context.t("Provider"), 0.13)]
    if with_notes:
        columns.append((context.t("Note"), 0.14))
    scale = sum(share for _, share in columns)
    widths = [body.width * share / scale for _, share in columns]
    if not current:
        flow.paragraph(context.t("No ongoing or planned steps."), size, colour=INK_SOFT)
    else:
        _table_row(flow, [name for name, _ in columns], widths, size, bold=True, rule=True)
        for step in current:
            member = context.member(step.responsible)
            responsible = ""
            if member is not None:
                contact = " · ".join(p for p in (member.phone, member.email) if p)
                responsible = "\n".join(p for p in (member.name, member.role, contact) if p)
            style = STATUS_STYLES[step.status]
            cells = [context.step_title(step) + (
                f"\n{context.service_name(step)}" if step.title else ""),
                f"{style.symbol} {context.words.status(step.status)}", context.dates(step),
                responsible, context.redact(step.provider)]
            if with_notes:
                cells.append(context.redact(step.note))
            _table_row(flow, cells, widths, size)
    flow.space(10.0)

    # Open findings, when the checks are available.
    findings = _findings(context)
    if findings is not None:
        flow.heading(context.t("Open findings"), heading, keep_with=2 * line_height(size))
        if not findings:
            flow.paragraph(context.t("No open findings."), size, colour=INK_SOFT)
        for severity, text in findings:
            if severity == "error":  # said in words too, not by the symbol alone
                text = f"{tr(SEVERITY_NAMES['error'], context.lang)}: {text}"
            flow.paragraph(text, size, bullet="⚠" if severity == "error" else "•", indent=4.0)
        flow.space(10.0)

    # The latest meeting's decisions; for an agreed version, those of its meeting.
    meeting = _sheet_meeting(context)
    if meeting is None:
        flow.heading(context.t("Decisions"), heading, keep_with=line_height(size))
        flow.paragraph(context.t("No meetings recorded."), size, colour=INK_SOFT)
    else:
        flow.heading(context.t("Latest meeting {date}", date=context.date(meeting.date)),
                     heading, keep_with=2 * line_height(size))
        if meeting.summary and not context.options.pseudonymize:
            flow.paragraph(context.redact(meeting.summary), size, colour=INK_SOFT)
        flow.paragraph(context.t("Decisions"), size, bold=True)
        if not meeting.decisions:
            flow.paragraph(context.t("No decisions recorded."), size, colour=INK_SOFT)
        for decision in meeting.decisions:
            flow.paragraph(context.redact(decision), size, bullet="•", indent=4.0)
        if meeting.next_review:
            flow.space(4.0)
            flow.paragraph(context.t("Next review: {date}",
                                     date=context.date(meeting.next_review)), size, bold=True)
    return flow.drawers()


def _table_row(flow: _Flow, cells: Sequence[str], widths: Sequence[float], size: float, *,
               bold: bool = False, rule: bool = False) -> None:
    padding = 4.0
    wrapped = [wrap(cell, width - 2 * padding, size, bold) if cell else []
               for cell, width in zip(cells, widths, strict=True)]
    rows = max((len(lines) for lines in wrapped), default=1) or 1
    height = rows * line_height(size) + 2 * padding
    x0 = flow.body.x

    def draw(sheet: Sheet, y: float) -> None:
        x = x0
        if bold:
            sheet.rect(Box(x0, y, sum(widths), height), fill="#EDEDED", zorder=0.5)
        for lines, width in zip(wrapped, widths, strict=True):
            sheet.lines(x + padding, y + padding, lines, size=size, bold=bold,
                        colour=INK if bold else INK)
            x += width
        sheet.polyline([(x0, y + height), (x0 + sum(widths), y + height)],
                       colour="#9A9A9A" if rule else "#CFCFCF", linewidth=0.7 if rule else 0.5)
    flow.add(height, draw)


def _findings(context: _Context) -> list[tuple[str, str]] | None:
    """(severity, text) of the pathway's findings, or None when the checks are not installed."""
    try:
        from pathways.checks import check_pathway
    except ImportError:
        return None
    result = check_pathway(context.client, context.pathway, context.catalogue,
                           today=context.today)
    findings = []
    same_language = current_language() == context.lang
    titles = {s.id: context.step_title(s) for s in context.pathway.steps}
    for finding in result.findings:
        if same_language:
            text = context.redact(finding.message)
        else:
            # The checks write their messages in the program's language; name the finding
            # in the print's own language instead of mixing two on one page.
            source = FINDING_KIND_NAMES.get(finding.kind)
            text = tr(source, context.lang) if source else finding.kind
            named = [titles[s] for s in finding.steps if s in titles]
            if named:
                text += ": " + " → ".join(named)
            if finding.days is not None and finding.kind == "gap":
                days = context.t("{days} days", days=finding.days)
                text += f" ({days})"
        findings.append((finding.severity, text))
    return findings


# --- Files -----------------------------------------------------------------------------------


# --- Agreed versions: the version's header and meeting, changes on the map and on a page ---------


def for_agreed(pathway: Pathway, options: PrintOptions) -> tuple[Pathway, PrintOptions]:
    """The pathway and options to print when *options* name an agreed version (print it as it
    was agreed) or a version to mark the changes since (compared with what is printed)."""
    import dataclasses

    if options.version is not None:
        pathway = options.version.as_pathway(pathway.title, pathway.status)
    if options.changes_since is not None and options.changes is None:
        from pathways.compare import compare

        since = options.changes_since
        options = dataclasses.replace(options, changes=compare(
            since.steps, since.transitions, pathway.steps, pathway.transitions))
    return pathway, options


def _agreed_header_lines(context: _Context) -> list[str]:
    options = context.options
    lines = []
    if options.version is not None:
        lines.append(context.t(N_("Agreed version {date}"), date=context.date(
            options.version.agreed_on)))
    if options.changes_since is not None:
        from pathways.changes import changes_title

        lines.append(changes_title(options.changes_since, context.lang))
    return lines


def _agreed_meeting(context: _Context) -> Any:
    version = context.options.version
    if version is None or version.meeting_id is None:
        return None
    return context.client.meeting(version.meeting_id)


def _sheet_meeting(context: _Context) -> Any:
    """The meeting whose decisions the sheet shows: an agreed version's own meeting, else the
    latest one up to the version's day; without a version, the latest meeting."""
    version = context.options.version
    if version is None:
        return context.client.latest_meeting()
    own = _agreed_meeting(context)
    if own is not None:
        return own
    earlier = [m for m in context.client.meetings if m.date <= version.agreed_on]
    return max(earlier, key=lambda m: m.date, default=None)


def _agreed_sentence(context: _Context) -> str:
    """"Agreed on 12.3.2026 at the meeting of 12.3.2026." for a version's meeting sheet."""
    version = context.options.version
    if version is None:
        return ""
    meeting = _agreed_meeting(context)
    if meeting is None:
        return context.t(N_("Agreed on {date}."), date=context.date(version.agreed_on))
    return context.t(N_("Agreed on {date} at the meeting of {meeting}."),
                     date=context.date(version.agreed_on),
                     meeting=context.date(meeting.date))


def _with_gone_steps(context: _Context, pathway: Pathway) -> Pathway:
    """With --changes-since, the steps gone since that version join the map (drawn faded, as
    cancelled ones are, and marked "gone" in words); their arrows do not."""
    options = context.options
    if options.changes is None or options.changes_since is None:
        return pathway
    from pathways.changes import with_gone_steps

    return with_gone_steps(pathway, options.changes_since, options.changes)


def _gone_step_ids(context: _Context) -> set[str]:
    """The steps that --changes-since draws although they are gone since the version."""
    changes = context.options.changes
    return set(changes.steps_removed) if changes is not None else set()


def _marked_cards(context: _Context, cards: dict[str, StepCard]) -> dict[str, StepCard]:
    """Each new, changed or gone step's card gains a first line: symbol and word (and for a
    changed step, what changed), so that the mark never rests on colour."""
    changes = context.options.changes
    if changes is None:
        return cards
    import dataclasses

    from pathways.changes import CHANGE_SYMBOLS, FIELD_NAMES, change_word
    from pathways.compare import CHANGED

    marked = {}
    for step_id, card in cards.items():
        change = changes.step_change(step_id)
        if change is None:
            marked[step_id] = card
            continue
        mark = f"{CHANGE_SYMBOLS[change]} {change_word(change, context.lang)}"
        if change == GONE:
            # Drawn faded where it was, marked ⊖ "gone" — never as a cancelled step.
            card = dataclasses.replace(card, status=GONE)
        if context.options.view == "timeline":
            # A bar shows its title and dates only: the mark goes before the dates.
            marked[step_id] = dataclasses.replace(card, dates=f"{mark} · {card.dates}")
            continue
        if change == CHANGED:
            fields = [tr(FIELD_NAMES.get(f, f), context.lang)
                      for f in changes.changed_fields(step_id)]
            mark += ": " + ", ".join(fields)
        marked[step_id] = dataclasses.replace(card, lines=(mark, *card.lines))
    return marked


def _changes_pages(
    context: _Context, version: AgreedVersion, changes: Comparison
) -> list[Callable[[Sheet, int, int], None]]:
    """The changes page: every change since *version*, one line each, new → changed → gone."""
    from pathways.changes import changes_title, describe

    type_scale = context.type_scale
    flow = _Flow(context, changes_title(version, context.lang))
    size = type_scale.body
    flow.heading(changes_title(version, context.lang), type_scale.subheading,
                 keep_with=2 * line_height(size))
    lines = describe(changes, version.steps, context.pathway.steps, context.catalogue,
                     context.lang, context.client)
    if not lines:
        flow.paragraph(context.t(N_("No changes.")), size, colour=INK_SOFT)
    for line in lines:
        flow.paragraph(context.redact(line.text(context.lang)), size, indent=4.0)
    return flow.drawers()


def output_format(path: Path) -> str:
    """The file format a path asks for by its suffix (case-insensitive), else InputError."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(_("polku print: {path}: unsupported file type {suffix}; use .pdf, "
                           ".png or .svg").format(path=path, suffix=path.suffix or "(none)"))
    return suffix


def output_paths(path: Path, count: int) -> list[Path]:
    """The files a print of *count* pages becomes: one PDF, or out.png, out-2.png, …"""
    if output_format(path) == "pdf":
        return [path]
    return [path] + [path.with_name(f"{path.stem}-{n}{path.suffix}") for n in range(2, count + 1)]


def _write(
    figure: Figure, handle: Any, fmt: str, title: str, *, text_as_text: bool = False
) -> None:
    if fmt == "png":
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(figure)
        figure.savefig(handle, format="png", dpi=PNG_DPI,
                       metadata={"Software": "Polku", "Title": title})
    else:
        import io

        from matplotlib.backends.backend_svg import FigureCanvasSVG

        FigureCanvasSVG(figure)
        buffer = io.BytesIO()
        with _svg_words(figure, as_text=text_as_text):
            figure.savefig(buffer, format="svg",
                           metadata={"Creator": "Polku", "Title": title, "Date": None})
        handle.write(_EMPTY_GLYPH.sub(rb'<path id="\1" d="M 0 0" transform="\2"/>',
                                      buffer.getvalue()))


@contextlib.contextmanager
def _svg_words(figure: Figure, *, as_text: bool) -> Iterator[None]:
    """While *figure* is saved as SVG, draw its words as ``<text>`` (*as_text*) or as curves.

    matplotlib's SVG writer decides this by its process-wide ``svg.fonttype`` setting alone
    (:func:`pathways.diagram_text.use_file_settings` sets it to curves, once). Changing that
    setting for one file would change it for every thread at once, so this one save's SVG
    renderer is told instead: the figure's own ``draw`` — which matplotlib calls with the
    renderer made for this save — points the renderer's drawing of words as curves at its
    drawing of words as text. (Private names of matplotlib's SVG renderer; the tests check
    both kinds of page.)"""
    if not as_text:
        yield
        return
    draw = figure.draw

    def draw_words_as_text(renderer: Any) -> None:
        svg = getattr(renderer, "_renderer", renderer)  # inside matplotlib's MixedModeRenderer
        svg._draw_text_as_path = svg._draw_text_as_text
        draw(renderer)

    figure.draw = draw_words_as_text  # type: ignore[method-assign]
    try:
        yield
    finally:
        del figure.draw


# matplotlib writes the glyph of a space as a path without "d"; QtSvg (the window's print
# preview) then warns for every space. A path that only moves draws the same nothing.
_EMPTY_GLYPH = re.compile(rb'<path id="([^"]+)" transform="([^"]+)"/>')


def _pdf_metadata(title: str) -> dict[str, Any]:
    return {"Title": title, "Creator": "Polku", "Producer": "Polku", "Author": None,
            "Subject": None, "Keywords": None}


#: OpenType layout tables: what a program that *sets* text needs (kerning pairs, ligatures).
#: A PDF places every glyph itself, so no reader looks at them in an embedded font.
_LAYOUT_TABLES = ("GPOS", "GSUB", "GDEF")


def _embed_fonts_without_layout_tables() -> None:
    """Leave the layout tables out of the fonts a PDF embeds.

    matplotlib subsets each TrueType font with fontTools before embedding it, and subsetting
    DejaVu's large kerning table (GPOS) was most of that work: ≈0.035 s a font, two fonts in
    every print (measured: 0.064 → 0.020 s for the regular face). The glyphs, their hinting,
    widths and the ToUnicode map (text search, copying, reading aloud) are unchanged, and so
    is the page: matplotlib lays the text out with the whole font file (kerning included)
    before it embeds anything. fontTools offers no option for this through matplotlib, so
    its default list of dropped tables is extended, once, for the process (Polku subsets
    fonts only for its own PDFs); a fontTools without that list is left alone.
    """
    from fontTools.subset import Options

    defaults = getattr(Options, "_drop_tables_default", None)
    if isinstance(defaults, list):
        defaults.extend(table for table in _LAYOUT_TABLES if table not in defaults)


def write_pdf(document: PrintDocument, handle: Any) -> None:
    """All pages into one PDF on an open binary file."""
    from matplotlib.backends.backend_pdf import PdfPages

    _embed_fonts_without_layout_tables()
    with PdfPages(handle, metadata=_pdf_metadata(document.title)) as pdf:
        for figure in document.pages:
            pdf.savefig(figure)


def page_svgs(document: PrintDocument, *, text_as_text: bool = False) -> list[bytes]:
    """Each page as SVG (for the window's print preview and the printer: QtSvg draws it at
    any resolution). *text_as_text*: the words stay ``<text>`` in DejaVu Sans (bold by
    weight) rather than curves, so that a printer — which Qt sends text as text with the
    fonts embedded — gets searchable, readable text; the reader then needs the font (the
    window registers matplotlib's own copy with Qt)."""
    import io

    result = []
    for figure in document.pages:
        buffer = io.BytesIO()
        _write(figure, buffer, "svg", document.title, text_as_text=text_as_text)
        result.append(buffer.getvalue())
    return result


def save_document(document: PrintDocument, path: Path) -> list[Path]:
    """Write the print to *path* by its suffix; returns the files written.

    Every file is written to a temporary file in the same folder and moved into place only
    when all are complete, so a failure leaves neither half a print nor a temporary file.
    """
    fmt = output_format(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(_("polku print: {path}: the folder {folder} does not exist").format(
            path=path, folder=folder))
    targets = output_paths(path, len(document.pages))
    for target in targets:
        files.refuse_readonly_target(target)
    with contextlib.ExitStack() as stack:
        # Every page is written whole before any is renamed into place.
        temporaries = [stack.enter_context(files.atomic_write(t)) for t in targets]
        for index, temporary in enumerate(temporaries):
            with temporary.open("r+b") as handle:
                if fmt == "pdf":
                    write_pdf(document, handle)
                else:
                    _write(document.pages[index], handle, fmt, document.title)
    return targets


def print_pathway(
    client: Client,
    pathway: Pathway,
    catalogue: ServiceCatalogue,
    options: PrintOptions,
    path: Path,
) -> tuple[PrintDocument, list[Path]]:
    """Compose and save a print in one go (the command line's `print`)."""
    output_format(path)  # refuse a bad suffix before any work
    document = compose(client, pathway, catalogue, options)
    return document, save_document(document, path)


def choose_pathway(client: Client, pathway_id: str | None) -> Pathway:
    """The pathway asked for, else the active one, else the last (spec/cli.md)."""
    if pathway_id is not None:
        try:
            return client.pathway(pathway_id)
        except KeyError:
            raise InputError(_("polku print: client {client} has no pathway with id {id}").format(
                client=client.id, id=pathway_id)) from None
    pathway = client.default_pathway()
    if pathway is None:
        raise InputError(_("polku print: client {client} has no pathway").format(
            client=client.id))
    return pathway


__all__ = [
    "FORMATS",
    "PAPER_SIZES",
    "PrintDocument",
    "PrintOptions",
    "Redactor",
    "choose_pathway",
    "compose",
    "installation_key",
    "output_format",
    "output_paths",
    "page_svgs",
    "print_pathway",
    "pseudonym_code",
    "save_document",
    "write_pdf",
]
