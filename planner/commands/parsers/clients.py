"""Parser of `clients` (a coach's client list) and its actions."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from planner.commands.parsers.common import _person_id, handler


def clients(clients: ArgumentParser) -> None:
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
    clients_in.set_defaults(run=handler("clients", "run_import_clients"))
    clients_out = clients_commands.add_parser(
        "export", help="a PDF plan or a calendar per person of a cohort, and a ZIP of them"
    )
    cohort = clients_out.add_mutually_exclusive_group(required=True)
    cohort.add_argument("--tag", help="everyone with this tag")
    cohort.add_argument("--person", type=_person_id, nargs="+", metavar="ID")
    clients_out.add_argument("--format", choices=("pdf", "ics"), default="pdf")
    clients_out.add_argument("--paper", choices=("a4", "letter"), default="a4")
    clients_out.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    clients_out.set_defaults(run=handler("clients", "run_export_clients"))
