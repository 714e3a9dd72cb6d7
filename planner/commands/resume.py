"""`resume`: a stored person as a JSON Resume, for CV tools and job sites."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, report


def run_resume(args: argparse.Namespace, ctx: Context) -> int:
    from planner.export.json_resume import ledger_projects, resume_dict, write_resume

    ws = ctx.workspace(writing=False)
    profile = ws.people.get(args.person)
    projects = ledger_projects(ws.journal.ledger(args.person))
    write_resume(args.output, resume_dict(profile, ctx.catalog, projects))
    report(args.output, f"wrote {args.output} (JSON Resume of {profile.name})")
    return 0
