"""Parser of `people` and its actions."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from planner.commands.parsers.common import _Parser, _person_id, handler


def people(people: ArgumentParser) -> None:
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
    listing.set_defaults(run=handler("people", "run_list"))
    add = people_commands.add_parser("add", help="add a person from a profile; prints the id")
    add.add_argument("profile", type=Path)
    add.add_argument("--tag", action="append", help="a tag (repeatable)")
    add.set_defaults(run=handler("people", "run_add"))
    show = people_commands.add_parser("show", help="one person's profile, progress and history")
    show.add_argument("id", type=_person_id)
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(run=handler("people", "run_show"))
    change = people_commands.add_parser(
        "set", help="change fields of a stored profile, e.g. weekly_hours=40 (not lists)"
    )
    change.add_argument("id", type=_person_id)
    change.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    change.set_defaults(run=handler("people", "run_set"))
    delete = people_commands.add_parser("delete", help="erase a person and everything about them")
    delete.add_argument("id", type=_person_id)
    delete.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not run in a terminal)"
    )
    delete.set_defaults(run=handler("people", "run_delete"))
