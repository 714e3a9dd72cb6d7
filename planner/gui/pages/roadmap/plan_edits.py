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
from planner.gui.session import PersonSession


def _push(session: PersonSession, text: str, write: Callable[[Any], None], before, after) -> None:
    changed = (session.profile_changed, session.people_changed, session.plan_changed)
    session.push_edit(text, write, before, after, *changed)


def change_profile_and_replan(session: PersonSession, profile: Profile, text: str) -> None:
    """Save the profile and re-plan from today (one transaction) as one undoable edit."""
    assert session.person_id is not None
    person_id, before = session.person_id, session.profile()
    if before == profile:
        return
    edits = session.workspace.edits
    _push(session, text, lambda p: edits.change_profile_and_replan(person_id, p), before, profile)


def reset_progress_and_replan(session: PersonSession, step_id: str, text: str) -> None:
    """Put a skipped step back to 'to do' and re-plan (record_progress refuses steps the plan
    no longer has, and a skipped activity has left the plan)."""
    assert session.person_id is not None
    person_id, edits = session.person_id, session.workspace.edits
    before = session.progress().get(step_id) or StepProgress(step_id, "todo")
    after = replace(before, status="todo", started=None, finished=None)
    _push(session, text, lambda p: edits.reset_progress_and_replan(person_id, p), before, after)


def still_planned_without(session: PersonSession, step_id: str) -> bool:
    """Would a re-plan that leaves the step out still have it (eligibility needs it)?"""
    assert session.person_id is not None
    return session.workspace.edits.still_planned_without(session.person_id, step_id)
