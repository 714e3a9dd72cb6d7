"""The coach's dashboard kept current: what each saved plan promises, caught up at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from planner.domain.roadmap import Roadmap
from planner.domain.status import plan_marks
from planner.export.plan_json import roadmap_from_dict
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
        for person_id in missing:
            saved = self._repos.plans.current(person_id)
            if saved is not None:
                self.plan_saved(person_id, roadmap_from_dict(saved.roadmap))
        return len(missing)
