"""Quiet stretches of a plan: weeks in which only experience steps run, and what they wait for.

A plan can hold months with no course or exam, most often while project months build up
toward PMP's experience rule. Printed without a word, such a stretch looks like a mistake.
"""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.records import record
from planner.domain.roadmap import Roadmap, Step

MIN_DAYS = 8 * 7  # shorter pauses are ordinary between steps


@record
class Stretch:
    start: date  # the first quiet day
    end: date  # the last quiet day
    experience: tuple[Step, ...]  # experience steps running through it (may be none)
    next_step: Step | None  # the step that ends it; None when it runs to the plan's end
    pmp_eligible: date | None  # set when the stretch waits for PMP's experience rule

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def months(self) -> int:
        return max(1, round(self.days / 30.44))

    @property
    def waits_for_pmp(self) -> bool:
        return self.pmp_eligible is not None


def quiet_stretches(roadmap: Roadmap, min_days: int = MIN_DAYS) -> list[Stretch]:
    """Runs of at least min_days, between the plan's start and finish, in which no step
    but experience steps is planned (done and skipped steps count as they stand)."""
    steps = [s for s in roadmap.steps if s.status != "skipped"]
    busy = sorted((s for s in steps if s.kind != "experience"), key=lambda s: s.start)
    finish = roadmap.summary.finish
    stretches: list[Stretch] = []
    cursor = roadmap.start  # the first day not yet known to be busy
    for step in [*busy, None]:
        begins = step.start if step is not None else finish + timedelta(days=1)
        if (begins - cursor).days >= min_days:
            stretches.append(_stretch(roadmap, steps, cursor, begins - timedelta(days=1), step))
        if step is not None:
            cursor = max(cursor, step.end + timedelta(days=1))
    return stretches


def _stretch(
    roadmap: Roadmap, steps: list[Step], start: date, end: date, next_step: Step | None
) -> Stretch:
    experience = tuple(
        s for s in steps if s.kind == "experience" and s.start <= end and s.end >= start
    )
    summary = roadmap.summary
    # The stretch waits for PMP when the step that ends it is the PMP step (the plan's PMP
    # exam) and it starts once the experience rule is met.
    waits = (
        next_step is not None
        and summary.pmp_eligible is not None
        and summary.pmp_exam is not None
        and next_step.exam_date == summary.pmp_exam
        and next_step.start >= summary.pmp_eligible - timedelta(days=7)
    )
    return Stretch(start, end, experience, next_step, summary.pmp_eligible if waits else None)
