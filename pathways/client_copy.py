"""The client copy: the pathway as one journey down an A4 portrait page, in plain language.

This is what the client takes home from the meeting. Not the professionals' matrix made bigger,
but one column that reads from top to bottom like a journey: what has been done (✓), where I am
now (▶ "Now"), what comes next (○) and the goal at the end (★). Each step has its name, printed
whole; one or two sentences in plain language from the catalogue on what it is and what happens
there; when ("from March to May 2026", "until 31.5.2027"); where; and who helps (name, role,
phone). Then "What happens next?" and "Who helps me?".

Legibility: no text under 11 pt, near-black on white, nothing told by colour alone (each status
is a symbol and a word), so the page reads the same from a black-and-white printer. Up to 8 steps
fit one A4 portrait page and up to 16 two: the type and the spacing step down (never under
11 pt) until the journey fits that many pages; a step is never split over two pages and no text
is ever cut, so an unusually wordy pathway takes a page more rather than losing words.

Privacy as in every print (:mod:`pathways.printing`): never the personal identity code, every
free text through the :class:`~pathways.printing.Redactor` (a pseudonymised copy names the
client by a code only), and nothing of the notes, meeting summaries or consents.

matplotlib's Figure API through :class:`pathways.diagram.Sheet`; no pyplot, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from pathways.catalogue import ServiceCatalogue, plain_description
from pathways.diagram import Sheet
from pathways.diagram_i18n import tr
from pathways.diagram_text import cap_height, text_width, wrap
from pathways.i18n import N_, format_date
from pathways.labels import GOAL_OUTCOME_NAMES
from pathways.layout import Box
from pathways.model import Client, Meeting, Pathway, Step, TeamMember
from pathways.printing import (
    PrintDocument,
    PrintOptions,
    Redactor,
    installation_key,
    pseudonym_code,
)
from pathways.style import INK, INK_SOFT, STATUS_STYLES

MM = 72.0 / 25.4
#: Portrait paper in points (width, height).
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
}
SIDE_MARGIN = 15 * MM
TOP_MARGIN = 13 * MM
BOTTOM_MARGIN = 11 * MM
#: Steps a page is planned for: 8 on one page, up to 16 on two.
STEPS_PER_PAGE = 8
#: No text of the client copy is smaller than this, in points on paper.
MINIMUM_TEXT = 11.0

PAPER_WHITE = "#FFFFFF"
NOW_BAND = "#ECECEC"  # the "now" steps' background: a light grey, black text stays 15:1
RULE = "#8C8C8C"

# --- Words -------------------------------------------------------------------------------------

# The status of a step in the client's words, and the symbol drawn for it.
_STATUS_WORDS: dict[str, str] = {
    "completed": N_("Done"),
    "interrupted": N_("Stopped"),
    "ongoing": N_("Now"),
    "planned": N_("Coming next"),
}
_GOAL_WORD = N_("Your goal")
_KEY_WORDS: tuple[tuple[str, str], ...] = (
    ("completed", N_("done")),
    ("ongoing", N_("now")),
    ("planned", N_("coming next")),
    ("goal", N_("goal")),
)
_GOAL_SYMBOL = "★"

# Month names for the plain "when" of a step. Finnish inflects them: "maaliskuusta
# toukokuuhun" (from … to), "maaliskuussa" (in), so the phrases are built here per language,
# as pathways.i18n.format_date builds dates, rather than from one translated template.
_MONTHS_FI = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys",
              "loka", "marras", "joulu")
_MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _month(day: date, lang: str, case: str = "") -> str:
    """The month of *day*: Finnish in the case asked ("", "sta" from, "hun" to, "ssa" in)."""
    if lang == "fi":
        return f"{_MONTHS_FI[day.month - 1]}kuu" + {"sta": "sta", "hun": "hun", "ssa": "ssa"}.get(
            case, "")
    return (_MONTHS_SV if lang == "sv" else _MONTHS_EN)[day.month - 1]


def month_range(start: date, end: date, lang: str) -> str:
    """A past period in months: "from March to May 2026", "in March 2026", over a year
    "from November 2025 to February 2026"."""
    if (start.year, start.month) == (end.year, end.month):
        if lang == "fi":
            return f"{_month(start, lang, 'ssa')} {start.year}"
        return f"{'i' if lang == 'sv' else 'in'} {_month(start, lang)} {start.year}"
    first = _month(start, lang, "sta") + ("" if start.year == end.year else f" {start.year}")
    if lang == "fi":
        return f"{first} {_month(end, lang, 'hun')} {end.year}"
    if lang == "sv":
        return f"från {first} till {_month(end, lang)} {end.year}"
    return f"from {first} to {_month(end, lang)} {end.year}"


def since_month(start: date, lang: str) -> str:
    """Since a month: "since March 2026", "maaliskuusta 2026 alkaen", "sedan mars 2026"."""
    if lang == "fi":
        return f"{_month(start, lang, 'sta')} {start.year} alkaen"
    return f"{'sedan' if lang == 'sv' else 'since'} {_month(start, lang)} {start.year}"


def ended_in_month(end: date, lang: str) -> str:
    """"ended in May 2026", "päättyi toukokuussa 2026", "slutade i maj 2026"."""
    if lang == "fi":
        return f"päättyi {_month(end, lang, 'ssa')} {end.year}"
    if lang == "sv":
        return f"slutade i {_month(end, lang)} {end.year}"
    return f"ended in {_month(end, lang)} {end.year}"


def _t(message: str, lang: str, **values: object) -> str:
    text = tr(message, lang)
    return text.format(**values) if values else text


def plain_when(step: Step, lang: str, today: date | None = None) -> str:
    """When a step happens, as the client would say it.

    Done: the months it ran ("from March to May 2026"). Now: since when, and until its planned
    end when there is one ("since March 2026, until 31.5.2027"). Coming: the day it starts and
    its planned end, or that the date will be agreed later. A day already past *today* is
    said so ("was to start 26.11.2026", "planned until 5.1.2026"), never as still to come.
    """

    def past(day: date) -> bool:
        return today is not None and day < today

    if step.status in ("completed", "interrupted"):
        if step.start and step.end:
            return month_range(step.start, step.end, lang)
        if step.end:
            return ended_in_month(step.end, lang)
        return ""
    parts: list[str] = []
    if step.status == "ongoing":
        if step.start:
            parts.append(since_month(step.start, lang))
    elif step.start and past(step.start):
        parts.append(_t(N_("was to start {date}"), lang, date=format_date(step.start, lang)))
    elif step.start:
        parts.append(_t(N_("starts {date}"), lang, date=format_date(step.start, lang)))
    if step.end and past(step.end):
        parts.append(_t(N_("planned until {date}"), lang, date=format_date(step.end, lang)))
    elif step.end:
        parts.append(_t(N_("until {date}"), lang, date=format_date(step.end, lang)))
    if not parts and step.status == "planned":
        return _t(N_("the date will be agreed later"), lang)
    return ", ".join(parts)


def _unbroken(text: str) -> str:
    """A phone number kept on one line: its spaces made non-breaking."""
    return text.replace(" ", "\u00a0")


def _sentence_case(text: str) -> str:
    """A role inside a sentence: "Työhönvalmentaja" → "työhönvalmentaja"; "IPS-…" kept."""
    if len(text) >= 2 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


# --- The journey -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    """One stop of the journey: a step, or the goal at the end."""

    kind: str  # "done" | "now" | "next" | "goal"
    symbol_status: str  # a step status, or "goal"
    name: str
    status_word: str
    when: str = ""
    description: str = ""
    where: str = ""
    helper: str = ""  # "Name, role, phone …"
    helper_brief: str = ""  # "Name, phone …"


def _journey_order(steps: Sequence[Step]) -> list[Step]:
    """Done steps (by when they ended), then the ongoing ones, then what comes, by start."""

    def by_end(step: Step) -> tuple[date, date]:
        return (step.end or step.start or date.min, step.start or date.min)

    def by_start(step: Step) -> tuple[date, date]:
        return (step.start or date.max, step.end or date.max)

    done = sorted((s for s in steps if s.status in ("completed", "interrupted")), key=by_end)
    now = sorted((s for s in steps if s.status == "ongoing"), key=by_start)
    coming = sorted((s for s in steps if s.status == "planned"), key=by_start)
    return done + now + coming


@dataclass(slots=True)
class _Copy:
    """What one client copy says, in its language, before any of it is laid out."""

    client: Client
    pathway: Pathway
    catalogue: ServiceCatalogue
    options: PrintOptions
    redact: Redactor
    today: date  # the print's date
    display_name: str
    steps: list[Step]

    @property
    def as_of(self) -> date:
        """The day the copy speaks of: an agreed version's day, else the print's."""
        version = self.options.version
        return version.agreed_on if version is not None else self.today

    def meeting(self) -> Meeting | None:
        """The meeting the copy tells of: an agreed version's own meeting, else the latest one
        up to the version's day; without a version, the latest meeting."""
        version = self.options.version
        if version is None:
            return self.client.latest_meeting()
        if version.meeting_id is not None:
            own = self.client.meeting(version.meeting_id)
            if own is not None:
                return own
        earlier = [m for m in self.client.meetings if m.date <= version.agreed_on]
        return max(earlier, key=lambda m: m.date, default=None)

    @property
    def lang(self) -> str:
        return self.options.lang

    def t(self, message: str, **values: object) -> str:
        return _t(message, self.lang, **values)

    def step_name(self, step: Step) -> str:
        """The step's own title, else the service's full name: never shortened."""
        if step.title and self.redact(step.title).strip():
            return self.redact(step.title).strip()
        service = self.catalogue.get(step.service)
        return service.name(self.lang) if service is not None else step.service

    def member(self, member_id: str | None) -> TeamMember | None:
        return self.client.team_member(member_id) if member_id else None

    def person(self, member: TeamMember, *, role: bool = True) -> str:
        """"Name, role, phone 040 …" (the role as inside a sentence)."""
        parts = [member.name]
        if role and member.role:
            parts.append(_sentence_case(member.role))
        if member.phone:
            parts.append(self.t(N_("phone {phone}"), phone=_unbroken(member.phone)))
        return ", ".join(parts)

    def goal_text(self) -> str:
        goal = self.client.goal
        if goal is None:
            return ""
        text = self.redact(goal.description).strip() if goal.description else ""
        if not text:
            source = GOAL_OUTCOME_NAMES.get(goal.outcome)
            text = tr(source, self.lang) if source else goal.outcome
        return text

    def entries(self) -> list[_Entry]:
        result = []
        for step in _journey_order(self.steps):
            kind = {"completed": "done", "interrupted": "done", "ongoing": "now"}.get(
                step.status, "next")
            entry = _Entry(kind, step.status, self.step_name(step),
                           self.t(_STATUS_WORDS.get(step.status, step.status)),
                           plain_when(step, self.lang, self.as_of),
                           plain_description(step.service, self.lang) or "")
            if kind != "done":  # where to go and whom to ask: for what is now and to come
                if step.provider and self.redact(step.provider).strip():
                    entry.where = self.t(N_("Where: {place}"),
                                         place=self.redact(step.provider).strip())
                member = self.member(step.responsible)
                if member is not None:
                    entry.helper = self.t(N_("Helps you: {person}"), person=self.person(member))
                    entry.helper_brief = self.t(N_("Helps you: {person}"),
                                                person=self.person(member, role=False))
            result.append(entry)
        goal = self.goal_text()
        if goal:
            result.append(_Entry("goal", "goal", goal, self.t(_GOAL_WORD), "",
                                 self.t(N_("This is where your path is heading."))))
        return result

    def involved(self) -> list[TeamMember]:
        """The team members responsible for a step of this pathway, else the whole team."""
        responsible = {s.responsible for s in self.steps if s.responsible}
        members = [m for m in self.client.team if m.id in responsible]
        return members or list(self.client.team)


# --- Type and blocks -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Type:
    """The sizes of one density, in points; the first density that fits the pages wins."""

    title: float
    name: float  # a step's name (bold)
    heading: float  # "What happens next?"
    body: float
    leading: float  # line height as a multiple of the size
    gap: float  # between the stops of the journey
    marker: float  # the diameter of a stop's symbol
    #: The last resorts before a page more: the status and when beside a name that leaves room
    #: for them; done steps by name and date only, and helpers named without their role (the
    #: role is under "Who helps me?").
    when_beside_name: bool = False
    brief: bool = False

    def line(self, size: float) -> float:
        return size * self.leading

    def scaled(self, factor: float) -> _Type:
        return replace(self, title=self.title * factor, name=self.name * factor,
                       heading=self.heading * factor, body=self.body * factor,
                       gap=self.gap * factor, marker=self.marker * factor)


_DENSITIES: tuple[_Type, ...] = (
    _Type(title=22.0, name=15.0, heading=15.0, body=12.5, leading=1.3, gap=15.0, marker=22.0),
    _Type(title=21.0, name=14.0, heading=14.5, body=12.0, leading=1.25, gap=12.0, marker=21.0),
    _Type(title=20.0, name=13.5, heading=14.0, body=11.5, leading=1.22, gap=9.0, marker=20.0),
    _Type(title=19.0, name=13.0, heading=13.5, body=11.0, leading=1.2, gap=7.0, marker=19.0),
    _Type(title=18.0, name=12.5, heading=13.0, body=11.0, leading=1.16, gap=5.0, marker=18.0),
    _Type(title=18.0, name=12.0, heading=12.5, body=11.0, leading=1.12, gap=3.5, marker=17.0),
    _Type(title=18.0, name=12.0, heading=12.5, body=11.0, leading=1.12, gap=3.5, marker=17.0,
          when_beside_name=True),
    _Type(title=18.0, name=12.0, heading=12.5, body=11.0, leading=1.12, gap=3.0, marker=17.0,
          when_beside_name=True, brief=True),
)


@dataclass(slots=True)
class _Block:
    """A piece of a page measured before it is drawn; never split over two pages."""

    height: float
    draw: Callable[[Sheet, float], None]
    entry: int | None = None  # the index of the journey stop it draws
    keep_with_next: bool = False


@dataclass(slots=True)
class _Layout:
    copy: _Copy
    type: _Type
    width: float
    height: float

    @property
    def left(self) -> float:
        return SIDE_MARGIN

    @property
    def content_width(self) -> float:
        return self.width - 2 * SIDE_MARGIN

    @property
    def marker_x(self) -> float:
        return self.left + self.type.marker / 2 + 1.0

    @property
    def text_x(self) -> float:
        return self.left + self.type.marker + 12.0

    @property
    def text_width(self) -> float:
        return self.left + self.content_width - self.text_x

    # Header and footer

    def header_height(self, first: bool) -> float:
        kind = self.type
        if first:
            key = 0.0 if self._key_beside_name() else kind.line(kind.body) + 4.0
            return kind.line(kind.title) + kind.line(kind.name + 1.0) + key + 12.0
        return kind.line(kind.name) + 12.0

    def footer_height(self) -> float:
        return self.type.line(MINIMUM_TEXT) + 8.0

    def body_box(self, first: bool) -> Box:
        top = TOP_MARGIN + self.header_height(first)
        bottom = self.height - BOTTOM_MARGIN - self.footer_height()
        return Box(self.left, top, self.content_width, bottom - top)

    def draw_header(self, sheet: Sheet, first: bool) -> None:
        copy, kind = self.copy, self.type
        printed = copy.t(N_("Printed {date}"), date=format_date(copy.today, copy.lang))
        right = self.left + self.content_width
        y = TOP_MARGIN
        if first:
            sheet.lines(self.left, y, [copy.t(N_("Your path"))], size=kind.title, bold=True,
                        leading=kind.line(kind.title))
            sheet.lines(right, y, [printed], size=MINIMUM_TEXT, colour=INK_SOFT, ha="right",
                        leading=kind.line(kind.title))
            if copy.options.version is not None:  # the plan as agreed on that day
                agreed = copy.t(N_("Agreed version {date}"),
                                date=format_date(copy.options.version.agreed_on, copy.lang))
                sheet.lines(right, y + kind.line(kind.title), [agreed], size=MINIMUM_TEXT,
                            bold=True, ha="right", leading=kind.line(kind.name + 1.0))
            y += kind.line(kind.title)
            if self._key_beside_name():
                self._draw_key(sheet, y, right - self._key_width(), kind.line(kind.name + 1.0))
            y = sheet.lines(self.left, y, [copy.display_name], size=kind.name + 1.0, bold=True,
                            leading=kind.line(kind.name + 1.0))
            if not self._key_beside_name():
                self._draw_key(sheet, y + 4.0, self.left, kind.line(kind.body))
                y += kind.line(kind.body) + 4.0
        else:
            title = f"{copy.t(N_('Your path'))} — {copy.display_name}"
            sheet.lines(self.left, y, [title], size=kind.name, bold=True,
                        leading=kind.line(kind.name))
            sheet.lines(right, y, [printed], size=MINIMUM_TEXT, colour=INK_SOFT, ha="right",
                        leading=kind.line(kind.name))
            y += kind.line(kind.name)
        rule = y + 5.0
        sheet.polyline([(self.left, rule), (right, rule)], colour=RULE, linewidth=0.8)

    def _key_width(self) -> float:
        size = self.type.body
        return sum(text_width(self._symbol(status) + " ", size, True)
                   + text_width(self.copy.t(word), size) + 18.0
                   for status, word in _KEY_WORDS) - 18.0

    @staticmethod
    def _symbol(status: str) -> str:
        return _GOAL_SYMBOL if status == "goal" else STATUS_STYLES[status].symbol

    def _key_beside_name(self) -> bool:
        """At the tightest density the key goes beside the name, if the two fit one line."""
        name = text_width(self.copy.display_name, self.type.name + 1.0, True)
        return (self.type.brief and self.copy.options.version is None  # its line is there
                and name + 24.0 + self._key_width() <= self.content_width)

    def _draw_key(self, sheet: Sheet, top: float, x: float, leading: float) -> None:
        """The symbols in words: ✓ done  ▶ now  ○ coming next  ★ goal."""
        size = self.type.body
        baseline = top + leading / 2 + cap_height(size) / 2
        for status, word in _KEY_WORDS:
            symbol = _GOAL_SYMBOL if status == "goal" else STATUS_STYLES[status].symbol
            sheet.text(x, baseline, symbol, size=size, bold=True)
            x += text_width(symbol + " ", size, True)
            label = self.copy.t(word)
            sheet.text(x, baseline, label, size=size, colour=INK)
            x += text_width(label, size) + 18.0

    def draw_footer(self, sheet: Sheet, number: int, total: int, note: str) -> None:
        size = MINIMUM_TEXT
        baseline = self.height - BOTTOM_MARGIN
        right = self.left + self.content_width
        rule = baseline - size - 6.0
        sheet.polyline([(self.left, rule), (right, rule)], colour="#C8C8C8", linewidth=0.6)
        sheet.text(self.left, baseline, self.copy.t(N_("Confidential")), size=size, bold=True)
        sheet.text(right, baseline, f"{number}/{total}", size=size, ha="right")
        sheet.text(self.left + self.content_width / 2, baseline, note or "Polku", size=size,
                   bold=bool(note), colour=INK if note else INK_SOFT, ha="center")

    # The journey's stops

    def entry_block(self, index: int, entry: _Entry, last: bool) -> _Block:
        kind = self.type
        width = self.text_width
        name_lines = wrap(entry.name, width, kind.name, True)
        status_line = entry.status_word + (f" · {entry.when}" if entry.when else "")
        beside = ""  # the status and when, right-aligned on the name's last line
        # Beside a name of one line only: under a longer one it would read (and be read
        # aloud) between the name's lines.
        if (kind.when_beside_name and len(name_lines) == 1
                and text_width(name_lines[-1], kind.name, True)
                + 16.0 + text_width(status_line, kind.body, True) <= width):
            beside, status_lines = status_line, []
        elif text_width(status_line, kind.body, True) <= width:
            status_lines = [(status_line, True)]
        else:
            status_lines = [(entry.status_word, True)] + [
                (line, False) for line in wrap(entry.when, width, kind.body)]
        texts = [entry.description] if entry.description and not (
            kind.brief and entry.kind == "done") else []
        helper = entry.helper_brief if kind.brief else entry.helper
        together = f"{entry.where} · {helper}"
        if kind.brief and entry.where and helper and text_width(together, kind.body) <= width:
            texts.append(together)
        else:
            texts += [text for text in (entry.where, helper) if text]
        paragraphs = [wrap(text, width, kind.body) for text in texts]
        body = kind.line(kind.body)
        text_height = (len(name_lines) * kind.line(kind.name) + len(status_lines) * body
                       + sum(len(lines) * body + 2.0 for lines in paragraphs))
        inner = max(text_height, kind.marker)
        padding = 5.0 if entry.kind == "now" else 0.0
        height = inner + 2 * padding + (0.0 if last else kind.gap)

        def draw(sheet: Sheet, top: float) -> None:
            if entry.kind == "now":
                sheet.rect(Box(self.text_x - 7.0, top, self.left + self.content_width
                               - self.text_x + 7.0, inner + 2 * padding), fill=NOW_BAND,
                           radius=4.0, zorder=0.5)
            y = top + padding
            y = sheet.lines(self.text_x, y, name_lines, size=kind.name, bold=True,
                            leading=kind.line(kind.name))
            if beside:
                sheet.lines(self.text_x + width, y - kind.line(kind.name), [beside],
                            size=kind.body, bold=True, ha="right", leading=kind.line(kind.name))
            for text, bold in status_lines:
                y = sheet.lines(self.text_x, y, [text], size=kind.body, bold=bold,
                                leading=body)
            for lines in paragraphs:
                y = sheet.lines(self.text_x, y, lines, size=kind.body, leading=body) + 2.0
            self.draw_marker(sheet, entry, top + padding + kind.line(kind.name) / 2)

        return _Block(height, draw, entry=index)

    def marker_centre(self, top: float, entry: _Entry) -> float:
        padding = 5.0 if entry.kind == "now" else 0.0
        return top + padding + self.type.line(self.type.name) / 2

    def draw_marker(self, sheet: Sheet, entry: _Entry, centre: float) -> None:
        diameter = self.type.marker
        x = self.marker_x
        box = Box(x - diameter / 2, centre - diameter / 2, diameter, diameter)
        size = max(MINIMUM_TEXT, diameter * 0.55)
        if entry.kind == "goal":
            sheet.rect(box, fill=PAPER_WHITE, edge=INK, linewidth=2.0, radius=diameter / 2,
                       zorder=4)
            sheet.text(x, centre, _GOAL_SYMBOL, size=size, bold=True, ha="center",
                       va="center_baseline", zorder=5)
        elif entry.kind == "next":
            sheet.rect(box, fill=PAPER_WHITE, edge=INK, linewidth=2.2, radius=diameter / 2,
                       zorder=4)
        else:
            symbol = STATUS_STYLES[entry.symbol_status].symbol
            sheet.rect(box, fill=INK, radius=diameter / 2, zorder=4)
            sheet.text(x + (size * 0.06 if entry.kind == "now" else 0.0), centre, symbol,
                       size=size, bold=True, colour=PAPER_WHITE, ha="center",
                       va="center_baseline", zorder=5)

    # What happens next, and who helps

    def section_blocks(self) -> list[_Block]:
        """"What happens next?" beside "Who helps me?", under the journey: one block, so the
        two stay together, in two columns, so they take half the height."""
        copy, kind = self.copy, self.type
        gap = 18.0
        body = kind.line(kind.body)
        head = kind.line(kind.heading) + 4.0
        arrow = text_width("→ ", kind.body, True)

        # The items of each part as (bullet, text, bold), wrapped once the width is chosen.
        Item = tuple[str, str, bool]
        next_items: list[Item] = []
        coming = [s for s in _journey_order(copy.steps) if s.status == "planned"]
        if coming:
            step = coming[0]
            if step.start and step.start < copy.as_of:
                text = copy.t(N_("Next: {service}. It was to start on {date}."),
                              service=copy.step_name(step),
                              date=format_date(step.start, copy.lang))
            elif step.start:
                text = copy.t(N_("Next: {service} starts on {date}."),
                              service=copy.step_name(step),
                              date=format_date(step.start, copy.lang))
            else:
                text = copy.t(N_("Next: {service}. The date will be agreed later."),
                              service=copy.step_name(step))
            next_items.append(("→", text, False))
        else:
            next_items.append(("→", copy.t(
                N_("You and your team will agree on the next step together.")), False))
        meeting = copy.meeting()
        if meeting is not None and meeting.next_review and meeting.next_review >= copy.as_of:
            next_items.append(("→", copy.t(N_("Next meeting: {date}."),
                                           date=format_date(meeting.next_review, copy.lang)),
                               False))
        if copy.options.meeting_sheet and meeting is not None and meeting.decisions:
            next_items.append(("", copy.t(N_("At the meeting on {date} we agreed:"),
                                          date=format_date(meeting.date, copy.lang)), True))
            for decision in meeting.decisions:
                if copy.redact(decision).strip():
                    next_items.append(("•", copy.redact(decision).strip(), False))

        help_items: list[Item] = []
        members = copy.involved()
        if not members:
            help_items.append(("", copy.t(N_("Your team will give you their contact details.")),
                               False))
        for member in members:
            help_items.append(("", member.name + (f", {_sentence_case(member.role)}"
                                                  if member.role else ""), True))
            details = [part for part in (
                member.organisation,
                copy.t(N_("phone {phone}"), phone=_unbroken(member.phone)) if member.phone
                else "",
                copy.t(N_("email {email}"), email=member.email) if member.email else "",
            ) if part]
            if details:
                help_items.append(("", ", ".join(details), False))

        def wrapped(items: list[Item], width: float) -> list[tuple[str, list[str], bool]]:
            return [(bullet, wrap(text, width - (arrow if bullet else 0.0), kind.body, bold),
                     bold) for bullet, text, bold in items]

        def height_of(items: list[tuple[str, list[str], bool]]) -> float:
            return sum(len(lines) * body + (0.0 if bold and not bullet else 3.0)
                       for bullet, lines, bold in items)

        # Side by side (the left column a half or less of the width), or one under the other
        # at the full width: whichever is shortest.
        full = [wrapped(next_items, self.content_width), wrapped(help_items, self.content_width)]
        stacked_height = 2 * head + height_of(full[0]) + height_of(full[1]) + 6.0
        column, stacked, parts = 0.0, True, full
        best = stacked_height
        next_title, help_title = copy.t(N_("What happens next?")), copy.t(N_("Who helps me?"))
        for share in (0.5, 0.42, 0.36):
            left = (self.content_width - gap) * share
            if (text_width(next_title, kind.heading, True) > left
                    or text_width(help_title, kind.heading, True)
                    > self.content_width - gap - left):
                continue  # a heading must fit its column
            side = [wrapped(next_items, left),
                    wrapped(help_items, self.content_width - gap - left)]
            side_height = head + max(height_of(side[0]), height_of(side[1]))
            if side_height < best - 0.5:
                column, stacked, parts, best = left, False, side, side_height
        height = 12.0 + best

        def draw(sheet: Sheet, top: float) -> None:
            right = self.left + self.content_width
            sheet.polyline([(self.left, top + 5.0), (right, top + 5.0)], colour="#C8C8C8",
                           linewidth=0.6)
            y = top + 12.0
            for index, (title, items) in enumerate(((next_title, parts[0]),
                                                    (help_title, parts[1]))):
                x = self.left
                if not stacked:
                    x, y = self.left + index * (column + gap), top + 12.0
                elif index:
                    y += 6.0
                y = sheet.lines(x, y, [title], size=kind.heading, bold=True,
                                leading=kind.line(kind.heading)) + 4.0
                for bullet, lines, bold in items:
                    if bullet:
                        sheet.lines(x, y, [bullet], size=kind.body, bold=True, leading=body)
                    y = sheet.lines(x + (arrow if bullet else 0.0), y, lines, size=kind.body,
                                    bold=bold, leading=body)
                    y += 0.0 if bold and not bullet else 3.0

        return [_Block(height, draw)]


# --- Pages -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    blocks: list[tuple[_Block, float]] = field(default_factory=list)  # (block, top)


def _paginate(layout: _Layout, blocks: Sequence[_Block]) -> list[_Page]:
    """Blocks down the pages in order: a block that does not fit the page's room starts the
    next page (with the blocks that keep with it); a block taller than a page stands alone."""
    pages = [_Page()]
    box = layout.body_box(first=True)
    y = box.y
    index = 0
    while index < len(blocks):
        # A heading goes with what follows it.
        group = [blocks[index]]
        while group[-1].keep_with_next and index + len(group) < len(blocks):
            group.append(blocks[index + len(group)])
        height = sum(block.height for block in group)
        if y + height > box.bottom + 0.5 and pages[-1].blocks:
            pages.append(_Page())
            box = layout.body_box(first=False)
            y = box.y
        for block in group:
            pages[-1].blocks.append((block, y))
            y += block.height
        index += len(group)
    return pages


def _target_pages(step_count: int) -> int:
    return max(1, math.ceil(step_count / STEPS_PER_PAGE))


def _plan(copy: _Copy, width: float, height: float, growth: float
          ) -> tuple[_Layout, list[_Entry], list[_Page]]:
    """The most generous density whose pages fit the target count (else the tightest)."""
    entries = copy.entries()
    target = _target_pages(len(copy.steps))
    best: tuple[_Layout, list[_Entry], list[_Page]] | None = None
    for density in _DENSITIES:
        layout = _Layout(copy, density.scaled(growth), width, height)
        blocks = [layout.entry_block(i, e, i == len(entries) - 1)
                  for i, e in enumerate(entries)]
        if not entries:
            blocks.append(_no_steps_block(layout))
        blocks += layout.section_blocks()
        pages = _paginate(layout, blocks)
        best = (layout, entries, pages)
        if len(pages) <= target:
            break
    assert best is not None
    return best


def _no_steps_block(layout: _Layout) -> _Block:
    kind = layout.type
    text = layout.copy.t(N_("No steps yet. You and your team will plan them together."))
    lines = wrap(text, layout.content_width, kind.body)

    def draw(sheet: Sheet, top: float) -> None:
        sheet.lines(layout.left, top, lines, size=kind.body, leading=kind.line(kind.body))
    return _Block(len(lines) * kind.line(kind.body) + kind.gap, draw)


def _draw_spine(sheet: Sheet, layout: _Layout, entries: Sequence[_Entry],
                placed: Sequence[tuple[int, float]], continues_before: bool,
                continues_after: bool, body: Box) -> None:
    """The line the stops of the journey hang on: solid along what is done and what is now,
    dashed towards what comes; it runs off the page where the journey goes on."""
    x = layout.marker_x
    radius = layout.type.marker / 2
    centres = [(index, layout.marker_centre(top, entries[index])) for index, top in placed]
    if not centres:
        return

    def segment(y0: float, y1: float, towards: _Entry) -> None:
        if y1 - y0 <= 1.0:
            return
        travelled = towards.kind in ("done", "now")
        sheet.polyline([(x, y0), (x, y1)], colour=INK, linewidth=2.4 if travelled else 1.8,
                       linestyle="solid" if travelled else (0, (4.0, 3.0)), zorder=3)

    first_index, first_centre = centres[0]
    if continues_before:
        segment(body.y - 4.0, first_centre - radius, entries[first_index])
    for (_, y0), (index, y1) in zip(centres, centres[1:], strict=False):
        segment(y0 + radius, y1 - radius, entries[index])
    last_index, last_centre = centres[-1]
    if continues_after and last_index + 1 < len(entries):
        segment(last_centre + radius, body.bottom, entries[last_index + 1])


def compose_client_copy(
    client: Client,
    pathway: Pathway,
    catalogue: ServiceCatalogue,
    options: PrintOptions,
) -> PrintDocument:
    """All pages of the client copy of *pathway*. The view option plays no part: the client
    copy is always the journey; the paper is used upright."""
    today = options.today or date.today()
    pseudonym = None
    if options.pseudonymize:
        key = options.pseudonym_key if options.pseudonym_key is not None else installation_key()
        pseudonym = pseudonym_code(client.id, key)
    redact = Redactor(client, pseudonym=pseudonym)
    display_name = (tr("Client {code}", options.lang).format(code=pseudonym)
                    if pseudonym is not None else redact(client.name))
    steps = [s for s in pathway.steps if s.status != "cancelled"]
    copy = _Copy(client, pathway, catalogue, options, redact, today, display_name, steps)
    width, height = PAGE_SIZES.get(options.paper, PAGE_SIZES["A4"])
    growth = 1.25 if options.paper == "A3" else 1.0
    layout, entries, pages = _plan(copy, width, height, growth)

    sheets: list[Sheet] = []
    journey_pages = [n for n, page in enumerate(pages)
                     if any(block.entry is not None for block, _top in page.blocks)]
    for number, page in enumerate(pages):
        sheet = Sheet(width, height)
        first = number == 0
        layout.draw_header(sheet, first)
        for block, top in page.blocks:
            block.draw(sheet, top)
        placed = [(block.entry, top) for block, top in page.blocks if block.entry is not None]
        later_journey = any(n > number for n in journey_pages)
        _draw_spine(sheet, layout, entries, placed,
                    continues_before=bool(placed) and placed[0][0] > 0 and not first,
                    continues_after=later_journey, body=layout.body_box(first))
        note = (copy.t(N_("Continues on page {page}"), page=number + 2) + " →"
                if number + 1 < len(pages) else "")
        layout.draw_footer(sheet, number + 1, len(pages), note)
        sheets.append(sheet)
    title = redact(pathway.title) or display_name
    return PrintDocument([s.figure for s in sheets], title,
                         min(s.smallest_text for s in sheets), sheets)


__all__ = [
    "MINIMUM_TEXT",
    "PAGE_SIZES",
    "STEPS_PER_PAGE",
    "compose_client_copy",
    "ended_in_month",
    "month_range",
    "plain_when",
    "since_month",
]
