"""The non-exam steps: niche, PMI membership, networking, experience, portfolio, job search.

Each rule reads what is chosen so far and returns the steps it adds (and any notes): it never
changes what it is given.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.catalog_model import Activity, Catalog, Niche
from planner.domain.messages import _, ngettext
from planner.engine.assessment import Assessment
from planner.engine.drafts import Draft
from planner.engine.picks import LOW_BUDGET, Context, money, weeks_for_months

MANAGEMENT_GAP_MONTHS = 6  # an internal project long enough to show results


def activity_draft(activity: Activity, why: str, priority: int, **changes: object) -> Draft:
    """activity as a step of the plan, with changes to its fields (title, hours ...)."""
    cost_note = activity.cost_note
    if activity.cost is None and activity.cost_range is not None and activity.cost_range_source:
        low, high = activity.cost_range
        typical = _(
            "typical range {low}-{high} ({confidence}, {url})",
            low=money(low),
            high=money(high),
            confidence=activity.cost_range_confidence,
            url=activity.cost_range_source.url,
        )
        cost_note = "; ".join(x for x in (cost_note, typical) if x)
    draft = Draft(
        id=activity.id,
        title=activity.title,
        kind=activity.kind,
        hours=activity.hours or 0,
        why=why,
        priority=priority,
        min_weeks=activity.min_weeks,
        cost=activity.cost,
        currency=activity.currency,
        cost_note=cost_note,
        closes=tuple(activity.raises),
        hours_basis=_("planner estimate"),
        description=activity.description,
        cost_range=(activity.cost, activity.cost)
        if activity.cost is not None
        else activity.cost_range,
    )
    if activity.kind == "networking" and draft.hours and activity.min_weeks > 1:
        # Meetings and interviews happen a few hours a month, not in one sitting.
        draft = draft.changed(max_per_week=draft.hours / activity.min_weeks)
    return draft.changed(**changes) if changes else draft


def rank_niches(catalog: Catalog, track: str, assessment: Assessment) -> list[Niche]:
    """Niches of the track ordered by how much of their signal the person already has."""

    def score(niche: Niche) -> tuple:
        levels = [assessment.level(c) for c in niche.competencies] or [0]
        certs = sum(c in assessment.held for c in niche.certifications)
        return (-(sum(levels) / len(levels) + certs), niche.id)

    return sorted((n for n in catalog.niches if track in n.tracks), key=score)


def niche_step(ctx: Context) -> tuple[Draft | None, list[str]]:
    """The step to choose (or confirm) a niche, and the three closest niches' names."""
    activity = ctx.catalog.activity_by_id["choose-niche"]
    ranked = rank_niches(ctx.catalog, ctx.track.id, ctx.assessment)
    suggestions = [n.name for n in ranked[:3]]
    if ctx.is_excluded(activity.id):
        return None, suggestions
    if ctx.niche:
        why = _(
            "You chose {niche}. Confirm it against current local job ads and shape your CV "
            "around it: specialists face fewer competitors than generalists.",
            niche=ctx.niche.name,
        )
        title = _("Confirm your niche: {niche}", niche=ctx.niche.name)
        return activity_draft(activity, why, 1, title=title, hours=3), suggestions
    where = _(" around {region}", region=ctx.profile.region) if ctx.profile.region else ""
    why = _(
        "Practitioners' first advice: specialise in work local employers{where} need. From "
        "your skills the closest fits are {niches}; check them against current job ads.",
        where=where,
        niches=", ".join(suggestions),
    )
    return activity_draft(activity, why, 1), suggestions


def membership_step(ctx: Context) -> tuple[Draft | None, str]:
    """Joining PMI, or a note on why it is left out (a small budget)."""
    membership = ctx.catalog.membership_by_id.get("pmi")
    if membership is None or "pmi" in ctx.assessment.memberships or ctx.is_excluded("pmi"):
        return None, ""
    if ctx.profile.budget is not None and ctx.profile.budget < LOW_BUDGET:
        return None, _(
            "PMI membership left out: on a small budget its fee outweighs the member "
            "discounts; chapters usually welcome guests at their events."
        )
    fee = membership.fee
    why = _(
        "Practitioners' advice: join PMI and a local chapter to meet the people who hire "
        "project managers; roles are often filled before they are advertised."
    )
    draft = Draft(
        id="pmi",
        title=_("Join PMI and a local chapter"),
        kind="membership",
        hours=1,
        why=why,
        priority=2,
        cost=fee.amount,
        currency=fee.currency,
        cost_note="; ".join(
            x for x in (fee.reported and _("reported: {text}", text=fee.reported), fee.note) if x
        ),
        cost_as_of=fee.as_of,
        cost_confidence=fee.confidence,
        hours_basis=_("planner estimate"),
        sources=tuple((s.title, s.url) for s in membership.sources),
        description=membership.chapter_note,
        cost_range=fee.range_for(False),
    )
    return draft, ""


def membership_savings(ctx: Context, drafts: Mapping[str, Draft]) -> Draft | None:
    """The membership step explaining whether member exam prices pay for it on this plan."""
    draft = drafts.get("pmi")
    if draft is None:
        return None
    membership = ctx.catalog.membership_by_id["pmi"]
    saved, unknown = 0.0, []
    for step in drafts.values():
        cert = ctx.catalog.cert_by_id.get(step.id)
        if cert is None or cert.fee.member_of != "pmi":
            continue
        member, other = cert.fee.range_for(True), cert.fee.range_for(False)
        if cert.fee.amount is not None and cert.fee.member_amount is not None:
            saved += cert.fee.amount - cert.fee.member_amount
        elif member and other:
            saved += other[0] - member[1]  # the least the member price saves
            unknown.append(cert.short_name)
        else:
            unknown.append(cert.short_name)
    if not saved and not unknown:
        return None
    if unknown:
        parts = [
            _(
                "Member prices save at least {amount} on this plan's PMI exams ({exams}: prices "
                "unverified, so counted at their lowest). ",
                amount=money(saved),
                exams=", ".join(unknown),
            )
        ]
    else:
        parts = [
            _(
                "Member prices save at least {amount} on this plan's PMI exams. ",
                amount=money(saved),
            )
        ]
    ceiling = membership.reported_max
    if ceiling is not None and saved >= ceiling:
        parts.append(
            _("That exceeds the highest reported first-year fee ({amount}).", amount=money(ceiling))
        )
    elif ceiling is not None:
        parts.append(
            _(
                "The fee is unverified (reported up to {amount} in the first year): check it at "
                "pmi.org and compare.",
                amount=money(ceiling),
            )
        )
    return draft.changed(why=draft.why + " " + "".join(parts))


def networking_steps(ctx: Context, drafts: Mapping[str, Draft]) -> list[Draft]:
    """Chapter meetings (for members), informational interviews and a mentor."""
    acts = ctx.catalog.activity_by_id
    member = "pmi" in drafts or "pmi" in ctx.assessment.memberships
    plan = [
        (
            "chapter-meetings",
            _(
                "Chapter meetings are where local PMs and hiring managers meet; they also earn "
                "PDUs."
            ),
            3,
            ("pmi",) if "pmi" in drafts else (),
            member,
        ),
        (
            "informational-interviews",
            _(
                "Practitioners' advice: make connections. Interviews with PMs in your niche tell "
                "you what employers really ask for and who is hiring."
            ),
            4,
            ("choose-niche",) if "choose-niche" in drafts else (),
            True,
        ),
        (
            "find-mentor",
            _("A mentor shortens the learning curve and vouches for you when roles come up."),
            5,
            ("pmi",) if "pmi" in drafts else (),
            True,
        ),
    ]
    return [
        activity_draft(acts[activity_id], why, priority, depends_on=deps)
        for activity_id, why, priority, deps, wanted in plan
        if wanted and not ctx.is_excluded(activity_id)
    ]


def experience_step(
    ctx: Context, drafts: Mapping[str, Draft], levels: Mapping[str, int]
) -> Draft | None:
    """Lead an internal project when management gaps remain and no eligibility step exists."""
    activity = ctx.catalog.activity_by_id["lead-internal-project"]
    if activity.id in drafts or ctx.is_excluded(activity.id):
        return None
    gaps = [
        ctx.catalog.competency_by_id[c].name
        for c, need in ctx.track.targets.items()
        if c in activity.raises and levels.get(c, 0) < min(need, activity.raises[c])
    ]
    if not gaps:
        return None
    months = MANAGEMENT_GAP_MONTHS
    weeks = weeks_for_months(ctx.start, months)
    hours = activity.hours_per_month * months
    why = _(
        "Closes gaps no exam can: {gaps}. Practitioners advise volunteering to lead an internal "
        "project; it also adds months toward PMI's experience rules.",
        gaps=", ".join(gaps),
    )
    return activity_draft(
        activity,
        why,
        0,
        title=ngettext("{title} ({n} month)", "{title} ({n} months)", months, title=activity.title),
        hours=hours,
        min_weeks=weeks,
        max_per_week=hours / weeks,
    )


def finish_steps(ctx: Context, drafts: Mapping[str, Draft]) -> list[Draft]:
    """Portfolio, then the job search once every credential that does not wait is done."""
    acts = ctx.catalog.activity_by_id
    steps = []
    portfolio = not ctx.is_excluded("build-portfolio")
    if portfolio:
        steps.append(
            activity_draft(
                acts["build-portfolio"],
                _("Turns your experience into evidence a hiring manager can read in two minutes."),
                40,
            )
        )
    if ctx.is_excluded("job-search"):
        return steps
    ready = [
        d.id
        for d in drafts.values()
        if d.kind in ("certification", "niche", "education") and not d.waits_for_experience
    ]
    if portfolio or "build-portfolio" in drafts:
        ready.append("build-portfolio")
    later = [d.id for d in drafts.values() if d.waits_for_experience and d.kind == "certification"]
    if later:
        why = ngettext(
            "Apply once the credentials that need no waiting are done; {certs} comes later, once "
            "you are eligible, and an associate or junior PM role builds the months meanwhile.",
            "Apply once the credentials that need no waiting are done; {certs} come later, once "
            "you are eligible, and an associate or junior PM role builds the months meanwhile.",
            len(later),
            certs=", ".join(ctx.catalog.cert_by_id[c].short_name for c in later),
        )
    else:
        why = _("Apply once the credentials that need no waiting are done.")
    steps.append(activity_draft(acts["job-search"], why, 50, depends_on=tuple(ready)))
    return steps
