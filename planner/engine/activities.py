"""The non-exam steps: niche, PMI membership, networking, experience, portfolio, job search."""

from __future__ import annotations

from planner.domain.catalog_model import Activity, Catalog, Niche
from planner.domain.messages import _, ngettext
from planner.engine.assessment import Assessment
from planner.engine.drafts import Draft
from planner.engine.selection import LOW_BUDGET, Selector, money, weeks_for_months

MANAGEMENT_GAP_MONTHS = 6  # an internal project long enough to show results


def activity_draft(activity: Activity, why: str, priority: int, **changes: object) -> Draft:
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
        cost_note=activity.cost_note,
        closes=tuple(activity.raises),
        hours_basis=_("planner estimate"),
        description=activity.description,
        cost_range=(activity.cost, activity.cost)
        if activity.cost is not None
        else activity.cost_range,
    )
    if activity.cost is None and activity.cost_range is not None and activity.cost_range_source:
        low, high = activity.cost_range
        draft.cost_note = "; ".join(
            x
            for x in (
                draft.cost_note,
                _(
                    "typical range {low}-{high} ({confidence}, {url})",
                    low=money(low),
                    high=money(high),
                    confidence=activity.cost_range_confidence,
                    url=activity.cost_range_source.url,
                ),
            )
            if x
        )
    if activity.kind == "networking" and draft.hours and activity.min_weeks > 1:
        # Meetings and interviews happen a few hours a month, not in one sitting.
        draft.max_per_week = draft.hours / activity.min_weeks
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def rank_niches(catalog: Catalog, track: str, assessment: Assessment) -> list[Niche]:
    """Niches of the track ordered by how much of their signal the person already has."""

    def score(niche: Niche) -> tuple:
        levels = [assessment.level(c) for c in niche.competencies] or [0]
        certs = sum(c in assessment.held for c in niche.certifications)
        return (-(sum(levels) / len(levels) + certs), niche.id)

    return sorted((n for n in catalog.niches if track in n.tracks), key=score)


def add_niche(sel: Selector) -> list[str]:
    activity = sel.catalog.activity_by_id["choose-niche"]
    ranked = rank_niches(sel.catalog, sel.track.id, sel.assessment)
    suggestions = [n.name for n in ranked[:3]]
    if sel.is_excluded(activity.id):
        return suggestions
    if sel.niche:
        why = _(
            "You chose {niche}. Confirm it against current local job ads and shape your CV "
            "around it: specialists face fewer competitors than generalists.",
            niche=sel.niche.name,
        )
        title = _("Confirm your niche: {niche}", niche=sel.niche.name)
        sel.drafts[activity.id] = activity_draft(activity, why, 1, title=title, hours=3)
    else:
        where = _(" around {region}", region=sel.profile.region) if sel.profile.region else ""
        why = _(
            "Practitioners' first advice: specialise in work local employers{where} need. From "
            "your skills the closest fits are {niches}; check them against current job ads.",
            where=where,
            niches=", ".join(suggestions),
        )
        sel.drafts[activity.id] = activity_draft(activity, why, 1)
    return suggestions


def add_membership(sel: Selector) -> None:
    membership = sel.catalog.membership_by_id.get("pmi")
    if membership is None or "pmi" in sel.assessment.memberships or sel.is_excluded("pmi"):
        return
    if sel.profile.budget is not None and sel.profile.budget < LOW_BUDGET:
        sel.eligibility_notes.append(
            _(
                "PMI membership left out: on a small budget its fee outweighs the member "
                "discounts; chapters usually welcome guests at their events."
            )
        )
        return
    fee = membership.fee
    why = _(
        "Practitioners' advice: join PMI and a local chapter to meet the people who hire "
        "project managers; roles are often filled before they are advertised."
    )
    sel.drafts["pmi"] = Draft(
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


def membership_savings(sel: Selector) -> None:
    """Explain whether member exam prices pay for the membership on this plan."""
    draft = sel.drafts.get("pmi")
    if draft is None:
        return
    membership = sel.catalog.membership_by_id["pmi"]
    saved, unknown = 0.0, []
    for step in sel.drafts.values():
        cert = sel.catalog.cert_by_id.get(step.id)
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
        return
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
    draft.why += " " + "".join(parts)


def add_networking(sel: Selector) -> None:
    acts = sel.catalog.activity_by_id
    member = "pmi" in sel.drafts or "pmi" in sel.assessment.memberships
    plan = [
        (
            "chapter-meetings",
            _(
                "Chapter meetings are where local PMs and hiring managers meet; they also earn "
                "PDUs."
            ),
            3,
            ["pmi"] if "pmi" in sel.drafts else [],
            member,
        ),
        (
            "informational-interviews",
            _(
                "Practitioners' advice: make connections. Interviews with PMs in your niche tell "
                "you what employers really ask for and who is hiring."
            ),
            4,
            ["choose-niche"] if "choose-niche" in sel.drafts else [],
            True,
        ),
        (
            "find-mentor",
            _("A mentor shortens the learning curve and vouches for you when roles come up."),
            5,
            ["pmi"] if "pmi" in sel.drafts else [],
            True,
        ),
    ]
    for activity_id, why, priority, deps, wanted in plan:
        if wanted and not sel.is_excluded(activity_id):
            sel.drafts[activity_id] = activity_draft(
                acts[activity_id], why, priority, depends_on=list(deps)
            )


def add_experience(sel: Selector) -> None:
    """Lead an internal project when management gaps remain and no eligibility step exists."""
    activity = sel.catalog.activity_by_id["lead-internal-project"]
    if activity.id in sel.drafts or sel.is_excluded(activity.id):
        return
    gaps = [
        sel.catalog.competency_by_id[c].name
        for c, need in sel.track.targets.items()
        if c in activity.raises and sel.levels.get(c, 0) < min(need, activity.raises[c])
    ]
    if not gaps:
        return
    months = MANAGEMENT_GAP_MONTHS
    weeks = weeks_for_months(sel.start, months)
    hours = activity.hours_per_month * months
    why = _(
        "Closes gaps no exam can: {gaps}. Practitioners advise volunteering to lead an internal "
        "project; it also adds months toward PMI's experience rules.",
        gaps=", ".join(gaps),
    )
    sel.drafts[activity.id] = activity_draft(
        activity,
        why,
        0,
        title=ngettext("{title} ({n} month)", "{title} ({n} months)", months, title=activity.title),
        hours=hours,
        min_weeks=weeks,
        max_per_week=hours / weeks,
    )
    for comp, level in activity.raises.items():
        sel.levels[comp] = max(sel.levels.get(comp, 0), level)


def add_pinned(sel: Selector) -> list[str]:
    """Steps the person pinned; returns warnings for ids the catalog does not know."""
    warnings = []
    for step_id in sel.profile.include:
        if step_id in sel.drafts or step_id in sel.held or sel.is_excluded(step_id):
            continue
        cert = sel.catalog.cert_by_id.get(step_id)
        activity = sel.catalog.activity_by_id.get(step_id)
        if cert is not None and cert.status != "retired":
            sel.add_cert(cert, _("You pinned this step to your plan."), 25)
        elif activity is not None:
            pinned = _("You pinned this step to your plan.")
            sel.drafts[step_id] = activity_draft(activity, pinned, 25)
        else:
            warnings.append(
                _("Pinned step '{id}' is not in the catalog (or is retired).", id=step_id)
            )
    return warnings


def add_finish(sel: Selector) -> None:
    """Portfolio, then the job search once every credential that does not wait is done."""
    acts = sel.catalog.activity_by_id
    if not sel.is_excluded("build-portfolio"):
        sel.drafts["build-portfolio"] = activity_draft(
            acts["build-portfolio"],
            _("Turns your experience into evidence a hiring manager can read in two minutes."),
            40,
        )
    if sel.is_excluded("job-search"):
        return
    ready = [
        d.id
        for d in sel.drafts.values()
        if d.kind in ("certification", "niche", "education") and not d.waits_for_experience
    ]
    if "build-portfolio" in sel.drafts:
        ready.append("build-portfolio")
    later = [
        d.id for d in sel.drafts.values() if d.waits_for_experience and d.kind == "certification"
    ]
    if later:
        why = ngettext(
            "Apply once the credentials that need no waiting are done; {certs} comes later, once "
            "you are eligible, and an associate or junior PM role builds the months meanwhile.",
            "Apply once the credentials that need no waiting are done; {certs} come later, once "
            "you are eligible, and an associate or junior PM role builds the months meanwhile.",
            len(later),
            certs=", ".join(sel.catalog.cert_by_id[c].short_name for c in later),
        )
    else:
        why = _("Apply once the credentials that need no waiting are done.")
    sel.drafts["job-search"] = activity_draft(acts["job-search"], why, 50, depends_on=ready)
