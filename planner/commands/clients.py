"""`clients import`: a coach's client list (CSV or XLSX) added in one go, after a preview."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, out
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, ngettext
from planner.i18n.format import number

PREVIEW_ROWS = 5


def _mapping(clients, pairs: list[str] | None) -> dict[int, str]:
    """--map COLUMN=FIELD (COLUMN: the header's text or its number from 1) over the guess."""
    from planner.services.imports import FIELDS

    mapping = dict(clients.mapping)
    for pair in pairs or ():
        column, sep, field = pair.partition("=")
        if not sep or field.strip() not in (*FIELDS, "-"):
            raise InvalidInput(
                _(
                    "--map takes COLUMN=FIELD with FIELD one of {fields} or - (got {value})",
                    fields=", ".join(FIELDS),
                    value=repr(pair[:40]),
                )
            )
        titles = [h.casefold() for h in clients.header]
        if column.strip().isdigit() and 1 <= int(column) <= len(titles):
            index = int(column) - 1
        elif column.strip().casefold() in titles:
            index = titles.index(column.strip().casefold())
        else:
            raise InvalidInput(
                _("--map: no column {column} in the file's header", column=repr(column[:40]))
            )
        mapping = {i: f for i, f in mapping.items() if f != field.strip() and i != index}
        if field.strip() != "-":
            mapping[index] = field.strip()
    return mapping


def run_import_clients(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.imports import add_clients, client_rows, read_client_list, remap

    clients = read_client_list(args.file)
    clients = remap(clients, _mapping(clients, args.map))
    rows = client_rows(clients)  # every row checked before anything is written
    out(ngettext("{source}: {n} client", "{source}: {n} clients", len(rows), source=clients.source))
    for index, title in enumerate(clients.header):
        field = clients.mapping.get(index) or _("(not used)")
        out(
            "  "
            + _(
                "column {number} {title} -> {field}",
                number=index + 1,
                title=repr(title),
                field=field,
            )
        )
    for row in rows[:PREVIEW_ROWS]:
        p = row.profile
        who = f"{p.name}, {p.current_role}" if p.current_role else p.name
        said = _(
            "row {line}: {name}, {hours} h a week",
            line=row.line,
            name=who,
            hours=number(p.weekly_hours, digits=6),
        )
        out("  " + said)
    if len(rows) > PREVIEW_ROWS:
        out("  " + _("... and {n} more", n=len(rows) - PREVIEW_ROWS))
    if args.dry_run:
        out(_("Dry run: nothing was saved."))
        return 0
    ids = add_clients(ctx.workspace(writing=True), rows, args.tag or ())
    out(
        ngettext(
            "added {n} person (id {first}) in one transaction",
            "added {n} people (ids {first} to {last}) in one transaction",
            len(ids),
            first=ids[0],
            last=ids[-1],
        )
    )
    return 0


def run_export_clients(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.cohort import cohort_items, write_cohort

    if not args.tag and not args.person:
        raise InvalidInput(_("give --tag T or --person ID (one or more)"))
    items = cohort_items(ctx.workspace(), tag=args.tag, ids=args.person or ())
    label = args.tag or "selection"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:60]
    result = write_cohort(
        items, args.output, args.format, f"cohort-{safe}-{args.format}.zip", paper=args.paper
    )
    count = len(result.files)
    if args.format == "pdf":
        said = ngettext(
            "wrote {n} PDF plan to {folder}, and a ZIP of them: {archive}",
            "wrote {n} PDF plans to {folder}, and a ZIP of them: {archive}",
            count,
            folder=result.folder,
            archive=result.archive,
        )
    else:
        said = ngettext(
            "wrote {n} calendar to {folder}, and a ZIP of them: {archive}",
            "wrote {n} calendars to {folder}, and a ZIP of them: {archive}",
            count,
            folder=result.folder,
            archive=result.archive,
        )
    out(said)
    return 0
