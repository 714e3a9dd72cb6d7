"""`import FILE_OR_FOLDER`: add a person from a JSON Resume or a LinkedIn export."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out
from planner.domain.messages import _


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.imports import ImportService, preview_import

    preview = preview_import(args.source, ctx.catalog, ctx.today())  # reads only
    out("\n".join(preview.summary_lines()))
    if args.dry_run:
        out(_("Dry run: nothing was saved."))
        return 0
    person_id = ImportService(ctx.workspace(writing=True)).commit(preview, args.tag or ())
    out(
        _(
            "Created {name}; see 'career-planner people show {id}'.",
            name=preview.name,
            id=person_id,
        )
    )
    out(str(person_id))
    return 0
