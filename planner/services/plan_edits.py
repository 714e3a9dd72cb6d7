"""Edits that change what is in the plan (leave out, pin, bring back), each saved with its
re-plan in one transaction: the profile and the plan never disagree, even when planning fails."""

from __future__ import annotations

from dataclasses import replace

from planner.domain.profile import Profile
from planner.domain.progress import StepProgress
from planner.domain.saved_plan import SavedPlan
from planner.services.planning import PlanningService, Repositories
from planner.storage.database import Store


def leave_out(profile: Profile, step_id: str) -> Profile:
    return replace(
        profile,
        exclude=tuple(dict.fromkeys((*profile.exclude, step_id))),
        include=tuple(i for i in profile.include if i != step_id),
    )


def pin(profile: Profile, step_id: str) -> Profile:
    return replace(
        profile,
        include=tuple(dict.fromkeys((*profile.include, step_id))),
        exclude=tuple(e for e in profile.exclude if e != step_id),
    )


def unpin(profile: Profile, step_id: str) -> Profile:
    return replace(profile, include=tuple(i for i in profile.include if i != step_id))


def bring_back(profile: Profile, step_id: str) -> Profile:
    return replace(profile, exclude=tuple(e for e in profile.exclude if e != step_id))


class PlanEdits:
    def __init__(self, store: Store, repos: Repositories, planning: PlanningService) -> None:
        self._store = store
        self._repos = repos
        self._planning = planning

    def change_profile_and_replan(self, person_id: int, profile: Profile) -> SavedPlan:
        """Store the profile and re-plan from today, together or not at all."""
        with self._store.atomic():
            self._repos.people.update(person_id, profile)
            return self._planning.replan(person_id)

    def reset_progress_and_replan(self, person_id: int, entry: StepProgress) -> SavedPlan:
        """Store a step's progress as given and re-plan from today, together or not at all
        (a skipped step has left the plan, so only a re-plan brings it back)."""
        with self._store.atomic():
            self._repos.plans.set_progress(person_id, entry)
            return self._planning.replan(person_id)

    def still_planned_without(self, person_id: int, step_id: str) -> bool:
        """Would a re-plan that leaves the step out still have it (eligibility needs it)?

        A trial plan from today, built as a re-plan would be; it writes nothing.
        """
        trial = self._planning.build(
            person_id, profile=leave_out(self._repos.people.get(person_id), step_id)
        )
        return any(step.id == step_id for step in trial.steps)
