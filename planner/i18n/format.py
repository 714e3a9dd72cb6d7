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
from typing import Literal

from planner.domain.messages import _, active, country
from planner.i18n import english_cldr as en

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
# The same patterns written out from CLDR 'en' month and day names (english_cldr), so an
# English process never imports Babel; test_english_cldr checks they match Babel's output.
_ENGLISH_DATES = {
    "yMMdd": lambda d, m, w: f"{d.day:02d} {m} {d.year}",
    "yMMMd": lambda d, m, w: f"{d.day} {m} {d.year}",
    "yMMMEd": lambda d, m, w: f"{w} {d.day:02d} {m} {d.year}",
    "yMMM": lambda d, m, w: f"{m} {d.year}",
    "MMMd": lambda d, m, w: f"{d.day} {m}",
}
_US_DATES = {
    "yMMdd": lambda d, m, w: f"{m} {d.day:02d}, {d.year}",
    "yMMMd": lambda d, m, w: f"{m} {d.day}, {d.year}",
    "yMMMEd": lambda d, m, w: f"{w}, {m} {d.day}, {d.year}",
    "yMMM": lambda d, m, w: f"{m} {d.year}",
    "MMMd": lambda d, m, w: f"{m} {d.day}",
}
# Locales whose formats english_cldr holds; any other goes through Babel.
TABLE_LOCALES = frozenset({"en", "en_US"})
# Larger magnitudes (beyond what the planner shows) go through Babel, so the table's rounding
# never has to match it near the decimal context's precision.
_TABLE_LIMIT = 10**15


def _locale(locale: str | None) -> str:
    return locale or active().locale


def _is_us(loc: str) -> bool:
    return loc == "en_US" or (loc == "en" and country() == "US")


def _pattern(skeleton: str, loc: str) -> str | None:
    """The planner's own English pattern for a skeleton; None: CLDR's for that locale."""
    if not (loc == "en" or loc.startswith("en_")):
        return None
    return (US_PATTERNS if _is_us(loc) else ENGLISH_PATTERNS)[skeleton]


def _date(value: date, skeleton: str, locale: str | None) -> str:
    loc = _locale(locale)
    if loc in TABLE_LOCALES:
        write = (_US_DATES if _is_us(loc) else _ENGLISH_DATES)[skeleton]
        return write(value, en.MONTHS[value.month - 1], en.WEEKDAYS[value.weekday()])
    pattern = _pattern(skeleton, loc)
    if pattern is not None:
        from babel.dates import format_date

        return format_date(value, pattern, locale=loc)
    from babel.dates import format_skeleton

    return format_skeleton(skeleton, value, locale=loc)


def numeric_day_pattern(locale: str | None = None) -> str:
    """The CLDR pattern numeric_day() writes ('dd.MM.y'), for a date field to show the same."""
    loc = _locale(locale)
    pattern = _pattern("yMMdd", loc)
    if pattern is not None:
        return pattern
    from babel import Locale
    from babel.dates import match_skeleton

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
    if locale in TABLE_LOCALES and width in en.STANDALONE_MONTHS:
        return en.STANDALONE_MONTHS[width]
    from babel import Locale

    names = Locale.parse(locale).months["stand-alone"][width]
    return tuple(names[m] for m in range(1, 13))


@cache
def _money_pattern(locale: str, cents: bool) -> str:
    from babel import Locale

    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    return pattern if cents else pattern.replace(".00", "")


def money(
    amount: float | None, currency: str, locale: str | None = None, *, cents: bool = False
) -> str:
    """'$1,095', '1.095 €', '1.095 US$'; cents=True keeps two decimals; None: check with issuer."""
    if amount is None:
        # Imported here: the catalog's model (dataclasses) stays out of the app's first paint.
        from planner.domain.catalog_model import CHECK_WITH_ISSUER

        return _(CHECK_WITH_ISSUER)
    loc = _locale(locale)
    value = amount if cents else round(amount)
    if loc in TABLE_LOCALES and en.CURRENCY_PATTERN == "¤#,##0.00":
        digits = 2 if cents else 0
        text = _english_decimal(value, digits, digits)
        if text is not None:
            sign, figure = text
            return f"{sign}{en.CURRENCY_SYMBOLS.get(currency, currency)}{figure}"
    from babel.numbers import format_currency

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
    loc = _locale(locale)
    if loc in TABLE_LOCALES:
        text = _english_decimal(value, digits if fixed else 0, digits)
        if text is not None:
            return "".join(text)
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + ("0" if fixed else "#") * digits if digits else "")
    return format_decimal(value, pattern, locale=loc)


def _english_decimal(value: float, least: int, most: int) -> tuple[str, str] | None:
    """(sign, '1,234.5') as Babel's '#,##0.#' patterns write value in 'en'; None: ask Babel.

    Babel's own steps: the float's shortest repr as a Decimal, the sign taken before rounding
    (so -0.04 is '-0'), rounded half-even to `most` decimals, trailing zeros dropped down to
    `least`.
    """
    integral = type(value) is int or (type(value) is float and value.is_integer())
    if integral and least >= 0 and 0 <= most <= 6:
        return _english_whole(value, least, most)
    from decimal import Decimal, InvalidOperation  # for fractions only: whole numbers are common

    try:
        exact = Decimal(str(value))
        if not exact.is_finite() or abs(exact) >= _TABLE_LIMIT:
            return None
        sign = en.MINUS_SIGN if exact.is_signed() else ""
        rounded = abs(exact).normalize().quantize(Decimal(1).scaleb(-most))
    except InvalidOperation:
        return None
    whole, _dot, fraction = f"{rounded:f}".partition(".")
    fraction = (fraction or "0").ljust(least, "0")
    if most == 0 or (least == 0 and int(fraction) == 0):
        fraction = ""
    else:
        fraction = fraction[:least] + fraction[least:].rstrip("0")
    grouped = f"{int(whole):,}".replace(",", en.GROUP_SYMBOL)
    return sign, grouped + (en.DECIMAL_SYMBOL + fraction if fraction else "")


def _english_whole(value: float, least: int, most: int) -> tuple[str, str] | None:
    """_english_decimal for a whole number, without decimal: the same steps, done on int."""
    whole = int(value)
    if abs(whole) >= _TABLE_LIMIT:
        return None
    sign = en.MINUS_SIGN if str(value).startswith("-") else ""  # -0.0 too, as Decimal's sign
    fraction = "0" * least if most and least else ""
    grouped = f"{abs(whole):,}".replace(",", en.GROUP_SYMBOL)
    return sign, grouped + (en.DECIMAL_SYMBOL + fraction if fraction else "")


def hours(value: float, locale: str | None = None) -> str:
    """'12 h', '2.5 h' / '2,5 h': 'h' is the unit in all three languages."""
    return f"{number(value, locale)} h"


def decimal_separator(locale: str | None = None) -> str:
    loc = _locale(locale)
    if loc in TABLE_LOCALES:
        return en.DECIMAL_SYMBOL
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(loc)


def csv_delimiter(locale: str | None = None) -> str:
    """';' where the decimal separator is a comma (spreadsheets there split on ';'), else ','."""
    return ";" if decimal_separator(locale) == "," else ","


def _listed(
    items: Iterable[str], style: Literal["standard", "or"], word: str, locale: str | None
) -> str:
    names, loc = list(items), _locale(locale)
    if len(names) < 2:
        return "".join(names)
    if loc == "en" or loc.startswith("en_"):
        # The planner's English lists have no serial comma ('a, b and c'), like CLDR 'en_GB'
        # and unlike 'en' (US); written here so that English needs no Babel.
        return ", ".join(names[:-1]) + f" {word} " + names[-1]
    from babel.lists import format_list

    return format_list(names, style=style, locale=loc)


def and_list(items: Iterable[str], locale: str | None = None) -> str:
    """'a, b and c', 'a, b und c', 'a, b y c'; '' for no items."""
    return _listed(items, "standard", "and", locale)


def or_list(items: Iterable[str], locale: str | None = None) -> str:
    """'a, b or c', 'a, b oder c', 'a, b o c'; '' for no items."""
    return _listed(items, "or", "or", locale)
