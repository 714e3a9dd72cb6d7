"""`bundle export | import` (move a person between databases) and `csv` (progress as CSV)."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, report
from planner.domain.errors import InvalidInput


def run_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from planner.export.bundle import read_bundle, write_bundle
    from planner.services.bundles import export_person, import_bundle

    if args.action == "export":
        ws = ctx.workspace()
        bundle = export_person(ws, args.person, ctx.catalog.version)
        path = write_bundle(args.output, bundle)
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
    from planner.export.progress_csv import catalog_titles, write_progress_csv

    ws = ctx.workspace()
    roadmap = ws.planning.current_roadmap(args.person)
    progress = ws.planning.progress(args.person)
    result = write_progress_csv(args.output, roadmap, progress, catalog_titles(ctx.catalog))
    report(args.output, f"wrote {result.path} ({result.rows} rows)")
    return 0
