"""`ics`: the plan's milestones, exam dates and weekly study blocks as an iCalendar file."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, report
from planner.commands.plan import parse_day
from planner.domain.errors import InvalidInput


def run_ics(args: argparse.Namespace, ctx: Context) -> int:
    from planner.export.bundle import person_uid
    from planner.export.ics import write_ics

    start = parse_day(args.start, "--start")
    if args.person is not None:
        from planner.export.plan_json import roadmap_from_dict

        ws = ctx.workspace()
        profile = ws.repos.people.get(args.person)
        uid = ws.repos.people.uuid(args.person)
        roadmap = roadmap_from_dict(ws.planning.current(args.person, start).roadmap)
    elif args.profile is not None:
        from planner.engine import build_roadmap
        from planner.importers.profile_file import load_profile

        profile = load_profile(args.profile)
        uid = person_uid(profile)
        roadmap = build_roadmap(
            profile, ctx.catalog, start=start or profile.start_date or ctx.today()
        )
    else:
        raise InvalidInput("give a PROFILE.json or --person ID")
    result = write_ics(args.output, roadmap, uid)
    report(
        args.output,
        f"wrote {result.path} ({result.milestones} milestones, "
        f"{result.study_blocks} weekly study blocks)",
    )
    return 0
