"""Parsers of `progress`, `notes` and `experience`."""

from __future__ import annotations

from argparse import ArgumentParser

from planner.commands.parsers.common import STATUSES, _Parser, _person_id, handler


def progress(progress: ArgumentParser) -> None:
    progress.add_argument("person", type=_person_id, metavar="ID")
    progress.add_argument("step", help="the step's id, as in the plan (e.g. pmi-capm)")
    progress.add_argument("status", choices=STATUSES)
    progress.add_argument("--on", metavar="YYYY-MM-DD", help="when it happened (default today)")
    progress.add_argument("--note", help="a note on the step")
    progress.set_defaults(run=handler("journal", "run_progress"))


def notes(notes: ArgumentParser) -> None:
    notes_commands = notes.add_subparsers(dest="action", parser_class=_Parser, required=True)
    note_add = notes_commands.add_parser("add", help="add a note")
    note_add.add_argument("person", type=_person_id, metavar="ID")
    note_add.add_argument("text", nargs="+")
    note_add.add_argument("--on", metavar="YYYY-MM-DD")
    note_list = notes_commands.add_parser("list", help="list (or search) notes")
    note_list.add_argument("person", type=_person_id, metavar="ID")
    note_list.add_argument("--search")
    for sub in (note_add, note_list):
        sub.set_defaults(run=handler("journal", "run_notes"))


def experience(experience: ArgumentParser) -> None:
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
        sub.set_defaults(run=handler("journal", "run_experience"))
