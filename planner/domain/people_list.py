"""The people list as screens and the command line show it: one summary row per person."""

from __future__ import annotations

import bisect
from datetime import date

from planner.domain.records import record

NO_DAY = "9999-12-31"  # sorts after every real date: "none" comes last


@record
class PersonSummary:
    """One row of the people list."""

    id: int
    name: str
    current_role: str
    target_track: str | None
    region: str
    tags: tuple[str, ...]
    updated_at: str
    # The dashboard (person_status): progress, what is due, the last session.
    steps: int = 0
    steps_done: int = 0
    hours: float = 0.0
    hours_done: float = 0.0
    progress: float = 0.0
    unfinished: tuple[str, ...] = ()  # end dates (ISO) of steps not done
    unfinished_end: str = NO_DAY
    next_day: str = NO_DAY
    next_kind: str = ""
    next_title: str = ""
    ready_to_apply: str = NO_DAY
    budget_verdict: str = ""
    last_note: str = ""

    def overdue(self, today: date) -> int:
        """How many unfinished steps should have ended before today."""
        return bisect.bisect_left(self.unfinished, today.isoformat())


@record
class PeoplePage:
    """Up to a page of people and how many match in all."""

    people: tuple[PersonSummary, ...]
    total: int
