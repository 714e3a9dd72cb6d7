"""`people list | add | show | delete`: the people kept in the database."""

from __future__ import annotations

import argparse

from planner.commands.context import Context, confirm, out, out_json
from planner.domain.messages import _, ngettext, pgettext
from planner.domain.people_list import NO_DAY
from planner.i18n.format import number
from planner.services.milestones import milestone_text


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
            {
                "date": p.next_day,
                "kind": p.next_kind,
                "title": milestone_text(p.next_kind, p.next_title),
            }
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
            out(_("Nobody matches."))
        else:
            out(_("No people yet. Add one with: career-planner people add PROFILE.json"))
        return 0
    # Each column as wide as its translated heading, at least as wide as its English one.
    headings = [
        pgettext("column", "ID"),
        pgettext("column", "NAME"),
        pgettext("column", "DONE"),
        pgettext("column", "NEXT"),
        pgettext("column", "LATE"),
        pgettext("column", "SESSION"),
        pgettext("column", "TAGS"),
    ]
    w = [max(len(h), least) for h, least in zip(headings, (5, 24, 4, 22, 4, 10, 0), strict=True)]
    out(
        f"{headings[0]:>{w[0]}}  {headings[1]:<{w[1]}} {headings[2]:>{w[2]}}  "
        f"{headings[3]:<{w[3]}} {headings[4]:>{w[4]}}  {headings[5]:<{w[5]}} {headings[6]}"
    )
    for p in people:
        nxt = f"{p.next_day} {p.next_kind}" if _day(p.next_day) else "-"
        late = p.overdue(today)
        done = f"{round(p.progress * 100)}%"
        out(
            f"{p.id:>{w[0]}}  {p.name[:24]:<{w[1]}} {done:>{w[2]}}  {nxt:<{w[3]}} "
            f"{late or '':>{w[4]}}  {_day(p.last_note) or '-':<{w[5]}} {', '.join(p.tags)}"
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
    budget = "-" if profile.budget is None else number(profile.budget, digits=0)
    lines = [
        _("{name} (id {id})", name=profile.name, id=args.id),
        "  "
        + _(
            "Role: {role}   Region: {region}",
            role=profile.current_role or "-",
            region=profile.region or "-",
        ),
        "  "
        + _(
            "Target: {track}   Hours a week: {hours}   Budget: {budget} {currency}",
            track=profile.target_track or _("best fit"),
            hours=number(profile.weekly_hours, digits=6),
            budget=budget,
            currency=profile.currency,
        ),
        "  "
        + _(
            "Months leading projects: {months} (+{ledger} from the ledger)",
            months=profile.pm_experience_months,
            ledger=ws.planning.ledger_months(args.id, ctx.today()),
        ),
        "  " + _("Tags: {tags}", tags=", ".join(tags) or "-"),
        "  "
        + _(
            "Skills: {skills}",
            skills=", ".join(f"{s.name} {s.level}" for s in profile.skills) or "-",
        ),
        "  "
        + _(
            "Credentials: {credentials}",
            credentials=", ".join(c.name for c in profile.credentials) or "-",
        ),
    ]
    if progress:
        lines.append("  " + _("Progress:"))
        lines += [
            f"    {k}: {p.status}" + (f" ({p.finished})" if p.finished else "")
            for k, p in sorted(progress.items())
        ]
    if history:
        lines.append(
            "  "
            + _(
                "Plans: {count} (latest {made}, finishes {finish})",
                count=len(history),
                made=history[0].created_at,
                finish=history[0].finish,
            )
        )
    if ledger:
        lines.append("  " + _("Experience ledger:"))
        lines += ["    " + _ledger_line(str(e.started), e.finished, e.project) for e in ledger]
    if notes:
        lines.append("  " + _("Notes: {count} (latest {day})", count=len(notes), day=notes[0].day))
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
    said = "; ".join(changed) or _("nothing changed")
    out(_("{name} (id {id}): {changes}", name=after.name, id=args.id, changes=said))
    if changed and ws.planning.has_plan(args.id):
        out(
            _(
                "The plan is out of date: re-plan with 'career-planner replan {id}', "
                "or export with --replan.",
                id=args.id,
            )
        )
    return 0


def _shown(value: object) -> str:
    return _("(none)") if value is None else str(value)


def _ledger_line(started: str, finished: object, project: str) -> str:
    """'2024-01-01 to 2024-06-30: Migration' (or 'to now' for a project still running)."""
    if finished:
        return _("{start} to {end}: {project}", start=started, end=finished, project=project)
    return _("{start} to now: {project}", start=started, project=project)


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    ws = ctx.workspace()
    name = ws.people.get(args.id).name
    if not args.yes and not confirm(
        _(
            "Erase {name} (id {id}) and everything about them, from the database and every "
            "backup? This cannot be undone. [y/N] ",
            name=name,
            id=args.id,
        )
    ):
        out(_("Nothing was deleted."))
        return 0
    purged = ws.people.erase(args.id)
    if purged:
        said = ngettext(
            "Deleted {name} (id {id}) and everything about them; also removed from {n} backup.",
            "Deleted {name} (id {id}) and everything about them; also removed from {n} backups.",
            purged,
            name=name,
            id=args.id,
        )
    else:
        said = _("Deleted {name} (id {id}) and everything about them.", name=name, id=args.id)
    out(said)
    return 0


def _iso(day) -> str | None:
    return day.isoformat() if day else None
