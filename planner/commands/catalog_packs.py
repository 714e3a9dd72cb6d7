"""`catalog import PACK.json`, `catalog remove-pack CODE`, `catalog packs`: a coach's own packs."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, out_json


def _print(change, dry_run: bool, verb: str) -> None:
    lines = change.summary()
    if dry_run:
        lines.append(f"Nothing changed (--dry-run); run it again without --dry-run to {verb}.")
    else:
        done = "imported" if verb == "import it" else "removed"
        lines.append(f"Pack {done}; plans show it when they are next made or re-planned.")
    out("\n".join(lines))


def run_catalog(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "packs":
        ws = ctx.workspace()
        rows = [
            {
                "country": pack.country,
                "name": pack.name,
                "currency": pack.currency,
                "version": pack.pack_version,
                "source": where,
            }
            for pack, where in ws.packs.packs()
        ]
        if args.format == "json":
            out_json(rows)
        else:
            out(
                "\n".join(
                    f"{r['country']}  {r['name']} ({r['currency']}), version {r['version']}: "
                    f"{r['source']}"
                    for r in rows
                )
            )
        return 0
    packs = ctx.workspace(writing=not args.dry_run).packs
    if args.action == "import":
        run = packs.preview_import if args.dry_run else packs.import_pack
        _print(run(args.file), args.dry_run, "import it")
    else:
        run = packs.preview_remove if args.dry_run else packs.remove_pack
        _print(run(args.code), args.dry_run, "remove it")
    return 0
