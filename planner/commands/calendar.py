"""`ics`: the plan's milestones, exam dates and weekly study blocks as an iCalendar file."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, report
from planner.commands.plan import parse_day
from planner.domain.errors import InvalidInput


def run_ics(args: argparse.Namespace, ctx: Context) -> int:
    from planner.export.bundle import person_uid
    from planner.export.ics import write_ics

    if (args.keep_current or args.stop_keeping) and args.person is None:
        raise InvalidInput("--keep-current and --stop-keeping need --person ID")
    if args.stop_keeping:
        kept = ctx.workspace(writing=True).calendars.stop(args.person)
        out(f"stopped keeping {kept.path} current" if kept else "no calendar was kept current")
        return 0
    if args.output is None:
        raise InvalidInput("give -o FILE (or - for standard output)")
    alarms = not args.no_study_alarms
    start = parse_day(args.start, "--start")
    if args.person is not None:
        ws = ctx.workspace()
        profile = ws.people.get(args.person)
        uid = ws.people.uuid(args.person)
        roadmap = ws.planning.current_roadmap(args.person, start)
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
    if args.keep_current:
        if str(args.output) == "-" or not args.output.parent.is_dir():
            raise InvalidInput("--keep-current needs a file in an existing folder")
        result = ctx.workspace(writing=True).calendars.keep(
            args.person, args.output, roadmap, alarms
        )
        out(f"{result.path} will be rewritten after every re-plan ('--stop-keeping' to end)")
    else:
        result = write_ics(args.output, roadmap, uid, study_alarms=alarms)
    report(
        args.output,
        f"wrote {result.path} ({result.milestones} milestones, "
        f"{result.study_blocks} weekly study blocks)",
    )
    return 0
