"""`catalog import PACK.json`, `remove-pack CODE`, `packs`: a coach's own packs; `changes`."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, out_json
from planner.domain.messages import _


def _print(change, dry_run: bool, importing: bool) -> None:
    lines = change.summary()
    if dry_run and importing:
        lines.append(_("Nothing changed (--dry-run); run it again without --dry-run to import it."))
    elif dry_run:
        lines.append(_("Nothing changed (--dry-run); run it again without --dry-run to remove it."))
    elif importing:
        lines.append(_("Pack imported; plans show it when they are next made or re-planned."))
    else:
        lines.append(_("Pack removed; plans show it when they are next made or re-planned."))
    out("\n".join(lines))


def _changes(args: argparse.Namespace, ctx: Context) -> int:
    """The last shipped catalog update's changes (recorded when the database was opened)."""
    update = ctx.workspace().updates.last()
    if args.format == "json":
        out_json(
            None
            if update is None
            else {
                "from": update.before,
                "to": update.after,
                "changes": list(update.lines),
                "more": update.more,
                "affected": [
                    {"person": i, "name": name, "changes": list(lines)}
                    for i, name, lines in update.affected
                ],
            }
        )
    elif update is None:
        out(_("No catalog update since this database was first opened with this app."))
    else:
        out("\n".join(update.text()))
    return 0


def run_catalog(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "changes":
        return _changes(args, ctx)
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
                    f"{r['country']}  "
                    + _(
                        "{name} ({currency}), version {version}: {source}",
                        name=r["name"],
                        currency=r["currency"],
                        version=r["version"],
                        source=r["source"],
                    )
                    for r in rows
                )
            )
        return 0
    packs = ctx.workspace(writing=not args.dry_run).packs
    if args.action == "import":
        run = packs.preview_import if args.dry_run else packs.import_pack
        _print(run(args.file), args.dry_run, importing=True)
    else:
        run = packs.preview_remove if args.dry_run else packs.remove_pack
        _print(run(args.code), args.dry_run, importing=False)
    return 0
