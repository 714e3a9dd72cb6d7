"""`ics`: the plan's milestones, exam dates and weekly study blocks as an iCalendar file."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, report
from planner.commands.plan import parse_day
from planner.domain.errors import InvalidInput


def run_ics(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.exports import profile_uid, write_calendar

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
        from planner.services.profile_plans import plan_profile, read_profile

        profile = read_profile(args.profile)
        uid = profile_uid(profile)
        roadmap = plan_profile(profile, ctx.catalog, ctx.today, start)
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
        result = write_calendar(args.output, roadmap, uid, alarms=alarms)
    report(
        args.output,
        f"wrote {result.path} ({result.milestones} milestones, "
        f"{result.study_blocks} weekly study blocks)",
    )
    return 0
