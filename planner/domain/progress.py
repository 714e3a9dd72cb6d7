"""What a person has done with their plan: per-step status, actual dates and notes."""

from __future__ import annotations

from datetime import date

from planner.domain.errors import InvalidInput
from planner.domain.records import record

STATUSES = ("todo", "in_progress", "done", "skipped")


@record
class StepProgress:
    """Progress on one step, keyed by the step's stable catalog id."""

    step_id: str
    status: str = "todo"
    started: date | None = None
    finished: date | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(STATUSES)} (got {self.status!r})")
        if self.started and self.finished and self.finished < self.started:
            raise InvalidInput(
                f"{self.step_id}: finished {self.finished} before started {self.started}"
            )
