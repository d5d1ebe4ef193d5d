"""Polku's entry point: the command line of ``shared/spec/cli.md`` and the desktop window.

``python main.py`` with no sub-command opens the window; with one it runs headless. Every
command answers bad input with exit status 2 and one line per error on standard error, and a
failing database or environment with exit status 1 and one clear line; never a traceback
unless ``--debug``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn


def N_(message: str) -> str:  # noqa: N802 - gettext's name: marks a message for extraction
    return message

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
    "agree",
    "versions",
    "compare",
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
        from pathways.i18n import _

        raise argparse.ArgumentTypeError(
            _("not a date (YYYY-MM-DD): {text}").format(text=repr(text))
        ) from None


def _common_options(*, defaults: bool) -> _ArgumentParser:
    """--db, --lang and --debug, accepted before or after the sub-command.

    The sub-commands' copies default to SUPPRESS so that they do not overwrite a value given
    before the sub-command.
    """
    from pathways.i18n import _

    common = _ArgumentParser(add_help=False)
    none = None if defaults else argparse.SUPPRESS
    common.add_argument("--db", metavar="TARGET", default=none,
                        help=_("the database: an SQLite file or an SQLAlchemy URL "
                               "(default: POLKU_DB, else polku.sqlite3 in your data folder)"))
    common.add_argument("--lang", choices=("fi", "sv", "en"), default=none,
                        help=_("the language of messages and output (default: the one chosen "
                               "in the window's settings, else Finnish)"))
    common.add_argument("--debug", action="store_true",
                        default=False if defaults else argparse.SUPPRESS,
                        help=_("show the traceback of an unexpected error"))
    return common


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (spec/cli.md)."""
    from pathways.i18n import _

    parser = _ArgumentParser(
        prog="polku",
        description=_("Polku: service pathways for multiprofessional work-ability teams. "
                      "Without a command, opens the window."),
        parents=[_common_options(defaults=True)],
    )
    common = _common_options(defaults=False)
    _window_options(parser)
    sub = parser.add_subparsers(
        dest="command", parser_class=_ArgumentParser, title=_("commands"), metavar=_("COMMAND")
    )
    file_help = _("an exchange file (JSON)")
    client_help = _("the client's number (id)")
    pathway_help = _("the pathway's id (default: the client's active pathway)")
    today_help = _("count as if today were DATE (YYYY-MM-DD)")
    json_help = _("print JSON instead of text")

    p = sub.add_parser("demo", parents=[common], help=_("fill the database with example clients"),
                       description=_("Add the example clients (only those missing)."))

    p = sub.add_parser("validate", parents=[common], help=_("check an exchange file"),
                       description=_("Check an exchange file and list every error in it."))
    p.add_argument("file", type=Path, help=file_help)

    p = sub.add_parser("import", parents=[common], help=_("import an exchange file"),
                       description=_("Import an exchange file in one transaction."))
    p.add_argument("file", type=Path, help=file_help)
    p.add_argument("--replace", action="store_true", help=_("replace clients with the same id"))

    p = sub.add_parser("export", parents=[common], help=_("write an exchange file"),
                       description=_("Write the clients' data to an exchange file."))
    p.add_argument("--client", action="append", default=[], metavar="ID", dest="clients",
                   help=_("a client to export (repeat for more; default: every client)"))
    p.add_argument(
        "--without-esf",
        action="store_true",
        help=_("leave out the ESF+ participant data (gender, education, characteristics, "
               "qualification, six-month follow-up)"),
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                   help=_("the file to write"))

    p = sub.add_parser("clients", parents=[common], help=_("list clients"),
                       description=_("List the clients, in Finnish alphabetical order."))
    p.add_argument("--search", metavar="TEXT",
                   help=_("only clients whose name or number has TEXT (case and accents "
                          "ignored)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = sub.add_parser("print", parents=[common], help=_("print a pathway to PDF, PNG or SVG"),
                       description=_("Print a pathway for the client meeting."))
    p.add_argument("--client", required=True, metavar="ID", help=client_help)
    p.add_argument("--pathway", metavar="ID", help=pathway_help)
    p.add_argument("--version", metavar="ID", help=_("an agreed version, as it was agreed"))
    p.add_argument("--changes-since", metavar="VERSION",
                   help=_("mark what changed since this agreed version"))
    p.add_argument("--view", choices=("stages", "timeline"), default="stages",
                   help=_("stages (lanes and columns, the default) or a timeline"))
    p.add_argument("--paper", type=str.upper, choices=("A4", "A3"), default="A4",
                   help=_("the paper size (default: A4)"))
    p.add_argument("--pseudonymize", action="store_true",
                   help=_("a neutral code instead of the client's name"))
    p.add_argument("--client-copy", action="store_true",
                   help=_("the client's own copy, in plain language"))
    p.add_argument("--meeting-sheet", action="store_true",
                   help=_("a sheet for the meeting: the steps, who does what, notes"))
    p.add_argument("--today", type=_iso_date, metavar="DATE", help=today_help)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                   help=_("the file to write: .pdf, .png or .svg"))

    p = sub.add_parser("check", parents=[common], help=_("a pathway's findings and suggestions"),
                       description=_("Check a pathway: gaps, dead ends, missing consents, "
                                     "unmet needs."))
    p.add_argument("--client", required=True, metavar="ID", help=client_help)
    p.add_argument("--pathway", metavar="ID", help=pathway_help)
    p.add_argument("--today", type=_iso_date, metavar="DATE", help=today_help)
    p.add_argument("--gap-days", type=int, default=30, metavar="N",
                   help=_("a pause longer than N days between steps is a gap (default: 30)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = sub.add_parser("report", parents=[common],
                       help=_("caseload and ESF+ participant report"),
                       description=_("The caseload and ESF+ participant report for a period."))
    p.add_argument("--from", dest="from_date", type=_iso_date, metavar="DATE",
                   help=_("the first day of the period (YYYY-MM-DD)"))
    p.add_argument("--to", dest="to_date", type=_iso_date, metavar="DATE",
                   help=_("the last day of the period (YYYY-MM-DD)"))
    p.add_argument("--today", type=_iso_date, metavar="DATE", help=today_help)
    p.add_argument("--json", action="store_true", help=json_help)
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help=_("write the report to a .csv, .json or .pdf file"))

    p = sub.add_parser("audit", parents=[common], help=_("the access log"),
                       description=_("Who viewed, changed, printed or exported which client's "
                                     "data, and when."))
    p.add_argument("--client", metavar="ID", help=_("only this client's entries"))
    p.add_argument("--from", dest="from_date", type=_iso_date, metavar="DATE",
                   help=_("from this day on (YYYY-MM-DD)"))
    p.add_argument("--to", dest="to_date", type=_iso_date, metavar="DATE",
                   help=_("up to and including this day (YYYY-MM-DD)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = sub.add_parser("backup", parents=[common], help=_("a consistent copy of the database"),
                       description=_("Copy the database, also while it is in use."))
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                   help=_("the backup file to write"))

    p = sub.add_parser("restore", parents=[common], help=_("replace the database with a backup"),
                       description=_("Put a backup back; the replaced database is kept aside."))
    p.add_argument("file", type=Path, help=_("the backup file"))

    p = sub.add_parser("erase", parents=[common],
                       help=_("delete a client and everything about them"),
                       description=_("Erase a client for good (the right to erasure)."))
    p.add_argument("--client", required=True, metavar="ID", help=client_help)
    p.add_argument("--yes", action="store_true",
                   help=_("do not ask for confirmation (needed when not on a terminal)"))

    p = sub.add_parser("agree", parents=[common],
                       help=_("keep the pathway as it is now as an agreed version"),
                       description=_("Keep the pathway as it is now, as agreed with the client: "
                                     "an unchangeable copy to compare with later."))
    p.add_argument("--client", required=True, metavar="ID", help=client_help)
    p.add_argument("--pathway", metavar="ID", help=pathway_help)
    p.add_argument("--meeting", metavar="ID", help=_("the meeting where it was agreed"))
    p.add_argument("--on", type=_iso_date, metavar="DATE",
                   help=_("the day it was agreed (YYYY-MM-DD; default: today)"))
    p.add_argument("--note", metavar="TEXT", help=_("a note about the agreement"))

    p = sub.add_parser("versions", parents=[common], help=_("list a client's agreed versions"),
                       description=_("List the client's agreed versions, oldest first."))
    p.add_argument("--client", required=True, metavar="ID", help=client_help)
    p.add_argument("--json", action="store_true", help=json_help)

    p = sub.add_parser("compare", parents=[common],
                       help=_("what changed since an agreed version"),
                       description=_("What changed between an agreed version and the pathway "
                                     "now, or another agreed version."))
    p.add_argument("--client", required=True, metavar="ID", help=client_help)
    p.add_argument("--from", dest="from_version", required=True, metavar="VERSION",
                   help=_("the agreed version to compare from"))
    p.add_argument("--to", dest="to_version", metavar="VERSION",
                   help=_("the agreed version to compare to (default: the pathway now)"))
    p.add_argument("--json", action="store_true", help=json_help)
    return parser


def _window_options(parser: argparse.ArgumentParser) -> None:
    """The options of the window itself (``python main.py`` with no command)."""
    from pathways.i18n import _

    parser.add_argument("--client", metavar="ID",
                        help=_("with --screenshot: open this client"))
    parser.add_argument("--view", choices=("stages", "timeline"), default=None,
                        help=_("with --screenshot: the view of the pathway"))
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help=_("save a picture of the window at 1366×768 and exit"))
    parser.add_argument("--meeting-mode", action="store_true",
                        help=_("with --screenshot: the meeting-room presentation of the "
                               "client's pathway (needs --client)"))
    parser.add_argument("--size", type=_window_size, metavar="WxH",
                        help=_("with --screenshot: another size, such as 1920x1080"))


def _window_size(text: str) -> tuple[int, int]:
    """``1920x1080`` → (1920, 1080); from 320×240 to 7680×4320."""
    from pathways.i18n import _

    width, _x, height = text.lower().partition("x")
    if width.isdigit() and height.isdigit():
        size = int(width), int(height)
        if 320 <= size[0] <= 7680 and 240 <= size[1] <= 4320:
            return size
    raise argparse.ArgumentTypeError(
        _("not a window size WxH from 320x240 to 7680x4320: {value}").format(value=text))


#: argparse's own messages, translated through Polku's catalogue (``_speak_the_language``).
_ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
)


def _chosen_language(arguments: Sequence[str]) -> str:
    """The language of this run, known before any parser is built: ``--lang`` (the last one
    given), else the language saved in the window's settings, else Finnish."""
    chosen: str | None = None
    for index, word in enumerate(arguments):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(arguments):
            chosen = arguments[index + 1]
        elif word.startswith("--lang="):
            chosen = word.partition("=")[2]
    if chosen in ("fi", "sv", "en"):
        return chosen
    try:
        from ui.saved_language import saved_language
    except ImportError:  # a headless install without the window
        return "fi"
    return saved_language() or "fi"


def _speak_the_language(lang: str) -> None:
    """Messages from now on in *lang*: Polku's own and argparse's (usage, errors, help)."""
    from pathways import i18n

    i18n.set_language(lang)
    argparse._ = i18n._  # type: ignore[attr-defined]  # argparse translates with gettext
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


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
    """The database of --db / POLKU_DB / the default, opened (and migrated) for this command.

    A server's password comes from ~/.pgpass or $PGPASSFILE, else a prompt on a terminal;
    one written into --db works but shows in the process list, so the command says so."""
    from storage.database import open_database, password_in_url

    if password_in_url(args.db):
        from pathways.i18n import _

        print(
            _(
                "polku: note: a password in --db shows to other users in the process list; "
                "put it in ~/.pgpass (or $PGPASSFILE) instead"
            ),
            file=sys.stderr,
        )
    if sys.stdin.isatty() and "password" not in options:
        options["password"] = _ask_password
    return open_database(args.db, **options)


def _ask_password(where: str) -> str | None:
    """Ask for the database password on the terminal (never echoed)."""
    import getpass

    from pathways.i18n import _

    try:
        return getpass.getpass(_("Password for {url}: ").format(url=where)) or None
    except (EOFError, KeyboardInterrupt):
        return None


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
    # Dates are the computer's local days, as the person asking means them. A day at the edge
    # of the calendar (0001-01-01, 9999-12-31) is no bound at all: nothing lies beyond it.
    def local_midnight(day: Any, days: int = 0) -> datetime | None:
        try:
            return datetime.combine(day + timedelta(days=days), midnight.min).astimezone()
        except (OverflowError, ValueError):
            return None

    since = local_midnight(args.from_date) if args.from_date else None
    until = local_midnight(args.to_date, 1) if args.to_date else None
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
                    "db_user": e.db_user,
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
        from pathways.text import one_line

        rows = [(_("When"), _("User"), _("Worker"), _("Client key"), _("Action"), _("What"))]
        rows += [
            (
                e.at.astimezone().isoformat(sep=" ", timespec="seconds"),
                # On a server the database account too: "sanna (polku_team)".
                one_line(f"{e.os_user} ({e.db_user})" if e.db_user else e.os_user),
                one_line(e.worker),
                e.client_key or "",
                _(e.action),
                one_line(e.target or ""),
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
    from pathways import files

    files.refuse_readonly_target(output)
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
    from pathways.i18n import _, current_language, ngettext
    from pathways.printing import PrintOptions, output_format, print_pathway

    # Refuse a bad file name before the database is opened or anything is drawn.
    output_format(args.output)
    if not args.output.parent.is_dir():
        raise InputError(_("polku print: {path}: the folder {folder} does not exist").format(
            path=args.output, folder=args.output.parent))
    from pathways import files

    files.refuse_readonly_target(args.output)
    from storage.repository import Repository

    database = _open_database(args)
    try:
        repository = Repository(database)
        client = repository.load_client(args.client)
        if client is None:
            raise InputError(_("polku print: no client with id {id}").format(id=args.client))
        catalogue = repository.catalogue()
        pathway, version, since, changes = _printed_version(client, args)
        # Logged before anything is drawn: nothing leaves Polku without its access-log entry.
        repository.record(client.id, "print", f"pathway {pathway.id}")
    finally:
        database.close()
    options = PrintOptions(
        view=args.view,
        paper=args.paper,
        lang=current_language(),
        pseudonymize=args.pseudonymize,
        client_copy=args.client_copy,
        meeting_sheet=args.meeting_sheet,
        today=args.today,
        version=version,
        changes_since=since,
        changes=changes,
    )
    document, written = print_pathway(client, pathway, catalogue, options, args.output)
    pages = ngettext("{n} page", "{n} pages", len(document.pages)).format(n=len(document.pages))
    print(_("printed {pages}: {files}").format(
        pages=pages, files=", ".join(str(path) for path in written)))
    return 0


def _printed_version(client: Any, args: argparse.Namespace) -> tuple[Any, Any, Any, Any]:
    """(pathway, version, since, changes) for print: --version prints an agreed version as it
    was agreed (not with --pathway); --changes-since marks what changed since a version of the
    printed pathway."""
    from pathways.compare import compare
    from pathways.errors import InputError
    from pathways.i18n import _
    from pathways.printing import choose_pathway

    version = since = changes = None
    if args.version is not None:
        if args.pathway is not None:
            raise InputError(_("polku print: --version cannot be combined with --pathway"))
        version = _version_of(client, args.version, "print")
        now = client.pathway(version.pathway_id)
        pathway = version.as_pathway(title=now.title, status=now.status)
    else:
        pathway = choose_pathway(client, args.pathway)
    if args.changes_since is not None:
        since = _version_of(client, args.changes_since, "print")
        if args.pathway is None and args.version is None:
            pathway = client.pathway(since.pathway_id)
        if since.pathway_id != pathway.id:
            raise InputError(_("polku print: version {id} is of pathway {other}, not of the "
                               "printed pathway {pathway}").format(
                id=since.id, other=since.pathway_id, pathway=pathway.id))
        changes = compare(since.steps, since.transitions, pathway.steps, pathway.transitions)
    return pathway, version, since, changes


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

        if args.file.is_dir():
            reason = _("a folder, not a file")
        elif args.file.exists():
            reason = _("not a file (a pipe or a device)")
        else:
            reason = _("no such file")
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
    from pathways.text import one_line

    # A name with a newline or invisible characters must not fake rows or look like another.
    rows += [
        (
            one_line(s.id),
            one_line(s.name),
            one_line(s.municipality or ""),
            one_line(s.active_pathway_title or ""),
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
    from storage.report_read import read_report_input

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
        # Only the columns the figures need (not whole clients); logs nothing, as before.
        read = read_report_input(database)
    finally:
        database.close()
    report = build_report(
        read.clients,
        read.catalogue,
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
    """The report as aligned text that fits a terminal of 80 to 100 columns: each section a
    block (long names and headings wrapped), then the moves between stages."""
    import shutil
    import textwrap

    from pathways.i18n import _
    from pathways.labels import stage_name

    width = min(100, max(80, shutil.get_terminal_size((100, 24)).columns))
    block: list[list[str]] = []
    for row in [*report.summary_rows(), []]:
        if row:
            block.append(row)
            continue
        for line in _table_lines(block, width):
            print(line)
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
        move = f"{stage_name(source)} → {stage_name(target)}: {count}"
        print("\n".join(textwrap.wrap(move, width, initial_indent="  ", subsequent_indent="    ")))
    if not moves:
        print("  " + _("none"))

# --- Agreed versions: agree, versions, compare ---------------------------------------------------


@command("agree")
def _agree_command(args: argparse.Namespace) -> int:
    """Keep the pathway as it is now as an agreed version; prints exactly the new id."""
    from storage.repository import Repository

    database = _open_database(args)
    try:
        version = Repository(database).agree(
            args.client, args.pathway, meeting_id=args.meeting, on=args.on, note=args.note
        )
    finally:
        database.close()
    print(version.id)
    return 0


def _load_for_versions(args: argparse.Namespace, command_name: str) -> Any:
    """The client of --client (logged as a view) and the catalogue; exit 2 when unknown."""
    from pathways.errors import InputError
    from pathways.i18n import _
    from storage.repository import Repository

    database = _open_database(args)
    try:
        repository = Repository(database)
        client = repository.load_client(args.client)
        if client is None:
            raise InputError(_("polku {command}: no client with id {id}").format(
                command=command_name, id=args.client))
        return client, repository.catalogue()
    finally:
        database.close()


@command("versions")
def _versions_command(args: argparse.Namespace) -> int:
    """The client's agreed versions by agreed_on (ties in stored order)."""
    from pathways.i18n import _, format_date

    client, _catalogue = _load_for_versions(args, "versions")
    versions = sorted(client.agreed_versions, key=lambda v: v.agreed_on)
    if args.json:
        import json

        listing = {
            "client": client.id,
            "versions": [
                {"id": v.id, "pathway": v.pathway_id, "agreed_on": v.agreed_on.isoformat(),
                 "meeting": v.meeting_id, "steps": len(v.steps)}
                for v in versions
            ],
        }
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    if not versions:
        print(_("no agreed versions"))
        return 0
    rows = [(_("Id"), _("Pathway"), _("Agreed on"), _("Meeting"), _("Steps"))]
    rows += [(v.id, v.pathway_id, format_date(v.agreed_on), v.meeting_id or "",
              str(len(v.steps))) for v in versions]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _version_of(client: Any, version_id: str, command_name: str) -> Any:
    from pathways.errors import InputError
    from pathways.i18n import _

    version = client.agreed_version(version_id)
    if version is None:
        raise InputError(_("polku {command}: client {client} has no agreed version {id}").format(
            command=command_name, client=client.id, id=version_id))
    return version


@command("compare")
def _compare_command(args: argparse.Namespace) -> int:
    """What changed from an agreed version to another version of its pathway, or to now."""
    from pathways.compare import compare
    from pathways.errors import InputError
    from pathways.i18n import _, format_date

    client, catalogue = _load_for_versions(args, "compare")
    before = _version_of(client, args.from_version, "compare")
    if args.to_version is not None:
        after = _version_of(client, args.to_version, "compare")
        if after.pathway_id != before.pathway_id:
            raise InputError(_("polku compare: version {to} is of pathway {other}, not of "
                               "{pathway} like version {since}").format(
                to=after.id, other=after.pathway_id, pathway=before.pathway_id,
                since=before.id))
        after_steps, after_transitions = after.steps, after.transitions
    else:
        now = client.pathway(before.pathway_id)
        after_steps, after_transitions = now.steps, now.transitions
    result = compare(before.steps, before.transitions, after_steps, after_transitions)
    if args.json:
        import json

        print(json.dumps(result.to_json(client.id, before.pathway_id, before.id,
                                        args.to_version), ensure_ascii=False, indent=2))
        return 0
    from pathways.changes import change_lines

    target = (_("version {id} ({date})").format(id=args.to_version,
                                                date=format_date(after.agreed_on))
              if args.to_version is not None else _("the pathway as it is now"))
    print(_("Pathway “{title}” ({pathway}): from version {id} ({date}) to {target}").format(
        title=client.pathway(before.pathway_id).title, pathway=before.pathway_id, id=before.id,
        date=format_date(before.agreed_on), target=target))
    lines = change_lines(result, before, list(after_steps), catalogue, client=client)
    for line in lines:
        print("  " + line)
    if not lines:
        print("  " + _("no changes"))
    return 0


def _table_lines(block: list[list[str]], width: int) -> list[str]:
    """A block of rows (a name, then figures) as lines at most *width* columns wide: the names
    wrap; in a block of three or more columns the first row is a heading whose cells wrap too."""
    import textwrap

    columns = max(len(cells) for cells in block)
    heading = block[0] if columns >= 3 and len(block) > 1 else None
    body = block[1:] if heading is not None else block
    figures = [max((len(c[i]) for c in body if i < len(c)), default=0) for i in range(columns)]
    widths = list(figures)
    if heading is not None:
        for i, cell in enumerate(heading[1:], start=1):
            longest_word = max((len(word) for word in cell.split()), default=0)
            widths[i] = max(figures[i], longest_word, min(len(cell), 12))
    room = width - sum(2 + w for w in widths[1:])
    if heading is not None and room < 30:  # a narrow terminal: headings as narrow as their words
        for i, cell in enumerate(heading[1:], start=1):
            widths[i] = max([figures[i], *(len(word) for word in cell.split())])
        room = width - sum(2 + w for w in widths[1:])
    if heading is not None and room < 20:  # narrower still: long heading words are split
        widths[1:] = [max(figure, 10) for figure in figures[1:]]
        room = width - sum(2 + w for w in widths[1:])
    names = [c[0] for c in block if len(c) > 1] or [""]
    name_width = max(20, min(room, max(len(name) for name in names)))

    def wrap(text: str, limit: int, *, split_words: bool = False) -> list[str]:
        return textwrap.wrap(
            text, max(1, limit), break_on_hyphens=False, break_long_words=split_words
        ) or [""]

    lines: list[str] = []
    if heading is not None:
        cells = [wrap(heading[0], name_width)]
        cells += [
            wrap(cell, widths[i], split_words=True) for i, cell in enumerate(heading[1:], start=1)
        ]
        height = max(len(cell) for cell in cells)
        cells = [[""] * (height - len(cell)) + cell for cell in cells]  # headings sit on the rows
        for n in range(height):
            text = cells[0][n].ljust(name_width) + "".join(
                f"  {cells[i][n]:>{widths[i]}}" for i in range(1, columns)
            )
            lines.append(text.rstrip())
    for first, *rest in body:
        if not rest:  # a sub-heading of its own
            lines.extend(wrap(first, width))
            continue
        wrapped = wrap(first, name_width)
        figures_text = "".join(f"  {c:>{w}}" for c, w in zip(rest, widths[1:], strict=False))
        lines.append((wrapped[0].ljust(name_width) + figures_text).rstrip())
        lines.extend("  " + part for part in wrap(" ".join(wrapped[1:]), name_width - 2)
                     if len(wrapped) > 1)
    return lines


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
    if isinstance(error, OSError) and error.filename is not None:
        # A file the operating system would not let us reach (a folder we may not read…):
        # the file and the system's reason, one line.
        print(_("polku: {file}: {reason}").format(
            file=error.filename, reason=error.strerror or type(error).__name__), file=sys.stderr)
        return 1
    # Never a traceback (it could carry personal data); one line naming the kind of failure.
    print(_("polku: unexpected error ({kind}); run with --debug for details").format(
        kind=type(error).__name__), file=sys.stderr)
    return 1


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window alone: what ``python main.py`` parses on the way to the first
    paint, without building every sub-command's parser (about 10 ms)."""
    parser = _ArgumentParser(prog="polku", parents=[_common_options(defaults=True)])
    _window_options(parser)
    parser.set_defaults(command=None)
    return parser


def _parser_for(arguments: Sequence[str]) -> argparse.ArgumentParser:
    """The whole command line, or just the window's options when no word names a command.

    A bare word that is no option's value is a command, mistyped or not: the whole parser then
    answers "invalid choice: 'prnt' (choose from …)" rather than "unrecognized arguments"."""
    if any(word in COMMANDS or word in ("-h", "--help") for word in arguments):
        return build_parser()
    takes_value = {"--db", "--lang", "--client", "--view", "--screenshot", "--size"}
    previous = ""
    for word in arguments:
        if word == "--":
            break
        if not word.startswith("-") and previous not in takes_value:
            return build_parser()
        previous = word
    return _window_parser()


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns (and, as a script, exits with) the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The language first: the help, usage errors and every message follow it.
    _speak_the_language(_chosen_language(arguments))
    parser = _parser_for(arguments)
    args = parser.parse_args(arguments)
    if args.command is None:
        if getattr(args, "meeting_mode", False) and not args.client:
            from pathways.i18n import _

            parser.error(_("--meeting-mode needs --client"))
        from ui.app import run_window

        return run_window(args)
    handler = _HANDLERS.get(args.command, _not_available)
    if argv is None:
        _collect_less_for_one_command(args.command)
        _one_numeric_thread()
    try:
        return handler(args)
    except (Exception, KeyboardInterrupt) as error:  # noqa: BLE001 - the last line of defence
        return _report_error(error, args.debug)
    finally:
        if argv is None:
            _skip_the_collection_at_exit()


#: Commands whose work is one client's: what they allocate is bounded by one print (measured
#: for `print`: the same peak memory with the collector off, 40 steps and a meeting sheet).
_ONE_CLIENT_COMMANDS = frozenset({"print"})


def _collect_less_for_one_command(command: str) -> None:
    """Cyclic garbage collection sized for a command run as its own process.

    A command imports matplotlib, SQLAlchemy, networkx and numpy: hundreds of thousands of
    objects that all stay alive, and with the default threshold (700) the collector walks them
    again and again on the way (measured: ≈0.2 s CPU of a 1.1 s `polku print`, and it freed
    nothing: the peak memory is the same without it). `print` runs without it; every other
    command collects every 10,000 allocations instead of 700 (≈0.09 s left of those 0.2 s), so
    a long `report` or `import` stays bounded. Only when the process is the command (``run()``
    reading ``sys.argv``), never for a caller that runs commands in its own process (the
    tests) nor for the window, which tunes its own.
    """
    import gc

    if command in _ONE_CLIENT_COMMANDS:
        gc.disable()
    else:
        gc.set_threshold(10_000, 10, 10)


def _one_numeric_thread() -> None:
    """numpy's OpenBLAS starts a thread per core when it is imported (with matplotlib), for
    matrix work a command never does: ≈0.08 s of a print's wall time on a busy two-core
    machine. One thread, unless the user chose otherwise; set before numpy is imported."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _skip_the_collection_at_exit() -> None:
    """Let the interpreter's shutdown skip its full collections over everything still alive
    (≈0.25 s after a print, more than all of compose). The command's own work is done: files
    and the database are closed by then, and every object is still freed by reference count;
    only cyclic garbage left at exit goes unvisited, which Python never promises to finalise."""
    import gc

    gc.freeze()


def run_gui() -> int:
    """Entry point of the ``polku-gui`` script: the window, whatever the arguments."""
    return run()


if __name__ == "__main__":
    sys.exit(run())
