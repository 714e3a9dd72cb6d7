"""What a saved plan promises a person: the coming milestones, ready-to-apply, the budget."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.roadmap import Roadmap


@dataclass(frozen=True)
class PlanMarks:
    """The dates a coach watches, from a saved plan (progress is counted from storage)."""

    ready_to_apply: date | None
    budget_verdict: str | None
    milestones: tuple[tuple[date, str, str, str], ...]  # (day, kind, title, step id)


def plan_marks(roadmap: Roadmap) -> PlanMarks:
    """Book-by and exam dates of the steps not done, and PMP eligibility."""
    milestones: list[tuple[date, str, str, str]] = []
    for step in roadmap.steps:
        if step.status in ("done", "skipped"):
            continue
        exam = " ".join(step.exam_codes) or step.title
        if step.book_by:
            milestones.append((step.book_by, "book", f"Book {exam}", step.id))
        if step.exam_date:
            milestones.append((step.exam_date, "exam", f"{exam} exam", step.id))
    summary = roadmap.summary
    if summary.pmp_eligible:
        milestones.append((summary.pmp_eligible, "eligible", "Eligible for PMP", "pmi-pmp"))
    return PlanMarks(summary.ready_to_apply, summary.budget_verdict, tuple(sorted(milestones)))
