"""Count months leading projects from a ledger the way PMI does: distinct months, last 8 years."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from planner.engine.timeline import add_months

WINDOW_YEARS = 8


def months_led(projects: Iterable[tuple[date, date | None]], on: date) -> int:
    """Distinct calendar months covered by the projects within the 8 years before `on`.

    Overlapping projects count once; a project still running counts up to `on`.
    """
    window_start = add_months(on, -12 * WINDOW_YEARS)
    months: set[tuple[int, int]] = set()
    for started, finished in projects:
        first = max(started, window_start)
        last = min(finished or on, on)
        if last < first:
            continue
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            months.add((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return len(months)
