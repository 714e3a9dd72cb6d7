"""English formats come from a generated CLDR table: the table and its output match Babel."""

from __future__ import annotations

import importlib.util
import math
from datetime import date
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, get_decimal_symbol
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.messages import in_country
from planner.i18n import english_cldr
from planner.i18n import format as fmt

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "english_cldr.py"
CURRENCIES = ["USD", "EUR", "GBP", "INR", "AUD", "CAD", "CHF", "NZD", "JPY", "XOF", "ZZZ", "usd"]


def _generator():
    spec = importlib.util.spec_from_file_location("english_cldr_script", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_is_what_babel_holds_for_english():
    expected = _generator().table()
    expected.pop("BABEL_VERSION")
    # An older Babel (the lowest supported) lacks currencies CLDR added since: only the ones it
    # knows are compared.
    known = Locale.parse("en").currency_symbols
    table = {c: s for c, s in english_cldr.CURRENCY_SYMBOLS.items() if c in known}
    assert table == expected.pop("CURRENCY_SYMBOLS"), "run scripts/english_cldr.py"
    for name, value in expected.items():
        assert getattr(english_cldr, name) == value, f"{name}: run scripts/english_cldr.py"


def test_english_formats_do_not_import_babel():
    # Run in a fresh interpreter: this test session has imported Babel already.
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date; from planner.i18n import format as f; "
        "f.day(date(2027, 1, 4)); f.money(1095, 'USD'); f.number(2.5); f.month_names('en'); "
        "f.csv_delimiter(); f.and_list('abc'); f.or_list('ab'); f.iso_day('2027-01-04'); "
        "print('babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@given(names=st.lists(st.text(min_size=1, max_size=5), max_size=5))
def test_english_lists_match_babel_without_the_serial_comma(names):
    from babel.lists import format_list

    assert fmt.and_list(names, "en") == (format_list(names, locale="en_GB") if names else "")
    assert fmt.or_list(names, "en") == (
        format_list(names, style="or", locale="en_GB") if names else ""
    )


@pytest.mark.parametrize("locale", sorted(fmt.TABLE_LOCALES))
@pytest.mark.parametrize("us", [False, True])
@given(value=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_dates_match_babel(locale, us, value):
    patterns = fmt.US_PATTERNS if us or locale == "en_US" else fmt.ENGLISH_PATTERNS
    with in_country("US" if us else "DE"):
        assert fmt.day(value, locale) == format_date(value, patterns["yMMMd"], locale=locale)
        assert fmt.numeric_day(value, locale) == format_date(
            value, patterns["yMMdd"], locale=locale
        )
        assert fmt.weekday(value, locale) == format_date(value, patterns["yMMMEd"], locale=locale)
        assert fmt.short_day(value, locale) == format_date(value, patterns["MMMd"], locale=locale)
        month = f"{value.year:04d}-{value.month:02d}"
        assert fmt.month(month, locale) == format_date(
            value.replace(day=1), patterns["yMMM"], locale=locale
        )


finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e16, max_value=1e16)
halves = st.integers(min_value=-(10**9), max_value=10**9).map(lambda n: n / 200)
amounts = st.one_of(finite, halves, st.integers(min_value=-(10**12), max_value=10**12))


@pytest.mark.parametrize("locale", sorted(fmt.TABLE_LOCALES))
@given(value=amounts, digits=st.integers(min_value=0, max_value=3), fixed=st.booleans())
def test_numbers_match_babel(locale, value, digits, fixed):
    pattern = "#,##0" + ("." + ("0" if fixed else "#") * digits if digits else "")
    expected = format_decimal(value, pattern, locale=locale)
    assert fmt.number(value, locale, digits, fixed=fixed) == expected


@pytest.mark.parametrize("locale", sorted(fmt.TABLE_LOCALES))
@given(value=amounts, cents=st.booleans(), currency=st.sampled_from(CURRENCIES))
def test_money_matches_babel(locale, value, cents, currency):
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    pattern = pattern if cents else pattern.replace(".00", "")
    amount = value if cents else round(value)
    expected = format_currency(amount, currency, pattern, locale=locale, currency_digits=False)
    assert fmt.money(value, currency, locale, cents=cents) == expected


def test_other_values_and_names_match_babel():
    for locale in fmt.TABLE_LOCALES:
        assert fmt.decimal_separator(locale) == get_decimal_symbol(locale)
        for width in ("abbreviated", "wide", "narrow"):
            names = Locale.parse(locale).months["stand-alone"][width]
            assert fmt.month_names(locale, width) == tuple(names[m] for m in range(1, 13))
    assert fmt.number(math.inf, "en") == format_decimal(math.inf, "#,##0.#", locale="en")
    assert fmt.number(1e20, "en") == format_decimal(1e20, "#,##0.#", locale="en")


class _Float(float):
    """A float _english_decimal does not take for a whole number: it goes through Decimal."""


class _Int(int):
    pass


@pytest.mark.parametrize(
    "value",
    [0, 0.0, -0.0, 7, -7, 7.0, -7.0, 1095, 1234567.0, 10**15 - 1, 10**15, -(10**15), 1e15, 1e16],
)
@pytest.mark.parametrize(("least", "most"), [(0, 0), (0, 1), (1, 1), (0, 2), (2, 2), (3, 1)])
def test_whole_numbers_are_written_as_decimal_writes_them(value, least, most):
    as_decimal = _Float(value) if isinstance(value, float) else _Int(value)
    assert fmt._english_decimal(value, least, most) == fmt._english_decimal(as_decimal, least, most)
