"""Calendar arithmetic the planner needs: months ahead, week numbers to dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (Jan 31 + 1 = Feb 28)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def week_start(start: date, week: int) -> date:
    return start + timedelta(weeks=week)


def week_end(start: date, week: int) -> date:
    return start + timedelta(weeks=week, days=6)
