"""Calendar arithmetic the planner needs: months ahead, week numbers to dates."""

from __future__ import annotations

from datetime import date, timedelta

# Days in each month of a common year (calendar.monthrange without importing calendar, which
# brings in locale: both only for this).
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (Jan 31 + 1 = Feb 28)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    day = min(start.day, _month_days(year, month))
    return date(year, month, day)


def week_start(start: date, week: int) -> date:
    return start + timedelta(weeks=week)


def week_end(start: date, week: int) -> date:
    return start + timedelta(weeks=week, days=6)
