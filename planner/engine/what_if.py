"""What-if: the same person planned with other hours, budget, track or steps, side by side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from planner.domain.catalog_model import Catalog
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.profile import Profile
from planner.domain.progress import StepProgress
from planner.domain.records import record
from planner.domain.roadmap import Roadmap
from planner.engine.plan_diff import Figures
from planner.i18n.format import number

MAX_VARIANTS = 3
HOURS_RANGE = (0.5, 80.0)  # the profile's own bounds on hours a week


@record
class Variant:
    """One change to try; None (or empty) leaves that part of the profile as it is."""

    weekly_hours: float | None = None
    budget: float | None = None
    track: str | None = None
    leave_out: tuple[str, ...] = ()
    pin: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        parts = []
        if self.weekly_hours is not None:
            parts.append(_("{hours} h a week", hours=number(self.weekly_hours)))
        if self.budget is not None:
            parts.append(_("budget {amount}", amount=number(self.budget, digits=0)))
        if self.track:
            parts.append(_("{track} track", track=self.track))
        parts += [_("without {step}", step=step) for step in self.leave_out]
        parts += [_("with {step}", step=step) for step in self.pin]
        return ", ".join(parts) or _("as planned")

    def apply(self, profile: Profile) -> Profile:
        changed = profile
        if self.weekly_hours is not None:
            changed = replace(changed, weekly_hours=self.weekly_hours)
        if self.budget is not None:
            changed = replace(changed, budget=self.budget)
        if self.track:
            changed = replace(changed, target_track=self.track)
        if self.leave_out:
            kept = tuple(i for i in changed.include if i not in self.leave_out)
            changed = replace(changed, exclude=(*changed.exclude, *self.leave_out), include=kept)
        if self.pin:
            left = tuple(i for i in changed.exclude if i not in self.pin)
            changed = replace(changed, include=(*changed.include, *self.pin), exclude=left)
        return changed


@record
class Outcome:
    variant: Variant
    profile: Profile
    roadmap: Roadmap

    @property
    def figures(self) -> Figures:
        return Figures.of(self.roadmap)


def compare(
    profile: Profile,
    catalog: Catalog,
    variants: Sequence[Variant],
    *,
    start: date,
    progress: Mapping[str, StepProgress] | None = None,
    currency: str | None = None,
    today: date | None = None,
) -> list[Outcome]:
    """The plan as it stands first, then one outcome per variant (at most MAX_VARIANTS)."""
    from planner.engine import build_roadmap

    if len(variants) > MAX_VARIANTS:
        raise InvalidInput(f"compare at most {MAX_VARIANTS} variants at once (got {len(variants)})")
    low, high = HOURS_RANGE
    for variant in variants:
        hours = variant.weekly_hours
        if hours is not None and not low <= hours <= high:  # also refuses NaN
            raise InvalidInput(f"hours a week must be from {low:g} to {high:g} (got {hours:g})")
        budget = variant.budget
        if budget is not None and not 0 <= budget < 1e9:
            raise InvalidInput(f"a budget must be from 0 to 999,999,999 (got {budget:g})")
    known = set(catalog.cert_by_id) | set(catalog.activity_by_id) | set(catalog.membership_by_id)
    for variant in variants:
        for step in (*variant.leave_out, *variant.pin):
            if step not in known:
                raise InvalidInput(f"'{step}' is not a catalog step id")
    options: dict[str, Any] = {"currency": currency} if currency else {}
    outcomes = []
    for variant in (Variant(), *variants):
        changed = variant.apply(profile)
        roadmap = build_roadmap(
            changed,
            catalog,
            track=variant.track,
            start=start,
            progress=progress,
            today=today,
            **options,
        )
        outcomes.append(Outcome(variant, changed, roadmap))
    return outcomes
