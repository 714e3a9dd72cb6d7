"""What a saved plan promises a person: the coming milestones, ready-to-apply, the budget."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from planner.domain.records import record
from planner.domain.roadmap import Roadmap

# A milestone is its kind and a label: the words ('Book SY0-701') are rendered where it is shown,
# in the reader's language (services.dashboard.milestone_text).
BOOK, EXAM, ELIGIBLE = "book", "exam", "eligible"


@record
class PlanMarks:
    """The dates a coach watches, from a saved plan (progress is counted from storage)."""

    ready_to_apply: date | None
    budget_verdict: str | None
    # (day, kind, label, step id); label: the exam codes, else the step's title, or for
    # eligibility the certification's short name.
    milestones: tuple[tuple[date, str, str, str], ...]


# One step as the marks need it: (id, title, status, exam codes, book by, exam date).
StepDates = tuple[str, str, str, Sequence[str], date | None, date | None]


def marks_of(
    steps: Iterable[StepDates],
    ready_to_apply: date | None,
    budget_verdict: str | None,
    pmp_eligible: date | None,
) -> PlanMarks:
    """Book-by and exam dates of the steps not done, and PMP eligibility."""
    milestones: list[tuple[date, str, str, str]] = []
    for step_id, title, status, exam_codes, book_by, exam_date in steps:
        if status in ("done", "skipped"):
            continue
        exam = " ".join(exam_codes) or title
        if book_by:
            milestones.append((book_by, BOOK, exam, step_id))
        if exam_date:
            milestones.append((exam_date, EXAM, exam, step_id))
    if pmp_eligible:
        milestones.append((pmp_eligible, ELIGIBLE, "PMP", "pmi-pmp"))
    return PlanMarks(ready_to_apply, budget_verdict, tuple(sorted(milestones)))


def plan_marks(roadmap: Roadmap) -> PlanMarks:
    s = roadmap.summary
    steps = ((x.id, x.title, x.status, x.exam_codes, x.book_by, x.exam_date) for x in roadmap.steps)
    return marks_of(steps, s.ready_to_apply, s.budget_verdict, s.pmp_eligible)
