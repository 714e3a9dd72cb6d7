"""Dates and numbers on screen: the core's formats (planner.i18n.format), and date fields to match.

The GUI writes dates and numbers exactly as the printed plan and the CLI do, so a date or a
budget reads the same on the screen and on paper: prose, tooltips and tiles use day() ('8 Mar
2027', '8. März 2027'), table cells numeric_day() ('08.03.2027'), which sort on SORT_ROLE.
"""

from __future__ import annotations

import re
from datetime import date

from planner.gui.roles import USER
from planner.i18n.format import day, hours, money, number, numeric_day, numeric_day_pattern

__all__ = [
    "SORT_ROLE",
    "date_field_format",
    "day",
    "hours",
    "money",
    "number",
    "numeric_day",
    "sort_value",
]

# A table's proxy sorts on this role: an ISO date sorts chronologically, a local one would not.
SORT_ROLE = USER + 40


def sort_value(value: date | None) -> str:
    """A date as its table column sorts it: ISO, '' (first) when there is none."""
    return value.isoformat() if value else ""


def date_field_format(locale: str | None = None) -> str:
    """A QDateEdit's display format matching numeric_day(): 'dd.MM.yyyy', 'dd MMM yyyy'.

    Not Qt's own short format: it has two-digit years, and month-first in English. CLDR and Qt
    share d/M/MMM and quoted literals; CLDR's 'y' (the full year) is Qt's 'yyyy'.
    """
    return re.sub(r"y+", "yyyy", numeric_day_pattern(locale))
