"""A client's access request on paper: their data as an exchange file and a readable PDF of who
processed it, when and how (act 703/2023, GDPR art. 15).

The PDF is a paged A4 table drawn with matplotlib's ``Figure`` API (never ``pyplot``), in black
and grey. It names the client (it is for them) and each worker and account that touched their
data; it carries no other person's data. Both files are written privately (0600) and atomically.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from pathways import files
from pathways.i18n import N_, _, format_date
from pathways.model import Client

A4_INCHES = (8.27, 11.69)
#: Table rows on the first page (below the explanation) and on each page after it.
FIRST_PAGE_ROWS = 31
ROWS_PER_PAGE = 34
_MARGIN = 0.08
_INK = "#000000"
_GREY = "#6b6b6b"
_RULE = "#bdbdbd"
#: Left edges of the columns (fractions of the page width): when, who, what, which part.
_COLUMNS = (_MARGIN, 0.27, 0.57, 0.74)

_ACTIONS = {
    "view": N_("viewed"),
    "create": N_("created"),
    "change": N_("changed"),
    "delete": N_("deleted"),
    "print": N_("printed"),
    "export": N_("exported"),
    "import": N_("imported"),
    "erase": N_("erased"),
    "restore": N_("restored from a backup"),
    "backup": N_("backed up"),
    "check": N_("checked"),
}


class LogEntry(Protocol):
    """What the report needs of an access-log entry (``storage.audit.AuditEntry``)."""

    @property
    def at(self) -> datetime: ...
    @property
    def os_user(self) -> str: ...
    @property
    def worker(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def target(self) -> str | None: ...


class AccessRequestData(Protocol):
    """What the package needs (``storage.repository.AccessRequest``)."""

    @property
    def client(self) -> Client: ...
    @property
    def document(self) -> dict[str, Any]: ...
    @property
    def entries(self) -> Sequence[LogEntry]: ...


def action_name(action: str) -> str:
    """The action as the client reads it ("viewed", "printed"…)."""
    return _(_ACTIONS[action]) if action in _ACTIONS else action


def target_name(target: str | None) -> str:
    """Which part of the data: "all data", "details", "pathway p1", "access request"."""
    if target is None:
        return _("all data")
    if target.startswith("pathway "):
        return _("pathway {id}").format(id=target.removeprefix("pathway "))
    known = {"details": N_("details"), "access request": N_("access request"),
             "catalogue": N_("service catalogue")}  # fmt: skip
    return _(known[target]) if target in known else target


def _who(entry: LogEntry) -> str:
    # On a database server the database account too (storage.audit.AuditEntry.db_user).
    db_user = getattr(entry, "db_user", None)
    account = f"{entry.os_user}, {db_user}" if db_user else entry.os_user
    return f"{entry.worker} ({account})" if entry.worker else account


def _when(entry: LogEntry) -> str:
    local = entry.at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def _clip(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder="…") if len(text) > width else text


def _page(client: Client, printed_on: date, number: int, pages: int) -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=A4_INCHES)
    figure.text(_MARGIN, 0.955, _("Who has processed your data"), fontsize=16,
                fontweight="bold", color=_INK, va="top")  # fmt: skip
    figure.text(
        _MARGIN, 0.925,
        _("{name} ({id}) · from Polku's access log · printed {date}").format(
            name=_clip(client.name, 60), id=_clip(client.id, 30), date=format_date(printed_on)
        ),
        fontsize=9.5, color=_GREY, va="top",
    )  # fmt: skip
    figure.text(_MARGIN, 0.03, _("Confidential"), fontsize=8, color=_GREY, fontweight="bold")
    figure.text(
        1 - _MARGIN, 0.03, _("Page {page} of {pages}").format(page=number, pages=pages),
        fontsize=8, color=_GREY, ha="right",
    )  # fmt: skip
    return figure


def _explanation() -> str:
    return textwrap.fill(
        _(
            "Every time someone viewed, changed, printed or handed out your data in Polku, the "
            "program wrote it down: when, which worker under which computer account, what was "
            "done and to which part of your data. This is that record, oldest first."
        ),
        width=95,
    )


def access_report_pages(
    client: Client, entries: Sequence[LogEntry], *, printed_on: date
) -> list[Any]:
    """The report's pages as matplotlib Figures: a table, FIRST_PAGE_ROWS entries on the first
    page and ROWS_PER_PAGE on each one after."""
    chunks: list[Sequence[LogEntry]] = [entries[:FIRST_PAGE_ROWS]]
    rest = entries[FIRST_PAGE_ROWS:]
    chunks += [rest[i : i + ROWS_PER_PAGE] for i in range(0, len(rest), ROWS_PER_PAGE)]
    pages = []
    headings = (_("When"), _("Who"), _("What was done"), _("Which part"))
    for number, chunk in enumerate(chunks, start=1):
        figure = _page(client, printed_on, number, len(chunks))
        top = 0.89
        if number == 1:
            figure.text(_MARGIN, top, _explanation(), fontsize=9, color=_INK, va="top",
                        linespacing=1.4)  # fmt: skip
            top -= 0.075
        for left, heading in zip(_COLUMNS, headings, strict=True):
            figure.text(left, top, heading, fontsize=9, fontweight="bold", color=_INK,
                        va="center")  # fmt: skip
        figure.add_artist(_rule(top - 0.012))
        y = top - 0.035
        for entry in chunk:
            cells = (_when(entry), _clip(_who(entry), 44), action_name(entry.action),
                     _clip(target_name(entry.target), 30))  # fmt: skip
            for left, cell in zip(_COLUMNS, cells, strict=True):
                figure.text(left, y, cell, fontsize=8.5, color=_INK, va="center")
            figure.add_artist(_rule(y - 0.011, light=True))
            y -= 0.0225
        if not entries:
            figure.text(_MARGIN, y, _("No one has processed your data in Polku."), fontsize=9,
                        color=_GREY, va="center")  # fmt: skip
        pages.append(figure)
    return pages


def _rule(y: float, *, light: bool = False) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([_MARGIN, 1 - _MARGIN], [y, y], color=_RULE if light else _GREY,
                  linewidth=0.4 if light else 0.8)  # fmt: skip


def _private_write(path: Path, write: Any) -> None:
    """Write *path* through *write(temporary)*: private from the start, renamed when whole."""
    with files.atomic_write(path) as temporary:
        write(temporary)


def write_access_report(
    path: Path, client: Client, entries: Sequence[LogEntry], *, printed_on: date | None = None
) -> None:
    """Write the access-log PDF of *client* to *path* (private, atomic)."""
    from matplotlib.backends.backend_pdf import PdfPages

    from pathways.diagram_text import use_file_settings

    # TrueType fonts keep the text searchable and copyable (and readable aloud).
    use_file_settings()
    pages = access_report_pages(client, entries, printed_on=printed_on or date.today())
    metadata = {"Title": _("Who has processed your data"), "Creator": "Polku",
                "Producer": "Polku", "Author": None}  # fmt: skip

    def write(temporary: Path) -> None:
        with PdfPages(temporary, metadata=metadata) as pdf:
            for page in pages:
                pdf.savefig(page)

    _private_write(path, write)


def package_names(client_id: str) -> tuple[str, str]:
    """The file names of the package: ``<id>-data.json`` and ``<id>-access-log.pdf`` (the id
    made safe for any file system)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", client_id).strip(".") or "client"
    return f"{safe}-data.json", f"{safe}-access-log.pdf"


def write_access_package(
    request: AccessRequestData, folder: Path, *, printed_on: date | None = None
) -> list[Path]:
    """Write everything about the client for their access request into *folder*: their data
    as an exchange file and the access-log PDF. Returns the two files.

    *request* comes from ``storage.repository.Repository.access_request`` (which logged it).
    """
    data_name, report_name = package_names(request.client.id)
    data = folder / data_name
    report = folder / report_name
    text = json.dumps(request.document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    _private_write(data, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    write_access_report(report, request.client, request.entries, printed_on=printed_on)
    return [data, report]
