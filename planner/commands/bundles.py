"""`bundle export | import` (move a person between databases) and `csv` (progress as CSV)."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, report
from planner.domain.errors import InvalidInput


def run_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.bundles import import_bundle
    from planner.services.exports import export_bundle, read_bundle

    if args.action == "export":
        ws = ctx.workspace()
        path, bundle = export_bundle(ws, args.person, args.output, ctx.catalog.version)
        counts = ", ".join(
            f"{n} {word if n == 1 else plural}"
            for n, word, plural in (
                (len(bundle.plans), "plan", "plans"),
                (len(bundle.progress), "progress entry", "progress entries"),
                (len(bundle.notes), "note", "notes"),
                (len(bundle.experience), "ledger project", "ledger projects"),
            )
        )
        report(args.output, f"wrote {path} ({bundle.profile.name}: {counts})")
        return 0
    if args.action == "import":
        bundle = read_bundle(args.file)  # checked whole before the database is opened
        result = import_bundle(ctx.workspace(writing=True), bundle)
        out(result.describe())
        return 0
    raise InvalidInput(f"unknown bundle action {args.action!r} (use export or import)")


def run_csv(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.exports import export_progress

    result = export_progress(ctx.workspace(), args.person, args.output, ctx.catalog)
    report(args.output, f"wrote {result.path} ({result.rows} rows)")
    return 0
