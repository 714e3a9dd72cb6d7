"""Turn a profile into a dated, costed roadmap: the engine's one entry point and last stage."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from operator import attrgetter
from typing import Any

from planner.domain.catalog_model import Catalog
from planner.domain.country_pack import CountryPack
from planner.domain.errors import InvalidProfile
from planner.domain.messages import _, in_country
from planner.domain.profile import TRACK_IDS, Profile
from planner.domain.progress import StepProgress
from planner.domain.roadmap import Roadmap, Step, Summary, TrackFit
from planner.engine import budget, strategy
from planner.engine.assessment import Assessment, assess
from planner.engine.choices import choose
from planner.engine.costing import budget_alternatives, total_cost
from planner.engine.country import CountryContext, resolve_country
from planner.engine.drafting import Drafts, draft
from planner.engine.drafts import Draft
from planner.engine.fit import all_fits, gap_analysis
from planner.engine.local_prices import count_kinds, localise_step, merged_rates
from planner.engine.progress import done_steps, with_progress
from planner.engine.risks import country_risks, risk_register
from planner.engine.scheduling import Placement, Schedule, schedule
from planner.engine.timeline import add_months, week_end, week_start
from planner.i18n.format import day

STALE_PRICE_MONTHS = 6  # the reference sheet's rule: older prices must be checked before use
FAR_START_YEARS = 2  # a start further ahead than this is probably a typing mistake
RECENT_EXAM_CHANGE_MONTHS = 12  # an exam change this recent still catches out old study guides
MAX_PLAN_YEARS = 15  # a longer plan is a typing mistake in the hours, not a plan
MAX_PLAN_WEEKS = MAX_PLAN_YEARS * 52 + 4


def build_roadmap(profile: Profile, catalog: Catalog, **options: Any) -> Roadmap:
    """_build_roadmap in the person's country, so dates in its sentences read as there.

    Python's cyclic garbage collector is off while the plan is built (and left as it was
    found): a plan allocates tens of thousands of short-lived objects and no cycles, and the
    collections they set off re-walk the whole catalog each time, a quarter of planning at
    10,000 items. What the plan leaves behind is collected afterwards as usual.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        with in_country(resolve_country(profile, catalog).code):
            return _build_roadmap(profile, catalog, **options)
    finally:
        if collecting:
            gc.enable()


def _build_roadmap(
    profile: Profile,
    catalog: Catalog,
    *,
    track: str | None = None,
    start: date | None = None,
    progress: Mapping[str, StepProgress] | None = None,
    currency: str | None = None,
    today: date | None = None,
    earlier: Mapping[str, Step] | None = None,
) -> Roadmap:
    """Plan for profile toward track (default: the profile's, else the best fit) from start.

    With progress, done steps keep their actual dates, skipped ones leave the plan, and the
    rest are scheduled from start. Prices are shown in `currency` (default: the profile's):
    the country pack's local price, else converted at a shipped dated rate as a range, else
    "check with issuer"; totals and the budget verdict count them in that currency. With
    `today`, a start already past is moved to today (with a
    warning) and a start years ahead is flagged. earlier: steps of an earlier plan by id, whose
    reasons done steps keep. Deterministic: the same inputs give the same roadmap.

    The stages, each a function from values to a new value: assess, choose, draft, schedule,
    assemble.
    """
    start = start or profile.start_date
    if start is None:
        raise InvalidProfile("a start date is needed (start_date in the profile, or --start)")
    date_warnings = _start_warnings(start, today)
    if today is not None and start < today:
        start = today
    progress = progress or {}
    profile = with_progress(profile, progress, catalog)
    assessment = assess(profile, catalog, on=start)
    fits = all_fits(assessment, profile.answers, catalog)
    warnings = date_warnings + list(assessment.warnings)
    track_id = track or profile.target_track
    if track_id is None:
        track_id = fits[0].track
        warnings.append(
            _(
                "No target track given: planning for the best fit, {track}.",
                track=track_id,
            )
        )
    if track_id not in catalog.track_by_id:
        raise InvalidProfile(f"unknown track '{track_id}' (choose one of: {', '.join(TRACK_IDS)})")
    if profile.niche and profile.niche not in catalog.niche_by_id:
        raise InvalidProfile(f"unknown niche '{profile.niche}'")
    target = catalog.track_by_id[track_id]
    currency = currency or profile.currency
    country = resolve_country(profile, catalog)
    warnings += _country_warnings(profile, country)

    choices = choose(profile, catalog, target, assessment, start, country=country)
    drafts = draft(choices, currency)
    placed = schedule(list(drafts.steps.values()), profile.weekly_hours)
    if placed.weeks > MAX_PLAN_WEEKS:
        years = placed.weeks / 52.18
        raise InvalidProfile(
            f"at {profile.weekly_hours:g} hours a week this plan would take {years:.0f} years "
            f"(the longest plan is {MAX_PLAN_YEARS}); give it more hours a week"
        )
    return assemble(
        drafts,
        placed,
        fits=fits,
        warnings=tuple(warnings),
        progress=progress,
        earlier=earlier,
    )


def assemble(
    drafts: Drafts,
    placed: Schedule,
    *,
    fits: tuple[TrackFit, ...],
    warnings: tuple[str, ...] = (),
    progress: Mapping[str, StepProgress] | None = None,
    earlier: Mapping[str, Step] | None = None,
) -> Roadmap:
    """The dated, costed roadmap from scheduled drafts: steps, gaps, totals, risks, warnings.

    warnings: the earlier stages' own (start date, assessment, track, country), which come
    first; progress and earlier as for build_roadmap.
    """
    ctx = drafts.context
    profile, catalog, assessment, start = ctx.profile, ctx.catalog, ctx.assessment, ctx.start
    country, track_id, currency = ctx.country, ctx.track.id, drafts.currency
    progress = progress or {}
    warnings_list = [*warnings, *drafts.warnings]
    chosen = list(drafts.steps.values())
    levels = dict(assessment.levels)  # what the steps kept in the plan reach
    for step in chosen:
        item = catalog.cert_by_id.get(step.id) or catalog.activity_by_id.get(step.id)
        for comp, level in item.raises.items() if item else ():
            if level > levels.get(comp, 0):
                levels[comp] = level
    closed_by: dict[str, list[str]] = {}  # competency -> steps, indexed once (not per gap)
    for step in chosen:
        for comp in step.closes:
            closed_by.setdefault(comp, []).append(step.id)
    gaps = tuple(
        replace(
            g,
            reaches=max(g.have, min(g.need, levels.get(g.competency, 0))),
            steps=tuple(closed_by.get(g.competency, ())),
        )
        for g in gap_analysis(ctx.track, assessment, catalog)
    )

    placements, load = placed
    last_week = max((p.last_week for p in placements.values()), default=0)
    first_monday = _monday(start)
    mondays = [first_monday + timedelta(weeks=w) for w in range(last_week + 1)]
    # Week n's first and last day, computed once rather than once per step.
    starts = [week_start(start, w) for w in range(last_week + 1)]
    ends = [week_end(start, w) for w in range(last_week + 1)]
    planned = [
        _dated(d, placements[d.id], progress.get(d.id), mondays, (starts, ends)) for d in chosen
    ]
    done = done_steps(progress, catalog, start, assessment.memberships, earlier)
    rates = merged_rates(catalog.countries.values())
    done = [localise_step(step, currency, rates) for step in done]
    steps = tuple(sorted((*done, *planned), key=attrgetter("start", "end", "id")))
    total, unpriced = total_cost(steps, currency)
    finish = max((s.end for s in steps), default=start)
    cost = budget.estimate(steps, currency)
    verdict = budget.verdict(profile.budget, profile.currency, cost, currency)
    beyond = {budget.OVER: True, budget.WITHIN: False}.get(verdict or "")
    warnings_list += _cost_warnings(steps, profile, cost, currency)
    by_id = {s.id: s for s in steps}
    warnings_list += _exam_change_warnings(steps, catalog, start)
    warnings_list += _renewal_deadline_warnings(assessment, by_id)
    job = by_id.get("job-search")
    pmp = by_id.get("pmi-pmp")
    pmp_eligible = strategy.pmp_eligible_on(ctx, drafts.steps)
    if pmp_eligible and pmp is not None:
        # Other rules' steps (the 35-hour course) may end later; the experience step only
        # rounds the experience date to a week's end, which would give a second PMP date.
        ends = [
            by_id[d].end + timedelta(days=1)
            for d in pmp.depends_on
            if d in by_id and by_id[d].kind != "experience"
        ]
        pmp_eligible = max([pmp_eligible, *ends])
    conditions = set()
    if beyond:
        conditions.add("over_budget")
    if any(d.waits_for_experience for d in chosen):
        conditions.add("experience_gap")
    if any(d.kind == "certification" and d.exam_codes for d in chosen):
        conditions.add("has_exams")
    if "pm-education-course" in drafts.steps:
        conditions.add("has_pm_education")
    summary = Summary(
        total_hours=round(sum(d.hours for d in chosen), 1),
        total_cost=total,
        currency=currency,
        finish=finish,
        over_budget=beyond,
        budget=profile.budget,
        budget_currency=profile.currency,
        unpriced_steps=unpriced,
        weeks=last_week + 1 if placements else 0,  # placed.weeks, without a second walk
        cost_low=cost.low,
        cost_high=cost.high,
        unknown_cost_steps=cost.unknown,
        budget_verdict=verdict,
        ready_to_apply=job.start if job else None,
        pmp_eligible=pmp_eligible,
        pmp_exam=pmp.exam_date if pmp else None,
        country=country.code,
        country_name=country.name,
        country_guessed=country.guessed,
        price_kinds=count_kinds(s.price_kind for s in steps),
        route=drafts.route_note,
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
        risks=risk_register(track_id, chosen, catalog, conditions)
        + country_risks(country, chosen, currency),
        alternatives=tuple(budget_alternatives(ctx, drafts.steps, currency))
        if verdict == budget.OVER
        else (),
        niche_suggestions=drafts.suggestions,
        warnings=tuple(warnings_list),
        weekly_load=dict(sorted(load.items())),
        eligibility=drafts.notes,
        eligible_on=drafts.eligible_on,
        country_notes=_country_notes(country.pack, track_id) if country.local else (),
    )


def _cost_warnings(
    steps: tuple[Step, ...], profile: Profile, cost: budget.CostEstimate, currency: str
) -> list[str]:
    warnings = []
    if profile.budget is not None and profile.currency != currency:
        warnings.append(
            _(
                "Your budget is in {budget_currency} but this plan is totalled in {currency} "
                "(the coach's plan currency); compare them yourself.",
                budget_currency=profile.currency,
                currency=currency,
            )
        )
    converted = [s.title for s in steps if s.price_kind == "converted"]
    if converted:
        warnings.append(
            _(
                "Prices converted into {currency} at a dated exchange rate, shown as a ±10% "
                "range: {steps}. Check the issuer's price before paying.",
                currency=currency,
                steps=", ".join(converted),
            )
        )
    if cost.unknown:
        unknown = set(cost.unknown)
        names = ", ".join(s.title for s in steps if s.id in unknown)
        warnings.append(
            _(
                "No price or sourced range is known for: {steps}. They are counted as unknown, "
                "so the estimate can be higher.",
                steps=names,
            )
        )
    return warnings


def _country_warnings(profile: Profile, country: CountryContext) -> list[str]:
    if country.code is None or (not country.local and country.pack is not None):
        return []  # the US (the catalog's own content), or no country at all
    if country.pack is None:
        return [
            _(
                "No country pack ships for {code}: PMI's route is planned and prices are "
                "converted where a rate exists; check local bodies and employers' asks yourself.",
                code=country.code,
            )
        ]
    if country.guessed:
        return [
            _(
                "Country guessed from your region ({region!r}): {country} ({code}). Set the "
                "country in the profile to confirm or change it.",
                region=profile.region,
                country=country.name,
                code=country.code,
            )
        ]
    return []


def _country_notes(pack: CountryPack | None, track: str) -> tuple[str, ...]:
    if pack is None:
        return ()
    return tuple(n.text for n in pack.market_notes if not n.tracks or track in n.tracks)


def _dated(
    draft: Draft,
    placement: Placement,
    done: StepProgress | None,
    mondays: list[date],  # week n of the plan is labelled with its Monday
    days: tuple[list[date], list[date]],  # week n's first and last day
) -> Step:
    begin = days[0][placement.first_week]
    end = days[1][placement.last_week]
    exam_date = book_by = None
    if draft.kind == "certification" and draft.exam_codes:
        exam_date = end
        book_by = max(begin, end - _lead(draft.booking_lead_weeks))
    price_range = (draft.cost, draft.cost) if draft.cost is not None else draft.cost_range
    # The fields go into the frozen record's dict at once, as Draft.changed does: binding 32
    # keyword arguments to Step's __init__ was half the cost of dating a step in a large plan.
    # tests/engine/test_roadmap_dated.py checks this builds exactly Step's fields.
    step = object.__new__(Step)
    step.__dict__.update(
        {
            "id": draft.id,
            "title": draft.title,
            "kind": draft.kind,
            "start": begin,
            "end": end,
            "hours": round(draft.hours, 1),
            "cost": draft.cost,
            "currency": draft.currency,
            "depends_on": tuple(draft.depends_on),
            "why": draft.why,
            "closes": draft.closes,
            "hours_basis": draft.hours_basis,
            "cost_note": draft.cost_note,
            "cost_as_of": draft.cost_as_of,
            "cost_confidence": draft.cost_confidence,
            "exam_codes": draft.exam_codes,
            "exam_date": exam_date,
            "book_by": book_by,
            "prerequisites": draft.prerequisites,
            "sources": draft.sources,
            "description": draft.description,
            "renewal": draft.renewal,
            "price_stale": bool(draft.cost and draft.cost_as_of and draft.cost_as_of[:4].isdigit())
            and _months_between(draft.cost_as_of, begin) > STALE_PRICE_MONTHS,
            "status": done.status if done else "todo",
            "note": done.note if done else "",
            "weeks": _weeks(placement.hours_by_week, mondays),
            "cost_low": price_range[0] if price_range else None,
            "cost_high": price_range[1] if price_range else None,
            "study": draft.study,
            "price_kind": draft.price_kind,
        }
    )
    return step


_LEADS: dict[int, timedelta] = {}  # booking lead weeks: a few values over thousands of exams


def _lead(weeks: int) -> timedelta:
    lead = _LEADS.get(weeks)
    if lead is None:
        lead = _LEADS[weeks] = timedelta(weeks=weeks)
    return lead


def _weeks(hours_by_week: dict[int, float], mondays: list[date]) -> tuple[tuple[date, float], ...]:
    if len(hours_by_week) == 1:  # most steps fit in one week
        ((week, hours),) = hours_by_week.items()
        return ((mondays[week], hours),)
    return tuple((mondays[w], h) for w, h in sorted(hours_by_week.items()))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _start_warnings(start: date, today: date | None) -> list[str]:
    if today is None:
        return []
    if start < today:
        return [
            _(
                "The start date {start} has passed: the remaining steps are planned from today, "
                "{today}; done steps keep their dates.",
                start=day(start),
                today=day(today),
            )
        ]
    if start > add_months(today, 12 * FAR_START_YEARS):
        return [
            _(
                "The start date {start} is more than {years} years away: prices, exams and rules "
                "will likely change before then. Check the date.",
                start=day(start),
                years=FAR_START_YEARS,
            )
        ]
    return []


def _exam_change_warnings(steps: tuple[Step, ...], catalog: Catalog, start: date) -> list[str]:
    """Exam versions that retire before the planned exam, or changed recently."""
    warnings = []
    recent = add_months(start, -RECENT_EXAM_CHANGE_MONTHS)
    for step in steps:
        cert = catalog.cert_by_id.get(step.id)
        if cert is None or step.exam_date is None or step.status == "done":
            continue
        for change in cert.exam_changes:
            on = date.fromisoformat(change.on)
            if start <= on <= step.exam_date:
                warnings.append(
                    _(
                        "{cert}: the exam changes on {on}, before your planned exam on {exam}: "
                        "{note}.",
                        cert=cert.short_name,
                        on=day(on),
                        exam=day(step.exam_date),
                        note=change.note,
                    )
                )
            elif recent <= on < start:
                warnings.append(
                    _(
                        "{cert}: the exam changed on {on}: {note}.",
                        cert=cert.short_name,
                        on=day(on),
                        note=change.note,
                    )
                )
    return warnings


def _renewal_deadline_warnings(assessment: Assessment, by_id: dict[str, Step]) -> list[str]:
    warnings = []
    for cert_id, status in assessment.suspended.items():
        step = by_id.get(f"renew-{cert_id}")
        if step and status.renew_by and step.end > status.renew_by:
            warnings.append(
                _(
                    "{cert}: at your weekly hours the renewal ends on {end}, after the grace "
                    "period ends on {renew_by}. Earn the PDUs faster or it expires.",
                    cert=status.cert.short_name,
                    end=day(step.end),
                    renew_by=day(status.renew_by),
                )
            )
    return warnings


def _months_between(as_of: str, when: date) -> int:
    """Whole months from a 'YYYY-MM' or 'YYYY-MM-DD' source date to when."""
    year, month = int(as_of[:4]), int(as_of[5:7])
    return (when.year - year) * 12 + when.month - month
