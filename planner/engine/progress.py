"""Re-planning with progress: done steps keep their dates, skipped ones leave, the rest move."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from planner.domain.catalog_model import Catalog
from planner.domain.country_pack import PackFee
from planner.domain.messages import _
from planner.domain.profile import Credential, Profile
from planner.domain.progress import StepProgress
from planner.domain.roadmap import Step
from planner.i18n.format import day

# A finished course is taken to have delivered the contact hours its rule asked for.
EDUCATION_DONE = {
    "pm-education-course": ("pm_education_hours", 35.0),
    "agile-training-course": ("agile_training_hours", 28.0),
}


def with_progress(profile: Profile, progress: Mapping[str, StepProgress], catalog: Catalog):
    """The profile as the engine should see it once done steps count and skipped ones are out."""
    done = {k for k, p in progress.items() if p.status == "done"}
    skipped = tuple(k for k, p in progress.items() if p.status == "skipped")
    credentials = list(profile.credentials)
    for step_id in sorted(done):
        cert = catalog.cert_by_id.get(step_id)
        if cert is not None:
            credentials.append(Credential(cert.name, progress[step_id].finished))
    memberships = list(profile.memberships)
    if "pmi" in done:
        memberships.append("pmi")
    changes: dict[str, Any] = {}
    for step_id, (field, hours) in EDUCATION_DONE.items():
        if step_id in done:
            changes[field] = max(getattr(profile, field), hours)
    # The experience step stays plannable: more months may still be needed.
    finished_activities = tuple(
        a.id for a in catalog.activities if a.id in done and a.kind != "experience"
    )
    # A country pack's own step (an APM or IPMA level, a local body) is done once, like an
    # activity: it leaves the plan, and the route moves on to the next level.
    if done:
        finished_activities += tuple(sorted(done & set(_pack_items(catalog))))
    return replace(
        profile,
        credentials=tuple(credentials),
        memberships=tuple(memberships),
        exclude=tuple(dict.fromkeys((*profile.exclude, *skipped, *finished_activities))),
        **changes,
    )


def _pack_hours(catalog: Catalog, step_id: str, kind: str) -> float:
    """A coach's pack step keeps its own hours; a body or level counts 0 or 1 as before."""
    for pack in catalog.countries.values():
        for step in pack.steps:
            if step.id == step_id:
                return step.hours
    return 0 if kind == "membership" else 1


def _pack_items(catalog: Catalog) -> dict[str, tuple[str, str, PackFee]]:
    """Steps the country packs add by their own ids (not the catalog's): title, kind, fee."""
    found: dict[str, tuple[str, str, PackFee]] = {}
    for pack in catalog.countries.values():
        for body in pack.bodies:
            if body.id not in catalog.membership_by_id:
                found.setdefault(body.id, (f"Join {body.name}", "membership", body.dues))
        for level in pack.levels():
            if not level.catalog_id:
                found.setdefault(level.id, (level.name, "certification", level.fee))
        for step in pack.steps:
            fee = PackFee(step.cost, step.currency, pack.compiled_on, "coach", ())
            found.setdefault(step.id, (step.title, step.kind, fee))
    return found


def done_steps(
    progress: Mapping[str, StepProgress],
    catalog: Catalog,
    start: date,
    member_of: set[str],
    earlier: Mapping[str, Step] | None = None,
) -> list[Step]:
    """Steps already done, with the dates they were actually done (before the plan's start).

    earlier: the same steps as an earlier plan had them; a done step keeps the reason, gaps,
    description and sources it was planned with, so a re-plan never reduces it to "Done."
    """
    earlier = earlier or {}
    steps: list[Step] = []
    if not any(p.status == "done" for p in progress.values()):
        return steps
    pack_items = _pack_items(catalog)
    fallback = start - timedelta(days=1)
    for step_id, p in sorted(progress.items()):
        if p.status != "done":
            continue
        cert = catalog.cert_by_id.get(step_id)
        activity = catalog.activity_by_id.get(step_id)
        member = catalog.membership_by_id.get(step_id)
        finished = p.finished or p.started or fallback
        began = p.started or finished
        if cert is not None:
            title, kind, hours = cert.name, "certification", cert.study_hours.hours
            is_member = cert.fee.member_of in member_of
            cost = cert.fee.for_member(is_member)
            currency = cert.fee.currency
            price_range = cert.fee.range_for(is_member)
        elif activity is not None:
            title, kind, hours = activity.title, activity.kind, activity.hours or 0
            cost, currency = activity.cost, activity.currency
            price_range = (cost, cost) if cost is not None else activity.cost_range
        elif step_id in pack_items:
            title, kind, fee = pack_items[step_id]
            hours = _pack_hours(catalog, step_id, kind)
            cost, currency = fee.amount, fee.currency
            price_range = (cost, cost) if cost is not None else fee.reported_range
        elif member is not None:
            title, kind, hours, cost, currency = (
                member.name,
                "membership",
                1,
                member.fee.amount,
                "USD",
            )
            price_range = member.fee.range_for(False)
        elif step_id in earlier:
            # The catalog no longer has it (a shipped update removed it, or a pack left): the
            # step stays done as the plan that had it described it, with its recorded dates.
            gone = earlier[step_id]
            steps.append(
                replace(
                    gone,
                    start=min(began, finished),
                    end=finished,
                    status="done",
                    note=p.note or gone.note,
                    depends_on=(),
                )
            )
            continue
        else:
            continue  # progress on a step no plan ever had: kept in the database only
        step = Step(
            id=step_id,
            title=title,
            kind=kind,
            start=min(began, finished),
            end=finished,
            hours=round(hours, 1),
            cost=cost,
            currency=currency,
            depends_on=(),
            why=_("Recorded as done on {day}.", day=day(finished)),
            status="done",
            note=p.note,
            cost_low=price_range[0] if price_range else None,
            cost_high=price_range[1] if price_range else None,
        )
        before = earlier.get(step_id)
        if before is not None and before.why and before.why != "Done.":
            step = replace(
                step,
                why=before.why,
                closes=before.closes,
                hours_basis=before.hours_basis,
                exam_codes=before.exam_codes,
                prerequisites=before.prerequisites,
                sources=before.sources,
                description=before.description,
                renewal=before.renewal,
            )
        steps.append(step)
    return steps
