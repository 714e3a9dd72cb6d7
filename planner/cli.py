"""The `career-planner` command line: parse arguments, call the core, speak to the person."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from planner import __version__
from planner.domain.errors import PlannerError

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(PlannerError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line and exit code 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="career-planner",
        description="Plan a move from technical IT work into project management.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    plan = commands.add_parser(
        "plan",
        help="lay out a dated, costed roadmap for a profile",
        description=("Lay out a dated, costed roadmap for the person in PROFILE.json."),
    )
    source = plan.add_mutually_exclusive_group(required=True)
    source.add_argument("profile", nargs="?", type=Path, help="profile JSON file")
    source.add_argument("--demo", action="store_true", help="plan for the bundled demo person")
    plan.add_argument("--track", choices=("infrastructure", "software", "hybrid"))
    plan.add_argument("--start", metavar="YYYY-MM-DD", help="first day of the plan")
    plan.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _cmd_plan(args: argparse.Namespace) -> int:
    from planner.catalog import load_catalog
    from planner.engine import build_roadmap
    from planner.importers.profile_file import load_profile, parse_date
    from planner.resources import resources_dir

    path = resources_dir() / "demo" / "dana.json" if args.demo else args.profile
    profile = load_profile(path)
    start = parse_date(args.start, "--start") if args.start else profile.start_date or date.today()
    roadmap = build_roadmap(profile, load_catalog(), track=args.track, start=start)
    if args.format == "json":
        from planner.export.plan_json import roadmap_to_dict

        text = json.dumps(roadmap_to_dict(roadmap), indent=2, ensure_ascii=False) + "\n"
    else:
        from planner.export.plan_text import render_text

        text = render_text(roadmap)
    sys.stdout.write(text)
    return EXIT_OK


def _log_internal_error() -> str:
    from planner.paths import log_dir, private_file

    try:
        path = private_file(log_dir() / "career-planner.log")
        logging.basicConfig(filename=path, level=logging.INFO, force=True)
        logging.getLogger("planner").exception("internal error")
        return f" (details in {path})"
    except OSError:
        return ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            raise UsageError(
                "the desktop app is not in this version yet; run 'career-planner plan --demo' "
                "or see 'career-planner --help'"
            )
        return _cmd_plan(args)
    except PlannerError as exc:
        print(f"career-planner: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("career-planner: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        where = _log_internal_error()
        print(f"career-planner: internal error: {exc}{where}", file=sys.stderr)
        return EXIT_INTERNAL
