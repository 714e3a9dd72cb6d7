"""`backup` and `restore`: copies of the whole database."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.commands.context import Context, out, report
from planner.domain.messages import _


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace()
    if args.keep is not None:
        ws.set_backups_keep(args.keep)
    path = ws.back_up(Path(args.output).expanduser() if args.output else None)
    report(args.output or "", str(path))
    return 0


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    safety = ctx.workspace().restore(Path(args.file))
    out(
        _(
            "Restored {file}; the database it replaced is kept as {safety}",
            file=args.file,
            safety=safety,
        )
    )
    return 0
