"""`backup` and `restore`: copies of the whole database."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.commands.context import Context, out, report


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace()
    if args.keep is not None:
        ws.set_backups_keep(args.keep)
    if args.output:
        target = Path(args.output).expanduser()
        if str(target) != "-" and target.resolve() == ws.store.path.resolve():
            from planner.domain.errors import InvalidInput

            raise InvalidInput("the backup cannot overwrite the database itself")
        path = ws.backups.create(ws.store.conn, "manual", target=target)
    else:
        path = ws.backups.create(ws.store.conn, "manual")
    report(args.output or "", str(path))
    return 0


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    from planner.storage.backups import restore

    ws = ctx.workspace()
    store, safety = restore(ws.store, Path(args.file), ws.backups)
    store.close()
    out(f"Restored {args.file}; the database it replaced is kept as {safety}")
    return 0
