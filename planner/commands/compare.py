"""`compare`: what-if variants of a plan (hours, budget, track, steps) side by side."""

from __future__ import annotations

import argparse
from datetime import date

from planner.commands.context import Context, out, out_json
from planner.commands.history import figures_dict
from planner.commands.plan import parse_day
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, pgettext
from planner.i18n.format import number


def variants(args: argparse.Namespace) -> list:
    from planner.services.what_if import Variant

    found = [Variant(weekly_hours=h) for h in args.hours or ()]
    found += [Variant(budget=b) for b in args.budget or ()]
    found += [Variant(track=t) for t in args.track or ()]
    found += [Variant(leave_out=(s,)) for s in args.leave_out or ()]
    found += [Variant(pin=(s,)) for s in args.pin or ()]
    if not found:
        raise InvalidInput(
            _("give at least one variant: --hours, --budget, --track, --leave-out or --pin")
        )
    return found


def run_compare(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.what_if import compare

    tried = variants(args)
    start = parse_day(args.start, "--start")
    if args.person is not None:
        from planner.services.what_if import WhatIfService

        outcomes = WhatIfService(ctx.workspace()).compare(args.person, tried, start)
    else:
        from planner.services.profile_plans import read_profile

        profile = read_profile(args.profile)
        first = start or profile.start_date or ctx.today()
        outcomes = compare(profile, ctx.catalog, tried, start=first, today=ctx.today())
    if args.format == "json":
        out_json([{"variant": o.variant.label, **figures_dict(o.figures)} for o in outcomes])
        return 0
    rows = [("", *(o.variant.label for o in outcomes))]

    def row(label: str, values) -> None:
        rows.append((label, *values))

    figures = [o.figures for o in outcomes]
    row(pgettext("compare", "ready to apply"), (_day(f.ready_to_apply) for f in figures))
    row(pgettext("compare", "PMP exam"), (_day(f.pmp_exam) for f in figures))
    row(pgettext("compare", "finish"), (_day(f.finish) for f in figures))
    row(pgettext("compare", "hours"), (number(f.hours, digits=0) for f in figures))
    row(pgettext("compare", "cost"), (f.cost_text() for f in figures))
    row(
        pgettext("compare", "budget"),
        (_verdict(o.roadmap.summary.budget_verdict) for o in outcomes),
    )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    return 0


def _verdict(verdict: str | None) -> str:
    """The budget verdict as a word of the language (the JSON keeps within/over/uncertain)."""
    words = {
        "within": pgettext("budget", "within"),
        "over": pgettext("budget", "over"),
        "uncertain": pgettext("budget", "uncertain"),
    }
    return words.get(verdict or "", verdict) if verdict else pgettext("budget", "no budget")


def _day(value: date | None) -> str:
    return value.isoformat() if value else "-"
