"""Edits that change what is in the plan (leave out, pin, bring back): saved, re-planned, undoable.

The session's save_profile() does not re-plan (a profile edit elsewhere only marks the plan as
out of date). Leaving out or pinning a step is a request for a different plan, so these edits
save the profile *and* re-plan from today, as one undo step: undo restores the profile and
re-plans again, so the step comes back. Earlier plans stay in the plan history either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from planner.domain.profile import Profile
from planner.domain.progress import StepProgress
from planner.engine import build_roadmap
from planner.gui.session import PersonSession
from planner.gui.undo import SavedEdit


def _push(session: PersonSession, text: str, write: Callable[[Any], None], before, after) -> None:
    person_id = session.person_id

    def announce() -> None:
        session.select(person_id)
        session.profile_changed.emit()
        session.people_changed.emit()
        session.plan_changed.emit()

    write(after)  # raises before anything enters the undo history
    session.undo_stack.push(SavedEdit(text, write, before, after, announce))


def change_profile_and_replan(session: PersonSession, profile: Profile, text: str) -> None:
    """Save the profile and re-plan from today as one undoable edit."""
    assert session.person_id is not None
    person_id, before = session.person_id, session.profile()
    if before == profile:
        return
    people, planning = session.repos.people, session.workspace.planning

    def write(p: Profile) -> None:
        previous = people.get(person_id)
        people.update(person_id, p)
        try:
            planning.replan(person_id)
        except Exception:
            people.update(person_id, previous)  # keep profile and plan in step
            raise

    _push(session, text, write, before, profile)


def reset_progress_and_replan(session: PersonSession, step_id: str, text: str) -> None:
    """Put a skipped step back to 'to do' and re-plan (record_progress refuses steps the plan
    no longer has, and a skipped activity has left the plan)."""
    assert session.person_id is not None
    person_id = session.person_id
    plans, planning = session.repos.plans, session.workspace.planning
    before = session.progress().get(step_id) or StepProgress(step_id, "todo")
    after = replace(before, status="todo", started=None, finished=None)

    def write(p: StepProgress) -> None:
        plans.set_progress(person_id, p)
        planning.replan(person_id)

    _push(session, text, write, before, after)


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


def still_planned_without(session: PersonSession, step_id: str) -> bool:
    """Would a re-plan that leaves the step out still have it (eligibility needs it)?

    A trial plan, built the way PlanningService.build does but from the changed profile,
    takes about a millisecond and writes nothing.
    """
    assert session.person_id is not None
    planning, today = session.workspace.planning, session.today()
    profile = leave_out(planning.effective_profile(session.person_id, today), step_id)
    trial = build_roadmap(
        profile,
        planning.catalog(),
        start=today,
        progress=session.progress(),
        currency=planning.plan_currency(),
    )
    return any(step.id == step_id for step in trial.steps)
