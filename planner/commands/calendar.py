"""`ics`: the plan's milestones, exam dates and weekly study blocks as an iCalendar file."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, report
from planner.commands.plan import parse_day
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, ngettext


def run_ics(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.exports import profile_uid, write_calendar

    if (args.keep_current or args.stop_keeping) and args.person is None:
        raise InvalidInput(_("--keep-current and --stop-keeping need --person ID"))
    if args.stop_keeping:
        kept = ctx.workspace(writing=True).calendars.stop(args.person)
        if kept:
            out(_("stopped keeping {path} current", path=kept.path))
        else:
            out(_("no calendar was kept current"))
        return 0
    if args.output is None:
        raise InvalidInput(_("give -o FILE (or - for standard output)"))
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
        raise InvalidInput(_("give a PROFILE.json or --person ID"))
    if args.keep_current:
        if str(args.output) == "-" or not args.output.parent.is_dir():
            raise InvalidInput(_("--keep-current needs a file in an existing folder"))
        result = ctx.workspace(writing=True).calendars.keep(
            args.person, args.output, roadmap, alarms
        )
        out(
            _(
                "{path} will be rewritten after every re-plan ('--stop-keeping' to end)",
                path=result.path,
            )
        )
    else:
        result = write_calendar(args.output, roadmap, uid, alarms=alarms)
    milestones = ngettext("{n} milestone", "{n} milestones", result.milestones)
    blocks = ngettext("{n} weekly study block", "{n} weekly study blocks", result.study_blocks)
    said = _(
        "wrote {path} ({milestones}, {blocks})",
        path=result.path,
        milestones=milestones,
        blocks=blocks,
    )
    report(args.output, said)
    return 0
