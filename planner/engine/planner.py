"""Turn a profile into a dated, costed roadmap: the engine's one entry point."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidProfile
from planner.domain.profile import TRACK_IDS, Profile
from planner.domain.progress import StepProgress
from planner.domain.roadmap import Roadmap, Step, Summary
from planner.engine import activities
from planner.engine.assessment import assess
from planner.engine.costing import cheaper_alternatives, over_budget, total_cost
from planner.engine.drafts import Draft
from planner.engine.fit import all_fits, gap_analysis
from planner.engine.progress import done_steps, with_progress
from planner.engine.risks import risk_register
from planner.engine.scheduling import Placement, schedule
from planner.engine.selection import Selector
from planner.engine.timeline import week_end, week_start

PLAN_CURRENCY = "USD"  # the catalog's prices are US list prices
STALE_PRICE_MONTHS = 6  # the reference sheet's rule: older prices must be checked before use


def build_roadmap(
    profile: Profile,
    catalog: Catalog,
    *,
    track: str | None = None,
    start: date | None = None,
    progress: Mapping[str, StepProgress] | None = None,
    currency: str = PLAN_CURRENCY,
    earlier: Mapping[str, Step] | None = None,
) -> Roadmap:
    """Plan for profile toward track (default: the profile's, else the best fit) from start.

    With progress, done steps keep their actual dates, skipped ones leave the plan, and the
    rest are scheduled from start. Totals count costs in `currency` only (the others are
    reported as prices left out). earlier: steps of an earlier plan by id, whose reasons done
    steps keep. Deterministic: the same inputs give the same roadmap.
    """
    start = start or profile.start_date
    if start is None:
        raise InvalidProfile("a start date is needed (start_date in the profile, or --start)")
    progress = progress or {}
    profile = with_progress(profile, progress, catalog)
    assessment = assess(profile, catalog, on=start)
    fits = all_fits(assessment, profile.answers, catalog)
    warnings = list(assessment.warnings)
    track_id = track or profile.target_track
    if track_id is None:
        track_id = fits[0].track
        warnings.append(f"No target track given: planning for the best fit, {track_id}.")
    if track_id not in catalog.track_by_id:
        raise InvalidProfile(f"unknown track '{track_id}' (choose one of: {', '.join(TRACK_IDS)})")
    if profile.niche and profile.niche not in catalog.niche_by_id:
        raise InvalidProfile(f"unknown niche '{profile.niche}'")
    target = catalog.track_by_id[track_id]
    gaps = gap_analysis(target, assessment, catalog)

    sel = Selector(profile, catalog, target, assessment, start)
    suggestions = activities.add_niche(sel)
    activities.add_membership(sel)
    sel.pm_path()
    sel.close_gaps()
    sel.add_niche_certification()
    activities.add_networking(sel)
    warnings += activities.add_pinned(sel)
    activities.add_experience(sel)
    activities.add_finish(sel)
    activities.membership_savings(sel)
    drafts = list(sel.drafts.values())
    for draft in drafts:
        activity = catalog.activity_by_id.get(draft.id)
        for comp, level in activity.raises.items() if activity else ():
            sel.levels[comp] = max(sel.levels.get(comp, 0), level)
    gaps = tuple(
        replace(
            g,
            reaches=max(g.have, min(g.need, sel.levels.get(g.competency, 0))),
            steps=tuple(d.id for d in drafts if g.competency in d.closes),
        )
        for g in gaps
    )

    placements, load = schedule(drafts, profile.weekly_hours)
    planned = [_dated(d, placements[d.id], start, progress.get(d.id)) for d in drafts]
    done = done_steps(progress, catalog, start, assessment.memberships, earlier)
    steps = tuple(sorted((*done, *planned), key=lambda s: (s.start, s.end, s.id)))
    total, unpriced = total_cost(steps, currency)
    finish = max((s.end for s in steps), default=start)
    weeks = max((p.last_week for p in placements.values()), default=-1) + 1
    beyond = over_budget(profile, total, currency)
    if profile.budget is not None and beyond is None:
        warnings.append(
            f"Your budget is in {profile.currency} but plan prices are in {currency}; "
            "compare them yourself (no exchange rates are built in)."
        )
    conditions = set()
    if beyond:
        conditions.add("over_budget")
    if any(d.waits_for_experience for d in drafts):
        conditions.add("experience_gap")
    if any(d.kind == "certification" and d.exam_codes for d in drafts):
        conditions.add("has_exams")
    if "pm-education-course" in sel.drafts:
        conditions.add("has_pm_education")
    summary = Summary(
        total_hours=round(sum(d.hours for d in drafts), 1),
        total_cost=total,
        currency=currency,
        finish=finish,
        over_budget=beyond,
        budget=profile.budget,
        budget_currency=profile.currency,
        unpriced_steps=unpriced,
        weeks=weeks,
    )
    return Roadmap(
        person=profile.name,
        track=track_id,
        start=start,
        catalog_version=catalog.version,
        steps=steps,
        summary=summary,
        gaps=gaps,
        fits=fits,
        risks=risk_register(track_id, drafts, catalog, conditions),
        alternatives=tuple(cheaper_alternatives(sel, catalog)) if beyond else (),
        niche_suggestions=tuple(suggestions),
        warnings=tuple(warnings),
        weekly_load=dict(sorted(load.items())),
        eligibility=tuple(sel.eligibility_notes),
    )


def _dated(draft: Draft, placement: Placement, start: date, done: StepProgress | None) -> Step:
    begin = week_start(start, placement.first_week)
    end = week_end(start, placement.last_week)
    exam_date = book_by = None
    if draft.kind == "certification" and draft.exam_codes:
        exam_date = end
        book_by = max(begin, end - timedelta(weeks=draft.booking_lead_weeks))
    return Step(
        id=draft.id,
        title=draft.title,
        kind=draft.kind,
        start=begin,
        end=end,
        hours=round(draft.hours, 1),
        cost=draft.cost,
        currency=draft.currency,
        depends_on=tuple(draft.depends_on),
        why=draft.why,
        closes=draft.closes,
        hours_basis=draft.hours_basis,
        cost_note=draft.cost_note,
        cost_as_of=draft.cost_as_of,
        cost_confidence=draft.cost_confidence,
        exam_codes=draft.exam_codes,
        exam_date=exam_date,
        book_by=book_by,
        prerequisites=draft.prerequisites,
        sources=draft.sources,
        description=draft.description,
        renewal=draft.renewal,
        price_stale=bool(draft.cost and draft.cost_as_of and draft.cost_as_of[:4].isdigit())
        and _months_between(draft.cost_as_of, begin) > STALE_PRICE_MONTHS,
        status=done.status if done else "todo",
        note=done.note if done else "",
    )


def _months_between(as_of: str, when: date) -> int:
    """Whole months from a 'YYYY-MM' or 'YYYY-MM-DD' source date to when."""
    year, month = int(as_of[:4]), int(as_of[5:7])
    return (when.year - year) * 12 + when.month - month
