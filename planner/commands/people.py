"""`people list | add | show | delete`: the people kept in the database."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, confirm, out, out_json
from planner.domain.people_list import NO_DAY


def _day(text: str) -> str | None:
    return None if not text or text == NO_DAY else text


def dashboard_fields(p, today) -> dict:
    """The coach's dashboard columns of one person (stored, so no re-planning)."""
    return {
        "progress": {
            "percent": round(p.progress * 100),
            "steps": p.steps,
            "steps_done": p.steps_done,
            "hours": p.hours,
            "hours_done": p.hours_done,
        },
        "next_milestone": (
            {"date": p.next_day, "kind": p.next_kind, "title": p.next_title}
            if _day(p.next_day)
            else None
        ),
        "overdue_steps": p.overdue(today),
        "last_session": _day(p.last_note),
        "ready_to_apply": _day(p.ready_to_apply),
        "budget_verdict": p.budget_verdict or None,
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    today = ctx.today()
    people = ctx.workspace().people.list(
        query=args.search or "", tag=args.tag, sort=args.sort, status=args.only, today=today
    )
    if args.format == "json":
        out_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "current_role": p.current_role,
                    "target_track": p.target_track,
                    "region": p.region,
                    "tags": list(p.tags),
                    "updated_at": p.updated_at,
                    **dashboard_fields(p, today),
                }
                for p in people
            ]
        )
        return 0
    if not people:
        if args.only or args.search or args.tag:
            out("Nobody matches.")
        else:
            out("No people yet. Add one with: career-planner people add PROFILE.json")
        return 0
    out(f"{'ID':>5}  {'NAME':<24} {'DONE':>4}  {'NEXT':<22} {'LATE':>4}  {'SESSION':<10} TAGS")
    for p in people:
        nxt = f"{p.next_day} {p.next_kind}" if _day(p.next_day) else "-"
        late = p.overdue(today)
        out(
            f"{p.id:>5}  {p.name[:24]:<24} {round(p.progress * 100):>3}%  {nxt:<22} "
            f"{late or '':>4}  {_day(p.last_note) or '-':<10} {', '.join(p.tags)}"
        )
    return 0


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.profile_plans import read_profile

    profile = read_profile(args.profile)  # checked before the database is touched
    person_id = ctx.workspace(writing=True).people.add(profile, args.tag or ())
    out(str(person_id))
    return 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace()
    profile = ws.people.get(args.id)
    tags = ws.people.tags(args.id)
    progress = ws.planning.progress(args.id)
    history = ws.planning.history(args.id)
    notes = ws.journal.notes(args.id)
    ledger = ws.journal.ledger(args.id)
    if args.format == "json":
        out_json(
            {
                "id": args.id,
                "profile": profile.to_dict(),
                "tags": tags,
                "progress": {
                    k: {
                        "status": p.status,
                        "started": _iso(p.started),
                        "finished": _iso(p.finished),
                        "note": p.note,
                    }
                    for k, p in sorted(progress.items())
                },
                "plans": [
                    {
                        "id": h.id,
                        "created_at": h.created_at,
                        "reason": h.reason,
                        "track": h.track,
                        "finish": h.finish,
                    }
                    for h in history
                ],
                "notes": [{"id": n.id, "day": n.day.isoformat(), "body": n.body} for n in notes],
                "experience": [
                    {
                        "id": e.id,
                        "project": e.project,
                        "role": e.role,
                        "started": e.started.isoformat(),
                        "finished": _iso(e.finished),
                    }
                    for e in ledger
                ],
            }
        )
        return 0
    lines = [
        f"{profile.name} (id {args.id})",
        f"  Role: {profile.current_role or '-'}   Region: {profile.region or '-'}",
        f"  Target: {profile.target_track or 'best fit'}   Hours a week: {profile.weekly_hours:g}"
        f"   Budget: {'-' if profile.budget is None else f'{profile.budget:,.0f}'} "
        f"{profile.currency}",
        f"  Months leading projects: {profile.pm_experience_months}"
        f" (+{ws.planning.ledger_months(args.id, ctx.today())} from the ledger)",
        f"  Tags: {', '.join(tags) or '-'}",
        f"  Skills: {', '.join(f'{s.name} {s.level}' for s in profile.skills) or '-'}",
        f"  Credentials: {', '.join(c.name for c in profile.credentials) or '-'}",
    ]
    if progress:
        lines.append("  Progress:")
        lines += [
            f"    {k}: {p.status}" + (f" ({p.finished})" if p.finished else "")
            for k, p in sorted(progress.items())
        ]
    if history:
        lines.append(
            f"  Plans: {len(history)} (latest {history[0].created_at}, "
            f"finishes {history[0].finish})"
        )
    if ledger:
        lines.append("  Experience ledger:")
        lines += [f"    {e.started} to {e.finished or 'now'}: {e.project}" for e in ledger]
    if notes:
        lines.append(f"  Notes: {len(notes)} (latest {notes[0].day})")
    out("\n".join(lines))
    return 0


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace(writing=True)
    before, after = ws.people.set_fields(args.id, args.fields)
    old, new = before.to_dict(), after.to_dict()
    changed = [
        f"{name} {_shown(old.get(name))} -> {_shown(new.get(name))}"
        for name in sorted(old.keys() | new.keys())
        if old.get(name) != new.get(name)
    ]
    out(f"{after.name} (id {args.id}): {'; '.join(changed) or 'nothing changed'}")
    if changed and ws.planning.has_plan(args.id):
        out(
            f"The plan is out of date: re-plan with 'career-planner replan {args.id}', "
            "or export with --replan."
        )
    return 0


def _shown(value: object) -> str:
    return "(none)" if value is None else str(value)


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace()
    name = ws.people.get(args.id).name
    if not args.yes and not confirm(
        f"Erase {name} (id {args.id}) and everything about them, from the database and every "
        "backup? This cannot be undone. [y/N] "
    ):
        out("Nothing was deleted.")
        return 0
    purged = ws.people.erase(args.id)
    note = f"; also removed from {purged} backup{'s' if purged != 1 else ''}" if purged else ""
    out(f"Deleted {name} (id {args.id}) and everything about them{note}.")
    return 0


def _iso(day) -> str | None:
    return day.isoformat() if day else None
