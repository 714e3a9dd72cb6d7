"""`clients import`: a coach's client list (CSV or XLSX) added in one go, after a preview."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out
from planner.domain.errors import InvalidInput

PREVIEW_ROWS = 5


def _mapping(clients, pairs: list[str] | None) -> dict[int, str]:
    """--map COLUMN=FIELD (COLUMN: the header's text or its number from 1) over the guess."""
    from planner.services.imports import FIELDS

    mapping = dict(clients.mapping)
    for pair in pairs or ():
        column, sep, field = pair.partition("=")
        if not sep or field.strip() not in (*FIELDS, "-"):
            raise InvalidInput(
                f"--map takes COLUMN=FIELD with FIELD one of {', '.join(FIELDS)} or - "
                f"(got {pair[:40]!r})"
            )
        titles = [h.casefold() for h in clients.header]
        if column.strip().isdigit() and 1 <= int(column) <= len(titles):
            index = int(column) - 1
        elif column.strip().casefold() in titles:
            index = titles.index(column.strip().casefold())
        else:
            raise InvalidInput(f"--map: no column {column[:40]!r} in the file's header")
        mapping = {i: f for i, f in mapping.items() if f != field.strip() and i != index}
        if field.strip() != "-":
            mapping[index] = field.strip()
    return mapping


def run_import_clients(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.imports import add_clients, client_rows, read_client_list, remap

    clients = read_client_list(args.file)
    clients = remap(clients, _mapping(clients, args.map))
    rows = client_rows(clients)  # every row checked before anything is written
    out(f"{clients.source}: {len(rows)} client{'s' if len(rows) != 1 else ''}")
    for index, title in enumerate(clients.header):
        out(f"  column {index + 1} {title!r} -> {clients.mapping.get(index, '(not used)')}")
    for row in rows[:PREVIEW_ROWS]:
        p = row.profile
        extra = f", {p.current_role}" if p.current_role else ""
        out(f"  row {row.line}: {p.name}{extra}, {p.weekly_hours:g} h a week")
    if len(rows) > PREVIEW_ROWS:
        out(f"  ... and {len(rows) - PREVIEW_ROWS} more")
    if args.dry_run:
        out("Dry run: nothing was saved.")
        return 0
    ids = add_clients(ctx.workspace(writing=True), rows, args.tag or ())
    out(f"added {len(ids)} people (ids {ids[0]} to {ids[-1]}) in one transaction")
    return 0


def run_export_clients(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.cohort import cohort_items, write_cohort

    if not args.tag and not args.person:
        raise InvalidInput("give --tag T or --person ID (one or more)")
    items = cohort_items(ctx.workspace(), tag=args.tag, ids=args.person or ())
    label = args.tag or "selection"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:60]
    result = write_cohort(
        items, args.output, args.format, f"cohort-{safe}-{args.format}.zip", paper=args.paper
    )
    count = len(result.files)
    kind = ("PDF plan" if args.format == "pdf" else "calendar") + ("s" if count != 1 else "")
    out(f"wrote {count} {kind} to {result.folder}, and a ZIP of them: {result.archive}")
    return 0
