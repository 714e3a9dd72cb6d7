"""A dated step is built field by field outside Step's __init__: it must be a whole, equal Step."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

from planner.domain.progress import StepProgress
from planner.domain.roadmap import Step
from planner.engine.drafts import Draft
from planner.engine.roadmap import _dated
from planner.engine.scheduling import Placement

MONDAY = date(2027, 1, 4)


def dated(draft: Draft, done: StepProgress | None = None) -> Step:
    mondays = [MONDAY + timedelta(weeks=w) for w in range(4)]
    starts = list(mondays)
    ends = [m + timedelta(days=6) for m in mondays]
    return _dated(draft, Placement(1, 3, {1: 2.0, 3: 1.5}), done, mondays, (starts, ends))


def exam() -> Draft:
    return Draft(
        "cert",
        "A Cert",
        "certification",
        3.5,
        "why",
        10,
        ["pre"],
        cost=150.0,
        cost_as_of="2026-01",
        exam_codes=("X-1",),
        booking_lead_weeks=2,
    )


def test_a_dated_step_has_exactly_steps_fields():
    step = dated(exam())
    assert set(vars(step)) == {f.name for f in fields(Step)}


def test_a_dated_step_equals_the_step_its_init_would_build():
    step = dated(exam())
    rebuilt = Step(**{f.name: getattr(step, f.name) for f in fields(Step)})
    assert step == rebuilt and hash(step) == hash(rebuilt)
    assert step.depends_on == ("pre",)
    last_sunday = MONDAY + timedelta(weeks=3, days=6)
    assert (step.start, step.end, step.exam_date) == (
        MONDAY + timedelta(weeks=1),
        last_sunday,
        last_sunday,
    )
    assert step.book_by == step.end - timedelta(weeks=2)
    assert step.weeks == ((MONDAY + timedelta(weeks=1), 2.0), (MONDAY + timedelta(weeks=3), 1.5))
    assert step.price_stale and step.status == "todo"
