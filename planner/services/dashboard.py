"""The coach's dashboard kept current: what each saved plan promises, caught up at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from planner.domain.roadmap import Roadmap
from planner.domain.status import PlanMarks, marks_of, plan_marks
from planner.services.planning import Repositories


class Dashboard:
    """Progress is counted by storage as it is written; this adds each plan's milestones,
    ready-to-apply date and budget verdict, which only the plan itself knows."""

    def __init__(self, repos: Repositories, today: Callable[[], date]) -> None:
        self._repos = repos
        self._today = today

    def plan_saved(self, person_id: int, roadmap: Roadmap) -> None:
        self._repos.people.set_plan_marks(person_id, plan_marks(roadmap), self._today())

    def catch_up(self) -> int:
        """Move past milestones on, and read the plans saved before the dashboard existed;
        how many plans were read (all of them once after the upgrade, then none)."""
        people = self._repos.people
        people.refresh_next_milestones(self._today())
        missing = people.without_status()
        today = self._today()
        with people.transaction():  # one flush for all of them, not one per person
            for person_id in missing:
                plan = self._repos.plans.current_roadmap(person_id)
                if plan is not None:  # the plan's JSON read directly: an upgrade reads them all
                    people.set_plan_marks(person_id, _marks(plan), today)
        return len(missing)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _marks(plan: dict) -> PlanMarks:
    summary = plan.get("summary", {})
    steps = (
        (
            s["id"],
            s.get("title", ""),
            s.get("status", "todo"),
            s.get("exam_codes", ()),
            _day(s.get("book_by")),
            _day(s.get("exam_date")),
        )
        for s in plan.get("steps", ())
    )
    return marks_of(
        steps,
        _day(summary.get("ready_to_apply")),
        summary.get("budget_verdict"),
        _day(summary.get("pmp_eligible")),
    )
