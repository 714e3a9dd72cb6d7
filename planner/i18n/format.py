"""Dates, numbers and money in the active language's conventions, through Babel's CLDR data.

The one place the planner turns a number or a date into words: the CLI, the PDF, the calendar,
the CSV and the engine's sentences all call these. English keeps the planner's day-month-year
('4 Jan 2027', unambiguous on both sides of the Atlantic) and CLDR's 'en' money ('$1,095');
other languages use CLDR's own skeletons ('4. Jan. 2027', '4 ene 2027'; '1.095 €').
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date, format_skeleton, match_skeleton
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal, get_decimal_symbol

from planner.domain.catalog_model import CHECK_WITH_ISSUER
from planner.domain.messages import _, active, country

# English keeps the day before the month; CLDR's 'en' (US) would write 'Jan 4, 2027'.
# A table's column of dates keeps it too ('08 Mar 2027'): '08/03/2027' reads as 3 August in the US.
ENGLISH_PATTERNS = {
    "yMMdd": "dd MMM y",
    "yMMMd": "d MMM y",
    "yMMMEd": "EEE dd MMM y",
    "yMMM": "MMM y",
    "MMMd": "d MMM",
}
# A US person's document (messages.in_country("US")) reads the month first, as there.
US_PATTERNS = {
    "yMMdd": "MMM dd, y",
    "yMMMd": "MMM d, y",
    "yMMMEd": "EEE, MMM d, y",
    "yMMM": "MMM y",
    "MMMd": "MMM d",
}


def _locale(locale: str | None) -> str:
    return locale or active().locale


def _pattern(skeleton: str, loc: str) -> str | None:
    """The planner's own English pattern for a skeleton; None: CLDR's for that locale."""
    if not (loc == "en" or loc.startswith("en_")):
        return None
    us = loc == "en_US" or (loc == "en" and country() == "US")
    return (US_PATTERNS if us else ENGLISH_PATTERNS)[skeleton]


def _date(value: date, skeleton: str, locale: str | None) -> str:
    loc = _locale(locale)
    pattern = _pattern(skeleton, loc)
    if pattern is not None:
        return format_date(value, pattern, locale=loc)
    return format_skeleton(skeleton, value, locale=loc)


def numeric_day_pattern(locale: str | None = None) -> str:
    """The CLDR pattern numeric_day() writes ('dd.MM.y'), for a date field to show the same."""
    loc = _locale(locale)
    pattern = _pattern("yMMdd", loc)
    if pattern is not None:
        return pattern
    skeletons = Locale.parse(loc).datetime_skeletons
    # format_skeleton()'s own fuzzy match: 'yMMdd' is not in every locale's table.
    return skeletons[match_skeleton("yMMdd", skeletons) or "yMMdd"].pattern


def day(value: date | None, locale: str | None = None) -> str:
    """'4 Jan 2027', '4. Jan. 2027', '4 ene 2027'; '' for no date."""
    return _date(value, "yMMMd", locale) if value else ""


def iso_day(value: str, locale: str | None = None) -> str:
    """A source's ISO date ('2026-11-30') as day() writes it; any other text unchanged."""
    try:
        return day(date.fromisoformat(value), locale)
    except ValueError:
        return value


def numeric_day(value: date | None, locale: str | None = None) -> str:
    """'08.03.2027', '8/3/2027'; English '08 Mar 2027': a table cell's date; '' for no date."""
    return _date(value, "yMMdd", locale) if value else ""


def weekday(value: date | None, locale: str | None = None) -> str:
    """'Mon 04 Jan 2027', 'Mo., 4. Jan. 2027': for the plan's headline dates."""
    return _date(value, "yMMMEd", locale) if value else ""


def short_day(value: date, locale: str | None = None) -> str:
    """'4 Jan', '4. Jan.', '4 ene': a day within a year already shown."""
    return _date(value, "MMMd", locale)


def month(value: str, locale: str | None = None) -> str:
    """A source's 'YYYY-MM' or 'YYYY-MM-DD' as 'Nov 2026'; anything else unchanged."""
    parts = value.split("-")
    if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return _date(date(int(parts[0]), int(parts[1]), 1), "yMMM", locale)
    return value


@cache
def month_names(locale: str, width: str = "abbreviated") -> tuple[str, ...]:
    """The twelve month names (standalone form) for a timeline's header."""
    names = Locale.parse(locale).months["stand-alone"][width]
    return tuple(names[m] for m in range(1, 13))


@cache
def _money_pattern(locale: str, cents: bool) -> str:
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    return pattern if cents else pattern.replace(".00", "")


def money(
    amount: float | None, currency: str, locale: str | None = None, *, cents: bool = False
) -> str:
    """'$1,095', '1.095 €', '1.095 US$'; cents=True keeps two decimals; None: check with issuer."""
    if amount is None:
        return _(CHECK_WITH_ISSUER)
    loc = _locale(locale)
    value = amount if cents else round(amount)
    return format_currency(
        value, currency, _money_pattern(loc, cents), locale=loc, currency_digits=False
    )


def money_range(low: float, high: float, currency: str, locale: str | None = None) -> str:
    """'$1,200' to '$2,050' with an en dash; one figure when both ends meet."""
    if round(low) == round(high):
        return money(low, currency, locale)
    return f"{money(low, currency, locale)}–{money(high, currency, locale)}"


def number(value: float, locale: str | None = None, digits: int = 1, *, fixed: bool = False) -> str:
    """'1,234.5' / '1.234,5': up to digits decimals, none when whole (fixed: always digits)."""
    pattern = "#,##0" + ("." + ("0" if fixed else "#") * digits if digits else "")
    return format_decimal(value, pattern, locale=_locale(locale))


def hours(value: float, locale: str | None = None) -> str:
    """'12 h', '2.5 h' / '2,5 h': 'h' is the unit in all three languages."""
    return f"{number(value, locale)} h"


def decimal_separator(locale: str | None = None) -> str:
    return get_decimal_symbol(_locale(locale))


def csv_delimiter(locale: str | None = None) -> str:
    """';' where the decimal separator is a comma (spreadsheets there split on ';'), else ','."""
    return ";" if decimal_separator(locale) == "," else ","


def _list_locale(locale: str | None) -> str:
    loc = _locale(locale)
    # English lists keep the planner's 'a, b and c' (CLDR 'en' adds the US serial comma).
    return "en_GB" if loc == "en" or loc.startswith("en_") else loc


def and_list(items: Iterable[str], locale: str | None = None) -> str:
    """'a, b and c', 'a, b und c', 'a, b y c'; '' for no items."""
    items = list(items)
    return format_list(items, locale=_list_locale(locale)) if items else ""


def or_list(items: Iterable[str], locale: str | None = None) -> str:
    """'a, b or c', 'a, b oder c', 'a, b o c'; '' for no items."""
    items = list(items)
    return format_list(items, style="or", locale=_list_locale(locale)) if items else ""
