"""`plan`: a roadmap for a profile file, the demo person, or a stored person."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from planner.commands.context import Context, out
from planner.domain.errors import InvalidInput
from planner.domain.roadmap import Roadmap


def parse_day(text: str | None, field: str) -> date | None:
    from planner.importers.profile_file import parse_date

    return parse_date(text, field) if text else None


def render(roadmap: Roadmap, fmt: str) -> str:
    if fmt == "json":
        from planner.export.plan_json import roadmap_to_dict

        return json.dumps(roadmap_to_dict(roadmap), indent=2, ensure_ascii=False) + "\n"
    from planner.export.plan_text import render_text

    return render_text(roadmap)


def run_plan(args: argparse.Namespace, ctx: Context) -> int:
    start = parse_day(args.start, "--start")
    if args.person is not None:
        return _plan_person(args, ctx, start)
    from planner.engine import build_roadmap
    from planner.importers.profile_file import load_profile

    if args.profile is None and not args.demo:
        raise InvalidInput("give a PROFILE.json, --demo or --person ID")
    if args.demo:
        from planner.services.demo import demo_profile

        profile = demo_profile(ctx.today())
    else:
        profile = load_profile(args.profile)
    roadmap = build_roadmap(
        profile,
        ctx.catalog,
        track=args.track,
        start=start or profile.start_date or ctx.today(),
        today=ctx.today(),
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
        print(f"career-planner: warning: {ws.calendars.last_error}", file=sys.stderr)
    elif kept is not None:
        print(f"career-planner: calendar {kept.path} updated", file=sys.stderr)
    return 0
