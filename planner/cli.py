"""The `career-planner` command line: parse arguments, call the core, speak to the person."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from planner import __version__
from planner.domain.errors import PlannerError
from planner.domain.messages import Language, _, speaking
from planner.domain.mode import Mode

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
TRACKS = ("infrastructure", "software", "hybrid")
STATUSES = ("todo", "in-progress", "in_progress", "done", "skipped")


class UsageError(PlannerError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line and exit code 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(_("{message} (see '{prog} --help')", message=message, prog=self.prog))


MAX_ID = 2**63 - 1  # SQLite's largest integer


def _person_id(text: str) -> int:
    shown = text[:30] + ("..." if len(text) > 30 else "")
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            _("a person id is a whole number (got {text})", text=repr(shown))
        )
    return int(text)


def _plan_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            _("a plan id is a whole number (got {text})", text=repr(text[:30]))
        )
    return int(text)


def _hours(text: str) -> float:
    """--hours of a custom step: a finite number from 0 to 1,000."""
    try:
        value = float(text) if len(text) < 40 else float("nan")
    except ValueError:
        value = float("nan")
    if not 0 <= value <= 1000:  # also false for NaN
        raise argparse.ArgumentTypeError(
            _("hours must be a number from 0 to 1000 (got {text})", text=repr(text[:30]))
        )
    return value


def _price(text: str) -> float:
    """--cost: a finite amount of 0 or more."""
    try:
        value = float(text) if len(text) < 40 else float("nan")
    except ValueError:
        value = float("nan")
    if not 0 <= value < 1e9:
        raise argparse.ArgumentTypeError(
            _("a cost is a number of 0 or more (got {text})", text=repr(text[:30]))
        )
    return value


def _check_text(args: argparse.Namespace) -> None:
    """Text arguments must be real Unicode: a byte that is not UTF-8 arrives as a lone surrogate,
    which no database or file can store."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, (str, Path)) and "\x00" in str(item):  # no argv holds one
                option = "--" + name.replace("_", "-")
                raise UsageError(_("{option} contains a NUL character", option=option))
            if isinstance(item, str) and not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError as exc:
                    option = "--" + name.replace("_", "-")
                    raise UsageError(
                        _("{option} is not valid UTF-8 text; type it again", option=option)
                    ) from exc


def _language(text: str) -> str:
    """--language: 'de', 'es' or 'en' (also 'de_DE', 'es-MX'), checked against the catalogs."""
    from planner.i18n.languages import UnknownLanguage, language_code

    try:
        return language_code(text[:40])
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _add_language_option(parser: argparse.ArgumentParser, top: bool) -> None:
    """--language on the program and on every command, so it may follow either."""
    parser.add_argument(
        "--language",
        type=_language,
        metavar="CODE",
        # A command's own default must not undo a --language given before the command.
        default=None if top else argparse.SUPPRESS,
        help="de, en or es (default: the locale, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)",
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                _add_language_option(sub, top=False)


def _handler(module: str, name: str) -> Callable[..., int]:
    """Import command modules only when used, so `--version` and errors stay instant."""

    def call(args: argparse.Namespace, ctx: object) -> int:
        from importlib import import_module

        return getattr(import_module(f"planner.commands.{module}"), name)(args, ctx)

    return call


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="career-planner",
        description="Plan a move from technical IT work into project management.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $CAREER_PLANNER_DB or user data)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument(
        "--smoke-test",
        action="store_true",
        help="open, print the ms to the first paint and to ready (people listed, the chosen "
        "person's plan shown), then exit",
    )

    plan = commands.add_parser("plan", help="a dated, costed roadmap")
    source = plan.add_mutually_exclusive_group()
    source.add_argument("profile", nargs="?", type=Path, help="profile JSON file")
    source.add_argument("--demo", action="store_true", help="the bundled demo person")
    source.add_argument("--person", type=_person_id, metavar="ID", help="a stored person")
    plan.add_argument("--track", choices=TRACKS)
    plan.add_argument("--start", metavar="YYYY-MM-DD", help="first day of the plan")
    plan.add_argument("--format", choices=("text", "json"), default="text")
    plan.set_defaults(run=_handler("plan", "run_plan"))

    replan = commands.add_parser(
        "replan", help="re-plan a stored person from today, keeping what is done"
    )
    replan.add_argument("person", type=_person_id, metavar="ID")
    replan.add_argument("--start", metavar="YYYY-MM-DD", help="re-plan from this day")
    replan.add_argument("--format", choices=("text", "json"), default="text")
    replan.set_defaults(run=_handler("plan", "run_replan"))

    progress = commands.add_parser("progress", help="record progress on a step")
    progress.add_argument("person", type=_person_id, metavar="ID")
    progress.add_argument("step", help="the step's id, as in the plan (e.g. pmi-capm)")
    progress.add_argument("status", choices=STATUSES)
    progress.add_argument("--on", metavar="YYYY-MM-DD", help="when it happened (default today)")
    progress.add_argument("--note", help="a note on the step")
    progress.set_defaults(run=_handler("journal", "run_progress"))

    people = commands.add_parser("people", help="the people in the database")
    people_commands = people.add_subparsers(dest="action", parser_class=_Parser, required=True)
    listing = people_commands.add_parser("list", help="list people")
    listing.add_argument("--search", help="full-text search in names, roles, tags and notes")
    listing.add_argument("--tag")
    listing.add_argument(
        "--sort",
        choices=(
            "name",
            "updated",
            "created",
            "track",
            "progress",
            "next",
            "overdue",
            "ready",
            "last-session",
            "verdict",
        ),
        default="name",
    )
    listing.add_argument(
        "--only",
        choices=("overdue", "exam-soon", "no-session"),
        help="overdue steps; an exam within 30 days; no session note in 60 days",
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=_handler("people", "run_list"))
    add = people_commands.add_parser("add", help="add a person from a profile; prints the id")
    add.add_argument("profile", type=Path)
    add.add_argument("--tag", action="append", help="a tag (repeatable)")
    add.set_defaults(run=_handler("people", "run_add"))
    show = people_commands.add_parser("show", help="one person's profile, progress and history")
    show.add_argument("id", type=_person_id)
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(run=_handler("people", "run_show"))
    change = people_commands.add_parser(
        "set", help="change fields of a stored profile, e.g. weekly_hours=40 (not lists)"
    )
    change.add_argument("id", type=_person_id)
    change.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    change.set_defaults(run=_handler("people", "run_set"))
    delete = people_commands.add_parser("delete", help="erase a person and everything about them")
    delete.add_argument("id", type=_person_id)
    delete.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not run in a terminal)"
    )
    delete.set_defaults(run=_handler("people", "run_delete"))

    notes = commands.add_parser("notes", help="dated session notes or journal entries")
    notes_commands = notes.add_subparsers(dest="action", parser_class=_Parser, required=True)
    note_add = notes_commands.add_parser("add", help="add a note")
    note_add.add_argument("person", type=_person_id, metavar="ID")
    note_add.add_argument("text", nargs="+")
    note_add.add_argument("--on", metavar="YYYY-MM-DD")
    note_list = notes_commands.add_parser("list", help="list (or search) notes")
    note_list.add_argument("person", type=_person_id, metavar="ID")
    note_list.add_argument("--search")
    for sub in (note_add, note_list):
        sub.set_defaults(run=_handler("journal", "run_notes"))

    experience = commands.add_parser("experience", help="the PM-experience ledger")
    exp_commands = experience.add_subparsers(dest="action", parser_class=_Parser, required=True)
    exp_add = exp_commands.add_parser("add", help="record a project you led")
    exp_add.add_argument("person", type=_person_id, metavar="ID")
    exp_add.add_argument("project", nargs="+")
    exp_add.add_argument("--from", dest="started", required=True, metavar="YYYY-MM-DD")
    exp_add.add_argument("--to", dest="finished", metavar="YYYY-MM-DD")
    exp_add.add_argument("--role")
    exp_list = exp_commands.add_parser("list", help="projects and the months they count")
    exp_list.add_argument("person", type=_person_id, metavar="ID")
    for sub in (exp_add, exp_list):
        sub.set_defaults(run=_handler("journal", "run_experience"))

    export = commands.add_parser(
        "export", help="write the plan as a printable PDF, or as Markdown or Word to edit"
    )
    export_source = export.add_mutually_exclusive_group(required=True)
    export_source.add_argument("profile", nargs="?", type=Path, help="profile JSON file")
    export_source.add_argument("--person", type=_person_id, metavar="ID", help="a stored person")
    export_source.add_argument("--demo", action="store_true", help="the bundled demo person")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--format", choices=("pdf", "md", "docx"), help="default: from the file name, else pdf"
    )
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="default: the person's country (Letter in the US and Canada, A4 elsewhere)",
    )
    export.add_argument("--track", choices=TRACKS)
    export.add_argument("--start", metavar="YYYY-MM-DD")
    export.add_argument(
        "--replan",
        action="store_true",
        help="with --person: re-plan from today first when the plan is out of date",
    )
    export.set_defaults(run=_handler("export", "run_export"))

    importer = commands.add_parser(
        "import", help="add a person from a JSON Resume file or a LinkedIn data export"
    )
    importer.add_argument("source", type=Path, metavar="FILE_OR_FOLDER")
    importer.add_argument("--tag", action="append", help="a tag for the new person (repeatable)")
    importer.add_argument(
        "--dry-run", action="store_true", help="show what would be created; save nothing"
    )
    importer.set_defaults(run=_handler("imports", "run_import"))

    clients = commands.add_parser("clients", help="a coach's client list (CSV or XLSX)")
    clients_commands = clients.add_subparsers(
        dest="clients_command", required=True, metavar="ACTION"
    )
    clients_in = clients_commands.add_parser("import", help="add everyone in a client list")
    clients_in.add_argument("file", type=Path, metavar="FILE")
    clients_in.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="map a column (header text or number) to a field, or to - to leave it out",
    )
    clients_in.add_argument("--tag", action="append", help="tag everyone (a cohort)")
    clients_in.add_argument("--dry-run", action="store_true", help="show, save nothing")
    clients_in.set_defaults(run=_handler("clients", "run_import_clients"))
    clients_out = clients_commands.add_parser(
        "export", help="a PDF plan or a calendar per person of a cohort, and a ZIP of them"
    )
    cohort = clients_out.add_mutually_exclusive_group(required=True)
    cohort.add_argument("--tag", help="everyone with this tag")
    cohort.add_argument("--person", type=_person_id, nargs="+", metavar="ID")
    clients_out.add_argument("--format", choices=("pdf", "ics"), default="pdf")
    clients_out.add_argument("--paper", choices=("a4", "letter"), default="a4")
    clients_out.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    clients_out.set_defaults(run=_handler("clients", "run_export_clients"))

    ics = commands.add_parser("ics", help="write milestones and study blocks as iCalendar")
    ics_source = ics.add_mutually_exclusive_group(required=True)
    ics_source.add_argument("profile", nargs="?", type=Path, help="profile JSON file")
    ics_source.add_argument("--person", type=_person_id, metavar="ID", help="a stored person")
    ics.add_argument("-o", "--output", type=Path, metavar="FILE")
    ics.add_argument("--start", metavar="YYYY-MM-DD")
    ics.add_argument(
        "--no-study-alarms", action="store_true", help="no reminders on the weekly study blocks"
    )
    keeping = ics.add_mutually_exclusive_group()
    keeping.add_argument(
        "--keep-current",
        action="store_true",
        help="with --person: rewrite FILE after every re-plan (for a subscribed calendar)",
    )
    keeping.add_argument(
        "--stop-keeping", action="store_true", help="with --person: stop rewriting the file"
    )
    ics.set_defaults(run=_handler("calendar", "run_ics"))

    bundle = commands.add_parser("bundle", help="move a person between machines or coaches")
    bundle_commands = bundle.add_subparsers(dest="action", parser_class=_Parser, required=True)
    bundle_out = bundle_commands.add_parser("export", help="write one person as a JSON bundle")
    bundle_out.add_argument("--person", type=_person_id, metavar="ID", required=True)
    bundle_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    bundle_in = bundle_commands.add_parser(
        "import", help="add or merge a person from a bundle (no duplicates)"
    )
    bundle_in.add_argument("file", type=Path)
    for sub in (bundle_out, bundle_in):
        sub.set_defaults(run=_handler("bundles", "run_bundle"))

    plans = commands.add_parser("plans", help="a person's plan history: list, diff, restore")
    plans_commands = plans.add_subparsers(dest="plans_command", required=True, metavar="ACTION")
    plans_list = plans_commands.add_parser("list", help="every saved plan, newest first")
    plans_list.add_argument("--person", type=_person_id, required=True, metavar="ID")
    plans_list.add_argument("--format", choices=("text", "json"), default="text")
    plans_list.set_defaults(run=_handler("history", "run_list"))
    plans_diff = plans_commands.add_parser("diff", help="what changed between two plans")
    plans_diff.add_argument("--person", type=_person_id, required=True, metavar="ID")
    plans_diff.add_argument("before", type=_plan_id, metavar="A")
    plans_diff.add_argument("after", type=_plan_id, metavar="B")
    plans_diff.add_argument("--format", choices=("text", "json"), default="text")
    plans_diff.set_defaults(run=_handler("history", "run_diff"))
    plans_restore = plans_commands.add_parser("restore", help="make an earlier plan current")
    plans_restore.add_argument("--person", type=_person_id, required=True, metavar="ID")
    plans_restore.add_argument("plan", type=_plan_id, metavar="A")
    plans_restore.set_defaults(run=_handler("history", "run_restore"))

    compare = commands.add_parser("compare", help="what-if: plan variants side by side")
    compare_source = compare.add_mutually_exclusive_group(required=True)
    compare_source.add_argument("profile", nargs="?", type=Path, metavar="PROFILE.json")
    compare_source.add_argument("--person", type=_person_id, metavar="ID")
    compare.add_argument("--hours", type=float, nargs="+", metavar="H", help="hours a week")
    compare.add_argument("--budget", type=float, nargs="+", metavar="AMOUNT")
    compare.add_argument("--track", choices=TRACKS, nargs="+")
    compare.add_argument("--leave-out", nargs="+", metavar="STEP", help="catalog step ids")
    compare.add_argument("--pin", nargs="+", metavar="STEP", help="catalog step ids")
    compare.add_argument("--start", metavar="YYYY-MM-DD")
    compare.add_argument("--format", choices=("text", "json"), default="text")
    compare.set_defaults(run=_handler("compare", "run_compare"))

    resume = commands.add_parser("resume", help="write a person as a JSON Resume")
    resume.add_argument("--person", type=_person_id, required=True, metavar="ID")
    resume.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    resume.set_defaults(run=_handler("resume", "run_resume"))
    csv = commands.add_parser("csv", help="write a person's progress as CSV")
    csv.add_argument("--person", type=_person_id, metavar="ID", required=True)
    csv.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    csv.set_defaults(run=_handler("bundles", "run_csv"))

    niches = commands.add_parser(
        "niches", help="rank niches by demand in local job ads and the person's fit"
    )
    niche_source = niches.add_mutually_exclusive_group(required=True)
    niche_source.add_argument("--profile", type=Path, help="profile JSON file")
    niche_source.add_argument("--person", type=_person_id, metavar="ID", help="a stored person")
    niches.add_argument(
        "ads", nargs="+", type=Path, metavar="ADS", help="job ads as text files ('-' = stdin)"
    )
    niches.add_argument("--choose", metavar="NICHE", help="set the person's niche (--person)")
    niches.add_argument("--format", choices=("text", "json"), default="text")
    niches.set_defaults(run=_handler("niches", "run_niches"))

    coach = commands.add_parser("coach", help="branding, plan currency, own prices and steps")
    coach_commands = coach.add_subparsers(dest="action", parser_class=_Parser, required=True)
    coach_show = coach_commands.add_parser("show", help="the coach's settings")
    coach_show.add_argument("--format", choices=("text", "json"), default="text")
    coach_set = coach_commands.add_parser("set", help="name, organisation, logo, currency, mode")
    coach_set.add_argument("--name")
    coach_set.add_argument("--organisation")
    logo = coach_set.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG for printouts")
    logo.add_argument("--no-logo", action="store_true")
    coach_set.add_argument("--currency", metavar="XXX", help="currency plans are totalled in")
    coach_set.add_argument("--mode", choices=[mode.value for mode in Mode])
    coach_price = coach_commands.add_parser("price", help="your own price for a catalog item")
    coach_price.add_argument("item", help="catalog id, e.g. cisco-ccna or pmi")
    coach_price.add_argument("amount", nargs="?", default="none", help="a number, or none")
    coach_price.add_argument("--currency", default="USD", metavar="XXX")
    coach_price.add_argument("--note")
    coach_price.add_argument("--clear", action="store_true", help="back to the catalog price")
    coach_step = coach_commands.add_parser("step", help="your own step people can pin")
    coach_step.add_argument("id")
    coach_step.add_argument("--title")
    coach_step.add_argument(
        "--kind",
        default="education",
        choices=(
            "certification",
            "education",
            "membership",
            "networking",
            "niche",
            "experience",
            "job-search",
        ),
    )
    coach_step.add_argument("--hours", type=_hours)
    coach_step.add_argument("--cost", type=_price)
    coach_step.add_argument("--currency", default="USD", metavar="XXX")
    coach_step.add_argument("--description")
    coach_step.add_argument("--delete", action="store_true")
    for sub in (coach_show, coach_set, coach_price, coach_step):
        sub.set_defaults(run=_handler("coach", "run_coach"))

    catalog = commands.add_parser(
        "catalog", help="your own country packs, and what a catalog update changed"
    )
    catalog_commands = catalog.add_subparsers(dest="action", parser_class=_Parser, required=True)
    pack_import = catalog_commands.add_parser(
        "import", help="add or replace a country pack (checked; --dry-run shows the changes)"
    )
    pack_import.add_argument("file", type=Path, metavar="PACK.json")
    pack_import.add_argument("--dry-run", action="store_true", help="show the changes only")
    pack_remove = catalog_commands.add_parser("remove-pack", help="remove your country pack")
    pack_remove.add_argument("code", metavar="CODE", help="ISO 3166-1 code, e.g. GB")
    pack_remove.add_argument("--dry-run", action="store_true", help="show the changes only")
    pack_list = catalog_commands.add_parser("packs", help="the country packs in use")
    pack_list.add_argument("--format", choices=("text", "json"), default="text")
    changes = catalog_commands.add_parser(
        "changes", help="what the last shipped catalog update changed (progress is kept)"
    )
    changes.add_argument("--format", choices=("text", "json"), default="text")
    for sub in (pack_import, pack_remove, pack_list, changes):
        sub.set_defaults(run=_handler("catalog_packs", "run_catalog"))

    backup = commands.add_parser("backup", help="copy the database")
    backup.add_argument("-o", "--output", metavar="FILE", help="where (default: rotating backups)")
    backup.add_argument("--keep", type=int, metavar="N", help="keep the last N rotating backups")
    backup.set_defaults(run=_handler("data", "run_backup"))
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(run=_handler("data", "run_restore"))

    completion = commands.add_parser(
        "completion", help="print a shell completion script (bash, zsh or fish)"
    )
    completion.add_argument("shell", choices=("bash", "zsh", "fish"))
    completion.set_defaults(run=_print_completion)
    _add_language_option(parser, top=True)
    return parser


def _print_completion(args: argparse.Namespace, ctx: object) -> int:
    """The script is written from this very parser, so it never lists a command that is gone."""
    from planner.commands.completion import script

    sys.stdout.write(script(build_parser(), args.shell))
    return EXIT_OK


def _require_display(language: Language | None) -> None:
    """Without a display Qt aborts the whole process; say so in one line instead (in language,
    or the locale's when no catalog was loaded: the desktop app's own quick start)."""
    env = os.environ
    if (
        sys.platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and not env.get("QT_QPA_PLATFORM")
    ):
        with speaking(language or _environment_language()):  # loaded only to refuse
            raise UsageError(
                _(
                    "no display to open the desktop app on (DISPLAY is not set); run it in a "
                    "desktop session, or use the command line, e.g. "
                    "'career-planner plan --demo'"
                )
            )
    from planner.desktop_libs import check

    problem = check()  # Qt aborts (exit 134) when its platform plugin cannot load
    if problem:
        raise UsageError(problem)


def _log_internal_error() -> str:
    import logging

    from planner.paths import log_handler

    try:
        handler = log_handler()
    except OSError:
        return ""
    log = logging.getLogger("planner")
    log.addHandler(handler)
    try:
        log.exception("internal error")
    finally:
        log.removeHandler(handler)
        handler.close()
    return _(" (details in {path})", path=handler.baseFilename)


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The desktop app's own command lines, read without building every command's parser
    (30 of them: about 70 ms, mostly gettext looking for translations); None for the rest.

    `[--db PATH | --db=PATH] [gui [--smoke-test]]`, exactly as the full parser reads them.
    """
    rest, db = list(argv), None
    if rest and rest[0].startswith("--db="):
        db, rest = rest[0].removeprefix("--db="), rest[1:]
    elif len(rest) >= 2 and rest[0] == "--db" and not rest[1].startswith("-"):
        db, rest = rest[1], rest[2:]
    if db == "" or rest not in ([], ["gui"], ["gui", "--smoke-test"]):
        return None
    command = "gui" if rest else None
    return argparse.Namespace(db=db, command=command, smoke_test="--smoke-test" in rest)


def _leave(code: int) -> NoReturn:
    """After the desktop app: the window is gone and the database closed, so skip tearing down
    thousands of Qt wrappers and modules one by one (about 200 ms) and exit at once.

    What Python runs at exit still runs first: the log is flushed and closed, and the private
    folder of print previews is removed (weakref.finalize registers that with atexit).
    """
    import atexit

    atexit._run_exitfuncs()  # what interpreter shutdown would run first, in the same order
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _visible(text: str) -> str:
    from planner.commands.context import visible  # only to report an error

    return visible(text)


def _environment_language() -> Language:
    """The locale's language when the planner speaks it, else English."""
    from planner.i18n import catalogs
    from planner.i18n.languages import from_environment

    return catalogs.load(from_environment(os.environ))


def _given_language(argv: Sequence[str]) -> str | None:
    """The code of the last --language in argv (before a '--'), if it names a language we speak.

    Read before parsing so that parsing's own refusals are already in that language; the parser
    still checks the option (an unknown code gets its one-line refusal listing the languages).
    """
    from planner.i18n.languages import UnknownLanguage, language_code

    found = None
    for index, token in enumerate(argv):
        if token == "--":
            break
        name, equals, value = token.partition("=")
        # argparse also takes an unambiguous prefix of an option: --lang de
        if len(name) < 6 or not "--language".startswith(name):
            continue
        if not equals:
            value = argv[index + 1] if index + 1 < len(argv) else ""
        try:
            found = language_code(value[:40])
        except UnknownLanguage:
            found = None
    return found


def _language_of(argv: Sequence[str]) -> Language:
    """--language in argv, else the locale's language when the planner speaks it, else English."""
    from planner.i18n import catalogs

    code = _given_language(argv)
    return catalogs.load(code) if code else _environment_language()


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    words = list(sys.argv[1:] if argv is None else argv)
    args = gui_arguments(words)
    if args is not None:  # the desktop app: no catalog is loaded before its window shows
        return _run(args, argv, started, None)
    language = _language_of(words)
    with speaking(language):
        return _run(args, argv, started, language)


def _run(
    args: argparse.Namespace | None,
    argv: Sequence[str] | None,
    started: float,
    language: Language | None,
) -> int:
    """Parse (unless the desktop app's quick reader did), then run the command; the language is
    None only for the desktop app, which loads its own after its window shows."""
    from planner.paths import database_path

    ctx = None
    try:
        if args is None:
            from planner.commands.parser_text import speaking_argparse

            with speaking_argparse():
                args = build_parser().parse_args(argv)
        if args.command in (None, "gui"):
            _require_display(language)
            from planner.gui.application import run_gui

            smoke = getattr(args, "smoke_test", False)
            code = run_gui(database_path(args.db), smoke_test=smoke, started=started)
            if argv is None:  # the program itself, not a caller that goes on afterwards
                _leave(code)
            return code
        _check_text(args)
        # Only commands load the context (and through it the catalog's dataclasses): the
        # desktop app paints its window first and loads them after.
        from planner.commands.context import Context

        ctx = Context(db=args.db)
        if language is None or (args.language and args.language != language.code):
            from planner.i18n import catalogs

            language = catalogs.load(args.language or "en")
        with speaking(language):
            return args.run(args, ctx)
    except PlannerError as exc:
        print(f"career-planner: {_visible(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"career-planner: {_('interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from planner.services.workspace import explain_error

        known = explain_error(exc, ctx.db_path if ctx is not None else None)
        if known is not None:  # damage, a full disk, a busy file found mid-command
            print(f"career-planner: {_visible(str(known))}", file=sys.stderr)
            return EXIT_BAD_INPUT
        where = _log_internal_error()
        message = _("internal error: {error}{where}", error=exc, where=where)
        print(f"career-planner: {message}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if ctx is not None:
            ctx.close()
