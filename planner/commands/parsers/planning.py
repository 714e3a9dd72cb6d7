"""Parsers of `plan`, `replan` and `compare`."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from planner.commands.parsers.common import TRACKS, _person_id, handler


def plan(plan: ArgumentParser) -> None:
    source = plan.add_mutually_exclusive_group()
    source.add_argument("profile", nargs="?", type=Path, help="profile JSON file")
    source.add_argument("--demo", action="store_true", help="the bundled demo person")
    source.add_argument("--person", type=_person_id, metavar="ID", help="a stored person")
    plan.add_argument("--track", choices=TRACKS)
    plan.add_argument("--start", metavar="YYYY-MM-DD", help="first day of the plan")
    plan.add_argument("--format", choices=("text", "json"), default="text")
    plan.set_defaults(run=handler("plan", "run_plan"))


def replan(replan: ArgumentParser) -> None:
    replan.add_argument("person", type=_person_id, metavar="ID")
    replan.add_argument("--start", metavar="YYYY-MM-DD", help="re-plan from this day")
    replan.add_argument("--format", choices=("text", "json"), default="text")
    replan.set_defaults(run=handler("plan", "run_replan"))


def compare(compare: ArgumentParser) -> None:
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
    compare.set_defaults(run=handler("compare", "run_compare"))
