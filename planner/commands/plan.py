"""`plan`: a roadmap for a profile file, the demo person, or a stored person."""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING

from planner.commands.context import Context, out
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.roadmap import Roadmap

if TYPE_CHECKING:
    import argparse


def parse_day(text: str | None, field: str) -> date | None:
    from planner.services.profile_plans import parse_day as parse

    return parse(text, field)


def render(roadmap: Roadmap, fmt: str) -> str:
    from planner.services.profile_plans import roadmap_json, roadmap_text

    return roadmap_json(roadmap) if fmt == "json" else roadmap_text(roadmap)


def run_plan(args: argparse.Namespace, ctx: Context) -> int:
    start = parse_day(args.start, "--start")
    if args.person is not None:
        return _plan_person(args, ctx, start)
    from planner.services.profile_plans import plan_profile, read_profile

    if args.profile is None and not args.demo:
        raise InvalidInput(_("give a PROFILE.json, --demo or --person ID"))
    if args.demo:
        from planner.services.demo import demo_profile

        profile = demo_profile(ctx.today())
    else:
        profile = read_profile(args.profile)
    roadmap = plan_profile(
        profile, ctx.catalog, ctx.today, start, args.track, past_start_from_today=True
    )
    out(render(roadmap, args.format))
    return 0


def _plan_person(args: argparse.Namespace, ctx: Context, start: date | None) -> int:

    ws = ctx.workspace(writing=True)
    if args.track:
        # A what-if preview toward another track: shown, not saved.
        roadmap = ws.planning.build(args.person, start, track=args.track)
    else:
        roadmap = ws.planning.current_roadmap(args.person, start)
    out(render(roadmap, args.format))
    return 0


def run_replan(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.planning import roadmap_of

    ws = ctx.workspace(writing=True)
    saved = ws.planning.replan(args.person, parse_day(args.start, "--start"))
    out(render(roadmap_of(saved), args.format))
    kept = ws.calendars.kept(args.person)
    if ws.calendars.last_error:
        said = _("warning: {problem}", problem=ws.calendars.last_error)
        print(f"career-planner: {said}", file=sys.stderr)
    elif kept is not None:
        said = _("calendar {path} updated", path=kept.path)
        print(f"career-planner: {said}", file=sys.stderr)
    return 0
