"""What meeting mode shows: the pathway for the meeting room, page by page, in plain language.

A pure function of the domain (no Qt): the window's meeting mode (``ui.meeting_mode``) only
lays these pages out in large type. The journey goes done → now → next → the goal, in the client
copy's plain-language sentences (the same catalogue messages as the printed client copy), and
names the helpers by name and role. What the room must never see is never read here: notes of
steps, transitions or the client, consents, the personal identity code, meeting summaries.
Cancelled steps are left out, as in the client copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pathways.catalogue import ServiceCatalogue, plain_description
from pathways.i18n import N_, format_date, translate
from pathways.labels import GOAL_OUTCOME_NAMES
from pathways.model import AgreedVersion, Client, Step

#: The pages in their order.
PAGES: tuple[str, ...] = ("done", "now", "next", "goal")
#: The journey's marks: a symbol as well as the word (the colour only helps).
PAGE_SYMBOLS: dict[str, str] = {"done": "✓", "now": "▶", "next": "○", "goal": "★"}
PAGE_NAMES: dict[str, str] = {
    "done": N_("Done"),
    "now": N_("Now"),
    "next": N_("Next"),
    "goal": N_("Goal"),
}


@dataclass(frozen=True, slots=True)
class MeetingItem:
    """One thing on a page: a heading (the service, or the goal) and short sentences."""

    symbol: str
    heading: str
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MeetingPage:
    key: str  # one of PAGES
    title: str
    items: tuple[MeetingItem, ...]
    #: Said when there are no items.
    empty: str = ""


@dataclass(frozen=True, slots=True)
class MeetingView:
    """Everything meeting mode shows, in one language."""

    heading: str  # "Your path" (with the agreed date for a version)
    name: str  # the client's name as the client copy gives it
    pages: tuple[MeetingPage, ...]
    journey: tuple[tuple[str, str], ...]  # (page key, "✓ Done") in order


def _t(message: str, lang: str, **values: object) -> str:
    return translate(message, lang).format(**values)


def _sorted(steps: Sequence[Step]) -> list[Step]:
    return sorted(steps, key=lambda s: (s.start or date.max, s.end or date.max))


def meeting_view(
    client: Client,
    steps: Sequence[Step],
    catalogue: ServiceCatalogue,
    lang: str,
    *,
    today: date | None = None,
    version: AgreedVersion | None = None,
) -> MeetingView:
    """The meeting-room pages of *steps* (a pathway's, or an agreed version's) of *client*."""
    from pathways.printing import Redactor  # here: the module draws (matplotlib)

    today = today or date.today()
    members = {m.id: m for m in client.team}
    # The room sees a shared screen: an identity code typed into a title or the goal is
    # hidden as on paper.
    redact = Redactor(client, pseudonym=None)

    def title(step: Step) -> str:
        if step.title and redact(step.title).strip():
            return redact(step.title).strip()
        service = catalogue.get(step.service)
        return service.name(lang) if service is not None else step.service

    def about(step: Step) -> list[str]:
        """The client copy's plain sentence on the service (never the step's note, which may
        be internal); for an untitled own service type, its catalogue description."""
        plain = plain_description(step.service, lang)
        if plain:
            return [plain]
        if step.title:
            return []
        service = catalogue.get(step.service)
        description = service.describe(lang) if service is not None else None
        return [description] if description else []

    def helper(step: Step) -> list[str]:
        member = members.get(step.responsible or "")
        if member is None:
            return []
        if member.role:
            # Inside a sentence, as the client copy says it: "työkykykoordinaattori"; an
            # abbreviation ("IPS-työhönvalmentaja") stays as written.
            role = member.role
            if len(role) >= 2 and role[0].isupper() and role[1].islower():
                role = role[0].lower() + role[1:]
            return [_t(N_("{name}, {role}, helps you."), lang, name=member.name, role=role)]
        return [_t(N_("{name} helps you."), lang, name=member.name)]

    shown = [s for s in steps if s.status != "cancelled"]
    done = []
    for step in _sorted([s for s in shown if s.status in ("completed", "interrupted")]):
        sentences = about(step)
        if step.end:
            sentences.append(_t(N_("It ended on {date}."), lang, date=format_date(step.end, lang)))
        done.append(MeetingItem(PAGE_SYMBOLS["done"], title(step), tuple(sentences)))
    now = []
    for step in _sorted([s for s in shown if s.status == "ongoing"]):
        sentences = about(step)
        if step.start:
            sentences.append(_t(N_("It started on {date}."), lang,
                                date=format_date(step.start, lang)))
        sentences += helper(step)
        now.append(MeetingItem(PAGE_SYMBOLS["now"], title(step), tuple(sentences)))
    upcoming = []
    for step in _sorted([s for s in shown if s.status == "planned"]):
        sentences = about(step)
        if step.start:
            sentences.append(_t(N_("It starts on {date}."), lang,
                                date=format_date(step.start, lang)))
        else:
            sentences.append(translate(N_("The date will be agreed later."), lang))
        sentences += helper(step)
        upcoming.append(MeetingItem(PAGE_SYMBOLS["next"], title(step), tuple(sentences)))

    goal_items = []
    if client.goal is not None:
        goal = client.goal
        source = GOAL_OUTCOME_NAMES.get(goal.outcome)
        outcome = translate(source, lang) if source else goal.outcome
        description = redact(goal.description).strip()
        sentences = [description] if description else []
        if goal.target_date:
            sentences.append(_t(N_("Target date {date}"), lang,
                                date=format_date(goal.target_date, lang)))
        goal_items.append(MeetingItem(PAGE_SYMBOLS["goal"], outcome, tuple(sentences)))
    meeting = client.latest_meeting()
    if meeting is not None and meeting.next_review and meeting.next_review >= today:
        goal_items.append(MeetingItem("→", _t(N_("Next meeting: {date}."), lang,
                                              date=format_date(meeting.next_review, lang))))

    def page_title(key: str) -> str:
        return f"{PAGE_SYMBOLS[key]} {translate(PAGE_NAMES[key], lang)}"

    pages = (
        MeetingPage("done", page_title("done"), tuple(done),
                    translate(N_("Nothing has ended yet."), lang)),
        MeetingPage("now", page_title("now"), tuple(now),
                    translate(N_("Nothing is going on right now."), lang)),
        MeetingPage("next", page_title("next"), tuple(upcoming),
                    translate(N_("You and your team will agree on the next step together."),
                              lang)),
        MeetingPage("goal", page_title("goal"), tuple(goal_items),
                    translate(N_("The goal will be agreed together."), lang)),
    )
    heading = translate(N_("Your path"), lang)
    if version is not None:
        heading = _t(N_("Your path as agreed on {date}"), lang,
                     date=format_date(version.agreed_on, lang))
    return MeetingView(heading, client.name, pages,
                       tuple((key, page_title(key)) for key in PAGES))
