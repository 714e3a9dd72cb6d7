"""Parsers of the commands that read or write files: export, import, ics, resume, csv, bundle."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from planner.commands.parsers.common import TRACKS, _Parser, _person_id, handler


def export(export: ArgumentParser) -> None:
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
    export.set_defaults(run=handler("export", "run_export"))


def importer(importer: ArgumentParser) -> None:
    importer.add_argument("source", type=Path, metavar="FILE_OR_FOLDER")
    importer.add_argument("--tag", action="append", help="a tag for the new person (repeatable)")
    importer.add_argument(
        "--dry-run", action="store_true", help="show what would be created; save nothing"
    )
    importer.set_defaults(run=handler("imports", "run_import"))


def ics(ics: ArgumentParser) -> None:
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
    ics.set_defaults(run=handler("calendar", "run_ics"))


def bundle(bundle: ArgumentParser) -> None:
    bundle_commands = bundle.add_subparsers(dest="action", parser_class=_Parser, required=True)
    bundle_out = bundle_commands.add_parser("export", help="write one person as a JSON bundle")
    bundle_out.add_argument("--person", type=_person_id, metavar="ID", required=True)
    bundle_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    bundle_in = bundle_commands.add_parser(
        "import", help="add or merge a person from a bundle (no duplicates)"
    )
    bundle_in.add_argument("file", type=Path)
    for sub in (bundle_out, bundle_in):
        sub.set_defaults(run=handler("bundles", "run_bundle"))


def resume(resume: ArgumentParser) -> None:
    resume.add_argument("--person", type=_person_id, required=True, metavar="ID")
    resume.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    resume.set_defaults(run=handler("resume", "run_resume"))


def csv_file(csv: ArgumentParser) -> None:
    csv.add_argument("--person", type=_person_id, metavar="ID", required=True)
    csv.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    csv.set_defaults(run=handler("bundles", "run_csv"))
