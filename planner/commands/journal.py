"""`progress`, `notes` and `experience`: what happened since the plan was made."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out
from planner.commands.plan import parse_day
from planner.domain.messages import _


def run_progress(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace(writing=True)
    entry = ws.planning.record(
        args.person,
        args.step,
        args.status.replace("-", "_"),
        parse_day(args.on, "--on"),
        args.note or "",
    )
    when = entry.finished or entry.started
    out(f"{args.step}: {entry.status}" + (f" ({when})" if when else ""))
    return 0


def run_notes(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace(writing=args.action == "add")
    ws.people.get(args.person)
    if args.action == "add":
        day = parse_day(args.on, "--on") or ctx.today()
        out(str(ws.journal.add_note(args.person, day, " ".join(args.text))))
        return 0
    notes = ws.journal.notes(args.person, args.search or "")
    for note in notes:
        out(f"{note.day}  [{note.id}]  {note.body}")
    if not notes:
        out(_("No notes."))
    return 0


def run_experience(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace(writing=args.action == "add")
    ws.people.get(args.person)
    if args.action == "add":
        started = parse_day(args.started, "--from")
        if started is None:
            from planner.domain.errors import InvalidInput

            raise InvalidInput(_("--from must be a date written YYYY-MM-DD (got '')"))
        entry = ws.journal.add_project(
            args.person,
            " ".join(args.project),
            started,
            finished=parse_day(args.finished, "--to"),
            role=args.role or "",
        )
        out(str(entry))
        return 0
    for e in ws.journal.ledger(args.person):
        if e.finished:
            span = _("{start} to {end}", start=e.started, end=e.finished)
        else:
            span = _("{start} to now", start=e.started)
        out(f"{span}  [{e.id}]  {e.project}" + (f" ({e.role})" if e.role else ""))
    months = ws.planning.ledger_months(args.person, ctx.today())
    out(_("Months counted toward PMI eligibility (last 8 years): {months}", months=months))
    return 0
