"""A person's plans over time: list them, compare any two, bring an earlier one back."""

from __future__ import annotations

from datetime import date

from planner.codec.plan_json import roadmap_from_dict
from planner.domain.errors import InvalidInput
from planner.domain.messages import _
from planner.domain.records import record
from planner.domain.roadmap import Roadmap
from planner.domain.saved_plan import SavedPlan
from planner.engine.plan_diff import Figures, PlanDiff, StepChange, describe, diff_plans
from planner.services.workspace import Workspace

__all__ = [
    "Figures",
    "PlanDiff",
    "PlanEntry",
    "PlanHistoryService",
    "StepChange",
    "describe",
    "diff_plans",
]


@record
class PlanEntry:
    """One saved plan as the history lists it (newest first)."""

    id: int
    created_at: str
    reason: str
    figures: Figures
    current: bool


class PlanHistoryService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _saved(self, person_id: int) -> list[SavedPlan]:
        self._ws.planning.current(person_id)  # the first plan is made on demand
        return self._ws.planning.history(person_id)

    def entries(self, person_id: int) -> list[PlanEntry]:
        saved = self._saved(person_id)
        return [
            PlanEntry(
                plan.id,
                plan.created_at,
                plan.reason,
                Figures.of(roadmap_from_dict(plan.roadmap)),
                current=i == 0,
            )
            for i, plan in enumerate(saved)
        ]

    def roadmap(self, person_id: int, plan_id: int) -> Roadmap:
        for plan in self._saved(person_id):
            if plan.id == plan_id:
                return roadmap_from_dict(plan.roadmap)
        raise InvalidInput(
            _(
                "person {person} has no plan {plan} (see 'plans list')",
                person=person_id,
                plan=plan_id,
            )
        )

    def diff(self, person_id: int, before: int, after: int) -> PlanDiff:
        return diff_plans(self.roadmap(person_id, before), self.roadmap(person_id, after))

    def diff_text(self, person_id: int, before: int, after: int) -> list[str]:
        """The diff in lines, as the History view and `plans diff` show it."""
        return describe(self.diff(person_id, before, after))

    def restore(self, person_id: int, plan_id: int, on: date | None = None) -> SavedPlan:
        """Make an earlier plan current again; the plans in between stay in the history."""
        roadmap = self.roadmap(person_id, plan_id)
        saved = self._saved(person_id)
        if saved[0].id == plan_id:
            raise InvalidInput(_("plan {plan} is already the current plan", plan=plan_id))
        when = next(p.created_at for p in saved if p.id == plan_id)[:10]
        planning = self._ws.planning
        day = (on or planning.today()).isoformat()
        reason = f"plan {plan_id} of {when} restored on {day}"
        return planning.bring_back(person_id, roadmap, reason)
