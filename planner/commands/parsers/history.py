"""Parser of `plans` (a person's plan history) and its actions."""

from __future__ import annotations

from argparse import ArgumentParser

from planner.commands.parsers.common import _person_id, _plan_id, handler


def plans(plans: ArgumentParser) -> None:
    plans_commands = plans.add_subparsers(dest="plans_command", required=True, metavar="ACTION")
    plans_list = plans_commands.add_parser("list", help="every saved plan, newest first")
    plans_list.add_argument("--person", type=_person_id, required=True, metavar="ID")
    plans_list.add_argument("--format", choices=("text", "json"), default="text")
    plans_list.set_defaults(run=handler("history", "run_list"))
    plans_diff = plans_commands.add_parser("diff", help="what changed between two plans")
    plans_diff.add_argument("--person", type=_person_id, required=True, metavar="ID")
    plans_diff.add_argument("before", type=_plan_id, metavar="A")
    plans_diff.add_argument("after", type=_plan_id, metavar="B")
    plans_diff.add_argument("--format", choices=("text", "json"), default="text")
    plans_diff.set_defaults(run=handler("history", "run_diff"))
    plans_restore = plans_commands.add_parser("restore", help="make an earlier plan current")
    plans_restore.add_argument("--person", type=_person_id, required=True, metavar="ID")
    plans_restore.add_argument("plan", type=_plan_id, metavar="A")
    plans_restore.set_defaults(run=handler("history", "run_restore"))
