"""What-if for a stored person: compare variants of their plan, then keep the one they choose."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.domain.profile import Profile
from planner.domain.roadmap import Roadmap
from planner.engine.what_if import MAX_VARIANTS, Outcome, Variant, compare

__all__ = ["MAX_VARIANTS", "Outcome", "Variant", "WhatIfService", "compare"]
from planner.domain.saved_plan import SavedPlan
from planner.services.workspace import Workspace


class WhatIfService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def compare(
        self, person_id: int, variants: Sequence[Variant], start: date | None = None
    ) -> list[Outcome]:
        """The plan as it stands (re-planned from start, default today) and each variant."""
        planning = self._ws.planning
        planning.current(person_id)  # checks the person exists
        start = start or planning.today()
        return compare(
            planning.effective_profile(person_id, start),
            planning.catalog(),
            variants,
            start=start,
            progress=self._ws.planning.progress(person_id),
            currency=planning.plan_currency(),
        )

    def choose(self, person_id: int, variant: Variant, start: date | None = None) -> SavedPlan:
        """Apply the variant to the stored profile and save its plan, in one transaction."""
        ws = self._ws
        with ws.atomic():
            profile = variant.apply(ws.people.get(person_id))
            ws.people.update(person_id, profile)
            roadmap = ws.planning.build(person_id, start, track=variant.track)
            return ws.planning.save(person_id, roadmap, f"what-if chosen: {variant.label}")

    def set_profile_and_plan(
        self, person_id: int, profile: Profile, roadmap: Roadmap, reason: str
    ) -> SavedPlan:
        """Store this profile and make this plan current, together (choosing or undoing)."""
        ws = self._ws
        with ws.atomic():
            ws.people.update(person_id, profile)
            return ws.planning.save(person_id, roadmap, reason)
