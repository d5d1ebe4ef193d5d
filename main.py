"""Polku's entry point: the command line of ``shared/spec/cli.md`` and the desktop window.

``python main.py`` with no sub-command opens the window; with one it runs headless. Every
command answers bad input with exit status 2 and one line per error on standard error, and a
failing database or environment with exit status 1 and one clear line; never a traceback
unless ``--debug``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

COMMANDS = (
    "demo",
    "validate",
    "import",
    "export",
    "clients",
    "print",
    "check",
    "report",
    "audit",
    "backup",
    "restore",
    "erase",
)


class _ArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def _iso_date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _common_options(*, defaults: bool) -> argparse.ArgumentParser:
    """--db, --lang and --debug, accepted before or after the sub-command.

    The sub-commands' copies default to SUPPRESS so that they do not overwrite a value given
    before the sub-command.
    """
    common = argparse.ArgumentParser(add_help=False)
    none = None if defaults else argparse.SUPPRESS
    common.add_argument("--db", metavar="TARGET", default=none,
                        help="SQLite file or SQLAlchemy URL")
    common.add_argument("--lang", choices=("fi", "sv", "en"), default=none)
    common.add_argument("--debug", action="store_true",
                        default=False if defaults else argparse.SUPPRESS, help="show tracebacks")
    return common


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (spec/cli.md)."""
    parser = _ArgumentParser(
        prog="polku",
        description="Polku: service pathways for multiprofessional work-ability teams.",
        parents=[_common_options(defaults=True)],
    )
    common = _common_options(defaults=False)
    parser.add_argument("--client", metavar="ID", help="with --screenshot: open this client")
    parser.add_argument("--view", choices=("stages", "timeline"), default=None)
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path)
    sub = parser.add_subparsers(dest="command", parser_class=_ArgumentParser)

    sub.add_parser("demo", parents=[common], help="fill the database with example clients")

    p = sub.add_parser("validate", parents=[common], help="check an exchange file")
    p.add_argument("file", type=Path)

    p = sub.add_parser("import", parents=[common], help="import an exchange file")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true", help="replace clients with the same id")

    p = sub.add_parser("export", parents=[common], help="write an exchange file")
    p.add_argument("--client", action="append", default=[], metavar="ID", dest="clients")
    p.add_argument(
        "--without-esf",
        action="store_true",
        help="leave out the ESF+ participant data (gender, education, characteristics, "
        "qualification, six-month follow-up)",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    p = sub.add_parser("clients", parents=[common], help="list clients")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("print", parents=[common], help="print a pathway to PDF, PNG or SVG")
    p.add_argument("--client", required=True, metavar="ID")
    p.add_argument("--pathway", metavar="ID")
    p.add_argument("--view", choices=("stages", "timeline"), default="stages")
    p.add_argument("--paper", type=str.upper, choices=("A4", "A3"), default="A4")
    p.add_argument("--pseudonymize", action="store_true")
    p.add_argument("--client-copy", action="store_true")
    p.add_argument("--meeting-sheet", action="store_true")
    p.add_argument("--today", type=_iso_date, metavar="DATE")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    p = sub.add_parser("check", parents=[common], help="a pathway's findings and suggestions")
    p.add_argument("--client", required=True, metavar="ID")
    p.add_argument("--pathway", metavar="ID")
    p.add_argument("--today", type=_iso_date, metavar="DATE")
    p.add_argument("--gap-days", type=int, default=30, metavar="N")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("report", parents=[common], help="caseload and ESF+ participant report")
    p.add_argument("--from", dest="from_date", type=_iso_date, metavar="DATE")
    p.add_argument("--to", dest="to_date", type=_iso_date, metavar="DATE")
    p.add_argument("--today", type=_iso_date, metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")

    p = sub.add_parser("audit", parents=[common], help="the access log")
    p.add_argument("--client", metavar="ID")
    p.add_argument("--from", dest="from_date", type=_iso_date, metavar="DATE")
    p.add_argument("--to", dest="to_date", type=_iso_date, metavar="DATE")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("backup", parents=[common], help="a consistent copy of the database")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    p.add_argument("file", type=Path)

    p = sub.add_parser("erase", parents=[common], help="delete a client and everything about them")
    p.add_argument("--client", required=True, metavar="ID")
    p.add_argument("--yes", action="store_true")
    return parser


# --- Command handlers ----------------------------------------------------------------------------
# Each takes the parsed arguments and returns the exit status; errors are raised as
# pathways.errors.InputError (2) or EnvironmentProblem (1) and reported by run().

Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        _HANDLERS[name] = function
        return function

    return register


def _not_available(args: argparse.Namespace) -> int:
    from pathways.errors import EnvironmentProblem
    from pathways.i18n import _

    raise EnvironmentProblem(
        _("polku {command}: not available in this version").format(command=args.command)
    )


def _open_database(args: argparse.Namespace, **options: Any) -> Any:
    """The database of --db / POLKU_DB / the default, opened (and migrated) for this command."""
    from storage.database import open_database

    return open_database(args.db, **options)


# Handlers are added below this line by each feature (keep one function per command).


# --- Trust: the access log, backups, restore and erasure (docs/trust.md) -------------------------


def _backup_if_due(database: Any) -> None:
    """The hourly automatic backup after a command that changed data (at most one an hour)."""
    from storage.backups import maybe_backup

    maybe_backup(database)


@command("audit")
def _audit_command(args: argparse.Namespace) -> int:
    """The access log, oldest first: who viewed, changed, printed or exported which client's
    data, and when; exit 1 when its hash chain shows tampering."""
    import json
    from datetime import datetime, timedelta
    from datetime import time as midnight

    from pathways.errors import EnvironmentProblem, InputError
    from pathways.i18n import _
    from storage.audit import verify_chain
    from storage.repository import Repository

    if args.from_date and args.to_date and args.from_date > args.to_date:
        raise InputError(_("polku audit: --from is after --to"))
    # Dates are the computer's local days, as the person asking means them.
    since = datetime.combine(args.from_date, midnight.min).astimezone() if args.from_date else None
    until = (
        datetime.combine(args.to_date + timedelta(days=1), midnight.min).astimezone()
        if args.to_date
        else None
    )
    database = _open_database(args)
    try:
        entries = Repository(database).audit_entries(args.client, since=since, until=until)
        problems = verify_chain(database)
    finally:
        database.close()
    if args.json:
        document = {
            "entries": [
                {
                    "number": e.number,
                    "at": e.stamp,
                    "os_user": e.os_user,
                    "worker": e.worker,
                    "client_key": e.client_key,
                    "action": e.action,
                    "target": e.target,
                    "hash": e.hash,
                }
                for e in entries
            ],
            "chain_problems": problems,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif not entries:
        print(_("no access-log entries"))
    else:
        rows = [(_("When"), _("User"), _("Worker"), _("Client key"), _("Action"), _("What"))]
        rows += [
            (
                e.at.astimezone().isoformat(sep=" ", timespec="seconds"),
                e.os_user,
                e.worker,
                e.client_key or "",
                _(e.action),
                e.target or "",
            )
            for e in entries
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        for row in rows:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if problems:
        raise EnvironmentProblem(
            _(
                "polku audit: the access log was changed after it was written: {count} problems "
                "in its hash chain (the first: {first})"
            ).format(count=len(problems), first=problems[0])
        )
    return 0


@command("backup")
def _backup_command(args: argparse.Namespace) -> int:
    """A consistent private copy of the database (SQLite's backup API), also while in use."""
    from pathways.errors import InputError
    from pathways.i18n import _
    from storage.audit import BACKUP
    from storage.backups import write_backup
    from storage.database import sqlite_path
    from storage.repository import Repository

    output: Path = args.output
    if not output.parent.is_dir():
        raise InputError(_("{file}: no such folder").format(file=output))
    if output.is_dir():
        raise InputError(_("{file}: a folder, not a file").format(file=output))
    source = sqlite_path(args.db)
    if source is not None and output.resolve() == source:
        raise InputError(_("{file}: that is the database itself").format(file=output))
    database = _open_database(args)
    try:
        # Logged first: a copy of everyone's data never leaves without its entry.
        Repository(database).record(None, BACKUP)
        from storage.backups import database_file

        write_backup(database_file(database), output)
    finally:
        database.close()
    print(_("backed up the database to {file}").format(file=output))
    return 0


@command("restore")
def _restore_command(args: argparse.Namespace) -> int:
    """Replace the database with a sound backup; the replaced one is kept aside."""
    from pathways.errors import EnvironmentProblem, InputError
    from pathways.i18n import _, ngettext
    from storage.backups import restore_backup
    from storage.database import sqlite_path

    backup: Path = args.file
    if not backup.is_file():
        reason = _("a folder, not a file") if backup.is_dir() else _("no such file")
        raise InputError(f"{backup}: {reason}")
    target = sqlite_path(args.db)
    if target is None:
        raise EnvironmentProblem(
            _("polku restore: only a SQLite database can be restored from a backup file")
        )
    if backup.resolve() == target:
        raise InputError(_("{file}: that is the database itself").format(file=backup))
    restored = restore_backup(target, backup)
    message = _("restored {file} into {database}").format(file=backup, database=target)
    if restored.kept_aside is not None:
        message += "; " + _("the replaced database is kept as {file}").format(
            file=restored.kept_aside
        )
    if not restored.log_salvaged:
        message += "; " + _("its access log could not be read, so it was not carried over")
    if restored.erasures_applied:
        message += "; " + ngettext(
            "{n} erased client in the backup was erased again",
            "{n} erased clients in the backup were erased again",
            restored.erasures_applied,
        ).format(n=restored.erasures_applied)
    print(message)
    return 0


@command("erase")
def _erase_command(args: argparse.Namespace) -> int:
    """Erase a client and everything about them for good (the right to erasure)."""
    from pathways.errors import InputError
    from pathways.i18n import _, ngettext
    from storage.repository import Repository

    if not args.yes and not sys.stdin.isatty():
        raise InputError(
            _("polku erase: not run on a terminal, so confirm with --yes; nothing was erased")
        )
    database = _open_database(args)
    try:
        repository = Repository(database)
        if not repository.client_exists(args.client):
            raise InputError(_("polku erase: no client with id {id}").format(id=args.client))
        if not args.yes:
            answer = input(
                _(
                    "This erases client {id} and everything about them, for good. "
                    "Type the client id to confirm: "
                ).format(id=args.client)
            )
            if answer.strip() != args.client:
                raise InputError(_("polku erase: not confirmed; nothing was erased"))
        erasure = repository.erase_client(args.client)
        _backup_if_due(database)
    finally:
        database.close()
    pathways = ngettext("{n} pathway", "{n} pathways", erasure.pathways).format(
        n=erasure.pathways
    )
    message = _("erased client {id} and everything about them ({pathways})").format(
        id=args.client, pathways=pathways
    )
    if not erasure.file_rewritten:
        message += "; " + _(
            "another program kept the database busy, so old copies of its pages may remain in "
            "the file until the next erasure"
        )
    if erasure.copies_rewritten:
        message += "; " + ngettext(
            "{n} of Polku's backups and copies was rewritten without them",
            "{n} of Polku's backups and copies were rewritten without them",
            erasure.copies_rewritten,
        ).format(n=erasure.copies_rewritten)
    if erasure.copies_deleted:
        message += "; " + ngettext(
            "{n} copy could not be rewritten, so it was deleted: {files}",
            "{n} copies could not be rewritten, so they were deleted: {files}",
            len(erasure.copies_deleted),
        ).format(n=len(erasure.copies_deleted),
                 files=", ".join(str(path) for path in erasure.copies_deleted))
    print(message)
    print(_outside_copies())
    return 0


def _outside_copies() -> str:
    """The one line every erasure ends with: what Polku cannot reach."""
    from pathways.i18n import _

    return _(
        "files outside Polku's folder (backup -o copies, exports, prints) are yours: delete "
        "them yourself"
    )


@command("print")
def _print_command(args: argparse.Namespace) -> int:
    """Render a pathway to .pdf (all pages in one file), .png or .svg (one file per page)."""
    from pathways.errors import InputError
    from pathways.i18n import _, ngettext
    from pathways.printing import PrintOptions, choose_pathway, output_format, print_pathway

    # Refuse a bad file name before the database is opened or anything is drawn.
    output_format(args.output)
    if not args.output.parent.is_dir():
        raise InputError(_("polku print: {path}: the folder {folder} does not exist").format(
            path=args.output, folder=args.output.parent))
    from storage.repository import Repository

    database = _open_database(args)
    try:
        repository = Repository(database)
        client = repository.load_client(args.client)
        if client is None:
            raise InputError(_("polku print: no client with id {id}").format(id=args.client))
        catalogue = repository.catalogue()
        pathway = choose_pathway(client, args.pathway)
        # Logged before anything is drawn: nothing leaves Polku without its access-log entry.
        repository.record(client.id, "print", f"pathway {pathway.id}")
    finally:
        database.close()
    options = PrintOptions(
        view=args.view,
        paper=args.paper,
        lang=args.lang or "fi",
        pseudonymize=args.pseudonymize,
        client_copy=args.client_copy,
        meeting_sheet=args.meeting_sheet,
        today=args.today,
    )
    document, files = print_pathway(client, pathway, catalogue, options, args.output)
    pages = ngettext("{n} page", "{n} pages", len(document.pages)).format(n=len(document.pages))
    print(_("printed {pages}: {files}").format(
        pages=pages, files=", ".join(str(path) for path in files)))
    return 0


def _counted(clients: int, pathways: int, steps: int) -> dict[str, str]:
    """"12 clients", "31 pathways", "204 steps" for the one-line summaries of import/export."""
    from pathways.i18n import ngettext

    return {
        "clients": ngettext("{n} client", "{n} clients", clients).format(n=clients),
        "pathways": ngettext("{n} pathway", "{n} pathways", pathways).format(n=pathways),
        "steps": ngettext("{n} step", "{n} steps", steps).format(n=steps),
    }


@command("validate")
def _validate_command(args: argparse.Namespace) -> int:
    """Check an exchange file alone (no database is opened) and report every error of it."""
    from pathways.exchange import load_file
    from pathways.i18n import _

    # An invalid or unreadable file raises ExchangeError: run() prints each of its lines
    # ("FILE: LOCATION: message") on standard error and exits with 2.
    document = load_file(args.file)
    pathways = [pathway for client in document.clients for pathway in client.pathways]
    steps = sum(len(pathway) for pathway in pathways)
    print(
        _("valid: {clients}, {pathways}, {steps}").format(
            **_counted(len(document.clients), len(pathways), steps)
        )
    )
    return 0


@command("import")
def _import_command(args: argparse.Namespace) -> int:
    """Import an exchange file in one transaction (all or nothing)."""
    from pathways.i18n import _

    if not args.file.is_file():
        # Before the database is opened: a mistyped file name must not create a database.
        from pathways.exchange import ExchangeError, Problem

        reason = _("a folder, not a file") if args.file.is_dir() else _("no such file")
        raise ExchangeError([Problem("", reason)], args.file)
    from storage.repository import Repository

    database = _open_database(args)
    try:
        # Logged per client and backed up first, in the repository (storage.backups).
        summary = Repository(database).import_file(args.file, replace=args.replace)
        _backup_if_due(database)
    finally:
        database.close()
    print(
        _("imported {clients}, {pathways}, {steps}").format(
            **_counted(summary.clients, summary.pathways, summary.steps)
        )
    )
    return 0


@command("export")
def _export_command(args: argparse.Namespace) -> int:
    """Write an exchange file of the named clients (all when none is named)."""
    import json

    from pathways import files
    from pathways.errors import InputError
    from pathways.i18n import _
    from storage.repository import Repository

    output: Path = args.output
    if not output.parent.is_dir():
        raise InputError(_("{file}: no such folder").format(file=output))
    files.refuse_readonly_target(output)
    database = _open_database(args)
    try:
        document = Repository(database).export_document(
            args.clients or None, without_esf=args.without_esf
        )
    finally:
        database.close()
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    # The file holds social and health data: private from the start, and never half-written.
    files.write_text(output, text)
    clients = document["clients"]
    pathways = [p for c in clients for p in c.get("pathways", ())]
    steps = sum(len(p.get("steps", ())) for p in pathways)
    print(
        _("exported {clients}, {pathways}, {steps} to {file}").format(
            **_counted(len(clients), len(pathways), steps), file=output
        )
    )
    return 0


@command("clients")
def _clients_command(args: argparse.Namespace) -> int:
    """List clients: text in Finnish name order, or --json sorted by id."""
    from pathways.i18n import _, current_language
    from storage.repository import Repository

    database = _open_database(args)
    try:
        summaries = Repository(database).list_clients(args.search)
    finally:
        database.close()
    if args.json:
        import json

        listing = {
            "clients": [
                {
                    "id": s.id,
                    "name": s.name,
                    "municipality": s.municipality,
                    "active_pathway": {"id": s.active_pathway_id, "title": s.active_pathway_title}
                    if s.active_pathway_id is not None
                    else None,
                    "current_stage": s.current_stage,
                }
                for s in sorted(summaries, key=lambda s: s.id)
            ]
        }
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    if not summaries:
        print(_("no clients") if not args.search else _("no clients found"))
        return 0
    from pathways.catalogue import stage_name

    lang = current_language()
    rows = [(_("Id"), _("Name"), _("Municipality"), _("Active pathway"), _("Stage"))]
    rows += [
        (
            s.id,
            s.name,
            s.municipality or "",
            s.active_pathway_title or "",
            stage_name(s.current_stage, lang) if s.current_stage else "",
        )
        for s in summaries
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


@command("demo")
def _demo_command(args: argparse.Namespace) -> int:
    """Fill the database with the demo clients; adds only those missing, refuses other data.

    A database with clients whose ids do not start with ``demo-`` is refused (exit 2) and left
    alone: the demo must never mix made-up people into a team's real caseload. Each client is
    stored whole in its own transaction, so an interrupted run leaves whole clients and the
    next run adds the rest.
    """
    from pathways.demo import DEMO_PREFIX, demo_clients
    from pathways.errors import InputError
    from pathways.i18n import _, ngettext
    from storage.repository import Repository

    database = _open_database(args)
    try:
        repository = Repository(database)
        present = set(repository.client_ids())
        others = sorted(client_id for client_id in present if not client_id.startswith(DEMO_PREFIX))
        if others:
            raise InputError(
                ngettext(
                    "polku demo: the database holds {n} client that is not a demo client; "
                    "the demo is only added to an empty database or one with demo clients",
                    "polku demo: the database holds {n} clients that are not demo clients; "
                    "the demo is only added to an empty database or one with demo clients",
                    len(others),
                ).format(n=len(others))
            )
        missing = [c for c in demo_clients(date.today()) if c.id not in present]
        for client in missing:
            repository.create_client(client)
    finally:
        database.close()
    if not missing:
        print(_("the demo clients are already in the database; nothing was changed"))
    else:
        print(
            ngettext("added {n} demo client", "added {n} demo clients", len(missing)).format(
                n=len(missing)
            )
        )
    return 0



@command("check")
def _check_command(args: argparse.Namespace) -> int:
    """A pathway's findings and suggestions as of --today; exit 0 whatever it finds."""
    from pathways.checks import check_pathway
    from pathways.errors import InputError
    from pathways.i18n import _, format_date
    from pathways.labels import goal_outcome_name, service_name, severity_name, stage_name
    from storage.repository import Repository

    if args.gap_days < 0:
        raise InputError(_("polku check: --gap-days must be 0 or more"))
    database = _open_database(args)
    try:
        repository = Repository(database)
        client = repository.load_client(args.client)
        if client is None:
            raise InputError(_("polku check: no client with id {id}").format(id=args.client))
        catalogue = repository.catalogue()
        if args.pathway is not None:
            pathway = next((p for p in client.pathways if p.id == args.pathway), None)
            if pathway is None:
                raise InputError(
                    _("polku check: client {client} has no pathway with id {id}").format(
                        client=client.id, id=args.pathway
                    )
                )
        else:
            pathway = client.default_pathway()
            if pathway is None:
                raise InputError(
                    _("polku check: client {client} has no pathway").format(client=client.id)
                )
        repository.record(client.id, "check", f"pathway {pathway.id}")
    finally:
        database.close()
    today = args.today or date.today()
    result = check_pathway(client, pathway, catalogue, today=today, gap_days=args.gap_days)
    if args.json:
        import json

        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(
        _("Client {client}, pathway “{title}” ({id}), as of {date}").format(
            client=client.id, title=pathway.title, id=pathway.id, date=format_date(today)
        )
    )
    stage = stage_name(result.current_stage) if result.current_stage else _("none")
    print(_("Current stage: {stage}").format(stage=stage))
    goal = goal_outcome_name(client.goal.outcome) if client.goal else _("not set")
    goals = ", ".join(stage_name(code) for code in result.goal_stages)
    print(_("Goal: {goal} (goal stages: {stages})").format(goal=goal, stages=goals))
    print()
    if result.findings:
        print(_("Findings ({n}):").format(n=len(result.findings)))
        for finding in result.findings:
            print(f"  {severity_name(finding.severity)}: {finding.message}")
    else:
        print(_("No findings."))
    if result.suggestions:
        print()
        print(_("Suggestions for unmet needs (for the team to consider):"))
        for suggestion in result.suggestions:
            name = service_name(catalogue, suggestion.service)
            print(f"  {name} — {suggestion.reason}")
    return 0


_REPORT_SUFFIXES = (".csv", ".json", ".pdf")


@command("report")
def _report_command(args: argparse.Namespace) -> int:
    """The caseload and ESF+ participant report: text, --json on stdout, -o .csv/.json/.pdf."""
    import json

    from pathways.errors import InputError
    from pathways.i18n import _
    from pathways.report import build_report
    from storage.repository import Repository

    output: Path | None = args.output
    # Bad options are refused before the database is opened: nothing is created or changed.
    if args.from_date and args.to_date and args.from_date > args.to_date:
        raise InputError(_("polku report: --from is after --to"))
    if output is not None:
        if output.suffix.lower() not in _REPORT_SUFFIXES:
            raise InputError(
                _("{file}: the report is written as .csv, .json or .pdf").format(file=output)
            )
        if not output.parent.is_dir():
            raise InputError(_("{file}: no such folder").format(file=output))
        from pathways import files

        files.refuse_readonly_target(output)
    database = _open_database(args)
    try:
        repository = Repository(database)
        catalogue = repository.catalogue()
        clients = repository.load_clients(None)
    finally:
        database.close()
    report = build_report(
        clients,
        catalogue,
        period_from=args.from_date,
        period_to=args.to_date,
        today=args.today or date.today(),
    )
    document = json.dumps(report.to_json(), ensure_ascii=False, indent=2)
    if output is not None:
        # Written beside the target and renamed over it when complete: never half-written.
        from pathways import files

        with files.atomic_write(output) as temporary:
            suffix = output.suffix.lower()
            if suffix == ".csv":
                from pathways.report import write_csv

                write_csv(report, temporary)
            elif suffix == ".json":
                temporary.write_text(document + "\n", encoding="utf-8")
            else:
                from pathways.report_pdf import write_report_pdf

                write_report_pdf(report, temporary, printed_on=date.today())
    if args.json:
        print(document)
    elif output is not None:
        print(_("wrote the report to {file}").format(file=output))
    else:
        _print_report(report)
    return 0


def _print_report(report: Any) -> None:
    """The report as aligned text: each section a block, then the moves between stages."""
    from pathways.i18n import _
    from pathways.labels import stage_name

    block: list[list[str]] = []
    for row in [*report.summary_rows(), []]:
        if row:
            block.append(row)
            continue
        columns = max(len(cells) for cells in block)
        widths = [max(len(c[i]) for c in block if i < len(c)) for i in range(columns)]
        for first, *rest in block:
            figures = "".join(f"  {c:>{w}}" for c, w in zip(rest, widths[1:], strict=False))
            print((first.ljust(widths[0]) + figures).rstrip())
        print()
        block = []
    print(_("Moves between stages"))
    moves = [
        (source, target, count)
        for source, targets in report.flows.items()
        for target, count in targets.items()
        if count
    ]
    for source, target, count in moves:
        print(f"  {stage_name(source)} → {stage_name(target)}: {count}")
    if not moves:
        print("  " + _("none"))

# --- Running -------------------------------------------------------------------------------------


def _report_error(error: BaseException, debug: bool) -> int:
    from pathways.errors import PolkuError
    from pathways.i18n import _

    if debug:
        import traceback

        traceback.print_exception(error)
    if isinstance(error, PolkuError):
        for line in error.lines:
            print(line, file=sys.stderr)
        return error.exit_status
    if isinstance(error, BrokenPipeError):
        # The reader went away (``polku clients | head``): nothing to say, and nothing more can
        # be written; point stdout at /dev/null so that the interpreter's flush at exit is quiet.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    if isinstance(error, KeyboardInterrupt):
        print(_("polku: interrupted"), file=sys.stderr)
        return 1
    # Never a traceback (it could carry personal data); one line naming the kind of failure.
    print(_("polku: unexpected error ({kind}); run with --debug for details").format(
        kind=type(error).__name__), file=sys.stderr)
    return 1


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window alone: what ``python main.py`` parses on the way to the first
    paint, without building every sub-command's parser (about 10 ms)."""
    parser = _ArgumentParser(prog="polku", parents=[_common_options(defaults=True)])
    parser.add_argument("--client", metavar="ID")
    parser.add_argument("--view", choices=("stages", "timeline"), default=None)
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path)
    parser.set_defaults(command=None)
    return parser


def _parser_for(arguments: Sequence[str]) -> argparse.ArgumentParser:
    """The whole command line, or just the window's options when no word names a command."""
    if any(word in COMMANDS or word in ("-h", "--help") for word in arguments):
        return build_parser()
    return _window_parser()


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns (and, as a script, exits with) the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser_for(arguments).parse_args(arguments)
    from pathways import i18n

    i18n.set_language(args.lang or "fi")
    if args.command is None:
        from ui.app import run_window

        return run_window(args)
    handler = _HANDLERS.get(args.command, _not_available)
    try:
        return handler(args)
    except (Exception, KeyboardInterrupt) as error:  # noqa: BLE001 - the last line of defence
        return _report_error(error, args.debug)


def run_gui() -> int:
    """Entry point of the ``polku-gui`` script: the window, whatever the arguments."""
    return run()


if __name__ == "__main__":
    sys.exit(run())
