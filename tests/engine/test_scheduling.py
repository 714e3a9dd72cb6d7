"""The scheduler respects weekly hours, dependencies, minimum durations and priorities."""

from __future__ import annotations

import pytest

from planner.domain.errors import InvalidProfile
from planner.engine.drafts import Draft
from planner.engine.scheduling import schedule
from planner.engine.timeline import add_months


def draft(step_id: str, hours: float, *deps: str, priority: int = 10, **extra) -> Draft:
    return Draft(step_id, step_id, "certification", hours, "why", priority, list(deps), **extra)


def test_hours_fill_weeks_up_to_capacity():
    placed, load = schedule([draft("a", 25)], weekly_hours=10)
    assert placed["a"].first_week == 0 and placed["a"].last_week == 2
    assert load == {0: 10, 1: 10, 2: 5}


def test_dependent_starts_the_week_after_its_prerequisite_ends():
    placed, load = schedule([draft("b", 4, "a"), draft("a", 15)], weekly_hours=10)
    assert placed["a"].last_week == 1
    assert placed["b"].first_week == 2
    assert load[1] == 5, "the free half of week 1 is not used by b, which must wait"


def test_independent_steps_share_a_week_without_exceeding_it():
    placed, load = schedule([draft("a", 6), draft("b", 6)], weekly_hours=10)
    assert max(load.values()) <= 10
    assert placed["b"].first_week == 0 and placed["b"].last_week == 1


def test_minimum_weeks_stretch_a_short_step():
    placed, _ = schedule([draft("exam", 2, min_weeks=4)], weekly_hours=10)
    assert (placed["exam"].first_week, placed["exam"].last_week) == (0, 3)


def test_capped_background_step_spreads_its_hours():
    placed, load = schedule(
        [draft("bg", 10, min_weeks=10, max_per_week=1.0, priority=0), draft("x", 18)],
        weekly_hours=10,
    )
    assert placed["bg"].hours_by_week == {w: 1.0 for w in range(10)}
    assert placed["x"].last_week == 1 and load[0] == 10


def test_priority_orders_independent_steps():
    placed, _ = schedule([draft("late", 10, priority=50), draft("early", 10, priority=1)], 10)
    assert placed["early"].first_week == 0 and placed["late"].first_week == 1


def test_zero_hour_step_still_gets_a_week():
    placed, load = schedule([draft("join", 0)], 5)
    assert placed["join"].first_week == 0 and placed["join"].last_week == 0 and not load


def test_cycle_and_bad_capacity_are_refused():
    with pytest.raises(InvalidProfile, match="circle"):
        schedule([draft("a", 1, "b"), draft("b", 1, "a")], 5)
    with pytest.raises(InvalidProfile, match="more than 0"):
        schedule([draft("a", 1)], 0)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2027-01-31", 1, "2027-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2027-11-15", 2, "2028-01-15"),
        ("2027-03-01", 0, "2027-03-01"),
        ("2027-03-01", 60, "2032-03-01"),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    from datetime import date

    assert add_months(date.fromisoformat(start), months) == date.fromisoformat(expected)


def test_add_months_knows_every_month_length_as_calendar_does():
    import calendar
    from datetime import date

    for year in (1900, 1999, 2000, 2023, 2024, 2100, 2400):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            assert add_months(date(year, 1, 31), month - 1) == date(year, month, last)
            assert add_months(date(year - 1, 12, 31), month) == date(year, month, last)
