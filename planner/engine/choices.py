"""The choices stage: which credentials and activities a person's plan has, and why."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from planner.domain.catalog_model import Catalog, Track
from planner.domain.messages import _
from planner.domain.profile import Profile
from planner.domain.records import record
from planner.domain.roadmap import Eligible
from planner.engine import activities, country_route, strategy
from planner.engine.activities import activity_draft
from planner.engine.assessment import Assessment
from planner.engine.country import CountryContext
from planner.engine.country_route import LocalRoute
from planner.engine.drafts import Draft
from planner.engine.gaps import add_niche_certification, close_gaps
from planner.engine.picks import Context, Picks
from planner.engine.pm_route import plan_pm_route

PINNED_PRIORITY = 25


@record
class Choices:
    """The chosen steps, not yet ordered, priced in the plan's currency or dated."""

    context: Context
    drafts: Mapping[str, Draft]  # by id, in the order they were chosen
    notes: tuple[str, ...]  # eligibility notes for the summary
    eligible_on: tuple[Eligible, ...]  # the dates the eligibility notes give
    warnings: tuple[str, ...]
    suggestions: tuple[str, ...]  # the closest niches' names
    route: LocalRoute
    capm_note: str  # why CAPM is or is not planned ('' when nothing needs saying)


def choose(
    profile: Profile,
    catalog: Catalog,
    track: Track,
    assessment: Assessment,
    start: date,
    *,
    country: CountryContext | None = None,
) -> Choices:
    """Choose the steps toward track for the person assessed, planning from start."""
    ctx = Context(profile, catalog, track, assessment, start, country or CountryContext(None, None))
    picks = Picks(ctx)
    warnings: list[str] = []
    niche, suggestions = activities.niche_step(ctx)
    _add(picks, niche)
    renewals, renewal_warnings = strategy.renewals(ctx, picks.drafts)
    for renewal in renewals:
        picks.add(renewal)
    warnings += renewal_warnings
    membership, left_out = activities.membership_step(ctx)
    _add(picks, membership)
    if left_out:
        picks.notes.append(left_out)
    route = country_route.plan_local_route(picks)
    capm_note = plan_pm_route(picks, route.local_first)
    close_gaps(picks)
    add_niche_certification(picks)
    for step in activities.networking_steps(ctx, picks.drafts):
        picks.add(step)
    _add(picks, country_route.local_membership(ctx, route.step))
    for step in country_route.localise_chapters(ctx.country, picks.drafts):
        picks.add(step)
    warnings += _add_pinned(picks)
    for step in country_route.pack_steps(ctx, picks.drafts):
        picks.add(step)
    experience = activities.experience_step(ctx, picks.drafts, picks.levels)
    if experience is not None:
        picks.add(experience)
        picks.reach(catalog.activity_by_id[experience.id].raises)
    for step in activities.finish_steps(ctx, picks.drafts):
        picks.add(step)
    _add(picks, activities.membership_savings(ctx, picks.drafts))
    return Choices(
        context=ctx,
        drafts=MappingProxyType(picks.drafts),
        notes=tuple(picks.notes),
        eligible_on=tuple(picks.eligible_on.values()),
        warnings=tuple(warnings),
        suggestions=tuple(suggestions),
        route=route,
        capm_note=capm_note,
    )


def _add(picks: Picks, draft: Draft | None) -> None:
    if draft is not None:
        picks.add(draft)


def _add_pinned(picks: Picks) -> list[str]:
    """Steps the person pinned; returns warnings for ids the catalog does not know."""
    ctx, catalog = picks.context, picks.catalog
    warnings = []
    for step_id in ctx.profile.include:
        if step_id in picks.drafts or step_id in ctx.held or ctx.is_excluded(step_id):
            continue
        cert = catalog.cert_by_id.get(step_id)
        activity = catalog.activity_by_id.get(step_id)
        if cert is not None and cert.status != "retired":
            picks.add_cert(cert, _("You pinned this step to your plan."), PINNED_PRIORITY)
        elif activity is not None:
            pinned = _("You pinned this step to your plan.")
            picks.add(activity_draft(activity, pinned, PINNED_PRIORITY))
        else:
            warnings.append(
                _("Pinned step '{id}' is not in the catalog (or is retired).", id=step_id)
            )
    return warnings
