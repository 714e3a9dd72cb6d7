"""The objective: credible for PM roles as early as possible, PMP when eligible, then the rest.

Deterministic rules over the chosen drafts (no I/O): each returns new drafts with another order
(priorities and dependencies), reasons, and which optional steps stay; never which rules apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from operator import attrgetter

from planner.domain.messages import _
from planner.engine.drafts import Draft
from planner.engine.eligibility import check, experience_date
from planner.engine.picks import PM_COMPETENCY, Context, money, number
from planner.i18n.format import day

CREDIBLE_MONTHS = 36  # months leading projects that make a person credible for PM roles now
MAX_BEFORE_APPLY = 2  # technical certifications allowed before the job search starts
NEAR_PMP_MONTHS = 12  # PMP this close: apply with PM training now rather than more exams first
PMP = "pmi-pmp"
PM_KNOWLEDGE = ("pmi-capm", "pm-education-course")  # what shows PM training before applying

# Priorities: a lower number claims the person's weekly hours first.
EXPERIENCE_PRIORITY = -10  # months at work pass whatever else the week holds: placed first
RENEWAL_PRIORITY = -1
PMP_PRIORITY = 0  # PMP's own path claims hours first, so nothing unrelated stands before it
CREDIBLE_SEARCH_PRIORITY = -2  # credible: the search (half the week at most) comes first
NETWORKING_PRIORITY = 4
PM_KNOWLEDGE_PRIORITY = 9
AFTER_APPLY_OFFSET = 60


def credibility(ctx: Context) -> str:
    """Why the person is credible for PM roles today, or '' when they are not yet."""
    if PMP in ctx.held:
        return _("you hold the PMP")
    months = ctx.profile.pm_experience_months
    if months >= CREDIBLE_MONTHS:
        return _("you have {months} months leading projects", months=months)
    return ""


def before_apply_cap(ctx: Context, drafts: Mapping[str, Draft]) -> int:
    """How many technical certifications may come before the job search."""
    if PMP in drafts and not drafts[PMP].waits_for_experience:
        return 0  # PMP is within reach: apply with PM training and experience, PMP follows
    pmp = ctx.catalog.cert_by_id.get(PMP)
    if pmp is not None and PMP not in ctx.held:
        months = check(pmp, ctx.profile, ctx.held).experience_months
        if 0 < months <= NEAR_PMP_MONTHS:
            return 0
    return 1 if ctx.low_resources else MAX_BEFORE_APPLY


def renewals(ctx: Context, drafts: Mapping[str, Draft]) -> tuple[list[Draft], list[str]]:
    """A renewal step for each credential in its grace period, and warnings about them."""
    steps, warnings = [], []
    for cert_id, status in sorted(ctx.assessment.suspended.items()):
        cert, step = status.cert, status.cert.renewal_step
        if step is None or ctx.is_excluded(f"renew-{cert_id}"):
            continue
        member = bool(step.member_of) and ctx.is_member(step.member_of or "", drafts)
        cost = step.member_cost if member and step.member_cost is not None else step.cost
        draft = Draft(
            id=f"renew-{cert_id}",
            title=_("Renew {cert}: {step}", cert=cert.short_name, step=step.title),
            kind="certification",
            hours=step.hours,
            why=_(
                "Your {cert} cycle ended on {ended} and it is suspended: renew it by {renew_by} "
                "({step}, {amount}) instead of sitting a new exam. While suspended you may not "
                "use the title.",
                cert=cert.short_name,
                ended=day(status.lapses_on),
                renew_by=day(status.renew_by),
                step=step.title,
                amount=money(cost),
            ),
            priority=RENEWAL_PRIORITY,
            cost=cost,
            cost_note=step.note,
            cost_as_of=step.as_of,
            cost_confidence=step.confidence,
            hours_basis=_("one PDU is one hour; fewer if you already logged some"),
            renewal=cert.renewal or "",
            cost_range=(cost, cost) if cost is not None else None,
            role="renewal",
            # Half the week is enough unless the deadline needs more; the job search runs too.
            max_per_week=max(
                ctx.profile.weekly_hours / 2,
                step.hours / max(1, (status.renew_by - ctx.start).days // 7 - 2)
                if status.renew_by
                else 0,
            ),
        )
        steps.append(draft)
        warnings.append(
            _(
                "{cert} is suspended: the plan renews it before {day}.",
                cert=cert.short_name,
                day=day(status.renew_by),
            )
        )
    return steps, warnings


def expired_offers(ctx: Context, drafts: Mapping[str, Draft]) -> list[str]:
    """For each expired credential the plan does not re-take: the way back, with its costs."""
    notes = []
    for cert_id, status in sorted(ctx.assessment.expired.items()):
        if cert_id in drafts or status.cert.status == "retired":
            continue
        reason = ctx.recertify_reason(status.cert, status.lapses_on, drafts)
        notes.append(
            reason
            + " "
            + _(
                "It is not in the plan because no gap of this track needs it now; pin {id} to "
                "add it.",
                id=cert_id,
            )
        )
    return notes


def pmp_path(drafts: Mapping[str, Draft]) -> set[str]:
    """PMP and every step it depends on (its own prerequisites)."""
    path: set[str] = set()
    stack = [PMP] if PMP in drafts else []
    while stack:
        step = stack.pop()
        if step in path or step not in drafts:
            continue
        path.add(step)
        stack.extend(drafts[step].depends_on)
    return path


def _technical(ctx: Context, drafts: Iterable[Draft], path: set[str]) -> list[Draft]:
    certs = ctx.catalog.cert_by_id
    return [
        d
        for d in drafts
        if d.kind == "certification"
        and d.id in certs
        and d.id not in path
        and d.id not in PM_KNOWLEDGE
        and certs[d.id].primary_competency != PM_COMPETENCY
    ]


def order_for_objective(
    ctx: Context, chosen: Mapping[str, Draft], local_pm_step: str = ""
) -> tuple[dict[str, Draft], list[str]]:
    """The drafts ordered toward 'credible for PM roles' first, and notes for the summary.

    local_pm_step: the country's own PM credential, which shows PM training where it is planned.
    """
    drafts = dict(chosen)
    path = pmp_path(drafts)
    credible = credibility(ctx)
    # By priority, ties in the order chosen: _technical keeps that order and sorting is stable.
    technical = sorted(_technical(ctx, drafts.values(), path), key=attrgetter("priority"))
    ready = [d.id for d in technical if not d.waits_for_experience]
    before = [] if credible else ready[: before_apply_cap(ctx, drafts)]
    after = [d.id for d in technical if d.id not in before]
    notes: list[str] = []
    if ctx.low_resources and after:
        left = [step_id for step_id in after if step_id not in ctx.profile.include]
        titles = [drafts[step_id].title for step_id in left]
        for step_id in left:
            del drafts[step_id]
        after = [step_id for step_id in after if step_id not in left]
        if left:
            notes.append(
                _(
                    "With little time or money the plan keeps to what gets you hired; left out "
                    "for later: {steps} (pin one to add it back).",
                    steps=", ".join(titles),
                )
            )
    cap = before_apply_cap(ctx, drafts)
    for rank, step_id in enumerate(before, 1):
        d = drafts[step_id]
        why = _(
            "Before you apply ({rank} of at most {cap}): one of the credentials that most close "
            "your gaps for this track. {worth}",
            rank=rank,
            cap=cap,
            worth=_worth(ctx, d),
        )
        drafts[step_id] = d.changed(role="before-apply", why=f"{d.why} {why}")
    for step_id in after:
        d = drafts[step_id]
        why = _(
            "Runs alongside or after your job search: useful for the role, not needed to apply. "
            "{worth}",
            worth=_worth(ctx, d),
        )
        drafts[step_id] = d.changed(
            role="alongside", priority=d.priority + AFTER_APPLY_OFFSET, why=f"{d.why} {why}"
        )
    for step_id in path:
        step = drafts[step_id]
        drafts[step_id] = step.changed(
            priority=min(step.priority, PMP_PRIORITY), role=step.role or "pmp-path"
        )
    for step_id, draft in drafts.items():
        priority = draft.priority
        if draft.kind == "networking" and step_id not in path:
            priority = max(priority, NETWORKING_PRIORITY)
        if draft.kind == "experience" and draft.max_per_week is not None:
            priority = EXPERIENCE_PRIORITY
        if priority != draft.priority:
            drafts[step_id] = draft.changed(priority=priority)
    _job_search(
        ctx, drafts, credible=credible, before=before, path=path, local_pm_step=local_pm_step
    )
    _inherit_priorities(drafts)
    return drafts, notes


def _worth(ctx: Context, draft: Draft) -> str:
    """What the credential is worth: the gap levels it adds, for what money and time."""
    cert = ctx.catalog.cert_by_id[draft.id]
    comps = ctx.catalog.competency_by_id
    have = ctx.assessment.levels
    targets = ctx.track.targets
    gains = [
        _(
            "{competency} {have} to {reaches}",
            competency=comps[c].name,
            have=have.get(c, 0),
            reaches=min(level, targets.get(c, level)),
        )
        for c, level in cert.raises.items()
        if c in draft.closes and c in targets and level > have.get(c, 0)
    ]
    low, high = draft.cost_range or (None, None)
    price = (
        money(low)
        if low is not None and low == high
        else f"{money(low)}-{money(high)}"
        if low is not None
        else _("a price to check")
    )
    what = _("takes {gains}", gains=", ".join(gains)) if gains else _("adds to the track's skills")
    return _(
        "Worth: {what}, for {price} and about {hours} h.",
        what=what,
        price=price,
        hours=number(draft.hours),
    )


def _job_search(
    ctx: Context,
    drafts: dict[str, Draft],
    *,
    credible: str,
    before: list[str],
    path: set[str],
    local_pm_step: str,
) -> None:
    search = drafts.get("job-search")
    if search is None:
        return
    # Credible people apply as soon as their niche is clear; the portfolio grows alongside.
    deps: list[str] = [d for d in ("choose-niche", "build-portfolio") if d in drafts]
    deps = deps[: 1 if credible else 2]
    if not credible:
        ids = ((local_pm_step,) if local_pm_step else ()) + PM_KNOWLEDGE
        knowledge = next(
            (k for k in ids if k in drafts and not drafts[k].waits_for_experience), None
        )
        if knowledge:
            deps.append(knowledge)
            step = drafts[knowledge]
            drafts[knowledge] = step.changed(priority=min(step.priority, PM_KNOWLEDGE_PRIORITY))
        deps += before
    # The search runs for months beside study: at most half the week goes to applications.
    most = min(search.hours / max(1, search.min_weeks), ctx.profile.weekly_hours / 2)
    if credible:
        why = _(
            "You are credible for PM roles now ({why}): start applying, or ask for an internal "
            "move, in the first quarter. Technical certifications run alongside the search, "
            "never in front of it.",
            why=credible,
        )
        if PMP in path:
            why += " " + _("PMP follows as soon as its own prerequisites are done.")
        search = search.changed(priority=CREDIBLE_SEARCH_PRIORITY, why=why)
    else:
        rest = _(
            "You apply once PM training and at most two technical credentials are in place; the "
            "rest of the plan runs alongside the search."
        )
        search = search.changed(why=f"{search.why} {rest}")
    drafts["job-search"] = search.changed(depends_on=tuple(deps), max_per_week=most)


def _inherit_priorities(drafts: dict[str, Draft]) -> None:
    """A step's prerequisites claim hours no later than the step itself (drafts in place)."""
    # Once a step's prerequisites are walked, all of them claim hours no later than it did
    # then, and priorities only ever fall: a later walk reaching it at that priority or after
    # would change nothing further back, so it stops there (each chain is walked about once).
    walked: dict[str, int] = {}
    for step_id in [d.id for d in sorted(drafts.values(), key=attrgetter("priority"))]:
        draft = drafts[step_id]
        stack = list(draft.depends_on)
        seen: set[str] = set()
        while stack:
            dep = stack.pop()
            if dep in seen or dep not in drafts:
                continue
            seen.add(dep)
            prerequisite = drafts[dep]
            if draft.priority < prerequisite.priority:
                drafts[dep] = prerequisite = prerequisite.changed(priority=draft.priority)
            if walked.get(dep, draft.priority + 1) > draft.priority:
                stack.extend(prerequisite.depends_on)
        walked[step_id] = draft.priority


def pmp_eligible_on(ctx: Context, drafts: Mapping[str, Draft]) -> date | None:
    """The day PMP's experience rule is met (today's start when it already is)."""
    if PMP in ctx.held or PMP not in drafts:
        return None
    cert = ctx.catalog.cert_by_id[PMP]
    return experience_date(cert, ctx.profile, ctx.start).reached_on  # the one rule
