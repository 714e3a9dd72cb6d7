"""`resume`: a stored person as a JSON Resume, for CV tools and job sites."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, report
from planner.domain.messages import _


def run_resume(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.exports import export_resume

    profile = export_resume(ctx.workspace(writing=False), args.person, args.output, ctx.catalog)
    report(
        args.output, _("wrote {path} (JSON Resume of {name})", path=args.output, name=profile.name)
    )
    return 0
