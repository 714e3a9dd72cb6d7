"""`export`: the printable PDF plan for a profile file or a stored person."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from planner.commands.context import Context, report
from planner.commands.plan import parse_day
from planner.domain.errors import InvalidInput

if TYPE_CHECKING:
    from planner.export.pdf import PlanDocument


def describe_missing(characters: tuple[str, ...], encoding: str | None) -> str:
    """'U+4E2D 中, U+1F600 😀' (the characters themselves only where the terminal can show them)."""

    def one(ch: str) -> str:
        code = f"U+{ord(ch):04X}"
        try:
            ch.encode(encoding or "ascii")
        except (UnicodeEncodeError, LookupError):
            return code
        return f"{code} {ch}"

    return ", ".join(one(ch) for ch in characters)


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from planner.export.pdf import PAPERS, write_pdf

    if args.paper not in PAPERS:
        raise InvalidInput(f"--paper must be one of {', '.join(PAPERS)} (got {args.paper!r})")
    start = parse_day(args.start, "--start")
    if args.person is not None:
        document = _stored_person(args, ctx, start)
    elif args.profile is not None:
        document = _profile_file(args, ctx, start)
    else:
        raise InvalidInput("give a PROFILE.json or --person ID")
    result = write_pdf(document, args.output, paper=args.paper)
    line = f"wrote {result.path} ({result.pages} page{'s' if result.pages != 1 else ''}, "
    line += f"{args.paper.upper() if args.paper == 'a4' else 'US Letter'})"
    if result.missing_characters:
        shown = describe_missing(result.missing_characters, sys.stdout.encoding)
        count = len(result.missing_characters)
        line += f"; {count} character{'s' if count != 1 else ''} could not be shown "
        line += f"and are marked \ufffd: {shown}"
    try:
        report(args.output, line)
    except UnicodeEncodeError:
        report(args.output, line.encode("ascii", "replace").decode("ascii"))
    return 0


def _profile_file(args: argparse.Namespace, ctx: Context, start: date | None) -> PlanDocument:
    from planner.engine import build_roadmap
    from planner.export.pdf import PlanDocument
    from planner.importers.profile_file import load_profile

    profile = load_profile(args.profile)
    roadmap = build_roadmap(
        profile,
        ctx.catalog,
        track=args.track,
        start=start or profile.start_date or ctx.today(),
    )
    return PlanDocument(roadmap=roadmap, catalog=ctx.catalog, profile=profile)


def _stored_person(args: argparse.Namespace, ctx: Context, start: date | None) -> PlanDocument:
    from planner.export.pdf import PlanDocument
    from planner.export.plan_json import roadmap_from_dict

    ws = ctx.workspace(writing=False)
    if args.track:
        # A what-if print toward another track: built for the page, not saved.
        roadmap = ws.planning.build(args.person, start, track=args.track)
    else:
        roadmap = roadmap_from_dict(ws.planning.current(args.person, start).roadmap)
    notes = tuple((note.day, note.body) for note in ws.repos.journal.notes(args.person))
    return PlanDocument(
        roadmap=roadmap,
        catalog=ctx.catalog,
        profile=ws.repos.people.get(args.person),
        branding=ws.repos.coach.branding(),
        notes=notes,
    )
