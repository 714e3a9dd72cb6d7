"""`bundle export | import` (move a person between databases) and `csv` (progress as CSV)."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out, report
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, ngettext


def run_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.bundles import import_bundle
    from planner.services.exports import export_bundle, read_bundle

    if args.action == "export":
        ws = ctx.workspace()
        path, bundle = export_bundle(ws, args.person, args.output, ctx.catalog.version)
        counts = ", ".join(
            (
                ngettext("{n} plan", "{n} plans", len(bundle.plans)),
                ngettext("{n} progress entry", "{n} progress entries", len(bundle.progress)),
                ngettext("{n} note", "{n} notes", len(bundle.notes)),
                ngettext("{n} ledger project", "{n} ledger projects", len(bundle.experience)),
            )
        )
        said = _(
            "wrote {path} ({name}: {counts})", path=path, name=bundle.profile.name, counts=counts
        )
        report(args.output, said)
        return 0
    if args.action == "import":
        bundle = read_bundle(args.file)  # checked whole before the database is opened
        result = import_bundle(ctx.workspace(writing=True), bundle)
        out(result.describe())
        return 0
    raise InvalidInput(
        _("unknown bundle action {action} (use export or import)", action=repr(args.action))
    )


def run_csv(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.exports import export_progress

    result = export_progress(ctx.workspace(), args.person, args.output, ctx.catalog)
    said = ngettext(
        "wrote {path} ({n} row)", "wrote {path} ({n} rows)", result.rows, path=result.path
    )
    report(args.output, said)
    return 0
