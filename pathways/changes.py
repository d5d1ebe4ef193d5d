"""What changed since an agreed version, in words: for the command line, the printed changes page,
the canvas overlay's list for screen readers and the window.

Each change is marked by a symbol *and* a word (never colour alone, ``spec/cli.md``); the colour
is the style module's business. Old and new values are named for dates, status, provider and
the responsible person, so that a meeting sees "the work trial now ends 30.4." and not only
that something changed; a note's text is never repeated (it may be internal).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pathways.catalogue import ServiceCatalogue
from pathways.compare import CHANGED, GONE, NEW, Comparison
from pathways.i18n import N_, current_language, format_date, translate
from pathways.labels import STEP_STATUS_NAMES, TRANSITION_KIND_NAMES
from pathways.model import AgreedVersion, Client, Pathway, Step

#: The mark of each kind of change: a symbol (DejaVu Sans has them all) and a word.
CHANGE_SYMBOLS: dict[str, str] = {NEW: "✚", CHANGED: "✎", GONE: "⊖"}
CHANGE_WORDS: dict[str, str] = {NEW: N_("New"), CHANGED: N_("Changed"), GONE: N_("Gone")}

#: The fields of steps and transitions, as a change names them.
FIELD_NAMES: dict[str, str] = {
    "service": N_("service"),
    "title": N_("title"),
    "provider": N_("provider"),
    "responsible": N_("responsible"),
    "status": N_("status"),
    "start": N_("start"),
    "end": N_("end"),
    "note": N_("note"),
    "referral": N_("referral"),
    "date": N_("date"),
    "shared_info": N_("information shared"),
    "consent": N_("consent"),
}


_FIELD_ORDER = {name: index for index, name in enumerate(
    ("status", "start", "end", "service", "title", "provider", "responsible", "note"))}


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """One change as a person reads it: its kind (new, changed, gone), what, and how."""

    change: str
    subject: str
    detail: str = ""
    #: The step id, or None for a transition.
    step_id: str | None = None

    def text(self, lang: str | None = None) -> str:
        """``✎ Changed: Work trial — end: 30.6.2026 → 30.4.2026``."""
        lang = lang or current_language()
        word = translate(CHANGE_WORDS[self.change], lang)
        line = f"{CHANGE_SYMBOLS[self.change]} {word}: {self.subject}"
        return f"{line} — {self.detail}" if self.detail else line


def change_word(change: str, lang: str | None = None) -> str:
    return translate(CHANGE_WORDS[change], lang or current_language())


def describe(
    comparison: Comparison,
    before: Sequence[Step],
    after: Sequence[Step],
    catalogue: ServiceCatalogue,
    lang: str | None = None,
    client: Client | None = None,
) -> list[ChangeLine]:
    """Every change of *comparison* in words: steps first (new, changed, gone), then transitions,
    each group in the comparison's order. *client* names responsible people by name."""
    lang = lang or current_language()
    steps = {s.id: s for s in before} | {s.id: s for s in after}
    old = {s.id: s for s in before}
    new = {s.id: s for s in after}

    def title(step_id: str) -> str:
        step = steps.get(step_id)
        if step is None:
            return step_id
        if step.title:
            return step.title
        service = catalogue.get(step.service)
        return service.name(lang) if service is not None else step.service

    def value(step: Step, field: str) -> str:
        raw = getattr(step, field)
        if raw is None or raw == "":
            return "–"
        if isinstance(raw, date):
            return format_date(raw, lang)
        if field == "status":
            return translate(STEP_STATUS_NAMES.get(raw, raw), lang).lower()
        if field == "service":
            service = catalogue.get(raw)
            return service.name(lang) if service is not None else str(raw)
        if field == "responsible" and client is not None:
            member = client.team_member(raw)
            return member.name if member is not None else str(raw)
        return str(raw)

    def field_name(field: str) -> str:
        return translate(FIELD_NAMES.get(field, field), lang)

    lines: list[ChangeLine] = []
    for step_id in comparison.steps_added:
        lines.append(ChangeLine(NEW, title(step_id), _dates(new[step_id], lang), step_id))
    for step_id, fields in comparison.steps_changed:
        parts = []
        # People read what happens first: status, then dates, then who and what.
        for field in sorted(fields, key=lambda f: (_FIELD_ORDER.get(f, len(_FIELD_ORDER)), f)):
            if field in ("note", "position"):
                parts.append(field_name(field))
            else:
                parts.append(f"{field_name(field)}: {value(old[step_id], field)} → "
                             f"{value(new[step_id], field)}")
        lines.append(ChangeLine(CHANGED, title(step_id), "; ".join(parts), step_id))
    for step_id in comparison.steps_removed:
        lines.append(ChangeLine(GONE, title(step_id), _dates(old[step_id], lang), step_id))

    def arrow(key: tuple[str, str, str]) -> str:
        kind = translate(TRANSITION_KIND_NAMES.get(key[2], key[2]), lang).lower()
        return f"{title(key[0])} → {title(key[1])} ({kind})"

    for key in comparison.transitions_added:
        lines.append(ChangeLine(NEW, arrow(key)))
    for key, fields in comparison.transitions_changed:
        lines.append(ChangeLine(CHANGED, arrow(key), ", ".join(field_name(f) for f in fields)))
    for key in comparison.transitions_removed:
        lines.append(ChangeLine(GONE, arrow(key)))
    return lines


def _dates(step: Step, lang: str) -> str:
    if step.start and step.end:
        return f"{format_date(step.start, lang)} – {format_date(step.end, lang)}"
    if step.start:
        return format_date(step.start, lang) + " –"
    if step.end:
        return "– " + format_date(step.end, lang)
    return ""


def change_lines(
    comparison: Comparison,
    version: AgreedVersion,
    after: Sequence[Step],
    catalogue: ServiceCatalogue,
    lang: str | None = None,
    client: Client | None = None,
) -> list[str]:
    """The changes since *version* as one line each (the command line's text output)."""
    return [line.text(lang) for line in describe(comparison, version.steps, after, catalogue,
                                                 lang, client)]


def _short_date(day: date, lang: str) -> str:
    return f"{day.day}.{day.month}." if lang in ("fi", "sv") else format_date(day, lang)


def changes_between_title(
    before: AgreedVersion, after: AgreedVersion, lang: str | None = None
) -> str:
    """"Muutokset 12.3.–5.6." — two agreed versions compared."""
    lang = lang or current_language()
    return translate(N_("Changes from {before} to {after}"), lang).format(
        before=_short_date(before.agreed_on, lang), after=_short_date(after.agreed_on, lang))


def changes_title(version: AgreedVersion, lang: str | None = None) -> str:
    """"Muutokset 12.3. jälkeen" — the heading of the changes page and the overlay's list."""
    lang = lang or current_language()
    day = version.agreed_on
    short = f"{day.day}.{day.month}." if lang in ("fi", "sv") else format_date(day, lang)
    return translate(N_("Changes since {date}"), lang).format(date=short)


#: The colour of each kind of change on screen (white text on it reads at 4.5:1 or better);
#: the symbol and the word carry the meaning, the colour only helps.
CHANGE_COLOURS: dict[str, str] = {NEW: "#00684F", CHANGED: "#8F4F00", GONE: "#595959"}


def with_gone_steps(
    pathway: Pathway, version: AgreedVersion, comparison: Comparison, *, faded: bool = True
) -> Pathway:
    """*pathway* with the steps gone since *version* added back, so that the map can show where
    they were; their arrows are left out. *faded*: drawn as cancelled steps are (paper, which
    has no other way to fade a card); the canvas keeps their status and fades them itself."""
    gone = [dataclasses.replace(s, status="cancelled") if faded else dataclasses.replace(s)
            for s in version.steps
            if s.id in comparison.steps_removed and not pathway.has_step(s.id)]
    if not gone:
        return pathway
    return Pathway(pathway.id, pathway.title, pathway.status, pathway.created_on,
                   steps=[*pathway.steps, *gone], transitions=pathway.transitions)
