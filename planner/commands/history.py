"""`plans`: a person's plan history; compare two plans; bring an earlier one back."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planner.commands.context import Context, out, out_json
from planner.domain.messages import _
from planner.i18n.format import number
from planner.services.plan_history import Figures, StepChange, describe


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def figures_dict(f: Figures) -> dict[str, Any]:
    return {
        "track": f.track,
        "start": f.start.isoformat(),
        "finish": f.finish.isoformat(),
        "hours": f.hours,
        "known_cost": f.known_cost,
        "cost_estimate": {"low": f.cost_low, "high": f.cost_high},
        "currency": f.currency,
        "ready_to_apply": _iso(f.ready_to_apply),
        "pmp_exam": _iso(f.pmp_exam),
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.plan_history import PlanHistoryService

    entries = PlanHistoryService(ctx.workspace()).entries(args.person)
    if args.format == "json":
        out_json(
            [
                {
                    "id": e.id,
                    "created_at": e.created_at,
                    "reason": e.reason,
                    "current": e.current,
                    **figures_dict(e.figures),
                }
                for e in entries
            ]
        )
        return 0
    for e in entries:
        f = e.figures
        mark = "*" if e.current else " "
        out(
            f"{mark}{e.id:>5}  {e.created_at[:16].replace('T', ' ')}  {f.track:<14} "
            + _(
                "finish {finish}  {hours} h  {cost}  ({reason})",
                finish=f.finish,
                hours=number(f.hours, digits=0),
                cost=f.cost_text(),
                reason=e.reason,
            )
        )
    return 0


def _change_dict(c: StepChange) -> dict[str, Any]:
    def side(step) -> dict[str, Any] | None:
        if step is None:
            return None
        return {
            "start": step.start.isoformat(),
            "end": step.end.isoformat(),
            "hours": step.hours,
            "cost": step.cost,
        }

    return {
        "step": c.step_id,
        "title": c.title,
        "change": c.change,
        "days_moved": c.days_moved,
        "before": side(c.before),
        "after": side(c.after),
    }


def run_diff(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.plan_history import PlanHistoryService

    history = PlanHistoryService(ctx.workspace())
    diff = history.diff(args.person, args.before, args.after)
    if args.format == "json":
        out_json(
            {
                "before": {"plan": args.before, **figures_dict(diff.before)},
                "after": {"plan": args.after, **figures_dict(diff.after)},
                "finish_moved_days": diff.finish_moved,
                "changes": [_change_dict(c) for c in diff.changes],
            }
        )
        return 0
    out(_("plan {before} -> plan {after}", before=args.before, after=args.after))
    for line in describe(diff):  # the diff already made, not a second one
        out(line)
    return 0


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.plan_history import PlanHistoryService

    saved = PlanHistoryService(ctx.workspace(writing=True)).restore(args.person, args.plan)
    out(
        _(
            "plan {plan} is current again (saved as plan {saved}; history kept)",
            plan=args.plan,
            saved=saved.id,
        )
    )
    return 0
